"""Listing pages (tag, topic, search pages) are not articles, whatever their teasers read like."""

import lxml.html

from crawler.parsers.metadata import read_metadata
from crawler.parsers.pagetype import listing_type


def tree(jsonld: str):
    return lxml.html.document_fromstring(
        f'<html><head><script type="application/ld+json">{jsonld}</script></head><body><p>x</p></body></html>'
    )


def test_collection_page_without_article_metadata_is_a_listing():
    assert listing_type(tree('{"@context":"https://schema.org","@type":"CollectionPage","name":"Transport"}'), False) == "CollectionPage"
    assert listing_type(tree('{"@type": ["ItemList"]}'), False) == "ItemList"


def test_the_json_ld_blocks_metadata_listed_give_the_same_answer():
    for jsonld in ('{"@type":"CollectionPage"}', '{"@type":"Organization"}', '{"@type": ["ItemList"]}',
                   '{"@type":"WebSite"}</script><script type="application/ld+json">{"@type":"ProfilePage"}'):
        root = tree(jsonld)
        assert listing_type(root, False, jsonld_texts=read_metadata(root).jsonld_texts) == listing_type(root, False)


def test_article_metadata_wins():
    assert listing_type(tree('{"@type":"CollectionPage"}'), True) is None


def test_plain_page_is_not_a_listing():
    assert listing_type(tree('{"@type":"Organization"}'), False) is None
    assert listing_type(lxml.html.document_fromstring("<html><body><p>x</p></body></html>"), False) is None
