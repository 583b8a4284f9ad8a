"""The optional JavaScript renderer: scrapy-playwright driving Debian's chromium.

Off by default. It is switched on for a run when a site profile sets `render_js = True` (only
that outlet's requests are rendered) or with the setting `NEWS_RENDER_JS = True` (every
request is). It drives the system browser at `NEWS_CHROMIUM` (default `/usr/bin/chromium`,
`apt-get install chromium`), never a browser downloaded by Playwright; the Python packages come
with the `js` extra (`pip install 'newsdesk[js]'`).
"""

from __future__ import annotations

import shutil
from typing import Any

from crawler.sites import SITES, profile_for

DEFAULT_CHROMIUM = "/usr/bin/chromium"
HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
MIDDLEWARE = "crawler.render.RenderJsMiddleware"


class RendererUnavailable(RuntimeError):
    """scrapy-playwright or the chromium binary is missing."""


def wanted(settings) -> bool:
    """Whether a run needs the renderer: NEWS_RENDER_JS, or a profile that renders JavaScript."""
    return settings.getbool("NEWS_RENDER_JS") or any(profile.render_js for profile in SITES)


def renderer_settings(chromium: str = DEFAULT_CHROMIUM) -> dict[str, Any]:
    """The Scrapy settings that route rendered requests through chromium (raises
    RendererUnavailable when scrapy-playwright or the browser is missing)."""
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError:
        raise RendererUnavailable("the JavaScript renderer needs scrapy-playwright: pip install 'newsdesk[js]'") from None
    if not shutil.which(chromium):
        raise RendererUnavailable(f"the JavaScript renderer needs chromium at {chromium}: apt-get install chromium")
    return {
        "DOWNLOAD_HANDLERS": {"http": HANDLER, "https": HANDLER},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": chromium, "headless": True, "args": ["--no-sandbox"]},
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
    }


def enable_renderer(settings) -> bool:
    """Add the renderer to `settings` (a mutable Scrapy Settings) when the run wants it;
    True when it did. Requests still go through the ordinary downloader unless
    `RenderJsMiddleware` marks them."""
    if not wanted(settings):
        return False
    chromium = settings.get("NEWS_CHROMIUM") or DEFAULT_CHROMIUM
    for name, value in renderer_settings(chromium).items():
        settings.set(name, value, priority="cmdline")
    middlewares = {**settings.getdict("DOWNLOADER_MIDDLEWARES"), MIDDLEWARE: 545}
    settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="cmdline")
    return True


class RenderJsMiddleware:
    """Marks the requests to render (`meta["playwright"]`): every one with NEWS_RENDER_JS,
    else those whose URL's site profile sets `render_js`. robots.txt is never rendered."""

    def __init__(self, render_all: bool):
        self.render_all = render_all

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getbool("NEWS_RENDER_JS"))

    def process_request(self, request):
        if "playwright" in request.meta or request.url.endswith("/robots.txt"):
            return None
        if self.render_all or profile_for(request.url).render_js:
            request.meta["playwright"] = True
        return None
