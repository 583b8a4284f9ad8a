"""Title choice: the headline, not `<title>` with a site suffix.

Candidates are og:title, the JSON-LD `headline`, the `<h1>`s and the parts of `<title>`.
og:title is the publisher's own headline field most often; it is used once the site's name
(og:site_name, publisher, the `<title>` suffix) and dates are cut off it, and when one of its
parts is exactly the page's h1 or JSON-LD headline, that part is the headline (a kicker or
suffix was glued on). Without og:title: JSON-LD headline, then h1, then the longest part of
`<title>` that is not the site's name.
"""

from __future__ import annotations

import re

from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.text import clean_text, fold

_SEPARATORS = re.compile(r"\s+[|\-–—:·•»«/*]\s+|\s*\|\s*|\s+::\s+")
_DATE_PART = re.compile(r"^[\d./\s-]{6,}$")


def title_parts(title: str | None) -> list[str]:
    """`<title>` split at site separators ("Headline | Site" -> ["Headline", "Site"])."""
    if not title:
        return []
    return [part for part in (clean_text(p) for p in _SEPARATORS.split(title)) if part]


def site_names(meta: PageMetadata, h1s: list[str] = ()) -> set[str]:
    """Folded names the outlet goes by: og:site_name, application-name, JSON-LD publisher,
    and the last part of a multi-part `<title>` unless the visible headline ends with it."""
    names = {meta.first_meta("og:site_name"), meta.first_meta("application-name")}
    for obj in meta.jsonld[:1]:
        names.update(jsonld_strings(obj.get("publisher")))
    parts = title_parts(meta.title_tag)
    if len(parts) > 1 and not any(fold(h).endswith(fold(parts[-1])) for h in h1s):
        names.add(parts[-1])
    return {fold(name) for name in names if name and fold(name)}


def choose_title(meta: PageMetadata, h1s: list[str]) -> str | None:
    """The article headline among og:title, JSON-LD headline, h1 and parts of `<title>`."""
    names = site_names(meta, h1s)
    headlines = [_strip_site(clean_text(h), names)
                 for obj in meta.jsonld[:1] for h in jsonld_strings(obj.get("headline"))]
    headlines = [h for h in headlines if h and fold(h) not in names]
    h1s = [h for h in (clean_text(h) for h in h1s) if 3 <= len(h) <= 400 and fold(h) not in names]
    anchors = {fold(text): text for text in h1s[:1] + headlines[:1]}

    for social in (meta.first_meta("og:title"), meta.first_meta("twitter:title")):
        social = _strip_site(social or "", names)
        if not social or fold(social) in names:
            continue
        for candidate in [social, *title_parts(social)]:
            if fold(candidate) in anchors:
                return anchors[fold(candidate)]
        return social
    if headlines:
        return headlines[0]
    if h1s:
        return h1s[0]
    parts = [p for p in title_parts(meta.title_tag) if fold(p) not in names]
    return max(parts, key=len) if parts else meta.title_tag or None


def _strip_site(title: str, names: set[str]) -> str:
    """`title` without leading/trailing parts that are the site's name or a date."""
    pieces = re.split(r"(\s+[|\-–—·•»«*]\s+|\s*\|\s*)", title)
    while len(pieces) > 2 and _is_site_piece(pieces[-1], names):
        pieces = pieces[:-2]
    while len(pieces) > 2 and _is_site_piece(pieces[0], names):
        pieces = pieces[2:]
    return clean_text("".join(pieces))


def _is_site_piece(piece: str, names: set[str]) -> bool:
    folded = fold(piece)
    return (folded in names or bool(_DATE_PART.match(piece.strip())) or not folded
            or folded.startswith("by "))
