"""`newsdesk stats/search/show/quotes/runs/serve` through Click's CliRunner (plain output: not a terminal)."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from crawler.progress import progress
from newsdesk.cli import cli
from newsdesk.views import View, show_article
from tests.newsroom import REFERENCE_URL, build_newsroom


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_newsroom(tmp_path_factory.mktemp("newsroom") / "news.db")


@pytest.fixture
def run(db_path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, [*args, "--db", str(db_path)], catch_exceptions=False)

    return invoke


def assert_one_line_error(result, *fragments: str):
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_show_by_url_reads_like_the_article(run):
    result = run("show", REFERENCE_URL)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Summit ends with a pledge on grain"
    assert lines[1] == "World · 2025-09-23 13:05 +03:00 · by Ann Writer · outlet"
    assert lines[2] == REFERENCE_URL
    assert "A two-day summit closed with a pledge to keep grain moving." in lines
    assert "## What comes next" in lines
    assert "    > “We will keep the ports open.”" in lines
    assert "      — Maria Ortega, Minister of Trade" in lines
    assert "      — Volodymyr Zelenský" in lines
    assert "  • barley" in lines
    assert "[partial] a historic day — Maria Ortega, Minister of Trade" in lines
    # Reading order: the sub-heading comes after the first section's quote.
    assert lines.index("## What comes next") > lines.index("      — Maria Ortega, Minister of Trade")


def test_show_by_id_and_as_json(run):
    assert run("show", "1").output == run("show", REFERENCE_URL).output
    record = json.loads(run("show", "1", "--json").output)
    assert record["url"] == REFERENCE_URL and record["quotes"][2]["kind"] == "partial"


def test_show_rich_view_on_a_terminal_keeps_the_structure():
    out = io.StringIO()
    record = {
        "id": 1, "url": "https://x.example/a/", "title": "T [not markup]", "section": "World", "published": None,
        "authors": [], "site": "x", "lead": None, "quotes": [], "first_seen_at": "t", "parser": "p",
        "body": [{"heading": "Sub", "blocks": [{"kind": "quote", "text": "“Q”", "speaker": "S", "role": "R"}]}],
    }
    show_article(View(out, rich=True), record)
    text = out.getvalue()
    assert "T [not markup]" in text and "Sub" in text and "— S, R" in text


def test_show_indents_a_code_block_line_by_line():
    out = io.StringIO()
    record = {
        "id": 1, "url": "https://x.example/a/", "title": "T", "section": None, "published": None,
        "authors": [], "site": "x", "lead": None, "quotes": [], "first_seen_at": "t", "parser": "p",
        "body": [{"heading": None, "blocks": [{"kind": "code", "text": "for x in y:\n    print(x)"}]}],
    }
    show_article(View(out, rich=False), record)
    assert "    for x in y:\n        print(x)\n" in out.getvalue()


def test_show_unknown_article_is_a_one_line_error(run):
    assert_one_line_error(run("show", "4242"), "no article", "4242")


def test_search_lists_ranked_hits_with_highlighted_snippets(run):
    result = run("search", "grain")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("1. #1 Summit ends with a pledge on grain — World, 2025-09-23")
    assert "[grain]" in result.output
    assert lines[-1] == "2 results for 'grain'"


def test_search_with_filters_and_no_hits(run):
    assert "1 result for 'grain'" in run("search", "grain", "--section", "business").output
    result = run("search", "zzzunknown")
    assert result.exit_code == 0 and result.output.strip() == "no articles match 'zzzunknown'"


@pytest.mark.parametrize(("query", "words"), [
    ("two-day", '"two-day"'), ("summit (grain", '"summit" "(grain"'), ('"two-day', '"""two-day"'), ("grain. pledge", '"grain." "pledge"'),
])
def test_text_that_is_not_query_syntax_is_searched_as_words(run, query, words):
    result = run("search", query)
    assert result.exit_code == 0, result.output
    assert f"not FTS5 query syntax; searched the words as written: {words}" in result.output
    assert "#1 Summit ends with a pledge on grain" in result.output


def test_query_syntax_keeps_its_meaning(run):
    result = run("search", '"pledge to keep" OR zzz*')
    assert result.exit_code == 0 and "searched the words" not in result.output
    assert "1 result for" in result.output


def test_a_query_starting_with_a_dash_goes_after_double_dash(db_path):
    result = CliRunner().invoke(cli, ["search", "--db", str(db_path), "--", "-day"])
    assert result.exit_code == 0, result.output
    assert "#1 Summit ends with a pledge on grain" in result.output


def test_an_empty_search_is_a_one_line_error(run):
    assert_one_line_error(run("search", "   "), "empty search query")


def test_quotes_table_and_filters(run):
    result = run("quotes")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "# Quotes (5)"
    assert lines[1] == "date\tspeaker\trole\tkind\tquote\tarticle"
    assert "2025-09-23\tMaria Ortega\tMinister of Trade\tpartial\ta historic day\t1" in lines
    only = run("quotes", "--speaker", "ken ito", "--since", "2025-09-23").output.splitlines()
    assert only[0] == "# Quotes (1)" and only[2].split("\t")[1] == "Ken Ito"
    assert run("quotes", "--site", "outlet", "--limit", "2").output.splitlines()[0] == "# Quotes (2)"


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_bad_date_is_an_error_naming_the_option(run, option):
    """A bad date may be reported as a usage error (Click's usage lines first); one `Error:` line names it."""
    result = run("quotes", option, "23/09/2025")
    assert result.exit_code != 0 and "Traceback" not in result.output
    [error] = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert option in error and "23/09/2025" in error and "YYYY-MM-DD" in error


def test_runs_lists_the_store_run(run):
    lines = run("runs").output.splitlines()
    assert lines[0] == "# Runs"
    assert lines[1].split("\t")[:5] == ["id", "spider", "started (UTC)", "s", "status"]
    assert lines[2].split("\t")[4] == "ok"


def test_stats_tables(run):
    result = run("stats")
    assert result.exit_code == 0, result.output
    out = result.output
    for title in ("# Totals", "# Articles by site", "# Articles by section", "# Articles by day (newest first)",
                  "# Top speakers", "# Last runs"):
        assert title in out.splitlines()
    assert "articles\t4" in out and "quotes\t5" in out
    assert "Maria Ortega\t3\t2" in out
    assert "2025-09-23\t2" in out


def test_stats_plot_writes_a_png(run, tmp_path):
    pytest.importorskip("matplotlib", reason="matplotlib (extra `plot`) is not installed")
    plot = tmp_path / "per-day.png"
    result = run("stats", "--plot", str(plot))
    assert result.exit_code == 0, result.output
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("command", ["stats", "search grain", "show 1", "quotes", "runs", "serve"])
def test_missing_database_is_a_one_line_error(tmp_path, command):
    result = CliRunner().invoke(cli, [*command.split(), "--db", str(tmp_path / "none.db")])
    assert_one_line_error(result, "no database")


def test_progress_is_a_no_op_when_disabled():
    with progress("x", total=3, enabled=False) as advance:
        advance()
        advance(2)


def test_progress_bar_counts_when_enabled(capsys):
    with progress("letters", total=3, enabled=True) as advance:
        advance()
        advance(2)
    assert "3/3" in capsys.readouterr().err


def test_progress_extension_is_off_unless_asked():
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.test import get_crawler

    from crawler.progress import ProgressExtension

    with pytest.raises(NotConfigured):
        ProgressExtension.from_crawler(get_crawler(settings_dict={}))
    assert isinstance(ProgressExtension.from_crawler(get_crawler(settings_dict={"NEWS_PROGRESS": True})), ProgressExtension)


def test_progress_extension_counts_stored_and_rejected():
    from rich.console import Console

    from crawler.progress import ProgressExtension

    out = io.StringIO()
    extension = ProgressExtension(3, console=Console(file=out, force_terminal=True, width=100))
    extension.spider_opened()
    extension.item_scraped()
    extension.item_scraped()
    extension.item_dropped(exception=ValueError("not an article"))
    extension.spider_closed()
    assert extension.counts == {"stored": 2, "rejected": 1}
    assert "2 stored, 1 rejected" in out.getvalue()
