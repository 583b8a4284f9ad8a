"""Read what outlets publish for discovery: sitemaps (with their `news:*` fields) and feeds.

XML is parsed without entity expansion, DTD loading or network access, whatever the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

import feedparser
from dateutil import parser as dateparser
from lxml import etree

_SAFE_XML = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True)


@dataclass
class Link:
    """An article or listing URL found by discovery, with what the source said about it."""

    url: str
    hints: dict[str, str] = field(default_factory=dict)


@dataclass
class Sitemap:
    """A parsed sitemap: either an index of other sitemaps or a set of page URLs."""

    is_index: bool
    links: list[Link]


def _local(tag) -> str:
    """A tag's name without its namespace ("{http://…/sitemap/0.9}url") or its prefix: a
    sitemap that uses "news:" without declaring it keeps "news:news" as the tag's name (the
    parser recovers), which lxml's QName refuses with a ValueError."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1] if isinstance(tag, str) else ""


def _child_text(node, name: str) -> str | None:
    for child in node:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes) -> Sitemap:
    """Parse a sitemap or sitemap index; news sitemaps keep publication date, title and language."""
    parser = etree.XMLParser(**_SAFE_XML)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return Sitemap(is_index=False, links=[])
    if root is None:
        return Sitemap(is_index=False, links=[])
    is_index = _local(root.tag) == "sitemapindex"
    links = []
    for entry in root:
        if _local(entry.tag) not in ("url", "sitemap"):
            continue
        loc = _child_text(entry, "loc")
        if not loc:
            continue
        hints = {}
        lastmod = _child_text(entry, "lastmod")
        if lastmod:
            hints["lastmod"] = lastmod
        for child in entry:
            if _local(child.tag) == "news":
                hints.update(_news_fields(child))
        links.append(Link(loc, hints))
    return Sitemap(is_index=is_index, links=links)


def _news_fields(news) -> dict[str, str]:
    fields = {}
    for child in news.iter():
        name = _local(child.tag)
        text = (child.text or "").strip()
        if not text:
            continue
        if name == "publication_date":
            fields["published"] = text
        elif name == "title":
            fields["title"] = text
        elif name == "language":
            fields["language"] = text
        elif name == "name":
            fields["publication"] = text
        elif name == "keywords":
            fields["keywords"] = text
    return fields


def parse_feed(body: bytes) -> list[Link]:
    """Entries of an RSS or Atom feed, with their title and publication date as hints."""
    feed = feedparser.parse(body)
    links = []
    for entry in feed.entries:
        url = entry.get("link")
        if not url:
            continue
        hints = {}
        if entry.get("title"):
            hints["title"] = entry["title"]
        if entry.get("published"):
            hints["published"] = entry["published"]
        links.append(Link(url, hints))
    return links


def sitemaps_in_robots(body: bytes) -> list[str]:
    """The `Sitemap:` URLs a robots.txt declares."""
    urls = []
    for line in body.decode("utf-8", "replace").splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "sitemap" and value.strip():
            urls.append(value.strip())
    return urls


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def parse_since(value: str | None) -> datetime | None:
    """`--since` (an ISO 8601 date or time; naive means UTC) as an aware datetime; None if empty.

    Raises ValueError for anything else.
    """
    if not value:
        return None
    try:
        return _as_utc(datetime.fromisoformat(value))
    except ValueError:
        raise ValueError(f"not an ISO 8601 date or time: {value!r}") from None


def entry_date(hints: dict[str, str]) -> datetime | None:
    """When a feed or sitemap entry says it was published (else last modified), if it says."""
    for key in ("published", "lastmod"):
        raw = hints.get(key)
        if not raw:
            continue
        try:
            return _as_utc(dateparser.parse(raw))
        except (ValueError, OverflowError):
            continue
    return None


def is_older(hints: dict[str, str], since: datetime) -> bool:
    """The entry is dated before `since` (undated entries are never too old)."""
    date = entry_date(hints)
    return date is not None and date < since
