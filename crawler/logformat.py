"""Log lines about items that name the page, never dump it (a page's repr can be megabytes)."""

from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter


def _url(item) -> str:
    return getattr(item, "url", None) or "(no url)"


class NewsLogFormatter(LogFormatter):
    """Scrapy's log formatter with one-line item messages: `Rejected <url>: <reason>`."""

    def scraped(self, item, response, spider):
        return {"level": logging.DEBUG, "msg": "Scraped %(url)s", "args": {"url": _url(item)}}

    def dropped(self, item, exception, response, spider):
        return {
            "level": logging.INFO,
            "msg": "Rejected %(url)s: %(reason)s",
            "args": {"url": _url(item), "reason": exception},
        }

    def item_error(self, item, exception, response, spider):
        return {"level": logging.ERROR, "msg": "Error processing %(url)s", "args": {"url": _url(item)}}
