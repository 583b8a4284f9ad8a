"""`crawl --all`'s parent process only starts the outlets' runs: it must stay light (no Scrapy)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import FAST, REPO

QUICK = ("-s", "RETRY_TIMES=0", "-s", "ROBOTSTXT_OBEY=False")


def test_the_crawl_all_parent_never_imports_scrapy(tmp_path):
    sites = tmp_path / "newsdesk.toml"
    sites.write_text('[outlets.nowhere]\nspider = "pravda"\nbase_url = "http://127.0.0.1:9"\n')
    probe = (  # the real command, its child run included; the parent reports what it loaded as it exits
        "import atexit, sys\n"
        "atexit.register(lambda: print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted'))))\n"
        "from newsdesk.cli import cli\n"
        f"cli(['crawl', '--all', '--config', {str(sites)!r}, '--db', {str(tmp_path / 'news.db')!r}, *{FAST + QUICK!r}])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert "newsdesk: starting nowhere" in done.stderr, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout
