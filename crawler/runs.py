"""What a crawl run is to Scrapy: a duplicate filter kept for the run only, and its identity in the stats."""

from __future__ import annotations

from scrapy import signals
from scrapy.dupefilters import RFPDupeFilter


class RunDupeFilter(RFPDupeFilter):
    """Scrapy's duplicate filter, kept for this run only even when JOBDIR is set.

    A resumed run must be able to request again what the killed run had in flight; the
    incremental middleware keeps it from fetching what is already stored.
    """

    @classmethod
    def from_crawler(cls, crawler):
        return cls(None, crawler.settings.getbool("DUPEFILTER_DEBUG"), fingerprinter=crawler.request_fingerprinter)


class RunInfoExtension:
    """Put the run key, log file and whether the run resumed into the stats (so into `crawl_runs`)."""

    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        settings, stats = self.crawler.settings, self.crawler.stats
        for key, setting in (("news/run_key", "NEWS_RUN_KEY"), ("news/log_file", "NEWS_LOG_FILE")):
            if settings.get(setting):
                stats.set_value(key, settings.get(setting))
        if settings.getbool("NEWS_RESUMED"):
            stats.set_value("news/run/resumed", 1)
