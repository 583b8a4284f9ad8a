"""Every command meets bad input with one `Error:` line and a documented exit code, never a traceback.

Inputs: a missing file or database, a file that is not a WARC, a database of random bytes or
cut short, a database another process holds a write lock on, a bad date, a bad full-text query,
an unknown article. Exit codes (newsdesk/errors.py, README "Exit codes"): 1 failed, 2 usage,
75 locked. Commands run in-process through CliRunner (each fails before any crawl starts);
one runs as a real process to show what a user's terminal gets.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from newsdesk.errors import EXIT_PIPE_CLOSED
from newsdesk.jobs import EXIT_FAILED, EXIT_LOCKED, EXIT_OK, EXIT_USAGE
from tests.helpers import REPO, run_newsdesk
from tests.store_support import make_article, store
from tests.warc_support import site_pages, write_warc

READERS = (["stats"], ["runs"], ["search", "minister"], ["show", "1"], ["quotes"], ["export", "-o", "-"])
"""Commands that only read the database."""
WRITERS = (["reparse"], ["db", "prune", "--raw-older-than", "1d"], ["db", "vacuum"], ["db", "check"])
"""Commands that write an existing database (`db check` runs FTS5's integrity-check, a write)."""


@pytest.fixture(scope="module")
def good_db(tmp_path_factory):
    """A small real database: 30 articles with blocks, quotes, authors and raw pages."""
    path = tmp_path_factory.mktemp("cli-errors") / "good.db"
    store(path, [make_article(n) for n in range(30)])
    return path


@pytest.fixture(scope="module")
def warc(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-errors-warc") / "pages.warc.gz"
    write_warc(path, site_pages(2))
    return path


def every_db_command(tmp_path, warc):
    """Each command that takes --db, with arguments that are fine on a good database."""
    return [
        *READERS, *WRITERS, ["db", "backup", str(tmp_path / "backup.db")],
        ["ingest-warc", str(warc)],
        ["crawl", "pravda", "--base-url", "http://127.0.0.1:9", "--logs", str(tmp_path / "logs")],
        ["demo", "--export", str(tmp_path / "out.jsonl")],
    ]


def invoke(args, db=None) -> tuple[int, str]:
    """Run `newsdesk ARGS [--db DB]`; return the exit code and everything printed."""
    result = CliRunner().invoke(cli, [*args, *(["--db", str(db)] if db else [])])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback: exactly what must not happen
    return result.exit_code, result.output


def assert_one_error_line(output: str, *expected: str) -> str:
    assert "Traceback" not in output, output
    errors = [line for line in output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, output
    for words in expected:
        assert words in errors[0], errors[0]
    return errors[0]


def random_bytes_db(path):
    path.write_bytes(random.Random(9).randbytes(64 * 1024))
    return path


def truncated_db(good_db, path, size):
    shutil.copy(good_db, path)
    with open(path, "r+b") as file:
        file.truncate(size)
    return path


# -- missing files ------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [*READERS, *WRITERS, ["db", "backup", "x.db"]])
def test_a_missing_database_is_one_line(tmp_path, args):
    code, output = invoke(args, tmp_path / "nowhere.db")
    assert code == EXIT_FAILED
    assert_one_error_line(output, "no database at", "nowhere.db")


@pytest.mark.parametrize("args", [["parse", "missing.html", "--url", "https://a.example/x/"], ["ingest-warc", "missing.warc.gz", "--db", "x.db"]])
def test_a_missing_input_file_is_a_usage_error(args):
    code, output = invoke(args)
    assert code == EXIT_USAGE
    assert_one_error_line(output, "missing")


@pytest.mark.parametrize("content", [b"hello, not an archive\n", b"", b"\x1f\x8b\x08\x00garbage"])
def test_a_file_that_is_not_a_warc(tmp_path, content):
    (tmp_path / "bad.warc").write_bytes(content)
    code, output = invoke(["ingest-warc", str(tmp_path / "bad.warc")], tmp_path / "db.db")
    assert code == EXIT_FAILED
    assert_one_error_line(output, "bad.warc")


def test_parse_of_a_page_that_is_not_an_article(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    code, output = invoke(["parse", str(tmp_path / "empty.html"), "--url", "https://a.example/x/"])
    assert code == EXIT_FAILED
    assert_one_error_line(output, "not an article")


# -- corrupt databases --------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["random bytes", "cut to 20 KB", "cut in half"])
def test_a_corrupt_database_is_one_line_for_every_command(tmp_path, good_db, warc, damage):
    db = tmp_path / "damaged.db"
    if damage == "random bytes":
        random_bytes_db(db)
    else:
        truncated_db(good_db, db, 20_000 if damage == "cut to 20 KB" else good_db.stat().st_size // 2)
    for args in every_db_command(tmp_path, warc):
        code, output = invoke(args, db)
        if damage == "cut in half" and code == EXIT_OK:
            continue  # what this command reads lies in the surviving half
        assert code == EXIT_FAILED, (args, output)
        if args[:2] == ["db", "check"] and "Error:" not in output:
            assert "Traceback" not in output  # check reports the damage itself, line by line
            continue
        assert_one_error_line(output, "damaged.db")


def test_a_database_of_random_bytes_names_the_problem(tmp_path):
    code, output = invoke(["stats"], random_bytes_db(tmp_path / "noise.db"))
    assert code == EXIT_FAILED
    assert_one_error_line(output, "noise.db", "not a database")


# -- a database locked by another process -------------------------------------------------------


@pytest.fixture
def locked_db(tmp_path, good_db, monkeypatch):
    """A copy of the good database on which a helper process holds BEGIN EXCLUSIVE (with a write)."""
    monkeypatch.setattr("storage.database.BUSY_TIMEOUT_S", 0.3)  # wait 0.3 s, not a minute
    db = tmp_path / "locked.db"
    shutil.copy(good_db, db)
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sqlite3, sys\n"
            f"db = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
            "db.execute('BEGIN EXCLUSIVE')\n"
            "db.execute('UPDATE articles SET title = title || ? WHERE id = 1', ['!'])\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
        )],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    yield db
    holder.stdin.close()
    holder.wait(timeout=10)


def test_a_locked_database_stops_every_writer_with_exit_75(tmp_path, locked_db, warc):
    writers = [args for args in every_db_command(tmp_path, warc) if args[0] in ("reparse", "ingest-warc", "crawl", "demo")]
    for args in [*writers, *WRITERS[1:]]:
        code, output = invoke(args, locked_db)
        assert code == EXIT_LOCKED, (args, output)
        assert_one_error_line(output, "database is locked")


@pytest.mark.parametrize("args", [*READERS, ["db", "backup", "backup.db"]])
def test_readers_work_while_another_process_writes(tmp_path, locked_db, args):
    if args[0] == "db" and args[1] == "backup":
        args = ["db", "backup", str(tmp_path / "backup.db")]
    code, output = invoke(args, locked_db)
    assert code == EXIT_OK, output
    assert "Error:" not in output


# -- bad dates, bad queries, unknown articles --------------------------------------------------


@pytest.mark.parametrize("args", [
    ["search", "minister", "--since", "notadate"], ["search", "minister", "--until", "2025-13-40"],
    ["quotes", "--since", "yesterday"], ["export", "-o", "-", "--since", "notadate"],
    ["export", "-o", "-", "--until", "23.09.2025"], ["export", "-o", "-", "--changed-since", "soon"],
    ["reparse", "--since", "notadate"],
])
def test_a_bad_date_is_a_usage_error(good_db, args):
    code, output = invoke(args, good_db)
    assert code == EXIT_USAGE
    assert_one_error_line(output, "--", "expected YYYY")


def test_crawl_with_a_bad_since_is_a_usage_error(tmp_path):
    code, output = invoke(["crawl", "pravda", "--since", "notadate", "--logs", str(tmp_path)], tmp_path / "db.db")
    assert code == EXIT_USAGE
    assert_one_error_line(output, "notadate")


@pytest.mark.parametrize("query", ['"unbalanced', "minister AND", "(minister", "nosuchcolumn:minister", "AND OR NOT"])
def test_text_that_is_no_full_text_query_is_searched_as_words(good_db, query):
    code, output = invoke(["search", query], good_db)
    assert code == EXIT_OK, output
    assert "not FTS5 query syntax; searched the words as written" in output and "Traceback" not in output


def test_an_empty_full_text_query(good_db):
    code, output = invoke(["search", "  "], good_db)
    assert code == EXIT_FAILED
    assert_one_error_line(output, "empty search query")


@pytest.mark.parametrize("key", ["99999", "0", "1000000", "https://nowhere.example/story/", "not an id"])
def test_an_unknown_article(good_db, key):
    code, output = invoke(["show", key], good_db)
    assert code == EXIT_FAILED
    assert_one_error_line(output, "no article", key)


# -- what a terminal really gets ----------------------------------------------------------------


def test_a_real_process_prints_one_line_to_stderr(tmp_path):
    db = random_bytes_db(tmp_path / "noise.db")
    for args in (["stats", "--db", str(db)], ["crawl", "pravda", "--base-url", "http://127.0.0.1:9", "--db", str(db), "--logs", str(tmp_path)]):
        result = run_newsdesk(*args, timeout=120)
        assert result.returncode == EXIT_FAILED
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines() == [line for line in result.stderr.strip().splitlines() if line.startswith("Error:")]
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_an_archive_damaged_part_way_keeps_what_came_before_and_fails_in_one_line(tmp_path, warc):
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(warc.read_bytes() + b"this is not a WARC record\r\n" * 5)
    db = tmp_path / "db.db"
    result = run_newsdesk("ingest-warc", str(damaged), "--db", str(db), timeout=120)
    assert result.returncode == EXIT_FAILED
    assert "Traceback" not in result.stderr
    assert_one_error_line(result.stderr, "damaged.warc.gz", "the records before it were ingested")
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (2,)


@pytest.mark.parametrize("args", [["db", "backup", "{file}/backup.db"], ["export", "-o", "{file}/out.jsonl"]])
def test_an_output_path_under_a_file_blames_the_output(tmp_path, good_db, args):
    (tmp_path / "plain-file").write_text("not a folder")
    code, output = invoke([arg.format(file=tmp_path / "plain-file") for arg in args], good_db)
    assert code == EXIT_FAILED
    assert_one_error_line(output, "plain-file")


@pytest.mark.parametrize("args", READERS, ids=lambda args: " ".join(args))
def test_a_reader_that_goes_away_stops_the_command_quietly(good_db, args):
    """`newsdesk ... | head -1`: the pipe closes after the first line; the command stops with
    128 + SIGPIPE like a Unix tool and prints nothing to stderr (no "Broken pipe" error line)."""
    command = [sys.executable, "-m", "newsdesk", *args, "--db", str(good_db)]
    with subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        process.stdout.readline()
        process.stdout.close()  # the reader goes away with the rest unread
        stderr = process.stderr.read().decode()
        code = process.wait(timeout=60)
    assert code in (EXIT_OK, EXIT_PIPE_CLOSED), stderr  # 0: all of it fitted in the pipe before it closed
    assert "Broken pipe" not in stderr and "Traceback" not in stderr, stderr


def test_a_long_output_cut_short_exits_with_the_sigpipe_code(tmp_path):
    db_path = tmp_path / "many.db"
    store(db_path, [make_article(n) for n in range(400)])  # far more than a pipe buffer holds
    command = [sys.executable, "-m", "newsdesk", "export", "-o", "-", "--db", str(db_path)]
    with subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode()
        code = process.wait(timeout=60)
    assert code == EXIT_PIPE_CLOSED, stderr
    assert "Error" not in stderr, stderr
