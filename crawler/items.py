"""The one schema: what a fetched page is, what an article is, and what a reject is.

Stdlib dataclasses, snake_case, `*_raw` beside normalized values, `*_at` UTC ISO 8601.
Scrapy handles dataclass items natively (itemadapter), so spiders and pipelines pass
these objects as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

AUTO_SITE = "auto"
"""The `site` value that lets the URL's domain choose the profile (`crawler.sites.profile_for`)."""


@dataclass
class FetchedPage:
    """A page as it came off the wire (or out of a WARC record), before any parsing."""

    url: str
    """The URL the page was fetched from (after redirects; the real outlet URL, never a mirror's)."""
    body: bytes = field(repr=False)
    """The response body, undecoded."""
    status: int = 200
    """HTTP status code."""
    headers: dict[str, str] = field(default_factory=dict)
    """Response headers, names lower-cased; the last value wins when a header repeats."""
    fetched_at: str | None = None
    """When it was fetched (UTC ISO 8601)."""
    site: str = AUTO_SITE
    """Site profile to parse it with: "auto" picks one by the URL's domain, "generic" uses none."""
    hints: dict[str, str] = field(default_factory=dict)
    """What discovery already knew (e.g. news-sitemap publication date, feed title)."""


@dataclass
class Quote:
    """Words the article presents as someone's utterance."""

    text: str
    """The quoted words, without the surrounding quotation marks."""
    speaker: str | None = None
    """The fullest name the article gives for who said it; None when the article names nobody."""
    role: str | None = None
    """The speaker's job title or description in the article's words; None when not given."""
    kind: str = "inline"
    """`block` (set off from the text), `inline` (a whole utterance in a paragraph) or `partial`."""


@dataclass
class Image:
    """A picture that belongs to the article (not a logo, avatar, icon, ad or teaser thumbnail)."""

    url: str
    """Absolute URL of the largest rendition the page offers (srcset, `<picture>` sources,
    lazy-loading attributes, JSON-LD / og:image for a cover the page does not show)."""
    caption: str | None = None
    """The caption as the page prints it, without its credit line; None when it has none."""
    alt: str | None = None
    """The image's alt text; None when it has none."""
    credits: list[str] = field(default_factory=list)
    """Photographers and agencies, one per item, without "Photo:" or "©"."""
    is_cover: bool = False
    """True for the article's lead picture (shown before the body text, or its og:image)."""
    width: int | None = None
    """Width in pixels of the chosen rendition, when the page states it."""
    height: int | None = None
    """Height in pixels of the chosen rendition, when the page states it."""


@dataclass
class Block:
    """One unit of the body, in page order."""

    kind: str
    """`paragraph`, `quote`, `list`, `table`, `code` or `image`."""
    text: str
    """Plain text; list items, table rows and code lines are separated by newlines; empty for an image
    (its caption is `image.caption`), so text consumers see the body's text only."""
    speaker: str | None = None
    """For quote blocks: who is quoted (from the attribution line, figcaption or cite)."""
    role: str | None = None
    """For quote blocks: the speaker's role as the attribution gives it."""
    image: Image | None = None
    """For image blocks: the picture standing at this place of the body (also in `Article.images`)."""


@dataclass
class Section:
    """A division of the body: the text under one sub-heading (the first usually has none)."""

    heading: str | None
    """The sub-heading that opens the section; None for the text before the first one."""
    blocks: list[Block] = field(default_factory=list)
    """The section's blocks in page order."""


@dataclass
class Article:
    """One news article split into header, section, body and quotes."""

    url: str
    """The URL the page was fetched from (for archives, the record's target URI)."""
    canonical_url: str | None = None
    """The page's canonical URL (link rel=canonical / og:url), normalized; falls back to `url`."""
    site: str | None = None
    """Site key of the profile that parsed it (`generic` when none applied)."""
    title: str | None = None
    """The headline (not the `<title>` with a site suffix)."""
    published: str | None = None
    """Publication time, ISO 8601, with the page's UTC offset when it gives one."""
    published_raw: str | None = None
    """The publication date exactly as the page wrote it."""
    modified: str | None = None
    """Last modification time, ISO 8601, when the page gives one."""
    modified_raw: str | None = None
    """The modification date exactly as the page wrote it."""
    authors: list[str] = field(default_factory=list)
    """Bylines, one person or organisation per item, without "By" or roles."""
    nav: list[str] = field(default_factory=list)
    """The site navigation labels shown in the page header."""
    section: str | None = None
    """The outlet's category for the article (e.g. "World")."""
    lead: str | None = None
    """Standfirst / summary under the headline, a line per element when the page sets it in several;
    not repeated in the body."""
    language: str | None = None
    """Code of the language the text is written in (ISO 639-1 where the language has one, in its
    standard form: "he", not "iw"): the one the page declares, unless its text reads surely as
    another or it declares none (`crawler.parsers.language`)."""
    body: list[Section] = field(default_factory=list)
    """The body text as sections in page order."""
    quotes: list[Quote] = field(default_factory=list)
    """Every quotation in the body with its speaker, in text order."""
    images: list[Image] = field(default_factory=list)
    """The article's pictures in page order: the cover first when the page shows one above the
    text, then those set into the body (each also an `image` block where it stands)."""
    topics: list[str] = field(default_factory=list)
    """The outlet's tags / keywords for the article, as the page lists them, de-duplicated, in order."""
    free_access: bool | None = None
    """False when the page marks the article as paywalled, True when it declares it free to
    read (JSON-LD `isAccessibleForFree`), None when it says neither."""
    publisher: str | None = None
    """The outlet's name (og:site_name, JSON-LD publisher, or the site profile)."""
    parser: str | None = None
    """Name and version of the profile that produced this article (e.g. `pravda@1`)."""
    quality_flags: list[str] = field(default_factory=list)
    """What the validator found missing or odd (e.g. `no_title`, `no_date`)."""
    fetched_at: str | None = None
    """When the page was fetched (UTC ISO 8601)."""
    page_type: str = "article"
    """`article` (a story or post: it declares an article type or a publication date), `listing`
    (a page of teasers: tag, topic, search, forum index) or `other` (a product, documentation or
    service page). Every kind keeps its main text."""
    page: FetchedPage | None = field(default=None, repr=False, compare=False)
    """The fetched page this article was parsed from (kept so it can be re-parsed)."""

    @property
    def text(self) -> str:
        """Every section heading and block text joined by newlines, in page order (image blocks
        hold no text)."""
        parts: list[str] = []
        for section in self.body:
            if section.heading:
                parts.append(section.heading)
            parts.extend(block.text for block in section.blocks if block.image is None)
        return "\n".join(parts)


@dataclass
class Reject:
    """A page that did not become an article, with why. Rejects are data, never silently dropped."""

    url: str
    """The URL that was rejected."""
    reason: str
    """A short, human-readable reason (e.g. `http 404`, `no body text`)."""
    stage: str = "fetch"
    """Where it was rejected: `fetch`, `parse`, `validate`, ..."""
    status: int | None = None
    """HTTP status, when the reject came from a response."""
