"""StorePipeline and the schema: upserts, children, rejects, runs, revisions, idempotence."""

from __future__ import annotations

import sqlite3

import orjson
import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from sqlite_utils import Database

from crawler.items import FetchedPage, Quote, Reject
from pipelines.store import StoreConfig, StorePipeline
from storage.database import open_database
from storage.schema import (
    SCHEMA_VERSION,
    SchemaError,
    create_initial_schema,
    schema_version,
)
from tests.store_support import counts, make_article, store


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "news.db"


def test_new_database_is_migrated_to_the_current_version(db_path):
    db = open_database(db_path)
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert open_database(db_path)["schema_migrations"].count == SCHEMA_VERSION


def test_an_older_database_is_migrated_in_place(db_path):
    old = Database(sqlite3.connect(db_path, isolation_level=None))
    create_initial_schema(old)
    old.execute("PRAGMA user_version = 1")
    old.close()
    db = open_database(db_path)
    assert schema_version(db) == SCHEMA_VERSION
    assert "hints" in db["raw_pages"].columns_dict


def test_a_database_from_a_newer_version_is_refused(db_path):
    open_database(db_path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaError):
        open_database(db_path)


def test_article_is_stored_with_its_children(db_path):
    pipeline = store(db_path, [make_article(1)])
    assert pipeline.counts["new"] == 1
    assert counts(db_path) == {
        "articles": 1, "sections": 2, "blocks": 4, "quotes": 2, "authors": 2, "article_authors": 2,
        "article_urls": 1, "raw_pages": 1, "rejects": 0, "article_revisions": 0, "crawl_runs": 1,
    }
    db = open_database(db_path)
    block = db.execute("SELECT kind, speaker, role FROM blocks WHERE kind = 'quote'").fetchone()
    assert block == ("quote", "Kim Jong Un", "Leader")


def test_storing_the_same_article_twice_adds_no_rows(db_path):
    store(db_path, [make_article(1), make_article(2)])
    before = counts(db_path)
    second = store(db_path, [make_article(1), make_article(2), make_article(1)])
    after = counts(db_path)
    assert second.counts["unchanged"] == 3
    assert {k: v for k, v in after.items() if k != "crawl_runs"} == {
        k: v for k, v in before.items() if k != "crawl_runs"}


def test_unchanged_article_only_moves_last_seen(db_path):
    store(db_path, [make_article(1)])
    later = make_article(1)
    later.fetched_at = "2025-09-24T12:00:00+00:00"
    store(db_path, [later])
    row = open_database(db_path).execute("SELECT first_seen_at, last_seen_at FROM articles").fetchone()
    assert row == ("2025-09-23T12:00:00+00:00", "2025-09-24T12:00:00+00:00")


def test_changed_article_keeps_the_old_version_as_a_revision(db_path):
    store(db_path, [make_article(1)])
    store(db_path, [make_article(1, title="Story 1, updated")])
    db = open_database(db_path)
    assert db.execute("SELECT title FROM articles").fetchall() == [("Story 1, updated",)]
    revisions = db.execute("SELECT revision, title FROM article_revisions").fetchall()
    assert revisions == [(1, "Story 1")]
    assert db["blocks"].count == 4


def test_rejects_and_run_record(db_path):
    pipeline = store(db_path, [make_article(1), Reject("https://news.example/missing", "http 404", "fetch", 404)],
                     reason="shutdown")
    db = open_database(db_path)
    reject = db.execute("SELECT url, reason, stage, status, run_id FROM rejects").fetchone()
    assert reject == ("https://news.example/missing", "http 404", "fetch", 404, pipeline.run_id)
    run = db.execute("SELECT spider, status, new, rejects, finished_at IS NOT NULL FROM crawl_runs").fetchone()
    assert run == ("test", "interrupted", 1, 1, 1)


def test_from_crawler_reads_settings_and_records_dropped_items(db_path):
    crawler = get_crawler(settings_dict={"NEWS_DB": str(db_path), "NEWS_STORE_BATCH_SIZE": 7})
    pipeline = StorePipeline.from_crawler(crawler)
    assert pipeline.config.db_path == str(db_path)
    assert pipeline.config.batch_size == 7
    pipeline.open_spider()
    page = FetchedPage(url="https://news.example/tag/war/", body=b"<html></html>", status=200)
    pipeline.item_dropped(item=page, exception=DropItem("not an article: no body text"))
    pipeline.close_spider()
    pipeline.spider_closed("finished")
    db = open_database(db_path)
    assert db.execute("SELECT url, reason, stage, status FROM rejects").fetchone() == (
        "https://news.example/tag/war/", "not an article: no body text", "parse", 200)
    assert db.execute("SELECT status FROM crawl_runs").fetchone() == ("ok",)


def test_a_failing_article_is_rolled_back_alone(db_path):
    broken = make_article(2)
    broken.quotes.append(Quote(None, "Nobody"))  # quotes.text is NOT NULL: fails after the article row
    pipeline = store(db_path, [make_article(1), broken, make_article(3)])
    assert pipeline.counts["new"] == 2 and pipeline.counts["errors"] == 1
    db = open_database(db_path)
    assert [row[0] for row in db.execute("SELECT title FROM articles ORDER BY id")] == ["Story 1", "Story 3"]
    assert db.execute("SELECT count(*) FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)").fetchone() == (0,)
    assert db.execute("SELECT errors FROM crawl_runs").fetchone() == (1,)


def test_revision_records_when_the_old_version_was_seen(db_path):
    store(db_path, [make_article(1)])
    again = make_article(1)
    again.fetched_at = "2025-09-24T12:00:00+00:00"
    store(db_path, [again])
    edited = make_article(1, title="Story 1, corrected")
    edited.fetched_at = "2025-09-25T12:00:00+00:00"
    store(db_path, [edited])
    db = open_database(db_path)
    assert db.execute("SELECT seen_from, seen_until FROM article_revisions").fetchone() == (
        "2025-09-23T12:00:00+00:00", "2025-09-24T12:00:00+00:00")
    assert db.execute("SELECT first_seen_at, last_seen_at, fetched_at FROM articles").fetchone() == (
        "2025-09-23T12:00:00+00:00", "2025-09-25T12:00:00+00:00", "2025-09-25T12:00:00+00:00")


def test_buffered_items_are_committed_when_the_spider_goes_idle_or_the_batch_is_old(db_path):
    pipeline = StorePipeline(StoreConfig(db_path=str(db_path), batch_size=100), spider_name="test")
    pipeline.open_spider()
    pipeline.process_item(make_article(1))
    reader = open_database(db_path, "read")

    def stored() -> int:
        return reader.execute("SELECT count(*) FROM articles").fetchone()[0]

    assert stored() == 0
    pipeline.spider_idle()
    assert stored() == 1
    pipeline.spider_closed("finished")

    timed = StorePipeline(StoreConfig(db_path=str(db_path), batch_size=100, batch_seconds=0), spider_name="test")
    timed.open_spider()
    timed.process_item(make_article(2))
    assert stored() == 2
    timed.spider_closed("finished")


def test_run_record_keeps_scrapy_stats_and_responses_by_status(db_path):
    crawler = get_crawler(settings_dict={"NEWS_DB": str(db_path)})
    crawler.stats.open_spider()
    crawler.stats.set_value("downloader/request_count", 5)
    crawler.stats.set_value("downloader/response_status_count/200", 4)
    crawler.stats.set_value("downloader/response_status_count/404", 1)
    pipeline = StorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.process_item(make_article(1))
    pipeline.close_spider()
    pipeline.spider_closed("cancelled")
    db = open_database(db_path)
    status, requests, responses, stats, new = db.execute(
        "SELECT status, requests, responses, stats, new FROM crawl_runs").fetchone()
    assert (status, requests, new) == ("failed", 5, 1)
    assert orjson.loads(responses) == {"200": 4, "404": 1}
    assert orjson.loads(stats)["news/store/new"] == 1


def test_a_page_that_now_names_another_canonical_url_stays_one_article(db_path):
    first = make_article(1, url="https://news.example/world/1-story/?page=1")
    first.canonical_url = first.url  # an older parser missed the page's rel=canonical
    store(db_path, [first])
    again = make_article(1, url="https://news.example/world/1-story/?page=1")
    again.canonical_url = "https://news.example/world/1-story/"
    store(db_path, [again])
    db = open_database(db_path)
    assert db.execute("SELECT id, canonical_url FROM articles").fetchall() == [(1, "https://news.example/world/1-story/")]


def test_the_revisit_state_dates_an_article_by_its_publication_else_by_when_it_was_first_seen(db_path):
    from storage.revisit import DatabaseRevisitState

    dated, undated = make_article(1), make_article(2)
    undated.published = None
    store(db_path, [dated, undated])
    state = DatabaseRevisitState(open_database(db_path))
    assert state.article(dated.url)["dated"].isoformat() == "2025-09-23T10:00:00+03:00"
    first_seen = open_database(db_path).execute("SELECT first_seen_at FROM articles WHERE url = ?", [undated.url]).fetchone()[0]
    found = state.article(undated.url)
    assert found["dated"] is not None and found["dated"].isoformat().startswith(first_seen[:19])
    assert found["etag"] == '"x1"'
    assert state.article("https://news.example/unknown/") is None
