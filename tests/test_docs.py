"""Every CLI command is documented: help text on each command and option, and the README's
CLI reference shows each command's current --help (regenerate with `python -m crawler.docs --write`)."""

from __future__ import annotations

import click
import pytest

from crawler.cli import cli
from crawler.docs import HEADING, README, cli_reference, iter_commands, readme_reference

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
        f"README.md has an old help text for `{' '.join(path)}`; run `python -m crawler.docs --write`")


def test_readme_reference_is_current():
    assert readme_reference(README.read_text(encoding="utf-8")) == cli_reference(cli), (
        "README.md's CLI reference is out of date: run `python -m crawler.docs --write`")
