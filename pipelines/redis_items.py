"""RedisItemsPipeline: in worker mode, articles and rejects go to a Redis stream, not SQLite.

The last stage of a distributed worker (`newsdesk crawl NAME --redis URL`), in the store's
place: parsed, validated, normalized articles and rejects (dropped items included, as the
store records them) are appended to the stream `{NEWS_REDIS_PREFIX}:items`
(`crawler.distributed.items` encodes them), which the single writer
(`newsdesk.distributed.writer`) drains into the database.
"""

from __future__ import annotations

from typing import Any

from crawler.distributed.items import encode_item
from crawler.items import Article, Reject
from pipelines.dropped import dropped_reject


class RedisItemsPipeline:
    """Scrapy item pipeline: push `Article` and `Reject` items (and dropped items as rejects) to
    the Redis stream. Settings: `NEWS_REDIS_URL`, `NEWS_REDIS_PREFIX` (default `newsdesk`)."""

    def __init__(self, client: Any, stream: str, stats: Any = None):
        self.client = client
        self.stream = stream
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisItemsPipeline:
        from scrapy import signals

        from crawler.distributed.frontier import connect, items_stream

        url = crawler.settings.get("NEWS_REDIS_URL")
        if not url:
            raise ValueError("RedisItemsPipeline needs the NEWS_REDIS_URL setting (redis://host:port/db)")
        pipeline = cls(connect(url), items_stream(crawler.settings.get("NEWS_REDIS_PREFIX") or "newsdesk"), crawler.stats)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    def process_item(self, item: Any) -> Any:
        """Push an article or reject before Scrapy counts it scraped (so before its request is done)."""
        if isinstance(item, (Article, Reject)):
            self._push(item)
        return item

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """An earlier stage dropped an item: push it as a reject with the exception as reason."""
        self._push(dropped_reject(item, exception))

    def _push(self, item: Article | Reject) -> None:
        self.client.xadd(self.stream, encode_item(item))
        if self.stats is not None:
            self.stats.inc_value("news/redis/items")
