"""cnbc.com: "ArticleHeader-/ArticleBody-" templates; the body ends with a "Disclaimer" link line
and holds "Key Points" boxes and video players."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class CnbcProfile(SiteProfile):
    """CNBC article template."""

    key = "cnbc"
    version = 1
    domains = ("cnbc.com",)

    title = "h1.ArticleHeader-headline"
    date = "meta[property='article:published_time']"
    authors = ".Author-authorName"
    section = ".ArticleHeader-eyebrow"
    body = "div.ArticleBody-articleBody"
    headings = "div.ArticleBody-articleBody h2"
    drop = (".InlineVideo-videoEmbed", ".InlineVideo-videoFooter", ".InlineVideo-wrapper", ".InlineImage-imageEmbed", ".RenderKeyPoints-keyPoints",
            ".ArticleBody-subtitle")
    drop_text = (r"Disclaimer",)
