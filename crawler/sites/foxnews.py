"""foxnews.com (and foxbusiness.com): one article template since 2018. The body holds
featured-video captions, upper-case "CLICK HERE ..." promo paragraphs, an italic "X contributed
to this report." credit line and an author bio box at its end; the byline names the outlet
("Fox News") after the people."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class FoxNewsProfile(SiteProfile):
    """Fox News article template."""

    key = "foxnews"
    version = 1
    domains = ("foxnews.com", "foxbusiness.com")

    title = "article header h1.headline"
    authors = "article .author-byline a[href*='/person/']"
    lead = "article header h2.sub-headline"
    body = "article .article-body"
    headings = "article .article-body > h2"
    drop = (".featured-video", ".featured-image", ".embed-media", ".author-bio", ".ad-container",
            ".control", ".info", ".caption", ".article-meta")
    drop_text = (r"[^a-z]*[A-Z]{3}[^a-z]*", r".* contributed to this report\.")
