"""The names a site goes by, and cutting them off a headline.

A headline field often carries the outlet's name ("Headline | Site", "【Site】Headline",
"Headline, Site, 26.04.2024", "HeadlineSite"). The names come from metadata (og:site_name,
JSON-LD publisher, the links home) and from `<title>` itself; `strip_site` cuts them, with dates
and the section's name, off a candidate. Which candidate is the headline is `titles`' job.
"""

from __future__ import annotations

import re
from itertools import islice

from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.text import clean_text, fold
from crawler.parsers.title_separators import MARKS, MAX_PIECES, SEPARATORS, SITE_BREAKS, title_parts


MAX_NAME_CHARS = 60
"""A home link's text longer than this is not the site's name."""
_DATE_PART = re.compile(r"^[\d./\s-]{6,}$")
MAX_LABEL_CHARS = 30
"""A menu link's text longer than this is no section's name (a teaser's headline)."""


def site_names(meta: PageMetadata, shown: list[str] = (), home: list[str] = ()) -> set[str]:
    """Folded names the outlet goes by: og:site_name, application-name, JSON-LD publisher, the
    texts of links to its home page (`home`), and the last part of a multi-part `<title>`
    unless the first part is already a name, the title ends with an empty part, the headline
    carries it too (a visible h1 or h2 (`shown`) ends with it, the JSON-LD headline is the
    whole `<title>`, or og:title and the JSON-LD headline both end with it) or it is as long as
    a headline (`_headline_sized`: the site's name or a kicker comes first); the part before a
    name at the end of `<title>` that is that name with a word or two before it is a longer
    form of it ("London Evening Standard | Evening Standard")."""
    names = declared_site_names(meta, home)
    parts = title_parts(meta.title_tag)
    if len(parts) > 1 and fold(parts[0]) not in names and not _ends_with_separator(meta.title_tag) \
            and not _headline_ends_with(parts[-1], meta, shown) and not _headline_sized(parts[-1], parts[:-1]):
        names.add(fold(parts[-1]))
    if len(parts) > 2 and fold(parts[-2]).endswith(" " + fold(parts[-1])) and fold(parts[-1]) in names \
            and len(fold(parts[-2]).split()) <= len(fold(parts[-1]).split()) + _NAME_QUALIFIER_WORDS:
        names.add(fold(parts[-2]))
    return names


_HEADLINE_WORDS = 5
"""A last part of `<title>` of this many words or more, over twice as many as the parts before
it, is the headline after a kicker or the site's name ("Studen BE - A6 nach tödlichem Unfall
für mehrere Stunden gesperrt"), not a site's name: names run to a few words."""


def _headline_sized(last: str, before: list[str]) -> bool:
    """True when `last`, the last part of `<title>`, is a headline by its length (`_HEADLINE_WORDS`)."""
    words = len(last.split())
    return words >= _HEADLINE_WORDS and words > 2 * sum(len(part.split()) for part in before)


_NAME_QUALIFIER_WORDS = 2
"""Words a longer form of the site's name may put before it ("London Evening Standard | Evening
Standard"), where `<title>` gives both."""


def declared_site_names(meta: PageMetadata, home: list[str] = ()) -> set[str]:
    """Folded names the site declares (og:site_name, application-name, the JSON-LD publisher) and
    `home`'s; not the parts of `<title>`, which may end with the section's name ("… - Panorama -
    Site")."""
    names = {meta.first_meta("og:site_name"), meta.first_meta("application-name"), *home}
    for obj in meta.jsonld[:1]:
        names.update(jsonld_strings(obj.get("publisher")))
    return {fold(name) for name in names if name and fold(name)}


def section_names(meta: PageMetadata) -> set[str]:
    """Folded names of the page's section (article:section, JSON-LD articleSection): a suffix
    of the headline fields as the site's name is ("Headline - Section | Site")."""
    sections = {meta.first_meta("article:section")}
    for obj in meta.jsonld[:1]:
        sections.update(jsonld_strings(obj.get("articleSection")))
    return {fold(section) for section in sections if section and fold(section)}


def _ends_with_separator(title: str) -> bool:
    """True for a `<title>` whose site name was left empty ("Headline – Part |")."""
    return not SEPARATORS.split(title)[-1].strip()


def _headline_ends_with(part: str, meta: PageMetadata, shown: list[str]) -> bool:
    """True when the last part of `<title>` belongs to the headline, not to the site."""
    ending = fold(part)
    if any(fold(h).endswith(ending) for h in shown):
        return True
    social = meta.first_meta("og:title")
    headline = next((h for obj in meta.jsonld[:1] for h in jsonld_strings(obj.get("headline"))), None)
    if headline and fold(headline) == fold(meta.title_tag):
        return True
    return bool(social and headline) and all(fold(text).endswith(ending) for text in (social, headline))


_SITE_TITLE_WORDS = 3
"""A `<title>` of this many words or fewer, one of them a name of the site, is only the site's
name ("Daily Courier" on a site whose address says "courier")."""


def names_the_site(title: str, names: set[str]) -> bool:
    """True when `<title>` (without its site suffix) is only the site's name (`_SITE_TITLE_WORDS`):
    a page that never set its own, where an h1 sharing no word with it is still the headline."""
    words = fold(title).split()
    return len(words) <= _SITE_TITLE_WORDS and any(len(word) >= 4 and word in names for word in words)


_DANGLING = re.compile(rf"\s+(?:[|\-–—·•]|{MARKS})\s*$")
"""A separator ending the title: the site name after it was left empty ("Headline -")."""


def strip_site(title: str, names: set[str], trailing: set[str] = frozenset(), labels=frozenset()) -> str:
    """`title` without leading/trailing parts that are the site's name or a date (a name may
    span separators: "Headline » ☆ - Watch e.V. - News" with the site named "☆ - Watch e.V. - News"),
    without trailing parts among `trailing` (the section: "Headline-Section|Site"), without a
    last part among `labels` (a menu link's text) where a name or date after it was cut ("标题-国际|新华网":
    the section, named by no metadata; never after a colon, where the headline goes on), and
    without a separator left dangling at its end."""
    title = _DANGLING.sub("", title)
    pieces = SITE_BREAKS.split(_uncomma(_unbracketed(title, names), names))[:2 * MAX_PIECES - 1]
    ending = names | trailing
    cut, cut_any = True, False
    while cut and len(pieces) > 2:
        cut = False
        for start in range(2, len(pieces), 2):
            if _is_site_piece("".join(pieces[start:]), ending) \
                    or (start == len(pieces) - 3 and _is_name(fold(pieces[start]), names)) \
                    or (cut_any and start == len(pieces) - 1 and _is_menu_label(pieces[start - 1], pieces[start], labels)):
                pieces, cut, cut_any = pieces[:start - 1], True, True
                break
    cut = True
    while cut and len(pieces) > 2:
        cut = False
        for separator in range(len(pieces) - 2, 0, -2):
            if _is_site_piece("".join(pieces[:separator]), names):
                pieces, cut = pieces[separator + 1:], True
                break
    return clean_text("".join(pieces))


def _is_menu_label(separator: str, piece: str, labels) -> bool:
    """True when `piece`, after a separator that is no colon, is a menu link's text."""
    return separator.strip() not in (":", "：") and len(piece) <= MAX_LABEL_CHARS and fold(piece) in labels


_BRACKETED = re.compile(r"^\s*[\[(【（]([^\[\]()【】（）]{1,%d})[\])】）]\s*|\s*[\[(【（]([^\[\]()【】（）]{1,%d})[\])】）]\s*$"
                        % (MAX_NAME_CHARS, MAX_NAME_CHARS))
"""A bracketed part at the start or end of a title: "【Site】Headline", "Headline (Site)"."""


def _unbracketed(title: str, names: set[str]) -> str:
    """`title` without a bracketed site name at its start or end ("Headline (Example Daily)",
    "【新华网】重要会议今日召开"). A title without an opening bracket (most) is not searched: the
    search tries the second rule (spaces, a bracket, the name, the end) at every character."""
    if "(" not in title and "[" not in title and "【" not in title and "（" not in title:
        return title
    for bracket in islice(_BRACKETED.finditer(title), 2):
        if _is_name(fold(bracket.group(1) or bracket.group(2)), names) and fold(title[:bracket.start()] + title[bracket.end():]):
            return _unbracketed(title[:bracket.start()] + title[bracket.end():], names)
    return title


_LAST_COMMA_PART = re.compile(r",\s+([^,]{1,%d})$" % MAX_NAME_CHARS)


def _uncomma(title: str, names: set[str]) -> str:
    """`title` without the site's name and a date its last commas set off ("Headline, Example
    Daily, 26.04.2024"); a comma before anything else belongs to the headline."""
    for _ in range(MAX_PIECES):
        last = _LAST_COMMA_PART.search(title)
        part = last.group(1) if last else ""
        if not last or not (_is_name(fold(part), names) or _DATE_PART.match(part.strip())) \
                or not fold(title[:last.start()]):
            break
        title = title[:last.start()]
    return title


_GLUE = re.compile(r"(?<=[a-zß-öø-ÿ0-9])(?=[A-ZÀ-ÖØ-Þ])")
"""A capital straight after a lower-case letter or digit: where a site's name may be glued on
without a separator ("Truckwash A31Example Daily")."""


def unglued(title: str, names: set[str]) -> str:
    """`title` without a site name glued to its end or start without a separator or space."""
    for glue in _GLUE.finditer(title):
        head, tail = title[:glue.start()], title[glue.start():]
        if fold(tail) in names and fold(head):
            return head
        if fold(head) in names and fold(tail):
            return tail
    return title


def _is_site_piece(piece: str, names: set[str]) -> bool:
    folded = fold(piece)
    return (_is_name(folded, names) or bool(_DATE_PART.match(piece.strip())) or not folded
            or folded.startswith("by "))


def _is_name(folded: str, names: set[str]) -> bool:
    return folded in names or _short_form(folded) in names


_DOMAINS = {"com", "net", "org", "info", "eu", "de", "at", "ch", "fr", "it", "es", "nl", "be", "pl", "uk", "ie",
            "se", "no", "dk", "fi", "pt", "br", "ru", "cn", "jp", "in", "au", "ca", "us", "cz", "hu", "ro", "gr"}
"""Top-level domains a site's name may carry in a title ("Headline - example.com")."""
_MIN_SHORT_FORM = 5
"""A name's short form shorter than this ("The Week" -> "week") is no site name on its own."""


def _short_form(folded: str) -> str | None:
    """A folded site name without a leading "the", its top-level domain and its spaces ("The
    Example Daily", "ExampleDaily" and "Example Daily" are one name, as are "example.com" and
    "Example"), or None when that is short."""
    words = folded.removeprefix("the ").split()
    while len(words) > 1 and words[-1] in _DOMAINS:
        words.pop()
    short = "".join(words)
    return short if len(short) >= _MIN_SHORT_FORM else None


def with_short_forms(names: set[str]) -> set[str]:
    """`names` with each name's `_short_form`."""
    return names | {short for short in map(_short_form, names) if short}
