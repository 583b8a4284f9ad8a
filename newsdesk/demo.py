"""`newsdesk demo`: crawl the bundled sample site from a local server, store, export, summarize."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from crawler.runner import project_settings, run_spider
from newsdesk.localsite import LocalSite

DEMO_SETTINGS = {
    # Our own server on loopback: no need to be gentle with it.
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "LOG_LEVEL": "WARNING",
}


@dataclass
class Summary:
    """What a demo run did, read back from the database and the crawl's stats."""

    db_path: Path
    export_path: Path
    seconds: float
    articles: int = 0
    new: int = 0
    sections: dict[str, int] = field(default_factory=dict)
    quotes: int = 0
    pictures: int = 0
    topics: dict[str, int] = field(default_factory=dict)
    rejects: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    exported: int = 0
    finish_reason: str | None = None
    run: dict[str, int] = field(default_factory=dict)
    """This run's own counts from the crawl stats (fetched, skipped, revisited, ...)."""

    @property
    def ok(self) -> bool:
        """The run did its job: it finished and logged no errors."""
        return self.finish_reason == "finished" and self.errors == 0

    def render(self) -> str:
        """The summary as plain lines for a terminal or a log."""
        lines = [
            (f"newsdesk demo: {self.articles} articles in {self.db_path} ({self.new} new this run), "
             f"{self.exported} exported to {self.export_path}"),
            "sections: " + _most(self.sections),
            f"quotes: {self.quotes}; pictures: {self.pictures}",
            "topics: " + _most(self.topics),
            "this run: {fetched} pages fetched ({articles} articles parsed); skipped {skipped} stored articles "
            "(outside the revisit window) and {known_reject} known rejects; revisited {revisited} "
            "({not_modified} not modified); {new} new, {updated} updated, {removed} removed; stored as "
            "duplicates of another article (duplicate_of set): {duplicates}".format(**self.run),
            "rejects: " + (", ".join(f"{reason} x{count}" for reason, count in self.rejects.items()) or "none"),
            f"errors: {self.errors}",
            f"finished in {self.seconds:.1f} s ({self.finish_reason})",
        ]
        return "\n".join(lines)


SHOWN = 12
"""Most sections or topics the summary names (the sample site has 5 and 7); with a database
that holds more, one line would list thousands."""


def _most(counts: dict[str, int]) -> str:
    """The `SHOWN` largest counts (`counts` comes largest first) and how many more there are."""
    shown = ", ".join(f"{name} {count}" for name, count in list(counts.items())[:SHOWN]) or "none"
    rest = len(counts) - SHOWN
    return f"{shown} and {rest} more" if rest > 0 else shown


RUN_COUNTS = {
    "fetched": "downloader/response_count",
    "articles": "news/parse/ok",
    "skipped": "news/incremental/skipped",
    "known_reject": "news/incremental/known_reject",
    "revisited": "news/incremental/revisited",
    "not_modified": "news/incremental/not_modified",
    "removed": "news/incremental/removed",
    "new": "news/store/new",
    "duplicates": "news/store/duplicate",
    "updated": "news/store/updated",
}
"""Summary name -> Scrapy stats key of what this run did."""


def run_counts(stats: dict) -> dict[str, int]:
    """This run's counts by summary name (0 where the run did nothing of that kind)."""
    return {name: stats.get(key, 0) for name, key in RUN_COUNTS.items()}


def read_summary(summary: Summary) -> Summary:
    """Fill the counts from the database."""
    with sqlite3.connect(summary.db_path) as db:
        summary.articles = db.execute("select count(*) from articles").fetchone()[0]
        summary.sections = dict(
            db.execute(
                "select coalesce(section, '(none)'), count(*) from articles group by 1 order by 2 desc, 1"
            ).fetchall()
        )
        summary.quotes = db.execute("select count(*) from quotes").fetchone()[0]
        summary.pictures = db.execute("select count(*) from images").fetchone()[0]
        summary.topics = dict(
            db.execute("select topic, count(*) from article_topics group by 1 order by 2 desc, 1").fetchall()
        )
        summary.rejects = dict(
            db.execute(
                "select reason, count(*) from rejects where run_id = (select max(id) from crawl_runs) "
                "group by reason order by 2 desc, 1"
            ).fetchall()
        )
    return summary


def run_demo(db_path: Path, export_path: Path) -> Summary:
    """Serve the sample site, crawl it with the `pravda` spider, export, and summarize."""
    from storage.export import export_file

    db_path.parent.mkdir(parents=True, exist_ok=True)
    export_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with LocalSite() as site:
        settings = project_settings({**DEMO_SETTINGS, "NEWS_DB": str(db_path), "NEWS_BASE_URL": site.url})
        stats = run_spider("pravda", settings)
    exported = export_file(db_path, export_path)
    summary = Summary(db_path=db_path, export_path=export_path, seconds=time.monotonic() - started)
    summary.finish_reason = stats.get("finish_reason")
    summary.errors = stats.get("log_count/ERROR", 0)
    summary.new = stats.get("news/store/new", 0)
    summary.exported = exported
    summary.run = run_counts(stats)
    return read_summary(summary)
