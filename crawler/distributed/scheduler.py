"""RedisScheduler: a Scrapy scheduler over the shared Redis frontier (`crawler.distributed.frontier`).

Our own thin scheduler rather than scrapy-redis's: scrapy-redis 0.9.1 seeds through
`start_requests()` (removed in Scrapy 2.16; on 2.19 only its idle path works, with deprecation
warnings), its queues pop without acknowledgement (a killed worker loses what it had in
flight), its duplicate filter computes its own fingerprints instead of the crawler's
`REQUEST_FINGERPRINTER`, and it queues pickles (whoever can write to the Redis could run code
on every worker). This one implements Scrapy's public scheduler interface and queues requests
as plain JSON (`crawler.distributed.requests`; a payload that is not is logged and dropped,
never unpickled), so spiders keep their `async def start()`: every worker runs it and the
shared duplicate filter lets each start URL into the queue once.

Acknowledgement: a claimed request is done when Scrapy's engine has finished with it -- its
response went through the callback and item pipelines (items are in the Redis stream), or its
failure through the errback, or a redirect / retry replaced it (the replacement is queued
first). Scrapy has no public signal for that moment; the engine keeps the requests it is
handling in its slot's `inprogress` set and removes each one exactly then, so claims not in
that set any more are acknowledged (checked on every `next_request` and every heartbeat).
That set and the slot's `nextcall` (used to wake an idle engine when requests arrive) are the
two non-public Scrapy attributes used here; tests/test_distributed.py runs against Scrapy 2.19.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request
from twisted.internet.task import LoopingCall

from crawler.distributed.frontier import Frontier, Keys, connect, new_worker_id, payload_of
from crawler.distributed.requests import decode_request, encode_request

logger = logging.getLogger(__name__)

HEARTBEAT_TTL = 30.0
"""Seconds without a heartbeat after which a worker counts as dead and its claims are re-queued."""


class RedisScheduler:
    """Scrapy scheduler: requests go to and come from the outlet's queue in Redis, through its
    shared duplicate filter; claimed requests are acknowledged when done, a dead worker's are
    re-queued by the others.

    Settings: `NEWS_REDIS_URL` (required), `NEWS_REDIS_PREFIX` (key prefix, default
    `newsdesk`), `NEWS_REDIS_OUTLET` (whose frontier, default the spider's name),
    `NEWS_REDIS_WORKER` (this worker's id, default host-pid-random),
    `NEWS_REDIS_HEARTBEAT_TTL` (seconds, default 30).
    """

    def __init__(self, crawler: Any, frontier: Frontier, tick_seconds: float):
        self.crawler = crawler
        self.stats = crawler.stats
        self.frontier = frontier
        self.tick_seconds = tick_seconds
        self._claims: dict[Request, bytes] = {}
        self._waiting = False
        self._ticker: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisScheduler:
        settings = crawler.settings
        url = settings.get("NEWS_REDIS_URL")
        if not url:
            raise ValueError("RedisScheduler needs the NEWS_REDIS_URL setting (redis://host:port/db)")
        keys = Keys(settings.get("NEWS_REDIS_PREFIX") or "newsdesk", settings.get("NEWS_REDIS_OUTLET") or crawler.spidercls.name)
        ttl = settings.getfloat("NEWS_REDIS_HEARTBEAT_TTL", HEARTBEAT_TTL)
        frontier = Frontier(connect(url), keys, settings.get("NEWS_REDIS_WORKER") or new_worker_id(), ttl)
        scheduler = cls(crawler, frontier, tick_seconds=min(1.0, ttl / 3))
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        return scheduler

    # -- Scrapy's scheduler interface --------------------------------------------------------

    def open(self, spider: Any) -> None:
        self.frontier.join()
        self.stats.set_value("news/redis/worker", self.frontier.worker)
        self._ticker = LoopingCall(self._tick)
        self._ticker.start(self.tick_seconds, now=False)
        logger.info("worker %s joined the frontier of %s", self.frontier.worker, self.frontier.keys.outlet)

    def close(self, reason: str) -> None:
        if self._ticker is not None and self._ticker.running:
            self._ticker.stop()
        self._ack_done()
        if self._claims:
            self.stats.inc_value("news/redis/handed_back", len(self._claims))
        if self.frontier.leave(finished=reason == "finished"):
            logger.info("run of %s finished: its duplicate filter is cleared", self.frontier.keys.outlet)

    def has_pending_requests(self) -> bool:
        return self.frontier.pending() > 0

    def enqueue_request(self, request: Request) -> bool:
        payload = encode_request(request, self.crawler.spider)
        fingerprint = None if request.dont_filter else self.crawler.request_fingerprinter.fingerprint(request).hex()
        if not self.frontier.push(payload, request.priority, fingerprint):
            self.stats.inc_value("news/redis/filtered")
            return False
        self.stats.inc_value("news/redis/enqueued")
        return True

    def next_request(self) -> Request | None:
        self._ack_done()
        member = self.frontier.claim()
        if member is None:
            return None
        try:
            request = decode_request(payload_of(member), self.crawler.spider)
        except (ValueError, TypeError) as error:  # BadRequestPayload, or a URL Scrapy refuses
            logger.error("dropping a queued request that is not newsdesk's JSON (never unpickled): %s", error)
            self.frontier.ack([member])
            self.stats.inc_value("news/redis/unreadable")
            return None
        self._claims[request] = member
        self._waiting = False
        self.stats.inc_value("news/redis/claimed")
        return request

    # -- signals and heartbeat -----------------------------------------------------------------

    def spider_idle(self) -> None:
        """Keep the worker open while the run goes on elsewhere (queued or claimed requests)."""
        self._ack_done()
        orphans = self.frontier.requeue_orphans(list(self._claims.values()))
        if orphans:
            logger.warning("re-queued %d claims of this worker it no longer handled (lost in a Redis restart)", orphans)
            self.stats.inc_value("news/redis/requeued_orphans", orphans)
        if not self.frontier.run_drained():
            self._waiting = True
            raise DontCloseSpider("other workers are still crawling this outlet")
        self._waiting = False

    def _tick(self) -> None:
        """Renew the heartbeat, acknowledge finished requests, re-queue dead workers' claims,
        and wake the engine when there is work for it (or a run to watch end)."""
        try:
            self.frontier.beat()
            self._ack_done()
            requeued = self.frontier.reap_dead()
            if requeued:
                logger.warning("re-queued %d requests claimed by dead workers", requeued)
                self.stats.inc_value("news/redis/requeued", requeued)
            if self._waiting or self.frontier.pending():
                self._wake_engine()
        except Exception:
            logger.exception("redis heartbeat failed; retrying")

    def _ack_done(self) -> None:
        inprogress = self._engine_inprogress()
        if inprogress is None:
            return
        done = [request for request in self._claims if request not in inprogress]
        if done:
            self.frontier.ack([self._claims.pop(request) for request in done])
            self.stats.inc_value("news/redis/acked", len(done))

    def _engine_inprogress(self) -> set[Request] | None:
        """The requests Scrapy's engine is still handling (see the module docstring); None
        without an engine slot, when nothing can be known to be done."""
        slot = self._engine_slot()
        return slot.inprogress if slot is not None else None

    def _wake_engine(self) -> None:
        slot = self._engine_slot()
        if slot is not None:
            slot.nextcall.schedule()

    def _engine_slot(self) -> Any:
        """The engine's slot, or None before the crawl has an engine (or after it closed)."""
        try:
            engine = self.crawler.engine
        except RuntimeError:  # Scrapy's "not set yet"
            return None
        return getattr(engine, "_slot", None)
