"""Site profiles: one module per outlet, listed explicitly in `SITES` (no import-time registry).

`profile_for(url, site)` picks the profile: `site` None/"auto" by the URL's domain (falling
back to the generic profile), "generic" for none, or a profile key.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.sites.base import SiteProfile
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

GENERIC = SiteProfile()
"""The profile-less parser (key "generic")."""


def profile_for(url: str, site: str | None = None) -> SiteProfile:
    """The profile to parse `url` with; raises ValueError for an unknown `site` name."""
    if site in (None, "", "auto"):
        host = urlsplit(url).hostname or ""
        for profile_class in SITES:
            profile = profile_class()
            if profile.handles(host):
                return profile
        return GENERIC
    if site == GENERIC.key:
        return GENERIC
    for profile_class in SITES:
        if profile_class.key == site:
            return profile_class()
    known = ", ".join(["auto", GENERIC.key, *(p.key for p in SITES)])
    raise ValueError(f"unknown site {site!r}; known: {known}")
