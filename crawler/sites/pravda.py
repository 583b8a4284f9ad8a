"""english.pravda.ru: header date and section label, `<h2>` sub-headings, block quotes each
followed by an attribution paragraph ("— Name, Role"), "Read also" boxes inside the text."""

from __future__ import annotations

from crawler.parsers.profile import SiteProfile


class PravdaProfile(SiteProfile):
    """Pravda.Ru English edition, article layout as of 2025."""

    key = "pravda"
    version = 1
    domains = ("english.pravda.ru",)

    title = "article h1.article__title"
    date = "article time[datetime], .site-header__date time[datetime]"
    authors = "article .article__author"
    section = "article .article__section"
    nav = "header nav.main-nav li a"
    lead = "article .article__lead"
    body = "article .article__text"
    headings = ".article__text > h2, .article__text > h3"
    quote_blocks = ".article__text > blockquote"
    quote_attribution = ".article__text > blockquote + p"
    drop = (".read-also", ".article__tags", ".share")
