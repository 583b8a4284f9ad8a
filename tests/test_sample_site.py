"""The bundled sample site is consistent on its own: links resolve, XML parses, the reference text is exact.

No server: URL paths are mapped to files the way `newsdesk/localsite.py` maps them
(`/a/b/` -> `a/b/index.html`, `_redirects`, `_headers`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "newsdesk" / "sample_site"
SEED = ROOT.parent / "shared" / "seeds" / "pravda-2025-09-23-north-korea-blood-debt.txt"
HOST = "english.pravda.ru"
BASE = f"https://{HOST}/"

REFERENCE = "/news/world/164204-north-korea-blood-debt-russia-kursk/"
MISSING = "/news/business/164140-card-payments-small-shops/"
WINDOWS_1251 = "/news/russia/164150-siberian-lingonberry-harvest-prices/"
SYNDICATED = ("/news/society/164160-volunteers-reopen-village-libraries/",
              "/news/russia/164171-volunteers-reopen-village-libraries/")
UPDATED = "/news/science/163990-lake-baikal-ice-research-station/"
TAG_PAGE = "/tags/transport/"
ARTICLE_PATH = re.compile(r"^/news/[a-z]+/\d+-[a-z0-9-]+/$")
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _rules(name: str) -> list[list[str]]:
    text = (SITE / name).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]


REDIRECTS = {rule[0]: rule[1] for rule in _rules("_redirects")}
HEADERS = {rule[0]: " ".join(rule[2:]) for rule in _rules("_headers") if rule[1].lower() == "content-type:"}


def file_for(path: str) -> Path | None:
    """The file the local server answers a URL path with, or None (404)."""
    relative = path.lstrip("/")
    if not relative or relative.endswith("/"):
        relative += "index.html"
    candidate = SITE / relative
    return candidate if candidate.is_file() and not candidate.name.startswith("_") else None


def path_of(file: Path) -> str:
    relative = file.relative_to(SITE).as_posix()
    return "/" + relative[: -len("index.html")] if relative.endswith("index.html") else "/" + relative


def charset_of(path: str) -> str:
    match = re.search(r"charset=([\w-]+)", HEADERS.get(path, ""))
    return match.group(1) if match else "utf-8"


def html_doc(path: str):
    file = file_for(path)
    return lxml.html.document_fromstring(file.read_bytes().decode(charset_of(path)))


def internal_path(link: str, page_path: str) -> str | None:
    """The site path a link points to, or None when it leaves the site."""
    parts = urlsplit(urljoin(BASE + page_path.lstrip("/"), link.strip()))
    if parts.scheme not in ("http", "https") or parts.hostname != HOST:
        return None
    return parts.path or "/"


def links_in(path: str) -> list[str]:
    """Every URL a page, feed or sitemap points to (href, src, canonical/og meta, <loc>, <link>, Sitemap:)."""
    file = file_for(path)
    if file.suffix == ".html":
        doc = html_doc(path)
        found = doc.xpath("//@href | //@src | //meta[@property='og:url' or @property='og:image']/@content")
    elif file.suffix == ".xml":
        tree = lxml.etree.parse(str(file))
        found = tree.xpath("//*[local-name()='loc' or local-name()='link' or local-name()='guid']/text()")
        found += tree.xpath("//*[local-name()='link']/@href")
    elif file.name == "robots.txt":
        found = re.findall(r"^Sitemap:\s*(\S+)", file.read_text(encoding="utf-8"), re.M)
    else:
        found = []
    return [p for p in (internal_path(link, path) for link in found) if p is not None]


def crawl() -> tuple[set[str], set[str]]:
    """Follow every internal link from the entry points; return (paths served, paths that 404)."""
    seen, missing = set(), set()
    queue = deque(["/", "/robots.txt", "/export.xml", "/sitemap.xml"])
    while queue:
        path = queue.popleft()
        if path in seen or path in missing:
            continue
        if path in REDIRECTS:
            seen.add(path)
            queue.append(REDIRECTS[path])
            continue
        if file_for(path) is None:
            missing.add(path)
            continue
        seen.add(path)
        queue.extend(links_in(path))
    return seen, missing


def article_paths() -> list[str]:
    return sorted(path_of(f) for f in SITE.glob("news/*/*/index.html"))


def body_text(path: str) -> str:
    doc = html_doc(path)
    paragraphs = doc.xpath("//div[contains(@class,'article__text') or contains(@class,'news-full__text')]//p")
    return " ".join(" ".join(p.text_content().split()) for p in paragraphs)


def json_ld(path: str) -> list[dict]:
    scripts = html_doc(path).xpath("//script[@type='application/ld+json']/text()")
    objects = []
    for script in scripts:
        data = json.loads(script)
        objects.extend(data.get("@graph", [data]))
    return objects


def news_article(path: str) -> dict:
    (article,) = [o for o in json_ld(path) if o.get("@type") == "NewsArticle"]
    return article


def test_every_internal_link_resolves_except_the_deliberate_404():
    broken = {}
    for file in SITE.rglob("*"):
        if file.is_file() and file.suffix in (".html", ".xml", ".txt") and not file.name.startswith("_"):
            for path in links_in(path_of(file)):
                if path not in REDIRECTS and file_for(path) is None:
                    broken.setdefault(path, []).append(path_of(file))
    assert set(broken) == {MISSING}, broken
    assert broken[MISSING] == ["/business/"]


def test_every_page_is_reachable_from_home_sections_feed_and_sitemaps():
    seen, missing = crawl()
    pages = {path_of(f) for f in SITE.rglob("*.html")} | {path_of(f) for f in SITE.glob("*.xml")}
    assert pages - seen == set()
    assert missing == {MISSING}


def test_redirect_rule_is_linked_by_its_old_url_and_points_to_an_article():
    assert len(REDIRECTS) == 1
    ((old, new),) = REDIRECTS.items()
    assert file_for(old) is None and ARTICLE_PATH.match(new) and file_for(new) is not None
    assert old in links_in("/russia/page/2/")


@pytest.mark.parametrize("name", ["export.xml", "sitemap.xml", "sitemap-articles.xml", "news-sitemap.xml"])
def test_feed_and_sitemaps_are_well_formed_xml(name):
    lxml.etree.parse(str(SITE / name))


def test_feed_is_rss_2_with_every_article():
    rss = lxml.etree.parse(str(SITE / "export.xml")).getroot()
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    links = {internal_path(link, "/") for link in rss.xpath("//item/link/text()")}
    assert links == set(article_paths())


def test_sitemap_index_and_news_sitemap():
    index = lxml.etree.parse(str(SITE / "sitemap.xml")).getroot()
    assert index.tag == f"{{{SITEMAP_NS}}}sitemapindex"
    locs = [internal_path(loc, "/") for loc in index.xpath("//*[local-name()='loc']/text()")]
    assert "/sitemap-articles.xml" in locs and "/news-sitemap.xml" in locs
    news = lxml.etree.parse(str(SITE / "news-sitemap.xml"))
    entries = news.xpath("//n:news", namespaces={"n": NEWS_NS})
    assert entries
    for entry in entries:
        assert entry.xpath("string(n:publication/n:language)", namespaces={"n": NEWS_NS}) == "en"
        assert entry.xpath("string(n:publication/n:name)", namespaces={"n": NEWS_NS})
        assert entry.xpath("string(n:title)", namespaces={"n": NEWS_NS})
        assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$",
                        entry.xpath("string(n:publication_date)", namespaces={"n": NEWS_NS}))


def test_robots_txt_lists_sitemaps_and_disallows_search():
    robots = (SITE / "robots.txt").read_text(encoding="utf-8")
    assert "Disallow: /search/" in robots
    assert set(links_in("/robots.txt")) == {"/sitemap.xml", "/news-sitemap.xml"}


def test_sitemap_lists_the_tag_page_like_an_article_although_it_is_not_one():
    listed = links_in("/sitemap-articles.xml")
    assert TAG_PAGE in listed
    doc = html_doc(TAG_PAGE)
    assert not doc.xpath("//article[contains(concat(' ', @class, ' '), ' article ')]")
    assert all(o.get("@type") != "NewsArticle" for o in json_ld(TAG_PAGE))
    assert len(doc.xpath("//a[contains(@class,'news-item__title')]")) >= 2


def test_at_least_twelve_distinct_articles_and_one_syndicated_pair():
    paths = article_paths()
    texts = {path: body_text(path) for path in paths}
    assert all(texts.values())
    assert len(set(texts.values())) >= 12
    duplicates = [p for p in paths if list(texts.values()).count(texts[p]) > 1]
    assert sorted(duplicates) == sorted(SYNDICATED)


@pytest.mark.parametrize("path", article_paths())
def test_article_canonical_points_to_itself(path):
    (canonical,) = html_doc(path).xpath("//link[@rel='canonical']/@href")
    assert canonical == BASE + path.lstrip("/")


def test_publication_dates_span_two_weeks_of_september_2025():
    dates = sorted(html_doc(p).xpath("string(//meta[@property='article:published_time']/@content)") for p in article_paths())
    assert dates[0].startswith("2025-09-1") and dates[-1].startswith("2025-09-2")
    assert all(d.endswith("+03:00") for d in dates)


def test_windows_1251_page_is_declared_by_header_and_meta_and_stored_in_cp1251():
    assert charset_of(WINDOWS_1251) == "windows-1251"
    raw = file_for(WINDOWS_1251).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1251")
    assert '<meta charset="windows-1251">' in text
    assert "\u201c" in text and "\u2013" in text


def test_updated_article_has_a_later_date_modified():
    article = news_article(UPDATED)
    assert article["dateModified"] > article["datePublished"]
    modified = html_doc(UPDATED).xpath("string(//meta[@property='article:modified_time']/@content)")
    assert modified == article["dateModified"]


def test_readme_names_every_article_and_case_url():
    readme = (SITE / "README.md").read_text(encoding="utf-8")
    for path in [*article_paths(), MISSING, *REDIRECTS, TAG_PAGE]:
        assert f"`{path}`" in readme, path


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_reference_page_has_the_seed_text_exactly():
    if not SEED.exists():
        pytest.skip(f"reference text check: {SEED} (../shared/seeds) not found")
    lines = [_norm(line) for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, section, body = lines[1], lines[2], lines[3:]
    doc = html_doc(REFERENCE)
    assert _norm(doc.xpath("string(//h1)")) == title
    assert _norm(doc.xpath("string(//*[contains(@class,'article__section')])")) == section
    text_div = doc.xpath("//div[contains(@class,'article__text')]")[0]
    rendered = [_norm(el.text_content()) for el in text_div.xpath("./p | ./h2 | ./blockquote")]
    assert rendered == body
    assert len(text_div.xpath("./h2")) == 4 and len(text_div.xpath("./blockquote")) == 3
    assert news_article(REFERENCE)["datePublished"] == "2025-09-23T13:05:00+03:00"
