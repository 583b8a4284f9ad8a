"""Fetch one page through the real spider settings (user agent, robots.txt, politeness and
safety middlewares), without storing anything: what `newsdesk site fixture save` and
`newsdesk site new` read when no saved HTML file is given. Pages of a profile that renders
JavaScript (or every page, with NEWS_RENDER_JS) are fetched through the browser renderer."""

from __future__ import annotations

from typing import Any

import scrapy

from crawler.render import enable_renderer
from crawler.runner import project_settings, run_spider

NOT_STORING = {"ITEM_PIPELINES": {}, "LOG_LEVEL": "WARNING"}
"""Overrides: nothing is parsed or stored by the fetch itself."""
DATABASE_COMPONENTS = {
    "DOWNLOADER_MIDDLEWARES": "crawler.incremental.IncrementalMiddleware",
    "EXTENSIONS": "newsdesk.jobs.RunInfoExtension",
}
"""The components of a crawl that need its database or run record, switched off for the fetch."""


class PageFetchSpider(scrapy.Spider):
    """Fetches one URL and keeps the final response's URL and body."""

    name = "site-fixture-fetch"

    def __init__(self, url: str, sink: dict, **kwargs: Any):
        super().__init__(**kwargs)
        self.url = url
        self.sink = sink

    async def start(self):
        yield scrapy.Request(self.url, callback=self.keep, dont_filter=True)

    def keep(self, response):
        self.sink.update(url=response.url, body=response.body, status=response.status)
        return []


def fetch_page(url: str, overrides: dict[str, Any] | None = None) -> tuple[str, bytes]:
    """`(final URL, body)` of `url`; raises RuntimeError when no page came back
    (`crawler.render.RendererUnavailable` when rendering is wanted but impossible)."""
    settings = project_settings({**NOT_STORING, **(overrides or {})})
    for setting, component in DATABASE_COMPONENTS.items():
        settings.set(setting, {**settings.getdict(setting), component: None}, priority="cmdline")
    enable_renderer(settings)
    sink: dict = {}
    stats = run_spider(PageFetchSpider, settings, url=url, sink=sink)
    if "body" not in sink:
        raise RuntimeError(f"could not fetch {url} ({stats.get('finish_reason')}, "
                           f"{_first_failure(stats)})")
    return sink["url"], sink["body"]


def _first_failure(stats: dict) -> str:
    for key in sorted(stats):
        if key.startswith(("downloader/exception_type_count/", "downloader/response_status_count/")):
            return f"{key.rsplit('/', 1)[-1]}: {stats[key]}"
    return "no response"
