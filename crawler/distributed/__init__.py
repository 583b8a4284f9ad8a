"""Distributed crawling: workers on any number of hosts share one frontier in Redis.

* `crawler.distributed.frontier` -- the Redis key layout and the atomic operations on it
  (enqueue through the shared duplicate filter, claim, acknowledge, reap a dead worker's
  claims, leave), as Lua scripts so no crash between two commands can lose a request;
* `crawler.distributed.scheduler` -- `RedisScheduler`, a Scrapy scheduler over that frontier;
* `crawler.distributed.requests` -- requests as plain JSON for the queue (never pickle);
* `crawler.distributed.items` -- articles and rejects as stream entries (JSON, never pickle).

Items leave the workers through `pipelines.redis_items` (a Redis stream) and reach the database
through the single writer; the application runs both (`newsdesk.distributed`: `newsdesk crawl
NAME --redis URL`, `newsdesk ingest --redis URL`).
"""
