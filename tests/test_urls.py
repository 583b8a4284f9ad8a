"""URL-shape heuristics for outlets without a profile."""

import pytest

from crawler.urls import looks_like_article, looks_like_listing


@pytest.mark.parametrize(
    "url",
    [
        "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/",
        "https://www.theguardian.com/world/2025/sep/23/some-story",
        "https://apnews.com/article/election-results-senate-races-8f2c1e",
        "https://www.bbc.com/news/world-europe-68123456",
        "https://outlet.example/2025/09/23/a-headline.html",
    ],
)
def test_articles(url):
    assert looks_like_article(url)
    assert not looks_like_listing(url)


@pytest.mark.parametrize(
    "url",
    ["https://outlet.example/", "https://outlet.example/world/", "https://outlet.example/world/page/2/", "https://outlet.example/news/politics"],
)
def test_listings(url):
    assert looks_like_listing(url)
    assert not looks_like_article(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://outlet.example/tags/kim-jong-un-visit-moscow/",
        "https://outlet.example/author/jane-doe-smith-jones/",
        "https://outlet.example/static/logo-of-the-site-2025.png",
        "https://outlet.example/privacy",
    ],
)
def test_neither(url):
    assert not looks_like_article(url)

