"""The site toolkit: fixture naming, save / regen / field-by-field test, the profile skeleton,
and `newsdesk site ...` through CliRunner and (for the fetch) a real local HTTP server."""

from __future__ import annotations

import importlib.util
import json
from datetime import date

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from newsdesk.localsite import LocalSite
from newsdesk.sitekit.fixtures import (
    fixture_stem,
    fixtures_of,
    regenerate,
    save_fixture,
)
from newsdesk.sitekit.goldens import check_site
from newsdesk.sitekit.skeleton import (
    class_name,
    selector_for,
    skeleton_source,
    write_skeleton,
)
from tests.helpers import run_newsdesk

URL = "https://english.pravda.ru/news/world/1-saved-story/"
PAGE = """<!doctype html><html lang="en"><head><title>Saved story | Pravda</title>
<meta property="article:published_time" content="2025-10-02T09:30:00+03:00"></head>
<body><header><nav class="main-nav"><ul><li><a href="/">Home</a></li></ul></nav></header>
<article><h1 class="article__title">A saved story about the toolkit</h1>
<span class="article__author">Ivan Petrov</span>
<div class="article__text"><p>The first paragraph says what happened, at enough length to be article text here.</p>
<h2>What comes next</h2><p>The second paragraph explains what comes next, also long enough to be kept.</p></div>
</article></body></html>"""


@pytest.mark.parametrize(("url", "published", "stem"), [
    ("https://x.org/world/2024/feb/24/death-toll-rises/", "2024-02-24T11:42:23+00:00", "2024-02-24_death-toll-rises"),
    ("https://x.org/a/child-care-crisis-/7585813.html", "2024-04-28", "2024-04-28_child-care-crisis"),
    ("https://x.org/story.html", None, "2026-01-02_story"),
    ("https://x.org/", None, "2026-01-02_x-org"),
    ("https://x.org/" + "-".join(["word"] * 30), "2020-01-01", "2020-01-01_" + "-".join(["word"] * 12)),
])
def test_fixture_stem_is_day_and_slug(url, published, stem):
    assert fixture_stem(url, published, today=date(2026, 1, 2)) == stem


def test_save_then_test_then_regen_round_trip(tmp_path):
    fixture = save_fixture("pravda", URL, PAGE.encode(), tmp_path)
    assert fixture.html.name == "2025-10-02_1-saved-story.html"
    expected = fixture.expected()
    assert expected["title"] == "A saved story about the toolkit"
    assert expected["authors"] == ["Ivan Petrov"]
    assert [section["heading"] for section in expected["body"]] == [None, "What comes next"]
    assert all(result.ok for result in check_site("pravda", tmp_path))

    expected["title"] = "A wrong title"
    del expected["quotes"]
    fixture.expected_path.write_text(json.dumps(expected), encoding="utf-8")
    failed = [result.field for result in check_site("pravda", tmp_path) if not result.ok]
    assert failed == ["title"]

    regenerate("pravda", tmp_path)
    regenerated = fixture.expected()
    assert regenerated["title"] == "A saved story about the toolkit"
    assert "quotes" not in regenerated, "regen keeps the fields the reviewer kept"
    assert all(result.ok for result in check_site("pravda", tmp_path))


def test_cli_fixture_save_test_and_regen(tmp_path):
    html = tmp_path / "page.html"
    html.write_text(PAGE, encoding="utf-8")
    root = tmp_path / "fixtures"
    runner = CliRunner()
    saved = runner.invoke(cli, ["site", "fixture", "save", "pravda", URL, "--html", str(html), "--fixtures", str(root)])
    assert saved.exit_code == 0, saved.output
    assert len(fixtures_of("pravda", root)) == 1
    tested = runner.invoke(cli, ["site", "test", "pravda", "--fixtures", str(root)])
    assert tested.exit_code == 0 and "0 failed" in tested.output
    fixture = fixtures_of("pravda", root)[0]
    expected = fixture.expected()
    expected["authors"] = ["Somebody Else"]
    fixture.expected_path.write_text(json.dumps(expected), encoding="utf-8")
    failing = runner.invoke(cli, ["site", "test", "pravda", "--fixtures", str(root)])
    assert failing.exit_code == 1
    assert "FAIL pravda/2025-10-02_1-saved-story: authors" in failing.output
    assert runner.invoke(cli, ["site", "fixture", "regen", "pravda", "--fixtures", str(root)]).exit_code == 0
    assert runner.invoke(cli, ["site", "test", "pravda", "--fixtures", str(root)]).exit_code == 0


def test_cli_reports_a_site_without_fixtures(tmp_path):
    result = CliRunner().invoke(cli, ["site", "test", "pravda", "--fixtures", str(tmp_path)])
    assert result.exit_code == 1 and "no fixtures" in result.output


def test_the_real_fixtures_pass_through_the_cli():
    result = CliRunner().invoke(cli, ["site", "test", "guardian"])
    assert result.exit_code == 0, result.output


def test_selector_for_reaches_the_element_first():
    from lxml.cssselect import CSSSelector

    from crawler.parsers.document import load_document

    _, root = load_document(PAGE.encode())
    h1 = root.find(".//h1")
    css = selector_for(h1, root)
    assert css == "h1.article__title" and CSSSelector(css)(root)[0] is h1


def test_skeleton_is_a_working_profile_prefilled_from_the_generic_parse(tmp_path):
    path = write_skeleton("saved_outlet", "https://www.saved.example/news/story", PAGE.encode(), tmp_path)
    source = path.read_text(encoding="utf-8")
    assert "class SavedOutletProfile(SiteProfile):" in source
    assert 'domains = ("saved.example",)' in source
    assert 'title = "h1.article__title"' in source
    assert "date = \"meta[property='article:published_time']\"" in source
    spec = importlib.util.spec_from_file_location("saved_outlet", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    profile = module.SavedOutletProfile()
    from crawler.items import FetchedPage
    from crawler.parsers import parse_page

    article = parse_page(FetchedPage(url="https://www.saved.example/news/story", body=PAGE.encode()), profile)
    assert article.parser == "saved_outlet@1" and article.title == "A saved story about the toolkit"
    with pytest.raises(FileExistsError):
        write_skeleton("saved_outlet", "https://www.saved.example/news/story", PAGE.encode(), tmp_path)
    with pytest.raises(ValueError):
        write_skeleton("Bad-Name", "https://www.saved.example/", PAGE.encode(), tmp_path)


def test_class_name_and_skeleton_of_a_page_without_elements_for_a_field():
    assert class_name("the_outlet") == "TheOutletProfile"
    source = skeleton_source("bare", "https://bare.example/x", PAGE.replace('class="article__author"', "").encode())
    assert "lead = None  # the generic parser decides" in source


def test_fixture_save_fetches_through_the_spider_settings(tmp_path):
    """A real local server: the page is fetched by Scrapy with the project's settings."""
    site_root = tmp_path / "site"
    (site_root / "news").mkdir(parents=True)
    (site_root / "news" / "saved-story.html").write_text(PAGE, encoding="utf-8")
    root = tmp_path / "fixtures"
    with LocalSite(site_root) as site:
        result = run_newsdesk("site", "fixture", "save", "pravda", f"{site.url}/news/saved-story.html",
                              "--fixtures", str(root), "--allow-loopback", timeout=120)
        assert result.returncode == 0, result.stderr
        assert site.hits["/news/saved-story.html"] == 1
    [fixture] = fixtures_of("pravda", root)
    assert fixture.html.name == "2025-10-02_saved-story.html"
    assert fixture.html.read_bytes() == PAGE.encode()


def test_fixture_save_of_a_missing_page_is_a_clear_error(tmp_path):
    with LocalSite(tmp_path) as site:
        result = run_newsdesk("site", "fixture", "save", "pravda", f"{site.url}/nothing-here",
                              "--fixtures", str(tmp_path / "f"), "--allow-loopback", timeout=120)
    assert result.returncode == 1
    assert "could not fetch" in result.stderr
