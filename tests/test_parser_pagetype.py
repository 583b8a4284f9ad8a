"""Listing pages (tag, topic, search pages) are not articles, whatever their teasers read like."""

import lxml.html

from crawler.parsers.metadata import read_metadata
from crawler.parsers.pagetype import listing_type


def tree(jsonld: str):
    return lxml.html.document_fromstring(
        f'<html><head><script type="application/ld+json">{jsonld}</script></head><body><p>x</p></body></html>'
    )


def listing(root):
    return listing_type(root, read_metadata(root))


ARTICLE = '</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget delayed"}'


def test_collection_page_without_article_metadata_is_a_listing():
    assert listing(tree('{"@context":"https://schema.org","@type":"CollectionPage","name":"Transport"}')) == "CollectionPage"
    assert listing(tree('{"@type": ["ItemList"]}')) == "ItemList"


def test_a_collection_declared_in_a_later_json_ld_block():
    assert listing(tree('{"@type":"WebSite"}</script><script type="application/ld+json">{"@type":"ProfilePage"}')) \
        == "ProfilePage"


def test_article_metadata_wins():
    assert listing(tree('{"@type":"CollectionPage"}' + ARTICLE)) is None


def test_plain_page_is_not_a_listing():
    assert listing(tree('{"@type":"Organization"}')) is None
    assert listing(lxml.html.document_fromstring("<html><body><p>x</p></body></html>")) is None
