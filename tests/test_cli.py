"""The `newsdesk` commands that need no crawl, through Click's CliRunner."""

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from newsdesk.cli import cli

REFERENCE_URL = "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/"
REFERENCE_HTML = Path(__file__).parent / "fixtures/sites/pravda/2025-09-23_north-korea-blood-debt.html"


@pytest.fixture
def runner():
    return CliRunner()


def test_parse_prints_the_article_json(runner):
    result = runner.invoke(cli, ["parse", str(REFERENCE_HTML), "--url", REFERENCE_URL])
    assert result.exit_code == 0, result.output
    article = orjson.loads(result.stdout)
    assert article["title"] == "North Korea Claims 'Blood Debt' to Russia Through Kursk Operations"
    assert article["section"] == "World"
    assert [s["heading"] for s in article["body"]][1:] == [
        "North Korea Repays Blood Debt to Russia",
        "Russia Can Count on North Korean Support",
        "Russian Lawmakers Applaud Kim Jong Un",
        "North Korea Highlights 'Secret Weapons' Program",
    ]
    assert "page" not in article or article["page"] is None


def test_parse_with_the_generic_profile(runner):
    result = runner.invoke(cli, ["parse", str(REFERENCE_HTML), "--url", REFERENCE_URL, "--site", "generic"])
    assert result.exit_code == 0, result.output
    assert orjson.loads(result.stdout)["site"] == "generic"


def test_parse_unknown_site_is_a_usage_error(runner):
    result = runner.invoke(cli, ["parse", str(REFERENCE_HTML), "--url", REFERENCE_URL, "--site", "nosuchsite"])
    assert result.exit_code == 2
    assert "nosuchsite" in result.output
    assert "Traceback" not in result.output


def test_parse_empty_file_is_a_one_line_error(runner, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["parse", str(empty), "--url", "https://outlet.example/a/"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: not an article")
    assert len(result.output.strip().splitlines()) == 1


def test_parse_missing_file(runner):
    result = runner.invoke(cli, ["parse", "/nonexistent.html", "--url", "https://outlet.example/a/"])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_ingest_warc_refuses_a_file_that_is_not_a_warc(runner, tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    result = runner.invoke(cli, ["ingest-warc", str(bogus), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "not a WARC archive" in result.output
    assert "Traceback" not in result.output


def test_crawl_unknown_spider(runner):
    result = runner.invoke(cli, ["crawl", "nosuchspider"])
    assert result.exit_code == 2
    assert "pravda" in result.output


def test_crawl_bad_setting_override(runner):
    result = runner.invoke(cli, ["crawl", "pravda", "--set", "NOEQUALS"])
    assert result.exit_code == 2
    assert "NAME=VALUE" in result.output
