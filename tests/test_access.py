"""Free access and publisher (crawler.parsers.access, crawler.parsers.publisher): what the page says."""

from __future__ import annotations

import json

import pytest

from crawler.parsers import parse_html
from crawler.sites import GENERIC

URL = "https://news.example.org/politics/a-story"
TEXT = "".join(f"<p>This is a sentence of ordinary article prose, number {n}, long enough to be text "
               "and followed by another sentence that says a bit more.</p>" for n in range(5))


def parse(head: str = "", text: str = TEXT):
    html = (f"<html><head><title>A story</title>{head}</head><body><article><h1>A story about things</h1>"
            f"<div class='text'>{text}</div></article></body></html>")
    return parse_html(html, URL, GENERIC)


def jsonld(**fields) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


@pytest.mark.parametrize(("value", "free"), [(True, True), (False, False), ("False", False), ("true", True),
                                              ("http://schema.org/False", False)])
def test_json_ld_is_accessible_for_free(value, free):
    assert parse(jsonld(isAccessibleForFree=value)).free_access is free


def test_a_part_that_is_not_free_makes_the_article_paywalled():
    part = {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paid"}
    assert parse(jsonld(hasPart=[part])).free_access is False


def test_content_tier_meta():
    assert parse("<meta property='article:content_tier' content='free'>").free_access is True
    assert parse("<meta property='article:content_tier' content='locked'>").free_access is False


def test_text_classed_paywall_marks_a_paywalled_article():
    hidden = "<div class='paywall' style='display:none'><p>The rest of the story for subscribers only.</p></div>"
    assert parse(text=TEXT + hidden).free_access is False


def test_a_page_that_says_nothing_is_neither():
    assert parse().free_access is None


def test_publisher_from_og_site_name_then_json_ld():
    assert parse("<meta property='og:site_name' content='The Example Times'>"
                 + jsonld(publisher={"name": "Example Media Group"})).publisher == "The Example Times"
    assert parse(jsonld(publisher={"@type": "Organization", "name": "Example Media Group"})).publisher == "Example Media Group"


def test_publisher_given_by_reference_in_the_json_ld_graph():
    graph = {"@graph": [{"@type": "NewsArticle", "headline": "A story about things", "publisher": {"@id": "#org"}},
                        {"@type": "Organization", "@id": "#org", "name": "Graph Publisher"}]}
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert parse(head).publisher == "Graph Publisher"


def test_no_publisher_named():
    assert parse().publisher is None
