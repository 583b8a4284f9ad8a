"""The single writer: drain the workers' Redis stream into SQLite (`newsdesk ingest --redis URL`).

At least once, applied once: entries are read with a consumer group (XREADGROUP), stored in
one SQLite transaction per batch (each item in its own savepoint, as the store pipeline does),
and acknowledged (XACK, then XDEL so the stream does not grow) only after that transaction
commits. A writer killed before the commit leaves its entries pending in the group; the next
writer claims them (XAUTOCLAIM) and stores them. A writer killed after the commit but before
the ack has them redelivered too -- the ids of the entries a batch applied are committed with
it (table `redis_applied`), so a redelivered entry is acknowledged without being stored twice
(articles are upserts anyway; this keeps rejects and the counts single as well).
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
from crawler.distributed.items import decode_item
from storage.articles import OUTCOMES, REJECTED, write_item
from storage.database import open_database, savepoint, transaction, utc_now
from storage.deliveries import forget_applied, mark_applied
from storage.fulltext import deferred_indexing
from storage.runs import finish_run, start_run

logger = logging.getLogger(__name__)

GROUP = "newsdesk-writer"
"""The consumer group every writer reads through."""


@dataclass(frozen=True)
class WriterConfig:
    """How the writer reads and stores."""

    prefix: str = "newsdesk"
    """The workers' key prefix (setting `NEWS_REDIS_PREFIX`): the stream is `{prefix}:items`."""
    batch_size: int = 100
    """Entries stored per transaction."""
    block_seconds: float = 1.0
    """How long one read waits for new entries."""
    stop_when_idle: float = 0.0
    """Stop once nothing arrived for this many seconds and no worker is alive (0: never)."""
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


class RedisWriter:
    """Drains the stream into the database, batch by batch."""

    def __init__(self, client: redis.Redis, db: Database, config: WriterConfig):
        self.client = client
        self.db = db
        self.config = config
        self.counts = dict.fromkeys((*OUTCOMES, REJECTED, "errors", "redelivered"), 0)
        self.run_id: int | None = None
        self._acked: list[bytes] = []

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
        reply = self.client.xreadgroup(
            GROUP, self.config.consumer, {self.config.stream: ">"},
            count=self.config.batch_size, block=max(1, int(self.config.block_seconds * 1000)),
        )
        entries = [entry for _stream, stream_entries in reply for entry in stream_entries]
        if entries:
            self.store_batch(entries)
        return bool(entries)

    def _crawl_over(self, idle_since: float) -> bool:
        if not self.config.stop_when_idle or time.monotonic() - idle_since < self.config.stop_when_idle:
            return False
        return live_workers(self.client, self.config.prefix) == 0 and self.client.xlen(self.config.stream) == 0

    # -- storing -----------------------------------------------------------------------------

    def store_batch(self, entries: list[tuple[bytes, dict[bytes, bytes]]]) -> None:
        """Store entries in one transaction, then acknowledge and delete them from the stream."""
        self.apply(entries)
        self.acknowledge([entry_id for entry_id, _ in entries])

    def apply(self, entries: list[tuple[bytes, dict[bytes, bytes]]]) -> None:
        """Store the entries not stored yet, and record their ids, in one transaction."""
        now = utc_now()
        outcomes = []
        stream = self.config.stream
        with transaction(self.db), deferred_indexing(self.db):
            self._forget_acked()
            for entry_id, fields in entries:
                if not mark_applied(self.db, stream, _entry_id(entry_id)):
                    outcomes.append("redelivered")
                    continue
                try:
                    with savepoint(self.db):
                        outcomes.append(write_item(self.db, decode_item(fields), self.run_id, now,
                                                   keep_raw_page=self.config.keep_raw_pages))
                except Exception:
                    logger.exception("could not store stream entry %s", entry_id.decode())
                    outcomes.append("errors")
        for outcome in outcomes:
            self.counts[outcome] += 1

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

    def _close(self, status: str) -> None:
        try:
            with transaction(self.db):
                self._forget_acked()
            finish_run(self.db, self.run_id, status, self.counts,
                       {f"news/redis_writer/{k}": v for k, v in self.counts.items()})
        except sqlite3.Error:
            logger.exception("could not close the run record")
