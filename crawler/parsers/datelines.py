"""The date a page shows beside its headline: the date line a reader sees above or under the h1.

Meta tags often carry a date the page never shows (the day a CMS last saved the page, a
republication); the date line is what the reader is told. `shown_date(h1, language)` reads the
short texts just before and after the headline and returns the first full date written there
("Stand: 28.04.2020 18:00 Uhr", "Monday, 6 January 2020", "07 Dezember, 2022", "4. 2. 2022").

Written dates are read here rather than by dateutil: its fuzzy parser takes "05.02.2020" for
May 2 and knows only English month names, and it fills a missing day or month from a default.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import chain

from lxml import etree

from crawler.parsers.pagetexts import BodyTexts
from crawler.parsers.text import clean_text

_MONTH_NAMES = (
    "january jan januar jänner janvier enero ene gennaio gen janeiro januari",
    "february feb februar feber février fevrier febrero febbraio fevereiro februari",
    "march mar märz maerz mars marzo março maart",
    "april apr avril abril aprile",
    "may mai mayo maggio maio mei",
    "june jun juni juin junio giugno junho",
    "july jul juli juillet julio luglio julho",
    "august aug août aout agosto augustus",
    "september sep sept septembre septiembre settembre setembro",
    "october oct okt oktober octobre octubre ottobre outubro",
    "november nov novembre noviembre novembro",
    "december dec dez dezember décembre decembre diciembre dic dicembre dezembro",
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
"""Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch."""

_YEAR = r"((?:19|20)\d\d)"
_DAY = r"(0?[1-9]|[12]\d|3[01])"
_ISO = re.compile(rf"(?<!\d){_YEAR}-(0?[1-9]|1[0-2])-{_DAY}(?!\d)")
_DOTTED = re.compile(rf"(?<![\d.]){_DAY}\.\s?(0?[1-9]|1[0-2])\.\s?{_YEAR}(?!\d)")
_SLASHED = re.compile(rf"(?<![\d/])(\d\d?)/(\d\d?)/{_YEAR}(?!\d)")
_DAY_MONTH = re.compile(rf"(?<![\d.]){_DAY}(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?([^\W\d_]{{3,10}})\.?,?\s+(?:de\s+)?{_YEAR}(?!\d)")
_MONTH_DAY = re.compile(rf"(?<![^\W\d_])([^\W\d_]{{3,10}})\.?\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_MACHINE_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d")
"""An ISO timestamp written out as text ("2022-12-07T10:10:52+01:00"): a stamp for machines
(a hidden 'updated' field), not the date line a reader is shown."""

_MAX_LINE_CHARS = 80
"""A date line is short; a longer text is prose that may mention any date."""
_TEXTS_BEFORE = 10
_TEXTS_AFTER = 60
"""Text nodes looked at before and after the headline: a kicker and a date line above it, the
standfirst, byline and date line under it."""
_BEFORE = etree.XPath(" | ".join(f"preceding::text()[{n}]" for n in range(1, _TEXTS_BEFORE + 1)))
_AFTER = etree.XPath(" | ".join(f"following::text()[{n}]" for n in range(1, _TEXTS_AFTER + 1)))
"""The texts within reach, in page order: `following::text()[position() <= 60]`, written as the union
of each position (`following::text()[1] | …[2] | …`) because libxml2 stops walking the axis at a
position written as a number, where it tests a `position()` condition on every text up to the
page's end (or start): under half the time above the headline, three quarters below it."""
_TEXTS_RIGHT_AFTER = 20
"""Text nodes after the headline that stand right under it (kicker, standfirst, byline, date)."""
_NOT_SHOWN = {"script", "style", "a", "option", "template", "noscript"}
"""Parents of text that is no date line: code, links (to other articles, archives), menus."""


def shown_date(root, h1, language: str | None, beside_headline: bool = False) -> tuple[str, str] | None:
    """(ISO date, the text it was read from) of the first date line near `h1`, else of the
    first `<time>` element, else element with a date class, that writes out a date; or None.
    With `beside_headline`, only a date line right around `h1` counts (the texts just before it
    and the first under it)."""
    texts = ((text, None) for text in _headline_lines(h1)) if beside_headline else _date_lines(root, h1)
    for text, element in texts:
        if not _HAS_YEAR.search(text) or _too_long(text):
            continue
        if _in_code_or_link(text):
            continue
        line = clean_text(text)
        if _MACHINE_STAMP.match(line):
            continue
        day = read_date_line(line, language)
        if day is not None and _mostly_date(line) and not _in_a_comment(text, element):
            return day.isoformat(), line
    return None


_OPENING_DATE = re.compile(
    rf"^\s*(?:[^\W\d_][\w .'-]{{1,30}},\s*)?\(?({_DAY}\.\s?(?:0?[1-9]|1[0-2])\.\s?{_YEAR})\)?\s*[–—-]\s+\w")
"""A paragraph opening with its date, a place before it or not ("29.11.2022 – Mehrfach …",
"Berlin, 29.11.2022 – …"): a press release's dateline."""


def opening_dateline(h1, language: str | None) -> tuple[str, str] | None:
    """(ISO date, dateline) of the first text under `h1` that opens with a dateline."""
    if h1 is None:
        return None
    for text in _AFTER(h1):
        match = _OPENING_DATE.match(text)
        if match and not _in_code_or_link(text):
            day = read_date_line(match.group(1), language)
            if day is not None:
                return day.isoformat(), match.group().strip()
    return None


def _in_a_comment(text, element) -> bool:
    """True for the text of `element`, or a text node (an lxml smart string), in a reader
    comment: a short article's comments start a few texts under its headline. (Checked once a
    date is read: walking every candidate's ancestors costs more.)"""
    node = element if element is not None else getattr(text, "getparent", lambda: None)()
    return node is not None and in_comments(node)


def _label_line(labels: tuple[str, ...], rest: str) -> re.Pattern:
    """A text that opens with one of `labels` and goes on as `rest` says, searched in a page's
    texts joined by NULs with a NUL before the first: the pattern opens with that NUL, a literal
    the regex engine finds at C speed, and a look at the label's first letter passes over the
    other texts before the case-blind labels are tried one by one (six times quicker than
    starting at every character behind a `(?<![^\x00])`)."""
    initials = "".join(sorted({label[0] for label in labels}))
    return re.compile(rf"\x00[^\w\x00]*(?=[{initials}])(?:{'|'.join(labels)}){rest}", re.I)


PUBLISHED_LABELS = ("veröffentlicht", "erschienen", "publiziert", "published", "posted", "publié", "publicado",
                    "publicada", "pubblicato", "gepubliceerd")
"""Labels of a publication date, as regex alternatives (case-blind)."""
UPDATED_LABELS = ("letzte (?:änderung|aktualisierung)", "zuletzt (?:geändert|aktualisiert)",
                  "last (?:modified|updated|changed)", "dernière mise à jour", "última (?:actualización|modificación)",
                  "ultima modifica", "laatst (?:gewijzigd|bijgewerkt)")
"""Labels of the day a page last changed, as regex alternatives (case-blind)."""
LABEL_PREPOSITION = r"(?:\s+(?:am|on|le|el|il|op))?"
"""The preposition a date label may end with ("Veröffentlicht am", "Published on")."""
_PUBLISHED_LABEL = _label_line(PUBLISHED_LABELS, LABEL_PREPOSITION + r"\b[^\x00]*")
"""A text that opens with a label saying it gives the publication date ("Veröffentlicht am
16.08.2019", "Erschienen am: 01.11.2023", "Published on 3 May 2024")."""
UPDATED_LABEL = _label_line(UPDATED_LABELS, LABEL_PREPOSITION + r"\b[^\w\x00]*(?:\x00\s*)*[^\x00]*")
"""A text that opens with a label saying it gives the day the page last changed ("Letzte
Änderung:", "Last updated on"), the date in the same text or, the label standing in its own
element ("<label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div>"), in the next one."""
_LABEL_CHARS = 120


def labelled_date(texts: BodyTexts, language: str | None,
                  label: re.Pattern = _PUBLISHED_LABEL) -> tuple[str, str] | None:
    """(ISO date, line) of the first short text in the page that labels its date as the
    publication date (or as what `label` says), wherever it stands (a podcast's episode notes,
    a review's footer). The texts are searched joined (one regex scan, not one per text); a
    script's text is no such line, as it does not open with the label."""
    for match in label.finditer("\x00" + texts.joined):
        if match.end() - match.start() > _LABEL_CHARS + 1:  # (the NUL before the text)
            continue
        line = clean_text(match.group().replace("\x00", " "))
        day = read_date_line(line, language)
        if day is not None and _mostly_date(line):
            return day.isoformat(), line
    return None


_DATE_CLASSED = etree.XPath("//body/descendant::*/@class[contains(., 'dat') or contains(., 'fecha')]/..")
"""Elements whose class may name a date ("date", "post-date", "datum", "fecha"), in page order:
reached through their class attributes, in half the time of testing a predicate on every element.
"dat" stands for "date" and "datum" (libxml2 copies the attribute's text for each `contains()`: a
quarter less time than three tests); `_names_date` then tells the ones that do."""


def _names_date(element) -> bool:
    """True when `element`'s class holds "date", "datum" or "fecha"."""
    classes = element.get("class")
    return "date" in classes or "datum" in classes or "fecha" in classes


def _date_lines(root, h1):
    """(text, element) pairs that may be the page's date line, best first: the texts near the
    headline (element None), then the text of `<time>` elements, then of elements whose class
    names a date (read only as far as needed: the XPath walks the whole page)."""
    if h1 is not None:
        for text in chain(_BEFORE(h1), _AFTER(h1)):
            yield text, None
    for element in chain(root.iter("time"), filter(_names_date, _DATE_CLASSED(root))):
        if not _quoted(element):
            yield element.text_content(), element


def _headline_lines(h1) -> list:
    """The texts just before `h1` and right under it (counting only texts that show
    something: the blank ones between tags vary with the markup's layout)."""
    if h1 is None:
        return []
    return _BEFORE(h1) + [text for text in _AFTER(h1) if not text.isspace()][:_TEXTS_RIGHT_AFTER]


def _too_long(text: str) -> bool:
    """True for a text longer than a date line, not counting the indentation of the markup
    ("\\n    04.02.2022 | 15:33 Uhr\\n        |\\n" and a row of spaces is a date line)."""
    return len(text) > _MAX_LINE_CHARS and len(" ".join(text.split())) > _MAX_LINE_CHARS


_NUMBERS_AND_MARKS = re.compile(r"\d+[.:/h-]?|[^\w\s]+")
_MAX_OTHER_WORDS = 5
"""Words a date line may hold besides its date and clock time ("Stand:", "Updated",
"Hamburg, den", a weekday, "Uhr"); more make it a caption or a teaser that mentions a date."""


def _mostly_date(line: str) -> bool:
    """True when `line` is a date with a few words around it, not a sentence that holds one."""
    others = [word for word in _NUMBERS_AND_MARKS.sub(" ", line).split() if word.lower() not in _MONTHS]
    return len(others) <= _MAX_OTHER_WORDS


def _in_code_or_link(text) -> bool:
    """True for a text node (an lxml smart string) inside a script, a link or a menu option."""
    parent = getattr(text, "getparent", lambda: None)()
    if parent is not None and getattr(text, "is_tail", False):
        parent = parent.getparent()
    return parent is not None and parent.tag in _NOT_SHOWN


_COMMENTS = re.compile(r"(?:^|[\s_-])(?:comments?|disqus\w*|comentarios?|kommentare)(?=$|[\s_-])", re.I)
"""A class or id naming a comment thread ("comment-metadata", "kb-recipe-comment-box"); not an
opinion column ("kommentar", "commentisfree")."""


def in_comments(element) -> bool:
    """True for an element in a reader comment, or a comment's own date ("comment-date"): it
    dates the comment, not the article.
    (Substring tests first: most class names hold none of the words.)"""
    for node in (element, *element.iterancestors()):
        for value in (node.get("class"), node.get("id")):
            if value and ("omment" in value or "oment" in value or "isqus" in value) and _COMMENTS.search(value):
                return True
    return False


def _quoted(element) -> bool:
    """True for an element inside a link or a quoted post (an embedded tweet or Instagram post)."""
    return any(node.tag in ("a", "blockquote") for node in element.iterancestors())


def read_date_line(text: str, language: str | None = None) -> dt.date | None:
    """The first full date (day, month and year) written in `text`, or None. Dotted dates are
    day first ("05.02.2020" is 5 February); a slashed date is read day first except on an
    English page, where it must be unambiguous ("3/5/2022" is left alone, "13/5/2022" read)."""
    found = []
    for pattern in (_ISO, _DOTTED, _SLASHED, _DAY_MONTH, _MONTH_DAY):
        match = pattern.search(text)
        if match:
            found.append((match.start(), pattern, match))
    for _, pattern, match in sorted(found, key=lambda item: item[0]):
        day = _date_of(pattern, match, language)
        if day is not None:
            return day
    return None


def _date_of(pattern, match, language: str | None) -> dt.date | None:
    groups = match.groups()
    if pattern is _ISO:
        year, month, day = groups
    elif pattern is _DOTTED:
        day, month, year = groups
    elif pattern is _SLASHED:
        first, second, year = (int(group) for group in groups)
        if language == "en" and first <= 12 and second <= 12 and first != second:
            return None
        day, month = (second, first) if language == "en" and first <= 12 else (first, second)
    elif pattern is _DAY_MONTH:
        day, month, year = groups[0], _MONTHS.get(groups[1].lower()), groups[2]
    else:
        month, day, year = _MONTHS.get(groups[0].lower()), groups[1], groups[2]
    if month is None:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
