"""ParsePipeline: turn a fetched page into an article with the site's profile (or the generic one)."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.items import AUTO_SITE, Article, FetchedPage
from crawler.parsers import parse_page
from crawler.parsers.errors import NotAnArticle
from crawler.sites import profile_for


class ParsePipeline:
    """FetchedPage -> Article. A page that is not an article is dropped with the parser's reason.

    `NEWS_SITE` forces a profile for every page ("generic" switches profiles off); "auto" lets
    the page's own `site` (its spider's), then its domain, decide.
    """

    def __init__(self, crawler, site: str = AUTO_SITE):
        self.crawler = crawler
        self.site = site

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("NEWS_SITE") or AUTO_SITE)

    def process_item(self, item):
        if not isinstance(item, FetchedPage):
            return item
        stats = self.crawler.stats
        site = item.site if self.site == AUTO_SITE else self.site
        try:
            article: Article = parse_page(item, profile_for(item.url, site, item.fetched_at))
        except (NotAnArticle, ValueError) as reason:
            stats.inc_value("news/parse/rejected")
            raise DropItem(f"not an article: {reason}") from None
        stats.inc_value("news/parse/ok")
        return article
