"""Run records (`crawl_runs`): opening and closing a run, and reading runs' stats back."""

from __future__ import annotations

import json
import os
import sqlite3
from typing import Any

import orjson

from storage.database import transaction, utc_now

RUN_STATUS_BY_REASON = {"finished": "ok", "shutdown": "interrupted"}
"""Scrapy close reason -> crawl_runs.status; any other reason is "failed"."""
EARLIER_RUNS = 200
"""How many of a spider's earlier runs `finished_run_stats` reads at most."""


def start_run(db, spider: str) -> int:
    """A new `running` row for this process; its id."""
    with transaction(db):
        return db.execute(
            "INSERT INTO crawl_runs (spider, started_at, status, pid) VALUES (?, ?, 'running', ?)",
            [spider, utc_now(), os.getpid()],
        ).lastrowid


def finish_run(db, run_id: int, status: str, counts: dict[str, int], stats: dict[str, Any], *,
               close_reason: str | None = None) -> None:
    """Close the run with its `status` (ok, interrupted, failed), the store's `counts` and the
    run's `stats` (requests and response codes are read from Scrapy's, when it has them)."""
    responses = {
        key.rsplit("/", 1)[1]: value
        for key, value in stats.items()
        if key.startswith("downloader/response_status_count/")
    }
    with transaction(db):
        db.execute(
            """UPDATE crawl_runs SET finished_at = ?, status = ?, close_reason = ?, requests = ?,
               responses = ?, new = ?, updated = ?, unchanged = ?, duplicates = ?, rejects = ?,
               errors = ?, stats = ? WHERE id = ?""",
            [
                utc_now(), status, close_reason,
                stats.get("downloader/request_count"), orjson.dumps(responses).decode(),
                counts["new"], counts["updated"], counts["unchanged"], counts["duplicate"],
                counts["rejects"], counts["errors"],
                orjson.dumps(stats, default=str, option=orjson.OPT_NON_STR_KEYS).decode(),
                run_id,
            ],
        )


def reject_reasons(connection: sqlite3.Connection, run_id: int, limit: int = 10) -> list[tuple[str, int]]:
    """(reason, pages) of the run's rejects, most frequent first."""
    return connection.execute(
        "SELECT reason, count(*) AS pages FROM rejects WHERE run_id = ? GROUP BY reason ORDER BY pages DESC, reason LIMIT ?",
        [run_id, limit],
    ).fetchall()


def finished_run_stats(connection: sqlite3.Connection, spider: str, before_id: int | None = None) -> list[dict[str, Any]]:
    """Stats of the spider's finished runs before run `before_id` (all when None), newest first."""
    rows = connection.execute(
        "SELECT stats FROM crawl_runs WHERE spider = ? AND status = 'ok' AND stats IS NOT NULL "
        f"AND (? IS NULL OR id < ?) ORDER BY id DESC LIMIT {EARLIER_RUNS}",
        [spider, before_id, before_id],
    )
    return [json.loads(stats) for (stats,) in rows]


def run_stats(connection: sqlite3.Connection, run_id: int) -> tuple[str, dict[str, Any]] | None:
    """(spider, stats) of one run, or None when it has no stats."""
    row = connection.execute("SELECT spider, stats FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
    if row is None or not row[1]:
        return None
    return row[0], json.loads(row[1])
