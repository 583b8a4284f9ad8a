"""Progress bars for long commands (crawl, ingest, export): rich bars on a terminal, nothing otherwise.

A bar is drawn on stderr only when both stdout and stderr are terminals, so `newsdesk export -o -`
piped into another program, CI logs and tests get no bar and no control characters; commands keep
printing their plain summary lines either way.

    with progress("exporting") as advance:
        write_export(databases, stream, filters, advance)   # advance(n) per batch written

Crawls and ingests: enable `ProgressExtension` (EXTENSIONS) and set `NEWS_PROGRESS = True` when
`progress_enabled()`; it counts stored and rejected pages as the pipelines finish them
(`NEWS_PROGRESS_TOTAL` gives a known total, e.g. the records of a WARC). Keep LOG_LEVEL at
WARNING then, or Scrapy's log lines interleave with the bar.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


def progress_enabled() -> bool:
    """Whether a bar may be drawn: stdout and stderr are both terminals."""
    return sys.stdout.isatty() and sys.stderr.isatty()


@contextmanager
def progress(description: str, total: int | None = None, *, enabled: bool | None = None) -> Iterator[Callable[..., None]]:
    """Yield `advance(n=1)`; with a bar when enabled (default: `progress_enabled()`), a no-op otherwise.

    With `total=None` the bar shows a count and a spinner instead of a percentage.
    """
    if not (progress_enabled() if enabled is None else enabled):
        yield _no_op
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    if total is not None:
        columns.append(TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(description, total=total)

        def advance(n: int = 1) -> None:
            bar.advance(task, n)

        yield advance


def _no_op(n: int = 1) -> None:
    """advance() when no bar is drawn."""


class ProgressExtension:
    """Scrapy extension: a bar of pages stored and rejected while a crawl or ingest runs.

    Off unless the setting `NEWS_PROGRESS` is true; `NEWS_PROGRESS_TOTAL` (default 0: unknown)
    turns the count into a percentage.
    """

    def __init__(self, total: int | None = None, *, console: Console | None = None):
        self.total = total
        self.counts = {"stored": 0, "rejected": 0}
        self.bar = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[stored]} stored, {task.fields[rejected]} rejected"), TimeElapsedColumn(),
            console=console or Console(stderr=True),
        )
        self.task = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProgressExtension:
        """Hook the item signals when `NEWS_PROGRESS` is on."""
        from scrapy import signals  # here, so the export path does not pay Scrapy's import time
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.getbool("NEWS_PROGRESS"):
            raise NotConfigured  # off unless on a terminal: nothing to warn about
        extension = cls(crawler.settings.getint("NEWS_PROGRESS_TOTAL") or None)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any = None) -> None:
        """Draw the bar."""
        self.task = self.bar.add_task(getattr(spider, "name", "pages"), total=self.total, **self.counts)
        self.bar.start()

    def item_scraped(self, item: Any = None) -> None:
        """A page went through every pipeline."""
        self._count("stored")

    def item_dropped(self, item: Any = None, exception: BaseException | None = None) -> None:
        """A page was rejected by a pipeline."""
        self._count("rejected")

    def spider_closed(self, spider: Any = None) -> None:
        """Leave the final counts on screen."""
        self.bar.stop()

    def _count(self, outcome: str) -> None:
        self.counts[outcome] += 1
        if self.task is not None:
            self.bar.update(self.task, advance=1, **self.counts)
