"""`newsdesk crawl --all`: every outlet of the sites file, each in its own `newsdesk crawl NAME`
process, one after another. Light on purpose (no Scrapy): the parent of a cron job's run only
starts the children and reports the worst exit code.
"""

from __future__ import annotations

import subprocess
import sys

from newsdesk.config import Config
from newsdesk.errors import EXIT_DRIFT, EXIT_FAILED, EXIT_LOCKED, EXIT_OK


def crawl_every_outlet(config: Config, *, site: str, since: str | None, max_articles: int | None,
                       revisit_days: float | None, delay: float | None, overrides: tuple[str, ...] = (),
                       redis_url: str | None = None) -> int:
    """`newsdesk crawl --all`: `newsdesk crawl NAME` with the same paths and flags for every
    outlet of the sites file, one process each (`run_outlets_in_processes`)."""
    args = ["--db", str(config.db), "--logs", str(config.logs), "--site", site, "--config", str(config.source)]
    for flag, value in (("--since", since), ("--max-articles", max_articles), ("--revisit-days", revisit_days), ("--delay", delay)):
        if value is not None:
            args += [flag, str(value)]
    args += [arg for pair in overrides for arg in ("--set", pair)]
    args += ["--redis", redis_url] if redis_url else []
    return run_outlets_in_processes(list(config.outlets), args)


def run_outlets_in_processes(names: list[str], args: list[str]) -> int:
    """`newsdesk crawl NAME ARGS` for each name, one process each, one after another.

    The exit code is the worst: failed (1) over drift (3) over locked (75) over ok (0).
    """
    codes = []
    for name in names:
        command = [sys.executable, "-m", "newsdesk", "crawl", name, *args]
        codes.append(subprocess.run(command, check=False).returncode)
    if any(code not in (EXIT_OK, EXIT_LOCKED, EXIT_DRIFT) for code in codes):
        return EXIT_FAILED
    if EXIT_DRIFT in codes:
        return EXIT_DRIFT
    return EXIT_LOCKED if EXIT_LOCKED in codes else EXIT_OK
