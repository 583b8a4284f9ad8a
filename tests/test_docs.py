"""Every CLI command is documented: help text on each command and option, and the README's
CLI reference shows each command's current --help (regenerate with `python -m newsdesk.docs --write`)."""

from __future__ import annotations

import click
import pytest

from newsdesk.cli import cli
from newsdesk.docs import (
    HEADING,
    README,
    cli_reference,
    iter_commands,
    readme_reference,
)

COMMANDS = list(iter_commands(cli))


def command_id(entry) -> str:
    return " ".join(entry[0][1:])


def test_the_walk_finds_the_inspecting_commands():
    names = {" ".join(path[1:]) for path, _ in COMMANDS}
    assert {"stats", "search", "show", "quotes", "runs", "serve", "export"} <= names


@pytest.mark.parametrize("entry", COMMANDS, ids=command_id)
def test_command_has_help_text(entry):
    path, command = entry
    assert (command.help or "").strip(), f"{' '.join(path)} has no help text"


@pytest.mark.parametrize("entry", COMMANDS, ids=command_id)
def test_every_option_has_help_text(entry):
    path, command = entry
    missing = [
        param.opts[0] for param in command.params
        if isinstance(param, click.Option) and not param.hidden and not (param.help or "").strip()
    ]
    assert missing == [], f"{' '.join(path)}: options without help: {missing}"


def test_readme_has_the_cli_reference_section():
    readme = README.read_text(encoding="utf-8")
    assert HEADING in readme.splitlines()
    assert readme_reference(readme) is not None, "README.md lacks the generated CLI reference"
    assert readme.index(HEADING) < readme.index(readme_reference(readme))


@pytest.mark.parametrize("entry", COMMANDS, ids=command_id)
def test_command_is_in_the_readme_with_its_help(entry):
    path, command = entry
    reference = readme_reference(README.read_text(encoding="utf-8")) or ""
    assert f"### {' '.join(path)}\n" in reference, f"README.md does not document `{' '.join(path)}`"
    first_line = command.help.strip().splitlines()[0]
    assert " ".join(first_line.split()[:6]) in " ".join(reference.split()), (
        f"README.md has an old help text for `{' '.join(path)}`; run `python -m newsdesk.docs --write`")


def test_readme_reference_is_current():
    assert readme_reference(README.read_text(encoding="utf-8")) == cli_reference(cli), (
        "README.md's CLI reference is out of date: run `python -m newsdesk.docs --write`")


def test_readme_python_api_example_runs(tmp_path, monkeypatch):
    """The README's Python API example, run as written against a newsroom database and a sample page."""
    import re
    import shutil

    from crawler.parsers import parse_html
    from crawler.sites import profile_for
    from tests.helpers import REPO
    from tests.newsroom import build_newsroom, store_articles

    [example] = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    (tmp_path / "output").mkdir()
    db_path = build_newsroom(tmp_path / "output" / "newsdesk.db")
    page = REPO / "newsdesk" / "sample_site" / "news" / "world" / "164204-north-korea-blood-debt-russia-kursk" / "index.html"
    reference = "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/"
    store_articles(db_path, [parse_html(page.read_bytes(), reference, profile_for(reference))])
    shutil.copy(page, tmp_path / "page.html")
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {"__name__": "readme_example"})
