"""One run at a time per database and outlet: an exclusive `flock` on a file beside the database.

The kernel drops a `flock` when its process ends, however it ends, so a lock left by a killed
run is simply taken by the next one: there is no stale lock to clean up. The file keeps the
holder's pid and start time, for the message the second run prints.
"""

from __future__ import annotations

import fcntl
import os
from datetime import datetime, timezone
from pathlib import Path


class AlreadyRunning(RuntimeError):
    """Another live process holds the lock."""


def lock_path(db: Path, name: str) -> Path:
    """The lock file of runs of `name` into database `db`: `<db>.<name>.lock`."""
    return db.with_name(f"{db.name}.{name}.lock")


class RunLock:
    """An exclusive, non-blocking lock; use as a context manager.

    >>> with RunLock(Path("output/newsdesk.db.pravda.lock")):
    ...     crawl()
    """

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise `AlreadyRunning` saying who holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
            os.close(fd)
            raise AlreadyRunning(f"another run holds {self.path} ({holder})") from None
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {started}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        """Let the next run in (the file stays; an unlocked file means nothing)."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
