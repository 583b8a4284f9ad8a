"""theguardian.com: two layouts. Until 2020 the "content__" templates (headline, standfirst and
body by class); from 2021 the DCR templates, whose classes are generated hashes, so selectors go
by `data-gu-name` and `data-component`. Bylines read "Name in City": the city is not a name."""

from __future__ import annotations

import re

from crawler.parsers.profile import PageView, SiteProfile

_BYLINE_PLACE = re.compile(r"\s+(?:in|and agencies in)\s+[A-Z][\w.' -]*$")


class GuardianProfile(SiteProfile):
    """The Guardian, "content__" article templates (first version)."""

    key = "guardian"
    version = 1
    domains = ("theguardian.com",)

    title = "h1.content__headline"
    authors = "header [itemprop=author] [rel=author]"
    lead = ".content__standfirst"
    body = "div.content__article-body[itemprop=articleBody]"
    drop = (".submeta", ".element-rich-link", "aside")

    def extract_authors(self, page: PageView) -> list[str]:
        """Byline names without the place they wrote from ("X in Valencia")."""
        return [_BYLINE_PLACE.sub("", name) for name in super().extract_authors(page)]


class GuardianDcrProfile(GuardianProfile):
    """The Guardian, DCR article templates (hashed class names)."""

    version = 2
    valid_from = "2021-01-01"

    title = "[data-gu-name=headline] h1"
    authors = "address[data-component=meta-byline] span, address[data-component=meta-byline] a[rel=author]"
    lead = "[data-gu-name=standfirst]"
    body = "#maincontent .article-body-commercial-selector"
    drop = ("[data-spacefinder-role=inline] figure", "gu-island", "aside")
