"""Distributed crawling against a real redis-server: workers share the frontier, one writer stores.

Each test starts its own processes (`newsdesk crawl pravda --redis URL`, `newsdesk ingest --redis
URL`) against a redis-server started here on a free loopback port without persistence, and a
local copy of the sample site that counts the requests it serves per path.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import orjson
import pytest

from crawler.distributed.frontier import payload_of
from crawler.items import Article, Block, FetchedPage, Image, Reject, Section
from newsdesk.localsite import SAMPLE_SITE, LocalSite
from tests.helpers import FAST
from tests.redis_support import WAIT, finish, newsdesk, registered_workers, wait_for, writer

pytestmark = pytest.mark.redis

ARTICLE_PAGES = 15  # the sample site's article pages (as tests/test_crawl.py counts them)
HEARTBEAT = ("-s", "NEWS_REDIS_HEARTBEAT_TTL=2")
NOT_INCREMENTAL = ("-s", "NEWS_INCREMENTAL=False")  # the worker starts without waiting for a writer


# -- helpers ---------------------------------------------------------------------------------------


@pytest.fixture
def client(redis_client):
    return redis_client


def worker(site: LocalSite, redis_url: str, tmp_path: Path, *extra: str) -> subprocess.Popen:
    return newsdesk(
        "crawl", "pravda", "--base-url", site.url, "--redis", redis_url,
        "--db", str(tmp_path / "unused.db"), "--logs", str(tmp_path / "logs"), *FAST, *extra,
    )


def article_hits(site: LocalSite) -> dict[str, int]:
    return {path: count for path, count in site.hits.items() if path.startswith("/news/")}


def stored(db_path: Path) -> tuple[list[str], int]:
    """(article URLs, number of rejects) in the database."""
    with sqlite3.connect(db_path) as db:
        urls = [row[0] for row in db.execute("select url from articles")]
        rejects = db.execute("select count(*) from rejects").fetchone()[0]
    return urls, rejects


# -- tests -----------------------------------------------------------------------------------------


def test_two_workers_and_a_writer_store_every_article_once_and_fetch_none_twice(redis_url, client, tmp_path):
    db = tmp_path / "news.db"
    with LocalSite(SAMPLE_SITE, delay=0.05) as site:
        drain = writer(redis_url, db, "--stop-when-idle", "1")  # first: workers wait for what it publishes
        # a short heartbeat: a worker stays alive while Scrapy starts (seconds), or the writer
        # would take the crawl for over and leave before the first item
        workers = [worker(site, redis_url, tmp_path, *HEARTBEAT) for _ in range(2)]
        wait_for(lambda: len(registered_workers(client)) == 2, "both workers to join", workers[0])
        outputs = [finish(process) for process in workers]
        finish(drain)
        hits = article_hits(site)
    urls, _ = stored(db)
    assert len(urls) == len(set(urls)) == ARTICLE_PAGES
    assert hits and all(count == 1 for count in hits.values()), {p: c for p, c in hits.items() if c > 1}
    assert all("finished" in output for output in outputs)
    logs = "".join(path.read_text() for path in (tmp_path / "logs").glob("*.log")) + "".join(outputs)
    assert "Deprecat" not in logs, "the Redis scheduler runs on this Scrapy without deprecation warnings"
    assert client.xlen("newsdesk:items") == 0
    assert client.keys("newsdesk:pravda:*") == [], "a finished run leaves no frontier behind"
    assert not (tmp_path / "unused.db").exists(), "workers open no database"


def test_a_killed_workers_claimed_requests_are_crawled_by_another(redis_url, client, tmp_path):
    db = tmp_path / "news.db"
    with LocalSite(SAMPLE_SITE, delay=0.3) as site:
        doomed = worker(site, redis_url, tmp_path, *HEARTBEAT, *NOT_INCREMENTAL)
        wait_for(lambda: registered_workers(client), "the first worker to join", doomed)
        (doomed_id,) = registered_workers(client)
        processing = f"newsdesk:pravda:processing:{doomed_id}"

        def downloading() -> set[str]:
            """Paths of the requests to the local server the doomed worker has claimed."""
            urls = [orjson.loads(payload_of(member))["url"] for member in client.hkeys(processing)]
            return {urlsplit(url).path for url in urls if url.startswith(site.url)}

        wait_for(lambda: client.xlen("newsdesk:items") >= 1 and downloading(), "the crawl to be under way", doomed)
        doomed.send_signal(signal.SIGKILL)
        doomed.communicate(timeout=WAIT)
        at_kill = dict(site.hits)
        in_flight = downloading()
        assert in_flight, "the killed worker held claimed requests"
        survivor = worker(site, redis_url, tmp_path, *HEARTBEAT, *NOT_INCREMENTAL)
        output = finish(survivor)
        finish(writer(redis_url, db, "--stop-when-idle", "0.5"))
        refetched = {path for path in in_flight if site.hits[path] > at_kill.get(path, 0)}
    assert refetched == in_flight, "every request the killed worker had claimed was fetched again"
    assert "re-queued from dead workers" in output and " 0 requests re-queued" not in output, output[-2000:]
    urls, _ = stored(db)
    assert len(urls) == len(set(urls)) == ARTICLE_PAGES
    assert registered_workers(client) == {}
    assert client.keys("newsdesk:pravda:*") == []


def test_a_worker_stopped_with_ctrl_c_hands_its_requests_back(redis_url, client, tmp_path):
    db = tmp_path / "news.db"
    with LocalSite(SAMPLE_SITE, delay=0.3) as site:
        stopped = worker(site, redis_url, tmp_path, *NOT_INCREMENTAL)
        wait_for(lambda: client.xlen("newsdesk:items") >= 1, "the crawl to be under way", stopped)
        stopped.send_signal(signal.SIGINT)
        _, stderr = stopped.communicate(timeout=WAIT)
        assert "shutdown" in stderr, stderr[-2000:]
        assert registered_workers(client) == {}
        assert client.keys("newsdesk:pravda:processing:*") == []
        assert client.zcard("newsdesk:pravda:queue") > 0, "the interrupted run's requests wait in the queue"
        finish(worker(site, redis_url, tmp_path, *NOT_INCREMENTAL))
        finish(writer(redis_url, db, "--stop-when-idle", "0.5"))
    urls, _ = stored(db)
    assert len(urls) == len(set(urls)) == ARTICLE_PAGES


def synthetic_items(count: int) -> list[Article | Reject]:
    """Distinct articles (with their fetched pages) and one reject per ten articles."""
    items: list[Article | Reject] = []
    for number in range(count):
        url = f"https://outlet.example/news/{number}-story/"
        text = f"Story number {number} reports event {number * 7919} in detail. " * 12
        page = FetchedPage(url=url, body=f"<html><p>{text}</p></html>".encode(), headers={"etag": f'"{number}"'})
        items.append(Article(
            url=url, canonical_url=url, site="generic", title=f"Story {number}", published="2026-11-20T10:00:00+00:00",
            body=[Section(heading=None, blocks=[Block(kind="paragraph", text=text)])], fetched_at="2026-11-26T12:00:00+00:00",
            page=page,
        ))
        if number % 10 == 0:
            items.append(Reject(url=f"https://outlet.example/gone/{number}/", reason="http 404", status=404))
    return items


def test_a_writer_killed_mid_drain_restarts_with_nothing_lost_or_doubled(redis_url, client, tmp_path):
    from crawler.distributed.items import encode_entry

    items = synthetic_items(600)
    pipe = client.pipeline()
    for item in items:
        pipe.xadd("newsdesk:items", encode_entry(item))
    pipe.execute()
    db = tmp_path / "news.db"
    doomed = writer(redis_url, db, "--batch-size", "20")

    def some_stored() -> bool:
        try:
            return len(stored(db)[0]) >= 40
        except sqlite3.Error:
            return False

    wait_for(some_stored, "the writer to commit a few batches", doomed)
    doomed.send_signal(signal.SIGKILL)
    doomed.communicate(timeout=WAIT)
    urls_at_kill, _ = stored(db)
    assert len(urls_at_kill) < 600, "the writer was killed mid-drain"
    finish(writer(redis_url, db, "--batch-size", "20", "--stop-when-idle", "0.5"))
    urls, rejects = stored(db)
    assert len(urls) == len(set(urls)) == 600
    assert rejects == 60
    assert client.xlen("newsdesk:items") == 0
    assert client.xpending("newsdesk:items", "newsdesk-writer")["pending"] == 0


def test_entries_committed_but_not_acknowledged_are_not_stored_again(redis_url, client, tmp_path):
    from crawler.distributed.items import encode_entry
    from newsdesk.distributed.writer import GROUP, RedisWriter, WriterConfig
    from storage.database import open_database

    for item in synthetic_items(3):
        client.xadd("newsdesk:items", encode_entry(item))
    client.xgroup_create("newsdesk:items", GROUP, id="0")
    db = open_database(tmp_path / "news.db")
    config = WriterConfig(stop_when_idle=0.1)
    first = RedisWriter(client, db, replace(config, consumer="first"))
    first._open()
    first.apply(client.xreadgroup(GROUP, "first", {"newsdesk:items": ">"})[0][1])  # committed, then "killed"
    assert first.counts["new"] == 3 and first.counts["rejects"] == 1
    second = RedisWriter(client, db, replace(config, consumer="second"))
    counts = second.run()
    assert counts["redelivered"] == 4 and counts["new"] == counts["rejects"] == 0
    assert db.execute("select count(*) from articles").fetchone()[0] == 3
    assert db.execute("select count(*) from rejects").fetchone()[0] == 1
    assert client.xlen("newsdesk:items") == 0


def test_entries_that_trickle_in_are_stored_in_batches(redis_url, client, tmp_path):
    """A read that finds fewer entries than a batch waits `linger_seconds` for more before it
    stores: one transaction per entry or two would cost the writer 2-3x the CPU."""
    import threading

    from crawler.distributed.items import encode_entry
    from newsdesk.distributed.writer import RedisWriter, WriterConfig
    from storage.database import open_database

    articles = [item for item in synthetic_items(10) if isinstance(item, Article)]
    batches = []

    class CountingBatches(RedisWriter):
        def store_batch(self, entries):
            batches.append(len(entries))
            super().store_batch(entries)

    def the_rest_once_the_first_is_read() -> None:
        while not any(group["last-delivered-id"] != b"0-0" for group in client.xinfo_groups("newsdesk:items")):
            time.sleep(0.01)
        for article in articles[1:]:
            client.xadd("newsdesk:items", encode_entry(article))

    client.xadd("newsdesk:items", encode_entry(articles[0]))
    pusher = threading.Thread(target=the_rest_once_the_first_is_read)
    pusher.start()
    writer = CountingBatches(client, open_database(tmp_path / "news.db"), WriterConfig(linger_seconds=2))
    counts = writer.run(should_stop=lambda: writer.counts["new"] >= len(articles))
    pusher.join()
    assert counts["new"] == len(articles)
    assert batches == [len(articles)], "the first entry waited for the others"


def test_stream_entries_round_trip_articles_and_rejects():
    from crawler.distributed.items import decode_entry, encode_entry, entry_compressed_body, entry_minhash
    from storage.rows import compress_body

    article, reject = synthetic_items(1)
    assert decode_entry(encode_entry(reject)) == reject
    restored = decode_entry(encode_entry(article))
    assert restored == article
    assert restored.page == article.page and restored.page.body == article.page.body
    compressed = compress_body(article.page.body)
    entry = encode_entry(article, minhash=b"", compressed_body=compressed)
    assert len(entry[b"body"]) < len(article.page.body) / 3, "pages travel compressed"
    assert decode_entry(entry).page == article.page
    assert (entry_minhash(entry), entry_compressed_body(entry)) == (b"", compressed)
    picture = Image(url="https://outlet.example/p.jpg", caption="A caption", credits=["Agency"], is_cover=True, width=800)
    article.images, article.topics, article.free_access, article.publisher = [picture], ["Politics"], False, "Outlet"
    article.body[0].blocks.insert(0, Block(kind="image", text="", image=picture))
    restored = decode_entry(encode_entry(article))
    assert restored == article and restored.body[0].blocks[0].image == picture


def test_what_a_worker_computes_for_the_writer_stores_the_same_rows(tmp_path):
    """The signature and compressed page a worker sends make the rows the writer would make itself."""
    from crawler.distributed.items import decode_entry, encode_entry
    from newsdesk.distributed.writer import _precomputed
    from storage.articles import write_item
    from storage.database import open_database, transaction
    from storage.dedupe import signature, signature_bytes
    from storage.rows import compress_body

    items = [item for item in synthetic_items(12) if isinstance(item, Article)]
    items[5].body = items[4].body  # a near-copy, found through the sent signature
    tables = {}
    for way in ("computed here", "sent by the worker"):
        db = open_database(tmp_path / f"{way}.db")
        with transaction(db):
            for item in items:
                extra = {}
                if way == "sent by the worker":
                    extra = {"minhash": signature_bytes(signature(item.text)), "compressed_body": compress_body(item.page.body)}
                fields = encode_entry(item, **extra)
                write_item(db, decode_entry(fields), None, "2026-12-01T00:00:00+00:00", precomputed=_precomputed(fields))
        tables[way] = [db.execute(f"select * from {table} order by 1, 2").fetchall()
                       for table in ("minhash_signatures", "minhash_bands", "raw_pages")]
        tables[way].append(db.execute("select id, duplicate_of from articles order by id").fetchall())
    assert tables["computed here"] == tables["sent by the worker"]
    assert (6, 5) in tables["computed here"][-1], "the near-copy was found"


def test_outlet_groups_each_with_its_prefix_writer_and_database_export_as_one_stream(redis_url, client, tmp_path, sample_site):
    """Past one writer: each group of workers (`crawl --prefix`, `crawl --all --config GROUP.toml
    --prefix`) feeds its own writer (`ingest --prefix`) and database; `export --db A --db B`
    reads them as one stream."""
    from click.testing import CliRunner

    from newsdesk.cli import cli
    from tests.redis_support import writer_thread

    databases = {group: tmp_path / f"{group}.db" for group in ("europe", "asia")}
    sites_file = tmp_path / "asia.toml"
    sites_file.write_text(f'[outlets.pravda]\nbase_url = "{sample_site.url}"\n')
    asia_writer = writer(redis_url, databases["asia"], "--prefix", "asia", "--stop-when-idle", "1")
    with writer_thread(redis_url, databases["europe"], prefix="europe"):
        workers = [
            worker(sample_site, redis_url, tmp_path, "--prefix", "europe"),
            newsdesk("crawl", "--all", "--config", str(sites_file), "--redis", redis_url, "--prefix", "asia",
                     "--db", str(tmp_path / "unused.db"), "--logs", str(tmp_path / "logs"), *FAST),
        ]
        for process in workers:
            finish(process)
    finish(asia_writer)
    for group, db in databases.items():
        urls, _ = stored(db)
        assert len(urls) == ARTICLE_PAGES, group
    assert client.keys("newsdesk:*") == [], "no group used the default prefix"
    exported = CliRunner().invoke(cli, ["export", *(arg for db in databases.values() for arg in ("--db", str(db)))])
    assert exported.exit_code == 0, exported.output
    assert len(exported.stdout.splitlines()) == 2 * ARTICLE_PAGES


def test_a_worker_stays_alive_while_scrapy_starts_and_gone_once_it_left(redis_url, client):
    """From joining until its crawl's scheduler beats, a worker's heartbeat is kept by a thread
    (Scrapy takes seconds to start; a writer seeing no live worker would take the crawl for
    over); the thread never brings back a worker that has left."""
    import time

    from crawler.distributed.frontier import Frontier, Keys, connect, live_workers
    from newsdesk.distributed.worker import _HeartbeatThread

    # a heartbeat of 1 s renewed every 0.33 s: a shorter one (0.3 s) expired on a loaded machine
    # when the thread was not scheduled for 0.3 s, failing a correct worker
    frontier = Frontier(connect(redis_url), Keys("newsdesk", "pravda"), "starting", heartbeat_ttl=1.0)
    frontier.join()
    alive = _HeartbeatThread(frontier)
    alive.start()
    try:
        time.sleep(2.5)  # two and a half times the heartbeat's life
        assert live_workers(client, "newsdesk") == 1
        frontier.leave(finished=True)
        time.sleep(0.5)
        assert live_workers(client, "newsdesk") == 0 and registered_workers(client) == {}
        assert not client.exists("newsdesk:worker:starting")
    finally:
        alive.stop()
