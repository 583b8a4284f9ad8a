"""Property: random DOM mutations of the fixture pages never make the parser raise, hang or reorder text.

tests/test_parser_robustness.py mutates the fixture pages' *bytes*; this mutates their *trees*
the way real templates differ: elements wrapped, unwrapped, renamed, deleted, deeply nested,
given boilerplate-looking classes, surrounded by ads, scripts and link lists, inline tags
dropped into their text, given a JSON-LD block nested up to 5,000 levels deep as a neighbour.
Before mutating, the own text of every element of the page's body gets a marker word `qzNNNN`
appended; the order of the markers in the mutated page is the reading order. The parser may drop text (that is its job with boilerplate) but:

  * it returns an Article or raises NotAnArticle with a real reason (never "parser error");
  * the markers in the article's body come in the page's order (it never reorders text);
  * each parse finishes within a generous guard of seconds (SIGALRM), so a hang fails the
    test with a traceback of where it hung instead of stalling the suite. Not a speed test.
"""

from __future__ import annotations

import copy
import json
import re
import signal
from contextlib import contextmanager
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from crawler.items import Article, FetchedPage
from crawler.parsers import parse_page
from crawler.parsers.document import load_document
from crawler.parsers.errors import NotAnArticle
from crawler.sites import profile_for
from newsdesk.localsite import SAMPLE_SITE

HANG_GUARD_SECONDS = 30
UNMARKED_TAGS = {"script", "style", "noscript", "template", "textarea", "option", "title"}
MARKER = re.compile(r"qz(\d{4})")

FIXTURES = Path(__file__).parent / "fixtures" / "sites"


def fixture_pages() -> list[tuple[str, bytes]]:
    """(URL, HTML) of every golden fixture and of the sample site's articles."""
    pages = []
    for html in sorted(FIXTURES.glob("*/*.html")):
        expected = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append((expected["url"], html.read_bytes()))
    for html in sorted((SAMPLE_SITE / "news").glob("*/*/index.html")):
        pages.append(("https://english.pravda.ru/" + str(html.parent.relative_to(SAMPLE_SITE)) + "/", html.read_bytes()))
    return pages


def marked_tree(html: bytes):
    """The page's tree with a marker word after the own text of every element in its body."""
    tree = lxml.html.document_fromstring(html)
    body = tree.find("body")
    elements = [e for e in (body.iter() if body is not None else ()) if isinstance(e.tag, str) and e.tag not in UNMARKED_TAGS]
    for number, element in enumerate(e for e in elements if e.text and e.text.strip()):
        element.text += f" qz{number:04d}"
    return tree


PAGES = [(url, marked_tree(html)) for url, html in fixture_pages()]

JUNK = [
    '<div class="advert"><a href="/ads/1">Buy now</a> <a href="/ads/2">Cheap flights</a></div>',
    "<script>var x = '<p>not text</p>'; for (;;) {}</script>",
    "<style>p { color: red }</style>",
    '<aside class="related"><h3>Related</h3><ul><li><a href="/a">Other story</a></li><li><a href="/b">More</a></li></ul></aside>',
    '<nav><a href="/">Home</a> | <a href="/world/">World</a> | <a href="/sport/">Sport</a></nav>',
    "<p></p>",
    "<div><br><br><br></div>",
    '<iframe src="https://video.example/embed/1"></iframe>',
    '<div class="share">Share this article on Facebook Twitter Email</div>',
    '<figure><img src="/x.jpg" alt="A photo"><figcaption>Photo: Agency</figcaption></figure>',
    "<table><tr><td></td><td>&nbsp;</td></tr></table>",
    '<div class="newsletter">Sign up for our newsletter. <form><input name="email"></form></div>',
]
TAG_NAMES = ["div", "section", "article", "span", "main", "p", "h2", "h3", "blockquote", "li", "td", "font", "center"]
JSONLD_OPENERS = ["[", '{"a": ', '{"@graph": [', '{"@type": "NewsArticle", "headline": [', '{"author": [']
CLASS_NAMES = ["related", "comments", "share", "article-body", "content", "footer", "sidebar", "advert", "story", "caption", "byline", ""]


def strip_markers(element) -> None:
    for node in element.iter():
        if isinstance(node.tag, str):
            node.text = MARKER.sub("", node.text) if node.text else node.text
        node.tail = MARKER.sub("", node.tail) if node.tail else node.tail


def cuts_outside_markers(text: str | None) -> list[int]:
    """Where an inline tag may go into `text`: anywhere but inside a marker word. A marker split by
    a tag still reads as one in the page's text, and strip_markers would leave it in a clone."""
    if not text or len(text) < 3:
        return []
    inside = {i for match in MARKER.finditer(text) for i in range(match.start() + 1, match.end())}
    return [i for i in range(1, len(text)) if i not in inside]


@st.composite
def mutated_pages(draw) -> tuple[str, bytes]:
    """A fixture page with 1-8 random DOM mutations, serialized."""
    url, original = draw(st.sampled_from(PAGES))
    tree = copy.deepcopy(original)
    body = tree.find("body") if tree.find("body") is not None else tree
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        elements = [e for e in body.iter() if isinstance(e.tag, str) and e is not body]
        if not elements:
            break
        element = draw(st.sampled_from(elements))
        parent = element.getparent()
        action = draw(st.sampled_from(["wrap", "unwrap", "rename", "delete", "nest", "classify", "junk", "inline", "clone",
                                           "jsonld"]))
        if action == "wrap" and parent is not None:
            wrapper = lxml.html.Element(draw(st.sampled_from(TAG_NAMES)))
            parent.replace(element, wrapper)
            wrapper.tail, element.tail = element.tail, None
            wrapper.append(element)
        elif action == "unwrap" and parent is not None:
            element.drop_tag()
        elif action == "rename":
            element.tag = draw(st.sampled_from(TAG_NAMES))
        elif action == "delete" and parent is not None:
            element.drop_tree()
        elif action == "nest" and parent is not None:
            outer = inner = lxml.html.Element("div")
            for _ in range(draw(st.integers(min_value=1, max_value=400))):
                inner = etree.SubElement(inner, "div")
            parent.replace(element, outer)
            outer.tail, element.tail = element.tail, None
            inner.append(element)
        elif action == "classify":
            element.set("class", draw(st.sampled_from(CLASS_NAMES)))
        elif action == "junk":
            junk = lxml.html.fragment_fromstring(draw(st.sampled_from(JUNK)))
            (element.addprevious if draw(st.booleans()) else element.addnext)(junk)
        elif action == "inline" and (cuts := cuts_outside_markers(element.text)):
            cut = draw(st.sampled_from(cuts))
            inline = lxml.html.Element(draw(st.sampled_from(["b", "i", "a", "span", "br", "em", "sup"])))
            text = element.text
            element.text, inline.tail = text[:cut], text[cut:]
            element.insert(0, inline)
        elif action == "jsonld":
            script = lxml.html.Element("script", type="application/ld+json")
            opener, depth = draw(st.sampled_from(JSONLD_OPENERS)), draw(st.integers(min_value=1, max_value=5000))
            closer = "".join("]" if char == "[" else "}" for char in opener[::-1] if char in "[{")
            script.text = opener * depth + "1" + closer * depth * draw(st.sampled_from([0, 1]))
            (element.addprevious if draw(st.booleans()) else element.addnext)(script)
        elif action == "clone" and parent is not None:
            twin = copy.deepcopy(element)
            strip_markers(twin)  # the copy adds text without changing the reading order of the markers
            (element.addprevious if draw(st.booleans()) else element.addnext)(twin)
    return url, lxml.html.tostring(tree, encoding="utf-8")


class ParserHung(Exception):
    """The parser ran past HANG_GUARD_SECONDS on one page."""


@contextmanager
def hang_guard(seconds: float):
    """Raise ParserHung (with the stack where it hung) after `seconds` of wall time."""
    def interrupt(signum, frame):
        raise ParserHung(f"parse still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def reading_order(html: bytes) -> dict[str, int]:
    """Marker -> its rank in the page's text, as the parser reads the page (`load_document`: plain
    lxml stops at libxml2's nesting limit and drops the text after it, which the parser keeps)."""
    markers = MARKER.findall(load_document(html)[1].text_content())
    return {marker: rank for rank, marker in enumerate(markers)}


def body_markers(article: Article) -> list[str]:
    return [marker for section in article.body for block in section.blocks for marker in MARKER.findall(block.text)]


def test_every_fixture_page_has_markers_in_its_parsed_body():
    """The property below checks something: unmutated, each page's body carries its markers."""
    for url, tree in PAGES:
        html = lxml.html.tostring(tree, encoding="utf-8")
        article = parse_page(FetchedPage(url=url, body=html, headers={"content-type": "text/html; charset=utf-8"}), profile_for(url))
        markers = body_markers(article)
        assert markers, url
        order = reading_order(html)
        ranks = [order[m] for m in markers]
        assert ranks == sorted(ranks), url


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the hang guard needs SIGALRM")
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(page=mutated_pages())
def test_mutated_pages_never_raise_hang_or_reorder_text(page):
    url, html = page
    fetched = FetchedPage(url=url, body=html, headers={"content-type": "text/html; charset=utf-8"})
    try:
        with hang_guard(HANG_GUARD_SECONDS):
            article = parse_page(fetched, profile_for(url))
    except NotAnArticle as rejection:
        event(f"rejected: {rejection.reason.split(':')[0]}")
        assert rejection.reason and not rejection.reason.startswith("parser error"), rejection.reason
        return
    assert isinstance(article, Article) and article.body
    order = reading_order(html)
    ranks = [order[marker] for marker in body_markers(article)]
    event("article with marked text" if ranks else "article without marked text")
    assert ranks == sorted(ranks), f"body text out of the page's order: {ranks}"
