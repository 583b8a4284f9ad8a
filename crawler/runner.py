"""Run a spider in this process with newsdesk's settings, and hand back its stats."""

from __future__ import annotations

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
    process.start()
    return dict(crawler.stats.get_stats())
