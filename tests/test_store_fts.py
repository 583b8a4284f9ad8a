"""Full-text search stays in sync with the tables, folds diacritics; readers work while a batch is open."""

from __future__ import annotations

from storage.articles import write_article
from storage.database import open_database, transaction
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
    reader = open_database(db_path, "read")
    with transaction(writer):
        write_article(writer, make_article(2), None, "2025-09-23T12:00:00+00:00")
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert search(reader, "articles_fts", "minister") == [1]
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def _fts_consistent(db):
    for table in ("articles_fts", "quotes_fts"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")  # raises when out of sync
    return db.execute("SELECT count(*) FROM fts_deferral").fetchone()[0] == 0


def test_a_batch_indexes_its_rows_at_its_end_and_leaves_the_triggers_on(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(n) for n in range(1, 6)], batch_size=3)
    db = open_database(db_path)
    assert _fts_consistent(db)
    assert search(db, "articles_fts", "minister") == [1, 2, 3, 4, 5]
    assert len(search(db, "quotes_fts", "win")) == 5
    with transaction(db):  # a writer outside any batch is indexed row by row, as before
        write_article(db, make_article(6), None, "2025-09-23T12:00:00+00:00")
    assert search(db, "articles_fts", "tuesday6") == [6]
    assert _fts_consistent(db)


def test_an_article_changed_in_the_batch_that_inserted_it_is_indexed_once(tmp_path):
    db_path = tmp_path / "news.db"
    first = make_article(1, title="Harbour plan approved")
    first.quotes[0].text = "The harbour will open."
    second = make_article(1, title="Harbour plan delayed")
    store(db_path, [first, make_article(2), second])
    db = open_database(db_path)
    assert _fts_consistent(db)
    assert search(db, "articles_fts", "delayed") == [1]
    assert search(db, "articles_fts", "approved") == []
    assert search(db, "quotes_fts", "harbour") == []
    assert len(search(db, "quotes_fts", "win")) == 2


def test_quotes_replaced_at_the_top_ids_are_indexed(tmp_path):
    """Replacing the newest article's quotes frees the highest quote ids; the new quotes reuse them."""
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1), make_article(2)])
    changed = make_article(2, title="Story 2, corrected")
    changed.quotes[0].text = "We shall prevail."
    store(db_path, [changed, make_article(3)])
    db = open_database(db_path)
    assert _fts_consistent(db)
    assert len(search(db, "quotes_fts", "prevail")) == 1
    assert len(search(db, "quotes_fts", "win")) == 2


def test_an_item_that_fails_mid_batch_leaves_the_index_in_sync(tmp_path):
    db_path = tmp_path / "news.db"
    broken = make_article(2)
    broken.quotes[0].text = None  # NOT NULL: fails after its article row is in
    pipeline = store(db_path, [make_article(1), broken, make_article(3)])
    assert pipeline.counts["errors"] == 1
    db = open_database(db_path)
    assert _fts_consistent(db)
    assert search(db, "articles_fts", "minister") == [1, 2]
    assert [row[0] for row in db.execute("SELECT title FROM articles ORDER BY id")] == ["Story 1", "Story 3"]
