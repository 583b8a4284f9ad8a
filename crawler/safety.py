"""Keep the crawler off internal networks: no requests to private, loopback or link-local hosts.

A crawler that follows any link can be pointed at internal services (SSRF). Two checks close
that: `PrivateAddressMiddleware` refuses URLs whose host is such an address literally (or
`localhost`), and `GuardedResolver` refuses host names that resolve to one, at resolution
time, so DNS tricks do not get around the first check. Loopback is allowed only for the host
of an explicit `NEWS_BASE_URL` (the demo's and the tests' local server) or with
`NEWS_ALLOW_LOOPBACK`; every internal address with `NEWS_ALLOW_PRIVATE`.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}

_refused_names: dict[str, str] = {}
"""Host name -> why the resolver refused it. Twisted reports a failed resolution only as
"no results", so the middleware looks the real reason up here (one entry per refused host)."""


def address_kind(host: str) -> str | None:
    """`loopback`, `private`, `link-local`, ... for a non-public IP address or local name; None otherwise."""
    host = host.strip("[]").lower()
    if host in _LOCAL_NAMES or host.endswith(".localhost"):
        return "loopback"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast or address.is_reserved or address.is_unspecified:
        return "reserved"
    if address.is_private:
        return "private"
    return None


class AddressPolicy:
    """Which internal addresses this crawl may reach."""

    def __init__(self, allow_loopback: bool = False, allow_private: bool = False, allowed_hosts: tuple[str, ...] = ()):
        self.allow_loopback = allow_loopback
        self.allow_private = allow_private
        self.allowed_hosts = {host.lower() for host in allowed_hosts}

    @classmethod
    def from_settings(cls, settings) -> AddressPolicy:
        base = settings.get("NEWS_BASE_URL") or ""
        base_host = urlsplit(base).hostname if base else None
        explicit = (base_host,) if base_host and address_kind(base_host) == "loopback" else ()
        return cls(
            allow_loopback=settings.getbool("NEWS_ALLOW_LOOPBACK"),
            allow_private=settings.getbool("NEWS_ALLOW_PRIVATE"),
            allowed_hosts=explicit,
        )

    def refusal(self, host: str, address: str | None = None) -> str | None:
        """Why a request to `host` (resolved to `address`) is refused, or None when it may go."""
        kind = address_kind(address or host)
        if kind is None or self.allow_private or host.lower() in self.allowed_hosts:
            return None
        if kind == "loopback" and self.allow_loopback:
            return None
        shown = f"{host} ({address})" if address and address != host else host
        switch = "--allow-loopback (setting NEWS_ALLOW_LOOPBACK)" if kind == "loopback" else "--allow-private (setting NEWS_ALLOW_PRIVATE)"
        return f"refused {kind} address {shown}: crawl with {switch} to allow it"


class PrivateAddressMiddleware:
    """Downloader middleware: refuse requests to internal addresses written in the URL."""

    def __init__(self, policy: AddressPolicy, stats=None):
        self.policy = policy
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(AddressPolicy.from_settings(crawler.settings), crawler.stats)

    def process_request(self, request):
        reason = self.policy.refusal(urlsplit(request.url).hostname or "")
        if reason:
            self._refuse(reason)
        return None

    def process_exception(self, request, exception):
        """A resolution the resolver refused surfaces with its reason, not as "no results"."""
        reason = _refused_names.get((urlsplit(request.url).hostname or "").lower())
        if reason:
            self._refuse(reason)
        return None

    def _refuse(self, reason: str):
        if self.stats is not None:
            self.stats.inc_value("news/safety/refused")
        raise IgnoreRequest(reason)


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver that fails host names resolving to internal addresses."""

    policy = AddressPolicy()

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.policy = AddressPolicy.from_settings(crawler.settings)
        return resolver

    def getHostByName(self, name, timeout=()):  # noqa: N802 -- Twisted's interface
        def check(address):
            reason = self.policy.refusal(name, address)
            if reason:
                _refused_names[name.lower()] = reason
                raise DNSLookupError(reason)
            return address

        return super().getHostByName(name, timeout).addCallback(check)
