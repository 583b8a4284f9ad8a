"""Any outlet, with no rules of its own: home page, feeds, sitemaps, and URL heuristics."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import scrapy
from scrapy.utils.response import get_base_url

from crawler.meta import DEPTH
from crawler.spiders.outlet import OutletSpider
from crawler.urls import looks_like_article, looks_like_listing, resolved


@lru_cache(maxsize=4096)
def _link(base: str, href: str) -> tuple[str | None, str | None, str | None]:
    """A link's absolute URL (no fragment), its host, and "article", "listing" or None by URL
    shape; all None for an address urllib cannot read ("http://[broken")."""
    url = resolved(base, href)
    if url is None:
        return None, None, None
    url = url.split("#")[0]
    kind = "article" if looks_like_article(url) else "listing" if looks_like_listing(url) else None
    return url, urlsplit(url).hostname, kind


class NewsSpider(OutletSpider):
    """Crawl an outlet from its home page (`-a start=https://outlet.example/`).

    Feeds the home page advertises (`<link rel="alternate">`), robots.txt sitemaps and the
    usual `/sitemap.xml` are read; links are told apart by URL shape (`crawler.urls`);
    listings are followed at most `listing_depth` clicks from the home page.
    """

    name = "news"
    sitemap_paths = ("/sitemap.xml",)
    listing_depth = 2

    def __init__(self, *args, start: str | None = None, **kwargs):
        if not (start or kwargs.get("outlet_url")):
            raise ValueError("the news spider needs a start URL (--start https://outlet.example/)")
        base = start or kwargs["outlet_url"]
        parts = urlsplit(base)
        kwargs["outlet_url"] = f"{parts.scheme}://{parts.netloc}"
        super().__init__(*args, **kwargs)
        self.listing_paths = (parts.path or "/",)

    def parse_listing(self, response):
        """Feeds advertised in the page, then articles and listings by URL shape."""
        for href in response.css('link[rel="alternate"][type*="rss"]::attr(href), link[rel="alternate"][type*="atom"]::attr(href)').getall():
            url = self.link_url(response, href)
            if url is not None:
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error)
        depth = response.meta.get(DEPTH, 0)
        base = get_base_url(response)
        parts = urlsplit(base)
        origin = f"{parts.scheme}://{parts.netloc}/"
        for href in response.css("a::attr(href)").getall():
            # a path-absolute link resolves the same against the origin as against the page, so
            # the navigation every listing repeats is resolved and classified once (`_link`)
            path_absolute = href[:1] == "/" and href[1:2] != "/"
            url, hostname, kind = _link(origin if path_absolute else base, href)
            if hostname not in self.allowed_domains:
                continue
            if kind == "article":
                yield self.article_request(url)
            elif depth < self.listing_depth and kind == "listing":
                yield scrapy.Request(
                    url, callback=self.parse_listing, errback=self.on_error, meta={DEPTH: depth + 1}
                )
