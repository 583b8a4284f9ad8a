"""Distributed WARC ingests: `newsdesk ingest-warc --redis URL FILES...` queues the archives
as work units, `newsdesk ingest-warc --redis URL --worker` (any number, on any hosts) parses
them and pushes the items to the stream that `newsdesk ingest --redis URL`, the one writer,
stores. The units and the worker's spider are the crawler's (`crawler.distributed.archives`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.distributed.archives import QUEUE, WarcUnitsSpider, archive_units, enqueue_units, units_frontier
from crawler.distributed.frontier import RedisUnavailable, connect, new_worker_id
from crawler.runner import project_settings, run_spider
from newsdesk.distributed.worker import REDIS_STAGE, STORE_STAGE
from newsdesk.jobs import EXIT_FAILED, EXIT_OK

DEFAULT_UNIT_MB = 64.0
"""Size of a work unit: big enough that claiming one costs nothing next to reading it, small
enough that an archive of a few GB spreads over many workers."""


@dataclass(frozen=True)
class Queued:
    """What `enqueue_archives` did."""

    units: int
    """Work units queued now."""
    already: int
    """Units of this ingest that were queued (or being read) already."""


def enqueue_archives(redis_url: str, files: Sequence[Path], *, unit_mb: float = DEFAULT_UNIT_MB, site: str,
                     domains: Sequence[str] = (), prefix: str = "newsdesk") -> Queued:
    """Cut the archives into work units and queue them. Raises `RedisUnavailable`."""
    connect(redis_url).close()
    frontier = units_frontier(redis_url, prefix, heartbeat_ttl=30.0, worker="enqueue")
    units = [unit for file in files for unit in archive_units(str(file), max(1, int(unit_mb * 1e6)), site,
                                                                 tuple(domain.lower() for domain in domains))]
    queued = enqueue_units(frontier, units)
    frontier.client.close()
    return Queued(queued, len(units) - queued)


def warc_worker_settings(redis_url: str, prefix: str, worker: str, heartbeat: float) -> dict[str, Any]:
    """A WARC worker's settings: the store stage pushes to the stream instead."""
    pipelines = dict(project_settings().getdict("ITEM_PIPELINES"))
    pipelines[REDIS_STAGE] = pipelines.pop(STORE_STAGE, 500)
    return {
        "ITEM_PIPELINES": pipelines,
        "NEWS_REDIS_URL": redis_url,
        "NEWS_REDIS_PREFIX": prefix,
        "NEWS_REDIS_WORKER": worker,
        "NEWS_REDIS_HEARTBEAT_TTL": heartbeat,
        "NEWS_PROGRESS": False,
    }


def run_warc_worker(redis_url: str, *, prefix: str = "newsdesk", heartbeat: float = 30.0, say=print) -> int:
    """Read WARC units until every unit of the ingest is done; the exit code."""
    try:
        connect(redis_url).close()
    except RedisUnavailable as error:
        say(f"newsdesk: {error}")
        return EXIT_FAILED
    worker = new_worker_id()
    settings = project_settings(warc_worker_settings(redis_url, prefix, worker, heartbeat))
    say(f"newsdesk: WARC worker {worker} reading units of {prefix}:{QUEUE} via {redis_url}")
    stats = run_spider(WarcUnitsSpider, settings)
    reason = stats.get("finish_reason")
    say(
        f"newsdesk: WARC worker {worker} {reason}: {stats.get('news/redis/units_read', 0)} units, "
        f"{stats.get('news/redis/items', 0)} items pushed"
    )
    return EXIT_OK if reason == "finished" else EXIT_FAILED
