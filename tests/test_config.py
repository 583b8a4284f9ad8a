"""Sites file, NEWSDESK_* variables and flags: precedence, paths resolved once, shown in --help."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from newsdesk.config import ConfigError, Outlet, load_config, with_flags
from tests.helpers import run_newsdesk

SITES = """
db = "data/news.db"
contact = "mailto:desk@example.org"
delay = 2
revisit_days = 5

[outlets.pravda]
delay = 3

[outlets.example]
start = "https://news.example.org/"
feeds = ["https://news.example.org/rss.xml"]
revisit_days = 1
"""


@pytest.fixture()
def sites_file(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "newsdesk.toml"
    path.write_text(SITES, encoding="utf-8")
    return path


def test_defaults_without_a_sites_file(tmp_path):
    config = load_config(env={}, cwd=tmp_path)
    assert config.source is None
    assert config.db == tmp_path / "output" / "newsdesk.db"
    assert config.logs == tmp_path / "output" / "logs"
    assert (config.delay, config.revisit_days, config.retry_after_cap) == (0.5, 3.0, 600.0)


def test_sites_file_paths_are_relative_to_the_file_not_the_working_directory(sites_file, tmp_path):
    elsewhere = tmp_path / "cron-home"
    elsewhere.mkdir()
    config = load_config(sites_file, env={}, cwd=elsewhere)
    assert config.source == sites_file
    assert config.db == sites_file.parent / "data" / "news.db"
    assert config.logs == sites_file.parent / "data" / "logs"
    assert config.contact == "mailto:desk@example.org"


def test_environment_beats_the_file_and_flags_beat_the_environment(sites_file, tmp_path):
    env = {"NEWSDESK_CONFIG": str(sites_file), "NEWSDESK_DELAY": "4", "NEWSDESK_DB": "env.db"}
    config = load_config(env=env, cwd=tmp_path)
    assert config.source == sites_file
    assert config.delay == 4
    assert config.db == tmp_path / "env.db"
    assert config.revisit_days == 5  # from the file
    flagged = load_config(env=env, cwd=tmp_path, flags={"delay": 0.0, "db": "flag.db", "revisit_days": None})
    assert (flagged.delay, flagged.db, flagged.revisit_days) == (0.0, tmp_path / "flag.db", 5)


def test_outlets(sites_file):
    config = load_config(sites_file, env={})
    assert config.outlets["pravda"] == Outlet(name="pravda", spider="pravda", delay=3)
    example = config.outlets["example"]
    assert (example.spider, example.start, example.feeds, example.revisit_days) == (
        "news", "https://news.example.org/", ("https://news.example.org/rss.xml",), 1
    )
    assert config.outlet("unlisted") == Outlet(name="unlisted", spider="unlisted")
    assert with_flags(example, start=None, feeds=(), base_url="http://127.0.0.1:1").base_url == "http://127.0.0.1:1"


@pytest.mark.parametrize(
    "text, message",
    [
        ("[outlets.x]\nspider = 'news'\n", "needs a start URL"),
        ("[outlets.x]\nstart = 'https://x.org/'\ncolour = 'red'\n", "unknown keys colour"),
        ("delay = 'slow'\n", "delay must be a number"),
        ("delay = [\n", "newsdesk.toml"),
    ],
)
def test_malformed_sites_file(tmp_path, text, message):
    path = tmp_path / "newsdesk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path, env={})


def test_bad_environment_value_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="NEWSDESK|environment"):
        load_config(env={"NEWSDESK_REVISIT_DAYS": "a week"}, cwd=tmp_path)
    with pytest.raises(ConfigError, match="no sites file"):
        load_config(tmp_path / "missing.toml", env={})


def test_help_shows_the_resolved_paths(sites_file):
    result = CliRunner().invoke(cli, ["crawl", "--config", str(sites_file), "--help"])
    assert result.exit_code == 0
    words = "".join(result.output.split())  # help wraps long paths anywhere
    assert str(sites_file.parent / "data" / "news.db") in words
    assert str(sites_file.parent / "data" / "logs") in words


def test_usage_errors_exit_2(sites_file):
    runner = CliRunner()
    assert runner.invoke(cli, ["crawl", "--config", str(sites_file), "nosuchspider"]).exit_code == 2
    assert runner.invoke(cli, ["crawl", "pravda", "--since", "last tuesday"]).exit_code == 2
    assert runner.invoke(cli, ["crawl", "news"]).exit_code == 2
    assert runner.invoke(cli, ["crawl"]).exit_code == 2


def test_crawl_all_from_another_directory_writes_to_the_sites_file_database(tmp_path, sample_site):
    folder = tmp_path / "desk"
    folder.mkdir()
    sites = folder / "newsdesk.toml"
    sites.write_text(
        f'db = "data/news.db"\n[outlets.pravda]\nbase_url = "{sample_site.url}"\n'
        f'[outlets.pravda-mirror]\nspider = "pravda"\nbase_url = "{sample_site.url}"\n',
        encoding="utf-8",
    )
    cron_home = tmp_path / "cron-home"
    cron_home.mkdir()
    result = run_newsdesk(
        "crawl", "--all", "--config", str(sites), "--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False", cwd=cron_home
    )
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(folder / "data" / "news.db") as db:
        runs = db.execute("select spider, status, new from crawl_runs order by id").fetchall()
    assert [(spider, status) for spider, status, _ in runs] == [("pravda", "ok"), ("pravda-mirror", "ok")]
    assert runs[0][2] > 0 and runs[1][2] == 0  # the second outlet's run finds everything stored
    assert len(list((folder / "data" / "logs").glob("*-pravda.log"))) == 1
    assert len(list((folder / "data" / "logs").glob("*-pravda-mirror.log"))) == 1
    assert not (cron_home / "output").exists()
