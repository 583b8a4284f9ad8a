"""`newsdesk site ...` and `newsdesk sites`: the Click layer over the toolkit (no logic here)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import orjson


def _fixtures_option(func):
    return click.option(
        "--fixtures", "fixtures_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="Folder of site fixture folders (default: tests/fixtures/sites of this checkout).")(func)


def _page_body(url: str, html: Path | None, allow_loopback: bool, render_js: bool = False) -> tuple[str, bytes]:
    """The page from a saved file, else fetched through the real spider settings."""
    if html is not None:
        return url, html.read_bytes()
    from newsdesk.sitekit.fetch import fetch_page

    overrides = {"NEWS_ALLOW_LOOPBACK": allow_loopback, "ROBOTSTXT_OBEY": not allow_loopback, "NEWS_RENDER_JS": render_js}
    try:
        return fetch_page(url, overrides)
    except RuntimeError as error:
        raise click.ClickException(str(error)) from None


_html_option = click.option("--html", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                            help="Read the page from this saved file instead of fetching URL.")
_render_option = click.option("--render-js", is_flag=True,
                              help="Fetch the page through the JavaScript renderer (chromium; needs the `js` extra).")
_loopback_option = click.option("--allow-loopback", is_flag=True, hidden=True,
                                help="Allow fetching from 127.0.0.1 (tests, local copies).")


@click.group("site")
def site_group():
    """Add or check a site profile: skeleton, golden fixtures, field-by-field tests."""


@site_group.command("new")
@click.argument("name")
@click.option("--url", required=True, help="An article page of the outlet (its host becomes the profile's domain).")
@_html_option
@_render_option
@_loopback_option
def site_new(name, url, html, render_js, allow_loopback):
    """Write crawler/sites/NAME.py, a profile skeleton pre-filled from what the generic parser
    found on the page (review every selector, then add the class to SITES)."""
    from crawler.parsers.errors import NotAnArticle
    from newsdesk.sitekit.skeleton import class_name, write_skeleton

    url, body = _page_body(url, html, allow_loopback, render_js)
    try:
        path = write_skeleton(name, url, body)
    except (FileExistsError, ValueError, NotAnArticle) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"wrote {path}")
    click.echo(f"next: add `from crawler.sites.{name} import {class_name(name)}` and {class_name(name)} "
               "to SITES in crawler/sites/__init__.py, then `newsdesk site fixture save "
               f"{name} {url}`")


@site_group.group("fixture")
def fixture_group():
    """Save a golden fixture or regenerate the expected JSON of a site's fixtures."""


@fixture_group.command("save")
@click.argument("name")
@click.argument("url")
@_html_option
@_render_option
@_fixtures_option
@_loopback_option
def fixture_save(name, url, html, render_js, fixtures_dir, allow_loopback):
    """Store the page at URL (fetched through the spider settings, or --html) as a fixture of
    site NAME, with the current parse as expected JSON to review and correct."""
    from crawler.parsers.errors import NotAnArticle
    from newsdesk.sitekit.fixtures import FIXTURES_DIR, save_fixture

    url, body = _page_body(url, html, allow_loopback, render_js)
    try:
        fixture = save_fixture(name, url, body, fixtures_dir or FIXTURES_DIR)
    except (NotAnArticle, ValueError) as error:
        raise click.ClickException(f"{url}: {error}") from None
    click.echo(f"wrote {fixture.html} and {fixture.expected_path.name}: review the JSON, fix what is wrong")


@fixture_group.command("regen")
@click.argument("name")
@_fixtures_option
def fixture_regen(name, fixtures_dir):
    """Rewrite the expected JSON of every fixture of site NAME from the current parse, after a
    deliberate change; review with `git diff`."""
    from newsdesk.sitekit.fixtures import FIXTURES_DIR, regenerate

    fixtures = regenerate(name, fixtures_dir or FIXTURES_DIR)
    if not fixtures:
        raise click.ClickException(f"no fixtures for site {name!r}")
    for fixture in fixtures:
        click.echo(f"rewrote {fixture.expected_path}")


@site_group.command("test")
@click.argument("name")
@_fixtures_option
def site_test(name, fixtures_dir):
    """Run site NAME's golden tests field by field; exits 1 when a field differs."""
    from newsdesk.sitekit.fixtures import FIXTURES_DIR
    from newsdesk.sitekit.goldens import check_site

    results = check_site(name, fixtures_dir or FIXTURES_DIR)
    if not results:
        raise click.ClickException(f"no fixtures for site {name!r}")
    for result in results:
        click.echo(f"{'ok  ' if result.ok else 'FAIL'} {result.fixture}: {result.field}")
        if not result.ok:
            click.echo(f"     expected: {_short(result.expected)}\n     actual:   {_short(result.actual)}")
    failed = sum(not result.ok for result in results)
    click.echo(f"{len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


def _short(value, limit: int = 300) -> str:
    text = orjson.dumps(value).decode()
    return text if len(text) <= limit else text[:limit] + "..."


@click.command("sites")
@click.option("--json", "as_json", is_flag=True, help='Print [{"name", "domains", "versions"}] as JSON.')
def sites_command(as_json):
    """List the site profiles with their domains and layout versions."""
    from newsdesk.sitekit.listing import profile_listing

    listing = profile_listing()
    if as_json:
        click.echo(orjson.dumps(listing, option=orjson.OPT_INDENT_2).decode())
        return
    for entry in listing:
        versions = ", ".join(f"{v['version']} (from {v['valid_from'] or 'the start'})" for v in entry["versions"])
        click.echo(f"{entry['name']:<14} {' '.join(entry['domains']):<36} versions {versions}")
