"""Export: JSON lines in the benchmark contract, filters, gzip, and the `newsdesk export` command."""

from __future__ import annotations

import gzip

import orjson
from click.testing import CliRunner

from newsdesk.cli import cli
from storage.database import open_database
from storage.export import export_file, iter_article_records, iter_export_lines
from storage.filters import Filters
from tests.store_support import make_article, store

CONTRACT_FIELDS = ["url", "canonical_url", "title", "published", "modified", "authors", "section", "lead", "body", "quotes"]


def test_record_follows_the_contract_with_a_stable_field_order(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1)])
    (record,) = iter_article_records(open_database(db_path))
    assert list(record)[: len(CONTRACT_FIELDS)] == CONTRACT_FIELDS
    assert record["url"] == "https://news.example/world/1-story/"
    assert record["authors"] == ["Ann Writer", "Bob Editor"]
    assert [section["heading"] for section in record["body"]] == [None, "Reactions"]
    assert record["body"][0]["blocks"][1] == {
        "kind": "quote", "text": "We will win.", "speaker": "Kim Jong Un", "role": "Leader"}
    assert record["body"][1]["blocks"][0] == {"kind": "paragraph", "text": "Others disagreed."}
    assert record["quotes"][1] == {"text": "never", "speaker": "Jo Doe", "role": None, "kind": "partial"}
    line = next(iter_export_lines(open_database(db_path)))
    assert line.endswith(b"\n")
    assert orjson.loads(line)["nav"] == ["World", "Society"]


def test_page_type_is_stored_and_exported(tmp_path):
    db_path = tmp_path / "news.db"
    listing = make_article(2)
    listing.page_type = "listing"
    store(db_path, [make_article(1), listing])
    records = list(iter_article_records(open_database(db_path)))
    assert [record["page_type"] for record in records] == ["article", "listing"]
    assert list(records[0]).index("page_type") == list(records[0]).index("language") + 1


def test_filters_select_articles(tmp_path):
    db_path = tmp_path / "news.db"
    other = make_article(2)
    other.section, other.site, other.published, other.language = "Society", "other", "2025-10-01", "de"
    other.quotes = []
    other.body[0].blocks = other.body[0].blocks[:1]
    store(db_path, [make_article(1), other])
    db = open_database(db_path)

    def urls(**filters):
        return [r["url"].split("/")[-2] for r in iter_article_records(db, Filters(**filters))]

    assert urls() == ["1-story", "2-story"]
    assert urls(site="other") == ["2-story"]
    assert urls(section="world") == ["1-story"]
    assert urls(language="DE") == ["2-story"]
    assert urls(speaker="kim jong un") == ["1-story"]
    assert urls(since="2025-09-30") == ["2-story"]
    assert urls(until="2025-09-23") == ["1-story"]
    assert urls(changed_since="2999-01-01") == []


def test_export_file_gzip(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1), make_article(2)])
    assert export_file(db_path, tmp_path / "a.jsonl.gz") == 2
    lines = gzip.decompress((tmp_path / "a.jsonl.gz").read_bytes()).splitlines()
    assert [orjson.loads(line)["title"] for line in lines] == ["Story 1", "Story 2"]


def test_export_tells_a_progress_bar_each_batch_written(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(i) for i in range(1, 4)])
    told = []
    assert export_file(db_path, tmp_path / "a.jsonl", advance=told.append) == 3
    assert sum(told) == 3


def test_cli_export_to_stdout_and_file(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1), make_article(2)])
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--db", str(db_path), "-o", "-", "--section", "World", "--language", "en"])
    assert result.exit_code == 0, result.output
    assert [orjson.loads(line)["title"] for line in result.stdout.splitlines()] == ["Story 1", "Story 2"]
    out = tmp_path / "out.jsonl"
    result = runner.invoke(cli, ["export", "--db", str(db_path), "-o", str(out)])
    assert result.exit_code == 0
    assert len(out.read_bytes().splitlines()) == 2


def test_cli_language_takes_any_spelling_of_a_code_and_refuses_what_names_none(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1)])
    runner = CliRunner()
    for spelling in ("en-GB", "EN", "eng"):
        result = runner.invoke(cli, ["export", "--db", str(db_path), "-o", "-", "--language", spelling])
        assert result.exit_code == 0, result.output
        assert [orjson.loads(line)["title"] for line in result.stdout.splitlines()] == ["Story 1"], spelling
    result = runner.invoke(cli, ["export", "--db", str(db_path), "-o", "-", "--language", "utf-8"])
    assert result.exit_code == 2
    assert "'utf-8' is not a language code" in result.output


def test_cli_export_missing_database_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "no database" in result.output


def test_several_databases_export_as_one_stream(tmp_path):
    """One database per outlet group, each with its own writer: `export --db A --db B` is one
    stream, A's lines then B's, each in id order, filters applied to every database."""
    europe, asia = tmp_path / "europe.db", tmp_path / "asia.db"
    store(europe, [make_article(1), make_article(2)])
    other = make_article(3)
    other.section = "Society"
    store(asia, [other, make_article(4)])
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--db", str(europe), "--db", str(asia), "-o", "-"])
    assert result.exit_code == 0, result.output
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["Story 1", "Story 2", "Story 3", "Story 4"]
    assert [r["id"] for r in records] == [1, 2, 1, 2], "ids are per database"
    assert "exported 4 articles" in result.stderr
    single = [line for db in (europe, asia) for line in iter_export_lines(open_database(db, "read"))]
    assert result.stdout_bytes.splitlines(keepends=True) == single, "the lines are each database's own"
    filtered = runner.invoke(cli, ["export", "--db", str(europe), "--db", str(asia), "--section", "World"])
    assert [orjson.loads(line)["title"] for line in filtered.stdout.splitlines()] == ["Story 1", "Story 2", "Story 4"]
    out = tmp_path / "all.jsonl.gz"
    assert export_file([europe, asia], out) == 4
    assert len(gzip.decompress(out.read_bytes()).splitlines()) == 4
    missing = runner.invoke(cli, ["export", "--db", str(europe), "--db", str(tmp_path / "none.db")])
    assert missing.exit_code != 0 and "no database" in missing.output
