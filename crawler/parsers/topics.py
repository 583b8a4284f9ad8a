"""The outlet's own topics for an article: tags, keywords, subjects, as the page lists them.

The first source that names any wins, in this order: the article's JSON-LD `keywords`, the
`news_keywords`, `keywords` and `article:tag` meta tags, other meta tags named for keywords or
tags (`custom-keywords`, `classification-tags`), then a visible tag list in the article (the
links of a list named for tags, topics or keywords, or links marked `rel=tag`). Numbers,
identifiers, host names, web and e-mail addresses and dates are not topics, nor are the prompts
a visible list's neighbours carry ("↓ Zu den Kommentaren", "Hier klicken, um zu antworten.").
Topics are cleaned, de-duplicated case-insensitively and kept in page order.
"""

from __future__ import annotations

import re

from crawler.parsers.boilerplate import is_hidden
from crawler.parsers.datelines import read_date_line
from crawler.parsers.memo import remember
from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.text import clean_text

META_NAMES = ("news_keywords", "keywords", "article:tag")
"""Meta tags that list topics, best first."""
MAX_TOPIC_CHARS = 80
MAX_TOPIC_WORDS = 8
MAX_LIST_LINKS = 40
"""A "tag list" with more links than this is navigation."""
_SEPARATORS = re.compile(r"\s*[,;]\s*")
_OTHER_META = re.compile(r"(?:^|[-_.:])(?:keywords|tags)$")
_NOT_A_TOPIC = re.compile(
    r"^(?:\d{5,}|[0-9a-f-]{16,}|(?:[\w-]+\.)+[a-z]{2,}|\w+://\S*|[^\s@]+@[^\s@]+|[\w .-]{1,24}:\s?\w.*|[\w-]*_[\w-]*)$",
    re.I)
"""Identifiers (long numbers, hex, UUIDs, "editors_pick", "_commerce"), host names, addresses and
e-mail addresses, and analytics facets ("Day: Friday", "Page Type: Article", "PACKAGE:US-TOP-NEWS")."""
_LIST_LEVELS = 4
"""How far above a link the tag list it belongs to may be named."""
_TAG_NAME = re.compile(
    r"(?:^|[\s_-])(?:tags?|tag-?list|taglist|tags?-?(?:list|links|container|box|wrapper|cloud)|topics?|"
    r"topic-?list|keywords?|schlagw(?:ö|oe)rter|schlagworte|themen|etiquetas|temas|mots-?cl(?:é|e)s)"
    r"(?:$|[\s_-])", re.I)
_NAV_NAME = re.compile(r"(?:^|[\s_-])(?:nav|navigation|navbar|menu|megamenu|burger|share|sharing|social|follow)(?:$|[\s_-])", re.I)
"""Names of lists that are the site's (navigation, sharing), whatever else they say."""
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def read_topics(meta: PageMetadata, container) -> list[str]:
    """The page's topics, from its metadata or else the visible tag list around the article's
    text `container`."""
    for obj in meta.jsonld[:1]:
        topics = _listed(jsonld_strings(obj.get("keywords")))
        if topics:
            return topics
    names = [*META_NAMES, *(name for name in meta.meta if name not in META_NAMES and _OTHER_META.search(name))]
    for name in names:
        topics = _listed(meta.meta.get(name, ()))
        if topics:
            return topics
    return visible_tags(_around(container))


def _around(container):
    """Where the article's tag list is: its `<article>`, else the text container's parent (the
    whole page costs a millisecond of link walking, and its tag lists are mostly the site's)."""
    node = container
    while node is not None:
        if node.tag == "article":
            return node
        node = node.getparent()
    parent = container.getparent()
    return container if parent is None else parent


def visible_tags(scope) -> list[str]:
    """Link texts of the first tag list in `scope`: the links under an element whose class or id
    names tags, topics or keywords, or the links that are tags themselves (`rel=tag`, or so
    named), whichever comes first. Only links are looked at (lxml finds them in C)."""
    groups: dict = {}
    """The list element (or "items" for tag links) -> its links, in page order."""
    holders: dict = {}
    """A link's parent -> the tag list it is in (links of one list share parents)."""
    for link in scope.iter("a"):
        if "tag" in (link.get("rel") or "").split() or _names_a_tag(link) or _inner_tag(link):
            if not _in_navigation(link):
                groups.setdefault("items", []).append(link)
            continue
        parent = link.getparent()
        holder = holders[parent] if parent in holders else holders.setdefault(parent, _tag_list_of(parent))
        if holder is not None:
            groups.setdefault("items" if _only_link(holder) else holder, []).append(link)  # <li class="tag"><a>X</a></li>
    for key, links in groups.items():
        if key == "items" or len(links) <= MAX_LIST_LINKS:
            topics = _unique(text for text in (clean_text(link.text_content()) for link in links
                                               if not _hidden(link) and not _site_link(link))
                             if not _prompt(text))
            if topics:
                return topics
    return []


_ARROWS = frozenset("←↑→↓⇒➔➜")
"""Arrows, not guillemets: « » and » « also quote a title ("»Tatort«")."""
_PROMPT_END = (".", "!", "?", "…")
_PROMPT_WORDS = 3
"""A link text of this many words or more that ends a sentence ("Hier klicken, um die Antwort
abzubrechen.", "Jetzt keine Termine mehr verpassen!") is a prompt; a tag names a thing ("U.S.")."""


def _prompt(text: str) -> bool:
    """True for a link text that asks the reader to go somewhere ("↓ Zu den Kommentaren", "All posts
    by X →", "Read more!"), which a tag list's neighbours (comment and author links) carry."""
    return bool(_ARROWS.intersection(text)) or (text.endswith(_PROMPT_END) and len(text.split()) >= _PROMPT_WORDS)


_VERDICTS: dict[str, bool] = {}


def _names_a_tag(element) -> bool:
    """True when an element's class or id names a tag list or tag, not navigation or sharing."""
    names = element.get("class")
    ident = element.get("id")
    if ident:
        names = f"{names} {ident}" if names else ident
    if not names or not isinstance(element.tag, str):
        return False
    verdict = _VERDICTS.get(names)
    if verdict is None:
        split = _CAMEL.sub("-", names)
        verdict = remember(_VERDICTS, names, bool(_TAG_NAME.search(split)) and not _NAV_NAME.search(split))
    return verdict


def _tag_list_of(node):
    """The nearest of a link's parent `node` and its few ancestors named for a tag list, unless
    it lies in the site's navigation."""
    for _ in range(_LIST_LEVELS):
        if node is None:
            return None
        if _names_a_tag(node):
            return None if _in_navigation(node) else node
        node = node.getparent()
    return None


def _inner_tag(link) -> bool:
    """A link whose content is named a tag: `<a><span class="tag-like">X</span></a>`."""
    node = link
    for _ in range(2):
        if not len(node):
            return False
        node = node[0]
        if _names_a_tag(node):
            return True
    return False


def _site_link(link) -> bool:
    """A link whose own class names the site's navigation or sharing ("td-social-sharing-button"):
    a share button set beside the tags, not a tag."""
    classes = link.get("class")
    return bool(classes) and _NAV_NAME.search(_CAMEL.sub("-", classes)) is not None


def _hidden(link) -> bool:
    """The link or one of its few nearest ancestors is hidden by its markup: a list's edit or
    follow box shown on a click ("<div style='display: none'>… <a>Themen bearbeiten</a>")."""
    node = link
    for _ in range(_LIST_LEVELS + 1):
        if node is None:
            return False
        if is_hidden(node):
            return True
        node = node.getparent()
    return False


def _only_link(element) -> bool:
    links = element.iter("a")
    next(links, None)
    return next(links, None) is None


def _in_navigation(element) -> bool:
    """Inside the site's navigation (a `<nav>` or a menu): its topics are the site's, not the article's."""
    return any(ancestor.tag == "nav" or ancestor.get("role") == "navigation" for ancestor in element.iterancestors())


def _listed(values) -> list[str]:
    """Topics from metadata values, each a topic or a comma-separated list of them; none from a
    list of subject codes; only the subjects from a list of analytics facets that names them."""
    parts = [part for value in values for part in _SEPARATORS.split(clean_text(value))]
    subjects = [match.group(1) for match in map(_SUBJECT_FACET.match, parts) if match]
    topics = _unique(subjects or parts)
    return [] if _subject_codes(topics) else topics


_SUBJECT_FACET = re.compile(r"(?:subject|topic|tag|keyword)s?\s?:\s?(\w.*)", re.I)
"""An analytics facet naming a subject ("Subject: Justice" beside "Day: Friday", "Medium", "WC:
1000-1999"): the facets are the CMS's labels of the page, its subjects the article's topics."""


_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_MIN_CODES = 8
"""A list of this many topics, every one an upper-case code ("AER", "INDG08", "MEAST"), is a
wire service's subject coding for its clients' systems, not the article's topics as a reader sees
them; a few acronyms ("EU", "NATO", "USA") are topics."""


def _subject_codes(topics: list[str]) -> bool:
    return len(topics) >= _MIN_CODES and all(_CODE.fullmatch(topic) for topic in topics)


_KIND_PREFIX = re.compile(r"^(?:[a-z][a-z0-9-]*/)+(?=\S)")
"""A lower-case path before a topic: the kind or section the CMS files it under ("topic/misshandel",
"organization/lundsberg", "deportes/formula-1"), not part of its name ("AC/DC" keeps its slash)."""


def _unique(topics) -> list[str]:
    seen, kept = set(), []
    for topic in topics:
        topic = _KIND_PREFIX.sub("", topic.strip(" |·•"))
        key = topic.casefold()
        if topic and key not in seen and len(topic) <= MAX_TOPIC_CHARS and len(topic.split()) <= MAX_TOPIC_WORDS \
                and not _NOT_A_TOPIC.match(topic) and read_date_line(topic) is None:
            seen.add(key)
            kept.append(topic)
    return kept
