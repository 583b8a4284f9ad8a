"""Quoted spans in one paragraph: where each quotation opens and closes.

Double marks of any style pair up (“…”, "…", „…“, «…», mixed “…", and the corner brackets
「…」 / 『…』 that Japanese and Chinese quotations keep in English copy); single marks (‘…’, '…')
are read only where the caller allows them, because the same characters are apostrophes.
Quotes nested inside a double-quoted span stay inside it. A span without a closing mark runs to
the end of the paragraph (`closed` is False): that is how a quotation continues over paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crawler.parsers.quotes.document import Unit

_DOUBLE_CLOSERS = {"“": "”\"", "„": "“”\"", "«": "»", "\"": "\"”", "‹": "›", "「": "」", "『": "』"}
_CLOSER_AFTER = {opener: re.compile("[%s]" % re.escape(closers)) for opener, closers in _DOUBLE_CLOSERS.items()}
"""The first mark that may close a span opened by each double mark (found by the regex engine,
not a loop over the quoted characters)."""
_SINGLE_OPENERS = "‘'"
QUOTATION_OPENERS = "“„«\"‹「『" + _SINGLE_OPENERS
"""The marks a quotation opens on."""
_DOUBLE_MARK = re.compile("[“„«\"‹「『]")
_ANY_MARK = re.compile("[%s]" % QUOTATION_OPENERS)
_SINGLE_CLOSERS = "’'"
CLOSING_MARKS = "”\"»›」』" + _SINGLE_CLOSERS
"""The marks a quotation closes on (and a nested one inside it)."""
OPENING_MARKS = " \t\"“‘'`„«‹「『("
"""Characters that may stand before the first word of a quotation."""
_BEFORE_OPENING = " \t\n([{—–-/:;,\u00a0"
_AFTER_CLOSING = " \t\n)]}.,;:!?—–-…\u00a0"


@dataclass(frozen=True)
class Span:
    """One quoted span: `text` is strictly between the marks, trimmed."""

    start: int
    """Offset of the first character after the opening mark."""
    end: int
    """Offset of the closing mark (or the paragraph's end when unclosed)."""
    text: str
    """The quoted words, surrounding whitespace trimmed."""
    closed: bool
    """False when the paragraph ends before a closing mark."""
    single: bool
    """True for ‘…’ / '…' spans."""


def _opens(text: str, i: int) -> bool:
    return (i == 0 or text[i - 1] in _BEFORE_OPENING or text[i - 1] in "“‘\"'") and \
        i + 1 < len(text) and not text[i + 1].isspace()


def _single_closer(text: str, start: int) -> int:
    """Offset of the mark closing a single-quoted span opened before `start`, or -1. A mark after
    a plural's s with a word after it is the plural's possessive when a mark after punctuation
    closes the span later, before another opens ('… to the African Court on Human and Peoples'
    Rights,' she added)."""
    possessive = -1
    for j in range(start, len(text)):
        if text[j] in _SINGLE_OPENERS and possessive >= 0 and _opens(text, j) and text[j - 1].isspace():
            return possessive  # another quotation opens: the mark after the s closed this one
        if text[j] in _SINGLE_CLOSERS and j > start and not text[j - 1].isspace():
            if j + 1 == len(text) or text[j + 1] in _AFTER_CLOSING:
                if text[j - 1] == "s" and text[j + 1:j + 2] == " " and text[j + 2:j + 3].isalnum():
                    possessive = j if possessive < 0 else possessive
                    continue
                if possessive >= 0 and text[j - 1] not in ",.!?":
                    return possessive
                return j
    return possessive


def _make(text: str, start: int, end: int, closed: bool, single: bool) -> Span | None:
    inner = text[start:end]
    stripped = inner.strip()
    if not any(ch.isalnum() for ch in stripped):
        return None
    lead = len(inner) - len(inner.lstrip())
    return Span(start + lead, start + lead + len(stripped), stripped, closed, single)


def find_spans(text: str, single_quotes: bool = False, unclosed_single: bool = False) -> list[Span]:
    """Every top-level quoted span of `text`, in order.

    `single_quotes` also reads ‘…’ / '…' spans outside double ones; `unclosed_single` lets a
    single mark that opens the text, or follows a colon, run to its end (a sub-heading like
    "‘Strength increases…", a paragraph "She said: ‘We went in there …" that the next goes on).
    """
    spans: list[Span] = []
    if "’’" in text or "‘‘" in text or "``" in text or "''" in text:
        # doubled single marks stand for double ones; same length keeps every offset
        text = text.replace("‘‘", "“ ").replace("``", "“ ").replace("’’", " ”").replace("''", " ”")
    i, n = 0, len(text)
    marks = _ANY_MARK if single_quotes else _DOUBLE_MARK
    while i < n:
        found = marks.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in _DOUBLE_CLOSERS and (ch != "\"" or _opens(text, i) or i == 0):
            closer = _CLOSER_AFTER[ch].search(text, i + 1)
            j = closer.start() if closer else n
            span = _make(text, i + 1, j, j < n, False)
            if span:
                spans.append(span)
            i = j + 1
            continue
        if single_quotes and ch in _SINGLE_OPENERS and _opens(text, i):
            j = _single_closer(text, i + 1)
            if j < 0 and unclosed_single and (not text[:i].strip() or text[:i].rstrip().endswith(":")):
                j = n
            if j > 0:
                span = _make(text, i + 1, j, j < n, True)
                if span:
                    spans.append(span)
                i = j + 1
                continue
        i += 1
    return spans


MAX_PARAGRAPH_CHARS = 10_000
"""Longer paragraphs are not read for quotations: they are not prose (script data or a dump
shown as text; the longest dev paragraph has 4,311 characters), and attributing each of their
quoted spans searches the sentence around it, a cost that grows with the square of the length
(a 200 KB paragraph of JSON held the parser for minutes)."""


def spans_by_unit(units: list[Unit]) -> dict[int, list[Span]]:
    """Quoted spans per unit index; single marks count in paragraphs only where the article
    quotes people with them more often than with double ones (house style: 'We will,' she said),
    so that a single-quoting article's one double-quoted name or term does not hide all its
    quotations, and a double-quoting article's single-quoted terms stay terms."""
    found: dict[int, list[Span]] = {}
    paragraphs = [index for index, unit in enumerate(units)
                  if unit.kind == "paragraph" and len(unit.text) <= MAX_PARAGRAPH_CHARS]
    for index, unit in enumerate(units):
        if unit.kind == "heading":
            found[index] = _heading_spans(unit.text)
        elif unit.kind == "paragraph":
            found[index] = []
    for index in paragraphs:
        found[index] = find_spans(units[index].text)
    doubles = [span for index in paragraphs for span in found[index]]
    with_singles = {index: find_spans(units[index].text, single_quotes=True, unclosed_single=_continued(units, index))
                    if _opens_single(units[index].text) else found[index] for index in paragraphs}
    singles = [span for spans in with_singles.values() for span in spans if span.single]
    if not doubles or sum(map(_speech_like, singles)) > sum(map(_speech_like, doubles)):
        found.update(with_singles)
    return found


def _continued(units: list[Unit], index: int) -> bool:
    """The paragraph after `index` opens on a single mark: a quotation that opens `index` (or
    follows its colon) without closing in it goes on there (‘At half-time I did not shout. … /
    ‘Top of the league? …’), in a run of a few such paragraphs; a long run is a document set out
    in full (a speech read out), whose speaker no sentence around it gives."""
    following = units[index + 1] if index + 1 < len(units) else None
    if following is None or following.kind != "paragraph" or following.text[:1] not in _SINGLE_OPENERS:
        return False
    run = 1
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(units) and _opens_unclosed(units[other]):
            run, other = run + 1, other + step
    return run <= _CONTINUED_RUN


_CONTINUED_RUN = 3
"""The most paragraphs a single-marked quotation runs over without closing."""


def _opens_unclosed(unit: Unit) -> bool:
    """A paragraph opening on a single mark and ending without a closing one."""
    text = unit.text.rstrip()
    return unit.kind == "paragraph" and text[:1] in _SINGLE_OPENERS and not text.endswith(("’", "'", "’.", "'."))


def _opens_single(text: str) -> bool:
    """`text` holds a mark that may open a single-quoted span; without one, reading single marks
    finds the spans read without them (most paragraphs: the second reading is skipped)."""
    return any(mark in text for mark in _SINGLE_OPENERS)


def _speech_like(span: Span) -> bool:
    """A span that reads as someone's words, not a term or a title: it ends on a punctuation
    mark inside the quotation marks ('We will,' she said) or runs to a clause of six words."""
    return span.text[-1] in ",.?!…" or span.text.count(" ") >= 5


def _heading_spans(text: str) -> list[Span]:
    """A sub-heading holds a quotation when the quote opens it and ends it or a colon or dash
    follows ("‘Ends recession debate’: CPA Canada"), or when it follows "Name:" ("Hagari:
    ‘There is only one place…’"); a quoted phrase inside a headline is a name or a term."""
    spans = find_spans(text, single_quotes=True, unclosed_single=True)
    if not spans:
        return []
    span = spans[0]
    before = text[:span.start].rstrip(OPENING_MARKS)
    tail = text[span.end + 1:].strip() if span.closed else ""
    if before.strip() and not before.rstrip().endswith(":"):
        return [span] if len(spans) == 1 and span.closed and not tail and _names_then_fragment(before, span.text) else []
    if tail and not tail.startswith((":", "–", "—", "-", "|")):
        return []
    return [span]


def _names_then_fragment(before: str, quoted: str) -> bool:
    """A headline that names someone and ends on a fragment it quotes ("Alliance ‘disappointed’",
    "Wanderers ‘gutted’", after a label "Commentator: unionist vote ‘holding up’"): the fragment
    is the one named's, not a term ("Police enter the ‘house of horrors’") nor a title ("Support
    “Melas”")."""
    labelled = ":" in before
    words = before.rsplit(":", 1)[-1].split()
    return quoted[:1].islower() and 0 < len(words) <= 3 and (labelled or all(w[:1].isupper() for w in words))
