"""bbc.com / bbc.co.uk news: the "story-body" template (2015-2020). The bold first paragraph
(`story-body__introduction`) is the standfirst; cross-heads are `h2.story-body__crosshead`;
"Follow Newsbeat on ..." / "Listen to ..." promo lines and related-story link lists close the text."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class BbcProfile(SiteProfile):
    """BBC News "story-body" article template."""

    key = "bbc"
    version = 1
    domains = ("bbc.com", "bbc.co.uk")

    title = "h1.story-body__h1"
    section = ".secondary-navigation__title span, .navigation-wide-list__link.selected span"
    lead = ".story-body__inner > p.story-body__introduction"
    body = "div.story-body__inner"
    headings = "div.story-body__inner > h2.story-body__crosshead"
    paragraphs = "div.story-body__inner > p"
    topics = "ul.tags-list li.tags-list__tags a"
    drop = ("figure", ".story-body__unordered-list", ".bbccom_advert_placeholder",
            ".media-player-wrapper", ".social-embed")
    drop_text = (r"(?:Follow Newsbeat on|Listen to Newsbeat|Follow us on|Find BBC News).*",)
