"""NormalizePipeline: one form for text, dates and URLs, whatever the page wrote."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit

from dateutil import parser as dateparser
from w3lib.url import canonicalize_url, url_query_cleaner

from crawler.items import Article

_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$")
_ODD_SPACE = "\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Every character `str.isspace()` (and so regex `\\s`) knows but the space and the newline."""
_ODD_CHARS = re.compile(f"[{_ODD_SPACE}\u00ad\u200b\ufeff]")


def clean_text(text: str | None) -> str | None:
    """NFC, no zero-width or soft hyphens, runs of spaces collapsed, lines trimmed; None if empty."""
    if text is None:
        return None
    if _is_clean(text):
        return text or None
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    text = _BLANK_LINES.sub("\n", _SPACE.sub(" ", text)).strip()
    return text or None


def _is_clean(text: str) -> bool:
    """Whether `clean_text` would return `text` as it is (most parsed text): a few substring
    and character-class scans instead of the rewrites."""
    return not (
        _ODD_CHARS.search(text) or "  " in text or " \n" in text or "\n " in text or "\n\n" in text
        or text[:1].isspace() or text[-1:].isspace()
    ) and unicodedata.is_normalized("NFC", text)


def iso_datetime(value: str | None) -> str | None:
    """ISO 8601 for a date the parser found; the page's UTC offset is kept, never invented."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = dateparser.parse(value)
        except (ValueError, OverflowError):
            return None
    if len(value) <= 10 and parsed.hour == parsed.minute == parsed.second == 0 and parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()


def canonical_url(url: str) -> str:
    """The URL articles are keyed by: no fragment, no tracking parameters, canonical form."""
    names = [name for name, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)]
    tracking = [name for name in names if _TRACKING.match(name)]
    cleaned = url_query_cleaner(url, tracking, remove=True, unique=False, keep_fragments=False)
    return canonicalize_url(cleaned)


def normalize_article(article: Article) -> Article:
    """Normalize every text field, the dates and the canonical URL in place."""
    article.title = clean_text(article.title)
    article.section = clean_text(article.section)
    article.lead = clean_text(article.lead)
    article.authors = list(dict.fromkeys(a for a in (clean_text(a) for a in article.authors) if a))
    article.nav = [n for n in (clean_text(n) for n in article.nav) if n]
    article.published = iso_datetime(article.published)
    article.modified = iso_datetime(article.modified)
    for section in article.body:
        section.heading = clean_text(section.heading)
        for block in section.blocks:
            block.text = clean_text(block.text) or ""
            block.speaker = clean_text(block.speaker)
            block.role = clean_text(block.role)
        section.blocks = [block for block in section.blocks if block.text]
    article.body = [section for section in article.body if section.blocks or section.heading]
    for quote in article.quotes:
        quote.text = clean_text(quote.text) or ""
        quote.speaker = clean_text(quote.speaker)
        quote.role = clean_text(quote.role)
    article.quotes = [quote for quote in article.quotes if quote.text]
    article.canonical_url = canonical_url(article.canonical_url or article.url)
    return article


class NormalizePipeline:
    """Apply `normalize_article` to every article."""

    def process_item(self, item):
        if isinstance(item, Article):
            normalize_article(item)
        return item
