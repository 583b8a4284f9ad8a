"""Where the reporter's sentences start, for rules that look at "the sentence before".

Shared by speaker, organisation and document-author resolution. Offsets are found in the
registry's `reporter_text`, where quotations are blanked, so a full stop inside a quotation ends no
sentence of the reporter's.
"""

from __future__ import annotations

import re

from crawler.parsers.quotes.mentions import Registry


SENTENCE_END = re.compile(r"[.!?][”\"’']?[ \t]+|\n")
"""The end of a sentence (its stop, a closing quotation mark after it, and the spaces after), or
a paragraph's end: searched in `reporter_text`, where no quotation's stop ends a sentence."""
_ABBREVIATION_END = re.compile(r"\b(?:[A-Z][a-z]?|St|Mr|Mrs|Ms|Dr|Jr|Sr|Gov|Sen|Rep|Prof)$")
"""A capitalised abbreviation whose period ends no sentence ("St. Petersburg", "J. Smith")."""


def previous_sentence_start(registry: Registry, position: int) -> int:
    """Where the sentence before the one holding `position` starts (its paragraph's start at
    the most, or the previous paragraph's when `position` is in a paragraph's first sentence)."""
    text = registry.text
    sentence_start = max(reporter_sentence_start(registry.reporter_text, position), 0)
    line_start = text.rfind("\n", 0, max(sentence_start - 1, 0))
    stop = sentence_start
    while True:
        stop = text.rfind(". ", 0, stop)
        if stop <= line_start or not _ABBREVIATION_END.search(text, max(0, stop - 4), stop):
            return max(stop, line_start) + 1


def reporter_sentence_start(reporter_text: str, position: int) -> int:
    """Where the sentence holding `position` starts (the offset of its ". " or newline) in the
    registry's `reporter_text`, where quotations are blanked: a full stop inside a quotation
    ends no sentence of the reporter's ("‘We lost. It hurts,’ the Spaniard said" is one sentence)."""
    line = reporter_text.rfind("\n", 0, position)
    stop = reporter_text.rfind(". ", line + 1, position)
    return stop if stop >= 0 else line
