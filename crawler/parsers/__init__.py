"""Article parsing: `(html, url, site profile) -> Article`, Scrapy-free.

    parse_page(page: FetchedPage, profile=None) -> Article
    parse_html(html: str | bytes, url: str, site: str | None = None) -> Article

Both raise `crawler.parsers.errors.NotAnArticle(reason)` and nothing else. The page is parsed
once with lxml; each field comes from the site profile when it names one, else from the
generic extractors (metadata, titles, dates, authors, lead, content + body walk).
"""

from __future__ import annotations

import logging

from crawler.items import Article, FetchedPage
from crawler.parsers.article import build_article
from crawler.parsers.errors import NotAnArticle

__all__ = ["NotAnArticle", "parse_html", "parse_page"]

logger = logging.getLogger(__name__)


def parse_page(page: FetchedPage, profile=None) -> Article:
    """Parse a fetched page into an Article with `profile` (an instance or key; None: by page.site/URL)."""
    from crawler.sites import profile_for

    if profile is None or isinstance(profile, str):
        try:
            profile = profile_for(page.url, profile or page.site)
        except ValueError as error:
            raise NotAnArticle(str(error)) from None
    profile = _version_for(page, profile)
    try:
        return build_article(page, profile)
    except NotAnArticle:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, AttributeError, KeyError,
            IndexError, LookupError, OverflowError, UnicodeError) as error:
        logger.exception("parser failed on %s", page.url)
        raise NotAnArticle(f"parser error ({error.__class__.__name__})") from error


def _version_for(page: FetchedPage, profile):
    """The profile's layout version in force when the page was fetched (an old archived page
    gets the layout it was published in)."""
    version = type(profile).version_on(page.fetched_at)
    return profile if version is type(profile) else version()


def parse_html(html: str | bytes, url: str, site: str | None = None) -> Article:
    """Parse HTML text or bytes fetched from `url` (`site` as in `profile_for`)."""
    body = html if isinstance(html, bytes) else html.encode("utf-8")
    page = FetchedPage(url=url, body=body, headers={"content-type": "text/html; charset=utf-8"}
                       if isinstance(html, str) else {}, site=site)
    return parse_page(page)
