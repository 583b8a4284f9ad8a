"""Fault injection: SIGKILL at random moments of a crawl of the sample site and of `ingest-warc`.

Each mode first runs once uninterrupted into its own database: the reference. Then the same
command runs again and again into a second database, each run killed with SIGKILL at a
random moment (seeded): when the database holds a randomly chosen number of the reference's
articles, plus a random fraction of a second (so kills land while starting, between and inside
batch commits, and while resuming). After every kill:

  * `PRAGMA integrity_check` and foreign keys are ok, the FTS indexes agree with their tables,
    and no article lacks its blocks (`storage.maintenance.check`);
  * every committed article is intact: its title, text, sections, blocks, quotes and authors
    are exactly the reference's;
  * nothing committed before is lost (the count never goes down).

Finally one run completes the work: the database then holds exactly the reference's articles,
each once. Runs commit in small batches so that kills find partly stored runs.
"""

from __future__ import annotations

import io
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.localsite import SAMPLE_SITE, LocalSite, SiteRules
from storage.database import open_database
from storage.maintenance import check
from tests.helpers import REPO
from tests.warc_support import site_pages

pytestmark = pytest.mark.faults

SEED = 20261126
CRAWL_TRIALS = 9
INGEST_TRIALS = 11
OUTLET = "https://english.pravda.ru"
GENERATED_PAGES = 40
"""Realistic generated article pages added to the archive, so an ingest runs long enough to be killed mid-way."""

CRAWL_FLAGS = ("--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "NEWS_STORE_BATCH_SIZE=2")
INGEST_VICTIM = (
    # `newsdesk ingest-warc` itself, committing every 3 articles instead of 100 (the command has no
    # --set), and reading records at a steady 30 a second so that on a fast, idle machine a run is
    # still going when its kill comes (the pace changes when, not what, the run stores)
    "import time, crawler.warc as warc\n"
    "import crawler.settings; crawler.settings.NEWS_STORE_BATCH_SIZE = 3\n"
    "read = warc.iter_warc_pages\n"
    "def paced(*args, **kwargs):\n"
    "    for page in read(*args, **kwargs):\n"
    "        time.sleep(1 / 30)\n"
    "        yield page\n"
    "warc.iter_warc_pages = paced\n"
    "from newsdesk.cli import main; main()\n"
)


# -- what a database holds ----------------------------------------------------------------------


def snapshot(db_path: Path) -> dict[str, tuple]:
    """Every stored article by canonical URL: title, text, sections, blocks, quotes, authors."""
    if not db_path.exists():
        return {}
    with sqlite3.connect(db_path) as db:
        def rows(sql, article_id):
            return tuple(db.execute(sql, [article_id]).fetchall())

        return {
            url: (
                title, text,
                rows("SELECT section_index, heading FROM sections WHERE article_id = ? ORDER BY 1", article_id),
                rows("SELECT section_index, position, kind, text, speaker, role FROM blocks WHERE article_id = ? ORDER BY 1, 2", article_id),
                rows("SELECT position, text, speaker, role, kind FROM quotes WHERE article_id = ? ORDER BY 1", article_id),
                rows("SELECT a.name FROM article_authors w JOIN authors a ON a.id = w.author_id WHERE w.article_id = ? ORDER BY w.position", article_id),
            )
            for article_id, url, title, text in db.execute("SELECT id, canonical_url, title, text FROM articles")
        }


def count_rows(db_path: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5) as db:
            return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def assert_intact(db_path: Path, reference: dict[str, tuple]) -> dict[str, tuple]:
    """The database is sound and every article in it is exactly the reference's."""
    if db_path.exists():
        db = open_database(db_path)
        report = check(db)
        db.close()
        assert report.ok, report.lines()
    stored = snapshot(db_path)
    assert set(stored) <= set(reference)
    for url, content in stored.items():
        assert content == reference[url], f"{url} differs from the uninterrupted run"
    return stored


# -- kills ---------------------------------------------------------------------------------------


def wait_while_running(victim: subprocess.Popen, condition, timeout: float = 120) -> None:
    """Poll until `condition()` holds, the victim exits, or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while victim.poll() is None and not condition() and time.monotonic() < deadline:
        time.sleep(0.02)


def kill_at_random_moments(command, db_path, reference, trials, rng) -> tuple[int, list[int]]:
    """Run `command` `trials` times, each killed at a random moment; check the database after each.

    The first run dies at a random time while starting (imports, schema, job state); each later
    one once its run is open and the database holds a random few more articles, plus a random
    fraction of a second (inside the next batch). Returns how many runs were really killed
    (not finished first) and the article counts after each kill.
    """
    step = -(-len(reference) // trials)
    killed, counts = 0, []
    for trial in range(trials):
        runs, stored = count_rows(db_path, "crawl_runs"), count_rows(db_path, "articles")
        target = min(stored + rng.randint(0, step), len(reference) - 4)
        victim = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if trial == 0:
            wait_while_running(victim, lambda: False, timeout=rng.uniform(0.0, 3.0))
        else:
            wait_while_running(victim, lambda: count_rows(db_path, "crawl_runs") > runs)
            wait_while_running(victim, lambda: count_rows(db_path, "articles") >= target)
            time.sleep(rng.uniform(0.0, 0.1))
        if victim.poll() is None:
            victim.send_signal(signal.SIGKILL)
            killed += 1
        victim.wait(timeout=30)
        counts.append(len(assert_intact(db_path, reference)))
    return killed, counts


def run_to_completion(command) -> float:
    started = time.monotonic()
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    return time.monotonic() - started


def assert_completed_like_reference(db_path: Path, reference: dict[str, tuple]) -> None:
    assert assert_intact(db_path, reference) == reference
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone() == (len(reference),) * 2
        assert db.execute("SELECT count(*) FROM article_revisions").fetchone() == (0,)  # same pages: nothing "changed"


# -- the two modes -------------------------------------------------------------------------------


def sample_site_pages() -> list[tuple[str, bytes, str]]:
    """Every HTML page of the sample site: (the outlet's URL, bytes, Content-Type)."""
    rules = SiteRules(SAMPLE_SITE)
    pages = []
    for file in sorted(SAMPLE_SITE.rglob("*.html")):
        url_path = ("/" + str(file.relative_to(SAMPLE_SITE).parent) + "/").replace("/./", "/")
        content_type = dict(rules.headers.get(url_path, [])).get("Content-Type", "text/html; charset=utf-8")
        pages.append((OUTLET + url_path, file.read_bytes(), content_type))
    return pages


def write_warc(path: Path, pages: list[tuple[str, bytes, str]]) -> Path:
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, content_type in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return path


def test_killed_crawls_corrupt_nothing_and_the_next_run_completes(tmp_path):
    rng = random.Random(SEED)
    with LocalSite(SAMPLE_SITE) as site:
        def crawl(db_path):
            return [sys.executable, "-m", "newsdesk", "crawl", "pravda", "--base-url", site.url, "--db", str(db_path),
                    "--logs", str(tmp_path / "logs"), *CRAWL_FLAGS]

        run_to_completion(crawl(tmp_path / "reference.db"))
        reference = snapshot(tmp_path / "reference.db")
        assert len(reference) >= 10

        killed, counts = kill_at_random_moments(crawl(tmp_path / "killed.db"), tmp_path / "killed.db", reference, CRAWL_TRIALS, rng)
        assert counts == sorted(counts), "committed articles disappeared"
        assert killed >= CRAWL_TRIALS - 2, f"only {killed} of {CRAWL_TRIALS} runs were still going when killed"
        run_to_completion(crawl(tmp_path / "killed.db"))
    assert_completed_like_reference(tmp_path / "killed.db", reference)


def test_killed_ingests_corrupt_nothing_and_the_next_run_completes(tmp_path):
    rng = random.Random(SEED + 1)
    generated = [(url, html.encode(), "text/html; charset=utf-8") for url, html in site_pages(GENERATED_PAGES)]
    warc = write_warc(tmp_path / "sample.warc.gz", sample_site_pages() + generated)

    def ingest(db_path):
        return [sys.executable, "-c", INGEST_VICTIM, "ingest-warc", str(warc), "--db", str(db_path)]

    run_to_completion(ingest(tmp_path / "reference.db"))
    reference = snapshot(tmp_path / "reference.db")
    assert len(reference) >= 10

    killed, counts = kill_at_random_moments(ingest(tmp_path / "killed.db"), tmp_path / "killed.db", reference, INGEST_TRIALS, rng)
    assert counts == sorted(counts), "committed articles disappeared"
    assert killed >= INGEST_TRIALS - 2, f"only {killed} of {INGEST_TRIALS} runs were still going when killed"
    run_to_completion(ingest(tmp_path / "killed.db"))
    assert_completed_like_reference(tmp_path / "killed.db", reference)
