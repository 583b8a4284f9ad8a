"""The single writer: drain the workers' Redis stream into SQLite (`newsdesk ingest --redis URL`).

At least once, applied once: entries are read with a consumer group (XREADGROUP), stored in
one SQLite transaction per batch (each item in its own savepoint, as the store pipeline does),
and acknowledged (XACK, then XDEL so the stream does not grow) only after that transaction
commits. A writer killed before the commit leaves its entries pending in the group; the next
writer claims them (XAUTOCLAIM) and stores them. A writer killed after the commit but before
the ack has them redelivered too -- the ids of the entries a batch applied are committed with
it (table `redis_applied`), so a redelivered entry is acknowledged without being stored twice
(articles are upserts anyway; this keeps rejects and the counts single as well).

The writer also keeps its workers informed (`newsdesk.distributed.publish`): when it starts it
publishes what the database knows (stored articles and their dates, page validators, rejects)
as the workers' revisit state, and after every commit what the batch changed. What workers'
revisits found (a 304 moves an article's `last_seen_at`, a 404/410 marks it removed) arrives
on the stream like items and is recorded the same way; so are the workers' stats when they
stop, summed into the writer's run record.

Items of a distributed WARC ingest carry the position of their record (archive, work unit,
end offset). A unit whose worker died is read again by another, so its first records may
arrive twice: the writer keeps each unit's high-water mark in `ingest_progress`, in the same
transaction as the items, and skips a record at or below it (`repeated`) -- each record is
stored once, whichever worker or writer was killed when.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import redis
from sqlite_utils import Database

from crawler.distributed.frontier import connect, items_stream, live_workers
from crawler.distributed.items import (
    GONE,
    NOT_MODIFIED,
    Revisited,
    WorkerStats,
    decode_entry,
    entry_compressed_body,
    entry_minhash,
    entry_position,
)
from crawler.items import Article
from newsdesk.distributed.publish import RevisitPublisher
from storage.articles import OUTCOMES, REJECTED, Precomputed, write_item
from storage.database import open_database, savepoint, transaction, utc_now
from storage.deliveries import forget_applied, mark_applied
from storage.dedupe import signature_from_bytes
from storage.fulltext import deferred_indexing
from storage.ingest_progress import resume_offset, save_position
from storage.revisit import record_removed, record_seen
from storage.runs import finish_run, start_run

logger = logging.getLogger(__name__)

GROUP = "newsdesk-writer"
"""The consumer group every writer reads through."""
WORKER_STATS = "worker_stats"
REPEATED = "repeated"
COUNTED = (*OUTCOMES, REJECTED, NOT_MODIFIED, GONE, WORKER_STATS, "errors", "redelivered", REPEATED)
"""What the writer counts: storing outcomes, revisits recorded, worker stats merged, failures,
redeliveries, WARC records read again after a worker died."""


@dataclass(frozen=True)
class WriterConfig:
    """How the writer reads and stores."""

    prefix: str = "newsdesk"
    """The workers' key prefix (setting `NEWS_REDIS_PREFIX`): the stream is `{prefix}:items`."""
    batch_size: int = 100
    """Entries stored per transaction."""
    block_seconds: float = 1.0
    """How long one read waits for new entries."""
    linger_seconds: float = 0.2
    """How long a read that found fewer than `batch_size` entries waits for more before storing
    them: each transaction costs ~2.7 ms of CPU whatever its size, so entries trickling in one
    or two at a time cost the writer 2-3x the CPU of full batches."""
    stop_when_idle: float = 0.0
    """Stop once the crawl is over: work was seen (a worker, or entries), nothing arrived for
    this many seconds and no worker is alive (0: never)."""
    keep_raw_pages: bool = True
    """Store the fetched bytes of each article for re-parsing."""
    consumer: str = field(default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}")
    """This writer's consumer name in the group."""

    @property
    def stream(self) -> str:
        """The stream to drain."""
        return items_stream(self.prefix)


def drain(redis_url: str, db_path: str | Path, config: WriterConfig) -> dict[str, int]:
    """Run a writer from `redis_url` into `db_path` until SIGINT / SIGTERM (or the crawl is
    over, with `stop_when_idle`); returns what it stored. Raises `RedisUnavailable`."""
    client = connect(redis_url)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    db = open_database(db_path)
    try:
        return RedisWriter(client, db, config).run(stop.is_set)
    finally:
        db.close()


def _entry_id(entry_id: bytes) -> tuple[int, int]:
    ms, _, seq = entry_id.decode().partition("-")
    return int(ms), int(seq)


def _precomputed(fields: dict[bytes, bytes]) -> Precomputed | None:
    """What the worker computed for the store (signature, compressed page), when it sent it."""
    minhash = entry_minhash(fields)
    if minhash is None:
        return None
    try:
        return Precomputed(signature_from_bytes(minhash), entry_compressed_body(fields))
    except ValueError:
        logger.warning("a stream entry carries no usable signature: the writer computes it")
        return None


@dataclass
class _Batch:
    """What one batch changed, for the workers and the run record."""

    article_urls: list[str] = field(default_factory=list)
    reject_urls: list[str] = field(default_factory=list)
    worker_stats: list[WorkerStats] = field(default_factory=list)


class RedisWriter:
    """Drains the stream into the database, batch by batch."""

    def __init__(self, client: redis.Redis, db: Database, config: WriterConfig):
        self.client = client
        self.db = db
        self.config = config
        self.counts = dict.fromkeys(COUNTED, 0)
        self.worker_stats: dict[str, float] = {}
        self.run_id: int | None = None
        self.publisher = RevisitPublisher(client, config.prefix)
        self._acked: list[bytes] = []
        self._saw_work = False

    def run(self, should_stop: Callable[[], bool] = lambda: False) -> dict[str, int]:
        """Store entries until `should_stop()` or, with `stop_when_idle`, until the crawl is over."""
        self._open()
        status = "interrupted"
        try:
            self._claim_abandoned()
            idle_since = time.monotonic()
            while not should_stop():
                if self._read_new():
                    idle_since = time.monotonic()
                elif self._crawl_over(idle_since):
                    break
            status = "ok"
        finally:
            self._close(status)
        return self.counts

    # -- reading -----------------------------------------------------------------------------

    def _claim_abandoned(self) -> None:
        """Store what earlier writers read but did not acknowledge (killed mid-batch)."""
        start = "0-0"
        while True:
            start, entries, _deleted = self.client.xautoclaim(
                self.config.stream, GROUP, self.config.consumer, min_idle_time=0, start_id=start, count=self.config.batch_size
            )
            entries = [(entry_id, fields) for entry_id, fields in entries if fields]
            if entries:
                self.store_batch(entries)
            if start in (b"0-0", "0-0"):
                return

    def _read_new(self) -> bool:
        entries = self._read(self.config.batch_size, block_ms=max(1, int(self.config.block_seconds * 1000)))
        if entries and len(entries) < self.config.batch_size and self.config.linger_seconds:
            time.sleep(self.config.linger_seconds)  # let a small batch fill up
            entries += self._read(self.config.batch_size - len(entries))
        if entries:
            self.store_batch(entries)
        return bool(entries)

    def _read(self, count: int, block_ms: int | None = None) -> list[tuple[bytes, dict[bytes, bytes]]]:
        """Up to `count` entries no consumer of the group has read; waits `block_ms` for one (None: not at all)."""
        reply = self.client.xreadgroup(GROUP, self.config.consumer, {self.config.stream: ">"}, count=count, block=block_ms)
        return [entry for _stream, stream_entries in reply for entry in stream_entries]

    def _crawl_over(self, idle_since: float) -> bool:
        if not self.config.stop_when_idle:
            return False
        if live_workers(self.client, self.config.prefix):
            self._saw_work = True
            return False
        if not self._saw_work or time.monotonic() - idle_since < self.config.stop_when_idle:
            return False
        return self.client.xlen(self.config.stream) == 0

    # -- storing -----------------------------------------------------------------------------

    def store_batch(self, entries: list[tuple[bytes, dict[bytes, bytes]]]) -> None:
        """Store entries in one transaction, tell the workers what changed, then acknowledge
        and delete the entries from the stream."""
        self._saw_work = True
        self.apply(entries)
        self.acknowledge([entry_id for entry_id, _ in entries])

    def apply(self, entries: list[tuple[bytes, dict[bytes, bytes]]]) -> None:
        """Store the entries not stored yet, and record their ids, in one transaction; then
        publish the batch's articles and rejects to the workers' revisit state."""
        now = utc_now()
        outcomes = []
        stream = self.config.stream
        batch = _Batch()
        with transaction(self.db), deferred_indexing(self.db):
            self._forget_acked()
            for entry_id, fields in entries:
                if not mark_applied(self.db, stream, _entry_id(entry_id)):
                    outcomes.append("redelivered")
                    continue
                try:
                    with savepoint(self.db):
                        outcomes.append(self._apply_record(fields, now, batch))
                except Exception:
                    logger.exception("could not store stream entry %s", entry_id.decode())
                    outcomes.append("errors")
        for outcome in outcomes:
            self.counts[outcome] += 1
        for stats in batch.worker_stats:
            for key, value in stats.stats.items():
                self.worker_stats[key] = self.worker_stats.get(key, 0) + value
        self.publisher.publish_batch(self.db, batch.article_urls, batch.reject_urls)

    def _apply_record(self, fields: dict[bytes, bytes], now: str, batch: _Batch) -> str:
        """Apply an entry unless it is a WARC record already stored; its outcome."""
        position = entry_position(fields)
        if position is not None:
            if resume_offset(self.db, position.archive, position.shard) >= position.end_offset:
                return REPEATED
            save_position(self.db, position.archive, position.shard, position.end_offset, now)
        return self._apply_entry(decode_entry(fields), now, batch, _precomputed(fields))

    def _apply_entry(self, item, now: str, batch: _Batch, precomputed: Precomputed | None = None) -> str:
        """Store or record one decoded entry (inside its savepoint); its outcome."""
        if isinstance(item, WorkerStats):
            batch.worker_stats.append(item)
            return WORKER_STATS
        if isinstance(item, Revisited):
            record = record_seen if item.outcome == NOT_MODIFIED else record_removed
            record(self.db, item.url, item.at)
            return item.outcome
        outcome = write_item(self.db, item, self.run_id, now, keep_raw_page=self.config.keep_raw_pages,
                             precomputed=precomputed)
        (batch.article_urls if isinstance(item, Article) else batch.reject_urls).append(item.url)
        return outcome

    def acknowledge(self, ids: list[bytes]) -> None:
        """The entries are committed: acknowledge them and delete them from the stream."""
        pipe = self.client.pipeline(transaction=True)
        pipe.xack(self.config.stream, GROUP, *ids)
        pipe.xdel(self.config.stream, *ids)
        pipe.execute()
        self._acked.extend(ids)

    def _forget_acked(self) -> None:
        """Acknowledged entries are never redelivered: their applied ids can go."""
        if self._acked:
            forget_applied(self.db, self.config.stream, map(_entry_id, self._acked))
            self._acked = []

    # -- run record ----------------------------------------------------------------------------

    def _open(self) -> None:
        try:
            self.client.xgroup_create(self.config.stream, GROUP, id="0", mkstream=True)
        except redis.ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise
        self.run_id = start_run(self.db, f"redis-ingest:{self.config.stream}")
        started = time.monotonic()
        articles = self.publisher.publish_all(self.db)
        logger.info("published the revisit state of %d articles in %.1f s", articles, time.monotonic() - started)

    def _close(self, status: str) -> None:
        try:
            with transaction(self.db):
                self._forget_acked()
            stats = {**self.worker_stats, **{f"news/redis_writer/{k}": v for k, v in self.counts.items()}}
            finish_run(self.db, self.run_id, status, self.counts, stats)
        except sqlite3.Error:
            logger.exception("could not close the run record")
