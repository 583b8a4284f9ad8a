"""Properties of the text helpers every extractor shares (crawler/parsers/text.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from crawler.parsers.text import first_folded_word, fold

TEXTS = st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(" _-.,'ßİﬁΣς")), max_size=120)


def _reference_fold(text: str) -> str:
    """fold's definition: casefolded, each run of non-word characters (and "_") one space, stripped."""
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


@given(TEXTS)
def test_fold_is_casefold_with_runs_of_non_word_characters_as_one_space(text):
    assert fold(text) == _reference_fold(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120))
def test_fold_of_ascii_text_by_its_byte_table_is_the_definition(text):
    """ASCII text takes its own path (a byte table); `TEXTS` rarely draws a text all ASCII."""
    assert fold(text) == _reference_fold(text)


@given(TEXTS)
def test_first_folded_word_is_folds_first_word_or_none(text):
    head = first_folded_word(text)
    assert head is None or head == fold(text).split(" ", 1)[0]


def test_first_folded_word_reads_only_the_opening():
    assert first_folded_word("The Title, again") == "the"
    assert first_folded_word("— ÜBER alles") == "über"
    assert first_folded_word("…") == ""
    assert first_folded_word("x" * 60) is None  # the first word may run on
    assert first_folded_word(" " * 50 + "late") is None


def test_fold_of_nothing_is_the_empty_text():
    assert fold(None) == fold("") == ""
