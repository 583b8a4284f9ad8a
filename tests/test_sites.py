"""Site profiles: golden fixtures field by field, profile lookup, profile <-> fixture pairing.

Each `tests/fixtures/sites/<site>/<date>_<slug>.html` has an expected `.json` beside it (sorted
keys; `url` is the page's URL and an input too). One test per field, so a failure names it.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from crawler.items import FetchedPage
from crawler.parsers import parse_page
from crawler.sites import GENERIC, SITES, profile_for

FIXTURES = Path(__file__).parent / "fixtures" / "sites"
CASES = sorted(FIXTURES.glob("*/*.json"))


def _expected(case: Path) -> dict:
    return json.loads(case.read_text(encoding="utf-8"))


def _parse(case: Path, site: str) -> dict:
    expected = _expected(case)
    page = FetchedPage(url=expected["url"], body=case.with_suffix(".html").read_bytes(),
                       headers={"content-type": "text/html"}, site=site)
    # A dated fixture keeps the profile version that was in force on its day (`<date>_<slug>`).
    profile = type(profile_for(expected["url"], site)).version_on(case.name[:10])()
    return dataclasses.asdict(parse_page(page, profile))


_PARSED: dict[tuple[Path, str], dict] = {}


def parsed(case: Path, site: str) -> dict:
    """Parse each fixture once per site choice for the whole module."""
    key = (case, site)
    if key not in _PARSED:
        _PARSED[key] = _parse(case, site)
    return _PARSED[key]


GOLDEN = [pytest.param(case, field, id=f"{case.parent.name}/{case.stem}:{field}")
          for case in CASES for field in sorted(_expected(case))]


@pytest.mark.parametrize(("case", "field"), GOLDEN)
def test_golden_field(case, field):
    assert parsed(case, case.parent.name)[field] == _expected(case)[field]


GENERIC_FIELDS = ("title", "published", "section", "language", "body")
REFERENCE = FIXTURES / "pravda" / "2025-09-23_north-korea-blood-debt.json"


@pytest.mark.parametrize(("case", "field"), [
    pytest.param(REFERENCE, field, id=f"pravda/{REFERENCE.stem}:{field}") for field in GENERIC_FIELDS])
def test_generic_parser_matches_profile(case, field):
    """The generic parser alone gets the reference page's header and body split right too."""
    assert parsed(case, "generic")[field] == _expected(case)[field]


def test_every_profile_has_a_fixture_and_every_fixture_a_profile():
    keys = {profile.key for profile in SITES}
    folders = {path.name for path in FIXTURES.iterdir() if path.is_dir()}
    assert keys == folders


def test_fixture_files_pair_up():
    for html in FIXTURES.glob("*/*.html"):
        assert html.with_suffix(".json").exists(), html


def test_profile_for_picks_by_domain_and_falls_back_to_generic():
    assert profile_for("https://english.pravda.ru/news/world/1-x/").key == "pravda"
    assert profile_for("https://english.pravda.ru/news/world/1-x/", "auto").key == "pravda"
    assert profile_for("https://example.org/story") is GENERIC
    assert profile_for("https://english.pravda.ru/x/", "generic") is GENERIC
    assert profile_for("https://example.org/story", "pravda").key == "pravda"


def test_profile_for_rejects_unknown_names_listing_known_ones():
    with pytest.raises(ValueError, match="pravda"):
        profile_for("https://example.org/", "nosuchsite")


def test_parser_name_is_key_at_version():
    assert profile_for("https://english.pravda.ru/").parser_name == "pravda@1"
    assert GENERIC.parser_name == "generic@1"
