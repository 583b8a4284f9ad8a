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

An article without a stored head (a database opened read-only before its migration) is rendered
from its rows (as `iter_rendered_lines` renders every one), so the lines are the same either way. Whatever rewrites an
article's content outside the store must call `store_export_head` (or `refresh_export_heads`);
a change of the line's format needs a new migration that calls `refresh_export_heads`.

Field order is stable: the contract fields first (url, canonical_url, title, published,
modified, authors, section, lead, body, quotes), then newsdesk's own, the tail last.
"""

from __future__ import annotations

import gzip
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby, islice
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Union

import orjson

from pipelines.rows import EXPORT_TAIL, ArticleRows, export_head

if TYPE_CHECKING:
    from sqlite_utils import Database

Connection = Union["Database", sqlite3.Connection]
"""What the export reads from: a `sqlite_utils.Database` or a plain `sqlite3.Connection`
(the CLI uses one: it starts faster without sqlite_utils)."""

_TAIL = b"".join(b',"%s":%%b' % name.encode() for name in EXPORT_TAIL) + b"}\n"
"""`head` % (the tail's four JSON values) -> the rest of the line."""
_LINE = b"%b" + _TAIL

WRITE_CHUNK = 64
"""Lines joined per write (fewer system calls than one write per ~10 KB line)."""

GZIP_LEVEL = 6
"""gzip's own default: on article text ~20% faster than Python's level 9, files 0.4% larger."""

_ARTICLE_COLUMNS = (
    "id, url, canonical_url, title, published, modified, section, lead, site, language, nav, "
    "published_raw, modified_raw, parser, quality_flags, content_hash, fetched_at, first_seen_at, "
    + ", ".join(EXPORT_TAIL)
)
_ARTICLE_FIELDS = _ARTICLE_COLUMNS.split(", ")


@dataclass(frozen=True)
class ExportFilters:
    """Which articles to export; every filter given must hold. Dates compare as ISO 8601 text."""

    since: str | None = None
    """Published on or after this date/time."""
    until: str | None = None
    """Published on or before this date/time (a bare date includes that whole day)."""
    site: str | None = None
    """Only this site key."""
    section: str | None = None
    """Only this section (case-insensitive)."""
    speaker: str | None = None
    """Only articles quoting this speaker (case-insensitive)."""
    changed_since: str | None = None
    """Only articles stored or changed at or after this time."""
    ids: tuple[int, ...] | None = None
    """Only these article ids."""

    def where(self) -> tuple[str, dict]:
        """SQL condition over `articles` and its named parameters."""
        conditions = ["1"]
        if self.since:
            conditions.append("published >= :since")
        if self.until:
            conditions.append("substr(published, 1, length(:until)) <= :until")
        if self.site:
            conditions.append("site = :site")
        if self.section:
            conditions.append("section = :section")
        if self.speaker:
            conditions.append(
                "id IN (SELECT article_id FROM quotes WHERE speaker = :speaker"
                " UNION SELECT article_id FROM blocks WHERE speaker = :speaker)"
            )
        if self.changed_since:
            conditions.append("changed_at >= :changed_since")
        if self.ids is not None:
            conditions.append(f"id IN ({','.join(str(int(i)) for i in self.ids) or 'NULL'})")
        params = {
            "since": self.since, "until": self.until, "site": self.site, "section": self.section,
            "speaker": self.speaker, "changed_since": self.changed_since,
        }
        return " AND ".join(conditions), {k: v for k, v in params.items() if v}


# -- reading -----------------------------------------------------------------------------------


def iter_export_lines(db: Connection, filters: ExportFilters | None = None) -> Iterator[bytes]:
    """One JSON line (bytes, ending in a newline) per matching article, in id order."""
    where, params = (filters or ExportFilters()).where()
    with _read_snapshot(db):
        if not _has_heads(db):
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
                head = _rendered_head(db, article_id)
            yield _LINE % (head, dumps(last_seen_at), dumps(changed_at), dumps(removed_at), dumps(duplicate_of))


def iter_rendered_lines(db: Connection, filters: ExportFilters | None = None) -> Iterator[bytes]:
    """The same lines as `iter_export_lines`, every one rendered from the article's rows now
    instead of read pre-rendered: slower, for a database without heads and to check the heads."""
    where, params = (filters or ExportFilters()).where()
    with _read_snapshot(db):
        yield from _rendered_lines(db, where, params)


def stale_export_heads(db: Connection) -> list[int]:
    """Ids of the articles whose stored export line differs from the one their rows give now
    (rows edited by hand or by a tool that skipped `store_export_head`); `refresh_export_heads`
    renders them again."""
    if not _has_heads(db):
        return []
    where, params = ExportFilters().where()
    with _read_snapshot(db):
        stored = iter_export_lines(db)
        return [
            article_id for (article_id, head, tail), line in zip(_iter_rendered(db, where, params), stored)
            if line != _LINE % (head, *map(orjson.dumps, tail))
        ]


def _rendered_lines(db: Connection, where: str, params: dict) -> Iterator[bytes]:
    for _, head, tail in _iter_rendered(db, where, params):
        yield _LINE % (head, *map(orjson.dumps, tail))


def iter_article_records(db: Connection, filters: ExportFilters | None = None) -> Iterator[dict]:
    """One export record (a dict of plain values, keys in the line's order) per matching article, in id order."""
    for line in iter_export_lines(db, filters):
        yield orjson.loads(line)


def get_article_record(db: Connection, article_id: int) -> dict | None:
    """One article as its export record, or None when there is no such id."""
    return next(iter_article_records(db, ExportFilters(ids=(article_id,))), None)


# -- writing files -----------------------------------------------------------------------------


def write_export(db: Connection, stream: BinaryIO, filters: ExportFilters | None = None) -> int:
    """Write the JSON lines to a binary stream; return how many articles were written."""
    lines = iter_export_lines(db, filters)
    count = 0
    while chunk := list(islice(lines, WRITE_CHUNK)):
        stream.write(b"".join(chunk))
        count += len(chunk)
    return count


def connect_for_export(path: str | Path) -> sqlite3.Connection:
    """The database at `path` opened to export from: a plain sqlite3 connection (no sqlite_utils
    to load), migrated first when it is behind -- which renders an older database's heads.

    Not memory-mapped: `mmap_size` would save ~20% of the CPU time but count every page read
    in the process's resident memory, which must stay flat whatever the database size.
    """
    from pipelines.database import connect
    from pipelines.schema import migrate

    conn = connect(path)
    migrate(conn)
    return conn


def export_file(db: Connection | str | Path, path: str | Path, filters: ExportFilters | None = None) -> int:
    """Export to a file (gzip when it ends in `.gz`), written aside and renamed into place."""
    if isinstance(db, (str, Path)):
        db = connect_for_export(db)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    if path.suffix == ".gz":
        stream = gzip.open(partial, "wb", compresslevel=GZIP_LEVEL)
    else:
        stream = open(partial, "wb")
    with stream:
        count = write_export(db, stream, filters)
    os.replace(partial, path)
    return count


# -- the pre-rendered heads --------------------------------------------------------------------


def store_export_head(
    db: Connection, article_id: int, rows: ArticleRows, *, url: str | None = None, first_seen_at: str | None = None
) -> None:
    """Render and keep the export head of an article just inserted or rewritten from `rows`
    (call it after the article's row is written, inside the same transaction). A caller that
    has just inserted the row passes its `url` and `first_seen_at`; otherwise they are read."""
    if url is None or first_seen_at is None:
        url, first_seen_at = db.execute(
            "SELECT url, first_seen_at FROM articles WHERE id = ?", [article_id]
        ).fetchone()
    db.execute(
        "INSERT INTO article_exports (article_id, head) VALUES (?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET head = excluded.head",
        [article_id, export_head(rows, article_id, url, first_seen_at)],
    )


def refresh_export_heads(db: Connection, filters: ExportFilters | None = None) -> int:
    """Render the export heads of the matching articles (all by default) again from their rows;
    returns how many. The caller holds the write transaction."""
    where, params = (filters or ExportFilters()).where()
    heads = ((article_id, head) for article_id, head, _ in _iter_rendered(db, where, params))
    count = 0
    while chunk := list(islice(heads, 500)):
        _connection(db).executemany(
            "INSERT INTO article_exports (article_id, head) VALUES (?, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET head = excluded.head",
            chunk,
        )
        count += len(chunk)
    return count


def _rendered_head(db: Connection, article_id: int) -> bytes:
    ((_, head, _),) = _iter_rendered(db, f"id = {int(article_id)}", {})
    return head


def _iter_rendered(db: Connection, where: str, params: dict) -> Iterator[tuple[int, bytes, tuple]]:
    """(id, export head, tail values) per matching article in id order, rendered from its rows.

    Articles come with their authors, sections, blocks and quotes through one cursor per table,
    merged by `article_id` (no query per article).
    """
    selected = f"SELECT id FROM articles WHERE {where}"
    articles = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE {where} ORDER BY id", params)
    authors = _Grouped(db.execute(
        f"""SELECT aa.article_id, au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
            WHERE aa.article_id IN ({selected}) ORDER BY aa.article_id, aa.position""", params))
    sections = _Grouped(db.execute(
        f"""SELECT article_id, section_index, heading FROM sections
            WHERE article_id IN ({selected}) ORDER BY article_id, section_index""", params))
    blocks = _Grouped(db.execute(
        f"""SELECT article_id, section_index, position, kind, text, speaker, role FROM blocks
            WHERE article_id IN ({selected}) ORDER BY article_id, section_index, position""", params))
    quotes = _Grouped(db.execute(
        f"""SELECT article_id, position, text, speaker, role, kind FROM quotes
            WHERE article_id IN ({selected}) ORDER BY article_id, position""", params))
    tail_start = len(_ARTICLE_FIELDS) - len(EXPORT_TAIL)
    for row in articles:
        article = dict(zip(_ARTICLE_FIELDS, row))
        article_id = article["id"]
        rows = ArticleRows(
            key=article["canonical_url"],
            article=article,
            sections=sections.take(article_id),
            blocks=blocks.take(article_id),
            quotes=quotes.take(article_id),
            authors=[name for (name,) in authors.take(article_id)],
        )
        yield article_id, export_head(rows, article_id, article["url"], article["first_seen_at"]), row[tail_start:]


class _Grouped:
    """Rows ordered by article_id (first column), handed out one article at a time without it."""

    def __init__(self, rows: Iterable[tuple]):
        self._groups = groupby(rows, key=itemgetter(0))
        self._advance()

    def _advance(self) -> None:
        self._article_id, self._rows = next(self._groups, (None, None))

    def take(self, article_id: int) -> list[tuple]:
        """The rows of `article_id` minus their first column, skipping groups of lower ids."""
        while self._article_id is not None and self._article_id < article_id:
            self._advance()
        if self._article_id != article_id:
            return []
        rows = [row[1:] for row in self._rows]
        self._advance()
        return rows


def _has_heads(db: Connection) -> bool:
    """Whether the database has the heads and the tails' covering index (migration 3 made them)."""
    return db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name IN ('article_exports', 'articles_export_tail')"
    ).fetchone()[0] == 2


def _connection(db: Connection) -> sqlite3.Connection:
    return getattr(db, "conn", db)


@contextmanager
def _read_snapshot(db: Connection) -> Iterator[None]:
    """One read transaction around several cursors (reuses the caller's transaction if open)."""
    if _connection(db).in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")
