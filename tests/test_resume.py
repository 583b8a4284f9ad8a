"""A run killed with SIGKILL is continued by the next run, which refetches nothing it stored."""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import time

import orjson

from crawler.discovery import parse_feed
from newsdesk.jobs import job_dir
from newsdesk.localsite import SAMPLE_SITE, LocalSite
from tests.helpers import REPO, run_newsdesk

# Two requests in flight at most: the engine pulls requests out of the scheduler up to
# CONCURRENT_REQUESTS, so with the default 16 a kill could find the (small) site's whole
# remaining frontier inside the downloader and nothing left in the queue to resume.
SLOW = ("--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
        "-s", "CONCURRENT_REQUESTS=2")
COMMIT_EACH_ITEM = ("-s", "NEWS_STORE_BATCH_SIZE=1")


def count_articles(db_path) -> int:
    try:
        with sqlite3.connect(db_path, timeout=5) as db:
            return db.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_killed_run_is_resumed_without_refetching_what_was_stored(tmp_path):
    db_path = tmp_path / "news.db"
    with LocalSite(SAMPLE_SITE, delay=0.4) as site:
        args = ["crawl", "pravda", "--base-url", site.url, "--db", str(db_path), *SLOW, *COMMIT_EACH_ITEM]
        victim = subprocess.Popen([sys.executable, "-m", "newsdesk", *args], cwd=REPO, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while count_articles(db_path) < 3 and victim.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert victim.poll() is None, "the run finished before it could be killed"
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        stored_before = count_articles(db_path)
        pending = job_dir(db_path, "pravda")
        assert pending.is_dir() and any(pending.iterdir()), "the killed run left no job state"

        resumed = run_newsdesk(*args)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "resuming pravda" in resumed.stderr
    log_file = re.search(r"log: (\S+)", resumed.stderr).group(1)
    waiting = re.search(r"Resuming crawl \((\d+) requests scheduled\)", open(log_file, encoding="utf-8").read())
    assert waiting and int(waiting.group(1)) > 0, "the killed run's pending requests were not picked up"
    assert not pending.exists(), "a clean finish clears the job state"

    with sqlite3.connect(db_path) as db:
        db.row_factory = sqlite3.Row
        killed, run = db.execute("select * from crawl_runs order by id").fetchall()
        urls = {row[0] for row in db.execute("select url from article_urls")}
        assert db.execute("select count(*) from articles").fetchone()[0] == count_articles(db_path)
    stats = orjson.loads(run["stats"])
    assert killed["status"] in ("running", "interrupted")  # the killed process never closed its record
    assert stats["news/run/resumed"] == 1
    assert run["unchanged"] == run["updated"] == 0  # nothing stored before was fetched again
    assert stats.get("news/incremental/skipped", 0) >= stored_before
    assert stored_before + run["new"] + run["duplicates"] == count_articles(db_path)
    feed = {link.url for link in parse_feed((SAMPLE_SITE / "export.xml").read_bytes())}
    assert feed <= urls, f"not crawled after resuming: {sorted(feed - urls)}"
