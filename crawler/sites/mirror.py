"""mirror.co.uk: two layouts. Until 2025 server templates (`article-body[itemprop=articleBody]`,
"Do you have a story to tell?" call-outs in bold italics, newsletter slide-ins, bookmark toasts;
the headline is left to the generic parser, since live blogs print a running "LIVE:" headline in
their h1);
from 2025 Next.js templates with hashed class names (selectors by `data-testid` and class
prefixes) and "Article continues below" commercial boxes."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class MirrorProfile(SiteProfile):
    """The Mirror, server-rendered article templates (first version)."""

    key = "mirror"
    version = 1
    domains = ("mirror.co.uk",)

    authors = ".byline .author a"
    lead = "p.lead-content__sub-title"
    body = "div.article-body[itemprop=articleBody]"
    headings = "div.article-body[itemprop=articleBody] > h2, div.article-body[itemprop=articleBody] > h3"
    drop = ("aside", "figure", ".email-slidein", "#bookmark-toast", ".read-more-links", ".related-articles")
    drop_text = (r"(?:Do you have a story|Get in touch|Are protests breaking out).*@.*",)


class MirrorNextProfile(MirrorProfile):
    """The Mirror, Next.js article templates (hashed class names)."""

    version = 2
    valid_from = "2025-01-01"

    title = "article#article-body h1"
    authors = "[data-testid=byline-author] strong"
    lead = "article#article-body [data-testid=leadtext]"
    body = "article#article-body"
    headings = "article#article-body > h2, article#article-body > h3"
    drop = ("[data-testid^=commercial]", "[class*=BoxStyles_commercial]", "figure", "aside",
            "[data-testid=byline-author]", "[class*=Byline_]")
