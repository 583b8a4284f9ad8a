"""Stream entries the distributed writer stored but may not have acknowledged yet (`redis_applied`).

The writer records an entry's id in the same transaction that stores the entry, and forgets it
once the entry is acknowledged in Redis: an entry redelivered after a crash between the commit
and the acknowledgement is recognised and acknowledged without being stored twice.
"""

from __future__ import annotations

from collections.abc import Iterable


def mark_applied(db, stream: str, entry: tuple[int, int]) -> bool:
    """Record that entry (ms, seq) of `stream` is being stored; False when it already was."""
    return db.execute(
        "INSERT OR IGNORE INTO redis_applied (stream, entry_ms, entry_seq) VALUES (?, ?, ?)", [stream, *entry]
    ).rowcount == 1


def forget_applied(db, stream: str, entries: Iterable[tuple[int, int]]) -> None:
    """The entries are acknowledged: they are never redelivered, their ids can go."""
    db.conn.executemany(
        "DELETE FROM redis_applied WHERE stream = ? AND entry_ms = ? AND entry_seq = ?",
        [(stream, *entry) for entry in entries],
    )
