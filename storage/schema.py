"""The database schema, as an ordered list of migrations.

Each migration is a function that takes the open database (a `sqlite_utils.Database` or a plain
`sqlite3.Connection`: migrations use only `execute`) and changes it;
`migrate()` applies the ones a database has not seen yet, each in its own transaction, and
records the version in `PRAGMA user_version` (plus a human-readable row in
`schema_migrations`). Never edit a migration that has shipped: append a new one.

Tables (see `create_initial_schema` and the later migrations for every column):
  articles          one row per canonical URL; the current version of the article
  article_urls      every URL an article was fetched from -> its article
  sections          body sections (heading) of an article, by index
  blocks            body blocks: paragraph / quote / list / table, with speaker and role
  quotes            quotations with speaker, role and kind
  authors           distinct author names; article_authors links them in byline order
  article_revisions earlier versions of an article whose content changed (full JSON record)
  article_exports   each article's export line rendered when it was stored, but its volatile tail
  raw_pages         the fetched bytes (zstd; zlib in older rows), headers, status and discovery hints, for re-parsing
  crawl_runs        one row per crawl / ingest run, with its counts and Scrapy stats
  rejects           pages that did not become articles, with the reason and run
  minhash_signatures, minhash_bands   near-duplicate index (MinHash + LSH band keys)
  articles_fts, quotes_fts            FTS5 indexes kept in sync by triggers
  fts_deferral      empty but inside a batch writer's transaction (`storage.fulltext`)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from storage.heads import refresh_export_heads

if TYPE_CHECKING:
    from sqlite_utils import Database

FTS_TOKENIZER = "unicode61 remove_diacritics 2"
"""Unicode word tokenizer that folds diacritics, so `Zelensky` finds `Zelenský`."""

INITIAL_SCHEMA = f"""
CREATE TABLE crawl_runs (
    id INTEGER PRIMARY KEY,
    spider TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'ok', 'failed', 'interrupted')),
    close_reason TEXT,
    pid INTEGER,
    requests INTEGER,
    responses TEXT,
    new INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    rejects INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    stats TEXT
);
CREATE INDEX crawl_runs_spider_started ON crawl_runs (spider, started_at);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    site TEXT,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL UNIQUE,
    title TEXT,
    section TEXT COLLATE NOCASE,
    published TEXT,
    published_raw TEXT,
    modified TEXT,
    modified_raw TEXT,
    language TEXT,
    lead TEXT,
    text TEXT NOT NULL DEFAULT '',
    nav TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL,
    extract_hash TEXT NOT NULL,
    parser TEXT,
    quality_flags TEXT NOT NULL DEFAULT '[]',
    fetched_at TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    removed_at TEXT,
    duplicate_of INTEGER REFERENCES articles (id),
    first_run_id INTEGER REFERENCES crawl_runs (id),
    last_run_id INTEGER REFERENCES crawl_runs (id)
);
CREATE INDEX articles_site_published ON articles (site, published);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_section ON articles (section);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_changed_at ON articles (changed_at);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE article_urls (
    url TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id)
) WITHOUT ROWID;
CREATE INDEX article_urls_article ON article_urls (article_id);

CREATE TABLE sections (
    article_id INTEGER NOT NULL REFERENCES articles (id),
    section_index INTEGER NOT NULL,
    heading TEXT,
    PRIMARY KEY (article_id, section_index)
) WITHOUT ROWID;

CREATE TABLE blocks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    section_index INTEGER NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT COLLATE NOCASE,
    role TEXT
);
CREATE UNIQUE INDEX blocks_article_position ON blocks (article_id, section_index, position);
CREATE INDEX blocks_speaker ON blocks (speaker) WHERE speaker IS NOT NULL;

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT COLLATE NOCASE,
    role TEXT,
    kind TEXT NOT NULL
);
CREATE UNIQUE INDEX quotes_article_position ON quotes (article_id, position);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles (id),
    position INTEGER NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_authors_author ON article_authors (author_id);

CREATE TABLE article_revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    revision INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT,
    published TEXT,
    modified TEXT,
    parser TEXT,
    seen_from TEXT NOT NULL,
    seen_until TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    record TEXT NOT NULL,
    UNIQUE (article_id, revision)
);

CREATE TABLE raw_pages (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    article_id INTEGER REFERENCES articles (id),
    site TEXT,
    status INTEGER,
    headers TEXT NOT NULL DEFAULT '{{}}',
    body BLOB NOT NULL,
    compression TEXT NOT NULL DEFAULT 'zlib',
    body_size INTEGER NOT NULL,
    fetched_at TEXT
);
CREATE INDEX raw_pages_fetched_at ON raw_pages (fetched_at);
CREATE INDEX raw_pages_article ON raw_pages (article_id);

CREATE TABLE rejects (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    reason TEXT NOT NULL,
    stage TEXT,
    status INTEGER,
    run_id INTEGER REFERENCES crawl_runs (id),
    at TEXT NOT NULL
);
CREATE INDEX rejects_url ON rejects (url);
CREATE INDEX rejects_run ON rejects (run_id);

CREATE TABLE minhash_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id),
    signature BLOB NOT NULL
);
CREATE TABLE minhash_bands (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, lead, text, content="articles", content_rowid="id", tokenize='{FTS_TOKENIZER}'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, lead, text) VALUES (new.id, new.title, new.lead, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lead, text)
    VALUES ('delete', old.id, old.title, old.lead, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, lead, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lead, text)
    VALUES ('delete', old.id, old.title, old.lead, old.text);
    INSERT INTO articles_fts (rowid, title, lead, text) VALUES (new.id, new.title, new.lead, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, speaker, content="quotes", content_rowid="id", tokenize='{FTS_TOKENIZER}'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
"""

FTS_TABLES = ("articles_fts", "quotes_fts")
"""The full-text indexes, for integrity checks and rebuilds."""


def create_initial_schema(db: Database) -> None:
    """Version 1: every table, index, FTS index and trigger listed in the module docstring."""
    for statement in _statements(INITIAL_SCHEMA):
        db.execute(statement)


def add_raw_page_hints(db: Database) -> None:
    """Version 2: `raw_pages.hints`, what discovery knew about the page (JSON), for re-parsing."""
    db.execute("ALTER TABLE raw_pages ADD COLUMN hints TEXT NOT NULL DEFAULT '{}'")


EXPORT_SCHEMA = """
CREATE TABLE article_exports (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    head BLOB NOT NULL
);
CREATE INDEX articles_export_tail ON articles (id, last_seen_at, changed_at, removed_at, duplicate_of);
"""


def add_article_exports(db: Database) -> None:
    """Version 3: `article_exports.head`, each article's export line pre-rendered (all but the
    fields that move without a rewrite), and a covering index of those fields in id order, so
    an export reads two narrow b-trees instead of rendering every block; existing articles are
    rendered now."""

    for statement in _statements(EXPORT_SCHEMA):
        db.execute(statement)


DEFERRAL_SCHEMA = """
CREATE TABLE fts_deferral (
    articles_after INTEGER NOT NULL,
    quotes_after INTEGER NOT NULL
);
DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM fts_deferral) BEGIN
    INSERT INTO articles_fts (rowid, title, lead, text) VALUES (new.id, new.title, new.lead, new.text);
END;
DROP TRIGGER quotes_fts_insert;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM fts_deferral) BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
"""


def defer_full_text_inserts(db: Database) -> None:
    """Version 4: `fts_deferral`, and insert triggers that leave new rows to the batch writer while
    it holds a row there (`storage.fulltext`); no data changes."""
    for statement in _statements(DEFERRAL_SCHEMA):
        db.execute(statement)


PROGRESS_SCHEMA = """
CREATE TABLE IF NOT EXISTS ingest_progress (
    archive TEXT NOT NULL,
    shard TEXT NOT NULL,
    end_offset INTEGER NOT NULL,
    records INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (archive, shard)
);
CREATE TABLE IF NOT EXISTS redis_applied (
    stream TEXT NOT NULL,
    entry_ms INTEGER NOT NULL,
    entry_seq INTEGER NOT NULL,
    PRIMARY KEY (stream, entry_ms, entry_seq)
) WITHOUT ROWID;
"""


def add_progress_tables(db: Database) -> None:
    """Version 5: `ingest_progress` (how far each WARC ingest got, `storage.ingest_progress`) and
    `redis_applied` (stream entries the distributed writer stored but may not have acknowledged
    yet, `storage.deliveries`), which earlier versions created on first use; kept as they are
    where they exist."""
    for statement in _statements(PROGRESS_SCHEMA):
        db.execute(statement)


def add_page_type(db: Database) -> None:
    """Version 6: `articles.page_type` (article / listing / other, `crawler.items.Article`);
    stored rows were articles (the parser rejected the rest), and their export heads gain it.
    Kept as it is where it exists."""
    if not any(row[1] == "page_type" for row in db.execute("PRAGMA table_info(articles)")):
        db.execute("ALTER TABLE articles ADD COLUMN page_type TEXT NOT NULL DEFAULT 'article'")


MEDIA_SCHEMA = """
ALTER TABLE articles ADD COLUMN publisher TEXT;
ALTER TABLE articles ADD COLUMN free_access INTEGER;
ALTER TABLE blocks ADD COLUMN image_position INTEGER;
CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    caption TEXT,
    alt TEXT,
    credits TEXT NOT NULL DEFAULT '[]',
    is_cover INTEGER NOT NULL DEFAULT 0,
    width INTEGER,
    height INTEGER
);
CREATE UNIQUE INDEX images_article_position ON images (article_id, position);
CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles (id),
    position INTEGER NOT NULL,
    topic TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_topics_topic ON article_topics (topic, article_id);
"""


def add_media(db: Database) -> None:
    """Version 7: an article's pictures (`images`, in page order, with caption, alt text, credits
    and the cover flag; an image block of the body points at its picture by `image_position`),
    its topics (`article_topics`, indexed for `--topic`), `publisher` and `free_access`. Existing
    articles get the defaults (no pictures or topics until they are re-parsed: `newsdesk
    reparse`) and their export lines the new fields."""
    for statement in _statements(MEDIA_SCHEMA):
        db.execute(statement)


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    create_initial_schema, add_raw_page_hints, add_article_exports, defer_full_text_inserts,
    add_progress_tables, add_page_type, add_media,
)
"""Migration N (1-based) brings a database from user_version N-1 to N. Append only."""

RENDER_HEADS_AFTER = frozenset({add_article_exports, add_page_type, add_media})
"""Migrations that change the export line: once a database has taken one, every article's export
head is rendered again -- by today's renderer, so after the last migration, in its transaction
(rendering in an older step would ask for columns a later step adds)."""

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(RuntimeError):
    """The database was written by a newer newsdesk than this one."""


def schema_version(db: Database | sqlite3.Connection) -> int:
    """The migration level recorded in the database (0 for a new file)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database | sqlite3.Connection) -> int:
    """Apply every migration the database lacks; return the resulting version.

    Each step runs in its own IMMEDIATE transaction and re-reads the version inside it, so two
    processes opening a fresh file at once do not both apply a step.
    """
    if schema_version(db) > SCHEMA_VERSION:
        raise SchemaError(
            f"database schema version {schema_version(db)} is newer than this newsdesk "
            f"({SCHEMA_VERSION}); upgrade newsdesk"
        )
    render_heads = False
    while schema_version(db) < SCHEMA_VERSION:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(db)
            if version < SCHEMA_VERSION:
                _apply(db, version + 1)
                render_heads = render_heads or MIGRATIONS[version] in RENDER_HEADS_AFTER
                if version + 1 == SCHEMA_VERSION and render_heads and version > 0:
                    refresh_export_heads(db)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return SCHEMA_VERSION


def _apply(db: Database | sqlite3.Connection, version: int) -> None:
    step = MIGRATIONS[version - 1]
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    step(db)
    db.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
        [version, step.__name__, datetime.now(timezone.utc).isoformat(timespec="seconds")],
    )
    db.execute(f"PRAGMA user_version = {version:d}")


def _statements(script: str) -> list[str]:
    """Split a DDL script into complete statements (trigger bodies contain `;`)."""
    statements: list[str] = []
    current = ""
    for line in script.strip().splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError("schema script ends with an incomplete statement")
    return statements
