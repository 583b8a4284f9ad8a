"""Lead / standfirst: the summary paragraph(s) under the headline, kept out of the body."""

from __future__ import annotations

import re
from itertools import takewhile

from crawler.parsers.body.elements import visible_text
from crawler.parsers.body.lines import mostly_links
from crawler.parsers.boilerplate import is_skipped
from crawler.parsers.memo import remember
from crawler.parsers.text import clean_text, first_folded_word, fold

_LEAD_CLASS = re.compile(
    r"(?:^|[-_\s])(?:lead|leadin|lede|standfirst|stand-first|dek|deck|subtitle|sub-title|subheadline|"
    r"sub-headline|subhead|summary|intro|introduction|teaser|excerpt|strapline|abstract|"
    r"article-description|description|synopsis|kicker-text|preface|epigraph|vorspann|chapo|chapeau|"
    r"entradilla|ingress|sommario|bajada|preamble)(?:$|[-_\s]|text\b|text[-_])",
    re.I,
)
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})")
"""Word boundaries inside camelCase names ("ArticleItemTeaserText")."""
_LEAD_TAGS = ("p", "div", "h2", "h3", "h4", "span", "section", "header")
_HEADING_TAGS = ("h2", "h3", "h4")
_DESCRIBED_TAGS = ("p", "h2", "h4", "span")
"""Where a visible copy of the meta description is looked for: text-level elements (and
divs with at most two child elements), so reading their text stays cheap."""
_ANCESTOR_LEVELS = 6
_CONTAINER_HEAD = 40
_BODY_PARAGRAPH = 150
"""A plain paragraph longer than this is body text: no lead is looked for after it. Its text is
measured as read, not as written: a template's indentation is no text (a date line and a few
category names indented over many lines)."""
_HEADER_SCAN = 15
_DATELINE_CHARS = 30
"""Most text a dateline before a standfirst adds ("Berlin. ", "NEW YORK (AP) — ")."""
_HEADER_PARAGRAPH = (60, 600)
"""Length bounds of a standfirst recognised only by its place between headline and article."""
_SENTENCE_END = (".", "!", "?", "…", "\"", "”", "“", "»", "«")
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|av|af|updated|published|aktualisiert)\b", re.I)


def find_lead(root, container, h1, description: str | None = None) -> tuple[str | None, list]:
    """(lead text, its elements): a lead-classed element after the headline (within a few
    levels of it) or at the top of the article container, outside chrome and not holding the
    headline, the container or another lead-classed element (a wrapper), nor repeating the
    headline; failing that, a visible element there whose text is the page's meta description
    (`_Described`);
    failing that, the first prose paragraph between a headline and an article container that
    stands below it. A standfirst set in a few elements of one style in a row is all of them, a
    line each (`_with_run`)."""
    described = _Described(description) if description and len(description) >= 30 else None
    described_head = described.head if described else ""
    headline = fold(h1.text_content()) if h1 is not None else ""
    holds_container = _line(container)
    holds_h1 = _line(h1) if h1 is not None else frozenset()
    shown = None
    body_styles: set[tuple] = set()  # (tag, class, itemprop) of lead-classed runs: body blocks on this page
    for element in _nearby(container, h1, described):
        if element in holds_container or element in holds_h1:
            continue
        lead_like = _is_lead_like(element) and not any(map(_is_lead_like, element.iterdescendants(_LEAD_TAGS)))
        if lead_like and (_style(element) in body_styles or _one_of_a_run(element)):
            body_styles.add(_style(element))
            lead_like = False
        if not lead_like and not (described and shown is None and _text_level(element)):
            continue
        text = visible_text(element)[0] if lead_like and len(element) else clean_text(element.text_content())
        if lead_like and 30 <= len(text) <= 1200 and fold(text) != headline and not _inside_skipped(element, holds_container):
            return _with_run(text, element)
        if described and shown is None and first_folded_word(text) in (None, described_head) \
                and described.shows(text, heading=element.tag in _HEADING_TAGS) \
                and not _inside_skipped(element, holds_container, by_tag_only=element.tag in _HEADING_TAGS):
            shown = _with_dateline(text, element)
    if shown is None and h1 is None:
        heading = _article_heading(container)
        if heading is not None and not _holds_container(container, heading):
            shown = _header_standfirst(heading, container, holds_container)
    if shown is None and h1 is not None:
        if not _holds_container(container, h1):
            shown = _header_standfirst(h1, container, holds_container)
        else:
            header = next(h1.iterancestors("header"), None)
            if header is not None and _holds_container(container, header):
                shown = _header_standfirst(h1, container, holds_container, within=header)
    return _with_run(*shown) if shown else (None, [])


_RUN_PARTS = 4
"""Most elements a standfirst is set in ("<h2 class=subtitle>" three times, a line each)."""


def _with_run(text: str, element) -> tuple[str, list]:
    """(text, elements) of a standfirst found in a lead-classed `element`, widened to the
    elements of its style (tag, class, itemprop) right before and after it, when there are at
    most `_RUN_PARTS` of them, none mostly a link (a teaser for another story set alike), and
    they hold no more text than a standfirst does (`_HEADER_PARAGRAPH`): the lines of one
    standfirst, each its own element ("<div class=subtitles><h2 class=subtitle>…</h2><h2
    class=subtitle>…</h2>"); a longer run is the body's paragraphs. Paragraphs of another
    class ("paragraph", "mt30") in a row are the body's."""
    if not _is_lead_like(element):
        return text, [element]
    style = _style(element)

    def alike(sibling) -> bool:
        return _style(sibling) == style and not _mostly_link(sibling)

    before = list(takewhile(alike, element.itersiblings(preceding=True)))
    after = list(takewhile(alike, element.itersiblings()))
    if not before and not after or len(before) + len(after) >= _RUN_PARTS:
        return text, [element]
    run = [*reversed(before), element, *after]
    texts = [text if part is element else clean_text(part.text_content()) for part in run]
    if sum(map(len, texts)) > _HEADER_PARAGRAPH[1]:
        return text, [element]
    return "\n".join(filter(None, texts)), run


def _mostly_link(element) -> bool:
    """A line that is mostly its links' text (`lines.mostly_links`): a pointer to another story."""
    text = element.text_content().strip()
    return bool(text) and mostly_links(sum(len(link.text_content()) for link in element.iter("a")), len(text))


def _article_heading(container):
    """The first `<h2>` of the `<article>` that holds `container`, when it comes before the
    container: the visible headline of a page whose `<h1>` is missing, the site's or read only
    by screen readers."""
    article = next(container.iterancestors("article"), None)
    if article is None:
        return None
    for element in article.iter("h2", container.tag):
        if element is container:
            return None
        if element.tag == "h2":
            return element
    return None


class _Described:
    """The page's meta description, to tell the visible element that shows it. A description
    may end with the outlet's name after a dash or a bar ("… bildirdi. - Anadolu Ajansı") or be
    cut short with an ellipsis ("… ağaçlık alanda..."), where a subtitle set as a heading under
    the headline shows the whole standfirst: such a heading shows the description without the
    name, or goes on from the cut description. Other elements show it only word for word (a
    paragraph that goes on from a cut description is the article's first paragraph, or the
    whole post)."""

    def __init__(self, description: str) -> None:
        self.folded = fold(description)
        self.head = self.folded.split(" ", 1)[0]
        named = _OUTLET_AFTER.search(description)
        self.unnamed = fold(description[:named.start()]) if named else None
        self.cut = description.rstrip().endswith(("...", "…"))

    def shows(self, text: str, heading: bool = False) -> bool:
        folded = fold(text)
        if folded == self.folded:
            return True
        return heading and (folded == self.unnamed or (self.cut and folded.startswith(self.folded)))


_OUTLET_AFTER = re.compile(r"\s[-–—|]\s+(?:\w+\.?\s?){1,4}$")
"""An outlet's name, a few words, after a dash or a bar at the end of a meta description."""


def without_byline(lead: str | None, authors) -> str | None:
    """`lead` without a byline naming one of `authors` after its last sentence ("… wieder
    lebendig. Von Eva Muster": the standfirst and the byline set in one paragraph; "… Ein
    Kommentar von Eva Muster" is the standfirst's own sentence)."""
    if not lead or not authors or _BYLINE_WORD.search(lead) is None:
        return lead
    for name in authors:
        found = re.search(_BYLINE_AFTER + re.escape(name) + r"\W*$", lead, re.I)
        if found is not None:
            return lead[:found.start() + 1]
    return lead


_BYLINE_AFTER = r"[.!?…]\s+(?:by|von|par|por|di|door|av|af)\s+"
"""A byline word opening a sentence of its own, after the standfirst's last sentence."""
_BYLINE_WORD = re.compile(_BYLINE_AFTER, re.I)
"""The start every name's pattern shares: a lead without it (most leads) keeps its text without
a pattern built for each author's name (compiling one costs more than the rest of the lead's
search; names differ from page to page, so the regex cache does not keep them)."""


def _with_dateline(text: str, element) -> tuple[str, object]:
    """(text, element) of a standfirst found by its copy of the meta description, widened to its
    parent when that is a paragraph of inline text adding only a short dateline before it
    ("<span>Berlin.</span> <span>The description …</span>")."""
    parent = element.getparent()
    if parent is None or parent.tag not in ("p", "div") or not _inline_only(parent):
        return text, element
    whole = clean_text(parent.text_content())
    if whole.endswith(text) and 0 < len(whole) - len(text) <= _DATELINE_CHARS:
        return whole, parent
    return text, element


def _header_standfirst(h1, container, holds_container: set, within=None):
    """(text, element) of the first prose paragraph after a headline that stands above the
    article container (or, `within` given, in the `<header>` the container holds with the
    headline, which the body walk leaves out): a sentence or three, few links, not chrome.
    None when the container, a long paragraph or the end of `within` comes first."""
    for index, element in zip(range(_HEADER_SCAN), _after_h1(h1)):
        if within is not None:
            if not _holds_container(within, element):
                return None
        elif element in holds_container or _holds_container(container, element):
            return None
        if element.tag not in ("p", "h2", "h3") and not (element.tag == "div" and _inline_only(element)):
            continue
        text = clean_text(element.text_content())
        if len(text) > _HEADER_PARAGRAPH[1]:
            return None
        if len(text) < _HEADER_PARAGRAPH[0] or _BYLINE.match(text):
            continue
        if not text.endswith(_SENTENCE_END) and not _is_subtitle(element, h1, text):
            continue
        links = sum(len(link.text_content()) for link in element.iter("a"))
        if links <= 0.2 * len(text) and not _inside_skipped(element, holds_container):
            return text, element
    return None


_SUBTITLE_WORDS = 8


def _is_subtitle(element, h1, text: str) -> bool:
    """A sentence-long `<h2>` set right after the headline, without a closing full stop (a
    subtitle: "<h1>Nairobi von unten</h1><h2>Kenia: Parallel zum … riefen Aktivisten zum Gipfel</h2>")."""
    return element.tag == "h2" and element.getprevious() is h1 and len(text.split()) >= _SUBTITLE_WORDS \
        and not text.endswith(":")


def _line(element) -> set:
    """The element and its ancestors: the elements that hold it."""
    return {element, *element.iterancestors()}


def _nearby(container, h1, described: "_Described | None"):
    """Elements after the h1 within its nearby ancestors, then the head of the container;
    each stretch ends at the first body paragraph (a standfirst comes before the text). An
    element is yielded once: where the container follows the headline, its head lies in both
    stretches (one element in five of those read on the median dev pages)."""
    seen = set()
    if h1 is not None:
        for element in _until_body_text(_after_h1(h1), described, container):
            seen.add(element)
            yield element
    head = (element for index, element in zip(range(_CONTAINER_HEAD), container.iter(_LEAD_TAGS)))
    yield from (element for element in _until_body_text(head, described, container) if element not in seen)


def _after_h1(h1):
    node, levels = h1, 0
    while node is not None and levels < _ANCESTOR_LEVELS and node.tag not in ("body", "html"):
        for sibling in node.itersiblings():
            yield from sibling.iter(_LEAD_TAGS)
        node, levels = node.getparent(), levels + 1


def _until_body_text(elements, described: "_Described | None", container):
    """`elements` up to the first long plain paragraph. That paragraph is still yielded when it
    repeats the meta description and stands outside the article container (a standfirst in the
    page header; inside the container it is the first paragraph the description was cut from)."""
    for element in elements:
        if element.tag == "p" and not _is_lead_like(element):
            text = element.text_content()
            if len(text) > _BODY_PARAGRAPH and len(clean_text(text)) > _BODY_PARAGRAPH:
                if described and described.shows(text) and not _holds_container(container, element):
                    yield element
                return
        yield element


_INLINE = frozenset({"a", "em", "strong", "b", "i", "span", "br", "abbr", "q", "cite", "small", "sup", "sub"})


def _inline_only(element) -> bool:
    """True for an element whose descendants are all inline text markup (a div set as a paragraph)."""
    return all(descendant.tag in _INLINE for descendant in element.iterdescendants())


def _text_level(element) -> bool:
    return element.tag in _DESCRIBED_TAGS or (element.tag == "div" and len(element) <= 2)


_RUN_SIBLINGS = 12
_RUN_ALIKE = 2


def _one_of_a_run(element) -> bool:
    """A lead-classed element with at least `_RUN_ALIKE` of its next `_RUN_SIBLINGS` siblings of
    its style (tag, class, itemprop): one of a run of body blocks a CMS marks alike ("<div
    class=text-description>", "<p itemprop=description>" for each paragraph), not a standfirst;
    the run's last block is no standfirst either (`find_lead` keeps the style)."""
    style = _style(element)
    alike = sum(_style(sibling) == style for _index, sibling in zip(range(_RUN_SIBLINGS), element.itersiblings()))
    return alike >= _RUN_ALIKE


def _style(element) -> tuple:
    return element.tag, element.get("class"), element.get("itemprop")


def _is_lead_like(element) -> bool:
    attrib = element.attrib
    names = " ".join(filter(None, (attrib.get("class"), attrib.get("id"), attrib.get("itemprop"),
                                   attrib.get("type"), attrib.get("data-type"))))
    if not names or not _lead_names(names):
        return False
    return attrib.get("itemprop") in (None, "description", "alternativeHeadline", "abstract")


_LEAD_VERDICTS: dict[str, bool] = {}


def _lead_names(names: str) -> bool:
    """True when class/id/itemprop names call an element a lead; kept per names string (pages
    repeat their class names)."""
    verdict = _LEAD_VERDICTS.get(names)
    if verdict is None:
        verdict = remember(_LEAD_VERDICTS, names, _LEAD_CLASS.search(_CAMEL.sub("-", names)) is not None)
    return verdict


def _inside_skipped(element, holds_container: set, by_tag_only: bool = False) -> bool:
    """True when the element sits in chrome: a skipped subtree, a list item or a link. Only its
    ancestors below the first one that also holds the article container are looked at: a
    wrapper around the article is not chrome, whatever its class names say. `by_tag_only`: only
    chrome tags count (a heading that shows the page's own description is its subtitle, whatever
    list or class names the header sets it in)."""
    node = element
    while node is not None and node not in holds_container:
        if node.tag in ("nav", "aside", "footer", "a", "h1"):
            return True
        if not by_tag_only and (node.tag == "li" or is_skipped(node) and node.tag not in ("html", "body")):
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
