"""Text, dates and URLs in one form."""

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from crawler.items import Article, Block, Quote, Section
from pipelines.normalize import _ODD_CHARS, canonical_url, clean_text, iso_datetime, normalize_article


def test_clean_text():
    assert clean_text("  a\u00a0 b\u200b\n\n  c\u00ad ") == "a b\nc"
    assert clean_text("   ") is None
    assert clean_text(None) is None
    assert clean_text("Cafe\u0301") == "Café"


def rewritten(text: str) -> str | None:
    """clean_text without its shortcut for text that is already clean."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"\s*\n\s*", "\n", re.sub(r"[^\S\n]+", " ", text)).strip() or None


@given(st.text(alphabet=st.sampled_from(" \n\t\r\u00a0\u2003\u3000\u00ad\u200b\ufeffae\u0301\u00e9\u212b\u1e9b\u0323"), max_size=12))
def test_clean_text_shortcut_returns_what_the_rewrites_would(text):
    assert clean_text(text) == rewritten(text)


def test_odd_characters_are_every_space_but_space_and_newline_plus_invisibles():
    odd = {chr(code) for code in range(sys.maxunicode + 1) if _ODD_CHARS.match(chr(code))}
    spaces = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}
    assert odd == (spaces - {" ", "\n"}) | {"\u00ad", "\u200b", "\ufeff"}


def test_iso_datetime_keeps_offset_and_plain_dates():
    assert iso_datetime("2025-09-23T10:00:00+03:00") == "2025-09-23T10:00:00+03:00"
    assert iso_datetime("2025-09-23") == "2025-09-23"
    assert iso_datetime("Tue, 23 Sep 2025 10:00:00 +0300") == "2025-09-23T10:00:00+03:00"
    assert iso_datetime("not a date") is None
    assert iso_datetime(None) is None


def test_canonical_url_drops_fragment_and_tracking():
    assert canonical_url("https://x.example/a/?utm_source=t&b=2&a=1#top") == "https://x.example/a/?a=1&b=2"
    assert canonical_url("https://x.example/a/") == "https://x.example/a/"


def test_normalize_article_drops_empty_blocks_and_quotes():
    article = Article(
        url="https://x.example/a/?fbclid=1",
        title=" A  title ",
        authors=["Ann", " Ann", ""],
        body=[Section(None, [Block("paragraph", " text "), Block("paragraph", "  ")]), Section(None, [])],
        quotes=[Quote(" q "), Quote(" ")],
    )
    normalize_article(article)
    assert article.title == "A title"
    assert article.authors == ["Ann"]
    assert [[b.text for b in s.blocks] for s in article.body] == [["text"]]
    assert [q.text for q in article.quotes] == ["q"]
    assert article.canonical_url == "https://x.example/a/"
