"""The site-profile base class: declarative CSS selectors, one overridable method per field.

A profile names where each field lives on its outlet's pages; every selector left as None
(and every method returning None) is filled in by the generic parser. A subclass overrides
one `extract_*` method only when a site is odd; `PageView.soup` builds a BeautifulSoup tree
lazily for such a method, so ordinary pages never pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from lxml.cssselect import CSSSelector

from crawler.parsers.body import WalkRules
from crawler.parsers.text import clean_text


@dataclass
class PageView:
    """What a profile's field methods see: the URL, the decoded HTML and its lxml tree."""

    url: str
    html: str
    root: object

    @cached_property
    def soup(self):
        """A BeautifulSoup tree of the page, built on first use only (it costs ~10 ms)."""
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.html, "lxml")

    def select(self, css: str | None) -> list:
        """Elements matching a CSS selector (empty when the selector is None)."""
        return _compiled(css)(self.root) if css else []

    def select_text(self, css: str | None) -> str | None:
        """Cleaned text of the first element matching `css` that has any."""
        for element in self.select(css):
            text = clean_text(element.text_content())
            if text:
                return text
        return None


_SELECTORS: dict[str, CSSSelector] = {}


def _compiled(css: str) -> CSSSelector:
    selector = _SELECTORS.get(css)
    if selector is None:
        selector = _SELECTORS[css] = CSSSelector(css)
    return selector


class SiteProfile:
    """The generic profile (key "generic"): no selectors, the generic parser decides everything."""

    key = "generic"
    """Site key = module name = spider name = fixture folder."""
    version = 1
    """Bumped when the outlet's layout changes (the parser is reported as `key@version`)."""
    domains: tuple[str, ...] = ()
    """Hosts this profile parses (subdomains of a listed host match too)."""
    valid_from: str | None = None
    """First day (ISO date) the outlet served the layout this version describes; None: always.
    A layout change is a subclass with a higher `version` and its `valid_from` that overrides
    only what changed; pages dated before it keep the older version."""
    render_js: bool = False
    """True when the outlet builds its articles with JavaScript: fetch them through the
    optional browser renderer (`crawler.render`)."""

    title: str | None = None
    """CSS selector of the headline."""
    date: str | None = None
    """CSS selector of the publication date (its `datetime`/`content` attribute or its text)."""
    authors: str | None = None
    """CSS selector matching each author name."""
    section: str | None = None
    """CSS selector of the section label."""
    nav: str | None = None
    """CSS selector matching each site-navigation label in the header."""
    lead: str | None = None
    """CSS selector of the standfirst."""
    body: str | None = None
    """CSS selector of the element holding the article body."""
    headings: str | None = None
    """CSS selector of the body's sub-headings (each starts a section)."""
    paragraphs: str | None = None
    """CSS selector of body paragraphs (other loose text in the body is then ignored)."""
    quote_blocks: str | None = None
    """CSS selector of quote containers (each becomes one quote block)."""
    quote_attribution: str | None = None
    """CSS selector of attribution lines ("— Name, Role"), inside or right after a quote block."""
    images: str | None = None
    """CSS selector of the article's pictures (`img`, `picture` or `figure` elements; a figure's
    caption and credits come with it); when given, other pictures are not the article's."""
    cover: str | None = None
    """CSS selector of the lead picture (the first match is the article's cover)."""
    topics: str | None = None
    """CSS selector matching each topic (tag) the article lists."""
    paywall: str | None = None
    """CSS selector of an element only paywalled articles have (the article is then not free)."""
    publisher: str | None = None
    """The outlet's name; None lets the page say it (og:site_name, JSON-LD publisher)."""
    drop: tuple[str, ...] = ()
    """CSS selectors of elements that are never body text (nor pictures, but for a dropped
    `figure`: its picture is still the article's unless `images` says otherwise)."""
    drop_text: tuple[str, ...] = ()
    """Regular expressions: a body paragraph (a `<p>`, or a `<div>` holding no other block) whose
    whole text matches one is never body text (credit lines such as "X contributed to this
    report.", promo lines)."""

    @classmethod
    def versions(cls) -> list[type[SiteProfile]]:
        """Every layout version of this profile, oldest first: the class and those of its bases
        with the same key that set their own `version` (just the class when none does)."""
        found = [klass for klass in cls.__mro__
                 if issubclass(klass, SiteProfile) and "version" in vars(klass) and klass.key == cls.key]
        return sorted(found, key=lambda klass: klass.version) or [cls]

    @classmethod
    def version_on(cls, day: str | None) -> type[SiteProfile]:
        """The version in force on `day` (an ISO date or datetime); the newest when `day` is None."""
        chosen = cls.versions()
        if day:
            chosen = [klass for klass in chosen if not klass.valid_from or klass.valid_from <= day[:10]] or chosen[:1]
        return chosen[-1]

    @property
    def parser_name(self) -> str:
        """`key@version`, recorded on every article."""
        return f"{self.key}@{self.version}"

    def handles(self, host: str) -> bool:
        """True when `host` is one of `domains` or a subdomain of one."""
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    # One method per field; None / empty means "let the generic parser decide".
    def extract_title(self, page: PageView) -> str | None:
        return page.select_text(self.title)

    def extract_date(self, page: PageView) -> str | None:
        """The publication date as written (raw); the parser normalizes it."""
        for element in page.select(self.date):
            raw = element.get("datetime") or element.get("content") or clean_text(element.text_content())
            if raw:
                return raw.strip()
        return None

    def extract_authors(self, page: PageView) -> list[str]:
        return [clean_text(el.text_content()) for el in page.select(self.authors)]

    def extract_section(self, page: PageView) -> str | None:
        return page.select_text(self.section)

    def extract_nav(self, page: PageView) -> list[str]:
        labels = (clean_text(el.text_content()) for el in page.select(self.nav))
        return [label for label in labels if label]

    def extract_lead(self, page: PageView) -> str | None:
        return page.select_text(self.lead)

    def picture_elements(self, page: PageView) -> set | None:
        """The elements holding the article's pictures, or None to let the generic parser judge."""
        return set(page.select(self.images)) if self.images else None

    def cover_element(self, page: PageView):
        """The element holding the cover picture, or None to let the generic parser choose."""
        found = page.select(self.cover)
        return found[0] if found else None

    def extract_topics(self, page: PageView) -> list[str]:
        labels = (clean_text(el.text_content()) for el in page.select(self.topics))
        return [label for label in labels if label]

    def extract_free_access(self, page: PageView) -> bool | None:
        """False when the page has the paywall element, None to let the generic parser decide."""
        return False if page.select(self.paywall) else None

    def extract_publisher(self, page: PageView) -> str | None:
        return self.publisher

    def body_container(self, page: PageView):
        """The element holding the body, or None to let main-content detection find it."""
        found = page.select(self.body)
        return found[0] if found else None

    def walk_rules(self, page: PageView) -> WalkRules:
        """Elements the body walk must treat as headings, paragraphs, quote blocks, attributions or drops."""
        drop = {el for css in self.drop for el in page.select(css)}
        drop.update(page.select(self.lead))
        drop.update(self.paragraphs_to_drop(page))
        return WalkRules(
            drop=drop,
            headings=set(page.select(self.headings)),
            paragraphs=set(page.select(self.paragraphs)),
            quotes=set(page.select(self.quote_blocks)),
            attributions=set(page.select(self.quote_attribution)),
        )

    def paragraphs_to_drop(self, page: PageView) -> set:
        """The body's paragraphs (`<p>`, or a `<div>` holding no other block) whose whole text
        matches one of `drop_text`."""
        if not self.drop_text:
            return set()
        pattern = re.compile("|".join(f"(?:{expression})" for expression in self.drop_text))
        container = self.body_container(page)
        scope = container if container is not None else page.root
        return {element for element in scope.iter("p", "div")
                if (element.tag == "p" or not any(child.tag in _BLOCKS for child in element.iterdescendants()))
                and pattern.fullmatch(clean_text(element.text_content()))}


_BLOCKS = frozenset({"p", "div", "section", "article", "ul", "ol", "table", "blockquote", "figure",
                     "h1", "h2", "h3", "h4", "h5", "h6"})


GENERIC = SiteProfile()
"""The profile-less parser (key "generic")."""

