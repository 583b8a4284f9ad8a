"""What kind of page this is: an article, a listing (tag, topic, search, author pages) or other.

Sitemaps and feeds list listing pages like articles, and their teaser paragraphs read like body
text, so the body walk alone cannot tell. A page that declares itself a collection in
schema.org terms and declares no article is a listing. So is a page that declares nothing
and whose main content is a list of teasers: linked headlines, each with a short summary,
and next to no prose of its own. A page that is no listing is an article when it says so
(og:type, a schema.org article type) or, declaring no product either, carries a publication
date, else `other` (a product, documentation or service page).

Only a page that declares itself a collection is rejected (its own word); a page found to be a
listing by its layout keeps its main text and is marked so: forum threads and blog front pages
look like teaser lists and are pages a user may want.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crawler.parsers.content import find_main
from crawler.parsers.metadata import PageMetadata, types_of

ARTICLE, LISTING, OTHER = "article", "listing", "other"
LISTING_TYPES = re.compile(r'"@type"\s*:\s*\[?\s*"(CollectionPage|ItemList|SearchResultsPage|ProfilePage)"')
PRODUCT_TYPES = re.compile(r'"@type"\s*:\s*\[?\s*"(?:Product|Offer|AggregateOffer|SoftwareApplication|MobileApplication)"')
"""schema.org types of a page that sells something or presents an app (a page of a shop)."""
TEASER_LIST = "teaser list"
"""The reason given for a listing recognised by its layout rather than its metadata."""
MIN_TEASERS = 5
"""At least this many linked headlines in the main content make a teaser list ..."""
OWN_PROSE_CHARS = 600
"""... when the paragraphs outside the teasers hold less text than this ..."""
TEASER_SHARE = 0.7
"""... and the teasers' summaries hold at least this share of the paragraph text."""
_HEADINGS = ("h2", "h3", "h4")
_ITEM_LEVELS = 3
"""How far above a summary paragraph its teaser's linked headline may sit."""
_PROSE = 80


def listing_type(root, meta: PageMetadata, main: Callable[[], list] | None = None) -> str | None:
    """The listing type the page declares (schema.org, in the JSON-LD blocks `meta` listed), or
    `TEASER_LIST` for an undeclared page laid out as one, when it declares no article; else None.
    `main` gives the page's main containers (`content.find_main`), for a caller that keeps them
    for its body walk."""
    if meta.jsonld:
        return None
    for text in meta.jsonld_texts:
        found = LISTING_TYPES.search(text)
        if found:
            return found.group(1)
    if _declares_article(root):
        return None
    return TEASER_LIST if _is_teaser_list(main() if main is not None else find_main(root)) else None


def page_type(listing: str | None, meta: PageMetadata, root, published: str | None) -> str:
    """`LISTING` when `listing_type` found one; `ARTICLE` for a page that declares an article
    type (a schema.org type of its article objects other than WebPage, or og:type); `OTHER` for
    one that declares a product or an app instead (og:type, a schema.org type in its JSON-LD):
    a shop's page, whatever date it shows; else `ARTICLE` when it gives a publication date,
    `OTHER` when not."""
    if listing:
        return LISTING
    og_type = _og_type(root)
    if any(types_of(obj) - {"webpage"} for obj in meta.jsonld) or og_type.startswith("article"):
        return ARTICLE
    if og_type.startswith("product") or any(map(PRODUCT_TYPES.search, meta.jsonld_texts)):
        return OTHER
    return ARTICLE if published else OTHER


def _declares_article(root) -> bool:
    """og:type "article" (or a subtype such as "article:news")."""
    return _og_type(root).startswith("article")


def _og_type(root) -> str:
    """The page's og:type, lower-cased ("" without one)."""
    head = root.find("head")
    for meta in head.iter("meta") if head is not None else ():
        if (meta.get("property") or meta.get("name")) == "og:type":
            return (meta.get("content") or "").strip().lower()
    return ""


def _is_teaser_list(containers: list) -> bool:
    teasers = {heading for container in containers for heading in container.iter(_HEADINGS) if _is_linked(heading)}
    if len(teasers) < MIN_TEASERS:
        return False
    items = {_item(heading, teasers, containers) for heading in teasers}
    own = summaries = 0
    for container in containers:
        for paragraph in container.iter("p"):
            length = len(paragraph.text_content().strip())
            if length < _PROSE:
                continue
            if _in_teaser(paragraph, items):
                summaries += length
            else:
                own += length
    return own < OWN_PROSE_CHARS and summaries >= TEASER_SHARE * (own + summaries)


def _item(heading, teasers: set, containers: list):
    """The teaser a linked heading heads: its highest ancestor, a few levels up at most and
    below the main container, that holds no other linked heading."""
    item = heading
    for _ in range(_ITEM_LEVELS):
        parent = item.getparent()
        if parent is None or any(parent is container for container in containers):
            break
        if sum(1 for other in parent.iter(_HEADINGS) if other in teasers) > 1:
            break
        item = parent
    return item


def _is_linked(heading) -> bool:
    """A heading that is (mostly) a link, or sits inside one: a teaser's headline."""
    text = len(heading.text_content().strip())
    if not text:
        return False
    if sum(len(link.text_content().strip()) for link in heading.iter("a")) >= 0.8 * text:
        return True
    return any(ancestor.tag == "a" for ancestor in heading.iterancestors())


def _in_teaser(paragraph, items: set) -> bool:
    """True when a paragraph sits in a link or in a teaser (see `_item`)."""
    node = paragraph
    for _ in range(_ITEM_LEVELS + 1):
        node = node.getparent()
        if node is None:
            return False
        if node.tag == "a" or node in items:
            return True
    return False
