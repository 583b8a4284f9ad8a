"""The outlet's section (crawler.parsers.outlet_section): one category per article."""

from __future__ import annotations

import json

import pytest

from tests.helpers import jsonld_article as jsonld
from tests.helpers import parse_story

URL = "https://news.example.org/world/a-story"


def section(head: str) -> str | None:
    return parse_story(head, url=URL).section


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


def test_the_home_pages_name_is_no_section():
    assert section(jsonld(articleSection="Homepage")) is None
    assert section(jsonld(articleSection="Homepage") + "<meta property='article:section' content='Business'>") == "Business"


def test_a_page_without_section_metadata_has_none():
    assert section("") is None


def trail(*steps, nested: bool = False) -> str:
    items = [{"@type": "ListItem", "position": n, "item": {"@id": link, "name": name} if link else None, "name": name}
             for n, (name, link) in enumerate(steps, 1)]
    crumbs = {"@type": "BreadcrumbList", "itemListElement": items}
    if nested:
        return f'<script type="application/ld+json">{json.dumps({"@type": "WebPage", "breadcrumb": crumbs})}</script>'
    return f'<script type="application/ld+json">{json.dumps(crumbs)}</script>'


def test_without_section_metadata_the_breadcrumb_trail_gives_its_first_step_below_home():
    steps = [("Home", "https://news.example.org/"), ("World", "https://news.example.org/world/"),
             ("Europe", "https://news.example.org/world/europe/"), ("A story about things", URL)]
    assert section(trail(*steps)) == "World"
    assert section(trail(*steps, nested=True)) == "World"
    assert section(trail(*steps) + "<meta property='article:section' content='Europe'>") == "Europe"


def test_a_home_step_away_from_the_root_is_known_by_its_name_or_the_sites():
    assert section(trail(("Startseite", "https://news.example.org/nachrichten"),
                         ("Wirtschaft", "https://news.example.org/nachrichten/wirtschaft"))) == "Wirtschaft"
    head = "<meta property='og:site_name' content='Example Post'>" + trail(
        ("Example Post", "https://news.example.org/aktuell/"), ("Politik", "https://news.example.org/aktuell/politik/"))
    assert section(head) == "Politik"


def test_a_trail_of_the_home_page_and_the_article_names_no_section():
    assert section(trail(("Home", "https://news.example.org/"), ("A story about things", None))) is None
    assert section(trail(("Home", "https://news.example.org/de/"), ("The story", URL))) is None


@pytest.mark.parametrize("crumbs", [
    {"@type": "BreadcrumbList", "itemListElement": "Home > World"},
    {"@type": "BreadcrumbList", "itemListElement": [{"position": "1", "item": ["a", "b"]}, {"name": {"x": 1}}, 7, None]},
    {"@type": "BreadcrumbList"},
    {"@type": "WebPage", "breadcrumb": "Home > World"},
])
def test_a_malformed_breadcrumb_trail_names_no_section(crumbs):
    assert section(f'<script type="application/ld+json">{json.dumps(crumbs)}</script>') is None
