"""theintercept.com: two layouts. Until 2023 the "Post-" templates; from 2024 a WordPress theme
with utility classes ("post__title", "entry-content__content"). Both repeat sentences of the
text as pull quotes, which are not article text. (The JSON-LD keywords are analytics facets,
"Day: Friday", "Subject: Justice": the generic topic reader takes their subjects.)"""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class InterceptProfile(SiteProfile):
    """The Intercept, "Post-" article templates (first version)."""

    key = "intercept"
    version = 1
    domains = ("theintercept.com",)

    title = "h1.Post-title"
    authors = ".PostByline-names-with-images a[rel=author]"
    lead = "h2.Post-excerpt"
    body = "div.PostContent"
    drop = ("blockquote.Pullquote", ".PostContent-inline-newsletter", ".Post-contact", ".PostContent-promo", "aside")


class InterceptWordPressProfile(InterceptProfile):
    """The Intercept, 2024 WordPress templates."""

    version = 2
    valid_from = "2024-01-01"

    title = "header.post__header h1.post__title"
    authors = "header.post__header .article-byline__authors a[rel=author]"
    lead = "header.post__header .post__excerpt"
    body = "div.entry-content__content"
    headings = "div.entry-content__content > h2, div.entry-content__content > h3"
    drop = ("blockquote[data-shortcode-type=pullquote]", ".newsletter-embed", ".wp-block-intercept-promo", "aside", ".donate")
