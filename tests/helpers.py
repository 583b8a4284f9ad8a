"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.parsers import parse_html
from crawler.sites import GENERIC

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO.parent / "shared" / "bench"

STORY_TEXT = "".join(f"<p>This is a sentence of ordinary article prose, number {n}, long enough to be text "
                     "and followed by another sentence that says a bit more.</p>" for n in range(5))


def parse_story(head: str = "", body: str = "", url: str = "https://news.example.org/politics/a-story"):
    """A plain article page (`<title>`, an h1, five paragraphs) with `head` in its head and `body`
    after its text, parsed by the generic parser: for tests of one header field."""
    html = (f"<html><head><title>A story</title>{head}</head><body><article><h1>A story about things</h1>"
            f"<div class='text'>{STORY_TEXT}</div>{body}</article></body></html>")
    return parse_html(html, url, GENERIC)


def recorded_searches(monkeypatch, module, name: str, method: str) -> list[str]:
    """The texts a module's compiled pattern `name` is asked about through `method` from now on
    (the pattern still answers): for tests that a cheap test spares the search."""
    pattern = getattr(module, name)
    texts: list[str] = []

    class Recording:
        def __getattr__(self, called: str):
            answer = getattr(pattern, called)
            if called != method:
                return answer

            def recorded(text: str, *args):
                texts.append(text)
                return answer(text, *args)
            return recorded

    monkeypatch.setattr(module, name, Recording())
    return texts


def jsonld_article(**fields) -> str:
    """A JSON-LD NewsArticle block with `fields`."""
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False")
"""Crawl settings for our own local servers: no politeness delays needed."""


def run_newsdesk(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `newsdesk ARGS` in a fresh process (a crawl owns its process's reactor)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", *args],
        cwd=cwd or REPO,
        env=env,
        capture_output=True,
        check=False,
        text=True,
        timeout=timeout,
    )


def run_newsdesk_measured(*args: str, timeout: float = 300) -> tuple[subprocess.CompletedProcess, int]:
    """`run_newsdesk`, plus the peak resident memory of that process in bytes.

    The peak is the process's own high-water mark (`VmHWM` in /proc/PID/status), read while it
    runs. Not `ru_maxrss` from `wait4`: Linux counts in it the memory of the process image that
    exec replaced, a fork of this test process, so a test run that had grown to 450 MB measured
    every crawl it started at 450 MB at least.
    """
    command = [sys.executable, "-m", "newsdesk", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=err)
        deadline = time.monotonic() + timeout
        peak_kib = 0
        while not (reaped := os.wait4(process.pid, os.WNOHANG))[0]:
            if time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise subprocess.TimeoutExpired(command, timeout)
            peak_kib = max(peak_kib, _high_water_kib(process.pid))
            time.sleep(0.02)
        _, status, usage = reaped
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(command, process.returncode, out.read().decode(), err.read().decode())
    return result, (peak_kib or usage.ru_maxrss) * 1024


def _high_water_kib(pid: int) -> int:
    """The process's peak resident memory so far in KiB (0 where /proc cannot say: it exited, not Linux)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database (the online backup API, WAL included)."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target
