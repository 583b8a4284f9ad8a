"""Downloader middlewares."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from scrapy.exceptions import NotConfigured

from crawler.meta import OUTLET_URL
from crawler.urls import resolved


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc.lower()


class BaseUrlMiddleware:
    """Fetch an outlet's pages from another server while the crawl keeps the outlet's URLs.

    With `NEWS_BASE_URL = "http://127.0.0.1:8000"` and the spider's `outlet_url` being
    `https://english.pravda.ru`, a request for `https://english.pravda.ru/world/` is fetched
    from `http://127.0.0.1:8000/world/`, and its response comes back as
    `https://english.pravda.ru/world/` (redirect `Location`s too), so what is stored never
    depends on where it was fetched from. The rerouted request has already passed the
    offsite and robots.txt checks under its real URL, so it skips them; its meta keeps the real
    URL as `news_outlet_url` for errbacks.
    """

    def __init__(self, crawler, target: str):
        self.crawler = crawler
        self.target = _origin(target)

    @classmethod
    def from_crawler(cls, crawler):
        target = crawler.settings.get("NEWS_BASE_URL")
        if not target:
            raise NotConfigured  # off unless a mirror is set: nothing to warn about
        return cls(crawler, target)

    def _outlet(self) -> tuple[str, str] | None:
        base = getattr(self.crawler.spider, "outlet_url", None)
        return _origin(base) if base else None

    def _swap(self, url: str, source: tuple[str, str], dest: tuple[str, str]) -> str | None:
        """`url` with origin `source` replaced by `dest`; None when it is not on `source`."""
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc.lower()) != source:
            return None
        return urlunsplit((*dest, parts.path, parts.query, parts.fragment))

    def process_request(self, request):
        outlet = self._outlet()
        rerouted = outlet and self._swap(request.url, outlet, self.target)
        if not rerouted:
            return None
        meta = {**request.meta, OUTLET_URL: request.url, "allow_offsite": True, "dont_obey_robotstxt": True}
        return request.replace(url=rerouted, meta=meta)

    def process_response(self, request, response):
        outlet = self._outlet()
        original = outlet and self._swap(request.url, self.target, outlet)
        if not original:
            return response
        headers = response.headers.copy()
        location = headers.get(b"Location")
        absolute = location and resolved(original, location.decode("latin-1"))
        if absolute:  # (an address urllib cannot read is left for RedirectLoopMiddleware to refuse)
            headers[b"Location"] = self._swap(absolute, self.target, outlet) or absolute
        return response.replace(url=original, headers=headers)
