"""telegraph.co.uk: article templates with `articleBody` paragraphs; the standfirst is
`p[itemprop=description]`/`.articleHeader-standfirst`-like; affiliate notices open shopping pages."""

from __future__ import annotations

from crawler.sites.base import SiteProfile


class TelegraphProfile(SiteProfile):
    """The Telegraph article template."""

    key = "telegraph"
    version = 1
    domains = ("telegraph.co.uk",)

    title = "h1[itemprop=headline]"
    drop_text = (r"This article contains affiliate links\..*",)
