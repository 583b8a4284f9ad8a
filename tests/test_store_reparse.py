"""Reparse: stored raw pages go through today's parsers again and upgrade the stored article."""

from __future__ import annotations

import zlib

from crawler.items import Article, Block, FetchedPage, Section
from storage.database import open_database
from storage.raw_pages import iter_raw_pages
from storage.rows import RAW_COMPRESSION, decompress_body, raw_page_row
from tests.helpers import REPO, run_newsdesk
from tests.store_support import make_article, store

REFERENCE_URL = "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/"
REFERENCE_HTML = REPO / "tests/fixtures/sites/pravda/2025-09-23_north-korea-blood-debt.html"


def stale_reference_article() -> Article:
    """The reference page as an older, worse parser might have stored it."""
    page = FetchedPage(url=REFERENCE_URL, body=REFERENCE_HTML.read_bytes(), headers={"content-type": "text/html"},
                       fetched_at="2025-09-23T12:00:00+00:00", site="pravda",
                       hints={"published": "2025-09-23"})
    return Article(url=REFERENCE_URL, canonical_url=REFERENCE_URL, site="pravda", title="North Korea",
                   body=[Section(None, [Block("paragraph", "Only the first paragraph.")])], parser="pravda@0",
                   fetched_at=page.fetched_at, page=page)


def test_iter_raw_pages_round_trips_and_filters(tmp_path):
    db_path = tmp_path / "news.db"
    other = make_article(2)
    other.page.fetched_at = "2024-01-01T00:00:00+00:00"
    store(db_path, [stale_reference_article(), other])
    db = open_database(db_path)
    pages = list(iter_raw_pages(db))
    assert [page.url for page in pages] == [REFERENCE_URL, other.url]
    assert pages[0].body == REFERENCE_HTML.read_bytes()
    assert pages[0].headers == {"content-type": "text/html"}
    assert pages[0].site == "pravda"
    assert pages[0].hints == {"published": "2025-09-23"}
    assert [page.url for page in iter_raw_pages(db, site="pravda")] == [REFERENCE_URL]
    assert [page.url for page in iter_raw_pages(db, since="2025-01-01")] == [REFERENCE_URL]


def test_reparse_command_upgrades_the_article_and_keeps_the_old_version(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [stale_reference_article()])
    result = run_newsdesk("reparse", "--db", str(db_path))
    assert result.returncode == 0, result.stderr[-3000:]
    db = open_database(db_path)
    assert db.execute("SELECT title FROM articles").fetchall() == [
        ("North Korea Claims 'Blood Debt' to Russia Through Kursk Operations",)]
    assert db.execute("SELECT revision, title, parser FROM article_revisions").fetchall() == [
        (1, "North Korea", "pravda@0")]
    assert db.execute("SELECT count(*) FROM blocks WHERE kind = 'quote'").fetchone()[0] == 3
    assert db["raw_pages"].count == 1
    assert db.execute("SELECT spider, status FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone() == ("replay", "ok")


def test_raw_pages_written_as_zlib_by_earlier_versions_still_read():
    page = stale_reference_article().page
    row = raw_page_row(page)
    assert row["compression"] == RAW_COMPRESSION and len(row["body"]) < row["body_size"]
    assert decompress_body(row["body"], row["compression"]) == page.body
    assert decompress_body(zlib.compress(page.body), "zlib") == page.body
