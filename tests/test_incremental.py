"""Incremental runs against a local copy of the sample site that changes between runs.

Run 1 crawls the site. Then an article is added (linked from the home page), one is edited
and one is deleted. Run 2 (revisit window wide enough to cover the 2025 sample articles)
re-checks every stored article with a conditional GET: the unchanged ones answer 304 and
are not stored again, the edited one becomes a revision, the deleted one is marked removed,
the new one is stored. With the default 3-day window nothing stored is fetched at all.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime, timezone

import orjson
import pytest

from crawler.discovery import is_older, parse_since
from newsdesk.localsite import SAMPLE_SITE, LocalSite
from tests.helpers import run_newsdesk

OUTLET = "https://english.pravda.ru"
EDITED = "/news/world/164088-baltic-ferry-operators-winter-timetable/"
DELETED = "/news/world/163968-danube-barge-traffic-low-water/"
ADDED = "/news/world/164300-river-port-night-shifts/"
REFERENCE = "/news/world/164204-north-korea-blood-debt-russia-kursk/"
EDIT_SENTENCE = "The operators added a night crossing on Fridays after this article was first published."
NEW_STORY = (
    "River ports on the Volga will keep their cargo cranes working through the night until the first ice.",
    "Harbour managers say the extra shifts are needed because grain barges arrived three weeks late this year.",
    "Dock workers were offered a higher hourly rate for the night shifts and most of them signed up at once.",
    "The ports expect to handle a fifth more cargo in October than in the same month a year ago.",
)
FAST = ("--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False")
EVERYTHING_IS_RECENT = ("--revisit-days", "100000")


def crawl(site, db_path, *flags):
    result = run_newsdesk("crawl", "pravda", "--base-url", site.url, "--db", str(db_path), *FAST, *flags)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def last_run(db_path) -> dict:
    with sqlite3.connect(db_path) as db:
        db.row_factory = sqlite3.Row
        row = dict(db.execute("select * from crawl_runs order by id desc limit 1").fetchone())
    row["stats"] = orjson.loads(row["stats"])
    return row


def change_site(root):
    """Add an article (linked from the home page), edit one, delete one."""
    edited = root / EDITED.strip("/") / "index.html"
    html = edited.read_text(encoding="utf-8")
    edited.write_text(html.replace("</p>", f"</p>\n<p>{EDIT_SENTENCE}</p>", 1), encoding="utf-8")
    shutil.rmtree(root / DELETED.strip("/"))
    added = root / ADDED.strip("/") / "index.html"
    added.parent.mkdir(parents=True)
    paragraphs = iter(NEW_STORY)
    body = re.sub(r"<p>[^<]*</p>", lambda _: f"<p>{next(paragraphs, NEW_STORY[-1])}</p>", html)
    added.write_text(
        body.replace(EDITED, ADDED).replace("Baltic Ferry Operators Publish Winter Timetables Early", "River Ports Add Night Shifts"),
        encoding="utf-8",
    )
    home = root / "index.html"
    link = f'<a class="news-item__title" href="{OUTLET}{ADDED}">River Ports Add Night Shifts</a>'
    home.write_text(home.read_text(encoding="utf-8").replace("</body>", f"{link}\n</body>"), encoding="utf-8")


@pytest.fixture(scope="module")
def changed_site_runs(tmp_path_factory):
    """(db path, run 1 record, run 2 record, articles stored after run 1)."""
    tmp = tmp_path_factory.mktemp("incremental")
    root = tmp / "site"
    shutil.copytree(SAMPLE_SITE, root)
    db_path = tmp / "news.db"
    with LocalSite(root) as site:
        crawl(site, db_path, *EVERYTHING_IS_RECENT)
        first = last_run(db_path)
        with sqlite3.connect(db_path) as db:
            stored_after_first = db.execute("select count(*) from articles").fetchone()[0]
        change_site(root)
        crawl(site, db_path, *EVERYTHING_IS_RECENT)
        second = last_run(db_path)
    return db_path, first, second, stored_after_first


def test_unchanged_articles_answer_304_and_are_not_stored_again(changed_site_runs):
    db_path, first, second, stored = changed_site_runs
    assert first["new"] >= 14
    stats = second["stats"]
    assert stats["news/incremental/revisited"] == stored
    assert stats["news/incremental/not_modified"] == stored - 2  # all but the edited and the deleted
    assert second["unchanged"] == 0
    assert second["status"] == "ok"
    with sqlite3.connect(db_path) as db:
        last_seen = db.execute("select last_seen_at from articles where url = ?", (OUTLET + REFERENCE,)).fetchone()[0]
    assert last_seen >= second["started_at"]  # a 304 still counts as seen


def test_edited_article_becomes_a_revision(changed_site_runs):
    db_path, _, second, _ = changed_site_runs
    assert second["updated"] == 1
    with sqlite3.connect(db_path) as db:
        article_id, text = db.execute("select id, text from articles where url = ?", (OUTLET + EDITED,)).fetchone()
        revisions = db.execute("select record from article_revisions where article_id = ?", (article_id,)).fetchall()
    assert EDIT_SENTENCE in text
    assert len(revisions) == 1
    assert EDIT_SENTENCE not in revisions[0][0]


def test_deleted_article_is_marked_removed_not_deleted(changed_site_runs):
    db_path, _, second, _ = changed_site_runs
    assert second["stats"]["news/incremental/removed"] == 1
    with sqlite3.connect(db_path) as db:
        removed = db.execute("select url from articles where removed_at is not null").fetchall()
    assert removed == [(OUTLET + DELETED,)]
    with sqlite3.connect(db_path) as db:
        reasons = db.execute("select url, reason from rejects where run_id = ?", (second["id"],)).fetchall()
    assert reasons == [(OUTLET + DELETED, "http 404")]  # skipped and 304 requests are no rejects


def test_added_article_is_new(changed_site_runs):
    db_path, _, second, stored = changed_site_runs
    assert second["new"] == 1
    with sqlite3.connect(db_path) as db:
        assert db.execute("select count(*) from articles").fetchone()[0] == stored + 1
        assert db.execute("select 1 from articles where url = ?", (OUTLET + ADDED,)).fetchone()


def test_default_window_fetches_no_stored_article(sample_site, tmp_path):
    """The sample articles are from 2025: outside the 3-day window, a second run skips them all."""
    db_path = tmp_path / "news.db"
    crawl(sample_site, db_path)
    with sqlite3.connect(db_path) as db:
        stored = db.execute("select count(*) from articles").fetchone()[0]
    crawl(sample_site, db_path)
    run = last_run(db_path)
    assert run["stats"]["news/incremental/skipped"] == stored
    assert "news/parse/ok" not in run["stats"]
    assert (run["new"], run["updated"], run["unchanged"], run["rejects"]) == (0, 0, 0, 0)
    responses = orjson.loads(run["responses"])
    assert set(responses) <= {"200", "301"}  # listings, feed, sitemaps, robots.txt and the one redirect


def test_max_articles_caps_article_fetches(sample_site, tmp_path):
    db_path = tmp_path / "news.db"
    crawl(sample_site, db_path, "--max-articles", "3")
    run = last_run(db_path)
    assert run["new"] + run["duplicates"] + run["rejects"] <= 3
    assert run["stats"]["news/incremental/over_limit"] > 0


def test_since_skips_older_sitemap_and_feed_entries(sample_site, tmp_path):
    db_path = tmp_path / "news.db"
    crawl(sample_site, db_path, "--since", "2025-09-20")
    assert last_run(db_path)["stats"]["news/discovery/too_old"] > 0


def test_since_dates():
    since = parse_since("2025-09-20")
    assert since == datetime(2025, 9, 20, tzinfo=timezone.utc)
    assert is_older({"published": "2025-09-19T23:00:00+00:00"}, since)
    assert not is_older({"published": "Sat, 20 Sep 2025 10:00:00 +0300"}, since)
    assert is_older({"lastmod": "2025-09-01"}, since)
    assert not is_older({"title": "undated"}, since)
    assert parse_since("") is None
    with pytest.raises(ValueError):
        parse_since("last week")
