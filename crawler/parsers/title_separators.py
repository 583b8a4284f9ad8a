"""How a `<title>` or a headline splits into pieces: the separators news sites put between a
headline, its kicker, its section and the site's name.

Title choice and site-name cutting both split on these, and the author choice reads the site's
name off the last piece of `<title>`; the patterns are written once here.
"""

from __future__ import annotations

import re

from crawler.parsers.text import clean_text


_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff5e"
_CJK_BREAK = rf"(?<=[{_CJK}])[-－_](?=\S)|(?<=\S)[-－_](?=[{_CJK}])"
"""A hyphen or underscore touching Chinese, Japanese or Korean text, which has no spaces: a
separator there ("标题-国际|新华网"), as a spaced dash is in other scripts."""
MARKS = r"[―~～│⋆ǀ∙►▶▷→]|//|--|::"
"""Spaced separators besides dashes, bars and angle quotes: "Headline ~ Site", "― Site", "│ Site",
"⋆ Site", "ǀ Site" (a letter looking like a bar), "∙ Site", "► Site", "→ Site", "// Site",
"-- Site", ":: Site"."""
_BARS = "|｜丨︱"
"""Bars that separate a site's name with or without spaces: "|", the full-width "｜", and "丨" (a
character drawn as a bar) and "︱", which Chinese titles use ("标题丨新华网")."""
_SPACED = rf"[|\-–—:·•»«›‹/*<]|{MARKS}"
"""Separators between spaces in `<title>`; "<" among them for the trail a Korean news CMS writes
("국회 예산안 처리 < 정치 < 기사본문 - Site": headline < section < "article body")."""
_SYMBOLS = r"[^\w\s\"'“”„‟‘’‚«»‹›()\[\]{}<.,;:!?…&+%$€£¥]{1,3}"
"""A short run of symbols that are no letters, quotes, brackets or sentence punctuation ("¦", "❘",
"‒", "・", "★", "=>", "◆"): between spaces, a separator where the part beside it is the site's name."""
_SPACED_SITE = rf"[|\-–—·•»«›‹*]|{MARKS}|{_SYMBOLS}"
_BREAK_START = rf"(?=[\s{_BARS}：:\-－_])"
"""Where a break can begin: a space, a bar, a colon, a hyphen or an underscore. The patterns'
alternatives open with optional spaces, which the regex engine tries at every character; this
look-ahead turns every other character away at once (splits a third faster, the same pieces)."""
SEPARATORS = re.compile(rf"{_BREAK_START}(?:\s+(?:{_SPACED})(?:\s+(?:{_SPACED}))*\s+|\s*[{_BARS}]\s*|{_CJK_BREAK})")
"""Site separators; a run of them ("Site // » Headline") is one."""
PIECE_BREAKS = re.compile(rf"{_BREAK_START}(\s+(?:{_SPACED})(?:\s+(?:{_SPACED}))*\s+|\s*[{_BARS}]\s*|(?<=\S):\s+|(?<=\S)：\s*|{_CJK_BREAK})")
"""Where a headline splits into kicker / headline / suffix: site separators and "Kicker: ..."."""
SITE_BREAKS = re.compile(rf"{_BREAK_START}(\s+(?:{_SPACED_SITE})(?:\s+(?:{_SPACED_SITE}))*\s+|\s*[{_BARS}：]\s*|\s*:\s+|{_CJK_BREAK})")
"""Where a site's name may be glued onto a headline, a colon included ("Site: Headline"): only
parts that are a name are cut there."""
MAX_PIECES = 12
"""Pieces of a headline looked at (a real one has a handful; this bounds junk meta values)."""


def title_parts(title: str | None) -> list[str]:
    """`<title>` split at site separators ("Headline | Site" -> ["Headline", "Site"])."""
    if not title:
        return []
    return [part for part in (clean_text(p) for p in SEPARATORS.split(title)) if part]
