"""Any outlet, with no rules of its own: home page, feeds, sitemaps, and URL heuristics."""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy

from crawler.spiders.outlet import OutletSpider
from crawler.urls import looks_like_article, looks_like_listing


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
            yield scrapy.Request(response.urljoin(href), callback=self.parse_feed, errback=self.on_error)
        depth = response.meta.get("news_depth", 0)
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href).split("#")[0]
            if urlsplit(url).hostname not in self.allowed_domains:
                continue
            if looks_like_article(url):
                yield self.article_request(url)
            elif depth < self.listing_depth and looks_like_listing(url):
                yield scrapy.Request(
                    url, callback=self.parse_listing, errback=self.on_error, meta={"news_depth": depth + 1}
                )
