"""Politeness: refusals are recorded as blocked / paywalled rejects, 429 waits for Retry-After
(capped) and is retried once, never in a loop; the default settings identify us and go slowly."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.meta import RETRY_AFTER_RETRIED as RETRIED_META
from crawler.politeness import RetryAfterMiddleware, retry_after_seconds
from crawler.runner import project_settings
from crawler.spiders.pravda import PravdaSpider
from newsdesk.localsite import SAMPLE_SITE
from tests.helpers import run_newsdesk

OUTLET = "https://english.pravda.ru"
ARTICLE_HTML = (SAMPLE_SITE / "news/world/164204-north-korea-blood-debt-russia-kursk/index.html").read_bytes()
REFUSALS = {
    "/news/world/1001-login-story/": (401, "blocked: http 401 (login required)"),
    "/news/world/1002-paid-story/": (402, "paywalled: http 402"),
    "/news/world/1003-forbidden-story/": (403, "blocked: http 403"),
    "/news/world/1004-legal-story/": (451, "blocked: http 451 (unavailable for legal reasons)"),
}
BUSY_ONCE = "/news/world/1005-busy-once-story/"
ALWAYS_BUSY = "/news/world/1006-always-busy-story/"
BUSY_FOR_HOURS = "/news/world/1007-busy-for-hours-story/"


class _Outlet(BaseHTTPRequestHandler):
    hits: Counter = Counter()

    def log_message(self, *args):
        return

    def do_GET(self):  # noqa: N802
        self.hits[self.path] += 1
        if self.path == "/":
            links = [*REFUSALS, BUSY_ONCE, ALWAYS_BUSY, BUSY_FOR_HOURS]
            self._answer(200, "".join(f'<a href="{path}">story</a>' for path in links).encode())
        elif self.path in REFUSALS:
            self._answer(REFUSALS[self.path][0], b"no")
        elif self.path == BUSY_ONCE and self.hits[self.path] > 1:
            self._answer(200, ARTICLE_HTML)
        elif self.path in (BUSY_ONCE, ALWAYS_BUSY):
            self._answer(429, b"slow down", {"Retry-After": "1"})
        elif self.path == BUSY_FOR_HOURS:
            self._answer(429, b"slow down", {"Retry-After": "3600"})
        else:
            self._answer(404, b"not here")

    def _answer(self, status, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def refusing_outlet_run(tmp_path_factory):
    """Crawl the refusing outlet once; (hits by path, rejects by URL, run stats row)."""
    _Outlet.hits = Counter()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Outlet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    db_path = tmp_path_factory.mktemp("politeness") / "news.db"
    try:
        result = run_newsdesk(
            "crawl", "pravda", "--base-url", f"http://127.0.0.1:{server.server_address[1]}", "--db", str(db_path),
            "--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "NEWS_RETRY_AFTER_CAP=1",
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db_path) as db:
        rejects = dict(db.execute("select url, reason from rejects").fetchall())
        stored = {row[0] for row in db.execute("select url from articles")}
    return _Outlet.hits, rejects, stored


def test_refusals_are_recorded_as_blocked_or_paywalled_and_not_retried(refusing_outlet_run):
    hits, rejects, _ = refusing_outlet_run
    for path, (_, reason) in REFUSALS.items():
        assert rejects[OUTLET + path] == reason
        assert hits[path] == 1


def test_429_is_retried_once_after_retry_after(refusing_outlet_run):
    hits, rejects, stored = refusing_outlet_run
    assert hits[BUSY_ONCE] == 2 and OUTLET + BUSY_ONCE in stored
    assert hits[ALWAYS_BUSY] == 2 and rejects[OUTLET + ALWAYS_BUSY] == "rate limited: http 429"
    assert hits[BUSY_FOR_HOURS] == 2 and rejects[OUTLET + BUSY_FOR_HOURS] == "rate limited: http 429"


def test_retry_after_wait_is_capped():
    crawler = get_crawler(PravdaSpider, settings_dict={"NEWS_RETRY_AFTER_CAP": 600})
    crawler.spider = PravdaSpider.from_crawler(crawler)
    middleware = RetryAfterMiddleware.from_crawler(crawler)
    request = Request(f"{OUTLET}/news/world/1-x/")
    response = HtmlResponse(url=request.url, status=429, headers={"Retry-After": "86400"}, body=b"", request=request)
    retry = middleware.process_response(request, response)
    assert isinstance(retry, Request) and retry.meta[RETRIED_META] and retry.dont_filter
    assert 590 < middleware.not_before["english.pravda.ru"] - time.monotonic() <= 600
    assert middleware.process_response(retry, response) is response  # a second 429: given up, no loop


def test_retry_after_header_forms():
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds("²") is None  # a digit to str.isdigit, no number to float
    assert retry_after_seconds(None) is None


def test_default_settings_are_polite():
    settings = project_settings()
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getfloat("DOWNLOAD_DELAY") > 0
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 4
    assert settings.get("NEWS_CONTACT") in settings.get("USER_AGENT")
    assert 429 not in settings.getlist("RETRY_HTTP_CODES")
    assert settings.getfloat("NEWS_RETRY_AFTER_CAP") == 600
