"""RetryAfterMiddleware: when an outlet says "slow down", wait as long as it asks (up to a cap), once.

A 429, or a 503 with a `Retry-After` header, pauses every further request to that host for
`Retry-After` seconds (a number or an HTTP date; at most `NEWS_RETRY_AFTER_CAP`, default 600;
1 minute when the header is missing or unreadable) and retries the request once. A second
refusal goes on to the spider, which records it as a reject ("rate limited: http 429") -- no
retry loop. 429 is therefore left out of Scrapy's own `RETRY_HTTP_CODES`.

Counted as `news/politeness/retry_after` (pauses) and `news/politeness/gave_up`.
"""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

from crawler.meta import RETRY_AFTER_RETRIED

DEFAULT_WAIT = 60.0


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds a `Retry-After` header asks for (delta-seconds or an HTTP date); None if unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdecimal():  # ("²" is a digit to isdigit but no number to float)
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """Honour 429 / 503 + Retry-After per host, capped, with a single retry."""

    def __init__(self, crawler, cap: float):
        self.crawler = crawler
        self.cap = cap
        self.not_before: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("NEWS_RETRY_AFTER_CAP", 600.0))

    async def process_request(self, request):
        host = urlsplit(request.url).hostname or ""
        wait = self.not_before.get(host, 0.0) - time.monotonic()
        if wait > 0:
            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None

    def process_response(self, request, response):
        refused = response.status == 429 or (response.status == 503 and b"Retry-After" in response.headers)
        if not refused:
            return response
        stats = self.crawler.stats
        if request.meta.get(RETRY_AFTER_RETRIED):
            stats.inc_value("news/politeness/gave_up")
            return response
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        wait = min(self.cap, DEFAULT_WAIT if asked is None else asked)
        host = urlsplit(response.url).hostname or ""
        self.not_before[host] = max(self.not_before.get(host, 0.0), time.monotonic() + wait)
        stats.inc_value("news/politeness/retry_after")
        self.crawler.spider.logger.info(
            "http %s from %s: pausing %s for %.0f s (asked %s), then retrying once",
            response.status, response.url, host, wait, "nothing" if asked is None else f"{asked:.0f} s",
        )
        retry = request.replace(url=response.url, dont_filter=True)
        retry.meta[RETRY_AFTER_RETRIED] = True
        return retry
