"""Scheduler disk queues for resumable runs (JOBDIR): SQLite FIFOs that cost little per request.

Scrapy's `PickleFifoSQLiteQueue` (queuelib) commits every push and pop in SQLite's default
rollback-journal mode, so each request creates, syncs and deletes a journal file, and it answers
`len()`, which the scheduler asks after every pop, with `SELECT COUNT(*)`. `PickleFifoWalQueue`
gives the same guarantee -- every push and pop is committed before it returns, so a run killed
with SIGKILL loses no request it had queued -- but commits through a write-ahead log with
`synchronous=NORMAL` (a commit appends to the log and is synced at checkpoints: durable across
process crashes, a power cut may lose the last commits) and keeps its length in memory.

The table is queuelib's (`queue(id INTEGER PRIMARY KEY AUTOINCREMENT, item BLOB)`), so a
queue left by a run killed under the old queue class is resumed as is.
"""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path
from typing import Any

from scrapy.utils.request import request_from_dict

BUSY_TIMEOUT_S = 60.0


class FifoWalQueue:
    """A first-in first-out queue of byte strings in one SQLite file; each push and pop is
    its own committed transaction. The file is removed when the queue is closed empty."""

    def __init__(self, path: str | Path):
        self.path = Path(path).resolve()
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
        """Close the file; delete it when nothing is left in it."""
        self._db.close()
        if not self._size:
            self.path.unlink(missing_ok=True)

    def __len__(self) -> int:
        return self._size


class PickleFifoWalQueue(FifoWalQueue):
    """`SCHEDULER_DISK_QUEUE` / `SCHEDULER_START_DISK_QUEUE`: Scrapy requests, pickled, in a
    `FifoWalQueue` at the path the scheduler's priority queue gives (`key`)."""

    def __init__(self, crawler: Any, key: str):
        self.spider = crawler.spider
        super().__init__(key)

    @classmethod
    def from_crawler(cls, crawler: Any, key: str, *args: Any, **kwargs: Any) -> PickleFifoWalQueue:
        return cls(crawler, key)

    def push(self, request: Any) -> None:
        """Queue a request; a ValueError for one that cannot be pickled (the scheduler then
        keeps it in memory, as with Scrapy's own disk queues)."""
        try:
            data = pickle.dumps(request.to_dict(spider=self.spider), protocol=4)
        except (pickle.PicklingError, AttributeError, TypeError) as error:
            raise ValueError(str(error)) from error
        super().push(data)

    def pop(self) -> Any:
        data = super().pop()
        return request_from_dict(pickle.loads(data), spider=self.spider) if data else None

    def peek(self) -> Any:
        data = super().peek()
        return request_from_dict(pickle.loads(data), spider=self.spider) if data else None
