"""Crash safety: a process storing articles is SIGKILLed at random moments; nothing is half-written.

After every kill: PRAGMA integrity_check is ok, foreign keys hold, no article lacks (or has only
part of) its blocks, quotes or authors. A final uninterrupted rerun stores every article exactly
once with its latest content.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

from storage.database import open_database
from storage.maintenance import check
from tests.helpers import REPO

ARTICLES = 400
TRIALS = 12
BLOCKS_PER_ARTICLE = 4  # tests.store_support.make_article: 2 sections, 4 blocks, 2 quotes, 2 authors


def start_victim(db_path, round_: int, mode: str) -> subprocess.Popen:
    victim = subprocess.Popen(
        [sys.executable, "-m", "tests.store_support", str(db_path), str(ARTICLES), str(round_), mode],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert victim.stdout.readline().strip() == "ready", victim.stderr.read()
    return victim


def assert_consistent(db_path) -> int:
    db = open_database(db_path)
    report = check(db)
    assert report.ok, report.lines()
    partial = db.execute(
        """SELECT a.id FROM articles a WHERE
             (SELECT count(*) FROM blocks b WHERE b.article_id = a.id) <> ?
             OR (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) <> 2
             OR (SELECT count(*) FROM article_authors w WHERE w.article_id = a.id) <> 2
             OR (SELECT count(*) FROM raw_pages r WHERE r.article_id = a.id) <> 1""",
        [BLOCKS_PER_ARTICLE],
    ).fetchall()
    assert partial == []
    stored = db["articles"].count
    db.close()
    return stored


def test_sigkill_at_random_moments_loses_nothing_committed_and_corrupts_nothing(tmp_path):
    db_path = tmp_path / "crash.db"
    rng = random.Random(20251126)
    stored_after_kills = []
    for round_ in range(TRIALS):
        victim = start_victim(db_path, round_, "forever")
        time.sleep(rng.uniform(0.0, 0.5))
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
        stored_after_kills.append(assert_consistent(db_path))
    assert stored_after_kills == sorted(stored_after_kills)  # committed articles never disappear

    final_round = TRIALS
    victim = start_victim(db_path, final_round, "once")
    out, err = victim.communicate(timeout=120)
    assert victim.returncode == 0, err[-3000:]
    assert assert_consistent(db_path) == ARTICLES
    db = open_database(db_path)
    assert db.execute("SELECT count(DISTINCT canonical_url), count(*) FROM articles").fetchone() == (ARTICLES, ARTICLES)
    titles = dict(db.execute("SELECT url, title FROM articles"))
    assert titles["https://news.example/world/5-story/"] == f"Story 5, version {final_round % 2}"
    assert titles["https://news.example/world/6-story/"] == "Story 6"
    runs = db.execute("SELECT status, count(*) FROM crawl_runs GROUP BY status ORDER BY status").fetchall()
    assert runs == [("ok", 1), ("running", TRIALS)]  # killed runs stay visibly unfinished
