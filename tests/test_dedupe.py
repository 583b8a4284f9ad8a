"""Duplicates: canonical URL, exact content, near-duplicates through the LSH band index in the DB."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from storage import dedupe
from storage.database import open_database
from tests.store_support import make_article, store

STORY = (
    "The regional council approved a plan on Monday to rebuild the old river bridge, which has been closed "
    "to heavy traffic since the spring floods damaged two of its supports. Engineers said the work would take "
    "eighteen months and cost more than the council had first estimated, because the foundations must be "
    "reinforced before the new deck can be laid. Local shop owners welcomed the decision but asked for a "
    "temporary footbridge so that customers from the far bank can still reach the market during construction."
)


def duplicate_of(db_path, url):
    return open_database(db_path).execute("SELECT duplicate_of FROM articles WHERE url = ?", [url]).fetchone()[0]


def test_signature_needs_enough_words():
    assert dedupe.signature("too short to compare") is None
    assert len(dedupe.signature(STORY)) == dedupe.NUM_PERM


def test_signatures_stay_comparable_with_stored_ones():
    """Stored signatures are compared with new ones: the hashing must not change between versions."""
    assert dedupe.signature(STORY)[:8].tolist() == [
        114574921, 33842988, 90087370, 66304197, 20002620, 2033752, 36881334, 32786981,
    ]
    assert dedupe.band_keys(dedupe.signature(STORY))[:2] == [-7691662928241242762, 7058643769879822994]


_BREAKS = frozenset(dedupe._WORD_BREAKS)


def _reference_word_hashes(text):
    """Words split character by character, each hashed as the docstring says, in Python integers."""
    words, word = [], ""
    for char in text + " ":
        if ord(char) in _BREAKS:
            if word:
                words.append(word)
            word = ""
        else:
            word += char
    mix = [int(value) for value in dedupe._CHAR_MIX]
    return [sum(ord(char) * mix[i] for i, char in enumerate(w[: dedupe._WORD_CHARS])) % 2**64 for w in words]


@example("lone \ud800 surrogate, astral \U0001f600 and \U0010ffff")
@given(st.text(alphabet=st.characters(codec=None), max_size=80) | st.text(alphabet="ab é.,—’ \n\t\u3000\uff0c", max_size=80))
def test_word_hashes_match_a_character_by_character_reference(text):
    expected = _reference_word_hashes(text)
    assert dedupe._word_hashes(text).tolist() == expected
    for block_chars in (1, 2, 3, 13):  # words (even longer than _WORD_CHARS) cut across block ends
        assert dedupe._word_hashes(text, block_chars).tolist() == expected


def test_a_long_text_is_hashed_in_blocks_to_the_same_signature(monkeypatch):
    text = " ".join(f"w{index % 997}x{index % 13}" for index in range(3 * dedupe._BLOCK_SHINGLES + 5))
    blocked = dedupe.signature(text)
    monkeypatch.setattr(dedupe, "_BLOCK_SHINGLES", 10**9)
    assert blocked.tolist() == dedupe.signature(text).tolist()


def test_similar_texts_have_similar_signatures():
    edited = STORY.replace("Monday", "Tuesday")
    other = " ".join(reversed(STORY.split()))
    assert dedupe.similarity(dedupe.signature(STORY), dedupe.signature(edited)) >= dedupe.SIMILARITY_THRESHOLD
    assert dedupe.similarity(dedupe.signature(STORY), dedupe.signature(other)) < 0.3


def test_band_keys_are_stable_signed_64_bit():
    keys = dedupe.band_keys(dedupe.signature(STORY))
    assert len(keys) == dedupe.BANDS == len(set(keys))
    assert all(-(2**63) <= key < 2**63 for key in keys)
    assert keys == dedupe.band_keys(dedupe.signature(STORY))


def test_same_canonical_url_is_one_article(tmp_path):
    db_path = tmp_path / "news.db"
    first = make_article(1, url="https://news.example/a/1?utm_source=feed")
    first.canonical_url = "https://news.example/a/1"
    second = make_article(1, url="https://news.example/a/1?from=home")
    second.canonical_url = "https://news.example/a/1"
    store(db_path, [first, second])
    db = open_database(db_path)
    assert db["articles"].count == 1
    assert db["article_urls"].count == 2


def test_exact_copy_under_another_url_points_at_the_original(tmp_path):
    db_path = tmp_path / "news.db"
    original = make_article(1, text=STORY, url="https://news.example/society/1/")
    copy = make_article(1, text=STORY, url="https://other.example/syndicated/9/")
    result = store(db_path, [original, copy])
    assert result.counts == {"new": 1, "duplicate": 1, "updated": 0, "unchanged": 0, "rejects": 0, "errors": 0}
    assert duplicate_of(db_path, "https://news.example/society/1/") is None
    assert duplicate_of(db_path, "https://other.example/syndicated/9/") == 1


def test_lightly_edited_copy_is_a_near_duplicate(tmp_path):
    db_path = tmp_path / "news.db"
    edited = STORY.replace("Monday", "Tuesday")
    store(db_path, [make_article(1, text=STORY, url="https://news.example/1/")])
    store(db_path, [make_article(5, text=edited, title="Bridge to be rebuilt", url="https://other.example/5/")])
    assert duplicate_of(db_path, "https://other.example/5/") == 1
    db = open_database(db_path)
    assert db["minhash_bands"].count == 2 * dedupe.BANDS
    assert db["articles"].count == 2


def test_different_story_is_not_a_duplicate(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1, text=STORY, url="https://news.example/1/"), make_article(2)])
    assert duplicate_of(db_path, make_article(2).url) is None


def test_changed_text_moves_the_article_in_the_band_index(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1, text=STORY, url="https://news.example/1/")])
    store(db_path, [make_article(1, text=" ".join(reversed(STORY.split())), url="https://news.example/1/")])
    db = open_database(db_path)
    assert db["minhash_bands"].count == dedupe.BANDS
    assert db["minhash_signatures"].count == 1
    assert db["article_revisions"].count == 1


def test_an_edited_original_never_becomes_a_duplicate_of_itself(tmp_path):
    db_path = tmp_path / "news.db"
    store(db_path, [make_article(1, text=STORY, url="https://news.example/1/"),
                    make_article(1, text=STORY, url="https://other.example/copy/")])
    store(db_path, [make_article(1, text=STORY.replace("Monday", "Tuesday"), url="https://news.example/1/")])
    assert duplicate_of(db_path, "https://news.example/1/") is None
    assert duplicate_of(db_path, "https://other.example/copy/") == 1
