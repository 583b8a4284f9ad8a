"""Lead / standfirst: the summary paragraph(s) under the headline, kept out of the body."""

from __future__ import annotations

import re

from crawler.parsers.boilerplate import is_skipped
from crawler.parsers.text import clean_text

_LEAD_CLASS = re.compile(
    r"(?:^|[-_\s])(?:lead|leadin|lede|standfirst|stand-first|dek|deck|subtitle|sub-title|subheadline|"
    r"sub-headline|subhead|summary|intro|introduction|teaser|excerpt|strapline|abstract|"
    r"article-description|description|synopsis|kicker-text)(?:$|[-_\s])",
    re.I,
)
_LEAD_XPATH = "//*[@class or @id or @itemprop][not(self::meta)][not(self::body)][not(self::html)]"


def find_lead(root, container, h1) -> tuple[str | None, object | None]:
    """(lead text, its element): a lead-classed element near the headline, before the body text."""
    order = None
    for element in _lead_candidates(root):
        if _inside_skipped(element):
            continue
        text = clean_text(element.text_content())
        if 30 <= len(text) <= 1200 and not _holds_container(element, container):
            if h1 is not None:
                order = order or {el: i for i, el in enumerate(root.iter())}
                if order.get(element, -1) < order.get(h1, 0):
                    continue
            return text, element
    return None, None


def _lead_candidates(root):
    for element in root.xpath(_LEAD_XPATH):
        names = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("itemprop"))))
        if _LEAD_CLASS.search(names) and element.tag in ("p", "div", "h2", "h3", "span", "section", "header"):
            if element.get("itemprop") in (None, "description", "alternativeHeadline", "abstract"):
                yield element


def _inside_skipped(element) -> bool:
    node = element
    while node is not None:
        if node.tag in ("nav", "aside", "footer", "li", "a") or is_skipped(node) and node.tag not in ("html", "body"):
            return True
        node = node.getparent()
    return False


def _holds_container(element, container) -> bool:
    node = container
    while node is not None:
        if node is element:
            return True
        node = node.getparent()
    return False
