"""telegraph.co.uk: the headline is `h1[itemprop=headline]` and the visible publication time
`time[itemprop=datePublished]` (shopping pages under /recommended/ carry an older first-publication
date in their metadata); affiliate notices open shopping pages."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class TelegraphProfile(SiteProfile):
    """The Telegraph article template."""

    key = "telegraph"
    version = 1
    domains = ("telegraph.co.uk",)

    title = "h1[itemprop=headline]"
    date = "time[itemprop=datePublished][datetime], meta[property='article:published_time']"
    drop_text = (r"This article contains affiliate links\..*",)
