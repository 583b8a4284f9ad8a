"""Golden fixtures: `tests/fixtures/sites/<site>/<date>_<slug>.html` beside its expected `.json`.

The date in a fixture's name is the day its page was published (its layout's day): the
fixture is parsed with the profile version in force on that day, so an old page keeps the
old layout under test after the outlet changes it. The expected JSON is the Article as a
dict (sorted keys), without what only a crawl knows (`fetched_at`, `quality_flags`, `page`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from crawler.items import Article, FetchedPage
from crawler.parsers import parse_page
from crawler.sites import profile_for

FIXTURES_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "sites"
"""Where the golden fixtures live in a source checkout."""
MAX_SLUG = 60
"""Longest slug in a fixture name, cut at a word boundary."""
CRAWL_ONLY_FIELDS = ("fetched_at", "quality_flags", "page")
"""Article fields a golden fixture does not hold: they depend on the crawl, not the page."""


@dataclass(frozen=True)
class Fixture:
    """One saved page and its expected article."""

    html: Path
    """The page bytes as fetched."""

    @property
    def expected_path(self) -> Path:
        """The expected article, JSON with sorted keys."""
        return self.html.with_suffix(".json")

    @property
    def site(self) -> str:
        """The site key (the fixture's folder)."""
        return self.html.parent.name

    @property
    def day(self) -> str:
        """The ISO date the name starts with."""
        return self.html.name[:10]

    @property
    def name(self) -> str:
        """`<site>/<date>_<slug>`, how tests name it."""
        return f"{self.site}/{self.html.stem}"

    def expected(self) -> dict:
        """The reviewed expected article."""
        return json.loads(self.expected_path.read_text(encoding="utf-8"))

    def parse(self, site: str | None = None) -> dict:
        """The current parse of the page as a dict: with the version of the fixture's site
        (or of `site`, e.g. "generic") in force on the fixture's day."""
        url = self.expected()["url"]
        return article_dict(parse_fixture_page(self.html.read_bytes(), url, site or self.site, self.day))


def parse_fixture_page(body: bytes, url: str, site: str, day: str | None) -> Article:
    """Parse saved page bytes with `site`'s profile version in force on `day`."""
    profile = profile_for(url, site, day)
    page = FetchedPage(url=url, body=body, headers={"content-type": "text/html"}, site=site)
    return parse_page(page, profile)


def article_dict(article: Article) -> dict:
    """The article as a fixture stores it."""
    data = dataclasses.asdict(article)
    for name in CRAWL_ONLY_FIELDS:
        data.pop(name, None)
    return data


def fixtures_of(site: str, root: Path = FIXTURES_DIR) -> list[Fixture]:
    """Every fixture of `site`, oldest first."""
    return [Fixture(html) for html in sorted((root / site).glob("*.html"))]


def all_fixtures(root: Path = FIXTURES_DIR) -> list[Fixture]:
    """Every fixture of every site folder."""
    return [Fixture(html) for html in sorted(root.glob("*/*.html"))]


def fixture_stem(url: str, published: str | None, today: date | None = None) -> str:
    """`<date>_<slug>`: the publication day (today when unknown) and the URL's last words."""
    day = (published or "")[:10] if re.match(r"\d{4}-\d{2}-\d{2}", published or "") else \
        (today or date.today()).isoformat()
    parts = [re.sub(r"\.s?html?$", "", part) for part in urlsplit(url).path.split("/") if part]
    worded = [part for part in parts if re.search(r"[a-zA-Z]{3}", part)]
    last = worded[-1] if worded else urlsplit(url).hostname or "page"
    slug = re.sub(r"[^a-z0-9]+", "-", last.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG + 1].rsplit("-", 1)[0]
    return f"{day}_{slug or 'page'}"


def write_expected(path: Path, data: dict) -> None:
    """Write an expected article as reviewed JSON: sorted keys, indented, UTF-8 kept."""
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def save_fixture(site: str, url: str, body: bytes, root: Path = FIXTURES_DIR) -> Fixture:
    """Store `body` fetched from `url` as a fixture of `site`, with its current parse as the
    expected JSON to review (raises `NotAnArticle` when the page does not parse)."""
    article = parse_fixture_page(body, url, site, None)
    stem = fixture_stem(url, article.published)
    article = parse_fixture_page(body, url, site, stem[:10])
    folder = root / site
    folder.mkdir(parents=True, exist_ok=True)
    fixture = Fixture(folder / f"{stem}.html")
    fixture.html.write_bytes(body)
    write_expected(fixture.expected_path, article_dict(article))
    return fixture


def regenerate(site: str, root: Path = FIXTURES_DIR) -> list[Fixture]:
    """Rewrite every expected JSON of `site` from the current parse (review with `git diff`).
    A fixture keeps the fields it checks: a field the reviewer took out (one they could not
    vouch for) stays out."""
    fixtures = fixtures_of(site, root)
    for fixture in fixtures:
        checked = fixture.expected().keys()
        current = fixture.parse()
        write_expected(fixture.expected_path, {name: current.get(name) for name in checked})
    return fixtures
