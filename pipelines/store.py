"""StorePipeline: articles, rejects and run records into SQLite, in batches, crash-safe.

Items are buffered and written in one transaction per batch (every `NEWS_STORE_BATCH_SIZE` items
or `NEWS_STORE_BATCH_SECONDS`, when the spider goes idle, and at close); the batch's new articles
and quotes go into the full-text indexes at its end (`storage.fulltext`). Inside a batch each item
is its own savepoint, so an article and all its child rows land together or not at all, and one
bad item does not lose the others. A process killed mid-batch loses only that uncommitted batch;
the next run stores it again (upserts are idempotent). What one item becomes in the database is
`storage.articles.write_item`'s business; the run's record is `storage.runs`'.

`ProgressStorePipeline` (WARC ingests) also records, in each item's savepoint, how far into its
archive the ingest got (`storage.ingest_progress`), so a killed ingest resumes at the first record
it had not stored and reads nothing twice. This relies on the item pipelines handling the
spider's pages in the order it yields them (true while every pipeline is synchronous, as
newsdesk's are).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from crawler.items import Article, Reject
from crawler.warc import RecordPosition, item_position
from pipelines.dropped import dropped_reject
from storage.articles import OUTCOMES, REJECTED, write_item
from storage.database import DEFAULT_DB, open_database, savepoint, transaction, utc_now
from storage.fulltext import deferred_indexing
from storage.ingest_progress import save_position
from storage.runs import RUN_STATUS_BY_REASON, finish_run, start_run

logger = logging.getLogger(__name__)

ERRORS = "errors"
"""The outcome of an item that could not be stored; outcomes are stats keys `news/store/<outcome>`."""


@dataclass(frozen=True)
class StoreConfig:
    """Where and how the store pipeline writes."""

    db_path: str = DEFAULT_DB
    """SQLite file (setting `NEWS_DB`)."""
    batch_size: int = 100
    """Commit after this many items (setting `NEWS_STORE_BATCH_SIZE`)."""
    batch_seconds: float = 2.0
    """...or when the oldest buffered item is this old (setting `NEWS_STORE_BATCH_SECONDS`)."""
    raw_pages: bool = True
    """Keep the fetched bytes of every article for re-parsing (setting `NEWS_STORE_RAW_PAGES`)."""

    @classmethod
    def from_settings(cls, settings: Any) -> StoreConfig:
        """Read the `NEWS_*` settings (a Scrapy `Settings` object)."""
        return cls(
            db_path=settings.get("NEWS_DB") or DEFAULT_DB,
            batch_size=settings.getint("NEWS_STORE_BATCH_SIZE", cls.batch_size),
            batch_seconds=settings.getfloat("NEWS_STORE_BATCH_SECONDS", cls.batch_seconds),
            raw_pages=settings.getbool("NEWS_STORE_RAW_PAGES", cls.raw_pages),
        )


class StorePipeline:
    """Scrapy item pipeline that stores `Article` and `Reject` items (and dropped items as rejects)."""

    def __init__(self, config: StoreConfig, *, stats: Any = None, spider_name: str = "newsdesk", crawler: Any = None):
        self.config = config
        self.stats = stats
        self.crawler = crawler
        self.spider_name = spider_name
        self.db: Database | None = None
        self.run_id: int | None = None
        self.counts = dict.fromkeys((*OUTCOMES, REJECTED, ERRORS), 0)
        self._pending: list[Any] = []
        self._oldest_pending = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        """Build from the crawler's settings and hook the signals the pipeline needs."""
        from scrapy import (
            signals,  # here, so storing without a crawl does not load Scrapy
        )

        pipeline = cls(StoreConfig.from_settings(crawler.settings), stats=crawler.stats, crawler=crawler)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    # -- Scrapy hooks -------------------------------------------------------------------

    def open_spider(self) -> None:
        """Open the database and record the start of a run."""
        if self.crawler is not None and self.crawler.spider is not None:
            self.spider_name = self.crawler.spider.name
        self.db = open_database(self.config.db_path)
        self.run_id = start_run(self.db, self.spider_name)
        if self.stats is not None:
            self.stats.set_value("news/run/id", self.run_id)

    def process_item(self, item: Any) -> Any:
        """Buffer an Article or Reject; commit the buffer when it is full or old enough."""
        if isinstance(item, (Article, Reject)):
            self._buffer(item)
        return item

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """An earlier pipeline dropped an item: keep it as a reject with the exception as reason."""
        self._buffer(dropped_reject(item, exception))

    def spider_idle(self) -> None:
        """Nothing is being crawled right now: commit what is buffered so readers see it."""
        self.flush()

    def close_spider(self) -> None:
        """Commit whatever is still buffered."""
        self.flush()

    def spider_closed(self, reason: str = "finished") -> None:
        """Close the run record (status from Scrapy's close reason, counts, stats) and the database."""
        if self.db is None:
            return
        self.flush()
        stats = self.stats.get_stats() if self.stats is not None else {}
        finish_run(self.db, self.run_id, RUN_STATUS_BY_REASON.get(reason, "failed"), self.counts, stats, close_reason=reason)
        self.db.close()
        self.db = None

    # -- batching -------------------------------------------------------------------------

    def _buffer(self, item: Any) -> None:
        if not self._pending:
            self._oldest_pending = time.monotonic()
        self._pending.append(item)
        if (
            len(self._pending) >= self.config.batch_size
            or time.monotonic() - self._oldest_pending >= self.config.batch_seconds
        ):
            self.flush()

    def flush(self) -> None:
        """Write every buffered item in one transaction (each item atomic on its own).

        An item that fails is rolled back alone and counted as an error; when the commit itself
        fails (disk full, locked too long), the whole batch is counted as errors and the crawl
        goes on: the next run stores those pages again.
        """
        if not self._pending or self.db is None:
            return
        batch, self._pending = self._pending, []
        now = utc_now()
        outcomes = []
        try:
            with transaction(self.db), deferred_indexing(self.db):
                for item in batch:
                    try:
                        with savepoint(self.db):
                            outcomes.append(self._write(item, now))
                    except Exception:
                        logger.exception("could not store %s", getattr(item, "url", item))
                        outcomes.append(ERRORS)
        except sqlite3.Error:
            logger.exception("could not commit a batch of %d items", len(batch))
            outcomes = [ERRORS] * len(batch)
        for outcome in outcomes:
            self.counts[outcome] += 1
            if self.stats is not None:
                self.stats.inc_value(f"news/store/{outcome}")

    def _write(self, item: Any, now: str) -> str:
        return write_item(self.db, item, self.run_id, now, keep_raw_page=self.config.raw_pages)


class ProgressStorePipeline(StorePipeline):
    """`StorePipeline` that also records each stored item's WARC position in the same savepoint.

    Items that did not come from a WARC are stored exactly as `StorePipeline` stores them.
    """

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._arriving: RecordPosition | None = None
        self._positions: dict[int, RecordPosition] = {}

    def process_item(self, item: Any) -> Any:
        self._arriving = item_position(item)
        return super().process_item(item)

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        self._arriving = item_position(item)
        super().item_dropped(item, exception)

    def _buffer(self, item: Any) -> None:
        if self._arriving is not None:
            self._positions[id(item)] = self._arriving
            self._arriving = None
        super()._buffer(item)

    def _write(self, item: Any, now: str) -> str:
        position = self._positions.pop(id(item), None)
        outcome = super()._write(item, now)
        if position is not None:
            save_position(self.db, position.archive, position.shard, position.end_offset, now)
        return outcome
