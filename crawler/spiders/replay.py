"""Replay pages that were fetched before (a WARC archive, stored raw pages) through the pipelines."""

from __future__ import annotations

from collections.abc import Iterable

import scrapy

from crawler.items import FetchedPage


class ReplaySpider(scrapy.Spider):
    """Yield already-fetched pages as items: no requests, the same pipelines as a live crawl.

    `pages` is any iterable of `FetchedPage` (it is consumed lazily, so an archive of any
    size streams through in constant memory).
    """

    name = "replay"

    def __init__(self, pages: Iterable[FetchedPage] = (), *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages = pages

    async def start(self):
        for page in self.pages:
            yield page
