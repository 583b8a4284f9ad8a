"""ValidatePipeline: reject only what is not an article; flag what an article lacks."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.items import Article

FLAG_SHORT_BODY_BELOW_CHARS = 300
"""Less body text than this is flagged `short_body`: a stub, a brief, or a body the parser missed."""


def quality_flags(article: Article) -> list[str]:
    """What the article lacks or has oddly: kept on the article, never a reason to reject."""
    flags = []
    if not article.title:
        flags.append("no_title")
    if not article.published:
        flags.append("no_date")
    if not article.authors:
        flags.append("no_authors")
    if not article.section:
        flags.append("no_section")
    if len(article.text) < FLAG_SHORT_BODY_BELOW_CHARS:
        flags.append("short_body")
    return flags


def rejection(article: Article) -> str | None:
    """Why this is not an article, or None when it is one. Only a page with no body text is
    rejected here: a short body is a quality flag, since briefs are articles too."""
    if not article.text.strip():
        return "no body text"
    return None


class ValidatePipeline:
    """Drop non-articles with a reason (the store records it as a reject); flag the rest."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if not isinstance(item, Article):
            return item
        reason = rejection(item)
        if reason:
            self.crawler.stats.inc_value("news/validate/rejected")
            raise DropItem(reason)
        item.quality_flags = sorted(set(item.quality_flags) | set(quality_flags(item)))
        self.crawler.stats.inc_value("news/validate/ok")
        return item
