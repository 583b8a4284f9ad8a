"""Stored articles as JSON records / JSON lines, in the contract of ../shared/bench/README.md.

`iter_article_records()` streams one dict per article; `iter_export_lines()` the same as orjson
bytes lines. Articles are read in id order together with their authors, sections, blocks and
quotes through one cursor per table, merged by `article_id` (no query per article, memory flat
whatever the database size), all inside one read transaction so a crawl writing at the same
time never shows half an update.

Field order is stable: the contract fields first (url, canonical_url, title, published,
modified, authors, section, lead, body, quotes), then newsdesk's own.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

import orjson
from sqlite_utils import Database

from pipelines.database import open_database

_ARTICLE_COLUMNS = (
    "id, url, canonical_url, title, published, modified, section, lead, site, language, nav, "
    "published_raw, modified_raw, parser, quality_flags, content_hash, fetched_at, first_seen_at, "
    "last_seen_at, changed_at, removed_at, duplicate_of"
)


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


def iter_export_lines(db: Database, filters: ExportFilters | None = None) -> Iterator[bytes]:
    """One JSON line (bytes, ending in a newline) per matching article, in id order."""
    for record in iter_article_records(db, filters):
        yield orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)


def write_export(db: Database, stream: BinaryIO, filters: ExportFilters | None = None) -> int:
    """Write the JSON lines to a binary stream; return how many articles were written."""
    count = 0
    for line in iter_export_lines(db, filters):
        stream.write(line)
        count += 1
    return count


def export_file(db: Database | str | Path, path: str | Path, filters: ExportFilters | None = None) -> int:
    """Export to a file (gzip when it ends in `.gz`), written aside and renamed into place."""
    if not isinstance(db, Database):
        db = open_database(db)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(partial, "wb") as stream:
        count = write_export(db, stream, filters)
    os.replace(partial, path)
    return count


def get_article_record(db: Database, article_id: int) -> dict | None:
    """One article as its export record, or None when there is no such id."""
    return next(iter_article_records(db, ExportFilters(ids=(article_id,))), None)


def iter_article_records(db: Database, filters: ExportFilters | None = None) -> Iterator[dict]:
    """One export dict per matching article, in id order."""
    where, params = (filters or ExportFilters()).where()
    selected = f"SELECT id FROM articles WHERE {where}"
    with _read_snapshot(db):
        articles = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE {where} ORDER BY id", params)
        authors = _Grouped(db.execute(
            f"""SELECT aa.article_id, au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
                WHERE aa.article_id IN ({selected}) ORDER BY aa.article_id, aa.position""", params))
        sections = _Grouped(db.execute(
            f"""SELECT article_id, section_index, heading FROM sections
                WHERE article_id IN ({selected}) ORDER BY article_id, section_index""", params))
        blocks = _Grouped(db.execute(
            f"""SELECT article_id, section_index, kind, text, speaker, role FROM blocks
                WHERE article_id IN ({selected}) ORDER BY article_id, section_index, position""", params))
        quotes = _Grouped(db.execute(
            f"""SELECT article_id, text, speaker, role, kind FROM quotes
                WHERE article_id IN ({selected}) ORDER BY article_id, position""", params))
        for row in articles:
            article_id = row[0]
            yield _record(
                row, authors.take(article_id), sections.take(article_id),
                blocks.take(article_id), quotes.take(article_id),
            )


def _record(row: tuple, authors: list, sections: list, blocks: list, quotes: list) -> dict:
    (article_id, url, canonical_url, title, published, modified, section, lead, site, language, nav,
     published_raw, modified_raw, parser, quality_flags, content_hash, fetched_at, first_seen_at,
     last_seen_at, changed_at, removed_at, duplicate_of) = row
    return {
        "url": url,
        "canonical_url": canonical_url,
        "title": title,
        "published": published,
        "modified": modified,
        "authors": [name for _, name in authors],
        "section": section,
        "lead": lead,
        "body": _body(sections, blocks),
        "quotes": [
            {"text": text, "speaker": speaker, "role": role, "kind": kind}
            for _, text, speaker, role, kind in quotes
        ],
        "id": article_id,
        "site": site,
        "language": language,
        "nav": orjson.Fragment(nav),
        "published_raw": published_raw,
        "modified_raw": modified_raw,
        "parser": parser,
        "quality_flags": orjson.Fragment(quality_flags),
        "content_hash": content_hash,
        "fetched_at": fetched_at,
        "first_seen_at": first_seen_at,
        "last_seen_at": last_seen_at,
        "changed_at": changed_at,
        "removed_at": removed_at,
        "duplicate_of": duplicate_of,
    }


def _body(sections: list, blocks: list) -> list[dict]:
    body = [{"heading": heading, "blocks": []} for _, _, heading in sections]
    for _, section_index, kind, text, speaker, role in blocks:
        block = {"kind": kind, "text": text}
        if kind == "quote" or speaker or role:
            block["speaker"] = speaker
            block["role"] = role
        body[section_index]["blocks"].append(block)
    return body


class _Grouped:
    """Rows ordered by article_id (first column), handed out one article at a time."""

    def __init__(self, rows: Iterable[tuple]):
        self._groups = groupby(rows, key=itemgetter(0))
        self._advance()

    def _advance(self) -> None:
        self._article_id, self._rows = next(self._groups, (None, None))

    def take(self, article_id: int) -> list[tuple]:
        """The rows of `article_id`, skipping groups of lower ids (articles not selected)."""
        while self._article_id is not None and self._article_id < article_id:
            self._advance()
        if self._article_id != article_id:
            return []
        rows = list(self._rows)
        self._advance()
        return rows


@contextmanager
def _read_snapshot(db: Database) -> Iterator[None]:
    """One read transaction around several cursors (reuses the caller's transaction if open)."""
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")
