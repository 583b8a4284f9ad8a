"""RedisItemsPipeline: in worker mode, articles and rejects go to a Redis stream, not SQLite.

The last stage of a distributed worker (`newsdesk crawl NAME --redis URL`), in the store's
place: parsed, validated, normalized articles and rejects (dropped items included, as the
store records them) are appended to the stream `{NEWS_REDIS_PREFIX}:items`, which the single
writer (`pipelines.redis_writer`) drains into the database.

Stream entry fields: `kind` (`article` or `reject`), `item` (the dataclass as JSON, without
the page bytes) and, for an article with its fetched page, `body` (the page bytes as they are).
JSON rather than pickle, so the writer, which holds the database, runs no code from Redis.
"""

from __future__ import annotations

from dataclasses import asdict, fields, replace
from typing import Any

import orjson

from crawler.items import Article, Block, FetchedPage, Quote, Reject, Section

ARTICLE, REJECT = b"article", b"reject"


def encode_item(item: Article | Reject) -> dict[bytes, bytes]:
    """The stream entry for an article or a reject."""
    if isinstance(item, Reject):
        return {b"kind": REJECT, b"item": orjson.dumps(item)}
    entry = {b"kind": ARTICLE, b"item": orjson.dumps(replace(item, page=None))}
    if item.page is not None:
        page = {name: value for name, value in asdict(item.page).items() if name != "body"}
        entry[b"page"] = orjson.dumps(page)
        entry[b"body"] = item.page.body
    return entry


def decode_item(entry: dict[bytes, bytes]) -> Article | Reject:
    """The article or reject of a stream entry (`encode_item` reversed)."""
    data = orjson.loads(entry[b"item"])
    if entry[b"kind"] == REJECT:
        return Reject(**data)
    if entry[b"kind"] != ARTICLE:
        raise ValueError(f"unknown item kind {entry[b'kind']!r}")
    data["body"] = [Section(heading=s["heading"], blocks=[Block(**b) for b in s["blocks"]]) for s in data["body"]]
    data["quotes"] = [Quote(**q) for q in data["quotes"]]
    data.pop("page", None)
    article = Article(**{f.name: data[f.name] for f in fields(Article) if f.name in data})
    if b"page" in entry:
        article.page = FetchedPage(**orjson.loads(entry[b"page"]), body=entry[b"body"])
    return article


def dropped_reject(item: Any, exception: BaseException) -> Reject:
    """The reject recorded for an item an earlier stage dropped (as the store records it)."""
    url = getattr(item, "url", None) or (item.get("url") if isinstance(item, dict) else None)
    page = item.page if isinstance(item, Article) else item if isinstance(item, FetchedPage) else None
    stage = getattr(exception, "stage", None) or ("parse" if isinstance(item, FetchedPage) else "validate")
    reason = str(exception) or type(exception).__name__
    return Reject(url=url or "", reason=reason, stage=stage, status=page.status if page else None)


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
