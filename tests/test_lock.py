"""One run at a time per database and outlet: a second run exits 75; a dead holder's lock is taken over."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from newsdesk.jobs import EXIT_LOCKED
from newsdesk.localsite import SAMPLE_SITE, LocalSite
from newsdesk.lock import AlreadyRunning, RunLock, lock_path
from tests.helpers import REPO, run_newsdesk

FAST = ("--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False")


def test_second_lock_on_the_same_file_is_refused(tmp_path):
    path = lock_path(tmp_path / "news.db", "pravda")
    with RunLock(path):
        with pytest.raises(AlreadyRunning, match=f"pid {os.getpid()}"):
            RunLock(path).acquire()
    with RunLock(path):  # released: free again
        pass


def test_locks_are_per_database_and_outlet(tmp_path):
    with RunLock(lock_path(tmp_path / "a.db", "pravda")):
        with RunLock(lock_path(tmp_path / "a.db", "example")), RunLock(lock_path(tmp_path / "b.db", "pravda")):
            pass


def test_lock_left_by_a_dead_process_is_taken_over(tmp_path, sample_site):
    db_path = tmp_path / "news.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from newsdesk.lock import RunLock; from pathlib import Path; "
         f"RunLock(Path({str(lock_path(db_path, 'pravda'))!r})).acquire(); import time; time.sleep(60)"],
        cwd=REPO,
    )
    try:
        _wait_for(lambda: lock_path(db_path, "pravda").exists() and lock_path(db_path, "pravda").read_text())
    finally:
        holder.kill()
        holder.wait()
    assert "pid" in lock_path(db_path, "pravda").read_text()  # the dead holder's note is still there
    result = run_newsdesk("crawl", "pravda", "--base-url", sample_site.url, "--db", str(db_path), *FAST)
    assert result.returncode == 0, result.stderr[-2000:]


def test_second_crawl_of_the_same_outlet_and_database_exits_75(tmp_path):
    db_path = tmp_path / "news.db"
    with LocalSite(SAMPLE_SITE, delay=0.5) as slow_site:
        args = ["crawl", "pravda", "--base-url", slow_site.url, "--db", str(db_path), *FAST]
        one_at_a_time = ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")  # ~40 requests: 20 s at least
        first = subprocess.Popen([sys.executable, "-m", "newsdesk", *args, *one_at_a_time], cwd=REPO, stderr=subprocess.DEVNULL)
        try:
            _wait_for(lambda: lock_path(db_path, "pravda").exists() and lock_path(db_path, "pravda").read_text())
            second = run_newsdesk(*args)
            assert first.poll() is None, "the first run should still be crawling the slow server"
        finally:
            first.kill()  # no need to wait for it: the point is made
            first.wait()
    assert second.returncode == EXIT_LOCKED
    assert "not starting 'pravda'" in second.stderr and "another run holds" in second.stderr
    assert f"pid {first.pid}" in second.stderr


def _wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)
