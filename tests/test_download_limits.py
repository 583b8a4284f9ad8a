"""Download size limits: a page the parser would refuse is never downloaded whole, a sitemap may
be as large as the sitemap protocol allows, and a cut-off download is a reject that says why.

The limits themselves are applied by Scrapy while a body streams in or decompresses; the
hostile crawl (tests/test_hostile.py) shows them end to end, with its peak memory.
"""

from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler.parsers.document import MAX_BYTES
from crawler.runner import project_settings
from crawler.spiders.outlet import TOO_LARGE, describe_failure
from crawler.spiders.pravda import PravdaSpider

SITEMAP_PROTOCOL_LIMIT = 50 * 1024 * 1024


def test_pages_are_cut_off_at_the_size_the_parser_accepts():
    assert project_settings().getint("DOWNLOAD_MAXSIZE") == MAX_BYTES


def test_sitemaps_may_be_as_large_as_the_protocol_allows_and_pages_may_not():
    settings = project_settings()
    crawler = get_crawler(PravdaSpider, settings_dict={name: settings[name] for name in ("NEWS_SITEMAP_MAXSIZE", "DOWNLOAD_MAXSIZE")})
    spider = crawler._create_spider()
    robots = TextResponse(url=f"{spider.outlet_url}/robots.txt", body=b"Sitemap: /big-sitemap.xml\n")
    (sitemap,) = spider.parse_robots(robots)
    assert sitemap.callback == spider.parse_sitemap
    assert sitemap.meta["download_maxsize"] == SITEMAP_PROTOCOL_LIMIT
    index = TextResponse(url=f"{spider.outlet_url}/sitemap.xml", body=(
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>'))
    assert [request.meta["download_maxsize"] for request in spider.parse_sitemap(index)] == [SITEMAP_PROTOCOL_LIMIT]
    assert "download_maxsize" not in spider.article_request(f"{spider.outlet_url}/news/world/1-a/").meta


def test_a_download_cut_off_at_the_limit_is_a_reject_that_says_so():
    announced = DownloadCancelledError("Expected to receive 20000304 bytes which is larger than download max size (12000000)")
    streamed = DownloadCancelledError()
    bomb = IgnoreRequest("Ignored response <200 https://outlet.example/a/> because its body (65250 B compressed, 12058624 B "
                         "decompressed so far) exceeded DOWNLOAD_MAXSIZE (12000000 B) during decompression.")
    for error in (announced, streamed, bomb):
        assert describe_failure(Failure(error)) == (TOO_LARGE, None)
    assert describe_failure(Failure(IgnoreRequest("incremental: skipped"))) == ("incremental: skipped", None)
