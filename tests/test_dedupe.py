"""Duplicates: canonical URL, exact content, near-duplicates through the LSH band index in the DB."""

from __future__ import annotations

from pipelines import dedupe
from pipelines.database import open_database
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
