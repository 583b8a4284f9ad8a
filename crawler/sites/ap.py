"""AP stories as member newspapers host them (hosted.ap.org): headline in `h2.ap-story-headline`,
the byline ("By A, B and C") and "Associated Press" in separate fields, a "___" rule before
"AP writers ... contributed to this report." and "Follow AP's full coverage ..." lines."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class ApProfile(SiteProfile):
    """AP hosted-story template."""

    key = "ap"
    version = 1
    domains = ("hosted.ap.org",)
    publisher = "The Associated Press"  # og:site_name says "Hosted"

    title = "h2.ap-story-headline"
    date = "meta[property='article:published_time']"
    authors = ".ap-story-byline .field-name-field-byline-original"
    body = "div.ap-story block"
    drop = (".bottom-social-share", ".ap-story-byline", ".ap-story-headline", ".ap-story-date")
    drop_text = (r"_{3,}", r".* contributed to this report\.", r"Follow AP.s .*")
