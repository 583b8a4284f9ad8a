"""Per-process memos of verdicts on names pages repeat (class and id values, picture names).

The readers of such names (boilerplate, images, topics, lead, credits) look a verdict up in a
plain dict first (the hit, most calls, stays one `dict.get`) and `remember` the ones they work
out. A memo is emptied when it holds `LIMIT` verdicts, so a crawl over many sites keeps its
memory bounded (the dev pages bring some 48,000 class-and-id pairs in one pass).
"""

from __future__ import annotations

from typing import TypeVar

LIMIT = 50_000
V = TypeVar("V")


def remember(memo: dict, key, verdict: V) -> V:
    """Store `verdict` under `key` in `memo`, emptying it first when it is full; return it."""
    if len(memo) > LIMIT:
        memo.clear()
    memo[key] = verdict
    return verdict
