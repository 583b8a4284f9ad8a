"""Scheduler disk queues for resumable runs (JOBDIR): SQLite FIFOs that cost little per request.

Scrapy's `PickleFifoSQLiteQueue` (queuelib) commits every push and pop in SQLite's default
rollback-journal mode, so each request creates, syncs and deletes a journal file, and it answers
`len()`, which the scheduler asks after every pop, with `SELECT COUNT(*)`. `PickleFifoWalQueue`
gives the same guarantee -- every push and pop is committed before it returns, so a run killed
with SIGKILL loses no request it had queued -- but commits through a write-ahead log with
`synchronous=NORMAL` (a commit appends to the log and is synced at checkpoints: durable across
process crashes, a power cut may lose the last commits) and keeps its length in memory.

Scrapy closes a priority's queue whenever it runs empty and opens a new one at the next push:
with WAL, every close checkpoints and syncs the file. So a crawl's queues hand their connection
to a `ConnectionPool` when they close empty, the next queue at that path takes it back, and the
pool closes them and removes their files when the spider closes (after a kill, such an empty
file is opened and removed by the resumed run).

The table is queuelib's (`queue(id INTEGER PRIMARY KEY AUTOINCREMENT, item BLOB)`), so a
queue left by a run killed under the old queue class is resumed as is.
"""

from __future__ import annotations

import json
import pickle
import re
import sqlite3
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from scrapy import Request, signals
from scrapy.pqueues import (
    _path_safe,  # the slot folder naming recover_queue_state reads must match
)
from scrapy.utils.request import request_from_dict

BUSY_TIMEOUT_S = 60.0


class ConnectionPool:
    """Open connections of queue files that ran empty, by path, for the next queue there."""

    def __init__(self):
        self._idle: dict[Path, sqlite3.Connection] = {}

    def take(self, path: Path) -> sqlite3.Connection | None:
        """The idle connection to `path` (its queue is empty), or None."""
        return self._idle.pop(path, None)

    def keep(self, path: Path, connection: sqlite3.Connection) -> None:
        """Hold the connection of an empty queue at `path`."""
        self._idle[path] = connection

    def close(self) -> None:
        """Close every idle connection and remove its (empty) file."""
        for path, connection in self._idle.items():
            connection.close()
            path.unlink(missing_ok=True)
        self._idle.clear()


_POOLS: WeakKeyDictionary[Any, ConnectionPool] = WeakKeyDictionary()


def crawler_pool(crawler: Any) -> ConnectionPool:
    """The crawler's pool of idle queue connections, closed when its spider closes."""
    pool = _POOLS.get(crawler)
    if pool is None:
        pool = _POOLS[crawler] = ConnectionPool()
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
    return pool


class FifoWalQueue:
    """A first-in first-out queue of byte strings in one SQLite file; each push and pop is
    its own committed transaction. Closed empty, the file is removed -- or, with a `pool`,
    its connection is left there for the next queue at the same path."""

    def __init__(self, path: str | Path, pool: ConnectionPool | None = None):
        self.path = Path(path).resolve()
        self._pool = pool
        self._db = pool.take(self.path) if pool is not None else None
        if self._db is not None:
            self._size = 0
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS queue (id INTEGER PRIMARY KEY AUTOINCREMENT, item BLOB)")
        self._size = self._db.execute("SELECT COUNT(*) FROM queue").fetchone()[0]

    def push(self, item: bytes) -> None:
        """Append `item` (committed when this returns)."""
        if not isinstance(item, bytes):
            raise TypeError(f"Unsupported type: {type(item).__name__}")
        self._db.execute("INSERT INTO queue (item) VALUES (?)", (item,))
        self._size += 1

    def pop(self) -> bytes | None:
        """Remove and return the oldest item (committed when this returns), or None when empty."""
        # fetchall: the statement runs to its end, so its transaction commits before we return
        rows = self._db.execute("DELETE FROM queue WHERE id = (SELECT min(id) FROM queue) RETURNING item").fetchall()
        if not rows:
            return None
        self._size -= 1
        return rows[0][0]

    def peek(self) -> bytes | None:
        """The oldest item, left in the queue, or None when empty."""
        row = self._db.execute("SELECT item FROM queue ORDER BY id LIMIT 1").fetchone()
        return row[0] if row else None

    def close(self) -> None:
        """Close the file; delete it (or pool its connection) when nothing is left in it."""
        if not self._size and self._pool is not None:
            self._pool.keep(self.path, self._db)
            return
        self._db.close()
        if not self._size:
            self.path.unlink(missing_ok=True)

    def __len__(self) -> int:
        return self._size


def _request_dict(request: Any, spider: Any) -> dict[str, Any]:
    """`request.to_dict(spider=spider)`, without its `inspect.getmembers(spider)` per request when
    the callback and errback are the spider's own methods, found by name (the same dict)."""
    callback, errback = request.callback, request.errback
    callback_name = _method_name(spider, callback)
    errback_name = _method_name(spider, errback)
    if callback_name is _UNKNOWN or errback_name is _UNKNOWN:
        return request.to_dict(spider=spider)
    data = {"url": request.url, "callback": callback_name, "errback": errback_name, "headers": dict(request.headers)}
    for attr in request.attributes:
        data.setdefault(attr, getattr(request, attr))
    if type(request) is not Request:
        data["_class"] = request.__module__ + "." + type(request).__name__
    return data


def _method_name(spider: Any, func: Any) -> Any:
    """What `to_dict` stores for a callback: itself when not callable (None or a name), the
    name of the spider method it is bound to, or `_UNKNOWN` otherwise (left to `to_dict`)."""
    if not callable(func):
        return func
    name = getattr(func, "__name__", None)
    if name is None or getattr(func, "__self__", None) is not spider or not hasattr(func, "__func__"):
        return _UNKNOWN
    bound = getattr(spider, name, None)
    return name if getattr(bound, "__func__", None) is func.__func__ else _UNKNOWN


_UNKNOWN = object()


class PickleFifoWalQueue(FifoWalQueue):
    """`SCHEDULER_DISK_QUEUE` / `SCHEDULER_START_DISK_QUEUE`: Scrapy requests, pickled, in a
    `FifoWalQueue` at the path the scheduler's priority queue gives (`key`)."""

    def __init__(self, crawler: Any, key: str):
        self.spider = crawler.spider
        super().__init__(key, crawler_pool(crawler))

    @classmethod
    def from_crawler(cls, crawler: Any, key: str, *args: Any, **kwargs: Any) -> PickleFifoWalQueue:
        return cls(crawler, key)

    def push(self, request: Any) -> None:
        """Queue a request; a ValueError for one that cannot be pickled (the scheduler then
        keeps it in memory, as with Scrapy's own disk queues)."""
        try:
            data = pickle.dumps(_request_dict(request, self.spider), protocol=4)
        except (pickle.PicklingError, AttributeError, TypeError) as error:
            raise ValueError(str(error)) from error
        super().push(data)

    def pop(self) -> Any:
        data = super().pop()
        return request_from_dict(pickle.loads(data), spider=self.spider) if data else None

    def peek(self) -> Any:
        data = super().peek()
        return request_from_dict(pickle.loads(data), spider=self.spider) if data else None


_PRIORITY_FILE = re.compile(r"^-?\d+s?$")


def recover_queue_state(job: Path) -> dict[str, list[int]] | None:
    """Rebuild `requests.queue/active.json` when a killed run could not write it.

    Scrapy writes that index of its disk queues (download slot -> priorities) only on a clean
    close; without it a resumed run would ignore the requests still waiting in the SQLite
    queues. The queues themselves survive a kill (every push and pop is committed), so the
    index is rebuilt from their layout: `<slot>-<md5>/<priority>[s]`. Returns the state written.
    """
    queue_dir = job / "requests.queue"
    if not queue_dir.is_dir() or (queue_dir / "active.json").exists():
        return None
    state: dict[str, list[int]] = {}
    for slot_dir in queue_dir.iterdir():
        slot = slot_dir.name.rsplit("-", 1)[0]
        if not slot_dir.is_dir() or _path_safe(slot) != slot_dir.name:
            continue
        priorities = {int(f.name.rstrip("s")) for f in slot_dir.iterdir() if _PRIORITY_FILE.match(f.name)}
        if priorities:
            state[slot] = sorted(priorities)
    (queue_dir / "active.json").write_text(json.dumps(state), encoding="utf-8")
    return state
