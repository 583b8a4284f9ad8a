"""reuters.com: two layouts. Until 2020 the "ArticleHeader_/StandardArticleBody_" templates;
from 2021 the Arc templates with hashed class names (selectors by `data-testid` and class
prefixes). Both end the body with a "Reporting by ..." credit line, which is not article text;
links carry a visually hidden ", opens new tab" that is not either. The dateline paragraph
("KATHMANDU, April 25 (Reuters) - ...") is the first body paragraph: Reuters prints no standfirst."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class ReutersProfile(SiteProfile):
    """Reuters, 2018-2020 article templates (first version)."""

    key = "reuters"
    version = 1
    domains = ("reuters.com",)
    publisher = "Reuters"  # the 2019 pages' og:site_name is the edition ("U.S.")

    title = "h1.ArticleHeader_headline"
    authors = ".BylineBar_byline a"
    section = ".ArticleHeader_channel a"
    body = "div.StandardArticleBody_body"
    drop = (".Attribution_container", ".Image_container", ".RelatedCoverage_related-coverage-module",
            ".StandardArticleBody_trustBadgeContainer")


class ReutersArcProfile(ReutersProfile):
    """Reuters, Arc article templates (hashed class names)."""

    version = 2
    valid_from = "2021-01-01"

    title = "header h1[data-testid=Heading]"
    authors = "header [class*=info-content__author] a[rel=author], header [class*=article-header__heading] a[rel=author]"
    section = "header nav[aria-label=Tags] a, header [class*=article-header__tags] a"
    body = "div[class*=article-body__content]"
    headings = "div[class*=article-body__content] > h2"
    drop = ("[class*=sign-off]", "span[style*='clip:rect(0 0 0 0)']",
            "[data-testid=primary-video]", "[data-testid=promo-box]")
