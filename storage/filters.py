"""Which articles a reader wants: the filters `newsdesk export`, `quotes`, `search` and the read API share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Filters:
    """Which articles to export; every filter given must hold. Dates compare as ISO 8601 text."""

    since: str | None = None
    """Published on or after this date/time."""
    until: str | None = None
    """Published on or before this date/time (a bare date includes that whole day)."""
    site: str | None = None
    """Only this site key."""
    section: str | None = None
    """Only this section (case-insensitive)."""
    speaker: str | None = None
    """Only articles quoting this speaker (case-insensitive)."""
    topic: str | None = None
    """Only articles with this topic (tag, keyword; case-insensitive)."""
    language: str | None = None
    """Only articles in this language (the stored code, e.g. `de`; case-insensitive)."""
    changed_since: str | None = None
    """Only articles stored or changed at or after this time."""
    ids: tuple[int, ...] | None = None
    """Only these article ids."""

    def where(self) -> tuple[str, dict]:
        """SQL condition over `articles` and its named parameters."""
        conditions = ["1"]
        if self.since:
            conditions.append("published >= :since")
        if self.until:
            conditions.append("substr(published, 1, length(:until)) <= :until")
        if self.site:
            conditions.append("site = :site")
        if self.section:
            conditions.append("section = :section")
        if self.speaker:
            conditions.append(
                "id IN (SELECT article_id FROM quotes WHERE speaker = :speaker"
                " UNION SELECT article_id FROM blocks WHERE speaker = :speaker)"
            )
        if self.topic:
            conditions.append("id IN (SELECT article_id FROM article_topics WHERE topic = :topic)")
        if self.language:
            conditions.append("language = lower(:language)")
        if self.changed_since:
            conditions.append("changed_at >= :changed_since")
        if self.ids is not None:
            conditions.append(f"id IN ({','.join(str(int(i)) for i in self.ids) or 'NULL'})")
        params = {
            "since": self.since, "until": self.until, "site": self.site, "section": self.section,
            "speaker": self.speaker, "topic": self.topic, "language": self.language, "changed_since": self.changed_since,
        }
        return " AND ".join(conditions), {k: v for k, v in params.items() if v}
