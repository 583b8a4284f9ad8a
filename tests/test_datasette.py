"""`newsdesk serve`: Datasette on a crawl of the sample site, its metadata and canned queries, and
the reference article's page rendered by a real headless Chromium (Debian package `chromium`)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from lxml import html

from newsdesk.datasette import metadata_for
from tests.helpers import REPO

pytest.importorskip("datasette", reason="Datasette (extra `inspect`) is not installed")

REFERENCE = "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/"
REFERENCE_HEADINGS = [
    "North Korea Repays Blood Debt to Russia",
    "Russia Can Count on North Korean Support",
    "Russian Lawmakers Applaud Kim Jong Un",
    "North Korea Highlights 'Secret Weapons' Program",
]
REFERENCE_SPEAKERS = ["Kim Jong Un", "Kim Jong Un", "Vyacheslav Volodin"]
REFERENCE_COVER = "https://english.pravda.ru/static/img/articles/164204-assembly-1280.png"
BODY_PICTURE_ARTICLE = "https://english.pravda.ru/news/world/163968-danube-barge-traffic-low-water/"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--window-size=1200,2200",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def server(sample_db, tmp_path_factory):
    """`newsdesk serve` on a free loopback port over a crawl of the sample site; yields its base URL."""
    db = sample_db
    port = free_port()
    log = tmp_path_factory.mktemp("serve-log") / "datasette.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsdesk", "serve", "--db", str(db), "--port", str(port)],
            cwd=REPO, stdout=output, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(base + "/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"datasette did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def article_page_url(base: str, url: str = REFERENCE) -> str:
    return f"{base}/-/article?{urllib.parse.urlencode({'url': url})}"


def words(element) -> str:
    return " ".join(element.text_content().split())


def test_metadata_is_filed_under_the_served_database():
    metadata = metadata_for("/data/archive.db")
    assert metadata["title"] == "newsdesk"
    tables = metadata["databases"]["archive"]["tables"]
    assert {"articles", "blocks", "quotes", "crawl_runs"} <= set(tables)
    assert set(metadata["databases"]["archive"]["queries"]) == {
        "latest_articles", "quotes_by_speaker", "articles_per_section_per_day", "articles_by_topic"}


def test_table_descriptions_and_column_notes_are_served(server):
    status, body = get(server + "/-/metadata.json")
    assert status == 200
    articles = json.loads(body)["databases"]["news"]["tables"]["articles"]
    assert articles["description"].startswith("One row per canonical URL")
    assert "duplicate_of" in articles["columns"]


def test_canned_queries(server):
    status, body = get(server + "/news/latest_articles.json?_shape=objects")
    assert status == 200
    rows = json.loads(body)["rows"]
    assert rows and REFERENCE in {row["url"] for row in rows}
    status, body = get(server + "/news/articles_per_section_per_day.json?_shape=objects")
    assert status == 200
    assert {"day", "section", "articles"} <= set(json.loads(body)["rows"][0])
    status, body = get(server + "/news/quotes_by_speaker.json?speaker=Kim&_shape=objects")
    assert status == 200
    assert all("kim" in row["speaker"].lower() for row in json.loads(body)["rows"])


def test_titles_link_to_the_article_page(server):
    status, body = get(server + "/news/latest_articles")
    assert status == 200
    links = html.fromstring(body).xpath("//a[starts-with(@href, '/-/article/')]/@href")
    assert links


def test_article_page_over_http(server):
    status, body = get(article_page_url(server))
    assert status == 200
    page = html.fromstring(body)
    assert page.xpath("string(//h1[@class='title'])") == "North Korea Claims 'Blood Debt' to Russia Through Kursk Operations"
    assert [h.text_content() for h in page.xpath("//h2[@class='subheading']")] == REFERENCE_HEADINGS
    assert get(server + "/-/article/999999")[0] == 404


def test_a_body_picture_stands_between_the_paragraphs_it_stands_between_on_the_page(server):
    status, body = get(article_page_url(server, BODY_PICTURE_ARTICLE))
    assert status == 200
    (section,) = html.fromstring(body.decode("utf-8")).xpath("//article//section")
    children = [child for child in section if child.tag in ("p", "figure")]
    kinds = [child.get("class") or child.tag for child in children]
    assert kinds[:4] == ["p", "p", "picture", "p"]
    assert words(children[2].xpath(".//figcaption")[0]) == "A push convoy waits for deeper water below Mohács. Daniel Morozov"
    assert children[2].xpath("string(.//img/@alt)") == "A push convoy on the Danube"


@pytest.fixture
def chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("chromium not found: install the Debian package `chromium` (.ci/run does)")
    return path


def run_chromium(chromium: str, profile, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, timeout=120, env={**os.environ, "HOME": str(profile)},
    )


def test_article_page_in_headless_chromium(server, chromium, tmp_path):
    url = article_page_url(server)
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
    page = html.fromstring(dom.stdout.decode("utf-8"))
    assert [h.text_content() for h in page.xpath("//article//h2[@class='subheading']")] == REFERENCE_HEADINGS
    assert [s.text_content() for s in page.xpath("//figure[@class='quote']//span[@class='speaker']")] == REFERENCE_SPEAKERS
    roles = [r.text_content() for r in page.xpath("//figure[@class='quote']//span[@class='role']")]
    assert "Chairman of the State Duma" in roles
    (cover,) = page.xpath("//article//figure[contains(@class, 'cover')]")
    assert cover.xpath("string(.//img/@src)") == REFERENCE_COVER
    assert words(cover.xpath(".//figcaption")[0]) == "The Supreme People’s Assembly in session in Pyongyang. Collage Pravda.Ru"
    assert cover.getparent().index(cover) < cover.getparent().index(page.xpath("//article//section")[0]), "above the text"
    assert [words(topic) for topic in page.xpath("//ul[@class='topics']/li")] == ["North Korea"]

    screenshot = tmp_path / "article.png"
    shot = run_chromium(chromium, tmp_path / "profile", f"--screenshot={screenshot}", url)
    assert shot.returncode == 0, shot.stderr.decode(errors="replace")[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000
    print(f"screenshot of the reference article page: {screenshot}")


def test_article_page_renders_lists_and_every_quote_kind(tmp_path):
    """In-process Datasette on the newsroom DB: list items, roles, and the block/inline/partial quotes."""
    import asyncio

    from datasette.app import Datasette

    from newsdesk.datasette import PLUGINS_DIR, TEMPLATES_DIR
    from tests.newsroom import build_newsroom

    db = build_newsroom(tmp_path / "newsroom.db")
    datasette = Datasette([str(db)], metadata=metadata_for(db), plugins_dir=str(PLUGINS_DIR), template_dir=str(TEMPLATES_DIR))

    async def fetch(path: str):
        return await datasette.client.get(path)

    response = asyncio.run(fetch("/-/article/1"))
    assert response.status_code == 200
    page = html.fromstring(response.text)
    assert page.xpath("string(//p[contains(@class, 'section')])") == "World"
    assert page.xpath("string(//p[@class='lead'])") == "A two-day summit closed with a pledge to keep grain moving."
    assert [li.text_content() for li in page.xpath("//section//ul/li")] == ["wheat", "barley", "maize"]
    assert [s.text_content() for s in page.xpath("//figure[@class='quote']//span[@class='speaker']")] == [
        "Maria Ortega", "Volodymyr Zelenský"]
    assert [k.text_content() for k in page.xpath("//aside[@class='quotes']//span[@class='kind']")] == [
        "block", "block", "partial"]
    missing = asyncio.run(fetch("/-/article?url=https://outlet.example/none/"))
    assert missing.status_code == 404
