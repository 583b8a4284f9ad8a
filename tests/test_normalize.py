"""Text and URLs in one form."""

from crawler.items import Article, Block, Quote, Section
from crawler.urls import canonical_url
from pipelines.normalize import clean_field, normalize_article


def test_clean_text():
    assert clean_field("  a\u00a0 b\u200b\n\n  c\u00ad ") == "a b\nc"
    assert clean_field("   ") is None
    assert clean_field(None) is None
    assert clean_field("Cafe\u0301") == "Café"
    assert clean_field("item one\n\n  item two ") == "item one\nitem two", "list items stay on their lines"


def test_canonical_url_drops_fragment_and_tracking():
    assert canonical_url("https://x.example/a/?utm_source=t&b=2&a=1#top") == "https://x.example/a/?a=1&b=2"
    assert canonical_url("https://x.example/a/") == "https://x.example/a/"


def test_normalize_article_drops_empty_blocks_and_quotes():
    article = Article(
        url="https://x.example/a/?fbclid=1",
        title=" A  title ",
        authors=["Ann", " Bo  Li ", ""],
        body=[Section(None, [Block("paragraph", " text "), Block("paragraph", "  ")]), Section(None, [])],
        quotes=[Quote(" q "), Quote(" ")],
    )
    normalize_article(article)
    assert article.title == "A title"
    assert article.authors == ["Ann", "Bo Li"]
    assert [[b.text for b in s.blocks] for s in article.body] == [["text"]]
    assert [q.text for q in article.quotes] == ["q"]
    assert article.canonical_url == "https://x.example/a/"
