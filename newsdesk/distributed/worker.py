"""One distributed crawl worker: `newsdesk crawl NAME --redis URL`.

A worker is an ordinary run of the outlet's spider with three things swapped: the scheduler
is `RedisScheduler` (the frontier and duplicate filter live in Redis, shared by every worker
of the outlet), the last item pipeline stage pushes to the Redis stream instead of SQLite
(`pipelines.redis_items`), and the incremental middleware asks the revisit state the writer
publishes in Redis (`crawler.distributed.revisit`) instead of the database. Nothing touches the
database -- no run lock, no JOBDIR (the frontier in Redis already survives a killed worker).
Start as many workers as you like, on as many hosts; `newsdesk ingest --redis URL` stores what
they find. A worker joins its outlet's run as soon as it starts (so workers started together
crawl one run, however long each takes to get going), and an incremental one then waits until
a writer has published the revisit state once.
"""

from __future__ import annotations

import threading
from typing import Any

from crawler.distributed.frontier import Frontier, Keys, RedisUnavailable, connect, new_worker_id
from crawler.distributed.revisit import wait_for_revisit_state
from crawler.distributed.scheduler import HEARTBEAT_TTL
from crawler.runner import project_settings, run_spider
from newsdesk.jobs import EXIT_FAILED, EXIT_OK, RunPlan

STORE_STAGE = "pipelines.store.StorePipeline"
REDIS_STAGE = "pipelines.redis_items.RedisItemsPipeline"
REVISIT_STATE = "crawler.distributed.revisit.RedisRevisitState"


def worker_settings(plan: RunPlan, redis_url: str, worker: str) -> dict[str, Any]:
    """The plan's settings turned into a worker's."""
    pipelines = dict(project_settings().getdict("ITEM_PIPELINES"))
    order = pipelines.pop(STORE_STAGE, 500)
    pipelines[REDIS_STAGE] = order
    log_file = plan.log_file.with_name(f"{plan.run_key}-{worker}.log")
    settings = {name: value for name, value in plan.settings.items() if name != "JOBDIR"}
    settings.update(
        SCHEDULER="crawler.distributed.scheduler.RedisScheduler",
        ITEM_PIPELINES=pipelines,
        NEWS_REDIS_URL=redis_url,
        NEWS_REDIS_OUTLET=plan.name,
        NEWS_REDIS_WORKER=worker,
        NEWS_REVISIT_STATE=REVISIT_STATE,
        LOG_FILE=str(log_file),
        NEWS_LOG_FILE=str(log_file),
    )
    return settings


def run_worker(plan: RunPlan, redis_url: str, say=print) -> int:
    """Crawl as one worker until the outlet's shared run is over; return the exit code."""
    try:
        client = connect(redis_url)
    except RedisUnavailable as error:
        say(f"newsdesk: {error}")
        return EXIT_FAILED
    worker = new_worker_id()
    settings = project_settings(worker_settings(plan, redis_url, worker))
    prefix = settings.get("NEWS_REDIS_PREFIX") or "newsdesk"
    frontier = Frontier(client, Keys(prefix, plan.name), worker, settings.getfloat("NEWS_REDIS_HEARTBEAT_TTL", HEARTBEAT_TTL))
    frontier.join()
    alive = _HeartbeatThread(frontier)  # until the crawl's scheduler beats (Scrapy takes seconds to start)
    alive.start()
    try:
        try:
            if settings.getbool("NEWS_INCREMENTAL"):
                wait_for_revisit_state(client, prefix, say)
        except BaseException:  # Ctrl-C while waiting: leave at once
            alive.stop()
            frontier.leave(finished=False)
            raise
        plan.log_file.parent.mkdir(parents=True, exist_ok=True)
        say(f"newsdesk: worker {worker} crawling {plan.name} via {redis_url}, log: {settings['LOG_FILE']}")
        stats = run_spider(plan.spider, settings, **plan.spider_args)
    finally:
        alive.stop()
        client.close()
    reason = stats.get("finish_reason")
    say(
        f"newsdesk: worker {worker} {reason}: {stats.get('downloader/response_count', 0)} responses, "
        f"{stats.get('news/redis/items', 0)} items pushed, "
        f"{stats.get('news/incremental/not_modified', 0)} not modified (304), "
        f"{stats.get('news/incremental/skipped', 0)} stored articles skipped, "
        f"{stats.get('news/redis/requeued', 0)} requests re-queued from dead workers"
    )
    return EXIT_OK if reason == "finished" else EXIT_FAILED


class _HeartbeatThread(threading.Thread):
    """Keeps a worker's heartbeat alive from the moment it joined (renewing it only while it is
    there, `Frontier.keep_alive`, so a worker that has left stays gone)."""

    def __init__(self, frontier: Frontier):
        super().__init__(name="newsdesk-heartbeat", daemon=True)
        self.frontier = frontier
        self.stopped = threading.Event()

    def run(self) -> None:
        interval = self.frontier.heartbeat_ttl_ms / 3000
        while not self.stopped.wait(interval):
            try:
                self.frontier.keep_alive()
            except Exception:  # noqa: BLE001 -- Redis away for good: the scheduler reports it
                return

    def stop(self) -> None:
        self.stopped.set()
