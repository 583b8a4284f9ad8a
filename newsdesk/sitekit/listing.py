"""What `newsdesk sites` lists: every profile with its domains and layout versions."""

from __future__ import annotations

from crawler.sites import SITES


def profile_listing() -> list[dict]:
    """`[{"name", "domains", "versions": [{"version", "valid_from", "render_js"}]}]` in SITES order."""
    return [
        {
            "name": profile.key,
            "domains": list(profile.domains),
            "versions": [{"version": v.version, "valid_from": v.valid_from, "render_js": v.render_js}
                         for v in profile.versions()],
        }
        for profile in SITES
    ]
