"""StorePipeline: articles, rejects and run records into SQLite, in batches, crash-safe.

Items are buffered and written in one transaction per batch (every `NEWS_STORE_BATCH_SIZE` items
or `NEWS_STORE_BATCH_SECONDS`, when the spider goes idle, and at close); the batch's new articles
and quotes go into the full-text indexes at its end (`pipelines.fulltext`). Inside a batch each item
is its own savepoint, so an article and all its child rows land together or not at all, and one
bad item does not lose the others. A process killed mid-batch loses only that uncommitted batch;
the next run stores it again (upserts are idempotent).

Per article (`write_article`): upsert by canonical URL (or, failing that, by a URL the article
was fetched from before). New -> insert with children and check
for duplicates. Known and identical -> only `last_seen_at` moves. Known and changed -> the old
version goes to `article_revisions` when the text changed, the row and its children are replaced.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

import orjson
from sqlite_utils import Database

from crawler.items import Article, FetchedPage, Reject
from pipelines import dedupe
from pipelines.database import DEFAULT_DB, open_database, savepoint, transaction, utc_now
from pipelines.export import get_article_record, store_export_head
from pipelines.fulltext import deferred_indexing, indexing_now
from pipelines.rows import article_rows, raw_page_row

logger = logging.getLogger(__name__)

OUTCOMES = ("new", "updated", "unchanged", "duplicate")
"""What storing an article did; each is a stats key `news/store/<outcome>`."""

RUN_STATUS_BY_REASON = {"finished": "ok", "shutdown": "interrupted"}
"""Scrapy close reason -> crawl_runs.status; any other reason is "failed"."""


@dataclass(frozen=True)
class StoreConfig:
    """Where and how the store pipeline writes."""

    db_path: str = DEFAULT_DB
    """SQLite file (setting `NEWS_DB`)."""
    batch_size: int = 100
    """Commit after this many items (setting `NEWS_STORE_BATCH_SIZE`)."""
    batch_seconds: float = 2.0
    """...or when the oldest buffered item is this old (setting `NEWS_STORE_BATCH_SECONDS`)."""
    raw_pages: bool = True
    """Keep the fetched bytes of every article for re-parsing (setting `NEWS_STORE_RAW_PAGES`)."""

    @classmethod
    def from_settings(cls, settings: Any) -> StoreConfig:
        """Read the `NEWS_*` settings (a Scrapy `Settings` object)."""
        return cls(
            db_path=settings.get("NEWS_DB") or DEFAULT_DB,
            batch_size=settings.getint("NEWS_STORE_BATCH_SIZE", cls.batch_size),
            batch_seconds=settings.getfloat("NEWS_STORE_BATCH_SECONDS", cls.batch_seconds),
            raw_pages=settings.getbool("NEWS_STORE_RAW_PAGES", cls.raw_pages),
        )


class StorePipeline:
    """Scrapy item pipeline that stores `Article` and `Reject` items (and dropped items as rejects)."""

    def __init__(self, config: StoreConfig, *, stats: Any = None, spider_name: str = "newsdesk", crawler: Any = None):
        self.config = config
        self.stats = stats
        self.crawler = crawler
        self.spider_name = spider_name
        self.db: Database | None = None
        self.run_id: int | None = None
        self.counts = dict.fromkeys((*OUTCOMES, "rejects", "errors"), 0)
        self._pending: list[Any] = []
        self._oldest_pending = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        """Build from the crawler's settings and hook the signals the pipeline needs."""
        from scrapy import signals  # here, so storing without a crawl does not load Scrapy

        pipeline = cls(StoreConfig.from_settings(crawler.settings), stats=crawler.stats, crawler=crawler)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    # -- Scrapy hooks -------------------------------------------------------------------

    def open_spider(self) -> None:
        """Open the database and record the start of a run."""
        if self.crawler is not None and self.crawler.spider is not None:
            self.spider_name = self.crawler.spider.name
        self.db = open_database(self.config.db_path)
        with transaction(self.db):
            self.run_id = self.db.execute(
                "INSERT INTO crawl_runs (spider, started_at, status, pid) VALUES (?, ?, 'running', ?)",
                [self.spider_name, utc_now(), os.getpid()],
            ).lastrowid

    def process_item(self, item: Any) -> Any:
        """Buffer an Article or Reject; commit the buffer when it is full or old enough."""
        if isinstance(item, (Article, Reject)):
            self._buffer(item)
        return item

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """An earlier pipeline dropped an item: keep it as a reject with the exception as reason."""
        url = getattr(item, "url", None) or (item.get("url") if isinstance(item, dict) else None)
        page = item.page if isinstance(item, Article) else item if isinstance(item, FetchedPage) else None
        stage = getattr(exception, "stage", None) or ("parse" if isinstance(item, FetchedPage) else "validate")
        reason = str(exception) or type(exception).__name__
        self._buffer(Reject(url=url or "", reason=reason, stage=stage, status=page.status if page else None))

    def spider_idle(self) -> None:
        """Nothing is being crawled right now: commit what is buffered so readers see it."""
        self.flush()

    def close_spider(self) -> None:
        """Commit whatever is still buffered."""
        self.flush()

    def spider_closed(self, reason: str = "finished") -> None:
        """Close the run record (status from Scrapy's close reason, counts, stats) and the database."""
        if self.db is None:
            return
        self.flush()
        stats = self.stats.get_stats() if self.stats is not None else {}
        responses = {
            key.rsplit("/", 1)[1]: value
            for key, value in stats.items()
            if key.startswith("downloader/response_status_count/")
        }
        with transaction(self.db):
            self.db.execute(
                """UPDATE crawl_runs SET finished_at = ?, status = ?, close_reason = ?, requests = ?,
                   responses = ?, new = ?, updated = ?, unchanged = ?, duplicates = ?, rejects = ?,
                   errors = ?, stats = ? WHERE id = ?""",
                [
                    utc_now(), RUN_STATUS_BY_REASON.get(reason, "failed"), reason,
                    stats.get("downloader/request_count"), orjson.dumps(responses).decode(),
                    self.counts["new"], self.counts["updated"], self.counts["unchanged"],
                    self.counts["duplicate"], self.counts["rejects"], self.counts["errors"],
                    orjson.dumps(stats, default=str, option=orjson.OPT_NON_STR_KEYS).decode(),
                    self.run_id,
                ],
            )
        self.db.close()
        self.db = None

    # -- batching -------------------------------------------------------------------------

    def _buffer(self, item: Any) -> None:
        if not self._pending:
            self._oldest_pending = time.monotonic()
        self._pending.append(item)
        if (
            len(self._pending) >= self.config.batch_size
            or time.monotonic() - self._oldest_pending >= self.config.batch_seconds
        ):
            self.flush()

    def flush(self) -> None:
        """Write every buffered item in one transaction (each item atomic on its own).

        An item that fails is rolled back alone and counted as an error; when the commit itself
        fails (disk full, locked too long), the whole batch is counted as errors and the crawl
        goes on: the next run stores those pages again.
        """
        if not self._pending or self.db is None:
            return
        batch, self._pending = self._pending, []
        now = utc_now()
        outcomes = []
        try:
            with transaction(self.db), deferred_indexing(self.db):
                for item in batch:
                    try:
                        with savepoint(self.db):
                            outcomes.append(self._write(item, now))
                    except Exception:
                        logger.exception("could not store %s", getattr(item, "url", item))
                        outcomes.append("errors")
        except sqlite3.Error:
            logger.exception("could not commit a batch of %d items", len(batch))
            outcomes = ["errors"] * len(batch)
        for outcome in outcomes:
            self.counts[outcome] += 1
            if self.stats is not None:
                self.stats.inc_value(f"news/store/{outcome}")

    def _write(self, item: Any, now: str) -> str:
        if isinstance(item, Reject):
            write_reject(self.db, item, self.run_id, now)
            return "rejects"
        return write_article(self.db, item, self.run_id, now, keep_raw_page=self.config.raw_pages)


def write_reject(db: Database, reject: Reject, run_id: int | None, now: str) -> None:
    """One `rejects` row."""
    db.execute(
        "INSERT INTO rejects (url, reason, stage, status, run_id, at) VALUES (?, ?, ?, ?, ?, ?)",
        [reject.url, reject.reason, reject.stage, reject.status, run_id, now],
    )


def write_article(db: Database, article: Article, run_id: int | None, now: str, *, keep_raw_page: bool = True) -> str:
    """Upsert one normalized article (`NormalizePipeline` ran) with its children (caller holds the
    transaction); return the outcome."""
    rows = article_rows(article)
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
        duplicate_of = dedupe.register_article(db, article_id, rows.article["content_hash"], rows.article["text"])
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
                duplicate_of = dedupe.register_article(
                    db, article_id, rows.article["content_hash"], rows.article["text"]
                )
                db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", [duplicate_of, article_id])
            outcome = "updated"
    db.execute("INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)", [article.url, article_id])
    if keep_raw_page and article.page is not None:
        _store_raw_page(db, article.page, article_id)
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
    for table in ("sections", "blocks", "quotes", "article_authors"):
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
        "INSERT INTO blocks (article_id, section_index, position, kind, text, speaker, role)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(article_id, *block) for block in rows.blocks],
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
    """Copy the article's current version (as its export record) into `article_revisions`.

    The version was first seen by the fetch that stored it (`fetched_at`, which an unchanged
    re-fetch does not move) and last seen at the article's `last_seen_at`.
    """
    record = get_article_record(db, article_id)
    revision = db.execute(
        "SELECT coalesce(max(revision), 0) + 1 FROM article_revisions WHERE article_id = ?", [article_id]
    ).fetchone()[0]
    db.execute(
        """INSERT INTO article_revisions (article_id, revision, content_hash, title, published, modified,
           parser, seen_from, seen_until, replaced_at, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            article_id, revision, record["content_hash"], record["title"], record["published"],
            record["modified"], record["parser"], record["fetched_at"] or record["first_seen_at"], seen_until,
            now, orjson.dumps(record).decode(),
        ],
    )


def _store_raw_page(db: Database, page: FetchedPage, article_id: int) -> None:
    """Keep the page's bytes (one row per URL, the latest fetch); skip a page already stored as is."""
    stored = db.execute("SELECT fetched_at FROM raw_pages WHERE url = ?", [page.url]).fetchone()
    if stored is not None and page.fetched_at is not None and stored[0] == page.fetched_at:
        return
    row = {**raw_page_row(page), "article_id": article_id}
    columns = ", ".join(row)
    db.execute(
        f"""INSERT INTO raw_pages ({columns}) VALUES ({", ".join(f":{name}" for name in row)})
            ON CONFLICT (url) DO UPDATE SET {", ".join(f"{name} = excluded.{name}" for name in row if name != "url")}""",
        row,
    )
