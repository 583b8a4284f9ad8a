"""Article parsing: `(html, url, site profile) -> Article`, Scrapy-free.

    parse_page(page: FetchedPage, profile: SiteProfile) -> Article
    parse_html(html: str | bytes, url: str, profile: SiteProfile = GENERIC) -> Article

Both raise `crawler.parsers.errors.NotAnArticle(reason)` and nothing else. The caller resolves
the profile (`crawler.sites.profile_for`, once per page); the parsers know no outlet. The page
is parsed once with lxml; each field comes from the profile when it names one, else from the
generic extractors (metadata, titles, dates, authors, lead, content + body walk).
"""

from __future__ import annotations

import logging

from crawler.items import Article, FetchedPage
from crawler.parsers.article import build_article
from crawler.parsers.errors import NotAnArticle
from crawler.parsers.profile import GENERIC, SiteProfile

__all__ = ["GENERIC", "NotAnArticle", "SiteProfile", "parse_html", "parse_page"]

logger = logging.getLogger(__name__)


def parse_page(page: FetchedPage, profile: SiteProfile) -> Article:
    """Parse a fetched page into an Article with `profile`."""
    try:
        return build_article(page, profile)
    except NotAnArticle:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, AttributeError, KeyError,
            IndexError, LookupError, OverflowError, UnicodeError) as error:
        logger.exception("parser failed on %s", page.url)
        raise NotAnArticle(f"parser error ({error.__class__.__name__})") from error


def parse_html(html: str | bytes, url: str, profile: SiteProfile = GENERIC) -> Article:
    """Parse HTML text or bytes fetched from `url` (with the generic profile unless given one)."""
    body = html if isinstance(html, bytes) else html.encode("utf-8")
    headers = {"content-type": "text/html; charset=utf-8"} if isinstance(html, str) else {}
    return parse_page(FetchedPage(url=url, body=body, headers=headers, site=profile.key), profile)
