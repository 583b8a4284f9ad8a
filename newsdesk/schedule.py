"""`newsdesk schedule`: the crontab line and the systemd user service + timer for a periodic run.

Every scheduled run is its own `newsdesk crawl` process with absolute paths, so it does not
depend on the directory cron or systemd starts it in. Exit code 75 (another run still going)
counts as success for systemd, so an overlap is not reported as a failure.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

from newsdesk.jobs import EXIT_CODES, EXIT_LOCKED

_EVERY = re.compile(r"^\s*(\d+)\s*(m|min|h|d)\s*$", re.I)
_UNIT_SECONDS = {"m": 60, "min": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> int:
    """`15m`, `1h`, `6h`, `1d` -> seconds. Cron can only express steps that divide the hour or
    the day evenly, so minutes must divide 60 and hours 24."""
    match = _EVERY.match(text)
    if not match or int(match.group(1)) == 0:
        raise ValueError(f"not an interval like 15m, 1h, 6h or 1d: {text!r}")
    amount, unit = int(match.group(1)), match.group(2).lower()
    seconds = amount * _UNIT_SECONDS[unit]
    if seconds < 3600 and 3600 % seconds:
        raise ValueError(f"{text}: minutes must divide an hour (5m, 10m, 15m, 20m, 30m)")
    if 3600 <= seconds < 86400 and (seconds % 3600 or 86400 % seconds):
        raise ValueError(f"{text}: hours must divide a day (1h, 2h, 3h, 4h, 6h, 8h, 12h)")
    if seconds >= 86400 and seconds % 86400:
        raise ValueError(f"{text}: use whole days")
    return seconds


def cron_schedule(seconds: int, minute: int = 7) -> str:
    """The five crontab time fields for a run every `seconds` (off the top of the hour)."""
    if seconds < 3600:
        step = seconds // 60
        return f"{minute % step}-59/{step} * * * *" if step > 1 else "* * * * *"
    if seconds < 86400:
        hours = seconds // 3600
        return f"{minute} * * * *" if hours == 1 else f"{minute} */{hours} * * *"
    days = seconds // 86400
    return f"{minute} 3 * * *" if days == 1 else f"{minute} 3 */{days} * *"


def newsdesk_command(args: list[str]) -> list[str]:
    """The absolute command line running `newsdesk ARGS` with this installation."""
    script = Path(sys.executable).with_name("newsdesk")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "newsdesk", *args]


def unit_name(target: str) -> str:
    """`newsdesk-<target>` with only characters systemd unit names allow."""
    return "newsdesk-" + re.sub(r"[^A-Za-z0-9_.-]", "-", target)


def crontab_line(seconds: int, command: list[str], workdir: Path) -> str:
    """One crontab line; output beyond the run's own log goes to cron's mail."""
    return f"{cron_schedule(seconds)} cd {shlex.quote(str(workdir))} && {shlex.join(command)}"


def systemd_units(target: str, seconds: int, command: list[str], workdir: Path) -> dict[str, str]:
    """`{file name: text}` of the service and timer running `command` every `seconds`."""
    name = unit_name(target)
    service = f"""[Unit]
Description=newsdesk crawl: {target}
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
WorkingDirectory={workdir}
ExecStart={shlex.join(command)}
# {EXIT_LOCKED}: the previous run is still going; not a failure.
SuccessExitStatus={EXIT_LOCKED}
Nice=10
"""
    timer = f"""[Unit]
Description=Run newsdesk crawl {target} every {_human(seconds)}

[Timer]
OnBootSec=5min
OnUnitActiveSec={seconds}s
RandomizedDelaySec={min(300, seconds // 10)}s
Persistent=true

[Install]
WantedBy=timers.target
"""
    return {f"{name}.service": service, f"{name}.timer": timer}


def user_unit_dir() -> Path:
    """`$XDG_CONFIG_HOME/systemd/user` (default `~/.config/systemd/user`)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def install_units(units: dict[str, str], directory: Path | None = None) -> list[Path]:
    """Write the unit files; return their paths."""
    directory = directory or user_unit_dir()
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in units.items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def exit_code_notes() -> str:
    """The documented exit codes as comment lines, for cron monitoring."""
    return "\n".join(f"#   {code}  {meaning}" for code, meaning in sorted(EXIT_CODES.items()))


def _human(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
