"""IncrementalMiddleware: fetch only what the database does not already have.

A downloader middleware that looks at article requests only (`meta["news_kind"] == "article"`,
set by the outlet spiders); listing pages, feeds, sitemaps and robots.txt are always fetched.
For an article URL it asks the database:

* stored, published (or first seen) within the revisit window (`NEWS_REVISIT_DAYS`, default
  3 days) -> fetched again with a conditional GET (`If-None-Match` / `If-Modified-Since` from
  the stored page's `ETag` / `Last-Modified`); a 304 is counted (`news/incremental/not_modified`),
  moves the article's `last_seen_at` and goes no further; changed content flows on to the store, which keeps a revision;
* stored and older -> not fetched (`news/incremental/skipped`);
* rejected as not an article, or gone (404/410), within the revisit window -> not fetched
  (`news/incremental/known_reject`); after it, tried again (parsers improve, pages come back);
* already requested in this run (a resumed run finds some twice) -> not fetched again;
* beyond `NEWS_MAX_ARTICLES` article fetches in this run (0 = no limit) -> not fetched.

An article that answers 404 or 410 is marked removed (`articles.removed_at`, nothing deleted).
Dropped requests carry `meta["news_skip"]` (the reason), so the spider records no reject.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import orjson
from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.spiders.outlet import SKIP_META
from pipelines.database import article_id_for_url, mark_removed, open_database, transaction, utc_now

logger = logging.getLogger(__name__)

CHECKED_META = "news_incremental_checked"
"""(run token, redirect hop) of the last check: a request rerouted or retried in this run is not
checked again, a redirect target is, and so is a request restored from a killed run's queue."""
URL_META = "news_incremental_url"
"""The outlet URL a request was checked under (a rerouted request's own URL is the mirror's)."""
GONE = (404, 410)
CONDITIONAL_HEADERS = (b"If-None-Match", b"If-Modified-Since")


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def mark_seen(db, url: str) -> None:
    """A 304: the stored article is still there, unchanged -- move its `last_seen_at`."""
    article_id = article_id_for_url(db, url)
    if article_id is None:
        return
    with transaction(db):
        db.execute("UPDATE articles SET last_seen_at = max(last_seen_at, ?) WHERE id = ?", [utc_now(), article_id])


class StoredUrls:
    """What the database knows about a URL, for the incremental decisions."""

    def __init__(self, db):
        self.db = db

    def article(self, url: str) -> dict[str, Any] | None:
        """The stored article fetched from (or canonical at) `url`, with its page's validators."""
        row = self.db.execute(
            """SELECT a.id, a.published, a.first_seen_at, p.headers
               FROM articles a LEFT JOIN raw_pages p ON p.url = ?
               WHERE a.id = coalesce((SELECT article_id FROM article_urls WHERE url = ?),
                                     (SELECT id FROM articles WHERE canonical_url = ?))""",
            [url, url, url],
        ).fetchone()
        if row is None:
            return None
        article_id, published, first_seen_at, headers = row
        headers = orjson.loads(headers) if headers else {}
        return {
            "id": article_id,
            "dated": _parse_time(published) or _parse_time(first_seen_at),
            "etag": headers.get("etag"),
            "last_modified": headers.get("last-modified"),
        }

    def known_reject(self, url: str, since: datetime) -> bool:
        """The URL's latest reject, at or after `since`, says it is no article, or gone."""
        row = self.db.execute(
            "SELECT stage, status, at FROM rejects WHERE url = ? ORDER BY id DESC LIMIT 1", [url]
        ).fetchone()
        if row is None:
            return False
        stage, status, at = row
        recent = (_parse_time(at) or since) >= since
        return recent and (stage in ("parse", "validate") or status in GONE)


class IncrementalMiddleware:
    """Downloader middleware: skip stored articles, revisit recent ones conditionally, mark removals."""

    def __init__(self, crawler, db_path: str, revisit_days: float, max_articles: int):
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_path = db_path
        self.revisit = timedelta(days=revisit_days)
        self.max_articles = max_articles
        self.fetched = 0
        self.requested: set[str] = set()
        self.db = None
        self.stored: StoredUrls | None = None
        self.token = uuid.uuid4().hex

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("NEWS_INCREMENTAL", True):
            raise NotConfigured  # switched off on purpose: nothing to warn about
        middleware = cls(
            crawler,
            settings.get("NEWS_DB"),
            settings.getfloat("NEWS_REVISIT_DAYS", 3.0),
            settings.getint("NEWS_MAX_ARTICLES", 0),
        )
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider=None):
        self.db = open_database(self.db_path)
        self.stored = StoredUrls(self.db)

    def spider_closed(self, spider=None):
        if self.db is not None:
            self.db.close()
            self.db = None

    # -- requests ------------------------------------------------------------------------

    def process_request(self, request):
        if request.meta.get("news_kind") != "article" or self.stored is None:
            return None
        hop = len(request.meta.get("redirect_urls", ()))
        checked = request.meta.get(CHECKED_META)
        if checked == (self.token, hop):
            return None
        url = request.meta.get(URL_META, request.url) if checked and checked[1] == hop else request.url
        request.meta[CHECKED_META] = (self.token, hop)
        request.meta[URL_META] = url
        for header in CONDITIONAL_HEADERS:
            request.headers.pop(header, None)
        if url in self.requested:
            self._skip(request, "duplicate")
        stored = self.stored.article(url)
        if stored is not None and not self._in_window(stored):
            self._skip(request, "skipped")
        if stored is None and self.stored.known_reject(url, self._window_start()):
            self._skip(request, "known_reject")
        if hop == 0 and self.max_articles and self.fetched >= self.max_articles:
            self._skip(request, "over_limit")
        self.requested.add(url)
        if hop == 0:
            self.fetched += 1
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
        request.meta[SKIP_META] = reason
        raise IgnoreRequest(f"incremental: {reason}")

    # -- responses -----------------------------------------------------------------------

    def process_response(self, request, response):
        if request.meta.get("news_kind") != "article" or self.db is None:
            return response
        if response.status == 304:
            mark_seen(self.db, response.url)
            self._skip(request, "not_modified")
        if response.status in GONE and mark_removed(self.db, response.url):
            self.stats.inc_value("news/incremental/removed")
            logger.info("marked removed (http %s): %s", response.status, response.url)
        return response
