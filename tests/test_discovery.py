"""Sitemaps, news sitemaps, feeds and robots.txt as discovery reads them."""

from crawler.discovery import parse_feed, parse_sitemap, sitemaps_in_robots

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://outlet.example/news/world/1-a/</loc>
    <news:news>
      <news:publication><news:name>Outlet</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2025-09-23T10:00:00+03:00</news:publication_date>
      <news:title>A headline</news:title>
    </news:news>
  </url>
  <url><loc>https://outlet.example/news/world/2-b/</loc><lastmod>2025-09-24</lastmod></url>
</urlset>"""


def test_news_sitemap_keeps_news_fields():
    sitemap = parse_sitemap(NEWS_SITEMAP)
    assert not sitemap.is_index
    first, second = sitemap.links
    assert first.url == "https://outlet.example/news/world/1-a/"
    assert first.hints == {
        "publication": "Outlet",
        "language": "en",
        "published": "2025-09-23T10:00:00+03:00",
        "title": "A headline",
    }
    assert second.hints == {"lastmod": "2025-09-24"}


def test_sitemap_index():
    body = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://outlet.example/s1.xml</loc></sitemap></sitemapindex>"""
    sitemap = parse_sitemap(body)
    assert sitemap.is_index
    assert [link.url for link in sitemap.links] == ["https://outlet.example/s1.xml"]


def test_sitemap_entities_are_not_expanded():
    laughs = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://outlet.example/&lol3;</loc></url><url><loc>https://outlet.example/&ext;x</loc></url></urlset>"""
    sitemap = parse_sitemap(laughs)
    assert all("lollol" not in link.url and "root:" not in link.url for link in sitemap.links)


def test_broken_sitemap_yields_nothing():
    assert parse_sitemap(b"not xml at all").links == []
    assert parse_sitemap(b"").links == []


def test_a_news_sitemap_that_never_declares_its_prefix_is_still_read():
    """The parser recovers "news:news" as a tag's literal name, which lxml's QName refused with
    a ValueError: the sitemap callback died and every URL in it was lost."""
    undeclared = b"""<?xml version="1.0"?><urlset><url><loc>https://outlet.example/news/world/1-a/</loc>
<news:news><news:title>A headline</news:title><news:publication_date>2025-09-23</news:publication_date></news:news>
</url><:broken>x</:broken><url><loc>https://outlet.example/news/world/2-b/</loc></url></urlset>"""
    links = parse_sitemap(undeclared).links
    assert [link.url for link in links] == ["https://outlet.example/news/world/1-a/", "https://outlet.example/news/world/2-b/"]
    assert links[0].hints == {"title": "A headline", "published": "2025-09-23"}


def test_feed_entries_with_hints():
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title>
      <item><title>One</title><link>https://outlet.example/news/1-one/</link>
      <pubDate>Tue, 23 Sep 2025 10:00:00 +0300</pubDate></item>
      <item><title>No link</title></item></channel></rss>"""
    links = parse_feed(feed)
    assert [link.url for link in links] == ["https://outlet.example/news/1-one/"]
    assert links[0].hints["title"] == "One"
    assert links[0].hints["published"] == "Tue, 23 Sep 2025 10:00:00 +0300"


def test_robots_sitemaps():
    body = b"User-agent: *\nDisallow: /search/\nSitemap: https://outlet.example/sitemap.xml\nsitemap:https://outlet.example/news.xml\n"
    assert sitemaps_in_robots(body) == ["https://outlet.example/sitemap.xml", "https://outlet.example/news.xml"]
