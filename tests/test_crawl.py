"""End to end: crawl the sample site from a real local server into a real SQLite file."""

from __future__ import annotations

import sqlite3

import pytest

from tests.helpers import FAST, copy_database, run_newsdesk

OUTLET = "https://english.pravda.ru"
REFERENCE = f"{OUTLET}/news/world/164204-north-korea-blood-debt-russia-kursk/"
MISSING = f"{OUTLET}/news/business/164140-card-payments-small-shops/"
REDIRECT_OLD = f"{OUTLET}/news/russia/164100-river-trams-moscow/"
REDIRECT_NEW = f"{OUTLET}/news/russia/164100-moscow-river-trams-season-extended/"
TAG_PAGE = f"{OUTLET}/tags/transport/"
CP1251 = f"{OUTLET}/news/russia/164150-siberian-lingonberry-harvest-prices/"
SYNDICATED = (
    f"{OUTLET}/news/society/164160-volunteers-reopen-village-libraries/",
    f"{OUTLET}/news/russia/164171-volunteers-reopen-village-libraries/",
)
ARTICLE_PAGES = 15  # 14 distinct articles + 1 syndicated copy


def crawl(sample_site, db_path):
    result = run_newsdesk(
        "crawl", "pravda", "--base-url", sample_site.url, "--db", str(db_path), *FAST
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return sqlite3.connect(db_path)


@pytest.fixture(scope="module")
def crawled(sample_db, tmp_path_factory):
    db_path = copy_database(sample_db, tmp_path_factory.mktemp("crawl") / "news.db")
    db = sqlite3.connect(db_path)
    yield db_path, db
    db.close()


def column(db, sql, *params):
    return [row[0] for row in db.execute(sql, params)]


def test_every_article_stored_once_under_its_real_url(crawled):
    _, db = crawled
    urls = column(db, "select url from articles")
    assert len(urls) == len(set(urls)) == ARTICLE_PAGES
    assert all(url.startswith(OUTLET + "/news/") for url in urls)
    assert REFERENCE in urls


def test_reference_article_split(crawled):
    _, db = crawled
    (article_id, title, section, published) = db.execute(
        "select id, title, section, published from articles where url = ?", (REFERENCE,)
    ).fetchone()
    assert title == "North Korea Claims 'Blood Debt' to Russia Through Kursk Operations"
    assert section == "World"
    assert published.startswith("2025-09-23")
    speakers = column(
        db, "select speaker from blocks where article_id = ? and kind = 'quote' order by id", article_id
    )
    assert speakers == ["Kim Jong Un", "Kim Jong Un", "Vyacheslav Volodin"]
    paragraphs = column(db, "select text from blocks where article_id = ? and kind = 'paragraph'", article_id)
    assert not [p for p in paragraphs if p.startswith("—")]


def test_missing_page_is_a_reject_with_its_status(crawled):
    _, db = crawled
    assert db.execute("select reason, status from rejects where url = ?", (MISSING,)).fetchone() == ("http 404", 404)


def test_redirect_stores_the_target_only(crawled):
    _, db = crawled
    urls = column(db, "select url from articles")
    assert REDIRECT_NEW in urls
    assert REDIRECT_OLD not in urls


def test_tag_page_is_rejected_not_stored(crawled):
    _, db = crawled
    assert TAG_PAGE not in column(db, "select url from articles")
    reasons = column(db, "select reason from rejects where url = ?", TAG_PAGE)
    assert reasons and all(reasons)


def test_windows_1251_page_is_decoded(crawled):
    _, db = crawled
    article_id, title = db.execute("select id, title from articles where url = ?", (CP1251,)).fetchone()
    text = "\n".join(column(db, "select text from blocks where article_id = ?", article_id))
    assert "lingonberr" in title.lower()
    assert "“" in text and "Ð" not in text and "\ufffd" not in text


def test_syndicated_copy_points_at_the_original(crawled):
    _, db = crawled
    rows = dict(db.execute("select url, duplicate_of from articles where url in (?, ?)", SYNDICATED).fetchall())
    assert set(rows) == set(SYNDICATED)
    marked = [url for url, duplicate_of in rows.items() if duplicate_of is not None]
    assert len(marked) == 1


def test_second_crawl_adds_no_rows(crawled, sample_site):
    db_path, db = crawled
    counts = {table: db.execute(f"select count(*) from {table}").fetchone()[0] for table in ("articles", "blocks", "quotes")}
    again = crawl(sample_site, db_path)
    assert {table: again.execute(f"select count(*) from {table}").fetchone()[0] for table in counts} == counts
    again.close()
