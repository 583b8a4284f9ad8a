"""Export heads: each article's export line, rendered from its rows (`storage.rows.export_head`)
and kept in `article_exports.head` -- all of the line but its volatile tail (`EXPORT_TAIL`), which
`storage.export` splices on when it reads. Rendering them again from the rows (`iter_rendered`)
serves a database without heads, `db check` and migration 3, which rendered the heads of
databases made before it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import groupby, islice
from operator import itemgetter
from typing import TYPE_CHECKING, Union

import orjson

from storage.filters import Filters
from storage.rows import EXPORT_TAIL, ArticleRows, export_head

if TYPE_CHECKING:
    from sqlite_utils import Database

Connection = Union["Database", sqlite3.Connection]
"""What the export reads from: a `sqlite_utils.Database` or a plain `sqlite3.Connection`
(the CLI uses one: it starts faster without sqlite_utils)."""

TAIL = b"".join(b',"%s":%%b' % name.encode() for name in EXPORT_TAIL) + b"}\n"
"""`head` % (the tail's four JSON values) -> the rest of the line."""
LINE = b"%b" + TAIL

_ARTICLE_COLUMNS = (
    "id, url, canonical_url, title, published, modified, section, lead, site, language, page_type, nav, "
    "published_raw, modified_raw, parser, quality_flags, content_hash, fetched_at, first_seen_at, "
    "publisher, free_access, " + ", ".join(EXPORT_TAIL)
)
_ARTICLE_FIELDS = _ARTICLE_COLUMNS.split(", ")


def line(head: bytes, tail: tuple) -> bytes:
    """The export line of a head and its tail values."""
    return LINE % (head, *map(orjson.dumps, tail))


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


def stored_line(db: Connection, article_id: int) -> bytes:
    """The article's export line as it stands (its stored head, or one rendered from its rows, and
    its tail), without the closing newline."""
    head, *tail = db.execute(
        f"""SELECT h.head, {", ".join(f"a.{name}" for name in EXPORT_TAIL)}
            FROM articles a LEFT JOIN article_exports h ON h.article_id = a.id WHERE a.id = ?""",
        [article_id],
    ).fetchone()
    if head is None:
        head = rendered_head(db, article_id)
    return line(head, tuple(tail))[:-1]


def refresh_export_heads(db: Connection, filters: Filters | None = None) -> int:
    """Render the export heads of the matching articles (all by default) again from their rows;
    returns how many. The caller holds the write transaction."""
    where, params = (filters or Filters()).where()
    heads = ((article_id, head) for article_id, head, _ in iter_rendered(db, where, params))
    count = 0
    while chunk := list(islice(heads, 500)):
        connection_of(db).executemany(
            "INSERT INTO article_exports (article_id, head) VALUES (?, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET head = excluded.head",
            chunk,
        )
        count += len(chunk)
    return count


def rendered_head(db: Connection, article_id: int) -> bytes:
    ((_, head, _),) = iter_rendered(db, f"id = {int(article_id)}", {})
    return head


def iter_rendered(db: Connection, where: str, params: dict) -> Iterator[tuple[int, bytes, tuple]]:
    """(id, export head, tail values) per matching article in id order, rendered from its rows.

    Articles come with their authors, sections, blocks, quotes, images and topics through one
    cursor per table, merged by `article_id` (no query per article).
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
        f"""SELECT article_id, section_index, position, kind, text, speaker, role, image_position FROM blocks
            WHERE article_id IN ({selected}) ORDER BY article_id, section_index, position""", params))
    quotes = _Grouped(db.execute(
        f"""SELECT article_id, position, text, speaker, role, kind FROM quotes
            WHERE article_id IN ({selected}) ORDER BY article_id, position""", params))
    images = _Grouped(db.execute(
        f"""SELECT article_id, position, url, caption, alt, credits, is_cover, width, height FROM images
            WHERE article_id IN ({selected}) ORDER BY article_id, position""", params))
    topics = _Grouped(db.execute(
        f"""SELECT article_id, topic FROM article_topics
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
            images=images.take(article_id),
            topics=[topic for (topic,) in topics.take(article_id)],
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


def has_heads(db: Connection) -> bool:
    """Whether the database has the heads and the tails' covering index (migration 3 made them)."""
    return db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name IN ('article_exports', 'articles_export_tail')"
    ).fetchone()[0] == 2


def connection_of(db: Connection) -> sqlite3.Connection:
    return getattr(db, "conn", db)


@contextmanager
def read_snapshot(db: Connection) -> Iterator[None]:
    """One read transaction around several cursors (reuses the caller's transaction if open)."""
    if connection_of(db).in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")
