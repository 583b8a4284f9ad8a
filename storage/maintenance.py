"""Keeping a database for years: prune raw pages, vacuum, online backup, consistency check.

Each function takes an open `sqlite_utils.Database`; `newsdesk db ...` wraps them.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlite_utils import Database

from storage.database import transaction
from storage.export import stale_export_heads
from storage.filters import Filters
from storage.heads import refresh_export_heads
from storage.schema import FTS_TABLES

_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([hdw])\s*$")
_AGE_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> timedelta:
    """`90d`, `12h`, `2w` -> a timedelta."""
    match = _AGE.match(text.lower())
    if not match:
        raise ValueError(f"not an age: {text!r} (use e.g. 90d, 12h or 2w)")
    return timedelta(**{_AGE_UNITS[match[2]]: float(match[1])})


def prune_raw_pages(db: Database, older_than: timedelta, now: datetime | None = None) -> int:
    """Delete raw pages fetched more than `older_than` ago; articles stay. Returns pages deleted."""
    cutoff = ((now or datetime.now(timezone.utc)) - older_than).isoformat(timespec="seconds")
    with transaction(db):
        return db.execute("DELETE FROM raw_pages WHERE fetched_at < ?", [cutoff]).rowcount


def vacuum(db: Database) -> tuple[int, int]:
    """Merge the FTS indexes, rebuild the file without free pages; returns (bytes before, after)."""
    before = _file_bytes(db)
    with transaction(db):
        for table in FTS_TABLES:
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA optimize")
    return before, _file_bytes(db)


def backup(db: Database, destination: str | Path) -> int:
    """Copy the database to `destination` with SQLite's online backup API; returns its size.

    The copy is taken in one step from one read snapshot, which in WAL mode does not block a
    crawl that is writing; it is written aside and renamed, so `destination` is never half a file.
    """
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(partial)
    try:
        db.conn.backup(target)
    finally:
        target.close()
    os.replace(partial, destination)
    return destination.stat().st_size


@dataclass
class CheckReport:
    """What `check()` found; `ok` when every list is empty."""

    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    fts: list[str] = field(default_factory=list)
    articles_without_blocks: list[int] = field(default_factory=list)
    stale_exports: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.fts or self.articles_without_blocks or self.stale_exports)

    def lines(self) -> list[str]:
        """One human-readable line per finding (or a single "ok")."""
        if self.ok:
            return ["ok: integrity, foreign keys, full-text indexes, article blocks and export lines are consistent"]
        return [
            *(f"integrity: {line}" for line in self.integrity),
            *(f"foreign key: {line}" for line in self.foreign_keys),
            *(f"full-text: {line}" for line in self.fts),
            *(f"article {article_id} has text but no blocks" for article_id in self.articles_without_blocks),
            *(f"article {article_id}: stored export line differs from its rows (fix: newsdesk db check --repair)"
              for article_id in self.stale_exports),
        ]


def check(db: Database) -> CheckReport:
    """PRAGMA integrity_check, PRAGMA foreign_key_check, FTS5 index vs content, articles' blocks,
    pre-rendered export lines vs the rows they were rendered from."""
    report = CheckReport()
    report.integrity = [row[0] for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    report.foreign_keys = [
        f"{table} row {rowid} -> missing {parent}" for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check")
    ]
    if db.execute("SELECT 1 FROM fts_deferral").fetchone() is not None:
        report.fts.append("fts_deferral: a batch's deferred indexing was committed unfinished (fix: newsdesk db check --repair)")
    for table in FTS_TABLES:
        try:
            db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
                raise  # busy with another writer, not broken: no --repair advice
            report.fts.append(f"{table}: {error} (fix: newsdesk db check --repair)")
    report.articles_without_blocks = [
        row[0] for row in db.execute(
            "SELECT id FROM articles a WHERE text <> '' AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.article_id = a.id)"
        )
    ]
    report.stale_exports = stale_export_heads(db)
    return report


def repair(db: Database, report: CheckReport) -> None:
    """Fix what can be rebuilt from the tables: full-text indexes, stale export lines."""
    if report.fts:
        rebuild_fts(db)
    if report.stale_exports:
        with transaction(db):
            refresh_export_heads(db, Filters(ids=tuple(report.stale_exports)))


def rebuild_fts(db: Database) -> None:
    """Rebuild every full-text index from its content table (and end a stuck batch deferral)."""
    with transaction(db):
        db.execute("DELETE FROM fts_deferral")
        for table in FTS_TABLES:
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")


def _file_bytes(db: Database) -> int:
    page_count = db.execute("PRAGMA page_count").fetchone()[0]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    return page_count * page_size
