"""A gzip/deflate body cut short is retried, then kept without validators (found by the soak)."""

from __future__ import annotations

import gzip
import zlib

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.spiders.pravda import PravdaSpider
from crawler.truncation import TRUNCATED, TruncatedBodyMiddleware, cut_short

PAGE = b"<html><body><article><h1>Title</h1>" + b"<p>A paragraph of the article, long enough to compress.</p>" * 200 + b"</article></body></html>"
GZIPPED = gzip.compress(PAGE)


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def test_a_stream_that_stops_before_its_end_is_cut_short():
    assert cut_short(GZIPPED[: len(GZIPPED) // 2], b"gzip")
    assert cut_short(GZIPPED[:-8], b"x-gzip")  # the deflate data whole, its trailer missing
    assert cut_short(zlib.compress(PAGE)[:-20], b"deflate")
    assert cut_short(raw_deflate(PAGE)[:-20], b"Deflate ")


def test_whole_unknown_unreadable_and_oversized_streams_are_not():
    assert not cut_short(GZIPPED, b"gzip")
    assert not cut_short(zlib.compress(PAGE), b"deflate")
    assert not cut_short(raw_deflate(PAGE), b"deflate")
    assert not cut_short(GZIPPED[:100], b"br")
    assert not cut_short(b"not compressed at all", b"gzip")
    assert not cut_short(b"", b"gzip")
    bomb = gzip.compress(b"\0" * 4_000_000)
    assert not cut_short(bomb[:-100], b"gzip", max_size=1_000_000), "past the limit, Scrapy's decompression refuses it"
    assert cut_short(bomb[:-100], b"gzip")


def make(retry_times: int):
    crawler = get_crawler(PravdaSpider, settings_dict={"RETRY_TIMES": retry_times, "DOWNLOAD_MAXSIZE": 12_000_000})
    crawler.spider = crawler._create_spider()
    crawler.stats.open_spider()
    return crawler, TruncatedBodyMiddleware.from_crawler(crawler)


def response_for(request, body, encoding=b"gzip"):
    headers = {"Content-Encoding": encoding, "ETag": '"v1"', "Last-Modified": "Thu, 03 Dec 2026 10:00:00 GMT"}
    return HtmlResponse(url=request.url, body=body, headers=headers, request=request)


def test_a_cut_short_body_is_retried_then_flagged():
    crawler, middleware = make(retry_times=1)
    request = scrapy.Request("https://english.pravda.ru/news/world/1-a/")
    retry = middleware.process_response(request, response_for(request, GZIPPED[: len(GZIPPED) // 2]))
    assert isinstance(retry, scrapy.Request) and retry.url == request.url and retry.meta["retry_times"] == 1
    flagged = middleware.process_response(retry, response_for(retry, GZIPPED[: len(GZIPPED) // 2]))
    assert TRUNCATED in flagged.flags
    assert crawler.stats.get_value("news/download/truncated") == 2


def test_a_whole_body_goes_on_untouched():
    _, middleware = make(retry_times=1)
    request = scrapy.Request("https://english.pravda.ru/news/world/1-a/")
    response = response_for(request, GZIPPED)
    assert middleware.process_response(request, response) is response


def test_a_flagged_page_goes_to_the_store_without_validators():
    crawler, middleware = make(retry_times=0)
    spider = crawler.spider
    request = scrapy.Request("https://english.pravda.ru/news/world/1-a/")
    flagged = middleware.process_response(request, response_for(request, GZIPPED[: len(GZIPPED) // 2]))
    (page,) = spider.parse_article(flagged)
    assert "etag" not in page.headers and "last-modified" not in page.headers
    (whole,) = spider.parse_article(response_for(request, GZIPPED))
    assert whole.headers["etag"] == '"v1"'
