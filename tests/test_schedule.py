"""`newsdesk schedule`: crontab line and systemd user units with absolute paths."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from newsdesk.schedule import cron_schedule, parse_every, systemd_units


@pytest.mark.parametrize(
    "text, seconds, cron",
    [
        ("15m", 900, "7-59/15 * * * *"),
        ("30min", 1800, "7-59/30 * * * *"),
        ("1h", 3600, "7 * * * *"),
        ("6h", 21600, "7 */6 * * *"),
        ("1d", 86400, "7 3 * * *"),
    ],
)
def test_intervals(text, seconds, cron):
    assert parse_every(text) == seconds
    assert cron_schedule(seconds) == cron


@pytest.mark.parametrize("text", ["7m", "5h", "36h", "0h", "hourly", ""])
def test_intervals_cron_cannot_express_are_refused(text):
    with pytest.raises(ValueError):
        parse_every(text)


def test_units_treat_exit_75_as_success():
    units = systemd_units("pravda", 3600, ["/venv/bin/newsdesk", "crawl", "pravda"], workdir="/srv/desk")
    service, timer = units["newsdesk-pravda.service"], units["newsdesk-pravda.timer"]
    assert "ExecStart=/venv/bin/newsdesk crawl pravda" in service
    assert "SuccessExitStatus=75" in service and "Type=oneshot" in service
    assert "OnUnitActiveSec=3600s" in timer and "Persistent=true" in timer


def test_schedule_prints_crontab_and_units_with_absolute_paths(tmp_path):
    sites = tmp_path / "newsdesk.toml"
    sites.write_text('db = "data/news.db"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["schedule", "pravda", "--every", "1h", "--config", str(sites)])
    assert result.exit_code == 0, result.output
    cron = [line for line in result.output.splitlines() if line.startswith("7 * * * * ")]
    assert len(cron) == 1
    assert f"cd {tmp_path} && " in cron[0]
    assert f"crawl pravda --db {tmp_path / 'data' / 'news.db'} --config {sites}" in cron[0]
    assert "#   75  skipped" in result.output
    assert "# newsdesk-pravda.service" in result.output and "# newsdesk-pravda.timer" in result.output


def test_install_writes_the_user_units(tmp_path):
    result = CliRunner().invoke(
        cli, ["schedule", "--all", "--every", "30m", "--install"], env={"XDG_CONFIG_HOME": str(tmp_path)}
    )
    assert result.exit_code == 0, result.output
    units = tmp_path / "systemd" / "user"
    assert sorted(path.name for path in units.iterdir()) == ["newsdesk-all.service", "newsdesk-all.timer"]
    assert "crawl --all" in (units / "newsdesk-all.service").read_text()


def test_schedule_usage_errors():
    runner = CliRunner()
    assert runner.invoke(cli, ["schedule", "pravda", "--every", "7m"]).exit_code == 2
    assert runner.invoke(cli, ["schedule"]).exit_code == 2
    assert runner.invoke(cli, ["schedule", "pravda", "--all"]).exit_code == 2
