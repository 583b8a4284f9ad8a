"""Layout drift: per-site field fill rates of each run, and the sharp drops against the
site's earlier runs that mean an outlet changed its layout.

`crawler.fill.FieldFillExtension` counts, for every article a run stores, whether each of
`FIELDS` was filled, into the run's Scrapy stats, which the store keeps in `crawl_runs.stats`.
`find_drops` compares a run's rates with the
median of the same site's rates in its last `BASELINE_RUNS` earlier finished runs.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

from crawler.fill import FIELDS, PREFIX
from storage.database import open_database
from storage.runs import finished_run_stats, run_stats

MIN_ARTICLES = 5
"""A site's rates count (in a run or as a baseline) only from runs that stored this many of its articles."""
BASELINE_RUNS = 5
"""How many of the site's earlier runs make its baseline (their median rate)."""
MIN_DROP = 0.3
"""A drop is sharp when the rate falls at least this far below the baseline (0.3 = 30 points) ..."""
MAX_SHARE = 0.6
"""... and to at most this share of it (so 0.9 -> 0.55 counts, 0.35 -> 0.05 counts, 0.4 -> 0.3 does not)."""


def fill_rates(stats: dict[str, Any]) -> dict[str, dict[str, float]]:
    """`{site: {field: rate}}` of one run's stats, for sites with at least `MIN_ARTICLES` articles."""
    rates: dict[str, dict[str, float]] = {}
    for key, count in stats.items():
        if key.startswith(PREFIX) and key.endswith("/articles") and isinstance(count, int) and count >= MIN_ARTICLES:
            site = key[len(PREFIX):-len("/articles")]
            rates[site] = {name: stats.get(f"{PREFIX}{site}/{name}", 0) / count for name in FIELDS}
    return rates


@dataclass(frozen=True)
class Drop:
    """One field of one site that filled much less often than in the site's earlier runs."""

    site: str
    field: str
    rate: float
    baseline: float

    def __str__(self) -> str:
        return f"{self.site}: {self.field} filled in {self.rate:.0%} of articles (usually {self.baseline:.0%})"


def find_drops(current: dict[str, Any], earlier: list[dict[str, Any]]) -> list[Drop]:
    """Sharp drops of `current` (a run's stats) against `earlier` runs' stats (newest first)."""
    drops = []
    history = [fill_rates(stats) for stats in earlier]
    for site, rates in sorted(fill_rates(current).items()):
        past = [run[site] for run in history if site in run][:BASELINE_RUNS]
        if not past:
            continue
        for name in FIELDS:
            baseline = median(run[name] for run in past)
            if baseline - rates[name] >= MIN_DROP and rates[name] <= MAX_SHARE * baseline:
                drops.append(Drop(site, name, rates[name], baseline))
    return drops


def drops_for_new_run(db: Path, spider: str, stats: dict[str, Any]) -> list[Drop]:
    """Drops of a run that just finished (its stats in hand) against the spider's earlier runs
    in `db` (its own record, the newest, is left out)."""
    if not Path(db).exists():
        return []
    connection = open_database(db, "read")
    try:
        earlier = finished_run_stats(connection, spider)
    finally:
        connection.close()
    run_key = stats.get("news/run_key")
    if earlier and (run_key is None or earlier[0].get("news/run_key") == run_key):
        earlier = earlier[1:]  # the run's own record, stored as it closed
    return find_drops(stats, earlier)


def drops_by_run(connection: sqlite3.Connection, run_ids: list[int]) -> dict[int, list[Drop]]:
    """`{run id: drops}` for the given runs of `crawl_runs` (for `newsdesk runs`)."""
    found: dict[int, list[Drop]] = {}
    for run_id in run_ids:
        run = run_stats(connection, run_id)
        if run is None:
            continue
        spider, stats = run
        drops = find_drops(stats, finished_run_stats(connection, spider, before_id=run_id))
        if drops:
            found[run_id] = drops
    return found
