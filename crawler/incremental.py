"""IncrementalMiddleware: fetch only what the database does not already have.

A downloader middleware that looks at article requests only (`meta["news_kind"] == "article"`,
set by the outlet spiders); listing pages, feeds, sitemaps and robots.txt are always fetched.
For an article URL it asks the revisit state -- what the store knows, through the object the
setting `NEWS_REVISIT_STATE` names (default `storage.revisit.DatabaseRevisitState`, the SQLite
database at `NEWS_DB`; distributed workers use `crawler.distributed.revisit.RedisRevisitState`,
what the single writer publishes of that database in Redis; the crawler itself knows no storage):

* stored, published (or first seen) within the revisit window (`NEWS_REVISIT_DAYS`, default
  3 days) -> fetched again with a conditional GET (`If-None-Match` / `If-Modified-Since` from
  the stored page's `ETag` / `Last-Modified`); a 304 is counted (`news/incremental/not_modified`),
  moves the article's `last_seen_at` and goes no further; changed content flows on to the store, which keeps a revision;
* stored and older -> not fetched (`news/incremental/skipped`);
* rejected as not an article, or gone (404/410), within the revisit window -> not fetched
  (`news/incremental/known_reject`); after it, tried again (parsers improve, pages come back);
* already requested in this run (a resumed run finds some twice) -> not fetched again;
* beyond `NEWS_MAX_ARTICLES` article fetches in this run (0 = no limit; the state counts them,
  so the workers of a distributed run share one count) -> not fetched.

An article that answers 404 or 410 is marked removed (`articles.removed_at`, nothing deleted).
Dropped requests carry `meta["news_skip"]` (the reason), so the spider records no reject.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.misc import load_object

from crawler.meta import ARTICLE, INCREMENTAL_CHECKED, INCREMENTAL_URL, KIND, SKIP

logger = logging.getLogger(__name__)

GONE = (404, 410)
CONDITIONAL_HEADERS = (b"If-None-Match", b"If-Modified-Since")


class RevisitState(Protocol):
    """What the middleware needs to know about stored articles and rejects, and tell the store."""

    def article(self, url: str) -> dict[str, Any] | None:
        """The stored article fetched from (or canonical at) `url`: `{"id", "dated" (an aware
        datetime: published, else first seen, or None), "etag", "last_modified"}`; None if unknown."""

    def known_reject(self, url: str, since: datetime) -> bool:
        """The URL's latest reject, at or after `since`, says it is no article, or gone."""

    def mark_seen(self, url: str) -> None:
        """A 304: the stored article is still there, unchanged."""

    def mark_removed(self, url: str) -> bool:
        """The article behind `url` answered 404/410; True if a stored one was marked."""

    def run_token(self) -> str:
        """A token marking the requests checked in this run: the same for every process of the
        run (a request one of them checked may reach another), new for another run."""

    def count_article_fetch(self) -> int:
        """One more article fetch in this run; the run's count so far (shared by all the run's
        processes when there are several)."""

    def close(self) -> None:
        """The run is over."""


class IncrementalMiddleware:
    """Downloader middleware: skip stored articles, revisit recent ones conditionally, mark removals."""

    def __init__(self, crawler, state_class: type, revisit_days: float, max_articles: int):
        self.crawler = crawler
        self.stats = crawler.stats
        self.state_class = state_class
        self.revisit = timedelta(days=revisit_days)
        self.max_articles = max_articles
        self.requested: set[str] = set()
        self.stored: RevisitState | None = None
        self.token = ""

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("NEWS_INCREMENTAL", True):
            raise NotConfigured  # switched off on purpose: nothing to warn about
        middleware = cls(
            crawler,
            load_object(settings.get("NEWS_REVISIT_STATE")),
            settings.getfloat("NEWS_REVISIT_DAYS", 3.0),
            settings.getint("NEWS_MAX_ARTICLES", 0),
        )
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider=None):
        self.stored = self.state_class.from_settings(self.crawler.settings)
        self.token = self.stored.run_token()

    def spider_closed(self, spider=None):
        if self.stored is not None:
            self.stored.close()
            self.stored = None

    # -- requests ------------------------------------------------------------------------

    def process_request(self, request):
        if request.meta.get(KIND) != ARTICLE or self.stored is None:
            return None
        hop = len(request.meta.get("redirect_urls", ()))
        checked = request.meta.get(INCREMENTAL_CHECKED)  # a list after the Redis queue's JSON
        if checked is not None and tuple(checked) == (self.token, hop):
            return None
        url = request.meta.get(INCREMENTAL_URL, request.url) if checked and checked[1] == hop else request.url
        request.meta[INCREMENTAL_CHECKED] = (self.token, hop)
        request.meta[INCREMENTAL_URL] = url
        for header in CONDITIONAL_HEADERS:
            request.headers.pop(header, None)
        if url in self.requested:
            self._skip(request, "duplicate")
        stored = self.stored.article(url)
        if stored is not None and not self._in_window(stored):
            self._skip(request, "skipped")
        if stored is None and self.stored.known_reject(url, self._window_start()):
            self._skip(request, "known_reject")
        if hop == 0 and self.max_articles and self.stored.count_article_fetch() > self.max_articles:
            self._skip(request, "over_limit")
        self.requested.add(url)
        if stored is not None:
            self.stats.inc_value("news/incremental/revisited")
            if stored["etag"]:
                request.headers[b"If-None-Match"] = stored["etag"]
            if stored["last_modified"]:
                request.headers[b"If-Modified-Since"] = stored["last_modified"]
        return None

    def _window_start(self) -> datetime:
        return datetime.now(timezone.utc) - self.revisit

    def _in_window(self, stored: dict[str, Any]) -> bool:
        dated = stored["dated"]
        return dated is not None and dated >= self._window_start()

    def _skip(self, request, reason: str):
        self.stats.inc_value(f"news/incremental/{reason}")
        request.meta[SKIP] = reason
        raise IgnoreRequest(f"incremental: {reason}")

    # -- responses -----------------------------------------------------------------------

    def process_response(self, request, response):
        if request.meta.get(KIND) != ARTICLE or self.stored is None:
            return response
        if response.status == 304:
            self.stored.mark_seen(response.url)
            self._skip(request, "not_modified")
        if response.status in GONE and self.stored.mark_removed(response.url):
            self.stats.inc_value("news/incremental/removed")
            logger.info("marked removed (http %s): %s", response.status, response.url)
        return response
