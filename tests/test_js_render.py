"""The optional JavaScript renderer: off by default, switched on by a profile or NEWS_RENDER_JS,
and a local page that builds its article with JavaScript fetched through Debian's chromium."""

from __future__ import annotations

import shutil

import pytest
from scrapy import Request
from scrapy.settings import Settings

from crawler import render
from crawler.runner import project_settings
from crawler.sites import SITES
from newsdesk.localsite import LocalSite
from newsdesk.sitekit.fixtures import fixtures_of
from tests.helpers import run_newsdesk

JS_PAGE = """<!doctype html><html lang="en"><head><title>A story built by a script</title>
<meta property="article:published_time" content="2025-11-03T08:00:00+00:00"></head>
<body><div id="app">Loading…</div><script>
var text = "This paragraph was written into the page by a script, long enough to be article text. ";
document.getElementById("app").innerHTML = "<article><h1>A story built by a script</h1><p>" +
  text.repeat(3) + "</p><p>" + text.repeat(2) + "</p></article>";
</script></body></html>"""


def test_renderer_is_off_by_default():
    settings = project_settings()
    assert not any(profile.render_js for profile in SITES)
    assert render.enable_renderer(settings) is False
    assert "http" not in settings.getdict("DOWNLOAD_HANDLERS")


def test_a_profile_or_the_setting_marks_requests_to_render(monkeypatch):
    middleware = render.RenderJsMiddleware(render_all=False)
    request = Request("https://www.bbc.com/news/x")
    middleware.process_request(request)
    assert "playwright" not in request.meta
    monkeypatch.setattr("crawler.sites.bbc.BbcProfile.render_js", True)
    middleware.process_request(request)
    assert request.meta["playwright"] is True
    everything = render.RenderJsMiddleware(render_all=True)
    other, robots = Request("https://example.org/a"), Request("https://example.org/robots.txt")
    everything.process_request(other)
    everything.process_request(robots)
    assert other.meta["playwright"] is True and "playwright" not in robots.meta


def test_missing_browser_is_a_clear_error():
    pytest.importorskip("scrapy_playwright")
    with pytest.raises(render.RendererUnavailable, match="chromium"):
        render.renderer_settings("/nonexistent/chromium")


def test_enabled_renderer_uses_the_system_chromium():
    pytest.importorskip("scrapy_playwright")
    if not shutil.which(render.DEFAULT_CHROMIUM):
        pytest.skip("chromium is not installed (apt-get install chromium)")
    settings = Settings({"NEWS_RENDER_JS": True})
    assert render.enable_renderer(settings)
    assert settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")["executable_path"] == render.DEFAULT_CHROMIUM
    assert settings.getdict("DOWNLOADER_MIDDLEWARES")[render.MIDDLEWARE] == 545


def test_a_javascript_built_article_is_fetched_rendered(tmp_path):
    pytest.importorskip("scrapy_playwright")
    if not shutil.which(render.DEFAULT_CHROMIUM):
        pytest.skip("chromium is not installed (apt-get install chromium)")
    site_root = tmp_path / "site"
    site_root.mkdir()
    (site_root / "story.html").write_text(JS_PAGE, encoding="utf-8")
    with LocalSite(site_root) as site:
        url = f"{site.url}/story.html"
        plain = run_newsdesk("site", "fixture", "save", "pravda", url, "--fixtures", str(tmp_path / "plain"),
                             "--allow-loopback", timeout=120)
        assert plain.returncode == 0, plain.stderr
        rendered = run_newsdesk("site", "fixture", "save", "pravda", url, "--fixtures", str(tmp_path / "rendered"),
                                "--allow-loopback", "--render-js", timeout=180)
        assert rendered.returncode == 0, rendered.stderr
    [unrendered] = fixtures_of("pravda", tmp_path / "plain")
    assert [block["text"] for block in unrendered.expected()["body"][0]["blocks"]] == ["Loading…"]
    [fixture] = fixtures_of("pravda", tmp_path / "rendered")
    expected = fixture.expected()
    assert expected["title"] == "A story built by a script"
    texts = [block["text"] for block in expected["body"][0]["blocks"]]
    assert len(texts) == 2 and texts[0].startswith("This paragraph was written into the page by a script")
    assert "<article>" in fixture.html.read_text(encoding="utf-8")
