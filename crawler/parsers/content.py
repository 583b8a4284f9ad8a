"""Main-content detection: the subtree that holds the most paragraph text and the least chrome.

Every block element's own inline text is scored (long, low-link-density text counts for,
link text and short fragments count against) and the scores are summed up the tree; the
element with the highest subtree sum is the article container. Boilerplate subtrees
(`boilerplate.is_skipped`) count nothing.
"""

from __future__ import annotations

from lxml.etree import XPath

from crawler.parsers.boilerplate import NEVER_TEXT_TAGS, SKIP_TAGS, box_kind, is_skipped, named_as_chrome
from crawler.parsers.document import MAX_DEPTH

BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt", "td", "th", "tr",
    "table", "tbody", "thead", "tfoot", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "figure", "header", "center", "body", "html", "form", "address", "details", "summary", "hgroup",
})
_TEXT_BLOCKS = frozenset({"p", "li", "dd", "dt", "td", "th", "tr", "tbody", "pre", "blockquote",
                          "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table"})
"""Blocks that hold text rather than the article: a winner of these kinds is widened to its parent."""
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
CHROME_WEIGHT = 1.0
LINK_DENSITY_POWER = 5.0
"""A container's score is damped by its overall link density (teaser lists are link-rich)."""
LIST_ITEM_WEIGHT = 0.1
"""Prose inside list items counts less: teaser lists are lists of items with summaries."""
SIBLING_SHARE = 0.3
"""A sibling of the best container joins it when it scores at least this share of the best."""
PAGE_SHARE = 0.9
"""When the whole page scores best, an element inside it that scores this share of it is taken
instead: the rest is prose scattered over the page (overlays, footers), not article."""
RESCUE_FACTOR = 2.0
"""A container hidden by its class names is chosen only when it scores this much more than
the best visible one."""
WEAK_SCORE = 1500
"""A best visible container scoring less than this (a cookie notice, a side box) that does not
hold the headline, when the headline sits in a box hidden by its class names, lets a container
in there that holds the headline be chosen."""
SHORT_TEXT_WEIGHT = 0.1
"""How much a container's chrome (negative block values) counts against its prose."""
_SENTENCE_END = (".", "!", "?", "…", "”", "“", "’", '"', "»", "«", ":", "。", "！", "？", ")")
"""How prose lines end, closing quotation marks of every language included („…“ in German, « … » in Swiss usage)."""


def find_main(root, use_classes: bool = True, verdicts: dict | None = None) -> list:
    """The elements that bound the article text, in document order: the best-scoring
    container plus those of its siblings that score at least `SIBLING_SHARE` of it (articles
    split into several boxes). Falls back to `<body>` or the root.

    When nothing outside boilerplate scores (layout class names such as "sidebar-layout" or
    WordPress' "tag-social-media" can hide the whole article), the page is scored again with
    the subtrees that only their class/id names hide scored too, and the best container may
    lie inside one of them. So too when the best visible container is weak and lies away from
    the headline ("newsArticleMeta" names a whole news article, and a cookie box won): then
    only a container holding the headline is taken.

    A `verdicts` dict given to the strict look (`use_classes`) gets the `is_skipped` verdict of
    each element the scoring judges (element -> bool): the body walk reads them from there
    (`WalkRules.verdicts`) instead of judging those elements again."""
    scores: dict = {}
    passed_over: list | None = [] if use_classes else None
    _score(root, 0, False, scores, use_classes, passed_over=passed_over, verdicts=verdicts)
    best, best_score = _best(scores)
    named: set = set()
    weak = use_classes and best is not None and best_score < WEAK_SCORE and _headline_hidden_elsewhere(best, root)
    if use_classes and (best is None or best.tag in ("body", "html") or weak):
        rescued = _rescored(scores, passed_over, named)
        rescued_best, rescued_score = _best(rescued)
        if rescued_best is not None and rescued_score > RESCUE_FACTOR * best_score and (
                not weak or not _headline_outside(rescued_best, root)):
            scores, best, best_score = rescued, rescued_best, rescued_score
        else:
            named.clear()
    if best is None:
        body = root.find("body")
        return [body if body is not None else root]
    if best.tag in ("body", "html"):
        inner, inner_score = _best({element: parts for element, parts in scores.items()
                                    if element.tag not in ("body", "html")})
        if inner is not None and inner_score >= PAGE_SHARE * best_score:
            best, best_score = inner, inner_score
    while best.tag in _TEXT_BLOCKS and best not in named and best.getparent() is not None:
        best = best.getparent()
        best_score = max(best_score, _damped(scores.get(best, (0, 0, 0, 0))))
    best = _outermost_wrapper(best, best_score, scores)
    if named:
        best = _named_module(best, named, scores)
    parent = best.getparent()
    if parent is None:
        return [best]
    kind = box_kind(best)
    return [child for child in parent if child is best or (
        (child not in named or _first_class(child) == _first_class(best)) and _joins(child, scores, best_score, kind))]


def marked_article(root):
    """The element the page marks as its article (`<article>`, `<main>`, `itemprop="articleBody"`)
    holding the most text, or None. Read apart from its ancestors: when closing tags are missing,
    the article nests inside the site's menu, a link, a button or a form, and the walks, which
    see it as part of them, find no text; the element itself is intact."""
    marked = [*root.iter("article", "main"), *_ARTICLE_BODY(root)]
    return max(marked, key=lambda element: len(element.text_content()), default=None)


_ARTICLE_BODY = XPath("/descendant::*[@itemprop='articleBody']")


def _headline_outside(element, root) -> bool:
    """True when the page has an `<h1>` and `element` does not hold it."""
    h1 = root.find(".//h1")
    return h1 is not None and not any(node is element for node in h1.iterancestors())


def _headline_hidden_elsewhere(element, root) -> bool:
    """True when the page's `<h1>` lies outside `element`, inside a box its names hide."""
    h1 = root.find(".//h1")
    if h1 is None:
        return False
    ancestors = list(h1.iterancestors())
    return not any(node is element for node in ancestors) and any(map(named_as_chrome, ancestors))


def _outermost_wrapper(best, best_score: float, scores: dict):
    """`best`, or the wrapper around it (holding nothing else: the same text, the same links)
    beside which stands another part of the article (a sibling scoring `SIBLING_SHARE` of it):
    a page of several text modules, each wrapped a few times."""
    prose = _prose(scores.get(best))
    node = best.getparent()
    while node is not None and node.tag not in ("body", "html") and _prose(scores.get(node)) == prose:
        siblings = (*node.itersiblings(preceding=True), *node.itersiblings())
        if any(_damped(scores.get(sibling, (0, 0, 0, 0))) >= SIBLING_SHARE * best_score for sibling in siblings):
            return node
        node = node.getparent()
    return best


def _named_module(best, named: set, scores: dict):
    """`best`, or the box named like chrome around it (within `_MODULE_LEVELS`) that stands
    beside another box of its own kind (tag and classes), also named so, with prose of its own:
    an article set as a row of sections whose shared class names trip the chrome vocabulary
    ("TestReport__Section--Ads": sections that hold ad slots). Each box is one part of the text,
    and they join as one."""
    node = best
    for _level in range(_MODULE_LEVELS):
        if node in named:
            kind = box_kind(node)
            if any(sibling in named and box_kind(sibling) == kind
                   and _damped(scores.get(sibling, (0, 0, 0, 0))) > 0
                   for sibling in (*node.itersiblings(preceding=True), *node.itersiblings())):
                return node
            return best
        node = node.getparent()
        if node is None:
            return best
    return best


_MODULE_LEVELS = 3


def _first_class(element) -> str | None:
    """The first class name: a component's own name, before its modifiers ("Section Section--Ads")."""
    classes = (element.get("class") or "").split()
    return classes[0] if classes else None


def _prose(parts) -> tuple | None:
    """A container's prose, chrome and link text: what a wrapper adding only a heading shares with it."""
    return None if parts is None else (parts[0], parts[1], parts[3])


def _best(scores: dict) -> tuple:
    best, best_score = None, 0.0
    for element, parts in scores.items():
        score = _damped(parts)
        if score > best_score:
            best, best_score = element, score
    return best, best_score


def _joins(sibling, scores: dict, best_score: float, kind: tuple) -> bool:
    """A sibling joins the best container when it scores a good share of it, or when it is a
    prose paragraph or a sub-heading of its own (not one its names make chrome: the comments'
    "5 replies"), or a box of the best container's own kind (tag and classes) with prose in it:
    one more module of a text set as a row of modules."""
    score = _damped(scores.get(sibling, (0, 0, 0, 0)))
    if score >= SIBLING_SHARE * best_score:
        return True
    if score > 0 and kind[1] and box_kind(sibling) == kind:
        return True
    return (sibling.tag == "p" and score > 0) or (sibling.tag in HEADING_TAGS and not named_as_chrome(sibling))


def _damped(parts) -> float:
    positive, negative, chars, links = parts
    density = links / chars if chars else 0.0
    return (positive + CHROME_WEIGHT * negative) * (1.0 - density) ** LINK_DENSITY_POWER


def block_value(text_chars: int, link_chars: int, ends_sentence: bool) -> float:
    """How much a block's own inline text looks like article prose (negative: chrome)."""
    total = text_chars + link_chars
    if total == 0:
        return 0.0
    density = link_chars / total
    if density < 0.35 and (text_chars >= 80 or (text_chars >= 25 and ends_sentence)):
        return text_chars - 2.0 * link_chars
    return -(link_chars + SHORT_TEXT_WEIGHT * text_chars)


def _rescored(scores: dict, passed_over: list, named: set) -> dict:
    """The scores of `find_main`'s second look, which scores the subtrees that only their class/id
    names hide too (adding them to `named`), from the first look's `scores` and the subtrees it
    `passed_over` (`_score`): only those are walked, each scored where it stands in page order.
    Outside them the two looks score alike, as a hidden subtree counts nothing to its ancestors
    in either, where the second look walked the whole page again (one dev page in seven takes it)."""
    items = list(scores.items())
    rescued: dict = {}
    start = 0
    for position, element, depth, in_link, in_item in passed_over:
        subtree: dict = {}
        _score(element, depth, in_link, subtree, True, in_item, named)
        if subtree:
            rescued.update(items[start:position])
            rescued.update(subtree)
            start = position
    rescued.update(items[start:])
    return rescued


def _score(element, depth: int, in_link: bool, scores: dict, use_classes: bool, in_item: bool = False,
           named: set | None = None, passed_over: list | None = None, verdicts: dict | None = None):
    """Post-order walk: (inline text chars, inline link chars, last text, prose sum, chrome sum,
    subtree text chars, subtree link chars). With a `named` set, subtrees hidden only by their
    class/id names are scored too (and added to the set) but count nothing to their ancestors.
    With a `passed_over` list, each hidden subtree is listed there as (entries in `scores` before
    it, element, depth, in_link, in_item), for `_rescored`; with a `verdicts` dict, each element
    judged gets its verdict there.

    An element with no children and no text (an icon, an empty ad slot, a spacer) counts nothing
    whether shown or hidden, and a score of nothing never wins nor joins the winner: its class
    names are not judged (18% of the elements scored, half of them named, the names often new).
    Nor is the text of an element that never holds text read (`_UNSCORED_TAGS`)."""
    if depth > MAX_DEPTH:
        return _NOTHING
    tag = element.tag
    if tag in _UNSCORED_TAGS:
        return _NOTHING
    text = element.text
    if not len(element) and (not text or text.isspace()):
        return _NOTHING
    hidden = is_skipped(element, use_classes)
    if verdicts is not None:
        verdicts[element] = hidden
    if hidden:
        if passed_over is not None:
            passed_over.append((len(scores), element, depth, in_link, in_item))
        if named is None or not named_as_chrome(element) or element.tag in SKIP_TAGS:
            return _NOTHING
        named.add(element)
    is_link = in_link or (tag == "a" and not _shows_its_address(element))
    item = in_item or tag == "li"
    own = text_chars = link_chars = 0  # own: this element's text and its children's tails
    last = ""
    positive = negative = 0.0
    all_chars = all_links = 0
    if text:
        stripped = text.strip()
        if stripped:
            last = text
            own = len(stripped)
    depth += 1
    for child in element:
        (child_text, child_links, child_last, child_pos, child_neg,
         child_all, child_all_links) = _score(child, depth, is_link, scores, use_classes, item, named, passed_over, verdicts)
        if child_all or child_pos or child_neg:
            positive += child_pos
            negative += child_neg
            all_chars += child_all
            all_links += child_all_links
        if child_last:
            text_chars += child_text
            link_chars += child_links
            last = child_last
        tail = child.tail
        if tail:
            stripped = tail.strip()
            if stripped:
                last = tail
                own += len(stripped)
    if is_link:
        link_chars += own
    else:
        text_chars += own
    if tag in BLOCK_TAGS:
        all_chars += text_chars + link_chars
        all_links += link_chars
        if tag not in HEADING_TAGS:
            value = block_value(text_chars, link_chars, last.rstrip().endswith(_SENTENCE_END))
            if value > 0:
                positive += value * (LIST_ITEM_WEIGHT if item else 1.0)
            else:
                negative += value
        scores[element] = (positive, negative, all_chars, all_links)
        result = (0, 0, "", positive, negative, all_chars, all_links)
    else:
        result = (text_chars, link_chars, last, positive, negative, all_chars, all_links)
    return _NOTHING if hidden else result


_NOTHING = (0, 0, "", 0.0, 0.0, 0, 0)
_UNSCORED_TAGS = NEVER_TEXT_TAGS - {"button"}
"""Elements `is_skipped` leaves out in both looks whatever they hold (a `<button>` left unclosed
holds the rest of the page, which the lenient look reads): they score nothing, and their text is
not made a string first. A `<script>`'s is often the page's longest (a framework's state as JSON):
the median dev pages' scoring made strings of 36,000 such characters a page on average (7,000 at the
median), only to leave them out."""
_ADDRESS_STARTS = ("http://", "https://", "www.")


def _shows_its_address(link) -> bool:
    """A link that reads as a web address: a source cited in the text ("Abb.: https://…"), not
    the words of a menu or a teaser list, so its text counts as text."""
    return (link.text or "").lstrip().startswith(_ADDRESS_STARTS)
