"""Stored articles as JSON lines / records, in the contract of ../shared/bench/README.md.

Each article's export line is rendered once, when the article is stored (`store_export_head`,
called by the store in the same transaction as the article's rows; `rows.export_head` renders
it) and kept in `article_exports.head` -- all of the line but its volatile tail
(`rows.EXPORT_TAIL`: last_seen_at, changed_at, removed_at, duplicate_of), which moves without the
article being rewritten. `iter_export_lines()` reads the tails from a covering index in id order,
looks up each head by id and splices the four values on (a filter first selects ids through the
indexes on published, site, section, changed_at and speakers): no per-article query, no
per-block work, memory flat whatever the database size, all inside one read transaction so a
crawl writing at the same time never shows half an update.

An article without a stored head is rendered from its rows (`storage.heads`, as
`iter_rendered_lines` renders every one), so the lines are the same either way. Whatever rewrites an
article's content outside the store must call `store_export_head` (or `refresh_export_heads`);
a change of the line's format needs a new migration that calls `refresh_export_heads`.

Field order is stable: the contract fields first (url, canonical_url, title, published,
modified, authors, section, lead, body, quotes), then newsdesk's own, the tail last.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import orjson

from storage.database import open_database
from storage.filters import Filters
from storage.heads import (
    LINE,
    Connection,
    has_heads,
    iter_rendered,
    line,
    read_snapshot,
    rendered_head,
)
from storage.rows import EXPORT_TAIL

WRITE_CHUNK = 64
"""Lines joined per write (fewer system calls than one write per ~10 KB line)."""

GZIP_LEVEL = 6
"""gzip's own default: on article text ~20% faster than Python's level 9, files 0.4% larger."""


# -- reading -----------------------------------------------------------------------------------


def iter_export_lines(db: Connection, filters: Filters | None = None) -> Iterator[bytes]:
    """One JSON line (bytes, ending in a newline) per matching article, in id order."""
    where, params = (filters or Filters()).where()
    with read_snapshot(db):
        if not has_heads(db):
            yield from _rendered_lines(db, where, params)
            return
        selected = "" if where == "1" else f"WHERE a.id IN (SELECT id FROM articles WHERE {where})"
        rows = db.execute(
            f"""SELECT a.id, h.head, {", ".join(f"a.{name}" for name in EXPORT_TAIL)}
                FROM articles a INDEXED BY articles_export_tail LEFT JOIN article_exports h ON h.article_id = a.id
                {selected} ORDER BY a.id""",
            params,
        )
        dumps = orjson.dumps
        for article_id, head, last_seen_at, changed_at, removed_at, duplicate_of in rows:
            if head is None:  # stored by other means than the store: render it from its rows
                head = rendered_head(db, article_id)
            yield LINE % (head, dumps(last_seen_at), dumps(changed_at), dumps(removed_at), dumps(duplicate_of))


def iter_rendered_lines(db: Connection, filters: Filters | None = None) -> Iterator[bytes]:
    """The same lines as `iter_export_lines`, every one rendered from the article's rows now
    instead of read pre-rendered: slower, for a database without heads and to check the heads."""
    where, params = (filters or Filters()).where()
    with read_snapshot(db):
        yield from _rendered_lines(db, where, params)


def stale_export_heads(db: Connection) -> list[int]:
    """Ids of the articles whose stored export line differs from the one their rows give now
    (rows edited by hand or by a tool that skipped `store_export_head`); `refresh_export_heads`
    renders them again."""
    if not has_heads(db):
        return []
    where, params = Filters().where()
    with read_snapshot(db):
        stored = iter_export_lines(db)
        return [
            article_id for (article_id, head, tail), stored_line in zip(iter_rendered(db, where, params), stored)
            if stored_line != line(head, tail)
        ]


def _rendered_lines(db: Connection, where: str, params: dict) -> Iterator[bytes]:
    for _, head, tail in iter_rendered(db, where, params):
        yield line(head, tail)


def iter_article_records(db: Connection, filters: Filters | None = None) -> Iterator[dict]:
    """One export record (a dict of plain values, keys in the line's order) per matching article, in id order."""
    for export_line in iter_export_lines(db, filters):
        yield orjson.loads(export_line)


def get_article_record(db: Connection, article_id: int) -> dict | None:
    """One article as its export record, or None when there is no such id."""
    return next(iter_article_records(db, Filters(ids=(article_id,))), None)


# -- writing files -----------------------------------------------------------------------------


def write_export(db: Connection | Sequence[Connection], stream: BinaryIO, filters: Filters | None = None,
                 advance: Callable[[int], None] | None = None) -> int:
    """Write the JSON lines to a binary stream; return how many articles were written. Given
    several databases (one per outlet group, each with its own writer), their lines follow one
    another in the order given, each database's in id order: one stream. Ids are per database;
    `canonical_url` names an article across them. `advance(n)` is told each batch of `n` lines
    written (a progress bar's)."""
    count = 0
    for database in _databases(db):
        lines = iter_export_lines(database, filters)
        while chunk := list(islice(lines, WRITE_CHUNK)):
            stream.write(b"".join(chunk))
            count += len(chunk)
            if advance is not None:
                advance(len(chunk))
    return count


def export_file(db: Connection | str | Path | Sequence[Connection | str | Path], path: str | Path,
                filters: Filters | None = None, advance: Callable[[int], None] | None = None) -> int:
    """Export one database, or several as one stream (`write_export`), to a file (gzip when it
    ends in `.gz`), written aside and renamed into place."""
    databases = [open_database(d, "read") if isinstance(d, (str, Path)) else d for d in _databases(db)]
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"no such directory: {path.parent}")
    partial = path.with_name(path.name + ".part")
    if path.suffix == ".gz":
        stream = gzip.open(partial, "wb", compresslevel=GZIP_LEVEL)
    else:
        stream = open(partial, "wb")
    with stream:
        count = write_export(databases, stream, filters, advance)
    os.replace(partial, path)
    return count


def _databases(db) -> list:
    """One database or a sequence of them, as a list."""
    return list(db) if isinstance(db, (list, tuple)) else [db]


