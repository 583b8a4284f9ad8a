"""The article writer: one normalized article (or reject) into its rows, inside the caller's transaction.

Per article (`write_article`): upsert by canonical URL (or, failing that, by a URL the article
was fetched from before). New -> insert with children and check for duplicates. Known and
identical -> only `last_seen_at` moves. Known and changed -> the old version goes to
`article_revisions` when the text changed, the row and its children are replaced.

The distributed writer hands in what its workers computed already (`Precomputed`: the MinHash
signature, the compressed page), so the one writer only writes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

from crawler.items import Article, FetchedPage, Reject
from storage import dedupe
from storage.fulltext import indexing_now
from storage.heads import store_export_head, stored_line
from storage.rows import article_rows, raw_page_row

OUTCOMES = ("new", "updated", "unchanged", "duplicate")
"""What storing an article did."""
REJECTED = "rejects"
"""What storing a reject did."""


@dataclass(frozen=True)
class Precomputed:
    """What was computed from an article before it reached the writer (by a distributed worker)."""

    signature: np.ndarray | None
    """`storage.dedupe.signature` of its text (None: too short to have one)."""
    compressed_body: bytes | None
    """`storage.rows.compress_body` of its page's bytes (None: compress them here)."""


def write_item(db: Database, item: Article | Reject, run_id: int | None, now: str, *, keep_raw_page: bool = True,
               precomputed: Precomputed | None = None) -> str:
    """Store an article (one of `OUTCOMES`) or a reject (`REJECTED`); the caller holds the transaction."""
    if isinstance(item, Reject):
        write_reject(db, item, run_id, now)
        return REJECTED
    return write_article(db, item, run_id, now, keep_raw_page=keep_raw_page, precomputed=precomputed)


def write_reject(db: Database, reject: Reject, run_id: int | None, now: str) -> None:
    """One `rejects` row."""
    db.execute(
        "INSERT INTO rejects (url, reason, stage, status, run_id, at) VALUES (?, ?, ?, ?, ?, ?)",
        [reject.url, reject.reason, reject.stage, reject.status, run_id, now],
    )


def write_article(db: Database, article: Article, run_id: int | None, now: str, *, keep_raw_page: bool = True,
                  precomputed: Precomputed | None = None) -> str:
    """Upsert one normalized article (`NormalizePipeline` ran) with its children (caller holds the
    transaction); return the outcome."""
    rows = article_rows(article)

    def register(article_id: int) -> int | None:
        sig = precomputed.signature if precomputed is not None else dedupe.signature(rows.article["text"])
        return dedupe.register_article(db, article_id, rows.article["content_hash"], sig)

    seen_at = article.fetched_at or now
    existing = db.execute(
        "SELECT id, content_hash, extract_hash, last_seen_at FROM articles WHERE canonical_url = ?",
        [rows.key],
    ).fetchone() or db.execute(
        # The same page now names another canonical URL (a parser that reads it better, a site that
        # changed its canonical form): still the same article, which takes the new canonical URL.
        """SELECT a.id, a.content_hash, a.extract_hash, a.last_seen_at
           FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url = ?""",
        [article.url],
    ).fetchone()
    if existing is None:
        article_id = _insert_article(db, rows, seen_at, now, run_id)
        duplicate_of = register(article_id)
        if duplicate_of is not None:
            db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", [duplicate_of, article_id])
        outcome = "new" if duplicate_of is None else "duplicate"
    else:
        article_id, old_content_hash, old_extract_hash, last_seen_at = existing
        if old_extract_hash == rows.article["extract_hash"]:
            db.execute(
                "UPDATE articles SET last_seen_at = max(last_seen_at, ?), last_run_id = ?, removed_at = NULL"
                " WHERE id = ?",
                [seen_at, run_id, article_id],
            )
            outcome = "unchanged"
        else:
            text_changed = old_content_hash != rows.article["content_hash"]
            if text_changed:
                _save_revision(db, article_id, seen_until=last_seen_at, now=now)
            with indexing_now(db):
                _replace_article(db, article_id, rows, seen_at, now, run_id)
            if text_changed:
                dedupe.unindex_signature(db, article_id)
                duplicate_of = register(article_id)
                db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", [duplicate_of, article_id])
            outcome = "updated"
    db.execute("INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)", [article.url, article_id])
    if keep_raw_page and article.page is not None:
        _store_raw_page(db, article.page, article_id, precomputed.compressed_body if precomputed else None)
    return outcome


def _insert_article(db: Database, rows, seen_at: str, now: str, run_id: int | None) -> int:
    row = {
        **rows.article, "first_seen_at": seen_at, "last_seen_at": seen_at, "changed_at": now,
        "first_run_id": run_id, "last_run_id": run_id,
    }
    columns = ", ".join(row)
    placeholders = ", ".join(f":{name}" for name in row)
    article_id = db.execute(f"INSERT INTO articles ({columns}) VALUES ({placeholders})", row).lastrowid
    _insert_children(db, article_id, rows, url=row["url"], first_seen_at=seen_at)
    return article_id


def _replace_article(db: Database, article_id: int, rows, seen_at: str, now: str, run_id: int | None) -> None:
    fields = {name: value for name, value in rows.article.items() if name != "url"}
    assignments = ", ".join(f"{name} = :{name}" for name in fields)
    db.execute(
        f"""UPDATE articles SET {assignments}, changed_at = :now, last_run_id = :run_id, removed_at = NULL,
            last_seen_at = max(last_seen_at, :seen_at) WHERE id = :article_id""",
        {**fields, "now": now, "run_id": run_id, "seen_at": seen_at, "article_id": article_id},
    )
    for table in ("sections", "blocks", "quotes", "article_authors", "images", "article_topics"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
    _insert_children(db, article_id, rows)


def _insert_children(
    db: Database, article_id: int, rows, *, url: str | None = None, first_seen_at: str | None = None
) -> None:
    db.conn.executemany(
        "INSERT INTO sections (article_id, section_index, heading) VALUES (?, ?, ?)",
        [(article_id, *section) for section in rows.sections],
    )
    db.conn.executemany(
        "INSERT INTO blocks (article_id, section_index, position, kind, text, speaker, role, image_position)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, *block) for block in rows.blocks],
    )
    db.conn.executemany(
        "INSERT INTO images (article_id, position, url, caption, alt, credits, is_cover, width, height)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, *image) for image in rows.images],
    )
    db.conn.executemany(
        "INSERT INTO article_topics (article_id, position, topic) VALUES (?, ?, ?)",
        [(article_id, position, topic) for position, topic in enumerate(rows.topics)],
    )
    db.conn.executemany(
        "INSERT INTO quotes (article_id, position, text, speaker, role, kind) VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, *quote) for quote in rows.quotes],
    )
    for position, name in enumerate(rows.authors):
        author_id = db.execute(
            "INSERT INTO authors (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name"
            " RETURNING id",
            [name],
        ).fetchone()[0]
        db.execute(
            "INSERT INTO article_authors (article_id, position, author_id) VALUES (?, ?, ?)",
            [article_id, position, author_id],
        )
    store_export_head(db, article_id, rows, url=url, first_seen_at=first_seen_at)


def _save_revision(db: Database, article_id: int, *, seen_until: str, now: str) -> None:
    """Copy the article's current version into `article_revisions`: its row's fields and, as the
    full record, its stored export line (head and tail as they stand, not parsed again).

    The version was first seen by the fetch that stored it (`fetched_at`, which an unchanged
    re-fetch does not move) and last seen at the article's `last_seen_at`.
    """
    content_hash, title, published, modified, parser, seen_from = db.execute(
        "SELECT content_hash, title, published, modified, parser, coalesce(fetched_at, first_seen_at)"
        " FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    revision = db.execute(
        "SELECT coalesce(max(revision), 0) + 1 FROM article_revisions WHERE article_id = ?", [article_id]
    ).fetchone()[0]
    db.execute(
        """INSERT INTO article_revisions (article_id, revision, content_hash, title, published, modified,
           parser, seen_from, seen_until, replaced_at, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            article_id, revision, content_hash, title, published, modified, parser, seen_from, seen_until, now,
            stored_line(db, article_id).decode(),
        ],
    )


def _store_raw_page(db: Database, page: FetchedPage, article_id: int, compressed: bytes | None = None) -> None:
    """Keep the page's bytes (one row per URL, the latest fetch); skip a page already stored as is."""
    stored = db.execute("SELECT fetched_at FROM raw_pages WHERE url = ?", [page.url]).fetchone()
    if stored is not None and page.fetched_at is not None and stored[0] == page.fetched_at:
        return
    row = {**raw_page_row(page, compressed), "article_id": article_id}
    columns = ", ".join(row)
    db.execute(
        f"""INSERT INTO raw_pages ({columns}) VALUES ({", ".join(f":{name}" for name in row)})
            ON CONFLICT (url) DO UPDATE SET {", ".join(f"{name} = excluded.{name}" for name in row if name != "url")}""",
        row,
    )
