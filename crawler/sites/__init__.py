"""Site profiles: one module per outlet, listed explicitly in `SITES` (no import-time registry).

`profile_for(url, site, fetched_at)` is the one place a page's profile is chosen: `site` "auto"
(`AUTO_SITE`) by the URL's domain, falling back to the generic profile; "generic" for none; or a
profile key. The chosen profile's layout version is the one in force when the page was fetched.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.items import AUTO_SITE
from crawler.parsers.profile import GENERIC, SiteProfile
from crawler.sites.ap import ApProfile
from crawler.sites.bbc import BbcProfile
from crawler.sites.cbc import CbcProfile
from crawler.sites.cnbc import CnbcProfile
from crawler.sites.foxnews import FoxNewsProfile
from crawler.sites.guardian import GuardianDcrProfile
from crawler.sites.intercept import InterceptWordPressProfile
from crawler.sites.mirror import MirrorNextProfile
from crawler.sites.pravda import PravdaProfile
from crawler.sites.reuters import ReutersArcProfile
from crawler.sites.rollingstone import RollingStoneLarvaProfile
from crawler.sites.telegraph import TelegraphProfile
from crawler.sites.voanews import VoaNewsProfile

__all__ = ["AUTO_SITE", "GENERIC", "SITES", "profile_for", "site_names"]

SITES: tuple[type[SiteProfile], ...] = (
    PravdaProfile,
    GuardianDcrProfile,
    ReutersArcProfile,
    FoxNewsProfile,
    InterceptWordPressProfile,
    VoaNewsProfile,
    BbcProfile,
    ApProfile,
    CnbcProfile,
    TelegraphProfile,
    MirrorNextProfile,
    RollingStoneLarvaProfile,
    CbcProfile,
)
"""Every outlet profile, in the order domains are matched."""


def site_names() -> list[str]:
    """Every value `site` may take: "auto", "generic" and each profile key."""
    return [AUTO_SITE, GENERIC.key, *(profile.key for profile in SITES)]


def profile_for(url: str, site: str = AUTO_SITE, fetched_at: str | None = None) -> SiteProfile:
    """The profile to parse `url` with, in the layout version in force at `fetched_at` (the
    newest when None); raises ValueError for an unknown `site` name."""
    if site == AUTO_SITE:
        host = urlsplit(url).hostname or ""
        chosen = next((profile for profile in SITES if profile().handles(host)), None)
    elif site == GENERIC.key:
        chosen = None
    else:
        chosen = next((profile for profile in SITES if profile.key == site), None)
        if chosen is None:
            raise ValueError(f"unknown site {site!r}; known: {', '.join(site_names())}")
    return GENERIC if chosen is None else chosen.version_on(fetched_at)()
