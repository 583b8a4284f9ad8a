"""The crawl shared by every outlet spider: home and section pages, feeds, sitemaps, articles."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, DownloadTimeoutError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from crawler.discovery import (
    is_older,
    parse_feed,
    parse_since,
    parse_sitemap,
    sitemaps_in_robots,
)
from crawler.items import AUTO_SITE, FetchedPage, Reject
from crawler.meta import ARTICLE, HINTS, KIND, OUTLET_URL, SKIP
from crawler.truncation import TRUNCATED

HTTP_REFUSALS = {
    401: "blocked: http 401 (login required)",
    402: "paywalled: http 402",
    403: "blocked: http 403",
    429: "rate limited: http 429",
    451: "blocked: http 451 (unavailable for legal reasons)",
}
"""Statuses that mean "not for us": recorded as blocked or paywalled, never retried in a loop."""

TOO_LARGE = "page too large (over DOWNLOAD_MAXSIZE)"
"""The reason of a download cut off at the size limit, while streaming or decompressing."""

VALIDATORS = ("etag", "last-modified")
"""Response headers a conditional revisit is made from."""


def utc_now() -> str:
    """The current UTC time as ISO 8601, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def describe_failure(failure) -> tuple[str, int | None]:
    """A short reason and the HTTP status (if any) for a failed request."""
    if failure.check(HttpError):
        status = failure.value.response.status
        return HTTP_REFUSALS.get(status, f"http {status}"), status
    if failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
        return "timeout", None
    if failure.check(DownloadCancelledError) or (failure.check(IgnoreRequest) and "DOWNLOAD_MAXSIZE" in str(failure.value)):
        # Scrapy cancels a body over the limit (announced or streamed) and stops a decompression at it
        return TOO_LARGE, None
    if failure.check(IgnoreRequest):
        return str(failure.value)[:200] or "ignored", None
    if failure.check(DNSLookupError, CannotResolveHostError):
        return "dns lookup failed", None
    return f"{type(failure.value).__name__}: {failure.value}"[:200], None


class OutletSpider(scrapy.Spider):
    """Crawl one outlet: listings are followed, article pages are yielded as `FetchedPage` items.

    Subclasses set the outlet's `outlet_url`, where to start (`listing_paths`, `feed_paths`,
    `sitemap_paths`; robots.txt sitemaps are read too) and which URLs are articles
    (`article_pattern`) and which are listings to follow (`listing_pattern`). Every URL a
    sitemap or feed lists is fetched as an article candidate, as those files intend; the
    pipelines reject what turns out not to be an article.

    Article requests carry `meta["news_kind"] = "article"`: the incremental middleware
    decides about those only (listings, feeds and sitemaps are always fetched). With the
    setting `NEWS_SINCE` (a date), sitemap and feed entries dated before it are not followed.
    `feeds=[...]` (spider argument) adds feed URLs to the outlet's own.
    """

    outlet_url: str = ""
    site: str = AUTO_SITE
    listing_paths: tuple[str, ...] = ("/",)
    feed_paths: tuple[str, ...] = ()
    sitemap_paths: tuple[str, ...] = ()
    article_pattern: re.Pattern = re.compile(r"$^")
    listing_pattern: re.Pattern = re.compile(r"$^")

    def __init__(self, *args, outlet_url: str | None = None, feeds: list[str] | str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if outlet_url:
            self.outlet_url = outlet_url.rstrip("/")
        self.allowed_domains = [urlsplit(self.outlet_url).hostname]
        if isinstance(feeds, str):
            feeds = [feed for feed in feeds.split(",") if feed]
        self.extra_feeds = tuple(feeds or ())

    @property
    def since(self):
        """`NEWS_SINCE` as an aware datetime, or None."""
        return parse_since(self.settings.get("NEWS_SINCE"))

    async def start(self):
        for path in self.listing_paths:
            yield scrapy.Request(self._absolute(path), callback=self.parse_listing, errback=self.on_error)
        for path in (*self.feed_paths, *self.extra_feeds):
            yield scrapy.Request(self._absolute(path), callback=self.parse_feed, errback=self.on_error)
        for path in self.sitemap_paths:
            yield self.sitemap_request(self._absolute(path))
        yield scrapy.Request(self._absolute("/robots.txt"), callback=self.parse_robots, errback=self.on_error)

    def _absolute(self, path: str) -> str:
        return urljoin(self.outlet_url + "/", path)

    def _path(self, url: str) -> str:
        return urlsplit(url).path or "/"

    @staticmethod
    def link_url(response, href: str) -> str | None:
        """`href`, a link of a listing, feed, sitemap or robots.txt, made absolute against
        `response` (no fragment); None for one urllib cannot read ("http://[broken": an unclosed
        IPv6 bracket raises ValueError), which leads nowhere, so the page's other links are
        still followed."""
        try:
            return response.urljoin(href).split("#")[0]
        except ValueError:
            return None

    def article_request(self, url: str, hints: dict[str, str] | None = None) -> scrapy.Request:
        """The request that fetches an article candidate."""
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            meta={HINTS: hints or {}, KIND: ARTICLE},
        )

    def sitemap_request(self, url: str) -> scrapy.Request:
        """The request that fetches a sitemap (or sitemap index): allowed up to the sitemap
        protocol's 50 MiB (`NEWS_SITEMAP_MAXSIZE`) where a page stops at `DOWNLOAD_MAXSIZE`."""
        meta = {"download_maxsize": self.settings.getint("NEWS_SITEMAP_MAXSIZE")}
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error, meta=meta)

    def _too_old(self, hints: dict[str, str]) -> bool:
        """The entry is dated before `NEWS_SINCE` (counted as `news/discovery/too_old`)."""
        since = self.since
        if since is None or not is_older(hints, since):
            return False
        self.crawler.stats.inc_value("news/discovery/too_old")
        return True

    def parse_listing(self, response):
        """Follow a home, section or pagination page to its articles and further listings."""
        for href in response.css("a::attr(href)").getall():
            url = self.link_url(response, href)
            if url is None or urlsplit(url).hostname not in self.allowed_domains:
                continue
            path = self._path(url)
            if self.article_pattern.search(path):
                yield self.article_request(url)
            elif self.listing_pattern.search(path):
                yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error)

    def parse_feed(self, response):
        """Every entry of an RSS/Atom feed is an article candidate."""
        for link in parse_feed(response.body):
            url = self.link_url(response, link.url)
            if url is not None and not self._too_old(link.hints):
                yield self.article_request(url, link.hints)

    def parse_sitemap(self, response):
        """Sitemap indexes lead to sitemaps; sitemap URLs are article candidates."""
        sitemap = parse_sitemap(response.body)
        for link in sitemap.links:
            url = self.link_url(response, link.url)
            if url is None or self._too_old(link.hints):
                continue
            if sitemap.is_index:
                yield self.sitemap_request(url)
            else:
                yield self.article_request(url, link.hints)

    def parse_robots(self, response):
        """Sitemaps declared in robots.txt."""
        for url in filter(None, (self.link_url(response, url) for url in sitemaps_in_robots(response.body))):
            yield self.sitemap_request(url)

    def parse_article(self, response):
        """Hand the page to the pipelines, undecoded: parsing is their job.

        A body still cut short after its retries (`crawler.truncation`) goes without its
        validators (ETag, Last-Modified), so the next run's revisit fetches it whole."""
        headers = {
            key.decode("latin-1").lower(): values[-1].decode("latin-1")
            for key, values in response.headers.items()
            if values
        }
        if TRUNCATED in response.flags:
            headers = {key: value for key, value in headers.items() if key not in VALIDATORS}
        yield FetchedPage(
            url=response.url,
            body=response.body,
            status=response.status,
            headers=headers,
            fetched_at=utc_now(),
            site=self.site,
            hints=response.meta.get(HINTS, {}),
        )

    def on_error(self, failure):
        """A failed request becomes a reject with its reason, never a silent loss.

        Requests a middleware dropped on purpose (`SKIP`) are counted there, not rejected.
        """
        if failure.request.meta.get(SKIP):
            return
        reason, status = describe_failure(failure)
        url = failure.request.meta.get(OUTLET_URL, failure.request.url)
        self.logger.info("rejected %s: %s", url, reason)
        yield Reject(url=url, reason=reason, stage="fetch", status=status)
