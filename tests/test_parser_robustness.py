"""Property: whatever the bytes, the parser returns an Article or raises NotAnArticle, never
anything else (mutations of the golden fixtures: cuts, splices, junk bytes, repeated tags).
A "parser error" rejection (parse_page's safety net for an unexpected exception) fails too."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.items import Article, FetchedPage
from crawler.parsers import parse_page
from crawler.parsers.errors import NotAnArticle
from crawler.sites import profile_for
from tests.helpers import parse_story

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "sites").glob("*/*.html"))
SOURCES = [path.read_bytes() for path in FIXTURES]
URL = "https://english.pravda.ru/news/world/1-mutated/"

_TAGS = [b"<div>", b"</div>", b"<p>", b"</p>", b"<blockquote>", b"<h2>", b"<table><tr><td>", b"<script>",
         b"<!--", b"-->", b"<![CDATA[", b"\x00", b"\xff\xfe", b"&#x0;", b"<meta charset='utf-16'>",
         b'<script type="application/ld+json">{"@graph": [', b"<br><br>", b"\xe2\x80\x94 Name, Role",
         b"<a href='http://[broken/'>"]


@st.composite
def mutated_pages(draw) -> bytes:
    html = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        cut = draw(st.integers(min_value=0, max_value=len(html)))
        action = draw(st.sampled_from(["insert", "delete", "truncate", "repeat"]))
        if action == "insert":
            html = html[:cut] + draw(st.sampled_from(_TAGS) | st.binary(max_size=40)) + html[cut:]
        elif action == "delete":
            html = html[:cut] + html[cut + draw(st.integers(min_value=1, max_value=500)):]
        elif action == "truncate":
            html = html[:cut]
        else:
            html = html[:cut] + draw(st.sampled_from(_TAGS)) * draw(st.integers(min_value=1, max_value=400)) + html[cut:]
    return html


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=mutated_pages(), site=st.sampled_from(["auto", "generic"]),
       content_type=st.sampled_from(["text/html", "text/html; charset=utf-8", "text/html; charset=koi8-r", ""]))
def test_parser_returns_an_article_or_a_typed_rejection(body, site, content_type):
    page = FetchedPage(url=URL, body=body, headers={"content-type": content_type} if content_type else {}, site=site)
    try:
        result = parse_page(page, profile_for(URL, site))
    except NotAnArticle as rejection:
        assert rejection.reason and not rejection.reason.startswith("parser error"), rejection.reason
    else:
        assert isinstance(result, Article) and result.body


def test_a_malformed_canonical_or_picture_address_is_left_aside():
    """urljoin raises ValueError on an unclosed IPv6 bracket ("http://[broken"): the page's own
    address stands for a broken canonical link, and a broken picture address is no picture."""
    head = ("<link rel='canonical' href='http://[broken/story'><meta property='og:url' content='https://[x'>"
            "<meta property='og:image' content='//[cdn/pic.jpg'>")
    article = parse_story(head=head)
    assert article.canonical_url == "https://news.example.org/politics/a-story"
    assert all("[" not in image.url for image in article.images)
