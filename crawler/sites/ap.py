"""AP stories as member newspapers host them (hosted.ap.org): headline in `h2.ap-story-headline`,
the byline ("By A, B and C") and "Associated Press" in separate fields, a "___" rule before
"AP writers ... contributed to this report." and "Follow AP's full coverage ..." lines."""

from __future__ import annotations

import re

from crawler.parsers.profile import PageView, SiteProfile
from crawler.parsers.text import clean_text

_BYLINE_SPLIT = re.compile(r",\s*|\s+and\s+")


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

    def extract_authors(self, page: PageView) -> list[str]:
        """"By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER" -> the three names, spelt as
        names ("Lisa Mascaro"): AP style sets wire bylines in capitals, a typographic choice."""
        byline = page.select_text(self.authors) or ""
        byline = re.sub(r"^By\s+", "", byline, flags=re.I)
        names = [clean_text(name) for name in _BYLINE_SPLIT.split(byline) if clean_text(name)]
        return [name.title() if name.isupper() else name for name in names]
