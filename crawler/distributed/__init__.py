"""Distributed crawling: workers on any number of hosts share one frontier in Redis.

* `crawler.distributed.frontier` -- the Redis key layout and the atomic operations on it
  (enqueue through the shared duplicate filter, claim, acknowledge, reap a dead worker's
  claims, leave), as Lua scripts so no crash between two commands can lose a request;
* `crawler.distributed.scheduler` -- `RedisScheduler`, a Scrapy scheduler over that frontier;
* `crawler.distributed.worker` -- the settings and the run of one worker
  (`newsdesk crawl NAME --redis URL`).

Items leave the workers through `pipelines.redis_items` (a Redis stream) and reach the
database through the single writer `pipelines.redis_writer` (`newsdesk ingest --redis URL`).
"""
