"""Helpers for the storage tests: a small realistic article, storing through StorePipeline, row counts.

Run as a script it is the crash test's victim: `python -m tests.store_support DB COUNT ROUND once|forever`
stores articles 0..COUNT-1 (every fifth one's title depends on ROUND, so reruns also update and
keep revisions) in small batches, printing "ready" once the run is open; `forever` starts over
with the next round until it is killed.
"""

from __future__ import annotations

import sys

from crawler.items import Article, Block, FetchedPage, Quote, Section
from pipelines.store import StoreConfig, StorePipeline
from storage.database import open_database

WORDS = "the minister said on tuesday that the new budget would raise spending on schools and hospitals".split()


def make_article(n: int = 1, *, text: str | None = None, title: str | None = None, url: str | None = None) -> Article:
    """A small article whose text differs per `n` unless `text` is given."""
    url = url or f"https://news.example/world/{n}-story/"
    body_text = text or " ".join(f"{word}{n}" if i % 3 == 0 else word for i, word in enumerate(WORDS * 4))
    return Article(
        url=url,
        canonical_url=url,
        site="example",
        title=title or f"Story {n}",
        published="2025-09-23T10:00:00+03:00",
        published_raw="23.09.2025 10:00",
        authors=["Ann Writer", "Bob Editor"],
        nav=["World", "Society"],
        section="World",
        lead="What happened.",
        language="en",
        body=[
            Section(None, [Block("paragraph", body_text), Block("quote", "We will win.", "Kim Jong Un", "Leader")]),
            Section("Reactions", [Block("paragraph", "Others disagreed."), Block("list", "one\ntwo")]),
        ],
        quotes=[Quote("We will win.", "Kim Jong Un", "Leader", "block"), Quote("never", "Jo Doe", None, "partial")],
        parser="generic@1",
        quality_flags=[],
        fetched_at="2025-09-23T12:00:00+00:00",
        page=FetchedPage(url=url, body=b"<html>" + body_text.encode() + b"</html>", headers={"etag": '"x1"'},
                         fetched_at="2025-09-23T12:00:00+00:00"),
    )


def downgrade(db_path, version: int) -> None:
    """Undo the schema migrations after `version` (2 to 6), as a database made by an older newsdesk
    would be, articles kept (their export heads go with version 3)."""
    db = open_database(db_path)
    for table in ("images", "article_topics"):  # version 7
        db.execute(f"DROP TABLE {table}")
    for table, column in (("articles", "publisher"), ("articles", "free_access"), ("blocks", "image_position")):
        db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    if version < 6:
        db.execute("ALTER TABLE articles DROP COLUMN page_type")
    if version < 3:
        db.execute("DROP TABLE article_exports")
        db.execute("DROP INDEX articles_export_tail")
        db.execute("DROP TABLE fts_deferral")  # version 4's table (its triggers are recreated by it)
    db.execute("DELETE FROM schema_migrations WHERE version > ?", [version])
    db.execute(f"PRAGMA user_version = {version:d}")
    db.close()


def store(db_path, items, *, reason="finished", batch_size=100):
    """Store `items` through a StorePipeline run from open to close; returns the pipeline."""
    pipeline = StorePipeline(StoreConfig(db_path=str(db_path), batch_size=batch_size), spider_name="test")
    pipeline.open_spider()
    for item in items:
        pipeline.process_item(item)
    pipeline.close_spider()
    pipeline.spider_closed(reason)
    return pipeline


def counts(db_path) -> dict[str, int]:
    """Rows per table."""
    db = open_database(db_path)
    return {table: db[table].count for table in (
        "articles", "sections", "blocks", "quotes", "authors", "article_authors", "article_urls",
        "raw_pages", "rejects", "article_revisions", "crawl_runs")}


def crash_victim_article(n: int, round_: int) -> Article:
    """Article `n` as stored in round `round_` of the crash test."""
    return make_article(n, title=f"Story {n}, version {round_ % 2}" if n % 5 == 0 else None)


def main(db_path: str, count: int, round_: int, forever: bool) -> None:
    """Store the crash test's articles in batches of 7 (so a kill often lands mid-batch);
    `forever` keeps storing them again, a round further each pass, until the process is killed."""
    pipeline = StorePipeline(StoreConfig(db_path=db_path, batch_size=7), spider_name="crash-test")
    pipeline.open_spider()
    print("ready", flush=True)
    while True:
        for n in range(count):
            pipeline.process_item(crash_victim_article(n, round_))
        if not forever:
            break
        round_ += 1
    pipeline.close_spider()
    pipeline.spider_closed("finished")
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "forever")
