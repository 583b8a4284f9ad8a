"""Properties of the text helpers every extractor shares (crawler/parsers/text.py)."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from crawler.parsers.text import _INVISIBLE_CHARS, clean_text, first_folded_word, fold
from tests.helpers import recorded_searches

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


def test_fold_searches_only_the_chunks_that_are_not_one_word(monkeypatch):
    """A text that is not ASCII is split at spaces; a chunk that is a word is taken as it is."""
    import crawler.parsers.text as text_module

    searched = recorded_searches(monkeypatch, text_module, "_WORD", "findall")
    fold.cache_clear()
    assert fold("Größe ÜBER «alles», 2024_x") == "grösse über alles 2024 x"
    assert searched == ["«alles»,", "2024_x"]


def test_fold_of_nothing_is_the_empty_text():
    assert fold(None) == fold("") == ""


def test_the_space_is_the_one_printable_whitespace_and_no_invisible_character_is_printable():
    """What lets `clean_text` return a printable text with single spaces as it is, checked on
    every code point of this Python's Unicode database."""
    characters = map(chr, range(sys.maxunicode + 1))
    assert [char for char in characters if char.isspace() and char.isprintable()] == [" "]
    assert not any(char.isprintable() for char in _INVISIBLE_CHARS)


def _reference_clean(text: str) -> str:
    """clean_text's definition: invisible characters dropped, whitespace runs one space, stripped, NFC."""
    return unicodedata.normalize("NFC", " ".join("".join(c for c in text if c not in _INVISIBLE_CHARS).split()))


@given(st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(" \n\xa0\u00ad\u200be\u0301")),
               max_size=80))
def test_clean_text_is_its_definition(text):
    assert clean_text(text) == _reference_clean(text)


def test_clean_text_of_texts_clean_already_and_not():
    assert clean_text("Ann Lee") == "Ann Lee"
    assert clean_text("Cafe\u0301 und Bu\u0308cher") == "Café und Bücher"  # printable, composed by NFC
    assert clean_text(" Ann  Lee\xa0") == "Ann Lee"
    assert clean_text("Ann\u00adLee") == "AnnLee"
