"""Authors: people (or an organisation) from JSON-LD, meta tags, microdata or the visible byline.

No "By", no roles, no "Staff"; one name per item, in the page's order, without duplicates.
"""

from __future__ import annotations

import re

from crawler.parsers.metadata import PageMetadata, types_of
from crawler.parsers.text import clean_text

AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
               "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "twitter:creator:name")
_BY = re.compile(r"^\s*(?:(?:written|reported|posted|text|story|words|photos?)\s+)?(?:by|von|par|por|di|door|av|af|ved)\b[:\s]*", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\||\s&\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\ben\b|\bi\b|/|\n)\s*", re.I)
_ROLE_WORDS = re.compile(
    r"\b(?:staff|correspondent|editor|editors|reporter|writer|contributor|columnist|journalist|"
    r"redaktion|newsroom|news desk|desk|team|agency|agencies|updated|published|photographer|"
    r"senior|chief|bureau|analyst|producer|presenter|associated press|afp|reuters|dpa|apa|"
    r"read more|follow|min read|hours? ago|minutes? ago|comments?)\b", re.I)
_NOT_NAME = re.compile(r"(https?:|www\.|@|\d|/)")


def choose_authors(meta: PageMetadata, root=None) -> list[str]:
    """The article's authors, best source first: JSON-LD, meta tags, microdata, byline markup."""
    for candidates in (_jsonld_authors(meta), _meta_authors(meta), meta.microdata.get("author", []),
                       _byline_authors(root)):
        names = clean_authors(candidates)
        if names:
            return names
    return []


def clean_authors(raw_names) -> list[str]:
    """Split, strip "By" and roles, drop non-names and duplicates (case-insensitive)."""
    names: list[str] = []
    seen: set[str] = set()
    for raw in raw_names:
        if not isinstance(raw, str) or _NOT_NAME.match(raw.strip()):
            continue
        for part in _SPLIT.split(_BY.sub("", clean_text(raw))):
            name = _tidy(part)
            key = name.casefold()
            if name and key not in seen:
                seen.add(key)
                names.append(name)
    return names


def _tidy(part: str) -> str:
    name = _BY.sub("", part).strip(" .:-–—|()[]\"'")
    if not name or len(name) > 60 or _NOT_NAME.search(name) or _ROLE_WORDS.search(name):
        return ""
    words = name.split()
    if len(words) > 5:
        return ""
    return name


def _jsonld_authors(meta: PageMetadata) -> list[str]:
    people: list[str] = []
    organisations: list[str] = []
    publishers = {n.casefold() for n in _publisher_names(meta)}
    for obj in meta.jsonld[:1]:
        value = obj.get("author") or obj.get("creator")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                people.append(item)
            elif isinstance(item, dict):
                name = item.get("name")
                if isinstance(name, list):
                    name = " ".join(n for n in name if isinstance(n, str))
                if isinstance(name, str) and clean_text(name).casefold() not in publishers:
                    (organisations if "organization" in types_of(item) else people).append(name)
    return people or organisations


def _publisher_names(meta: PageMetadata) -> list[str]:
    """The outlet's own names (publisher, og:site_name): never an author."""
    names = [meta.first_meta("og:site_name") or ""]
    for obj in meta.jsonld[:1]:
        publisher = obj.get("publisher")
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(clean_text(item["name"]))
    return [n for n in names if n]


def _meta_authors(meta: PageMetadata) -> list[str]:
    for name in AUTHOR_META:
        values = [v for v in meta.meta.get(name, ()) if v and not v.startswith(("http", "@"))]
        if values:
            return values
    return []


_BYLINE_XPATH = (
    "//*[@rel='author' or contains(concat(' ', normalize-space(@class), ' '), ' author-name ')"
    " or contains(@class, 'byline__name') or contains(@class, 'author__name')]"
)


def _byline_authors(root) -> list[str]:
    if root is None:
        return []
    names = [el.text_content() for el in root.xpath(_BYLINE_XPATH)[:6]]
    if names:
        return names
    for el in root.xpath("//*[contains(@class, 'byline')]")[:1]:
        text = clean_text(el.text_content())
        if len(text) < 120:
            return [text]
    return []
