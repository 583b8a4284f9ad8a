"""Shared fixtures: the sample site on a real local HTTP server, and running the CLI for real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.localsite import SAMPLE_SITE, LocalSite

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def sample_site():
    """The bundled sample outlet, served on 127.0.0.1 for the whole test session."""
    with LocalSite(SAMPLE_SITE) as site:
        yield site


def run_newsdesk(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `newsdesk ARGS` in a fresh process (a crawl owns its process's reactor)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd or REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """../shared/bench, or a visible skip where it is absent."""
    if not BENCH.is_dir():
        pytest.skip(f"benchmark data not found at {BENCH}: ../shared/bench is absent")
    return BENCH
