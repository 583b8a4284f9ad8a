"""How far `ingest-warc` got in each archive, committed together with the articles it stored.

The table `ingest_progress` holds one row per archive and reader shard: the byte offset where
the last stored record ends. The ingest's store stage (`pipelines.store.ProgressStorePipeline`)
writes that row inside the same savepoint as the item the record became (an article or a
reject), so after a kill the offset never runs ahead of what was committed nor lags behind it: a
rerun starts reading at the first record that was not stored, and reads nothing twice.
"""

from __future__ import annotations

from sqlite_utils import Database


def resume_offset(db: Database, archive: str, shard: str) -> int:
    """Where reading `archive` as `shard` should start: past the last stored record, or 0."""
    row = db.execute(
        "SELECT end_offset FROM ingest_progress WHERE archive = ? AND shard = ?", [archive, shard]
    ).fetchone()
    return row[0] if row else 0


def forget_progress(db: Database, archive: str) -> None:
    """Drop what is recorded for `archive` (every shard): the next ingest reads it from the start."""
    db.execute("DELETE FROM ingest_progress WHERE archive = ?", [archive])


def save_position(db: Database, archive: str, shard: str, end_offset: int, now: str) -> None:
    """Record that everything of `archive` read as `shard` up to `end_offset` is stored (caller
    holds the transaction)."""
    db.execute(
        """INSERT INTO ingest_progress (archive, shard, end_offset, records, updated_at) VALUES (?, ?, ?, 1, ?)
           ON CONFLICT (archive, shard) DO UPDATE SET end_offset = excluded.end_offset,
           records = records + 1, updated_at = excluded.updated_at""",
        [archive, shard, end_offset, now],
    )


def start_offsets(db: Database, archives: list[str], shard: str, *, from_start: bool = False) -> dict[str, int]:
    """Where an ingest of `archives` as `shard` starts reading each one; `from_start` first
    forgets the recorded progress of those archives (every shard) and starts them all at 0."""
    if from_start:
        for archive in archives:
            forget_progress(db, archive)
    return {archive: resume_offset(db, archive, shard) for archive in archives}
