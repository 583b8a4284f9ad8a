"""Publication and modification dates: pick the page's own statement, keep its UTC offset."""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings
import zoneinfo

from dateutil import parser as dateutil_parser

from crawler.parsers.datelines import UPDATED_LABEL, in_comments, labelled_date, opening_dateline, shown_date
from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.pagetexts import BodyTexts

PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "article.published", "published_time", "publish-date", "publishdate", "pubdate", "date",
    "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
    "parsely-pub-date", "cxenseparse:recs:publishtime", "article_date_original", "originalpublicationdate",
    "publication_date", "release_date", "displaydate", "created",
)
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
    "last-modified", "dcterms.modified", "modified_time", "lastmod",
)
_PUBLISHED_NAME = re.compile(r"publish|pub_?date|release|issued|created|date_?posted")
_MODIFIED_NAME = re.compile(r"modif|update|edit|expir")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|\b)")
_ISO_START = re.compile(r"^\s*\d{4}-\d\d-\d\d")
_YEAR = re.compile(r"(19|20)\d\d")
_TZINFOS = {name: int(offset * 3600) for name, offset in {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "ET": -5, "CT": -6, "PT": -8, "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "MSK": 3, "IST": 5.5, "JST": 9, "AEST": 10,
}.items()}


@functools.lru_cache(maxsize=4096)
def parse_date(raw: str | None) -> str | None:
    """An ISO 8601 string for a written date, keeping the offset it gives; None when unreadable.
    Cached: the candidates are read again once chosen, and pages repeat the same values."""
    if not raw:
        return None
    raw = raw.strip()
    if not _YEAR.search(raw) or len(raw) > 100:
        return None
    value = None
    if _ISO_START.match(raw):
        try:
            value = dateutil_parser.isoparse(raw.replace(" ", "T", 1) if "T" not in raw else raw)
        except (ValueError, OverflowError, TypeError):
            value = None
    if value is None:
        value = _parse_written(raw)
    if value is None:
        return None
    if not 1990 <= value.year <= 2100:
        return None
    if isinstance(value, dt.datetime) and not _has_time(raw):
        return value.date().isoformat()
    return value.isoformat()


_YEAR_LAST = re.compile(r"\s*(\d{1,2})([./-])(\d{1,2})\2(?:19|20)\d\d(?!\d)")
"""A numeric date with the year last: day first when dotted ("10.05.2022" is 10 May); slashed, it
is read month first, as the machines that write metadata do ("11/01/2023 12:43:42" from a
Swiss page that shows "01.11.2023"), though people in most countries write the day first."""


def _parse_written(raw: str) -> dt.datetime | None:
    """A free-form date ("May 3, 2024 10:00 AM EDT"), or None."""
    year_last = _YEAR_LAST.match(raw)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return dateutil_parser.parse(raw, fuzzy=True, dayfirst=year_last is not None and year_last.group(2) == ".",
                                         default=dt.datetime(1900, 1, 1), tzinfos=_TZINFOS)
        except (ValueError, OverflowError, TypeError):
            return None


def _has_time(raw: str) -> bool:
    return bool(re.search(r"\d{1,2}:\d\d", raw))


def choose_dates(meta: PageMetadata, root, url: str, h1=None,
                 texts: BodyTexts | None = None) -> tuple[str | None, str | None, str | None, str | None]:
    """(published, published_raw, modified, modified_raw) from JSON-LD, meta, microdata, markup,
    URL, the date line beside the headline `h1`.

    The date line the reader sees outranks a date only meta tags give (often the day a CMS last
    saved the page), a modified date and htmldate's guess; JSON-LD, microdata, `<time>` and a
    date in the URL outrank it, unless the line right beside the headline shows the day of a
    modified stamp: then the publisher dates the article by its update. A date line is the one
    beside the headline (or a `<time>`, a date-classed element), else a paragraph under the
    headline opening with its date; a page that gives no date at all may still label one
    anywhere ("Veröffentlicht am …"), which outranks htmldate's guess (that search walks every
    text, so it runs only there); so does, on a page without any publication or modified stamp,
    the day a label gives as its last change ("Letzte Änderung: 14.01.2022"), the only day it
    is dated by. `texts`: the page's body texts, when the caller keeps them."""
    texts = BodyTexts(root) if texts is None else texts
    published_raw, structured = next(
        ((raw.strip(), structured) for raw, structured in _published_candidates(meta, root) if parse_date(raw)),
        (None, False))
    modified_raw = _first_parsable(_modified_candidates(meta))
    structured = structured and not _ambiguous(published_raw)
    if published_raw is None:
        match = _URL_DATE.search(url)
        if match:
            published_raw, structured = "-".join(match.groups()), True
    if not structured:
        line = (shown_date(root, h1, meta.language) or opening_dateline(h1, meta.language)
                or (labelled_date(texts, meta.language) if published_raw is None else None))
        if line is not None and (published_raw is None or parse_date(published_raw)[:10] != line[0]):
            return line[0], line[1], parse_date(modified_raw), modified_raw
    else:
        line = _updated_day_shown(meta, root, h1, parse_date(published_raw)[:10])
        if line is not None:
            return line[0], line[1], parse_date(modified_raw), modified_raw
    if published_raw is None and modified_raw is None:
        line = labelled_date(texts, meta.language, UPDATED_LABEL)
        if line is not None:
            return line[0], line[1], line[0], line[1]
    if published_raw is None:
        published_raw = modified_raw or _visible_date(root)
    published_raw = _address_day_if_resaved(url, published_raw)
    published = _central_european_midnight(shown_offset(parse_date(published_raw), texts), meta.language)
    modified = parse_date(modified_raw)
    return published, published_raw, modified, modified_raw


_CENTRAL_EUROPEAN = frozenset({"de", "nl", "pl", "cs", "sk", "hu", "sl", "hr", "da", "sv", "no", "nb", "it", "fr"})
"""Languages whose pages are mostly published in Central European time."""
_CENTRAL_EUROPE = zoneinfo.ZoneInfo("Europe/Berlin")


def _central_european_midnight(published: str | None, language: str | None) -> str | None:
    """A UTC stamp that is midnight in Central European time, on a page in a language of that
    zone, in that time's offset: "2022-11-06T23:00:00+00:00" is how a CMS stores the date
    7 November 2022 it was given; the same instant, written as "2022-11-07T00:00:00+01:00",
    carries the publisher's calendar day."""
    if (not published or not published.endswith("+00:00") or "T" not in published
            or (language or "")[:2] not in _CENTRAL_EUROPEAN):
        return published
    local = dt.datetime.fromisoformat(published).astimezone(_CENTRAL_EUROPE)
    if (local.hour, local.minute, local.second, local.microsecond) != (0, 0, 0, 0):
        return published
    return local.isoformat()


_RESAVED_AFTER = dt.timedelta(days=31)
"""A stamp this long after the day in the page's address is a later save, not the first day."""


def _address_day_if_resaved(url: str, published_raw: str | None) -> str | None:
    """The day in the page's address (".../2017/7/12/slug") when the chosen stamp is more than a
    month later: an address is made once, on first publication, while a site moved to a new
    system stamps every page with the day of the move."""
    match = _URL_DATE.search(url)
    published = parse_date(published_raw)
    if match is None or published is None:
        return published_raw
    try:
        day = dt.date(*map(int, match.groups()))
    except ValueError:
        return published_raw
    if dt.date.fromisoformat(published[:10]) - day > _RESAVED_AFTER:
        return day.isoformat()
    return published_raw


_CLOCK = re.compile(
    r"(?<![\d+\-−:.])([01]?\d|2[0-3])[:.h]([0-5]\d)(?::[0-5]\d)?(?![\d:]|\.\d)(?:\s?([ap])\.?\s?m\b\.?)?", re.I)
"""A clock time as pages write it ("21:44", "9.57", "4:56 p.m.", "11:37 pm"), not a UTC offset
("+01:00") nor a date ("22.11.2024")."""
_CLOCK_TEXT_CHARS = 100
"""Clock times are looked for in text nodes up to this long (a date line, not prose)."""
_OFFSET_HOURS = {*range(-11, 12), 13}
"""UTC offsets a shown clock time may imply (whole hours; 12 hours either way would be ambiguous)."""


def shown_offset(published: str | None, texts: BodyTexts) -> str | None:
    """A UTC `published` time expressed in the page's own offset when the page shows it as a
    local clock time: the first clock time in the page's text with the same minutes (the date
    line: "3/5/2022 22:41" for 2022-05-04T02:41:00+00:00) gives the offset, -04:00 here, and
    so the calendar day the publisher dated it. Unchanged when that clock time is ambiguous
    (a 12-hour clock without am/pm that fits two offsets) or shows UTC itself."""
    if not published or not published.endswith("+00:00") or "T" not in published:
        return published
    instant = dt.datetime.fromisoformat(published)
    minutes = f"{instant.minute:02d}"
    colon, dot, h = ":" + minutes, "." + minutes, "h" + minutes
    texts = (text for text in texts.strings
             if len(text) <= _CLOCK_TEXT_CHARS and (colon in text or dot in text or h in text))
    for text in texts:
        for match in _CLOCK.finditer(text):
            if int(match.group(2)) == instant.minute:
                offsets = _offsets(match.group(1), match.group(3), instant.hour)
                if len(offsets) == 1 and offsets[0]:
                    return instant.astimezone(dt.timezone(dt.timedelta(hours=offsets[0]))).isoformat()
                return published
    return published


def _offsets(hour: str, meridiem: str | None, utc_hour: int) -> list[int]:
    """The UTC offsets (whole hours) under which a clock showing `hour` is `utc_hour` in UTC:
    one for a 24-hour time ("05", "17") or a time with am/pm, up to two for "5" alone."""
    shown = int(hour)
    if meridiem:
        hours = [shown % 12 + (12 if meridiem.lower() == "p" else 0)] if shown <= 12 else []
    elif shown < 12 and not hour.startswith("0"):
        hours = [shown, shown + 12]
    else:
        hours = [shown]
    offsets = set()
    for local in hours:
        difference = (local - utc_hour) % 24
        offsets.update(offset for offset in (difference, difference - 24) if offset in _OFFSET_HOURS)
    return sorted(offsets)


def _updated_day_shown(meta: PageMetadata, root, h1, published_day: str) -> tuple[str, str] | None:
    """(day, line) when the date line right beside the headline shows another day than the
    publication stamp and that day is a modified stamp's ("Monday, 6 January 2020" under the
    headline, datePublished 3 January, dateModified 6 January): the date the reader is given.
    Read only when some modified stamp falls on another day (the headline's texts are not
    walked for every page)."""
    modified_days = {parsed[:10] for parsed in map(parse_date, _modified_candidates(meta))
                     if parsed and parsed[:10] > published_day}  # an update comes after its article
    if not modified_days:
        return None
    line = shown_date(root, h1, meta.language, beside_headline=True)
    if line is not None and line[0] != published_day and line[0] in modified_days:
        return line
    return None


def _ambiguous(raw: str | None) -> bool:
    """True for a slashed date whose day and month could be swapped ("10/05/2022"): it does not
    outrank the date line the page shows, which says which of the two days it is."""
    year_last = _YEAR_LAST.match(raw or "")
    return year_last is not None and year_last.group(2) != "." \
        and year_last.group(1) != year_last.group(3) and max(int(year_last.group(1)), int(year_last.group(3))) <= 12


def _first_parsable(candidates) -> str | None:
    for raw in candidates:
        if raw and parse_date(raw):
            return raw.strip()
    return None


def _published_candidates(meta: PageMetadata, root):
    """(raw date, from structured data or markup: JSON-LD, microdata, `<time>`; not a meta tag)."""
    for obj in meta.jsonld:
        for raw in (*jsonld_strings(obj.get("datePublished")), *jsonld_strings(obj.get("dateCreated"))):
            yield raw, True
    for name in PUBLISHED_META:
        for raw in meta.meta.get(name, ()):
            yield raw, False
    for raw in meta.microdata.get("datepublished", ()):
        yield raw, True
    for time in root.iter("time"):
        if time.get("datetime") and "update" not in (time.get("class") or "").lower() and not in_comments(time):
            yield time.get("datetime"), True
            break
    for raw in meta.microdata.get("datecreated", ()):
        yield raw, True
    for name, values in meta.meta.items():
        if _PUBLISHED_NAME.search(name) and not _MODIFIED_NAME.search(name):
            for raw in values:
                yield raw, False


def _modified_candidates(meta: PageMetadata):
    for obj in meta.jsonld:
        yield from jsonld_strings(obj.get("dateModified"))
    for name in MODIFIED_META:
        yield from meta.meta.get(name, ())
    yield from meta.microdata.get("datemodified", ())


def _visible_date(root) -> str | None:
    """Last resort: the date htmldate finds in the page's visible markup (original date)."""
    from htmldate import find_date

    try:
        # htmldate copies a tree it is given before it cleans it (see the test), so the
        # page's own tree is passed, not a copy of it
        found = find_date(root, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError, AttributeError):
        return None
    return None if found and found.endswith(_YEAR_ONLY) else found


_YEAR_ONLY = "-01-01"
"""How htmldate writes a date it read from a year alone ("© 2016", "the 1996-1997 school year", a
year in a link's address): January 1st, which names no day the page was published (all 24 dev
pages it dated so are pages without a date: a wiki entry, a shop, an "about" page)."""
