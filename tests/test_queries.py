"""The read API (storage.queries) on a real SQLite file written by the real StorePipeline."""

from __future__ import annotations

import pytest

from storage.database import open_database
from storage.queries import (
    ArticleNotFound,
    BadDate,
    Filters,
    SearchSyntaxError,
    as_words,
    check_date,
    get_article,
    iter_articles,
    iter_quotes,
    make_filters,
    runs,
    search,
    search_words,
    stats,
)
from tests.newsroom import REFERENCE_URL, build_newsroom


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = build_newsroom(tmp_path_factory.mktemp("newsroom") / "news.db")
    database = open_database(path, "read")
    yield database
    database.close()


def titles(records) -> list[str]:
    return [record["title"] for record in records]


def test_iter_articles_yields_plain_records_in_id_order(db):
    records = list(iter_articles(db))
    assert [r["id"] for r in records] == sorted(r["id"] for r in records)
    assert len(records) == 4
    first = records[0]
    assert first["url"] == REFERENCE_URL
    assert first["nav"] == ["News", "World"] and first["quality_flags"] == []
    assert [s["heading"] for s in first["body"]] == [None, "What comes next"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(site="other"), ["Talks continue abroad"]),
        (Filters(section="world"), ["Summit ends with a pledge on grain", "Talks continue abroad"]),
        (Filters(since="2025-09-22"), ["Summit ends with a pledge on grain", "Ports report a busy season", "Talks continue abroad"]),
        (Filters(until="2025-09-22"), ["Ports report a busy season", "A comet visible to the naked eye"]),
        (Filters(since="2025-09", until="2025-09-21"), ["A comet visible to the naked eye"]),
        (Filters(speaker="maria ortega"), ["Summit ends with a pledge on grain", "Ports report a busy season"]),
        (Filters(site="outlet", section="World", speaker="Ken Ito"), []),
    ],
)
def test_iter_articles_filters(db, filters, expected):
    assert titles(iter_articles(db, filters)) == expected


def test_iter_quotes_newest_article_first_with_article_fields(db):
    quotes = list(iter_quotes(db))
    assert len(quotes) == 5
    assert [q.published[:10] for q in quotes] == sorted((q.published[:10] for q in quotes), reverse=True)
    summit = [q for q in quotes if q.url == REFERENCE_URL]
    assert [(q.speaker, q.role, q.kind) for q in summit] == [
        ("Maria Ortega", "Minister of Trade", "block"),
        ("Volodymyr Zelenský", None, "block"),
        ("Maria Ortega", "Minister of Trade", "partial"),
    ]


def test_iter_quotes_by_speaker_is_case_insensitive_and_selects_quotes(db):
    quotes = list(iter_quotes(db, Filters(speaker="MARIA ORTEGA")))
    assert {q.speaker for q in quotes} == {"Maria Ortega"}
    assert sorted(q.kind for q in quotes) == ["block", "inline", "partial"]


def test_iter_quotes_site_since_and_limit(db):
    assert [q.speaker for q in iter_quotes(db, Filters(site="other"))] == ["Ken Ito"]
    assert {q.title for q in iter_quotes(db, Filters(since="2025-09-23"))} == {
        "Summit ends with a pledge on grain", "Talks continue abroad"}
    assert len(list(iter_quotes(db, limit=2))) == 2


def test_search_ranks_title_hits_first_and_highlights(db):
    hits = search(db, "grain summit", highlight=("<b>", "</b>"))
    assert [hit.title for hit in hits] == ["Summit ends with a pledge on grain", "Ports report a busy season"]
    assert hits[0].rank < hits[1].rank
    assert "<b>" in hits[1].snippet and "</b>" in hits[1].snippet
    assert hits[0].url == REFERENCE_URL


def test_search_phrase_prefix_and_filters(db):
    assert [h.title for h in search(db, '"third day"')] == ["Talks continue abroad"]
    assert [h.title for h in search(db, "astronom*")] == ["A comet visible to the naked eye"]
    assert [h.title for h in search(db, "grain", Filters(section="Business"))] == ["Ports report a busy season"]
    assert search(db, "nonexistentword") == []


def test_search_folds_diacritics(db):
    assert [h.title for h in search(db, "zelensky")] == ["Summit ends with a pledge on grain"]


def test_as_words_quotes_every_chunk_as_a_phrase():
    assert as_words("covid-19 Russia's") == '"covid-19" "Russia\'s"'
    assert as_words('say "hi') == '"say" """hi"'
    assert as_words("  ") == ""


def test_search_words_falls_back_only_for_what_is_not_syntax(db):
    plain = search_words(db, "two-day")
    assert plain.words_query == '"two-day"' and [h.title for h in plain.hits] == ["Summit ends with a pledge on grain"]
    syntax = search_words(db, "astronom*")
    assert syntax.words_query is None and len(syntax.hits) == 1
    with pytest.raises(SearchSyntaxError):
        search_words(db, "   ")


@pytest.mark.parametrize("query", ['"unbalanced', "grain AND", "nosuchcolumn:grain", "(grain", "   "])
def test_malformed_search_query_raises_a_clear_error(db, query):
    with pytest.raises(SearchSyntaxError) as error:
        search(db, query)
    message = str(error.value)
    assert "\n" not in message
    assert "query" in message


def test_get_article_by_id_string_id_url_and_canonical_form(db):
    by_id = get_article(db, 1)
    assert by_id["url"] == REFERENCE_URL
    assert get_article(db, "1") == by_id
    assert get_article(db, REFERENCE_URL) == by_id
    assert get_article(db, REFERENCE_URL + "#comments")["id"] == 1


@pytest.mark.parametrize("key", [999, "https://outlet.example/nope/"])
def test_get_article_unknown(db, key):
    with pytest.raises(ArticleNotFound, match="no article"):
        get_article(db, key)


@pytest.mark.parametrize("value", ["2025", "2025-09", "2025-09-23", "2025-09-23T10:00", "2025-09-23T10:00:00+03:00"])
def test_check_date_accepts_prefixes_and_iso_times(value):
    assert check_date(value) == value


@pytest.mark.parametrize("value", ["yesterday", "2025-13", "2025-09-31", "23.09.2025", "2025-9-1"])
def test_check_date_rejects_with_the_option_name(value):
    with pytest.raises(BadDate, match="--since"):
        make_filters(since=value)


def test_stats_counts(db):
    numbers = stats(db)
    assert numbers.totals["articles"] == 4
    assert numbers.totals["quotes"] == 5
    assert numbers.totals["speakers"] == 3
    assert numbers.totals["sites"] == 2
    assert numbers.by_site[0][:2] == ("outlet", 3)
    assert ("outlet", "World", 1) in numbers.by_section
    assert numbers.by_day[0] == ("2025-09-23", 2)
    assert numbers.top_speakers[0] == ("Maria Ortega", 3, 2)
    assert ("2025-09-23", "World", 2) in numbers.by_day_section


def test_runs_record_the_store_run(db):
    [run] = runs(db)
    assert run.status == "ok"
    assert run.new == 4 and run.errors == 0
    assert run.seconds is not None and run.seconds >= 0
