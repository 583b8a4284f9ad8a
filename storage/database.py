"""Opening the newsdesk database, transactions, and the small read API other modules use.

Every connection is opened the same way: WAL journal (readers work while a crawl writes),
foreign keys on, a generous busy timeout, `synchronous=NORMAL` (durable across process
crashes; a power cut may lose the last batch, never corrupt the file), and the schema migrated
to the current version (`open_database`, the one way in). The sqlite3 connection runs in autocommit mode
(`isolation_level=None`): every write goes through `transaction()`, so nothing commits by
accident and nothing stays open by accident.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from crawler.urls import canonical_url
from storage.schema import SCHEMA_VERSION, SchemaError, migrate, schema_version

if TYPE_CHECKING:
    from sqlite_utils import Database

DEFAULT_DB = "output/newsdesk.db"
BUSY_TIMEOUT_S = 60.0
WAL_AUTOCHECKPOINT_PAGES = 10_000
"""Fold the WAL back into the file every ~40 MB instead of SQLite's 4 MB: a crawl writing
batches rewrites hot index pages many times between checkpoints and copies them once."""


def utc_now() -> str:
    """The current time as UTC ISO 8601 with seconds (`2026-11-26T15:40:00+00:00`)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


MODES = ("write", "read")


class NotANewsdeskDatabase(ValueError):
    """The file is not a newsdesk database (or not yet at this newsdesk's schema, for a reader)."""


def open_database(path: str | Path, mode: str = "write") -> Database | sqlite3.Connection:
    """The one way to open the newsdesk database at `path`.

    "write" (crawls, ingests, maintenance): creates the file when there is none and migrates it
    to the current schema; a `sqlite_utils.Database`. It refuses a SQLite file that holds other
    tables and no newsdesk schema: newsdesk writes only into its own files.
    "read" (every command that only reads): an existing newsdesk database at the current schema,
    opened read-only and never changed; a plain `sqlite3.Connection` (the CLI starts ~0.3 s
    sooner without sqlite_utils and numpy). An older schema is a clear error (`newsdesk db
    migrate` upgrades it), never an upgrade behind the reader's back.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    conn = _connect(path, readonly=mode == "read")
    try:
        _check_is_newsdesk(conn, path, reading=mode == "read")
        if mode == "read":
            return conn
        _configure_writer(conn)
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    from sqlite_utils import (
        Database,  # here: readers never load sqlite_utils (and numpy)
    )

    return Database(conn)


def _check_is_newsdesk(conn: sqlite3.Connection, path: str | Path, *, reading: bool) -> None:
    version = schema_version(conn)
    if version == 0:
        others = conn.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
        if others or reading:
            what = f"it holds {others} other tables or indexes" if others else "it is empty"
            raise NotANewsdeskDatabase(f"{path} is not a newsdesk database ({what})")
    elif reading and version < SCHEMA_VERSION:
        raise NotANewsdeskDatabase(
            f"{path} is at schema version {version}, this newsdesk reads {SCHEMA_VERSION}: "
            f"run `newsdesk db migrate --db {path}` (or any crawl or ingest into it) first"
        )
    elif version > SCHEMA_VERSION:
        raise SchemaError(f"{path}: database schema version {version} is newer than this newsdesk ({SCHEMA_VERSION}); upgrade newsdesk")


def _connect(path: str | Path, *, readonly: bool) -> sqlite3.Connection:
    """A sqlite3 connection opened and configured the newsdesk way (see the module docstring),
    before anything is written to the file."""
    path = Path(path)
    if readonly:
        if not path.exists():
            raise FileNotFoundError(f"no database at {path}")
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _configure_writer(conn: sqlite3.Connection) -> None:
    """What a writer's connection adds, once the file is known to be newsdesk's (WAL is recorded
    in the file itself)."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextmanager
def savepoint(db: Database, name: str = "item") -> Iterator[Database]:
    """A nested atomic unit inside a transaction: released on success, rolled back on error."""
    db.execute(f"SAVEPOINT {name}")
    try:
        yield db
    except BaseException:
        db.execute(f"ROLLBACK TO {name}")
        db.execute(f"RELEASE {name}")
        raise
    db.execute(f"RELEASE {name}")


def article_id_for_url(db, url: str) -> int | None:
    """The article a URL belongs to: one it was fetched from, or its canonical URL (as given, then
    in canonical form: tracking parameters and fragments dropped); None when it is unknown."""
    row = db.execute("SELECT article_id FROM article_urls WHERE url = ?", [url]).fetchone()
    if row is None:
        for key in dict.fromkeys((url, canonical_url(url))):
            row = db.execute("SELECT id FROM articles WHERE canonical_url = ?", [key]).fetchone()
            if row is not None:
                break
    return row[0] if row else None
