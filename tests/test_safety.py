"""Safe defaults: no requests to internal addresses unless explicitly allowed."""

import socket
import sqlite3

import pytest
from scrapy.settings import Settings

from crawler.safety import AddressPolicy, address_kind
from tests.helpers import run_newsdesk


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("localhost", "loopback"),
        ("[::1]", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "reserved"),
        ("93.184.216.34", None),
        ("english.pravda.ru", None),
    ],
)
def test_address_kind(host, kind):
    assert address_kind(host) == kind


def test_policy_refuses_internal_addresses_by_default():
    policy = AddressPolicy.from_settings(Settings())
    assert "loopback" in policy.refusal("127.0.0.1")
    assert "link-local" in policy.refusal("metadata.internal", "169.254.169.254")
    assert policy.refusal("english.pravda.ru", "178.248.233.1") is None


def test_explicit_base_url_allows_only_its_loopback_host():
    policy = AddressPolicy.from_settings(Settings({"NEWS_BASE_URL": "http://127.0.0.1:8000"}))
    assert policy.refusal("127.0.0.1") is None
    assert policy.refusal("127.0.0.2") is not None
    assert policy.refusal("10.0.0.1") is not None


def test_private_base_url_is_not_allowed_implicitly():
    policy = AddressPolicy.from_settings(Settings({"NEWS_BASE_URL": "http://10.0.0.5:8000"}))
    assert policy.refusal("10.0.0.5") is not None
    assert AddressPolicy.from_settings(Settings({"NEWS_ALLOW_PRIVATE": True})).refusal("10.0.0.5") is None


def crawl_news(start, db_path, *extra, terminal: list | None = None):
    result = run_newsdesk("crawl", "news", "--start", start, "--db", str(db_path), "-s", "ROBOTSTXT_OBEY=False", *extra)
    assert result.returncode == 0, result.stderr[-2000:]
    if terminal is not None:
        terminal.extend(result.stderr.splitlines())
    with sqlite3.connect(db_path) as db:
        return db.execute("select count(*) from articles").fetchone()[0], [
            row[0] for row in db.execute("select reason from rejects")
        ]


def test_crawl_of_a_loopback_url_is_refused_and_says_why_on_the_terminal(sample_site, tmp_path):
    terminal: list[str] = []
    articles, reasons = crawl_news(sample_site.url + "/", tmp_path / "news.db", terminal=terminal)
    assert articles == 0
    assert reasons and all("refused loopback address" in reason for reason in reasons)
    summary = [line for line in terminal if line.startswith("newsdesk: rejected")]
    assert summary == [f"newsdesk: rejected {len(reasons)}: {reasons[0]}"], terminal
    assert "crawl with --allow-loopback" in summary[0]


def test_allow_loopback_flag_lets_the_crawl_reach_a_local_outlet(sample_site, tmp_path):
    articles, reasons = crawl_news(sample_site.url + "/", tmp_path / "news.db", "--allow-loopback")
    assert articles > 0
    assert not any("refused" in reason for reason in reasons)


def test_host_name_resolving_to_an_internal_address_is_refused(sample_site, tmp_path):
    name = socket.gethostname()
    try:
        address = socket.gethostbyname(name)
    except OSError:
        pytest.skip(f"this machine's host name {name!r} does not resolve")
    if address_kind(address) is None:
        pytest.skip(f"{name} resolves to a public address ({address})")
    port = sample_site.url.rsplit(":", 1)[1]
    articles, reasons = crawl_news(f"http://{name}:{port}/", tmp_path / "news.db")
    assert articles == 0
    assert reasons and all("refused" in reason for reason in reasons)
