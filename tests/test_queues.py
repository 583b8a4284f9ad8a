"""crawler.queues: the scheduler's SQLite disk queue keeps order, survives a kill, cleans up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from queuelib.queue import FifoSQLiteQueue
from scrapy import Request, Spider
from scrapy.utils.test import get_crawler

from crawler.queues import ConnectionPool, FifoWalQueue, PickleFifoWalQueue
from tests.helpers import REPO


def test_first_in_first_out_with_length_and_peek(tmp_path):
    queue = FifoWalQueue(tmp_path / "q" / "0")
    for item in (b"a", b"b", b"c"):
        queue.push(item)
    assert len(queue) == 3 and queue.peek() == b"a"
    assert [queue.pop(), queue.pop()] == [b"a", b"b"]
    queue.push(b"d")
    assert [queue.pop(), queue.pop(), queue.pop()] == [b"c", b"d", None]
    assert len(queue) == 0 and queue.peek() is None


def test_only_bytes_are_queued(tmp_path):
    with pytest.raises(TypeError):
        FifoWalQueue(tmp_path / "0").push("text")


def test_closed_empty_the_file_goes_closed_full_it_stays(tmp_path):
    empty, full = FifoWalQueue(tmp_path / "empty"), FifoWalQueue(tmp_path / "full")
    full.push(b"x")
    empty.close()
    full.close()
    assert not (tmp_path / "empty").exists()
    assert len(FifoWalQueue(tmp_path / "full")) == 1


def test_a_pooled_queue_closed_empty_lends_its_connection_to_the_next_one(tmp_path):
    pool = ConnectionPool()
    first = FifoWalQueue(tmp_path / "0", pool)
    first.push(b"a")
    first.pop()
    first.close()
    assert (tmp_path / "0").exists()
    second = FifoWalQueue(tmp_path / "0", pool)
    assert second._db is first._db and len(second) == 0
    second.push(b"b")
    second.close()  # not empty: closed for real, kept on disk
    assert FifoWalQueue(tmp_path / "0", pool).pop() == b"b"
    third = FifoWalQueue(tmp_path / "1", pool)
    third.close()
    pool.close()
    assert not (tmp_path / "1").exists()


def test_every_push_and_pop_is_committed_before_a_kill(tmp_path):
    path = tmp_path / "0"
    script = (
        "import os, signal, sys\nfrom crawler.queues import FifoWalQueue\n"
        f"q = FifoWalQueue({str(path)!r})\n"
        "for i in range(5): q.push(str(i).encode())\nq.pop()\nos.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO)
    assert done.returncode == -signal.SIGKILL
    survivor = FifoWalQueue(path)
    assert len(survivor) == 4
    assert [survivor.pop() for _ in range(4)] == [b"1", b"2", b"3", b"4"]


def test_a_queue_left_by_queuelib_is_resumed(tmp_path):
    old = FifoSQLiteQueue(tmp_path / "0")
    old.push(b"left over")
    old.close()
    assert FifoWalQueue(tmp_path / "0").pop() == b"left over"


def test_requests_round_trip_and_unpicklable_ones_are_a_value_error(tmp_path):
    crawler = get_crawler(Spider)
    crawler.spider = Spider("news")
    queue = PickleFifoWalQueue.from_crawler(crawler, str(tmp_path / "slot" / "0"))
    queue.push(Request("https://example.com/a", meta={"news_kind": "article"}, priority=3))
    back = queue.pop()
    assert (back.url, back.meta["news_kind"], back.priority) == ("https://example.com/a", "article", 3)
    with pytest.raises(ValueError):
        queue.push(Request("https://example.com/b", meta={"handle": lambda: None}))
    assert os.path.exists(tmp_path / "slot" / "0")
