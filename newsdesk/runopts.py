"""Click options of scheduled runs whose defaults come from `newsdesk.config`, shown resolved.

`--config` is read first (eager); `--db` and `--logs` then default to the configuration's
absolute paths (sites file < `NEWSDESK_*` < flag), and `--help` prints those resolved paths,
so what a cron job will use can be checked from any directory.
"""

from __future__ import annotations

from pathlib import Path

import click

from newsdesk.config import ConfigError, load_config

_CONFIG_KEY = "newsdesk_config_path"
RELATIVE_DEFAULTS = "newsdesk_relative_defaults"
"""Context meta key: show resolved paths relative to the working directory (the generated README
reference, which must read the same in every checkout, before Click wraps the help text)."""


def _remember_config(ctx: click.Context, param: click.Parameter, value):
    ctx.meta[_CONFIG_KEY] = value
    return value


class ConfigDefault(click.Option):
    """An option whose `--help` shows the configuration's resolved value as its default.

    The value itself stays None when the flag is not given, so `load_config` applies the
    precedence (and derived defaults such as logs/ beside a `--db` given as a flag).
    """

    def __init__(self, *args, config_attribute: str, **kwargs):
        self.config_attribute = config_attribute
        super().__init__(*args, show_default=True, **kwargs)

    def get_default(self, ctx: click.Context, call: bool = True):
        if call:
            return None
        try:
            config = load_config(ctx.meta.get(_CONFIG_KEY))
        except ConfigError:
            return None
        value = getattr(config, self.config_attribute)
        if value is None:
            return None
        if ctx.meta.get(RELATIVE_DEFAULTS) and Path(value).is_relative_to(Path.cwd()):
            return str(Path(value).relative_to(Path.cwd()))
        return str(value)


def config_option(func):
    """`--config PATH`: the sites file (default `$NEWSDESK_CONFIG`, else ./newsdesk.toml)."""
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        is_eager=True,
        expose_value=True,
        callback=_remember_config,
        cls=ConfigDefault,
        config_attribute="source",
        help="Sites file (outlets, paths, politeness); else $NEWSDESK_CONFIG, else ./newsdesk.toml.",
    )(func)


def _configured_db(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path:
    """The --db given, else the configured database (sites file `db`, $NEWSDESK_DB, default), absolute."""
    if value is not None:
        return value
    try:
        return load_config(ctx.meta.get(_CONFIG_KEY)).db
    except ConfigError as error:
        raise click.UsageError(str(error)) from None


def db_option(func):
    """`--db PATH`, the same on every command: defaults to the configured database (the sites
    file of `--config` when the command has it), resolved; `--help` shows the resolved path."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        cls=ConfigDefault,
        config_attribute="db",
        callback=_configured_db,
        help="SQLite database file (sites file `db`, $NEWSDESK_DB).",
    )(func)


def _configured_dbs(ctx: click.Context, param: click.Parameter, value: tuple[Path, ...]) -> tuple[Path, ...]:
    """The --db paths given, else the configured database alone."""
    return value or (_configured_db(ctx, param, None),)


def dbs_option(func):
    """`--db PATH`, repeatable (a command that reads several databases as one), defaulting to the
    configured database like `db_option`."""
    return click.option(
        "--db",
        "db_paths",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
        cls=ConfigDefault,
        config_attribute="db",
        callback=_configured_dbs,
        help="SQLite database file (sites file `db`, $NEWSDESK_DB); repeat it to read several databases as one.",
    )(func)


def logs_option(func):
    """`--logs DIR`, defaulting to the configuration's log folder."""
    return click.option(
        "--logs",
        type=click.Path(file_okay=False, path_type=Path),
        cls=ConfigDefault,
        config_attribute="logs",
        help="Folder for one log file per run (sites file `logs`, $NEWSDESK_LOGS).",
    )(func)
