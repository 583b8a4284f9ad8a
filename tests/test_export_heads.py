"""Pre-rendered export lines: what `newsdesk export` streams equals what the article rows render
to, after every kind of write, with every filter, on a database migrated from before the heads."""

from __future__ import annotations

import orjson
import pytest
from tests.store_support import make_article, store

from pipelines.database import connect, mark_removed, open_database
from pipelines.export import ExportFilters, connect_for_export, iter_export_lines, iter_rendered_lines
from pipelines.incremental import mark_seen
from pipelines.schema import SCHEMA_VERSION, schema_version

FILTERS = [
    ExportFilters(),
    ExportFilters(site="other"),
    ExportFilters(section="world"),
    ExportFilters(speaker="kim jong un"),
    ExportFilters(since="2025-09-30"),
    ExportFilters(until="2025-09-23"),
    ExportFilters(changed_since="2000-01-01"),
    ExportFilters(ids=(2, 3)),
]


def other_site_article(n: int):
    article = make_article(n)
    article.site, article.section, article.published = "other", "Society", "2025-10-01"
    article.quotes = []
    article.body[0].blocks = article.body[0].blocks[:1]
    return article


@pytest.fixture
def db_path(tmp_path):
    """A database after new articles, a rewrite, an unchanged re-fetch, a duplicate, a removal and a 304."""
    path = tmp_path / "news.db"
    store(path, [make_article(1), make_article(2), other_site_article(3)])
    changed = make_article(2, title="Story 2, corrected")
    changed.url = "https://news.example/world/2-story/?amp"  # re-fetched from another URL: the first one stays
    changed.fetched_at = "2025-09-24T08:00:00+00:00"
    unchanged = make_article(1)
    unchanged.fetched_at = "2025-09-25T08:00:00+00:00"
    copy = make_article(4, text=make_article(1).body[0].blocks[0].text)
    store(path, [changed, unchanged, copy])
    db = open_database(path)
    mark_removed(db, "https://news.example/world/3-story/", at="2025-09-26T00:00:00+00:00")
    mark_seen(db, "https://news.example/world/2-story/")
    db.close()
    return path


def records(lines) -> dict[int, dict]:
    return {record["id"]: record for record in map(orjson.loads, lines)}


def test_the_writes_leave_the_fields_the_export_must_show(db_path):
    exported = records(iter_export_lines(open_database(db_path)))
    assert exported[1]["last_seen_at"] == "2025-09-25T08:00:00+00:00"
    assert exported[2]["title"] == "Story 2, corrected"
    assert exported[2]["url"] == "https://news.example/world/2-story/"
    assert exported[2]["fetched_at"] == "2025-09-24T08:00:00+00:00"
    assert exported[2]["last_seen_at"] > "2026"  # the 304 moved it to now
    assert exported[3]["removed_at"] == "2025-09-26T00:00:00+00:00"
    assert exported[4]["duplicate_of"] == 1


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_prerendered_lines_equal_the_lines_rendered_from_the_rows(db_path, filters):
    db = open_database(db_path, readonly=True)
    lines = list(iter_export_lines(db, filters))
    assert lines == list(iter_rendered_lines(db, filters))
    assert lines == list(iter_export_lines(connect(db_path, readonly=True), filters))


def test_an_article_without_a_head_is_rendered_from_its_rows(db_path):
    expected = list(iter_export_lines(open_database(db_path)))
    db = open_database(db_path)
    db.execute("DELETE FROM article_exports WHERE article_id = 2")
    assert list(iter_export_lines(db)) == expected


def test_an_older_database_gets_its_heads_from_the_migration(db_path):
    expected = list(iter_export_lines(open_database(db_path)))
    db = open_database(db_path)
    db.execute("DROP TABLE article_exports")
    db.execute("DROP INDEX articles_export_tail")
    db.execute("DROP TABLE fts_deferral")  # and version 4's table
    db.execute("DELETE FROM schema_migrations WHERE version >= 3")
    db.execute("PRAGMA user_version = 2")
    db.close()
    readonly = open_database(db_path, readonly=True)
    assert list(iter_export_lines(readonly)) == expected  # not migrated: rendered from the rows
    readonly.close()
    conn = connect_for_export(db_path)
    assert schema_version(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM article_exports").fetchone()[0] == 4
    assert list(iter_export_lines(conn)) == expected

