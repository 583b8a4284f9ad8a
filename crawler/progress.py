"""Progress bars for long commands (crawl, ingest, export): rich bars on a terminal, nothing otherwise.

A bar is drawn on stderr only when both stdout and stderr are terminals, so `newsdesk export -o -`
piped into another program, CI logs and tests get no bar and no control characters; commands keep
printing their plain summary lines either way.

    with progress("exporting", total=count) as advance:
        for line in lines:
            out.write(line)
            advance()
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

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

T = TypeVar("T")


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


def track(items: Iterable[T], description: str, total: int | None = None, *, enabled: bool | None = None) -> Iterator[T]:
    """Iterate `items`, advancing a bar per item when enabled."""
    with progress(description, total, enabled=enabled) as advance:
        for item in items:
            yield item
            advance()


def _no_op(n: int = 1) -> None:
    """advance() when no bar is drawn."""
