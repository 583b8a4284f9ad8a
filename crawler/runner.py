"""Run a spider in this process with newsdesk's settings, and hand back its stats."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import SETTINGS_PRIORITIES, Settings
from scrapy.spiderloader import SpiderLoader

from crawler.progress import progress_enabled


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """`crawler.settings` (what `scrapy crawl` reads too), with command-line overrides on top."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def spider_names(settings: Settings | None = None) -> list[str]:
    """The names `newsdesk crawl` accepts."""
    return sorted(SpiderLoader.from_settings(settings or project_settings()).list())


def run_spider(spider: str | type, settings: Settings, **spider_args: Any) -> dict[str, Any]:
    """Run one spider to the end; returns its Scrapy stats (plus `finish_reason`).

    On a terminal the run draws a progress bar (unless `NEWS_PROGRESS` was set explicitly)."""
    if settings.getpriority("NEWS_PROGRESS") == SETTINGS_PRIORITIES["project"] and progress_enabled():
        settings.set("NEWS_PROGRESS", True, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    process.crawl(crawler, **spider_args)
    with collector_tuned(settings.getint("NEWS_GC_GEN0_THRESHOLD")), log_echoed(settings):
        process.start()
    return dict(crawler.stats.get_stats())


@contextmanager
def log_echoed(settings: Settings) -> Iterator[None]:
    """With `NEWS_LOG_ECHO` and a `LOG_FILE`, the run's log goes to stderr as well (`-v`)."""
    if not (settings.getbool("NEWS_LOG_ECHO") and settings.get("LOG_FILE")):
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT")))
    handler.setLevel(settings.get("LOG_LEVEL"))
    logging.root.addHandler(handler)
    try:
        yield
    finally:
        logging.root.removeHandler(handler)


@contextmanager
def collector_tuned(gen0_threshold: int) -> Iterator[None]:
    """Run the body with Python's cyclic garbage collector set for a crawl, then as before.

    Objects alive at the start (modules, settings, the crawler) are frozen out of the collector's
    scans, and a young collection runs after `gen0_threshold` net allocations instead of 700:
    a page makes thousands of short-lived objects, nearly all freed by reference counting, so the
    default mostly rescans objects still in flight. 0 leaves the collector alone.
    """
    if gen0_threshold <= 0:
        yield
        return
    previous = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(gen0_threshold, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()
