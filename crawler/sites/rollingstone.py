"""rollingstone.com: the 2019 "l-article-" templates; the body is `.c-content.t-copy`, related
links and "Additional reporting by ..." credit lines close it."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class RollingStoneProfile(SiteProfile):
    """Rolling Stone, "l-article-" templates."""

    key = "rollingstone"
    version = 1
    domains = ("rollingstone.com",)

    title = "article header h1.l-article-header__row--title"
    authors = "article header .c-byline__authors a[rel=author]"
    lead = "article header h2.l-article-header__row--lead"
    body = "article .c-content.t-copy"
    headings = "article .c-content.t-copy > h2, article .c-content.t-copy > h3"
    drop = ("figure", ".c-related-links", ".admz", ".c-picture", "aside")
    drop_text = (r"Additional reporting by .*", r"Related:? .*")


class RollingStoneLarvaProfile(RollingStoneProfile):
    """Rolling Stone, "larva" templates (2021 on): the text in `.pmc-paywall` paragraphs."""

    version = 2
    valid_from = "2021-01-01"

    title = "article header h1.article-title"
    authors = "article .author .author-name a, article .c-byline a[rel=author]"
    lead = "article header .article-excerpt"
    body = "article .pmc-paywall"
    headings = "article .pmc-paywall > h2, article .pmc-paywall > h3"
    drop = ("figure", "aside", ".pmc-contextual-player", ".article-tags", ".lrv-a-hidden")
    drop_text = (r"The Rolling Stone Culture Council is an invitation-only.*", r"Additional reporting by .*",
                 r"Related:? .*")
