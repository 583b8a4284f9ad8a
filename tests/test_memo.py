"""The per-process verdict memos stay bounded."""

from __future__ import annotations

from crawler.parsers import memo


def test_a_memo_is_emptied_once_it_holds_more_than_its_limit(monkeypatch):
    monkeypatch.setattr(memo, "LIMIT", 2)
    verdicts: dict = {}
    assert [memo.remember(verdicts, name, len(name)) for name in ("a", "bb", "ccc")] == [1, 2, 3]
    assert verdicts == {"a": 1, "bb": 2, "ccc": 3}
    assert memo.remember(verdicts, "dddd", 4) == 4
    assert verdicts == {"dddd": 4}
