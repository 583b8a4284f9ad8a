"""How far `ingest-warc` got in each archive, committed together with the articles it stored.

The table `ingest_progress` (created here with `CREATE TABLE IF NOT EXISTS`, outside the
migrated schema because only archive ingests use it) holds one row per archive and reader
shard: the byte offset where the last stored record ends. `ProgressStorePipeline` writes that
row inside the same savepoint as the item the record became (an article or a reject), so after
a kill the offset never runs ahead of what was committed nor lags behind it: a rerun starts
reading at the first record that was not stored, and reads nothing twice.

This relies on the item pipelines handling the spider's pages in the order it yields them
(true while every pipeline is synchronous, as newsdesk's are).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from crawler.items import Article, FetchedPage
from crawler.warc import RecordPosition, record_position
from pipelines.store import StorePipeline

PROGRESS_TABLE = """
CREATE TABLE IF NOT EXISTS ingest_progress (
    archive TEXT NOT NULL,
    shard TEXT NOT NULL,
    end_offset INTEGER NOT NULL,
    records INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (archive, shard)
)
"""


def ensure_progress_table(db: Database) -> None:
    """Create `ingest_progress` if this database does not have it yet."""
    db.execute(PROGRESS_TABLE)


def resume_offset(db: Database, archive: str, shard: str) -> int:
    """Where reading `archive` as `shard` should start: past the last stored record, or 0."""
    ensure_progress_table(db)
    row = db.execute(
        "SELECT end_offset FROM ingest_progress WHERE archive = ? AND shard = ?", [archive, shard]
    ).fetchone()
    return row[0] if row else 0


def forget_progress(db: Database, archive: str) -> None:
    """Drop what is recorded for `archive` (every shard): the next ingest reads it from the start."""
    ensure_progress_table(db)
    db.execute("DELETE FROM ingest_progress WHERE archive = ?", [archive])


def save_position(db: Database, position: RecordPosition, now: str) -> None:
    """Record that everything up to `position` is stored (caller holds the transaction)."""
    db.execute(
        """INSERT INTO ingest_progress (archive, shard, end_offset, records, updated_at) VALUES (?, ?, ?, 1, ?)
           ON CONFLICT (archive, shard) DO UPDATE SET end_offset = excluded.end_offset,
           records = records + 1, updated_at = excluded.updated_at""",
        [position.archive, position.shard, position.end_offset, now],
    )


def _position_of(item: Any) -> RecordPosition | None:
    page = item.page if isinstance(item, Article) else item if isinstance(item, FetchedPage) else None
    return record_position(page) if page is not None else None


class ProgressStorePipeline(StorePipeline):
    """`StorePipeline` that also records each stored item's WARC position in the same savepoint.

    Items that did not come from a WARC are stored exactly as `StorePipeline` stores them.
    """

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._arriving: RecordPosition | None = None
        self._positions: dict[int, RecordPosition] = {}

    def open_spider(self) -> None:
        super().open_spider()
        ensure_progress_table(self.db)

    def process_item(self, item: Any) -> Any:
        self._arriving = _position_of(item)
        return super().process_item(item)

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        self._arriving = _position_of(item)
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
            save_position(self.db, position, now)
        return outcome


def start_offsets(db: Database, archives: list[str], shard: str, *, from_start: bool = False) -> dict[str, int]:
    """Where an ingest of `archives` as `shard` starts reading each one; `from_start` first
    forgets the recorded progress of those archives (every shard) and starts them all at 0."""
    ensure_progress_table(db)
    if from_start:
        for archive in archives:
            forget_progress(db, archive)
    return {archive: resume_offset(db, archive, shard) for archive in archives}
