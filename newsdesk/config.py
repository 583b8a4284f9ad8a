"""Run configuration: the sites file (`newsdesk.toml`), `NEWSDESK_*` variables and flags.

Precedence, lowest to highest: built-in defaults, the sites file, `NEWSDESK_*` environment
variables, command-line flags. The sites file is `--config PATH`, else `$NEWSDESK_CONFIG`,
else `newsdesk.toml` in the working directory when there is one. Paths are made absolute
once, when the configuration is loaded: paths written in the sites file are relative to the
file's folder, paths from the environment or flags to the working directory. A cron job
started elsewhere therefore writes to the same database as an interactive run.

The sites file::

    db = "output/newsdesk.db"          # SQLite file
    logs = "output/logs"               # one log file per run (default: logs/ beside the db)
    contact = "mailto:news@example.org"   # put in the User-Agent so outlets can reach you
    delay = 1.0                        # seconds between requests to one outlet
    revisit_days = 3                   # re-check stored articles published this recently
    retry_after_cap = 600              # longest Retry-After (seconds) honoured

    [outlets.pravda]                   # `newsdesk crawl pravda` uses the spider of that name
    delay = 2.0

    [outlets.example]                  # any other outlet: the generic `news` spider
    start = "https://news.example.org/"
    feeds = ["https://news.example.org/rss.xml"]
    revisit_days = 7
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

CONFIG_FILE = "newsdesk.toml"
ENV_PREFIX = "NEWSDESK_"


class ConfigError(ValueError):
    """The sites file or a `NEWSDESK_*` variable is malformed."""


@dataclass(frozen=True)
class Outlet:
    """One outlet of the sites file."""

    name: str
    """The name to crawl it by; also the run's name for locks, job state and logs."""
    spider: str = "news"
    """Spider to crawl it with: the outlet's own (`pravda`) or the generic `news`."""
    start: str | None = None
    """Home page the `news` spider starts from."""
    feeds: tuple[str, ...] = ()
    """RSS/Atom feeds to read besides those the home page advertises."""
    delay: float | None = None
    """Seconds between requests to this outlet; None = the global `delay`."""
    revisit_days: float | None = None
    """Revisit window for this outlet; None = the global `revisit_days`."""
    base_url: str | None = None
    """Fetch the outlet's pages from this server instead (a mirror)."""


@dataclass(frozen=True)
class Config:
    """Everything a scheduled run needs to know, paths already absolute."""

    db: Path
    """The SQLite database."""
    logs: Path
    """Folder of per-run log files."""
    contact: str = "https://github.com/newsdesk/newsdesk"
    """How an outlet reaches the operator; goes into the User-Agent."""
    delay: float = 0.5
    """Seconds between requests to one outlet (randomized 0.5x-1.5x, adapted by AutoThrottle)."""
    revisit_days: float = 3.0
    """Stored articles published within this many days are re-checked with a conditional GET."""
    retry_after_cap: float = 600.0
    """Longest `Retry-After` (seconds) a run waits for."""
    source: Path | None = None
    """The sites file read, if any."""
    outlets: Mapping[str, Outlet] = field(default_factory=dict)
    """The outlets of the sites file, by name."""

    def outlet(self, name: str) -> Outlet:
        """The sites file's entry for `name`, or a bare entry crawling spider `name`."""
        return self.outlets.get(name) or Outlet(name=name, spider=name)


_NUMBERS = {"delay", "revisit_days", "retry_after_cap"}
_PATHS = {"db", "logs"}
_SETTINGS = _NUMBERS | _PATHS | {"contact"}


def find_config_file(path: str | Path | None, env: Mapping[str, str], cwd: Path) -> Path | None:
    """The sites file to read: `path`, else `$NEWSDESK_CONFIG`, else ./newsdesk.toml if present."""
    chosen = path or env.get(f"{ENV_PREFIX}CONFIG")
    if chosen:
        resolved = (cwd / Path(chosen).expanduser()).resolve()
        if not resolved.is_file():
            raise ConfigError(f"no sites file at {resolved}")
        return resolved
    default = cwd / CONFIG_FILE
    return default.resolve() if default.is_file() else None


def load_config(
    path: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    flags: Mapping[str, Any] | None = None,
    cwd: Path | None = None,
) -> Config:
    """Defaults < sites file < `NEWSDESK_*` variables < `flags` (None values ignored)."""
    env = os.environ if env is None else env
    cwd = Path.cwd() if cwd is None else cwd
    source = find_config_file(path, env, cwd)
    values: dict[str, Any] = {}
    outlets: dict[str, Outlet] = {}
    if source is not None:
        document = _read_toml(source)
        values.update(_settings_from(document, source.parent, str(source)))
        outlets = _outlets_from(document.get("outlets", {}), source)
    env_values = {
        name: env[f"{ENV_PREFIX}{name.upper()}"] for name in _SETTINGS if f"{ENV_PREFIX}{name.upper()}" in env
    }
    values.update(_settings_from(env_values, cwd, "environment"))
    values.update(_settings_from({k: v for k, v in (flags or {}).items() if v is not None}, cwd, "flags"))
    db = values.pop("db", (cwd / "output" / "newsdesk.db").resolve())
    logs = values.pop("logs", db.parent / "logs")
    return Config(db=db, logs=logs, source=source, outlets=outlets, **values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None


def _settings_from(values: Mapping[str, Any], base: Path, origin: str) -> dict[str, Any]:
    """The known global settings in `values`, typed, paths resolved against `base`."""
    settings: dict[str, Any] = {}
    for name, value in values.items():
        if name not in _SETTINGS:
            continue
        if name in _PATHS:
            settings[name] = (base / Path(str(value)).expanduser()).resolve()
        elif name in _NUMBERS:
            settings[name] = _number(value, name, origin)
        else:
            settings[name] = str(value)
    return settings


def _number(value: Any, name: str, origin: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{origin}: {name} must be a number, not {value!r}") from None
    if number < 0:
        raise ConfigError(f"{origin}: {name} must not be negative")
    return number


def _outlets_from(table: Any, source: Path) -> dict[str, Outlet]:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [outlets] must be a table of outlets")
    known = {f.name for f in fields(Outlet)} - {"name"}
    outlets = {}
    for name, entry in table.items():
        if not isinstance(entry, dict):
            raise ConfigError(f"{source}: outlets.{name} must be a table")
        unknown = set(entry) - known
        if unknown:
            raise ConfigError(f"{source}: outlets.{name}: unknown keys {', '.join(sorted(unknown))}")
        feeds = entry.get("feeds", ())
        if isinstance(feeds, str):
            feeds = (feeds,)
        outlet = Outlet(
            name=name,
            spider=str(entry.get("spider") or ("news" if entry.get("start") else name)),
            start=entry.get("start"),
            feeds=tuple(feeds),
            delay=_number(entry["delay"], f"outlets.{name}.delay", str(source)) if "delay" in entry else None,
            revisit_days=(
                _number(entry["revisit_days"], f"outlets.{name}.revisit_days", str(source))
                if "revisit_days" in entry
                else None
            ),
            base_url=entry.get("base_url"),
        )
        if outlet.spider == "news" and not outlet.start:
            raise ConfigError(f"{source}: outlets.{name} needs a start URL for the news spider")
        outlets[name] = outlet
    return outlets


def with_flags(outlet: Outlet, **flags: Any) -> Outlet:
    """`outlet` with the given flags (None = not given) taking precedence."""
    return replace(outlet, **{name: value for name, value in flags.items() if value not in (None, ())})
