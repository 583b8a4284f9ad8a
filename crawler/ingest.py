"""WARC ingests: the settings they run with, and splitting one over several processes.

An ingest replays archived pages through the usual item pipelines, with the store stage
swapped for `ProgressStorePipeline` (it records how far into each archive the run got, so a
killed run resumes there). `--workers N` starts N processes of the same command, each reading
the archives whole but keeping only its shard of URLs (`crawler.warc.in_shard`); each parses
and stores its own pages, and SQLite's WAL plus the store's busy timeout let their batched
transactions take turns on the one database file.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scrapy.settings import Settings

from crawler.runner import project_settings

PROGRESS_STORE = "pipelines.ingest_progress.ProgressStorePipeline"
PLAIN_STORE = "pipelines.store.StorePipeline"


def ingest_settings(overrides: dict[str, Any]) -> Settings:
    """Project settings for an archive ingest: the store stage records archive progress."""
    settings = project_settings(overrides)
    pipelines = settings.getdict("ITEM_PIPELINES")
    order = pipelines.pop(PLAIN_STORE, 500)
    settings.set("ITEM_PIPELINES", {**pipelines, PROGRESS_STORE: order}, priority="cmdline")
    return settings


def parse_shard(value: str) -> tuple[int, int]:
    """`k/n` -> (k, n), with 0 <= k < n."""
    index, sep, count = value.partition("/")
    if not sep or not index.isdigit() or not count.isdigit() or not 0 <= int(index) < int(count):
        raise ValueError(f"expected K/N with 0 <= K < N, got {value!r}")
    return int(index), int(count)


def run_workers(arguments: Sequence[str], workers: int) -> int:
    """Run `newsdesk ingest-warc ARGUMENTS --shard k/N` for every k at once; the worst exit code."""
    processes = [
        subprocess.Popen([sys.executable, "-m", "crawler", "ingest-warc", *arguments, "--shard", f"{k}/{workers}"])
        for k in range(workers)
    ]
    return max(process.wait() for process in processes)


def worker_arguments(files: Sequence[Path], db_path: Path, site: str, domains: Sequence[str], raw_pages: bool) -> list[str]:
    """The command-line arguments that repeat this ingest in a worker process."""
    arguments = [str(file) for file in files] + ["--db", str(db_path), "--site", site]
    for domain in domains:
        arguments += ["--domain", domain]
    return arguments + ([] if raw_pages else ["--no-raw-pages"])
