"""The outlet's section (crawler.parsers.outlet_section): one category per article."""

from __future__ import annotations

import json

from crawler.parsers import parse_html
from crawler.sites import GENERIC

URL = "https://news.example.org/world/a-story"
TEXT = "".join(f"<p>This is a sentence of ordinary article prose, number {n}, long enough to be text "
               "and followed by another sentence that says a bit more.</p>" for n in range(5))


def section(head: str) -> str | None:
    html = (f"<html><head><title>A story</title>{head}</head><body><article><h1>A story about things</h1>"
            f"<div class='text'>{TEXT}</div></article></body></html>")
    return parse_html(html, URL, GENERIC).section


def jsonld(**fields) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


def test_json_ld_article_section_comes_before_the_meta_tag():
    assert section(jsonld(articleSection="World") + "<meta property='article:section' content='News'>") == "World"


def test_a_list_of_sections_gives_its_first():
    assert section(jsonld(articleSection=["Politics", "Europe"])) == "Politics"


def test_categories_and_keywords_joined_in_one_field_give_the_first():
    head = jsonld(articleSection="Radtouren Berlin, berlin, fahrradtour, karlshorst, lichtenberg")
    assert section(head) == "Radtouren Berlin"
    assert section("<meta property='article:section' content='Wirtschaft,Tipps'>") == "Wirtschaft"


def test_an_unfilled_template_placeholder_is_no_section():
    assert section(jsonld(articleSection="{$category}")) is None
    assert section(jsonld(articleSection="{{ section }}") + "<meta property='article:section' content='Sport'>") == "Sport"


def test_a_page_without_section_metadata_has_none():
    assert section("") is None
