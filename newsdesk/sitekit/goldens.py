"""A site's golden tests, field by field: what `newsdesk site test NAME` prints."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crawler.parsers.errors import NotAnArticle
from newsdesk.sitekit.fixtures import FIXTURES_DIR, Fixture, fixtures_of


@dataclass(frozen=True)
class FieldResult:
    """One expected field of one fixture against the current parse."""

    fixture: str
    field: str
    expected: object
    actual: object

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


def check_fixture(fixture: Fixture) -> list[FieldResult]:
    """Every expected field of `fixture` compared with the current parse (a page that no
    longer parses fails every field)."""
    expected = fixture.expected()
    try:
        actual = fixture.parse()
    except NotAnArticle as reason:
        actual = {name: f"<not an article: {reason}>" for name in expected}
    return [FieldResult(fixture.name, name, expected[name], actual.get(name)) for name in sorted(expected)]


def check_site(site: str, root: Path = FIXTURES_DIR) -> list[FieldResult]:
    """Every field of every fixture of `site`."""
    return [result for fixture in fixtures_of(site, root) for result in check_fixture(fixture)]
