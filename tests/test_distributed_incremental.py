"""Incremental distributed runs against a real redis-server: 2 workers + 1 writer behave as one
process does (tests/test_incremental.py's scenario).

Run 1 crawls a copy of the sample site; the site then gains an article, has one edited and one
deleted; run 2 (revisit window wide enough for the 2025 articles) re-checks every stored
article with a conditional GET through the state the writer published in Redis: the unchanged
ones answer 304 (the writer moves their `last_seen_at`), the edited one becomes a revision, the
deleted one is marked removed, the new one is stored. The workers' counters reach the writer's
run record. `--max-articles` and `--since` hold across the workers.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import orjson
import pytest
import redis

from crawler.distributed.revisit import RevisitKeys
from newsdesk.localsite import SAMPLE_SITE, LocalSite
from tests.helpers import FAST
from tests.redis_support import finish, kill_leftovers, newsdesk, registered_workers, wait_for, writer_thread
from tests.test_incremental import ADDED, DELETED, EDITED, EVERYTHING_IS_RECENT, OUTLET, REFERENCE, change_site

pytestmark = pytest.mark.redis


def distributed_run(site: LocalSite, redis_url: str, db: Path, tmp_path: Path, *flags: str) -> dict:
    """One run of 2 workers and the writer; the writer's run record once all have finished.

    Both workers join the run and wait for the state the writer publishes when it starts (as
    before a writer's first start: the earlier publication is withdrawn) before the writer
    starts, so both crawl the same run (a worker that came after a finished run would start another).
    """
    client = redis.Redis.from_url(redis_url)
    client.delete(RevisitKeys("newsdesk").ready)
    workers = [
        newsdesk("crawl", "pravda", "--base-url", site.url, "--redis", redis_url, "--db", str(tmp_path / "unused.db"),
                 "--logs", str(tmp_path / "logs"), *FAST, *flags)
        for _ in range(2)
    ]
    wait_for(lambda: len(registered_workers(client)) == 2, "both workers to join", workers[0])
    with writer_thread(redis_url, db):
        outputs = [finish(process) for process in workers]
    assert all("waiting for the writer" in output and " finished: " in output for output in outputs), outputs
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        run = dict(connection.execute("select * from crawl_runs order by id desc limit 1").fetchone())
    run["stats"] = orjson.loads(run["stats"])
    return run


def article_hits(site: LocalSite) -> dict[str, int]:
    return {path: count for path, count in site.hits.items() if path.startswith("/news/")}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, redis_server):
    """(db path, run 1 record, run 2 record, articles after run 1, article fetches of run 2)."""
    url, client = redis_server
    client.flushall()
    tmp = tmp_path_factory.mktemp("distributed-incremental")
    root = tmp / "site"
    shutil.copytree(SAMPLE_SITE, root)
    db = tmp / "news.db"
    try:
        with LocalSite(root) as site:
            first = distributed_run(site, url, db, tmp, *EVERYTHING_IS_RECENT)
            with sqlite3.connect(db) as connection:
                stored = connection.execute("select count(*) from articles").fetchone()[0]
            change_site(root)
            site.hits.clear()
            second = distributed_run(site, url, db, tmp, *EVERYTHING_IS_RECENT)
            hits = article_hits(site)
    finally:
        kill_leftovers()
    return db, first, second, stored, hits


def test_unchanged_articles_answer_304_through_the_published_state(two_runs):
    db, first, second, stored, hits = two_runs
    assert first["new"] >= 14 and first["status"] == "ok"
    stats = second["stats"]
    assert stats["news/incremental/revisited"] == stored
    assert stats["news/incremental/not_modified"] == stored - 2  # all but the edited and the deleted
    assert second["unchanged"] == 0, "a 304 is not stored again"
    assert stats["news/redis_writer/not_modified"] == stored - 2, "every 304 reached the writer"
    assert all(count == 1 for count in hits.values()), "no article page fetched twice in the run"
    with sqlite3.connect(db) as connection:
        last_seen = connection.execute("select last_seen_at from articles where url = ?", (OUTLET + REFERENCE,)).fetchone()[0]
    assert last_seen >= second["started_at"]  # a 304 still counts as seen


def test_edited_article_becomes_a_revision_and_the_added_one_is_new(two_runs):
    db, _, second, stored, _ = two_runs
    assert (second["new"], second["updated"], second["unchanged"]) == (1, 1, 0)
    with sqlite3.connect(db) as connection:
        article_id = connection.execute("select id from articles where url = ?", (OUTLET + EDITED,)).fetchone()[0]
        assert connection.execute("select count(*) from article_revisions where article_id = ?", (article_id,)).fetchone()[0] == 1
        assert connection.execute("select count(*) from articles").fetchone()[0] == stored + 1
        assert connection.execute("select 1 from articles where url = ?", (OUTLET + ADDED,)).fetchone()


def test_deleted_article_is_marked_removed_by_the_writer(two_runs):
    db, _, second, _, _ = two_runs
    assert second["stats"]["news/incremental/removed"] == 1
    assert second["stats"]["news/redis_writer/gone"] == 1
    with sqlite3.connect(db) as connection:
        assert connection.execute("select url from articles where removed_at is not null").fetchall() == [(OUTLET + DELETED,)]
        reasons = connection.execute("select url, reason from rejects where run_id = ?", (second["id"],)).fetchall()
    assert reasons == [(OUTLET + DELETED, "http 404")]  # skipped and 304 requests are no rejects


def test_max_articles_and_since_hold_across_workers(redis_url, redis_client, tmp_path):
    db = tmp_path / "news.db"
    with LocalSite(SAMPLE_SITE, delay=0.05) as site:
        run = distributed_run(site, redis_url, db, tmp_path, "--max-articles", "3", "--since", "2025-09-20")
    assert run["new"] + run["duplicates"] + run["rejects"] <= 3, "one article budget for both workers"
    assert run["stats"]["news/incremental/over_limit"] > 0
    assert run["stats"]["news/discovery/too_old"] > 0
    assert redis_client.keys("newsdesk:pravda:*") == [], "the finished run's fetch count is gone with its frontier"
