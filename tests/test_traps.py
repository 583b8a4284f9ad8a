"""Redirect loops and endless listings end as rejects with a reason."""

import pytest
import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.items import Reject
from crawler.traps import ListingBudgetMiddleware, RedirectLoopMiddleware


def redirect(url, location, **meta):
    request = scrapy.Request(url, meta=meta)
    return request, HtmlResponse(url=url, status=302, headers={"Location": location}, body=b"", request=request)


def test_redirect_back_along_the_chain_is_a_loop():
    middleware = RedirectLoopMiddleware()
    request, response = redirect("https://outlet.example/a/", "/b/")
    assert middleware.process_response(request, response) is response
    chain = request.meta["news_redirect_chain"]
    request_b, response_b = redirect("https://outlet.example/b/", "/a/", news_redirect_chain=chain)
    with pytest.raises(IgnoreRequest, match=r"redirect loop \(/a/ -> /b/ -> /a/\)"):
        middleware.process_response(request_b, response_b)


def test_redirect_to_itself_is_a_loop_in_outlet_urls():
    middleware = RedirectLoopMiddleware()
    request, response = redirect(
        "http://127.0.0.1:9/x/", "https://outlet.example/x/", news_outlet_url="https://outlet.example/x/"
    )
    with pytest.raises(IgnoreRequest, match="redirect loop"):
        middleware.process_response(request, response)


class Outlet(scrapy.Spider):
    name = "outlet"

    def parse_listing(self, response):
        pass

    def parse_article(self, response):
        pass


def test_listing_budget_drops_listings_beyond_it_with_one_reject():
    crawler = get_crawler(Outlet, settings_dict={"NEWS_MAX_LISTING_PAGES": 2})
    spider = crawler._create_spider()
    middleware = ListingBudgetMiddleware.from_crawler(crawler)
    listings = [scrapy.Request(f"https://outlet.example/page/{n}/", callback=spider.parse_listing) for n in range(5)]
    articles = [scrapy.Request(f"https://outlet.example/news/{n}-x/", callback=spider.parse_article) for n in range(5)]
    out = [middleware.get_processed_request(request, None) for request in listings + articles]
    assert out[:2] == listings[:2]
    assert isinstance(out[2], Reject) and "listing budget spent (2 pages" in out[2].reason
    assert out[3:5] == [None, None]
    assert out[5:] == articles
