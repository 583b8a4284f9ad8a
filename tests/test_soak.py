"""The soak in short (benchmarks/soak.py --cycles 20): scheduled `newsdesk crawl --all` runs
against an outlet that changes and fails at fixed rates, a fifth of them SIGKILLed, checked
after every run. The full run (200 cycles) is `make bench`'s; its figures are in the README.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.soak

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def soak(tmp_path_factory):
    plot = tmp_path_factory.mktemp("soak") / "soak.png"
    command = [sys.executable, "benchmarks/soak.py", "--cycles", "20", "--pages", "40", "--seed", "3", "--plot", str(plot)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stdout, plot


def test_every_run_was_checked_and_some_were_killed(soak):
    result, output, plot = soak
    assert result["cycles"] == 20 and result["killed"] >= 1, output[-3000:]
    assert plot.stat().st_size > 10_000


@pytest.mark.parametrize("check", ["lost", "duplicates", "integrity_failures", "missing_revisions", "truncated", "garbled",
                                   "removals_unmarked", "failed_runs"])
def test_nothing_lost_duplicated_corrupted_or_missed(soak, check):
    result, output, _ = soak
    assert result[check] == 0, output[-3000:]


def test_memory_files_and_bytes_per_article_stay_flat(soak):
    result, output, _ = soak
    assert result["rss_last_over_first"] <= 1.1, output[-3000:]
    assert result["file_fd_growth"] <= 0, output[-3000:]
    assert result["db_bytes_per_article_spread"] <= 0.1, output[-3000:]


def test_prune_keeps_only_the_raw_pages_of_its_retention(soak):
    prune = soak[0]["prune"]
    assert prune["kept_within_retention"]
    assert prune["raw_pages_after"] < prune["raw_pages_before"]
    assert prune["db_bytes_after"] < prune["db_bytes_before"]
