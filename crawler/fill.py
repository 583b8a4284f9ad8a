"""Field fill rates of a run: for every article it stores, which of the watched fields were filled.

`FieldFillExtension` counts into the run's Scrapy stats (`news/fill/<site>/articles`,
`news/fill/<site>/<field>`), which the store keeps in `crawl_runs.stats`; the application's
layout-drift check (`newsdesk.sitekit.drift`) compares them with the site's earlier runs.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals

from crawler.items import Article

FIELDS = ("title", "date", "authors", "body", "quotes")
"""The fields whose fill rate is watched."""
PREFIX = "news/fill/"

def filled_fields(article: Article) -> list[str]:
    """Which of `FIELDS` the article has a value for."""
    values = {"title": article.title, "date": article.published, "authors": article.authors,
              "body": article.body, "quotes": article.quotes}
    return [name for name in FIELDS if values[name]]


class FieldFillExtension:
    """Counts filled fields per site for every stored article (enable in EXTENSIONS)."""

    def __init__(self, crawler):
        self.stats = crawler.stats
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def item_scraped(self, item: Any) -> None:
        if not isinstance(item, Article):
            return
        site = item.site or "generic"
        self.stats.inc_value(f"{PREFIX}{site}/articles")
        for name in filled_fields(item):
            self.stats.inc_value(f"{PREFIX}{site}/{name}")
