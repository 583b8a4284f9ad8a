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
    r"senior|chief|bureau|analyst|producer|presenter|image|images|photo|foto|getty|istock\w*|"
    r"read more|follow|min read|hours? ago|minutes? ago|comments?)\b", re.I)
_DOMAIN = re.compile(r"\w\.(?:com|de|at|ch|be|nl|fr|it|es|tr|uk|org|net|is|ru|in|jp|cn)\b", re.I)
_NOT_NAME = re.compile(r"(https?:|www\.|@|\d|/)")


def choose_authors(meta: PageMetadata, root=None) -> list[str]:
    """The article's authors: the first source naming people (JSON-LD, meta tags, microdata,
    byline markup); when none does, the first organisation named as author."""
    publishers = {name.casefold() for name in _publisher_names(meta)}
    organisations: list[str] = []
    sources = (
        lambda: _jsonld_authors(meta),
        lambda: _split_orgs(_meta_authors(meta), publishers),
        lambda: _split_orgs(meta.microdata.get("author", []), publishers),
        lambda: _split_orgs(_byline_authors(root), publishers),
    )
    for source in sources:
        people, orgs = source()
        names = clean_authors(people)
        if names:
            return names
        organisations = organisations or clean_authors(orgs)
    return organisations


def _split_orgs(raw_names: list[str], publishers: set[str]) -> tuple[list[str], list[str]]:
    """(people, organisations): the outlet's own name or a domain counts as an organisation."""
    people, orgs = [], []
    for raw in raw_names:
        is_org = clean_text(raw).casefold() in publishers or _DOMAIN.search(raw or "")
        (orgs if is_org else people).append(raw)
    return people, orgs


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


def _jsonld_authors(meta: PageMetadata) -> tuple[list[str], list[str]]:
    people: list[str] = []
    organisations: list[str] = []
    publishers = {n.casefold() for n in _publisher_names(meta)}
    for obj in meta.jsonld[:1]:
        value = obj.get("author") or obj.get("creator")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                (organisations if item.casefold() in publishers else people).append(item)
            elif isinstance(item, dict):
                name = item.get("name")
                if isinstance(name, list):
                    name = " ".join(n for n in name if isinstance(n, str))
                if isinstance(name, str):
                    is_org = "organization" in types_of(item) or clean_text(name).casefold() in publishers
                    (organisations if is_org else people).append(name)
    return people, organisations


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
    label = meta.first_meta("twitter:label1") or ""
    if _WRITTEN_BY.search(label) and meta.first_meta("twitter:data1"):
        return [meta.first_meta("twitter:data1")]
    return []


_WRITTEN_BY = re.compile(r"written by|author|autor|auteur|geschrieben", re.I)
_BYLINE_CLASS = re.compile(
    r"byline|authorline|author-name|author__name|article-author|article__author|story-author|"
    r"post-author|authorname|author-link"
)
_BYLINE_TAGS = ("a", "span", "div", "p", "address", "section", "li", "strong", "h4", "h5", "h6")
_NOT_BYLINE = re.compile(r"bio|avatar|image|img|photo|related|teaser|comment|description", re.I)


def _byline_authors(root) -> list[str]:
    """Names in the first byline-like element: its links/spans one by one, else its text."""
    if root is None:
        return []
    bylines = (el for el in root.iter(_BYLINE_TAGS)
               if el.get("rel") == "author" or _BYLINE_CLASS.search(el.get("class") or ""))
    for _index, element in zip(range(8), bylines):
        if _NOT_BYLINE.search(element.get("class") or "") or _in_chrome(element):
            continue
        parts = [clean_text(child.text_content()) for child in element.iter("a", "span", "strong", "b")
                 if len(child) == 0]
        parts = [part for part in parts if part]
        if len(parts) > 1:
            return parts
        text = clean_text(element.text_content())
        if 2 < len(text) < 150:
            return [text]
    return []


def _in_chrome(element) -> bool:
    node = element.getparent()
    while node is not None:
        if node.tag in ("nav", "aside", "footer", "li"):
            return True
        node = node.getparent()
    return False
