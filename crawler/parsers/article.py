"""Assemble an Article: the site profile's fields first, the generic extractors for the rest."""

from __future__ import annotations

import logging
from html import unescape
from itertools import islice

from crawler.items import Article, Block, FetchedPage, Section
from crawler.parsers.authors import choose_authors, clean_authors
from crawler.parsers.body import visible_text, walk_body
from crawler.parsers.boilerplate import is_skipped
from crawler.parsers.content import find_main, marked_article
from crawler.parsers.dates import choose_dates, parse_date
from crawler.parsers.document import load_page, parse_closed
from crawler.parsers.errors import NotAnArticle
from crawler.parsers.gallery import find_gallery, with_gallery
from crawler.parsers.headline_text import is_offscreen, kicker_free_text, offscreen_part
from crawler.parsers.home_links import (LinkLabels, home_links, host_names, is_home_link, is_logo_mark, link_texts,
                                        links_elsewhere)
from crawler.parsers.access import read_access
from crawler.parsers.images import ImageReader, flag_declared_cover, header_pictures, settle
from crawler.parsers.publisher import read_publisher
from crawler.parsers.topics import read_topics
from crawler.parsers.language import text_language
from crawler.parsers.lead import find_lead, without_byline
from crawler.parsers.metadata import PageMetadata, jsonld_strings, read_metadata
from crawler.parsers.outlet_section import outlet_section
from crawler.parsers.pagetexts import BodyTexts
from crawler.parsers.pagetype import TEASER_LIST, listing_type, page_type
from crawler.parsers.quotes import extract_quotes
from crawler.parsers.recipes import with_declared_steps
from crawler.parsers.text import clean_text, fold, same_text
from crawler.parsers.titles import choose_title
from crawler.urls import resolved


logger = logging.getLogger(__name__)

DECLARED_SHARE = 0.5
"""The lenient look's text must hold this share of the words of the text the page declares
(JSON-LD `articleBody`), when it declares one, or the declared text is taken instead: what the
lenient look found is then other text (an author box, a "read the full article" prompt)."""
SECOND_LOOK_BELOW_CHARS = 400
"""Below this much body text, a second walk without class rules is tried (kept if twice as long
as the body and lead together and no shorter than this: a cookie notice is not the body of a post
of three short lines, nor of a post whose one paragraph was taken for its lead). Still below it,
a third walk reads the element the page marks as its article (`content.marked_article`), on its
own: markup broken so that the article nests in a link, a button or a form hides it from both
looks, which see it through its ancestors."""


CLOSED_LOOK_BELOW_CHARS = 2000
"""On a page where libxml2 ignored end tags because divs were left open (`endtags`), a body
shorter than this is looked for again in the tree parsed with those divs closed, and that
article taken when its body is twice as long as the first's body and lead together (and no
shorter than `SECOND_LOOK_BELOW_CHARS`), or when the first found no article. Left open inside
a link, a menu or a share box, a div takes the rest of the page into it, and no look at that
tree reads the article whole."""


def build_article(page: FetchedPage, profile) -> Article:
    """Parse `page` with `profile` (a `crawler.parsers.profile.SiteProfile`)."""
    html, root, markup, left_open = load_page(page.body, page.headers.get("content-type"))
    # (unpacked at once: with the tuple held through the walks a page measured 2-3% slower)
    if not left_open:
        return _article_from(page, profile, html, root)
    try:
        article = _article_from(page, profile, html, root)
    except NotAnArticle:
        return _article_from(page, profile, html, parse_closed(markup))
    if _length(article.body) >= CLOSED_LOOK_BELOW_CHARS:
        return article
    try:
        closed = _article_from(page, profile, html, parse_closed(markup))
    except NotAnArticle:
        return article
    return closed if _outweighs(closed.body, article.body, article.lead) else article


def _article_from(page: FetchedPage, profile, html: str, root) -> Article:
    """The article of `page` read from its tree `root` (`html`: the page's text)."""
    from crawler.parsers.profile import PageView

    view = PageView(url=page.url, html=html, root=root)
    meta = read_metadata(root)
    for reason in meta.skipped:
        logger.warning("JSON-LD block skipped on %s: %s", page.url, reason)
    main = _MainContainers(root)
    listing = listing_type(root, meta, main)
    if listing and listing != TEASER_LIST:
        raise NotAnArticle(f"listing page ({listing})")  # the page's own word; a layout guess only marks it
    headings = list(root.iter("h1", "h2"))
    h1s = _article_h1s([heading for heading in headings if heading.tag == "h1"], page.url)
    h1 = _first_h1(h1s)
    h1_texts = _h1_texts(h1s)

    title = profile.extract_title(view) or choose_title(
        meta, h1_texts, kicker_free_text(h1) if h1 is not None else None,
        link_texts(home_links(root, page.url)) + host_names(page.url),
        _h2_texts(heading for heading in headings if heading.tag == "h2"), LinkLabels(root, page.url))
    published_raw = profile.extract_date(view)
    published, modified, modified_raw = parse_date(published_raw), None, None
    texts = BodyTexts(root)
    found = choose_dates(meta, root, page.url, h1, texts)
    if published is None:
        published, published_raw = found[0], found[1]
    modified, modified_raw = found[2], found[3]
    authors = clean_authors(profile.extract_authors(view)) or choose_authors(meta, root, texts)

    container = profile.body_container(view)
    rules = profile.walk_rules(view)
    rules.authors = tuple(authors)
    containers = [container] if container is not None else main()
    rules.verdicts = main.verdicts
    rules.pictures = ImageReader(page.url, profile.picture_elements(view), containers)
    lead = profile.extract_lead(view)
    if lead is None and not profile.lead:
        description = meta.first_meta("og:description", "description", "twitter:description")
        lead, lead_elements = find_lead(root, containers[0], h1, description)
        lead = without_byline(lead, authors)
        rules.drop.update(lead_elements)
    headlines = _headline_variants(meta, h1_texts)
    body = walk_body(containers, title, lead, rules, headlines)
    if not profile.body:
        body, containers = _with_gallery(body, containers, title, lead, rules, headlines)
    if _length(body) < SECOND_LOOK_BELOW_CHARS and not profile.body:
        rules.use_classes = False
        second = walk_body(find_main(root, use_classes=False), title, lead, rules, headlines)
        if _outweighs(second, body, lead):
            declared = _jsonld_body(meta, title)
            body = declared if declared and _share_of(declared, second) < DECLARED_SHARE else second
    if _length(body) < SECOND_LOOK_BELOW_CHARS and not profile.body:
        marked = marked_article(root)
        for use_classes in (True, False) if marked is not None else ():
            rules.use_classes = use_classes
            third = walk_body(find_main(marked, use_classes), title, lead, rules, headlines)
            if _outweighs(third, body, lead):
                body = third
                break
    if _length(body) < SECOND_LOOK_BELOW_CHARS:
        body = _jsonld_body(meta, title) or body
    if _length(body) == 0 and lead:
        body, lead = [Section(heading=None, blocks=[Block(kind="paragraph", text=lead)])], None  # the page's only text
    if _length(body) == 0:
        raise NotAnArticle("no body text")
    header = header_pictures(rules.pictures, h1, containers[0])
    images = settle(body, header, meta, page.url, rules.pictures.cover(profile.cover_element(view)))
    if rules.slides:
        flag_declared_cover(images, meta, page.url)
    rules.pictures.describe(images)
    body = with_declared_steps(body, meta.how_to)
    free_access = profile.extract_free_access(view)

    article = Article(
        url=page.url,
        canonical_url=_canonical(meta, page.url),
        site=profile.key,
        title=title,
        published=published,
        published_raw=published_raw,
        modified=modified,
        modified_raw=modified_raw,
        authors=authors,
        nav=profile.extract_nav(view),
        section=profile.extract_section(view) or outlet_section(meta, page.url, title),
        lead=lead,
        language=text_language(meta.language, _texts(lead, body)),
        body=body,
        images=images,
        topics=profile.extract_topics(view) or read_topics(meta, containers[0]),
        free_access=read_access(meta, rules.paywall_seen) if free_access is None else free_access,
        publisher=profile.extract_publisher(view) or read_publisher(meta),
        parser=profile.parser_name,
        fetched_at=page.fetched_at,
        page_type=page_type(listing, meta, root, published),
        page=page,
    )
    article.quotes = extract_quotes(article)
    return article


def _with_gallery(body: list[Section], containers: list, title, lead, rules, headlines) -> tuple[list, list]:
    """(body, containers) walked again with the photo gallery around the text containers when
    its captions tell the story (`gallery.find_gallery`: the walk left them out as captions);
    else as they were. The gallery stands in or beside the intro: it is looked for in the
    containers' parent."""
    around = containers[0].getparent()
    gallery = find_gallery(containers[0] if around is None else around, _length(body) + len(lead or ""))
    if gallery is None:
        return body, containers
    containers = with_gallery(containers, gallery.box)
    rules.slides, rules.gallery_path = gallery.slides, gallery.path()
    rules.pictures.text_boxes = frozenset(containers)
    return walk_body(containers, title, lead, rules, headlines), containers


class _MainContainers:
    """`find_main(root)`, found once and kept: the listing check and the body walk share it."""

    def __init__(self, root) -> None:
        self.root = root
        self.found: list | None = None
        self.verdicts: dict = {}

    def __call__(self) -> list:
        if self.found is None:
            self.found = find_main(self.root, verdicts=self.verdicts)
        return self.found


def _jsonld_body(meta: PageMetadata, title: str | None) -> list[Section]:
    """The JSON-LD `articleBody` as paragraphs, for pages that render their text with scripts."""
    for obj in meta.jsonld[:1]:
        text = obj.get("articleBody")
        if isinstance(text, str) and len(text) >= SECOND_LOOK_BELOW_CHARS:
            paragraphs = [clean_text(line) for line in unescape(text).splitlines()]
            blocks = [Block(kind="paragraph", text=p) for p in paragraphs if p and not same_text(p, title)]
            return [Section(heading=None, blocks=blocks)] if blocks else []
    return []


def _share_of(declared: list[Section], found: list[Section]) -> float:
    """How much of the declared text's vocabulary (words of four letters or more) the found text has."""
    wanted = _words(declared)
    return len(wanted & _words(found)) / len(wanted) if wanted else 1.0


def _words(sections: list[Section]) -> set[str]:
    return {word for section in sections for block in section.blocks for word in fold(block.text).split()
            if len(word) >= 4}


def _texts(lead: str | None, body: list[Section]):
    """The article's text in reading order: its lead, then every block."""
    if lead:
        yield lead
    for section in body:
        for block in section.blocks:
            yield block.text


def _length(sections) -> int:
    return sum(len(block.text) for section in sections for block in section.blocks)


def _outweighs(other, body, lead: str | None) -> bool:
    """True when another look's body `other` is worth taking over `body`: twice as long as the
    body and lead together, and no shorter than `SECOND_LOOK_BELOW_CHARS` (not a cookie notice
    over a post of three short lines, nor over a post whose one paragraph became its lead)."""
    return _length(other) > max(2 * (_length(body) + len(lead or "")), SECOND_LOOK_BELOW_CHARS)


def _article_h1s(h1s, url: str) -> list:
    """The page's h1 elements (`h1s`) outside navigation, footers, asides and boilerplate, except
    those that are only a link to the home page or marked as the site's logo (`<h1 class="logo">`,
    `<div class="site-branding"><h1>`) or only a link to another site (a teaser's headline, as
    on a link aggregator's page), and h1s only screen readers read."""
    return [h1 for h1 in h1s if not _in_chrome(h1) and not _links_away(h1, url) and not is_offscreen(h1)]


def _links_away(h1, url: str) -> bool:
    """True for an h1 that is only a link, home, elsewhere or marked as the logo."""
    links = list(h1.iter("a"))
    if len(links) != 1 or clean_text(links[0].text_content()) != clean_text(h1.text_content()):
        return False
    return is_home_link(links[0], url) or links_elsewhere(links[0], url) or is_logo_mark(h1) \
        or is_logo_mark(h1.getparent())


def _first_h1(h1s: list):
    """The first of the article h1s that has text."""
    for h1 in h1s:
        if clean_text(h1.text_content()):
            return h1
    return None


def _h1_texts(h1s: list) -> list[str]:
    """Visible texts of the first five article h1s (without words only screen readers read)."""
    return [visible_text(h1, _hidden_words(h1), use_classes=False)[0] for h1 in h1s[:5]]


def _hidden_words(h1):
    """The h1's part only screen readers read, to leave out; None when it is only punctuation:
    the separator a layout shows as a line break ("Kicker<span class="visually-hidden">:</span>
    Headline"), without which the kicker runs into the headline."""
    part = offscreen_part(h1)
    return None if part is not None and not any(char.isalnum() for char in part.text_content()) else part


_H2S = 10
"""Second-level headings looked at: a `<title>` part one of them shows is the headline."""


def _h2_texts(h2s) -> list[str]:
    """Texts of the first `_H2S` of the page's h2 elements (`h2s`) outside navigation and boilerplate."""
    texts = (clean_text(h2.text_content()) for h2 in h2s if not _in_chrome(h2))
    return [text for text in islice(texts, _H2S) if text]


def _in_chrome(element) -> bool:
    node = element.getparent()
    while node is not None:
        if node.tag in ("nav", "footer", "aside") or (node.tag not in ("html", "body") and is_skipped(node, False)):
            return True
        node = node.getparent()
    return False


def _headline_variants(meta: PageMetadata, h1_texts: list[str]) -> list[str]:
    """Every spelling of the headline on the page (h1s, og:title, JSON-LD headline and
    alternativeHeadline: a kicker and the headline, "USA stoppen Schattentanker - Acht Namen, …",
    set as a heading block above the text)."""
    variants = list(h1_texts)
    variants.append(meta.first_meta("og:title") or "")
    for obj in meta.jsonld[:1]:
        variants.extend(jsonld_strings(obj.get("headline")))
        variants.extend(jsonld_strings(obj.get("alternativeHeadline")))
    return [text for text in variants if len(fold(text)) >= 12]


def _canonical(meta: PageMetadata, url: str) -> str:
    for href in (meta.canonical, meta.first_meta("og:url")):
        absolute = resolved(url, href) if href and fold(href) else None
        if absolute:
            return absolute
    return url
