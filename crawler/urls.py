"""URLs: guessing from a URL alone whether it is an article or a listing (for outlets with no
rules of their own), the canonical form articles are keyed by, and addresses a page gives
resolved against its own."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

_DATE_PATH = re.compile(
    r"/(19|20)\d{2}[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([/-](0?[1-9]|[12]\d|3[01]))?(/|$)",
    re.I,
)
_NUMERIC_ID = re.compile(r"(^|[/-])\d{5,}([/.-]|$)")
_NOT_ARTICLE = re.compile(
    r"/(tags?|topics?|category|categories|authors?|search|login|register|subscribe|account|about|contact|"
    r"privacy|terms|cookies?|newsletters?|page|feeds?|rss|video|videos|gallery|galleries|live-tv|podcasts?)(/|$)",
    re.I,
)
_FILE = re.compile(r"\.(jpe?g|png|gif|webp|svg|pdf|zip|mp3|mp4|css|js|xml|json|txt|ico)$", re.I)
_SLUG_WORDS = 4


def _segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def looks_like_article(url: str) -> bool:
    """An article URL: a dated path, a long numeric id, or a slug of several words, not a listing."""
    path = urlsplit(url).path
    if _FILE.search(path) or _NOT_ARTICLE.search(path):
        return False
    if _DATE_PATH.search(path) and len(_segments(path)) >= 3:
        return True
    segments = _segments(path)
    if not segments:
        return False
    last = re.sub(r"\.(s?html?|php|aspx?)$", "", segments[-1], flags=re.I)
    if _NUMERIC_ID.search(path) and len(segments) >= 2:
        return True
    return len(re.split(r"[-_]", last)) >= _SLUG_WORDS


def looks_like_listing(url: str) -> bool:
    """A section or pagination page worth following to find articles."""
    path = urlsplit(url).path
    if _FILE.search(path) or looks_like_article(url):
        return False
    segments = _segments(path)
    if re.search(r"/(page)/\d+/?$", path, re.I) or re.search(r"[?&]page=\d+", url):
        return True
    if re.search(r"/(search|login|register|subscribe|account|privacy|terms|cookies?|about|contact)(/|$)", path, re.I):
        return False
    return len(segments) <= 2


_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$")
"""Query parameters that say how a reader arrived, not what they read."""


def canonical_url(url: str) -> str:
    """The URL articles are keyed and looked up by: no fragment, no tracking parameters, w3lib's
    canonical form (sorted query, normalized percent-encoding)."""
    from w3lib.url import (  # here: readers that never canonicalize start without it
        canonicalize_url,
        url_query_cleaner,
    )

    names = [name for name, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)]
    tracking = [name for name in names if _TRACKING.match(name)]
    cleaned = url_query_cleaner(url, tracking, remove=True, unique=False, keep_fragments=False)
    return canonicalize_url(cleaned)


def resolved(base: str, href: str) -> str | None:
    """`href`, an address the page gives (a canonical link, a picture's), made absolute against
    the page's own `base`; None for one urllib cannot read ("http://[broken": an unclosed IPv6
    bracket raises ValueError), which leads nowhere."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None
