"""A link urllib cannot read ("http://[broken/": an unclosed IPv6 bracket makes urljoin raise
ValueError) leads nowhere: the listing's, feed's or sitemap's other links are still followed.
Before, the callback died at the first such link and every link after it was lost (the crawl of
tests/hostile_site.py, whose home page starts with one, shows it end to end)."""

from __future__ import annotations

import scrapy
from scrapy.http import HtmlResponse
from scrapy.spiderloader import SpiderLoader

from crawler.runner import project_settings

HOME = "https://english.pravda.ru/"
LISTING = (b'<html><head><link rel="alternate" type="application/rss+xml" href="http://[broken/feed">'
           b'<link rel="alternate" type="application/rss+xml" href="/export.xml"></head><body>'
           b'<a href="http://[broken/">broken</a>'
           b'<a href="/news/world/164204-north-korea-blood-debt-russia-kursk/">a story</a></body></html>')


def _spider(name: str, **kwargs):
    return SpiderLoader.from_settings(project_settings()).load(name)(**kwargs)


def _listing() -> HtmlResponse:
    return HtmlResponse(HOME, body=LISTING, encoding="utf-8", request=scrapy.Request(HOME))


def test_the_outlet_spider_follows_the_links_after_a_broken_one():
    urls = [request.url for request in _spider("pravda").parse_listing(_listing())]
    assert urls == [HOME + "news/world/164204-north-korea-blood-debt-russia-kursk/"]


def test_the_news_spider_follows_the_feeds_and_links_after_broken_ones():
    urls = [request.url for request in _spider("news", start=HOME).parse_listing(_listing())]
    assert urls == [HOME + "export.xml", HOME + "news/world/164204-north-korea-blood-debt-russia-kursk/"]
