"""BaseUrlMiddleware: fetch from a mirror, keep the outlet's URLs."""

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.middlewares import BaseUrlMiddleware


class Outlet(scrapy.Spider):
    name = "outlet"
    outlet_url = "https://outlet.example"


def make_middleware(base_url="http://127.0.0.1:8123"):
    crawler = get_crawler(Outlet, settings_dict={"NEWS_BASE_URL": base_url})
    crawler.spider = crawler._create_spider()
    return BaseUrlMiddleware.from_crawler(crawler)


def test_outlet_request_goes_to_the_mirror():
    middleware = make_middleware()
    rerouted = middleware.process_request(scrapy.Request("https://outlet.example/world/?page=2"))
    assert rerouted.url == "http://127.0.0.1:8123/world/?page=2"
    assert rerouted.meta["allow_offsite"] is True
    assert middleware.process_request(rerouted) is None


def test_other_hosts_are_left_alone():
    middleware = make_middleware()
    assert middleware.process_request(scrapy.Request("https://elsewhere.example/")) is None


def test_response_carries_the_outlet_url_and_redirects_stay_on_the_outlet():
    middleware = make_middleware()
    request = scrapy.Request("http://127.0.0.1:8123/news/old/")
    response = HtmlResponse(
        url=request.url, status=301, headers={"Location": "/news/new/"}, body=b"", request=request
    )
    restored = middleware.process_response(request, response)
    assert restored.url == "https://outlet.example/news/old/"
    assert restored.headers[b"Location"] == b"https://outlet.example/news/new/"
    absolute = HtmlResponse(
        url=request.url, status=302, headers={"Location": "http://127.0.0.1:8123/x/"}, body=b"", request=request
    )
    assert middleware.process_response(request, absolute).headers[b"Location"] == b"https://outlet.example/x/"
