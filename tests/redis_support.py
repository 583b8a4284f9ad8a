"""A throwaway redis-server for the distributed tests, and helpers to run newsdesk processes.

`redis_server` (a session fixture in conftest.py) starts one redis-server on a free loopback
port with no persistence, or skips with a visible reason where none is installed; `redis_url`
and `redis_client` flush it before each test.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import REPO

WAIT = 120  # seconds any one process may take before a test gives up


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_redis(port: int, *options: str) -> subprocess.Popen:
    """redis-server on 127.0.0.1:`port` (no RDB, no AOF unless `options` say so), answering PING."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server not installed (apt-get install redis-server): distributed tests skipped")
    import redis

    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", *options],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return process
        except redis.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("redis-server did not start")
            time.sleep(0.05)


STARTED: list[subprocess.Popen] = []
"""Every process `newsdesk` started; the `redis_url` fixture kills those still running after a test."""


def newsdesk(*args: str) -> subprocess.Popen:
    """`newsdesk ARGS` started in a fresh process (stdout and stderr piped, as text)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdesk", *args], cwd=REPO, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    STARTED.append(process)
    return process


def kill_leftovers() -> None:
    """Kill the processes a failed test left running (a worker waits for its run to drain)."""
    while STARTED:
        process = STARTED.pop()
        if process.poll() is None:
            process.kill()
            process.communicate()


def writer(redis_url: str, db: Path, *extra: str) -> subprocess.Popen:
    """The single writer, `newsdesk ingest --redis URL --db DB`."""
    return newsdesk("ingest", "--redis", redis_url, "--db", str(db), *extra)


@contextmanager
def writer_thread(redis_url: str, db: Path, **config) -> Iterator[dict]:
    """The single writer (`RedisWriter`, what `newsdesk ingest --redis` runs) in a thread of this
    process until the crawl is over (`stop_when_idle`, default 0.5 s); yields the dict its counts
    land in when the block ends."""
    from crawler.distributed.frontier import connect
    from newsdesk.distributed.writer import RedisWriter, WriterConfig
    from storage.database import open_database

    counts: dict = {}
    failures: list[BaseException] = []

    def run() -> None:
        database = open_database(db)  # sqlite3 connections stay in the thread that opened them
        try:
            counts.update(RedisWriter(connect(redis_url), database, WriterConfig(**{"stop_when_idle": 0.5, **config})).run())
        except BaseException as error:
            failures.append(error)
        finally:
            database.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield counts
    thread.join(WAIT)
    assert not thread.is_alive(), "the writer did not see the crawl end"
    assert not failures, failures


def finish(process: subprocess.Popen) -> str:
    """Wait for a process; its stderr. Fails the test on a non-zero exit."""
    _, stderr = process.communicate(timeout=WAIT)
    assert process.returncode == 0, stderr[-3000:]
    return stderr


def wait_for(condition, what: str, process: subprocess.Popen, timeout: float = WAIT) -> None:
    """Poll `condition` while `process` runs."""
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"exited ({process.returncode}) before {what}: {process.stderr.read()[-3000:]}")
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def registered_workers(client) -> dict[str, str]:
    """worker id -> what it works on (an outlet, or `warc`), for every registered worker."""
    return {key.decode(): value.decode() for key, value in client.hgetall("newsdesk:workers").items()}
