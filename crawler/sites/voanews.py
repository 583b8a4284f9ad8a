"""voanews.com (Voice of America): a `.wsw` body inside `#article-content`; agency bylines are
links in the publishing-details box."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class VoaNewsProfile(SiteProfile):
    """Voice of America article template."""

    key = "voanews"
    version = 1
    domains = ("voanews.com",)

    title = ".col-title h1.title, h1.pg-title"
    date = ".publishing-details time[datetime]"
    authors = ".publishing-details .links__item-link"
    body = "#article-content .wsw"
    drop = (".wsw__embed", ".media-pholder", ".clear")
