"""Requests in the shared Redis queue are plain JSON, never pickle (crawler.distributed.requests).

The round trip keeps what a request needs (URL, method, headers, body, priority, callback and
errback by name, newsdesk's meta keys and Scrapy's carried ones); payloads that are anything
else are refused. Against a real redis-server: a pickle planted in the queue is dropped with a
logged error, and the code it carries never runs.
"""

from __future__ import annotations

import logging
import pickle
import secrets

import orjson
import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler.distributed.requests import BadRequestPayload, decode_request, encode_request
from crawler.distributed.scheduler import RedisScheduler
from crawler.meta import ARTICLE, HINTS, INCREMENTAL_CHECKED, KIND
from crawler.spiders.pravda import PravdaSpider


@pytest.fixture
def spider():
    crawler = get_crawler(PravdaSpider)
    return crawler._create_spider()


def test_an_article_request_survives_the_round_trip(spider):
    request = spider.article_request("https://english.pravda.ru/news/world/1-a/", {"published": "2025-09-01"})
    request.meta.update({INCREMENTAL_CHECKED: ("token", 0), "depth": 2, "redirect_times": 1, "download_slot": "x"})
    request.headers[b"If-None-Match"] = b'"abc"'
    request.priority = -3
    restored = decode_request(encode_request(request, spider), spider)
    assert (restored.url, restored.method, restored.priority, restored.dont_filter) == (request.url, "GET", -3, False)
    assert restored.callback == spider.parse_article and restored.errback == spider.on_error
    assert restored.headers[b"If-None-Match"] == b'"abc"'
    assert restored.meta[KIND] == ARTICLE and restored.meta[HINTS] == {"published": "2025-09-01"}
    assert restored.meta[INCREMENTAL_CHECKED] == ["token", 0]  # JSON has no tuples
    assert restored.meta["depth"] == 2 and restored.meta["redirect_times"] == 1
    assert "download_slot" not in restored.meta, "Scrapy's per-download bookkeeping stays behind"


def test_a_body_and_the_sitemap_size_limit_survive(spider):
    request = spider.sitemap_request("https://english.pravda.ru/sitemap.xml").replace(
        method="POST", body=b"\x00\xffbinary", dont_filter=True
    )
    restored = decode_request(encode_request(request, spider), spider)
    assert restored.body == b"\x00\xffbinary" and restored.method == "POST" and restored.dont_filter
    assert restored.meta["download_maxsize"] == request.meta["download_maxsize"]
    assert restored.callback == spider.parse_sitemap


class Planted:
    """Unpickling this would create the file at `path`."""

    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return open, (self.path, "w")


@pytest.mark.parametrize(
    "change, why",
    [
        (lambda d: {**d, "callback": "_private"}, "not a public method"),
        (lambda d: {**d, "callback": "close"}, "has no method"),  # a class method, not the spider's own bound one
        (lambda d: {**d, "errback": "no_such_method"}, "has no method"),
        (lambda d: {**d, "meta": {**d["meta"], "anything": 1}}, "meta keys"),
        (lambda d: {**d, "_class": "os.system"}, "unknown fields"),
        (lambda d: {**d, "priority": "1"}, "'priority' must be int"),
        (lambda d: {**d, "headers": {"A": "b"}}, "lists of strings"),
        (lambda d: {**d, "v": 2}, "format version"),
    ],
)
def test_payloads_that_are_not_newsdesk_requests_are_refused(spider, change, why):
    document = orjson.loads(encode_request(spider.article_request("https://english.pravda.ru/news/1-a/"), spider))
    with pytest.raises(BadRequestPayload, match=why):
        decode_request(orjson.dumps(change(document)), spider)


def test_a_pickle_is_refused_without_being_unpickled(spider, tmp_path):
    marker = tmp_path / "ran"
    with pytest.raises(BadRequestPayload, match="not JSON"):
        decode_request(pickle.dumps(Planted(marker)), spider)
    assert not marker.exists()


def test_only_plain_requests_are_queued(spider):
    from scrapy.http import FormRequest

    with pytest.raises(TypeError, match="FormRequest"):
        encode_request(FormRequest("https://english.pravda.ru/", formdata={"a": "b"}), spider)


@pytest.mark.redis
def test_a_pickle_planted_in_the_redis_queue_is_dropped_with_a_logged_error(redis_url, redis_client, tmp_path, caplog):
    crawler = get_crawler(PravdaSpider, {"NEWS_REDIS_URL": redis_url})
    crawler.spider = crawler._create_spider()
    scheduler = RedisScheduler.from_crawler(crawler)
    scheduler.frontier.join()
    marker = tmp_path / "ran"
    planted = secrets.token_bytes(8) + pickle.dumps(Planted(marker))
    redis_client.zadd("newsdesk:pravda:queue", {planted: -10})  # score = -priority: claimed before the priority-0 request
    good = crawler.spider.article_request("https://english.pravda.ru/news/world/2-b/")
    assert scheduler.enqueue_request(good)
    assert redis_client.zrange("newsdesk:pravda:queue", 0, -1)[0] == planted, "the pickle is claimed first, whatever the nonces"
    with caplog.at_level(logging.ERROR, logger="crawler.distributed.scheduler"):
        first = scheduler.next_request()  # the planted pickle
        second = scheduler.next_request()
    assert first is None
    assert second is not None and second.url == good.url and second.callback == crawler.spider.parse_article
    assert not marker.exists(), "the pickle's code never ran"
    assert "not newsdesk's JSON (never unpickled)" in caplog.text and "a pickle" in caplog.text
    assert crawler.stats.get_value("news/redis/unreadable") == 1
    assert redis_client.hlen(f"newsdesk:pravda:processing:{scheduler.frontier.worker}") == 1, "the pickle is gone, not handed back"
    scheduler.frontier.leave(finished=False)


def test_a_callback_must_be_a_method_of_the_spider(spider):
    other = PravdaSpider()
    for callback in (lambda response: None, other.parse_article):
        with pytest.raises(ValueError, match="not a method of the spider"):
            encode_request(Request("https://english.pravda.ru/", callback=callback), spider)


@pytest.mark.redis
def test_a_client_rides_out_a_redis_restart(tmp_path):
    """Workers and the writer keep their clients across a Redis restart (`appendonly yes`: the
    data comes back): a command during the restart waits and succeeds."""
    import threading

    from crawler.distributed.frontier import connect
    from tests.redis_support import free_port, start_redis

    port = free_port()
    options = ("--appendonly", "yes", "--dir", str(tmp_path))
    server = start_redis(port, *options)
    client = connect(f"redis://127.0.0.1:{port}/0")
    client.xadd("newsdesk:items", {b"kind": b"reject", b"item": b"{}"})
    server.terminate()  # SIGTERM: Redis writes its append-only file out
    server.wait(10)
    restarted = []
    later = threading.Timer(0.5, lambda: restarted.append(start_redis(port, *options)))
    later.start()
    try:
        assert client.xlen("newsdesk:items") == 1, "the command waited for Redis, which came back with its data"
        assert client.incr("counter") == 1
    finally:
        later.join()
        for process in restarted:
            process.terminate()
            process.wait(10)


def test_a_claim_the_worker_no_longer_handles_goes_back_to_the_queue(redis_url, redis_client):
    """A claim whose reply was lost in a Redis restart (the client retried the claim) sits in the
    worker's processing hash with no request behind it; once the worker is idle it is queued
    again, so the run can end (the distributed benchmark's chaos run waited on one forever)."""
    crawler = get_crawler(PravdaSpider, {"NEWS_REDIS_URL": redis_url})
    crawler.spider = crawler._create_spider()
    scheduler = RedisScheduler.from_crawler(crawler)
    frontier = scheduler.frontier
    frontier.join()
    for n in (1, 2):
        assert scheduler.enqueue_request(crawler.spider.article_request(f"https://english.pravda.ru/news/world/{n}-x/"))
    lost = frontier.claim()  # claimed in Redis, the reply never reached the scheduler
    handled = scheduler.next_request()
    assert handled is not None and redis_client.hlen(f"newsdesk:pravda:processing:{frontier.worker}") == 2
    assert frontier.requeue_orphans([scheduler._claims[handled]]) == 1
    assert redis_client.zrange("newsdesk:pravda:queue", 0, -1) == [lost]
    assert not frontier.run_drained()
    assert frontier.requeue_orphans([scheduler._claims[handled]]) == 0, "a claim still handled stays"
    frontier.leave(finished=False)
