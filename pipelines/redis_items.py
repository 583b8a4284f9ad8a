"""RedisItemsPipeline: in worker mode, articles and rejects go to a Redis stream, not SQLite.

The last stage of a distributed worker (`newsdesk crawl NAME --redis URL`), in the store's
place: parsed, validated, normalized articles and rejects (dropped items included, as the
store records them) are appended to the stream `{NEWS_REDIS_PREFIX}:items`
(`crawler.distributed.items` encodes them), which the single writer
(`newsdesk.distributed.writer`) drains into the database. When the worker stops, its counters
(`SUMMED_STATS`) follow, for the writer's run record.

An article goes with what the writer would otherwise compute itself, with the store's own
functions: its MinHash signature and its page compressed as the database keeps it -- the one
writer only writes. In a distributed WARC ingest an item goes with the position of the record
it came from (the writer stores each record once by it), and a unit's `UnitRead` marker,
arriving after the unit's last item, acknowledges the unit (`crawler.distributed.archives`).
"""

from __future__ import annotations

from typing import Any

from crawler.distributed.archives import UnitRead
from crawler.distributed.items import WorkerStats, encode_entry
from crawler.items import Article, Reject
from crawler.warc import RecordPosition, item_position
from pipelines.dropped import dropped_reject
from storage.dedupe import signature, signature_bytes
from storage.rows import compress_body

SUMMED_STATS = ("news/", "downloader/", "item_", "retry/", "response_received_count")
"""Stats key prefixes a worker reports to the writer, which sums them over its workers."""


def stream_entry(item: Article | Reject, position: RecordPosition | None = None) -> dict[bytes, bytes]:
    """The stream entry a worker pushes: for an article, with the writer's CPU work that needs no
    database done here (its MinHash signature, its page compressed as the database keeps it)."""
    if not isinstance(item, Article):
        return encode_entry(item, position)
    compressed = compress_body(item.page.body) if item.page is not None else None
    return encode_entry(item, position, minhash=signature_bytes(signature(item.text)), compressed_body=compressed)


class RedisItemsPipeline:
    """Scrapy item pipeline: push `Article` and `Reject` items (and dropped items as rejects) to
    the Redis stream. Settings: `NEWS_REDIS_URL`, `NEWS_REDIS_PREFIX` (default `newsdesk`),
    `NEWS_REDIS_WORKER` (this worker's id, in its stats entry)."""

    def __init__(self, client: Any, stream: str, stats: Any = None, worker: str = ""):
        self.client = client
        self.stream = stream
        self.stats = stats
        self.worker = worker

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisItemsPipeline:
        from scrapy import signals

        from crawler.distributed.frontier import connect, items_stream

        url = crawler.settings.get("NEWS_REDIS_URL")
        if not url:
            raise ValueError("RedisItemsPipeline needs the NEWS_REDIS_URL setting (redis://host:port/db)")
        stream = items_stream(crawler.settings.get("NEWS_REDIS_PREFIX") or "newsdesk")
        pipeline = cls(connect(url), stream, crawler.stats, crawler.settings.get("NEWS_REDIS_WORKER") or "")
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    def process_item(self, item: Any) -> Any:
        """Push an article or reject before Scrapy counts it scraped (so before its request is
        done); acknowledge a WARC unit whose items are all pushed."""
        if isinstance(item, (Article, Reject)):
            self._push(item, item_position(item))
        elif isinstance(item, UnitRead):
            item.acknowledge()
            if self.stats is not None:
                self.stats.inc_value("news/redis/units_read")
        return item

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """An earlier stage dropped an item: push it as a reject with the exception as reason."""
        self._push(dropped_reject(item, exception), item_position(item))

    def close_spider(self) -> None:
        """Report this worker's counters to the writer."""
        if self.stats is None:
            return
        numbers = {
            key: value for key, value in self.stats.get_stats().items()
            if key.startswith(SUMMED_STATS) and isinstance(value, (int, float)) and not isinstance(value, bool)
        }
        self.client.xadd(self.stream, encode_entry(WorkerStats(self.worker, numbers)))

    def _push(self, item: Article | Reject, position: RecordPosition | None) -> None:
        self.client.xadd(self.stream, stream_entry(item, position))
        if self.stats is not None:
            self.stats.inc_value("news/redis/items")
