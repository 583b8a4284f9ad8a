"""The closing lines of a run about its rejects: why pages did not become articles, by count.

A run whose every request was refused (an internal address, off-site links, robots.txt) must
not end in a bare "0 responses ... 3 rejects": the reasons are printed, most frequent first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storage.database import open_database
from storage.runs import reject_reasons

SHOWN = 5
"""Reasons listed at most; the rest are summed in one line."""


def reject_lines(db_path: Path, stats: dict[str, Any]) -> list[str]:
    """`rejected N: reason` lines for the run whose stats these are (empty when it rejected nothing)."""
    run_id = stats.get("news/run/id")
    if run_id is None or not stats.get("news/store/rejects") or not Path(db_path).exists():
        return []
    db = open_database(db_path, "read")
    try:
        reasons = reject_reasons(db, run_id, limit=SHOWN + 1)
    finally:
        db.close()
    lines = [f"rejected {pages}: {reason}" for reason, pages in reasons[:SHOWN]]
    shown = sum(pages for _, pages in reasons[:SHOWN])
    if len(reasons) > SHOWN:
        lines.append(f"rejected {stats['news/store/rejects'] - shown} more for other reasons (newsdesk runs, or the rejects table)")
    return lines
