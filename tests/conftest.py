"""Shared fixtures: the sample site on a real local HTTP server, and the benchmark data."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.localsite import SAMPLE_SITE, LocalSite
from tests.helpers import BENCH, FAST, run_newsdesk


@pytest.fixture(scope="session")
def sample_site():
    """The bundled sample outlet, served on 127.0.0.1 for the whole test session."""
    with LocalSite(SAMPLE_SITE) as site:
        yield site


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """../shared/bench, or a visible skip where it is absent."""
    if not BENCH.is_dir():
        pytest.skip(f"benchmark data not found at {BENCH}: ../shared/bench is absent")
    return BENCH


@pytest.fixture(scope="session")
def sample_db(sample_site, tmp_path_factory) -> Path:
    """The sample site crawled once with the `pravda` spider, for tests that only read it
    (copy it first to change it)."""
    db = tmp_path_factory.mktemp("sample-crawl") / "news.db"
    result = run_newsdesk("crawl", "pravda", "--base-url", sample_site.url, "--db", str(db), *FAST)
    assert result.returncode == 0, result.stderr[-3000:]
    return db


@pytest.fixture(scope="session")
def redis_server():
    """A throwaway redis-server on 127.0.0.1 (no RDB, no AOF) for the session: (URL, client),
    or a visible skip without one."""
    import redis

    from tests.redis_support import free_port, start_redis

    port = free_port()
    process = start_redis(port)
    yield f"redis://127.0.0.1:{port}/0", redis.Redis(port=port)
    process.terminate()
    process.wait(10)


@pytest.fixture
def redis_url(redis_server):
    """The session's Redis, emptied for this test (processes the test left running are killed after it)."""
    from tests.redis_support import kill_leftovers

    url, client = redis_server
    client.flushall()
    yield url
    kill_leftovers()


@pytest.fixture
def redis_client(redis_server, redis_url):
    """A client of the session's Redis (emptied for this test)."""
    return redis_server[1]
