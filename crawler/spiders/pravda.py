"""english.pravda.ru: home, section listings with pagination, the RSS feed and the sitemaps."""

from __future__ import annotations

import re

from crawler.spiders.outlet import OutletSpider


class PravdaSpider(OutletSpider):
    """Crawl english.pravda.ru (or a mirror of it given by `--base-url`)."""

    name = "pravda"
    site = "pravda"
    outlet_url = "https://english.pravda.ru"
    listing_paths = ("/",)
    feed_paths = ("/export.xml",)
    sitemap_paths = ("/sitemap.xml",)
    article_pattern = re.compile(r"^/news/[a-z-]+/\d+-[\w-]+/?$")
    listing_pattern = re.compile(r"^/(world|russia|society|opinion|science|sport|incidents|business)/(page/\d+/?)?$")
