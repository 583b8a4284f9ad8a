"""Replaying stored pages through the pipelines: WARC ingests (resumable, optionally split over
several processes) and re-parses of the raw pages kept in the database.

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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.settings import Settings

from crawler.items import FetchedPage
from crawler.runner import project_settings, run_spider
from crawler.spiders.replay import ReplaySpider
from crawler.warc import NotAWarc, archive_key, iter_warc_pages, shard_key
from storage.database import open_database
from storage.ingest_progress import start_offsets
from storage.raw_pages import iter_raw_pages

PROGRESS_STORE = "pipelines.store.ProgressStorePipeline"
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
        subprocess.Popen([sys.executable, "-m", "newsdesk", "ingest-warc", *arguments, "--shard", f"{k}/{workers}"])
        for k in range(workers)
    ]
    return max(process.wait() for process in processes)


def worker_arguments(files: Sequence[Path], db_path: Path, site: str, domains: Sequence[str], raw_pages: bool) -> list[str]:
    """The command-line arguments that repeat this ingest in a worker process."""
    arguments = [str(file) for file in files] + ["--db", str(db_path), "--site", site]
    for domain in domains:
        arguments += ["--domain", domain]
    return arguments + ([] if raw_pages else ["--no-raw-pages"])


@dataclass
class Ingest:
    """One `ingest-warc` run of some archives into a database."""

    files: Sequence[Path]
    db_path: Path
    site: str
    domains: Sequence[str] = ()
    raw_pages: bool = True
    shard: tuple[int, int] = (0, 1)
    log_settings: dict[str, Any] = field(default_factory=dict)
    """The run's key and log file (`newsdesk.jobs.run_logging`)."""
    damaged: list[str] = field(default_factory=list)
    """Archives that turned out damaged part-way (the records before the damage were ingested)."""

    def start_offsets(self, from_start: bool) -> dict[str, int]:
        """Where each archive is read from (after what earlier runs stored), checking now that the
        database can be written."""
        db = open_database(self.db_path)
        try:
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")
            return start_offsets(db, [archive_key(file) for file in self.files], shard_key(self.shard), from_start=from_start)
        finally:
            db.close()

    def run(self, offsets: dict[str, int]) -> dict[str, Any]:
        """Parse and store every page from the offsets on, in this process; Scrapy's stats."""
        Path(self.log_file).parent.mkdir(parents=True, exist_ok=True)
        settings = ingest_settings({"NEWS_DB": str(self.db_path), "NEWS_SITE": self.site,
                                    "NEWS_STORE_RAW_PAGES": self.raw_pages, **self.log_settings})
        return run_spider(ReplaySpider, settings, pages=self._pages(offsets))

    @property
    def log_file(self) -> str | None:
        return self.log_settings.get("LOG_FILE")

    def run_workers(self, workers: int) -> int:
        """The same ingest as `workers` processes, each with its shard of the URLs (and its own log
        file in the same folder); the worst exit code."""
        arguments = worker_arguments(self.files, self.db_path, self.site, self.domains, self.raw_pages)
        if self.log_file:
            arguments += ["--logs", str(Path(self.log_file).parent)]
        if self.log_settings.get("NEWS_LOG_ECHO"):
            arguments.append("--verbose")
        return run_workers(arguments, workers)

    def _pages(self, offsets: dict[str, int]) -> Iterator[FetchedPage]:
        domains = tuple(domain.lower() for domain in self.domains)
        for file in self.files:
            try:
                yield from iter_warc_pages(file, domains, start_offset=offsets[archive_key(file)], shard=self.shard)
            except NotAWarc as error:  # damaged part-way: keep what came before, go on with the next file
                self.damaged.append(str(error))


def reparse(db_path: Path, site: str | None = None, since: str | None = None,
            log_settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Re-run the current parsers over the raw pages stored in `db_path` (one site's, or those
    fetched since a date) and upgrade their articles; Scrapy's stats of the run."""
    log_settings = log_settings or {}
    if log_settings.get("LOG_FILE"):
        Path(log_settings["LOG_FILE"]).parent.mkdir(parents=True, exist_ok=True)
    db = open_database(db_path)
    try:
        return run_spider(ReplaySpider, project_settings({"NEWS_DB": str(db_path), **log_settings}),
                          pages=iter_raw_pages(db, site=site, since=since))
    finally:
        db.close()
