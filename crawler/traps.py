"""Bound what a hostile or broken site can make the crawler do: redirect loops, redirects to
nowhere and endless listings.

Without these, a redirect loop ends silently in the duplicate filter, a redirect to an address
urllib cannot read ends as a bare ValueError, and a calendar or pagination trap ("next page"
forever) keeps a run busy for ever. Each becomes a reject with a reason, and the run goes on
with everything else.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from crawler.items import Reject
from crawler.meta import OUTLET_URL, REDIRECT_CHAIN
from crawler.urls import resolved

LISTING_CALLBACK = "parse_listing"
"""The spider callback that marks a request as a listing page (home, section, pagination)."""


class RedirectLoopMiddleware:
    """Downloader middleware (before RedirectMiddleware sees the response): a redirect back to a
    URL already on this request's redirect chain is refused as a loop, and one to an address
    urllib cannot read ("http://[broken/") as leading nowhere. The chain is kept in the outlet's
    URLs (`news_outlet_url` when a mirror serves the outlet)."""

    def process_response(self, request, response):
        location = response.headers.get(b"Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return response
        current = request.meta.get(OUTLET_URL, request.url)
        target = resolved(current, location.decode("latin-1"))
        if target is None:
            raise IgnoreRequest(f"redirect to an address that cannot be read: {location.decode('latin-1')[:100]}")
        target = target.split("#")[0]
        chain = [*request.meta.get(REDIRECT_CHAIN, []), current]
        if target in chain:
            hops = " -> ".join(urlsplit(url).path for url in [*chain, target])
            raise IgnoreRequest(f"redirect loop ({hops})")
        request.meta[REDIRECT_CHAIN] = chain  # RedirectMiddleware copies meta to the next hop
        return response


class ListingBudgetMiddleware(BaseSpiderMiddleware):
    """Spider middleware: at most `NEWS_MAX_LISTING_PAGES` listing pages per host and run.

    Past the budget, further listing requests are dropped and the first one dropped becomes a
    reject naming the likely spider trap; articles already found are still fetched.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.budget = crawler.settings.getint("NEWS_MAX_LISTING_PAGES")
        self.listings: Counter[str] = Counter()

    def get_processed_request(self, request, response):
        if not self.budget or getattr(request.callback, "__name__", "") != LISTING_CALLBACK:
            return request
        host = urlsplit(request.url).hostname or ""
        self.listings[host] += 1
        count = self.listings[host]
        if count <= self.budget:
            return request
        self.crawler.stats.inc_value("news/traps/listing_dropped")
        if count == self.budget + 1:
            return Reject(
                url=request.url,
                reason=f"listing budget spent ({self.budget} pages on {host}): endless pagination or calendar?",
                stage="fetch",
            )
        return None
