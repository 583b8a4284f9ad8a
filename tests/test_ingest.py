"""`ingest-warc`: streaming WARC reading, resume after a kill, domain filter, workers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.warc import END_OFFSET_HINT, in_shard, iter_warc_pages, record_position
from tests.warc_support import site_pages, write_warc

ROOT = Path(__file__).resolve().parent.parent


def ingest(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk", "ingest-warc", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_reading_from_a_recorded_offset_continues_with_the_next_record(tmp_path, gzip):
    warc = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    write_warc(warc, [(f"https://a.example/story-{i}", f"<p>{i}</p>") for i in range(6)], gzip=gzip)
    pages = list(iter_warc_pages(warc))
    assert [page.url for page in pages] == [f"https://a.example/story-{i}" for i in range(6)]
    for index, page in enumerate(pages):
        rest = iter_warc_pages(warc, start_offset=int(page.hints[END_OFFSET_HINT]))
        assert [p.url for p in rest] == [p.url for p in pages[index + 1 :]]


def test_pages_carry_their_archive_position(tmp_path):
    warc = tmp_path / "a.warc.gz"
    write_warc(warc, [("https://a.example/one-two-three-four", "<p>x</p>")])
    (page,) = iter_warc_pages(warc, shard=(0, 1))
    position = record_position(page)
    assert position.archive == str(warc.resolve())
    assert position.shard == "0/1"
    assert position.end_offset == warc.stat().st_size


def test_shards_split_the_urls_without_overlap(tmp_path):
    warc = tmp_path / "a.warc.gz"
    urls = [f"https://a.example/story-{i}" for i in range(40)]
    write_warc(warc, [(url, "<p>x</p>") for url in urls])
    shards = [[page.url for page in iter_warc_pages(warc, shard=(k, 3))] for k in range(3)]
    assert sorted(sum(shards, [])) == sorted(urls)
    assert all(shards), "every shard gets some URLs"
    assert all(in_shard(url, (k, 3)) for k, shard in enumerate(shards) for url in shard)


def test_domain_filter_keeps_the_domain_and_its_subdomains(tmp_path):
    warc = tmp_path / "a.warc.gz"
    write_warc(warc, [("https://www.a.example/x", "<p>1</p>"), ("https://b.example/y", "<p>2</p>"), ("https://a.example/z", "<p>3</p>")])
    assert [page.url for page in iter_warc_pages(warc, ("a.example",))] == ["https://www.a.example/x", "https://a.example/z"]


def test_a_rerun_reads_nothing_already_stored(tmp_path):
    warc, db = tmp_path / "site.warc.gz", tmp_path / "news.db"
    write_warc(warc, site_pages(12))
    first = ingest(str(warc), "--db", str(db), "--site", "generic")
    assert first.returncode == 0, first.stderr[-2000:]
    assert query(db, "SELECT count(*) FROM articles") == [(12,)]
    again = ingest(str(warc), "--db", str(db), "--site", "generic")
    assert again.returncode == 0, again.stderr[-2000:]
    assert "resuming at byte" in again.stderr
    assert query(db, "SELECT new, updated, unchanged, duplicates FROM crawl_runs ORDER BY id DESC LIMIT 1") == [(0, 0, 0, 0)]
    fresh = ingest(str(warc), "--db", str(db), "--site", "generic", "--from-start")
    assert fresh.returncode == 0, fresh.stderr[-2000:]
    assert query(db, "SELECT unchanged FROM crawl_runs ORDER BY id DESC LIMIT 1") == [(12,)]


def test_two_workers_store_every_page_once(tmp_path):
    warc, db = tmp_path / "site.warc.gz", tmp_path / "news.db"
    write_warc(warc, site_pages(30))
    done = ingest(str(warc), "--db", str(db), "--site", "generic", "--workers", "2", "--no-raw-pages")
    assert done.returncode == 0, done.stderr[-2000:]
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(30, 30)]
    assert query(db, "SELECT count(*) FROM raw_pages") == [(0,)], "--no-raw-pages reaches the workers"
    assert sorted(row[0] for row in query(db, "SELECT shard FROM ingest_progress")) == ["0/2", "1/2"]


def test_an_ingest_killed_mid_archive_resumes_after_its_last_committed_record(tmp_path):
    pages = site_pages(400)
    warc, db = tmp_path / "site.warc.gz", tmp_path / "news.db"
    write_warc(warc, pages)
    command = [sys.executable, "-m", "newsdesk", "ingest-warc", str(warc), "--db", str(db), "--site", "generic"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    committed = []
    deadline = time.monotonic() + 300
    while not committed and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        if db.exists():
            try:
                committed = query(db, "SELECT end_offset, records FROM ingest_progress")
            except sqlite3.OperationalError:  # the table is not there yet
                pass
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    if not committed or committed[0][1] >= len(pages):
        pytest.skip("the ingest finished before it could be killed mid-archive")

    (offset, records_before), = query(db, "SELECT end_offset, records FROM ingest_progress")
    stored_before = query(db, "SELECT count(*) FROM articles")[0][0]
    assert stored_before == records_before, "the recorded offset matches what was committed"
    assert offset < warc.stat().st_size

    rerun = ingest(str(warc), "--db", str(db), "--site", "generic")
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"resuming at byte {offset}" in rerun.stderr
    (new, unchanged), = query(db, "SELECT new + duplicates, unchanged FROM crawl_runs ORDER BY id DESC LIMIT 1")
    assert (new, unchanged) == (len(pages) - stored_before, 0), "only records after the offset are read"
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(len(pages), len(pages))]
    assert query(db, "SELECT records, end_offset FROM ingest_progress") == [(len(pages), warc.stat().st_size)]


def test_the_terminal_shows_a_summary_and_the_log_goes_to_its_file(tmp_path):
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, site_pages(3))
    db, logs = tmp_path / "news.db", tmp_path / "logs"
    done = ingest(str(warc), "--db", str(db), "--site", "generic", "--logs", str(logs))
    assert done.returncode == 0, done.stderr
    assert "[scrapy" not in done.stderr and "Overridden settings" not in done.stderr, "Scrapy's log stays in its file"
    [log_file] = logs.glob("*-ingest.log")
    assert f"log: {log_file}" in done.stderr and "ingested 3 articles" in done.stderr
    assert "Spider closed (finished)" in log_file.read_text()
    verbose = ingest(str(warc), "--db", str(tmp_path / "again.db"), "--site", "generic", "--logs", str(logs), "-v")
    assert verbose.returncode == 0 and "Spider closed (finished)" in verbose.stderr, "-v shows the log too"
