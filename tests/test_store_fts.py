"""Full-text search stays in sync with the tables, folds diacritics; readers work while a batch is open."""

from __future__ import annotations

from pipelines.database import open_database, transaction
from pipelines.store import write_article
from tests.store_support import make_article, store


def search(db, table, query):
    return [row[0] for row in db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid", [query])]


def test_articles_fts_folds_diacritics_and_follows_updates(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1, title="Zelenský meets Erdoğan"), make_article(2)])
    db = open_database(db_path)
    assert search(db, "articles_fts", "zelensky") == [1]
    assert search(db, "articles_fts", "erdogan") == [1]
    assert search(db, "articles_fts", "disagreed") == [1, 2]
    store(db_path, [make_article(1, title="Summit postponed")])
    assert search(db, "articles_fts", "zelensky") == []
    assert search(db, "articles_fts", "postponed") == [1]


def test_quotes_fts_by_text_and_speaker(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1)])
    db = open_database(db_path)
    assert len(search(db, "quotes_fts", "speaker:kim")) == 1
    assert len(search(db, "quotes_fts", "win")) == 1


def test_sqlite_utils_finds_the_fts_table(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1)])
    db = open_database(db_path)
    assert db["articles"].detect_fts() == "articles_fts"
    assert [row["id"] for row in db["articles"].search("minister")] == [1]


def test_readers_see_committed_rows_while_a_writer_holds_a_transaction(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1)])
    writer = open_database(db_path)
    reader = open_database(db_path, readonly=True)
    with transaction(writer):
        write_article(writer, make_article(2), None, "2025-09-23T12:00:00+00:00")
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert search(reader, "articles_fts", "minister") == [1]
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
