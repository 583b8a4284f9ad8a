"""ParsePipeline: turn a fetched page into an article with the site's profile (or the generic one)."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.items import Article, FetchedPage
from crawler.parsers import parse_page
from crawler.parsers.errors import NotAnArticle
from crawler.sites import profile_for


class ParsePipeline:
    """FetchedPage -> Article. A page that is not an article is dropped with the parser's reason.

    `NEWS_SITE` forces a profile for every page ("generic" switches profiles off); otherwise
    the page's own `site`, then its domain, decides.
    """

    def __init__(self, crawler, site: str | None = None):
        self.crawler = crawler
        self.site = site or None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("NEWS_SITE"))

    def process_item(self, item):
        if not isinstance(item, FetchedPage):
            return item
        stats = self.crawler.stats
        try:
            profile = profile_for(item.url, self.site or item.site)
            article: Article = parse_page(item, profile)
        except NotAnArticle as reason:
            stats.inc_value("news/parse/rejected")
            raise DropItem(f"not an article: {reason}") from None
        stats.inc_value("news/parse/ok")
        return article
