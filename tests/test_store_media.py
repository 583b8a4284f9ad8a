"""Pictures, topics, publisher, paywall and page type: stored, exported in the contract's shape,
filtered by topic, carried through the Redis stream and the normalize stage unharmed."""

from __future__ import annotations

from dataclasses import replace

import orjson
import pytest
from click.testing import CliRunner

from crawler.distributed.items import decode_entry, encode_entry
from crawler.items import Block, Image
from newsdesk.cli import cli
from newsdesk.views import View, images_above_body, show_article
from pipelines.normalize import normalize_article
from storage.database import open_database
from storage.export import iter_article_records
from storage.filters import Filters
from tests.store_support import make_article, store

COVER = Image("https://news.example/img/cover-1200.jpg", caption="The summit hall.", alt="A hall",
              credits=["Jane Lens", "Agency"], is_cover=True, width=1200, height=800)
INSIDE = Image("https://news.example/img/inside.jpg", caption=" Delegates  arrive. ", credits=[" Bo Photo "])


def illustrated(n: int = 1, *, topics=("Summit", "Grain")):
    cover, inside = replace(COVER, credits=list(COVER.credits)), replace(INSIDE, credits=list(INSIDE.credits))
    article = make_article(n)
    article.body[0].blocks.insert(1, Block("image", "", image=inside))
    article.images = [cover, inside]
    article.topics = list(topics)
    article.publisher = "News Example"
    article.free_access = False
    article.page_type = "article"
    return normalize_article(article)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "news.db"
    store(path, [illustrated(1), illustrated(2, topics=("Ports",)), make_article(3)])
    return path


def test_the_export_carries_pictures_topics_publisher_and_paywall(db_path):
    first, _, plain = iter_article_records(open_database(db_path, "read"))
    assert first["images"] == [
        {"url": COVER.url, "caption": "The summit hall.", "alt": "A hall", "credits": ["Jane Lens", "Agency"],
         "is_cover": True, "width": 1200, "height": 800},
        {"url": INSIDE.url, "caption": "Delegates arrive.", "alt": None, "credits": ["Bo Photo"], "is_cover": False},
    ]
    image_block = first["body"][0]["blocks"][1]
    assert image_block == {"kind": "image", "text": "", **first["images"][1]}, "the picture stands where it stands"
    assert (first["topics"], first["publisher"], first["free_access"], first["page_type"]) == (
        ["Summit", "Grain"], "News Example", False, "article")
    assert (plain["images"], plain["topics"], plain["free_access"]) == ([], [], None)
    keys = list(first)
    assert keys.index("quotes") < keys.index("images") < keys.index("topics") < keys.index("id")


def test_pictures_add_no_text(db_path):
    db = open_database(db_path, "read")
    text = db.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0]
    assert "Delegates" not in text and "\n\n" not in text


def test_topic_filter_is_case_insensitive_on_every_reader(db_path):
    db = open_database(db_path, "read")
    assert [r["id"] for r in iter_article_records(db, Filters(topic="grain"))] == [1]
    exported = CliRunner().invoke(cli, ["export", "--db", str(db_path), "--topic", "PORTS", "-o", "-"])
    assert exported.exit_code == 0 and [orjson.loads(line)["id"] for line in exported.stdout.splitlines()] == [2]
    searched = CliRunner().invoke(cli, ["search", "minister", "--topic", "summit", "--db", str(db_path)])
    assert "#1 " in searched.output and "#2 " not in searched.output


def test_a_changed_picture_updates_the_article_without_a_revision(db_path):
    again = illustrated(1)
    again.images[0].caption = "The summit hall, from above."
    pipeline = store(db_path, [again])
    assert pipeline.counts["updated"] == 1
    db = open_database(db_path, "read")
    assert db.execute("SELECT count(*) FROM article_revisions").fetchone()[0] == 0, "the text did not change"
    assert db.execute("SELECT caption FROM images WHERE article_id = 1 AND position = 0").fetchone()[0] == (
        "The summit hall, from above.")


def test_the_stream_codec_keeps_pictures():
    article = illustrated(4)
    restored = decode_entry(encode_entry(article))
    assert restored.images == article.images
    assert restored.body == article.body


def test_show_prints_the_cover_above_and_the_pictures_where_they_stand(db_path, capsys):
    [record] = iter_article_records(open_database(db_path, "read"), Filters(ids=(1,)))
    assert [image["url"] for image in images_above_body(record)] == [COVER.url]
    show_article(View(), record)
    out = capsys.readouterr().out
    assert out.index("[cover picture] The summit hall. (Jane Lens, Agency)") < out.index("What happened.")
    assert "[picture] Delegates arrive. (Bo Photo)" in out and "Topics: Summit, Grain" in out
    assert "paywalled" in out and "News Example" in out
