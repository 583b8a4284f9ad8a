"""Pre-rendered export lines: what `newsdesk export` streams equals what the article rows render
to, after every kind of write, with every filter, on a database migrated from before the heads."""

from __future__ import annotations

import sqlite3

import orjson
import pytest

from storage.database import NotANewsdeskDatabase, open_database
from storage.export import iter_export_lines, iter_rendered_lines
from storage.filters import Filters
from storage.revisit import mark_removed, mark_seen
from storage.schema import SCHEMA_VERSION, schema_version
from tests.store_support import downgrade, make_article, store

FILTERS = [
    Filters(),
    Filters(site="other"),
    Filters(section="world"),
    Filters(speaker="kim jong un"),
    Filters(since="2025-09-30"),
    Filters(until="2025-09-23"),
    Filters(changed_since="2000-01-01"),
    Filters(ids=(2, 3)),
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
    db = open_database(db_path, "read")
    lines = list(iter_export_lines(db, filters))
    assert lines == list(iter_rendered_lines(db, filters))
    assert lines == list(iter_export_lines(open_database(db_path), filters)), "a writer's connection reads the same"


def test_an_article_without_a_head_is_rendered_from_its_rows(db_path):
    expected = list(iter_export_lines(open_database(db_path)))
    db = open_database(db_path)
    db.execute("DELETE FROM article_exports WHERE article_id = 2")
    assert list(iter_export_lines(db)) == expected


def test_an_older_database_gets_its_heads_from_the_migration(db_path):
    expected = list(iter_export_lines(open_database(db_path)))
    downgrade(db_path, 2)
    with pytest.raises(NotANewsdeskDatabase, match="db migrate"):
        open_database(db_path, "read")  # a reader never upgrades the file behind the user's back
    assert schema_version(sqlite3.connect(db_path)) == 2
    conn = open_database(db_path, "write")
    assert schema_version(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM article_exports").fetchone()[0] == 4
    assert list(iter_export_lines(conn)) == expected

