"""Distributed WARC ingest: archives cut into work units at record boundaries, read by workers
from Redis, stored by the one writer -- each record exactly once, whoever is killed when.

The cutting is checked on gzip and plain archives (every record in exactly one unit, a unit's
reader never reaching before its start, a payload that imitates a record not taken for one);
against a real redis-server, a worker and then the writer are SIGKILLed mid-ingest and the
database ends up with exactly what a single-process `ingest-warc` stores.
"""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from crawler.distributed.archives import WarcUnit
from crawler.distributed.frontier import payload_of
from crawler.warc import END_OFFSET_HINT, iter_warc_pages, record_start_at_or_after, split_archive
from newsdesk.cli import cli
from tests.helpers import run_newsdesk
from tests.redis_support import finish, newsdesk, wait_for, writer, writer_thread
from tests.warc_support import site_pages, write_warc

PAGES = 60
LISTINGS = ("https://news.example/", "https://news.example/world/")  # no articles: rejects
FAKE_RECORD = "\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: 4\r\n\r\nfake\r\n\r\n"


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, Path]:
    """The same pages as a .warc.gz and a plain .warc; one page's text imitates a record."""
    folder = tmp_path_factory.mktemp("warcs")
    pages = site_pages(PAGES)
    url, html = pages[7]
    pages[7] = (url, html.replace("</p>", f"</p><p>{FAKE_RECORD}</p>", 1))
    pages += [(url, f"<html><body><ul>{''.join(f'<li><a href={u}>x</a></li>' for u, _ in pages[:30])}</ul></body></html>")
              for url in LISTINGS]
    paths = {"gzip": folder / "pages.warc.gz", "plain": folder / "pages.warc"}
    write_warc(paths["gzip"], pages)
    write_warc(paths["plain"], pages, gzip=False)
    return paths


def positions(path: Path, start: int = 0, end: int | None = None) -> list[tuple[str, int]]:
    return [(page.url, int(page.hints[END_OFFSET_HINT])) for page in iter_warc_pages(path, start_offset=start, end_offset=end)]


@pytest.mark.parametrize("kind", ["gzip", "plain"])
@pytest.mark.parametrize("unit_bytes", [30_000, 200_000])
def test_units_cut_at_record_boundaries_hold_every_record_once(archives, kind, unit_bytes):
    path = archives[kind]
    units = split_archive(path, unit_bytes)
    assert len(units) > 3 and units[0][0] == 0 and units[-1][1] == path.stat().st_size
    assert all(end == next_start for (_, end), (next_start, _) in zip(units, units[1:]))
    read = [positions(path, start, end) for start, end in units]
    assert [record for unit in read for record in unit] == positions(path)
    for (start, end), records in zip(units, read):
        assert all(start < record_end for _, record_end in records), "a unit reads nothing before its start"


def test_a_payload_that_imitates_a_record_is_not_a_boundary(archives):
    path = archives["plain"]
    data = path.read_bytes()
    fake = data.index(FAKE_RECORD.encode()) + 1  # where the imitation's "WARC/1.0" line starts
    boundary = record_start_at_or_after(path, fake)
    assert boundary > fake
    assert data[boundary:].startswith(b"WARC/1.")
    assert record_start_at_or_after(path, boundary) == boundary


def test_a_unit_is_json_and_nothing_else(tmp_path):
    unit = WarcUnit(str(tmp_path / "a.warc.gz"), 0, 10, 10, "generic", ("example.org",))
    assert WarcUnit.from_json(unit.to_json()) == unit
    with pytest.raises(ValueError):
        WarcUnit.from_json(orjson.dumps({**orjson.loads(unit.to_json()), "start": "0"}))
    with pytest.raises(ValueError):
        WarcUnit.from_json(b"\x80\x05pickle")


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {
            "articles": connection.execute("select count(*) from articles").fetchone()[0],
            "rejects": connection.execute("select count(*) from rejects").fetchone()[0],
            "raw_pages": connection.execute("select count(*) from raw_pages").fetchone()[0],
        }


def records_stored(db: Path) -> int:
    """Records a distributed ingest stored, counted as they were committed (`ingest_progress.records`)."""
    with sqlite3.connect(db) as connection:
        return connection.execute("select sum(records) from ingest_progress where shard like '@%'").fetchone()[0]


def stream_readers(client) -> list[str]:
    """The work units (`@start-end`) of the records waiting in the stream."""
    entries = client.xrange("newsdesk:items")
    return [orjson.loads(fields[b"position"])[1] for _, fields in entries if b"position" in fields]


@pytest.mark.redis
def test_every_record_is_stored_once_after_a_worker_and_the_writer_are_killed(archives, redis_url, redis_client, tmp_path):
    path = archives["gzip"]
    reference = tmp_path / "single.db"
    single = run_newsdesk("ingest-warc", str(path), "--db", str(reference), "--logs", str(tmp_path / "logs"))
    assert single.returncode == 0, single.stderr[-2000:]
    expected = counts(reference)
    assert expected["articles"] == PAGES and expected["rejects"] == len(LISTINGS)

    queued = CliRunner().invoke(cli, ["ingest-warc", "--redis", redis_url, str(path), "--unit-mb", "0.3"])
    assert queued.exit_code == 0 and "queued" in queued.output, queued.output
    assert CliRunner().invoke(cli, ["ingest-warc", "--redis", redis_url, str(path), "--unit-mb", "0.3"]).output.startswith(
        "queued 0 work units"), "queued again: nothing new"

    doomed = newsdesk("ingest-warc", "--redis", redis_url, "--worker", "--heartbeat", "2")
    claims = "newsdesk:warc:processing:*"

    def mid_unit() -> bool:
        """The doomed worker holds a unit some of whose records are in the stream already."""
        held = {WarcUnit.from_json(payload_of(member)).reader
                for key in redis_client.keys(claims) for member in redis_client.hkeys(key)}
        return bool(held & set(stream_readers(redis_client)))

    wait_for(mid_unit, "the worker to be part-way through a unit", doomed)
    doomed.send_signal(signal.SIGKILL)
    doomed.communicate(timeout=60)
    output = finish(newsdesk("ingest-warc", "--redis", redis_url, "--worker", "--heartbeat", "2"))
    assert " finished: " in output, output[-2000:]
    records = len(stream_readers(redis_client))
    assert records > PAGES + len(LISTINGS), "the killed worker's unfinished unit was read again: some records came twice"

    db = tmp_path / "distributed.db"
    killed_writer = writer(redis_url, db, "--batch-size", "5")

    def some_stored() -> bool:
        try:
            return counts(db)["articles"] >= 10
        except sqlite3.Error:
            return False

    wait_for(some_stored, "the writer to commit some batches", killed_writer)
    killed_writer.send_signal(signal.SIGKILL)
    killed_writer.communicate(timeout=60)
    assert counts(db)["articles"] < PAGES, "the writer was killed mid-drain"
    with writer_thread(redis_url, db, batch_size=5):
        pass
    assert counts(db) == expected, "what one process stores"
    assert records_stored(db) == PAGES + len(LISTINGS), "each record stored once"
    assert redis_client.xlen("newsdesk:items") == 0 and redis_client.keys("newsdesk:warc:*") == []


@pytest.mark.redis
def test_a_group_ingests_its_archives_under_its_own_prefix(archives, redis_url, redis_client, tmp_path):
    """Past one writer: `ingest-warc --redis URL --prefix GROUP` queues and works for the writer
    of that group (`ingest --prefix GROUP`), leaving the default prefix's keys alone."""
    path = archives["plain"]
    queued = CliRunner().invoke(cli, ["ingest-warc", "--redis", redis_url, "--prefix", "asia", str(path), "--unit-mb", "0.3"])
    assert queued.exit_code == 0 and "queued" in queued.output, queued.output
    finish(newsdesk("ingest-warc", "--redis", redis_url, "--prefix", "asia", "--worker", "--heartbeat", "2"))
    db = tmp_path / "asia.db"
    finish(writer(redis_url, db, "--prefix", "asia", "--stop-when-idle", "1"))
    assert counts(db)["articles"] == PAGES and records_stored(db) == PAGES + len(LISTINGS)
    assert redis_client.keys("newsdesk:*") == [], "nothing under the default prefix"
