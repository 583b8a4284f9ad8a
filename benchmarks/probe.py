"""A benchmark-only Scrapy extension: where a run's CPU goes, and its peak memory.

Enable it with the settings `EXTENSIONS = {"benchmarks.probe.StageProbe": 0}` and
`BENCH_PROBE_OUT = "/path/result.json"`. When the engine starts it notes the process CPU
time and wraps every item pipeline's `process_item` (and the store's `flush`, which also runs
from signals) with a `time.process_time` clock: `ParsePipeline` counts as parse, every other
pipeline as pipelines+storage. When the engine stops it writes JSON: the CPU and wall seconds
of the run (startup and imports excluded), the per-stage CPU seconds, the peak RSS of the
process, the file descriptors it has open by kind (the store and the queues closed by then), and
the run's Scrapy stats. Nothing here is imported by newsdesk itself.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from scrapy import signals

PARSE_PIPELINES = ("ParsePipeline",)


class _StageClock:
    """Adds the CPU time of wrapped calls to a category; nested calls count once (outermost)."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._depth = 0

    def wrap(self, category: str, func: Callable) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self._depth:
                return func(*args, **kwargs)
            self._depth += 1
            started = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[category] += time.process_time() - started
                self.calls[category] += 1
                self._depth -= 1

        return timed


def open_fds() -> dict[str, int]:
    """This process's open file descriptors by kind: file, socket, pipe, anon_inode, ..."""
    kinds: dict[str, int] = defaultdict(int)
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # the listing's own descriptor, closed by now
        kinds[target.split(":", 1)[0] if ":" in target and not target.startswith("/") else "file"] += 1
    return dict(kinds)


class StageProbe:
    """Measure a crawl from engine start to engine stop; write the figures to `BENCH_PROBE_OUT`."""

    def __init__(self, crawler, out: str):
        self.crawler = crawler
        self.out = out
        self.clock = _StageClock()
        self.cpu_started = self.wall_started = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        probe = cls(crawler, crawler.settings.get("BENCH_PROBE_OUT"))
        crawler.signals.connect(probe.engine_started, signal=signals.engine_started)
        crawler.signals.connect(probe.engine_stopped, signal=signals.engine_stopped)
        return probe

    def engine_started(self) -> None:
        self.cpu_started, self.wall_started = time.process_time(), time.monotonic()
        itemproc = self.crawler.engine.scraper.itemproc
        methods = itemproc.methods["process_item"]
        for position, method in enumerate(list(methods)):
            name = type(method.__self__).__name__
            methods[position] = self.clock.wrap("parse" if name in PARSE_PIPELINES else "pipelines", method)
        for pipeline in itemproc.middlewares:
            if callable(getattr(pipeline, "flush", None)):
                pipeline.flush = self.clock.wrap("pipelines", pipeline.flush)

    def engine_stopped(self) -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result = {
            "cpu_s": time.process_time() - self.cpu_started,
            "wall_s": time.monotonic() - self.wall_started,
            "stage_cpu_s": dict(self.clock.seconds),
            "stage_calls": dict(self.clock.calls),
            "peak_rss_mb": high_water_kib("self") / 1024 or usage.ru_maxrss / 1024,
            "open_fds": open_fds(),
            "stats": {key: value for key, value in self.crawler.stats.get_stats().items() if isinstance(value, (int, float, str))},
        }
        if self.out:
            with open(self.out, "w") as out:
                json.dump(result, out, indent=1, default=str)


def high_water_kib(pid: int | str) -> int:
    """A process's peak resident memory so far in KiB (`VmHWM`; 0 where /proc cannot say).

    Not `ru_maxrss`: Linux keeps in it the peak of the image `exec` replaced (the fork of
    whatever started the crawl), so a small crawl started by a large process reads as large.
    """
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0

