"""WARC archives as work units in Redis, for distributed ingests (`newsdesk ingest-warc --redis`).

An archive is cut into byte ranges at record boundaries (`crawler.warc.split_archive`); each
range is a `WarcUnit`, queued as JSON in the same reliable queue as a crawl's requests
(`crawler.distributed.frontier`, under the name `warc`: claimed into the worker's processing
hash, acknowledged when done, re-queued by the others when its worker dies). A worker reads
only the records of the units it claims, so no host decompresses a whole archive; the archives
must be readable at the same path on every worker host (a shared mount, or copies).

`WarcUnitsSpider` claims units one after another and yields their pages, then a `UnitRead`
marker; the pipelines handle a spider's pages in the order it yields them (every newsdesk
pipeline is synchronous), so when the marker reaches the last stage
(`pipelines.redis_items.RedisItemsPipeline`) every item of the unit is in the stream, and the
unit is acknowledged. A worker killed before that leaves the unit to be read again; the
writer stores each record once all the same, keyed by the record's position
(`crawler.distributed.items` carries it; `storage.ingest_progress` keeps each unit's high-water mark).
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import scrapy
from scrapy.exceptions import CloseSpider
from twisted.internet.task import LoopingCall

from crawler.distributed.frontier import Frontier, Keys, connect, new_worker_id, payload_of
from crawler.items import AUTO_SITE
from crawler.warc import NotAWarc, archive_key, iter_warc_pages, split_archive

QUEUE = "warc"
"""The name the units are queued under (where a crawl has its outlet's name)."""


@dataclass(frozen=True)
class WarcUnit:
    """The records of one archive that start in `[start, end)`, and how to read them."""

    archive: str
    """The archive's resolved path (the same on every worker host)."""
    start: int
    end: int
    size: int
    """The archive's size when it was queued (a worker refuses a file that changed)."""
    site: str = AUTO_SITE
    """Site profile to parse with (`--site`)."""
    domains: tuple[str, ...] = ()
    """Only pages on these domains (`--domain`)."""

    @property
    def reader(self) -> str:
        """The unit's name in record positions and progress: `@start-end`."""
        return f"@{self.start}-{self.end}"

    @property
    def fingerprint(self) -> str:
        """Queued once: the same unit queued again is filtered."""
        return f"{self.archive}{self.reader}"

    def to_json(self) -> bytes:
        return orjson.dumps(self)

    @classmethod
    def from_json(cls, payload: bytes) -> WarcUnit:
        """The unit `to_json` wrote; ValueError for anything else (it is never unpickled)."""
        data = orjson.loads(payload)
        if not isinstance(data, dict) or set(data) != {"archive", "start", "end", "size", "site", "domains"}:
            raise ValueError("not a WARC work unit")
        numbers = (data["start"], data["end"], data["size"])
        if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in numbers):
            raise ValueError("a WARC work unit's offsets are whole numbers")
        if not (isinstance(data["archive"], str) and isinstance(data["site"], str) and isinstance(data["domains"], list)
                and all(isinstance(d, str) for d in data["domains"])):
            raise ValueError("a WARC work unit names its archive, site and domains as text")
        return cls(data["archive"], data["start"], data["end"], data["size"], data["site"], tuple(data["domains"]))


def archive_units(path: str, unit_bytes: int, site: str = AUTO_SITE, domains: tuple[str, ...] = ()) -> list[WarcUnit]:
    """The archive's work units of about `unit_bytes` each."""
    size = Path(path).stat().st_size
    return [WarcUnit(archive_key(path), start, end, size, site, tuple(domains)) for start, end in split_archive(path, unit_bytes)]


def enqueue_units(frontier: Frontier, units: list[WarcUnit]) -> int:
    """Queue the units (archive order first); how many were new (a unit already queued, or
    being read, in the current ingest is not queued again)."""
    return sum(frontier.push(unit.to_json(), -number, unit.fingerprint) for number, unit in enumerate(units))


def units_frontier(redis_url: str, prefix: str, heartbeat_ttl: float, worker: str | None = None) -> Frontier:
    """The queue of WARC units under `prefix`, as seen by `worker`."""
    return Frontier(connect(redis_url), Keys(prefix, QUEUE), worker or new_worker_id(), heartbeat_ttl)


@dataclass(frozen=True)
class UnitRead:
    """Marker after a unit's pages: when it leaves the pipelines, every item of the unit is pushed."""

    unit: WarcUnit
    member: bytes
    frontier: Frontier

    def acknowledge(self) -> None:
        """The unit is done: take it off this worker's claims."""
        self.frontier.ack([self.member])


class WarcUnitsSpider(scrapy.Spider):
    """Claim WARC units from Redis and yield their pages (then a `UnitRead`) until every unit of
    the ingest is done -- also the ones other workers hold, which come back if they die.

    Settings: `NEWS_REDIS_URL`, `NEWS_REDIS_PREFIX` (default `newsdesk`),
    `NEWS_REDIS_HEARTBEAT_TTL` (seconds, default 30).
    """

    name = "warc-units"

    def __init__(self, *args: Any, frontier: Frontier | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.frontier = frontier
        self._heartbeat: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> WarcUnitsSpider:
        settings = crawler.settings
        ttl = settings.getfloat("NEWS_REDIS_HEARTBEAT_TTL", 30.0)
        frontier = units_frontier(settings.get("NEWS_REDIS_URL"), settings.get("NEWS_REDIS_PREFIX") or "newsdesk", ttl,
                                  settings.get("NEWS_REDIS_WORKER"))
        return super().from_crawler(crawler, *args, frontier=frontier, **kwargs)

    async def start(self):
        ttl = self.frontier.heartbeat_ttl_ms / 1000
        self.frontier.join()
        self._heartbeat = LoopingCall(self.frontier.beat)
        self._heartbeat.start(min(1.0, ttl / 3), now=False)
        while True:
            member = self.frontier.claim()
            if member is None:
                if self.frontier.run_drained():
                    return
                if self.frontier.reap_dead():
                    self.logger.warning("re-queued WARC units claimed by dead workers")
                await asyncio.sleep(min(1.0, ttl / 3))
                continue
            try:
                unit = WarcUnit.from_json(payload_of(member))
            except ValueError as error:
                self.logger.error("dropping a queued WARC unit that is not one (never unpickled): %s", error)
                self.frontier.ack([member])
                continue
            if not _readable(unit):
                raise CloseSpider(f"archive not readable here as it was queued: {unit.archive} ({unit.size} bytes)")
            try:
                for page in iter_warc_pages(unit.archive, unit.domains, unit.site, start_offset=unit.start,
                                            end_offset=unit.end, reader=unit.reader):
                    yield page
            except NotAWarc as error:  # damaged part-way: the records before the damage went through
                self.logger.error("%s; the unit's records before it were ingested", error)
            yield UnitRead(unit, member, self.frontier)

    def closed(self, reason: str) -> None:
        """Stop the heartbeat; hand back unfinished units (a finished ingest clears its queue's filter)."""
        if self._heartbeat is not None and self._heartbeat.running:
            self._heartbeat.stop()
        self.frontier.leave(finished=reason == "finished")


def _readable(unit: WarcUnit) -> bool:
    """The unit's archive is here, at the size it had when it was queued."""
    try:
        return os.path.getsize(unit.archive) == unit.size
    except OSError:
        return False
