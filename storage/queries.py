"""The read API: what a notebook user, the CLI and Datasette ask of a newsdesk database.

    from storage.database import open_database
    from storage.queries import Filters, iter_articles, iter_quotes, search, get_article, stats

    db = open_database("output/newsdesk.db", "read")
    for article in iter_articles(db, Filters(site="pravda", since="2025-09-01")):
        print(article["title"], len(article["quotes"]))

Every function takes an open `sqlite_utils.Database` and only reads. Articles come back as
their export records (the JSON-lines contract, see `schema/article.schema.json`); quotes,
search hits, stats and runs as small frozen dataclasses. The filters are the export's
(`storage.filters.Filters`), so `newsdesk export`, `newsdesk quotes` and
Python code select the same articles for the same flags.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from storage.database import article_id_for_url
from storage.export import get_article_record, iter_article_records
from storage.filters import Filters

if TYPE_CHECKING:
    from sqlite_utils import Database

"""--since/--until/--site/--section/--speaker/--changed-since, as one object."""

SEARCH_WEIGHTS = (10.0, 4.0, 1.0)
"""bm25 column weights for articles_fts (title, lead, text): a hit in the title counts most."""

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_FTS_ERROR_MARKERS = ("fts5", "syntax error", "no such column", "unterminated string", "unknown special query")


class QueryError(ValueError):
    """A user's query or filter cannot be run; the message is one line, fit to show as is."""


class SearchSyntaxError(QueryError):
    """A full-text query that FTS5 cannot parse (unbalanced quotes, a dangling AND, col:x...)."""


class BadDate(QueryError):
    """A date filter that is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time."""


class ArticleNotFound(QueryError, LookupError):
    """No stored article has this id or URL."""


def check_date(value: str | None, option: str = "date") -> str | None:
    """`value` unchanged when it is a date filter the database can compare, else BadDate.

    Stored dates are ISO 8601 text, so a prefix (`2025`, `2025-09`, `2025-09-23`) or a full
    date-time compares correctly as text.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        if _PARTIAL_DATE.match(value):
            date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise BadDate(
            f"bad {option} {value!r}: expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time"
        ) from None
    return value


def make_filters(
    *,
    since: str | None = None,
    until: str | None = None,
    site: str | None = None,
    section: str | None = None,
    speaker: str | None = None,
    topic: str | None = None,
    language: str | None = None,
    changed_since: str | None = None,
) -> Filters:
    """Filters from user input, dates checked (BadDate names the offending option)."""
    return Filters(
        since=check_date(since, "--since"),
        until=check_date(until, "--until"),
        site=site or None,
        section=section or None,
        speaker=speaker or None,
        topic=topic or None,
        language=language or None,
        changed_since=check_date(changed_since, "--changed-since"),
    )


# -- articles --------------------------------------------------------------------------------


def iter_articles(db: Database, filters: Filters | None = None) -> Iterator[dict]:
    """Every matching article as its export record, in id order (streams; memory stays flat)."""
    return iter_article_records(db, filters)


def get_article(db: Database, key: int | str) -> dict:
    """One article by its id (`164`, `"164"`) or by any URL it was fetched from or its canonical URL."""
    article_id = _article_id(db, key)
    record = get_article_record(db, article_id) if article_id is not None else None
    if record is None:
        raise ArticleNotFound(f"no article with id or URL {str(key)!r}")
    return record


def _article_id(db: Database, key: int | str) -> int | None:
    if isinstance(key, int) or str(key).strip().isdigit():
        return int(key)
    return article_id_for_url(db, str(key).strip())


# -- quotes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteRow:
    """One stored quote with the article it is from."""

    article_id: int
    position: int
    text: str
    speaker: str | None
    role: str | None
    kind: str
    """block, inline or partial."""
    title: str | None
    url: str
    site: str | None
    section: str | None
    published: str | None


def iter_quotes(db: Database, filters: Filters | None = None, *, limit: int | None = None) -> Iterator[QuoteRow]:
    """Quotes of the matching articles, newest article first; `filters.speaker` selects the
    quotes of that speaker (case-insensitive), the other filters select articles."""
    filters = filters or Filters()
    where, params = filters.where()
    speaker = "AND q.speaker = :speaker" if filters.speaker else ""
    sql = f"""
        SELECT q.article_id, q.position, q.text, q.speaker, q.role, q.kind,
               a.title, a.url, a.site, a.section, a.published
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.article_id IN (SELECT id FROM articles WHERE {where}) {speaker}
        ORDER BY a.published DESC, q.article_id DESC, q.position
        {"LIMIT :limit" if limit else ""}"""
    if limit:
        params = {**params, "limit": limit}
    for row in db.execute(sql, params):
        yield QuoteRow(*row)


# -- full-text search ------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    """One article matching a full-text query, best first."""

    article_id: int
    title: str | None
    url: str
    site: str | None
    section: str | None
    published: str | None
    snippet: str
    """The best-matching passage; matched terms wrapped in the `highlight` markers."""
    rank: float
    """bm25 score: lower is better."""


def search(
    db: Database,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    highlight: tuple[str, str] = ("[", "]"),
    snippet_tokens: int = 24,
) -> list[SearchHit]:
    """Articles matching an FTS5 `query` (words, "phrases", AND/OR/NOT, prefix*), ranked by
    bm25 (title weighs most, then lead, then text); raises SearchSyntaxError for a malformed query."""
    if not query.strip():
        raise SearchSyntaxError("empty search query")
    where, params = (filters or Filters()).where()
    sql = f"""
        SELECT a.id, a.title, a.url, a.site, a.section, a.published,
               snippet(articles_fts, -1, :open, :close, '…', :tokens),
               bm25(articles_fts, {", ".join(str(w) for w in SEARCH_WEIGHTS)}) AS rank
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH :query AND a.id IN (SELECT id FROM articles WHERE {where})
        ORDER BY rank LIMIT :limit"""
    params = {
        **params, "query": query, "open": highlight[0], "close": highlight[1],
        "tokens": snippet_tokens, "limit": limit,
    }
    try:
        rows = db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        message = str(error)
        if any(marker in message for marker in _FTS_ERROR_MARKERS):
            raise SearchSyntaxError(
                f"cannot parse search query {query!r} ({message}); "
                'quote phrases with "..." and use AND, OR, NOT, prefix*'
            ) from None
        raise
    return [SearchHit(*row) for row in rows]


def as_words(query: str) -> str:
    """The query read as plain words: each whitespace-separated chunk a quoted FTS5 phrase
    (`covid-19` -> `"covid-19"`, which matches "covid 19" and "COVID-19"), all of them required."""
    return " ".join('"' + chunk.replace('"', '""') + '"' for chunk in query.split())


@dataclass(frozen=True)
class WordSearch:
    """What `search_words` found, and how it read the query."""

    hits: list[SearchHit]
    words_query: str | None
    """The plain-words reading it searched instead, when the query was not FTS5 syntax; else None."""


def search_words(db: Database, query: str, filters: Filters | None = None, **options) -> WordSearch:
    """`search`, but text that is not valid FTS5 syntax (`covid-19`, `Russia's`, `U.S.`, `C++`) is
    searched as the plain words it is (`as_words`) instead of failing; valid syntax (phrases,
    AND/OR/NOT, prefix*, column:term) keeps its meaning."""
    try:
        return WordSearch(search(db, query, filters, **options), None)
    except SearchSyntaxError:
        words = as_words(query)
        if not words:
            raise
        return WordSearch(search(db, words, filters, **options), words)


# -- stats and runs --------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """What a database holds, for `newsdesk stats`."""

    totals: dict[str, int]
    """articles, duplicates, removed, quotes, speakers, sites, rejects, runs."""
    by_site: list[tuple[str | None, int, str | None, str | None]]
    """(site, articles, first published, last published), most articles first."""
    by_section: list[tuple[str | None, str | None, int]]
    """(site, section, articles), most articles first."""
    by_day: list[tuple[str | None, int]]
    """(YYYY-MM-DD published, articles), newest day first."""
    by_day_section: list[tuple[str | None, str | None, int]]
    """(YYYY-MM-DD published, section, articles), oldest day first (for plotting)."""
    top_speakers: list[tuple[str, int, int]]
    """(speaker, quotes, articles), most quoted first."""
    runs: list[RunRow] = field(default_factory=list)
    """The last crawl runs, newest first."""


def stats(db: Database, *, days: int = 14, speakers: int = 10, last_runs: int = 5) -> Stats:
    """Counts by site, section and day; quotes and top speakers; the last runs."""

    def rows(sql: str, *params) -> list[tuple]:
        return [tuple(row) for row in db.execute(sql, params).fetchall()]

    totals = dict(zip(
        ("articles", "duplicates", "removed", "quotes", "speakers", "sites", "rejects", "runs"),
        db.execute("""SELECT
            (SELECT count(*) FROM articles),
            (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
            (SELECT count(*) FROM articles WHERE removed_at IS NOT NULL),
            (SELECT count(*) FROM quotes),
            (SELECT count(DISTINCT speaker) FROM quotes WHERE speaker IS NOT NULL),
            (SELECT count(DISTINCT site) FROM articles),
            (SELECT count(*) FROM rejects),
            (SELECT count(*) FROM crawl_runs)""").fetchone(),
    ))
    return Stats(
        totals=totals,
        by_site=rows("""SELECT site, count(*), min(published), max(published) FROM articles
                        GROUP BY site ORDER BY count(*) DESC, site"""),
        by_section=rows("""SELECT site, section, count(*) FROM articles
                           GROUP BY site, section ORDER BY count(*) DESC, site, section"""),
        by_day=rows("""SELECT substr(published, 1, 10) AS day, count(*) FROM articles
                       GROUP BY day ORDER BY day DESC NULLS LAST LIMIT ?""", days),
        by_day_section=rows("""SELECT substr(published, 1, 10) AS day, section, count(*) FROM articles
                               WHERE published IS NOT NULL GROUP BY day, section ORDER BY day, section"""),
        top_speakers=rows("""SELECT speaker, count(*), count(DISTINCT article_id) FROM quotes
                             WHERE speaker IS NOT NULL GROUP BY speaker
                             ORDER BY count(*) DESC, speaker LIMIT ?""", speakers),
        runs=runs(db, limit=last_runs),
    )


@dataclass(frozen=True)
class RunRow:
    """One crawl or ingest run."""

    id: int
    spider: str
    started_at: str
    finished_at: str | None
    status: str
    """running, ok, failed or interrupted."""
    requests: int | None
    new: int
    updated: int
    unchanged: int
    duplicates: int
    rejects: int
    errors: int

    @property
    def seconds(self) -> float | None:
        """How long the run took, when it has finished."""
        if not self.finished_at:
            return None
        return (datetime.fromisoformat(self.finished_at) - datetime.fromisoformat(self.started_at)).total_seconds()


def runs(db: Database, *, limit: int = 20) -> list[RunRow]:
    """The last `limit` crawl runs, newest first."""
    return [
        RunRow(*row)
        for row in db.execute(
            """SELECT id, spider, started_at, finished_at, status, requests, new, updated, unchanged,
                      duplicates, rejects, errors
               FROM crawl_runs ORDER BY started_at DESC, id DESC LIMIT ?""",
            [limit],
        )
    ]
