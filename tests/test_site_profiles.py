"""Site profiles as a set: every version has a dated fixture, fixtures are strict, domains pick
their profile, versions are chosen by date, `drop_text` removes credit lines, the media fields
(images, cover, topics, paywall, publisher) override the generic parser's, `sites --json`.

The field-by-field golden tests themselves are in tests/test_sites.py.
"""

from __future__ import annotations

import json
import re

import orjson
import pytest
from click.testing import CliRunner

from crawler.parsers import parse_html
from crawler.parsers.profile import SiteProfile
from crawler.sites import GENERIC, SITES, profile_for
from newsdesk.cli import cli
from newsdesk.sitekit.fixtures import all_fixtures, write_expected

FIXTURES = all_fixtures()
NEVER_EMPTY = ("title", "published", "authors", "body")
"""Fields every golden fixture must expect a value for (an empty expectation tests nothing)."""


def test_there_are_profiles_for_at_least_ten_outlets_besides_pravda():
    assert len([profile for profile in SITES if profile.key != "pravda"]) >= 10


@pytest.mark.parametrize("profile", SITES, ids=lambda profile: profile.key)
def test_every_layout_version_has_a_fixture_dated_in_its_validity(profile):
    days = [fixture.day for fixture in FIXTURES if fixture.site == profile.key]
    covered = {profile.version_on(day) for day in days}
    missing = [version.version for version in profile.versions() if version not in covered]
    assert missing == [], f"{profile.key}: versions {missing} have no fixture dated while they were in force"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_fixture_is_named_by_date_and_slug_with_sorted_reviewed_json(fixture, tmp_path):
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}_[a-z0-9-]+", fixture.html.stem), fixture.html.name
    rewritten = tmp_path / "expected.json"
    write_expected(rewritten, fixture.expected())
    assert rewritten.read_text(encoding="utf-8") == fixture.expected_path.read_text(encoding="utf-8"), (
        "expected JSON must be written with sorted keys and indent 2 (newdesk site fixture regen)")


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if f.site != "pravda"], ids=lambda fixture: fixture.name)
def test_fixture_expects_a_value_for_every_core_field(fixture):
    expected = fixture.expected()
    empty = [name for name in NEVER_EMPTY if not expected.get(name)]
    assert empty == [], f"{fixture.name} expects nothing for {empty}"
    assert expected["parser"] == f"{fixture.site}@{expected['parser'].split('@')[1]}"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_the_fixture_url_picks_its_profile_by_domain(fixture):
    assert profile_for(fixture.expected()["url"]).key == fixture.site


def test_no_two_profiles_claim_a_domain():
    domains = [domain for profile in SITES for domain in profile.domains]
    assert len(domains) == len(set(domains))


def test_every_profile_names_its_key_domains_and_a_docstring():
    for profile in SITES:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", profile.key) and profile.domains, profile
        assert profile.__module__ == f"crawler.sites.{profile.key}", "site key = module name"
        assert (profile.__doc__ or "").strip()


class _Old(SiteProfile):
    key = "demo"
    version = 1
    title = "h1.old"


class _New(_Old):
    version = 2
    valid_from = "2022-05-01"
    title = "h1.new"


def test_versions_are_the_class_and_its_bases_of_the_same_key_oldest_first():
    assert _New.versions() == [_Old, _New]
    assert GENERIC.versions() == [SiteProfile]


@pytest.mark.parametrize(("day", "expected"), [
    (None, _New), ("2022-05-01", _New), ("2024-01-01T10:00:00+02:00", _New),
    ("2022-04-30", _Old), ("2019-01-01", _Old)])
def test_version_on_picks_the_layout_in_force_that_day(day, expected):
    assert _New.version_on(day) is expected


PAGE = """<html><head><title>T</title></head><body><article><h1>Headline here</h1>
<div class="text"><p>{}</p><p>Second paragraph of the article body, long enough to be read as text.</p>
<p>Pictures courtesy of Jane Doe and John Roe</p><p>CLICK HERE TO GET THE APP</p></div></article></body></html>
""".format("First paragraph of the article body, which is long enough to count as real article text. " * 3)


class _Credits(SiteProfile):
    key = "credits"
    body = "div.text"
    drop_text = (r"Pictures courtesy of .*", r"[^a-z]+")


def test_drop_text_removes_whole_paragraphs_that_match_only():
    from crawler.items import FetchedPage
    from crawler.parsers import parse_page

    page = FetchedPage(url="https://example.org/a", body=PAGE.encode(), headers={"content-type": "text/html"})
    texts = [block.text for section in parse_page(page, _Credits()).body for block in section.blocks]
    assert texts[1].startswith("Second paragraph") and len(texts) == 2
    generic = parse_html(PAGE, "https://example.org/a")
    assert any("Pictures courtesy" in block.text for section in generic.body for block in section.blocks)


MEDIA_PAGE = """<html><head><title>T</title><meta property="og:site_name" content="Page Name">
<meta name="keywords" content="From, Meta"></head><body><article><h1>The headline of the story</h1>
<figure class="hero"><img src="https://cdn.example.org/hero-picture.jpg"><figcaption>Hero</figcaption></figure>
<div class="text"><p>{0}</p><figure class="inline"><img src="https://cdn.example.org/inline-picture.jpg">
<figcaption>Inline</figcaption></figure><p>{0}</p><figure class="other"><img src="https://cdn.example.org/other-picture.jpg">
</figure><p>{0}</p></div><ul class="keywords-box"><li>Alpha</li><li>Beta</li></ul>
<div class="subscriber-wall"></div></article></body></html>""".format(
    "A paragraph of the article body, which is long enough to count as real article text. " * 3)


class _Media(SiteProfile):
    key = "media"
    images = "figure.inline, figure.hero"
    cover = "figure.inline"
    topics = "ul.keywords-box li"
    paywall = ".subscriber-wall"
    publisher = "The Profile Name"


def test_profile_media_fields_override_the_generic_parser():
    from crawler.items import FetchedPage
    from crawler.parsers import parse_page

    page = FetchedPage(url="https://example.org/a", body=MEDIA_PAGE.encode(), headers={"content-type": "text/html"})
    article = parse_page(page, _Media())
    assert [(image.url.rsplit("/", 1)[-1], image.is_cover) for image in article.images] == [
        ("hero-picture.jpg", False), ("inline-picture.jpg", True)]
    assert (article.topics, article.free_access, article.publisher) == (["Alpha", "Beta"], False, "The Profile Name")
    generic = parse_html(MEDIA_PAGE, "https://example.org/a")
    assert [(image.url.rsplit("/", 1)[-1], image.is_cover) for image in generic.images] == [
        ("hero-picture.jpg", True), ("inline-picture.jpg", False), ("other-picture.jpg", False)]
    assert (generic.topics, generic.free_access, generic.publisher) == (["From", "Meta"], None, "Page Name")


def test_sites_json_lists_every_profile_with_domains_and_versions():
    result = CliRunner().invoke(cli, ["sites", "--json"])
    assert result.exit_code == 0, result.output
    listing = orjson.loads(result.output)
    assert [entry["name"] for entry in listing] == [profile.key for profile in SITES]
    reuters = next(entry for entry in listing if entry["name"] == "reuters")
    assert reuters["domains"] == ["reuters.com"]
    assert [(v["version"], v["valid_from"]) for v in reuters["versions"]] == [(1, None), (2, "2021-01-01")]


def test_sites_plain_lists_one_line_per_profile():
    result = CliRunner().invoke(cli, ["sites"])
    assert result.exit_code == 0
    assert len(result.output.strip().splitlines()) == len(SITES)
    assert json.dumps("guardian")[1:-1] in result.output
