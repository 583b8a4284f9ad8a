"""Metadata reading on small inline pages: a bad JSON-LD block is skipped, never the page."""

from __future__ import annotations

import logging

import lxml.html
import pytest

from crawler.parsers import parse_html
from crawler.parsers.metadata import MAX_JSONLD_DEPTH, _bracket_depth, read_metadata

URL = "https://news.example.org/2024/05/03/story"
PROSE = ("The council met on Tuesday evening to discuss the new budget, which has been delayed "
         "twice this year because of disagreements over school funding. ")
GOOD_BLOCK = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget delayed again",'
              ' "datePublished": "2024-05-03T08:00:00+01:00", "author": {"@type": "Person", "name": "Ann Lee"}}'
              '</script>')
DEEP_LIST = "[" * 5000 + "]" * 5000
DEEP_OBJECT = '{"a": ' * 5000 + "1" + "}" * 5000


def _block(source: str) -> str:
    return f'<script type="application/ld+json">{source}</script>'


def _meta(head: str):
    return read_metadata(lxml.html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>"))


def _page(head: str) -> str:
    return (f"<html lang='en'><head><title>Budget delayed again</title>{head}</head><body><article>"
            f"<h1>Budget delayed again</h1><p>{PROSE * 4}</p></article></body></html>")


@pytest.mark.parametrize(("source", "reason"), [
    (DEEP_LIST, "nested deeper than"),
    (DEEP_OBJECT, "nested deeper than"),
    ('{"@type": "NewsArticle", "headline": ' + "[" * 900 + '"Deep"' + "]" * 900 + "}", "nested deeper than"),
    ('{"@type": "NewsArticle", "image": [{"url": "a.jpg"}, ' + '{"a":' * 3000, "nested deeper than"),  # malformed too
    ("not json at all", "malformed JSON"),
    ("window.dataLayer = [];", "malformed JSON"),
])
def test_a_bad_jsonld_block_is_skipped_and_the_others_read(source, reason):
    meta = _meta(_block(source) + GOOD_BLOCK)
    assert [obj["headline"] for obj in meta.jsonld] == ["Budget delayed again"]
    assert len(meta.skipped) == 1 and meta.skipped[0].startswith(reason)


@pytest.mark.parametrize("source", [
    '{"@type": "NewsArticle", "headline": "Budget delayed again", "keywords": ["budget", "council", ],}',
    '{"@type": "NewsArticle", // "Article",\n "headline": "Budget delayed again"}',
    '[{"@type": "NewsArticle", "headline": "Budget delayed again"}];',
    "{'@type': 'NewsArticle', 'headline': 'Budget delayed again'}",
    '{"@type": "NewsArticle", "headline": "Budget "delayed" again", "author": "Ann Lee"}',
])
def test_a_block_written_loosely_is_repaired_and_read(source):
    # trailing commas, a comment, a closing semicolon, single quotes, unescaped quotation marks
    meta = _meta(_block(source))
    assert meta.skipped == []
    assert meta.jsonld[0]["@type"] == "NewsArticle" and "Budget" in meta.jsonld[0]["headline"]


def test_a_cut_off_block_keeps_what_it_says_before_the_cut():
    meta = _meta(_block('{"@type": "NewsArticle", "datePublished": "2024-05-03T08:00:00+01:00", "headline": '))
    assert meta.skipped == [] and meta.jsonld[0]["datePublished"] == "2024-05-03T08:00:00+01:00"


def test_bracket_depth_of_malformed_json_counts_brackets_inside_strings_too():
    # measured before json-repair sees a malformed block: it takes seconds on thousands of levels
    assert _bracket_depth('{"a":' * 100) == 100
    assert _bracket_depth('{"headline": "[[ {{", "x": [1, [2]]}') == 7
    assert _bracket_depth('{"a": "unterminated [[[') == 4
    # a deep block pasted into another block's string: one stray quote turns every string inside out
    assert _bracket_depth('{"headline": "He said "no", "b": "' + '{"a":' * 100 + '"}') == 101


def test_jsonld_nesting_up_to_the_bound_is_read():
    nested = '{"@type": "NewsArticle", "headline": "Budget delayed again", "x": ' + "[" * (MAX_JSONLD_DEPTH - 1) \
        + "]" * (MAX_JSONLD_DEPTH - 1) + "}"
    meta = _meta(_block(nested))
    assert meta.skipped == [] and meta.jsonld[0]["headline"] == "Budget delayed again"


@pytest.mark.parametrize("source", [DEEP_LIST, DEEP_OBJECT])
def test_a_deeply_nested_block_costs_one_warning_and_nothing_else(source, caplog):
    with caplog.at_level(logging.WARNING):
        article = parse_html(_page(_block(source) + GOOD_BLOCK), URL)
    assert (article.title, article.published, article.authors) == (
        "Budget delayed again", "2024-05-03T08:00:00+01:00", ["Ann Lee"])
    assert [(record.levelno, record.exc_info) for record in caplog.records] == [(logging.WARNING, None)]
    assert URL in caplog.records[0].getMessage() and "JSON-LD" in caplog.records[0].getMessage()


def _microdata_of(body: str) -> dict:
    return read_metadata(lxml.html.document_fromstring(f"<html><head></head><body>{body}</body></html>")).microdata


ARTICLE_ITEM = "itemscope itemtype='https://schema.org/NewsArticle'"


@pytest.mark.parametrize("body, expected", [
    (f"<div itemscope itemtype='https://schema.org/Product'><span itemprop='author'>Teaser Writer</span></div>"
     f"<article {ARTICLE_ITEM}><span itemprop='author'>Ann Lee</span>"
     "<time itemprop='datePublished' datetime='2024-05-03'>3 May</time></article>",
     {"author": ["Ann Lee"], "datepublished": ["2024-05-03"]}),  # the article item's, not a teaser's
    ("<h1 itemprop='headline'>Budget delayed</h1>", {"headline": ["Budget delayed"]}),  # no item: the page's
    (f"<div {ARTICLE_ITEM}></div><span itemprop='author'>Ann Lee</span>", {}),  # the item names nobody
    (f"<div {ARTICLE_ITEM}><p>No properties anywhere.</p></div>", {}),
])
def test_microdata_come_from_the_article_item_else_the_page(body, expected):
    assert _microdata_of(body) == expected


def test_the_marked_elements_are_those_the_attribute_axis_of_every_node_gives():
    # the items and properties are found from the elements alone: the same elements, in page
    # order, as `//@itemscope/..` and `//@itemprop/..` (which also ask every text node)
    from crawler.parsers.metadata import _MARKED, _SCOPES

    page = lxml.html.document_fromstring(
        f"<html><head><meta itemprop='name' content='x'></head><body>text <div {ARTICLE_ITEM}>"
        "<span itemprop='author'>Ann <b itemprop='x'>Lee</b></span> tail</div><p itemscope>"
        "<a itemprop='url' href='/'>home</a></p></body></html>")
    for listed, path in ((_MARKED, "//@itemprop/.."), (_SCOPES, "//@itemscope/..")):
        assert listed(page) == page.xpath(path)
    assert [element.tag for element in _MARKED(page)] == ["meta", "span", "b", "a"]
