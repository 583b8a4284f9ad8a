"""db prune / vacuum / backup / check, as library functions and as `newsdesk db` commands."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from storage.articles import write_article
from storage.database import open_database, transaction
from storage.export import iter_export_lines
from storage.maintenance import (
    backup,
    check,
    parse_age,
    prune_raw_pages,
    repair,
    vacuum,
)
from tests.store_support import make_article, store


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "news.db"
    old = make_article(1)
    old.page.fetched_at = "2020-01-01T00:00:00+00:00"
    store(path, [old, make_article(2)])
    return path


def test_parse_age():
    assert parse_age("90d") == timedelta(days=90)
    assert parse_age("12h") == timedelta(hours=12)
    assert parse_age("2w") == timedelta(weeks=2)
    with pytest.raises(ValueError):
        parse_age("soon")


def test_prune_deletes_old_raw_pages_only(db_path):
    db = open_database(db_path)
    now = datetime(2025, 10, 1, tzinfo=timezone.utc)
    assert prune_raw_pages(db, timedelta(days=90), now=now) == 1
    assert db["raw_pages"].count == 1
    assert db["articles"].count == 2


def test_vacuum_and_backup_keep_the_data(db_path, tmp_path):
    db = open_database(db_path)
    before, after = vacuum(db)
    assert after <= before
    size = backup(db, tmp_path / "copy" / "backup.db")
    assert size > 0
    copy = open_database(tmp_path / "copy" / "backup.db")
    assert copy["articles"].count == 2
    assert check(copy).ok


def test_check_finds_an_out_of_sync_fts_index_and_repair_fixes_it(db_path):
    db = open_database(db_path)
    assert check(db).ok
    db.execute("DROP TRIGGER articles_fts_update")
    db.execute("UPDATE articles SET title = 'Changed behind the index' WHERE id = 1")
    report = check(db)
    assert report.fts and report.stale_exports == [1], "the edit went past the index and the export line"
    repair(db, report)
    assert check(db).ok


def test_check_finds_a_committed_batch_deferral_and_repair_ends_it(db_path):
    """A deferral row left behind would keep every later article out of the index."""
    db = open_database(db_path)
    db.execute("INSERT INTO fts_deferral (articles_after, quotes_after) VALUES (2, 4)")
    with transaction(db):
        write_article(db, make_article(3), None, "2025-09-23T12:00:00+00:00")
    report = check(db)
    assert any("fts_deferral" in line for line in report.lines())
    repair(db, report)
    assert check(db).ok
    assert db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'tuesday3'").fetchall() == [(3,)]


def test_check_finds_a_stale_export_line_and_repair_renders_it_again(db_path):
    db = open_database(db_path)
    db.execute("UPDATE articles SET title = 'Edited by hand' WHERE id = 2")
    report = check(db)
    assert report.stale_exports == [2] and not report.ok
    assert any("article 2: stored export line differs" in line for line in report.lines())
    repair(db, report)
    assert check(db).ok
    assert '"title":"Edited by hand"' in next(line for line in iter_export_lines(db) if b'"id":2' in line).decode()


def test_check_finds_an_article_without_blocks(db_path):
    db = open_database(db_path)
    db.execute("DELETE FROM blocks WHERE article_id = 2")
    assert check(db).articles_without_blocks == [2]


def test_db_commands(db_path, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["db", "check", "--db", str(db_path)])
    assert result.exit_code == 0 and result.output.startswith("ok")
    result = runner.invoke(cli, ["db", "prune", "--db", str(db_path), "--raw-older-than", "1000d"])
    assert result.exit_code == 0 and "deleted 1 raw pages" in result.output
    result = runner.invoke(cli, ["db", "prune", "--db", str(db_path), "--raw-older-than", "later"])
    assert result.exit_code == 2
    result = runner.invoke(cli, ["db", "backup", "--db", str(db_path), str(tmp_path / "b.db")])
    assert result.exit_code == 0 and (tmp_path / "b.db").exists()
    result = runner.invoke(cli, ["db", "vacuum", "--db", str(db_path)])
    assert result.exit_code == 0
    open_database(db_path).execute("DELETE FROM blocks")
    result = runner.invoke(cli, ["db", "check", "--db", str(db_path)])
    assert result.exit_code == 1 and "no blocks" in result.output


def test_db_commands_have_help_text():
    group = cli.commands["db"]
    for name, command in group.commands.items():
        assert command.help, name
        assert all(param.help for param in command.params if param.param_type_name == "option"), name


def test_backup_while_a_writer_holds_a_transaction(db_path, tmp_path):
    writer = open_database(db_path)
    with transaction(writer):
        write_article(writer, make_article(3), None, "2025-09-23T12:00:00+00:00")
        backup(open_database(db_path), tmp_path / "during.db")
    copy = open_database(tmp_path / "during.db")
    assert copy["articles"].count == 2  # the committed state, without the open transaction's article
    assert check(copy).ok
