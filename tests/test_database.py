"""One way into the database: `open_database(path, mode)`. Writers create and migrate newsdesk's
own files only; readers never change a file, and refuse what is not a current newsdesk database."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from storage.database import NotANewsdeskDatabase, article_id_for_url, open_database
from storage.schema import SCHEMA_VERSION, schema_version
from tests.store_support import downgrade, make_article, store

READERS = (["stats"], ["runs"], ["search", "minister"], ["show", "1"], ["quotes"], ["export", "-o", "-"])


def foreign_database(path):
    """Someone else's SQLite file: a table of theirs, no newsdesk schema."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (9.5)")
    conn.close()
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_writer_creates_and_migrates_a_new_file(tmp_path):
    db = open_database(tmp_path / "new" / "news.db")
    assert schema_version(db) == SCHEMA_VERSION
    assert {"ingest_progress", "redis_applied"} <= set(db.table_names()), "every table comes from the migrations"


@pytest.mark.parametrize("mode", ["write", "read"])
def test_someone_elses_sqlite_file_is_refused_and_left_alone(tmp_path, mode):
    path = foreign_database(tmp_path / "theirs.db")
    before = digest(path)
    with pytest.raises(NotANewsdeskDatabase, match="not a newsdesk database .*1 other tables"):
        open_database(path, mode)
    assert digest(path) == before


def test_an_empty_file_is_no_database_to_read_but_one_to_write(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(NotANewsdeskDatabase, match="it is empty"):
        open_database(path, "read")
    assert path.read_bytes() == b""
    assert schema_version(open_database(path, "write")) == SCHEMA_VERSION


def test_a_reader_opens_read_only(tmp_path):
    path = tmp_path / "news.db"
    store(path, [make_article(1)])
    reader = open_database(path, "read")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("DELETE FROM articles")


def test_an_unknown_mode_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError, match="mode must be one of"):
        open_database(tmp_path / "x.db", "append")


@pytest.mark.parametrize("args", READERS, ids=" ".join)
def test_read_commands_refuse_a_foreign_file_without_writing_it(tmp_path, args):
    path = foreign_database(tmp_path / "theirs.db")
    before = digest(path)
    result = CliRunner().invoke(cli, [*args, "--db", str(path)])
    assert result.exit_code == 1, result.output
    assert "not a newsdesk database" in result.output
    assert digest(path) == before and not (tmp_path / "theirs.db-wal").exists()


@pytest.mark.parametrize("args", [["ingest-warc", "--db"], ["reparse", "--db"], ["db", "check", "--db"],
                                  ["crawl", "pravda", "--base-url", "http://127.0.0.1:9", "--db"]], ids=" ".join)
def test_write_commands_refuse_a_foreign_file(tmp_path, args):
    path = foreign_database(tmp_path / "theirs.db")
    before = digest(path)
    warc = tmp_path / "pages.warc.gz"
    if args[0] == "ingest-warc":
        from tests.warc_support import site_pages, write_warc

        write_warc(warc, site_pages(1))
        args = [args[0], str(warc), *args[1:]]
    result = CliRunner().invoke(cli, [*args, str(path)])
    assert result.exit_code == 1, result.output
    assert "not a newsdesk database" in result.output
    assert digest(path) == before


def test_db_migrate_upgrades_what_readers_refuse(tmp_path):
    path = tmp_path / "news.db"
    store(path, [make_article(1)])
    downgrade(path, SCHEMA_VERSION - 1)
    refused = CliRunner().invoke(cli, ["export", "--db", str(path), "-o", "-"])
    assert refused.exit_code == 1 and "newsdesk db migrate" in refused.output
    migrated = CliRunner().invoke(cli, ["db", "migrate", "--db", str(path)])
    assert migrated.exit_code == 0, migrated.output
    exported = CliRunner().invoke(cli, ["export", "--db", str(path), "-o", "-"])
    assert exported.exit_code == 0 and exported.output.count('"url"') == 1


def test_export_into_a_missing_folder_names_the_folder(tmp_path):
    path = tmp_path / "news.db"
    store(path, [make_article(1)])
    target = tmp_path / "missing" / "dir" / "a.jsonl"
    result = CliRunner().invoke(cli, ["export", "--db", str(path), "-o", str(target)])
    assert result.exit_code == 1
    assert f"no such directory: {target.parent}" in result.output


def test_a_lookup_by_url_finds_the_article_under_tracking_parameters(tmp_path):
    path = tmp_path / "news.db"
    article = make_article(1)
    store(path, [article])
    db = open_database(path, "read")
    stored = article_id_for_url(db, article.url)
    assert stored is not None
    assert article_id_for_url(db, article.url + "?utm_source=newsletter&fbclid=x#comments") == stored
    assert article_id_for_url(db, "https://elsewhere.example/") is None
