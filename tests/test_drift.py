"""Layout drift: per-site field fill rates recorded in a run's stats, sharp drops against the
site's last runs flagged in `newsdesk runs` and in the crawl's exit code (3)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from scrapy.utils.test import get_crawler

from crawler.fill import FieldFillExtension
from crawler.items import Article, Block, FetchedPage, Quote, Section
from newsdesk.cli import cli
from newsdesk.jobs import EXIT_DRIFT, EXIT_OK, RunPlan, execute
from newsdesk.sitekit.drift import drops_for_new_run, fill_rates, find_drops
from storage.database import open_database


def run_stats(site: str, articles: int, **filled: int) -> dict:
    """Stats of a run that stored `articles` of `site`, with `filled` counts per field."""
    full = {"title": articles, "date": articles, "authors": articles, "body": articles, "quotes": articles}
    full.update(filled)
    return {f"news/fill/{site}/articles": articles, **{f"news/fill/{site}/{k}": v for k, v in full.items()}}


def test_the_extension_counts_filled_fields_per_site():
    crawler = get_crawler(settings_dict={})
    extension = FieldFillExtension.from_crawler(crawler)
    body = [Section(heading=None, blocks=[Block(kind="paragraph", text="Text.")])]
    extension.item_scraped(Article(url="u1", site="bbc", title="T", published="2024-01-01", body=body,
                                   quotes=[Quote(text="q")]))
    extension.item_scraped(Article(url="u2", site="bbc", title="T", body=body))
    extension.item_scraped(FetchedPage(url="u3", body=b""))
    stats = crawler.stats.get_stats()
    assert stats["news/fill/bbc/articles"] == 2
    assert stats["news/fill/bbc/title"] == 2 and stats["news/fill/bbc/date"] == 1
    assert stats["news/fill/bbc/quotes"] == 1 and "news/fill/bbc/authors" not in stats


def test_fill_rates_ignore_sites_with_too_few_articles():
    stats = {**run_stats("bbc", 10, authors=5), **run_stats("tiny", 2)}
    assert fill_rates(stats) == {"bbc": {"title": 1.0, "date": 1.0, "authors": 0.5, "body": 1.0, "quotes": 1.0}}


def test_a_sharp_drop_against_the_last_runs_is_flagged():
    earlier = [run_stats("bbc", 20, quotes=12) for _ in range(4)]
    drops = find_drops(run_stats("bbc", 20, authors=2, quotes=11), earlier)
    assert [(d.site, d.field) for d in drops] == [("bbc", "authors")]
    assert str(drops[0]) == "bbc: authors filled in 10% of articles (usually 100%)"


@pytest.mark.parametrize("current", [
    run_stats("bbc", 20, authors=16),   # 100% -> 80%: a wobble
    run_stats("bbc", 3, authors=0),     # too few articles to judge
    run_stats("cnn", 20, authors=0),    # no history for this site
])
def test_no_drop_without_a_sharp_fall_enough_articles_and_a_history(current):
    assert find_drops(current, [run_stats("bbc", 20)] * 3) == []


def test_a_field_that_was_rarely_filled_is_not_a_drift():
    earlier = [run_stats("bbc", 20, quotes=6)] * 3   # 30%
    assert find_drops(run_stats("bbc", 20, quotes=3), earlier) == []


def _db_with_runs(path, spider, stats_list):
    db = open_database(path)
    for number, stats in enumerate(stats_list):
        db.execute("INSERT INTO crawl_runs (spider, started_at, finished_at, status, stats) VALUES (?, ?, ?, 'ok', ?)",
                   [spider, f"2026-01-0{number + 1}T00:00:00Z", f"2026-01-0{number + 1}T00:10:00Z", json.dumps(stats)])
    db.conn.commit()
    db.close()


def test_runs_lists_the_drift_of_a_run(tmp_path):
    path = tmp_path / "news.db"
    _db_with_runs(path, "bbc", [run_stats("bbc", 20)] * 3 + [run_stats("bbc", 20, title=1)])
    result = CliRunner().invoke(cli, ["runs", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "run 4: layout drift? bbc: title filled in 5% of articles (usually 100%)" in result.output
    assert "run 3:" not in result.output


def test_a_finished_crawl_with_drift_exits_3(tmp_path, monkeypatch):
    path = tmp_path / "news.db"
    _db_with_runs(path, "bbc", [run_stats("bbc", 20)] * 3)
    this_run = {"finish_reason": "finished", "news/run_key": "k", **run_stats("bbc", 20, body=0)}
    _db_with_runs(path, "bbc", [this_run])  # the store records the run as it closes
    monkeypatch.setattr("newsdesk.jobs.run_spider", lambda spider, settings, **kw: this_run)
    plan = RunPlan(name="bbc", spider="pravda", db=path, log_file=tmp_path / "run.log", job_dir=tmp_path / "jobs",
                   run_key="k", settings={})
    said = []
    assert execute(plan, say=said.append) == EXIT_DRIFT
    assert said[-1] == "newsdesk: layout drift? bbc: body filled in 0% of articles (usually 100%)"
    assert drops_for_new_run(path, "bbc", {**this_run, **run_stats("bbc", 20)}) == []
    monkeypatch.setattr("newsdesk.jobs.run_spider", lambda spider, settings, **kw: {**this_run, **run_stats("bbc", 20)})
    assert execute(plan, say=said.append) == EXIT_OK


def test_a_real_crawl_records_fill_rates_in_crawl_runs(sample_site, tmp_path):
    from tests.helpers import run_newsdesk

    db = tmp_path / "news.db"
    crawled = run_newsdesk("crawl", "pravda", "--base-url", sample_site.url, "--db", str(db), "--logs", str(tmp_path))
    assert crawled.returncode == EXIT_OK, crawled.stderr
    database = open_database(db, "read")
    stats = json.loads(database.execute("SELECT stats FROM crawl_runs ORDER BY id DESC").fetchone()[0])
    stored = database.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stats["news/fill/pravda/articles"] == stored > 0
    assert stats["news/fill/pravda/title"] == stored
