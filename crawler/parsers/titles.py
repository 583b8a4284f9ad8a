"""Title choice: the headline, not `<title>` with a site suffix.

Candidates are the `<h1>`s, og:title / twitter:title, JSON-LD `headline` and the parts of
`<title>` split at site separators. A candidate that two independent sources agree on wins;
otherwise the most specific source that looks like a headline.
"""

from __future__ import annotations

import re

from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.text import clean_text, fold

_SEPARATORS = re.compile(r"\s+[|\-–—:·•»«/]\s+|\s*\|\s*|\s+::\s+")


def title_parts(title: str | None) -> list[str]:
    """`<title>` split at site separators ("Headline | Site" -> ["Headline", "Site"])."""
    if not title:
        return []
    return [part for part in (clean_text(p) for p in _SEPARATORS.split(title)) if part]


def choose_title(meta: PageMetadata, h1s: list[str]) -> str | None:
    """The article headline among h1, og:title, JSON-LD headline and parts of `<title>`."""
    headlines = [clean_text(h) for obj in meta.jsonld[:1] for h in jsonld_strings(obj.get("headline"))]
    social = [t for t in (meta.first_meta("og:title"), meta.first_meta("twitter:title")) if t]
    tag = meta.title_tag or ""
    parts = title_parts(tag)
    site_names = {fold(n) for n in (meta.first_meta("og:site_name", "application-name"),) if n}
    h1s = [h for h in (clean_text(h) for h in h1s) if 3 <= len(h) <= 400 and fold(h) not in site_names]

    folded_meta = {fold(t) for t in headlines + social + parts + [tag] if t}
    for h1 in h1s:
        if fold(h1) in folded_meta:
            return h1
    for candidate in headlines + social:
        if fold(candidate) in {fold(p) for p in parts} and fold(candidate) not in site_names:
            return candidate
    for h1 in h1s:
        if any(fold(h1) and fold(h1) in fold(c) for c in headlines + social + [tag]):
            return h1
    for candidate in headlines + social:
        stripped = _strip_site(candidate, site_names)
        if stripped:
            return stripped
    if h1s:
        return h1s[0]
    if parts:
        non_site = [p for p in parts if fold(p) not in site_names]
        return max(non_site or parts, key=len)
    return None


def _strip_site(candidate: str, site_names: set[str]) -> str:
    parts = title_parts(candidate)
    kept = [p for p in parts if fold(p) not in site_names]
    if len(kept) < len(parts) and kept:
        return candidate if len(kept) == len(parts) else " - ".join(kept) if len(kept) > 1 else kept[0]
    return candidate
