"""The sample site's pictures and topics after a real crawl, as `newsdesk show` and `newsdesk export`
give them (the Datasette page in a headless browser: tests/test_datasette.py)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import run_newsdesk

OUTLET = "https://english.pravda.ru"
REFERENCE = f"{OUTLET}/news/world/164204-north-korea-blood-debt-russia-kursk/"
DANUBE = f"{OUTLET}/news/world/163968-danube-barge-traffic-low-water/"
BAIKAL = f"{OUTLET}/news/science/163990-lake-baikal-ice-research-station/"
PICTURES = f"{OUTLET}/static/img/articles/"


@pytest.fixture(scope="module")
def exported(sample_db) -> dict[str, dict]:
    result = run_newsdesk("export", "--db", str(sample_db), "-o", "-")
    assert result.returncode == 0, result.stderr[-2000:]
    return {record["url"]: record for record in map(json.loads, result.stdout.splitlines())}


def test_the_reference_article_has_its_cover_with_caption_credits_and_largest_rendition(exported):
    reference = exported[REFERENCE]
    assert reference["images"] == [{
        "url": PICTURES + "164204-assembly-1280.png",
        "caption": "The Supreme People’s Assembly in session in Pyongyang.",
        "alt": "The Supreme People’s Assembly in session",
        "credits": ["Collage Pravda.Ru"],
        "is_cover": True, "width": 1280, "height": 720,
    }]
    assert (reference["topics"], reference["publisher"]) == (["North Korea"], "Pravda EN")
    kinds = [block["kind"] for section in reference["body"] for block in section["blocks"]]
    assert "image" not in kinds, "the cover stands above the text, not in it"


def test_a_lazy_loaded_picture_stands_in_the_body_where_the_page_shows_it(exported):
    danube = exported[DANUBE]
    (picture,) = danube["images"]
    assert picture["url"] == PICTURES + "163968-danube-1280.png" and not picture["is_cover"]
    assert picture["credits"] == ["Daniel Morozov"]
    blocks = danube["body"][0]["blocks"]
    assert [block["kind"] for block in blocks[:4]] == ["paragraph", "paragraph", "image", "paragraph"]
    assert blocks[2] == {"kind": "image", "text": "", **picture}
    assert danube["topics"] == ["Transport", "Environment"]


def test_a_picture_element_gives_its_widest_source_and_teaser_thumbnails_are_no_article_pictures(exported):
    (picture,) = exported[BAIKAL]["images"]
    assert (picture["url"], picture["width"], picture["is_cover"]) == (PICTURES + "163990-baikal-1280.png", 1280, True)
    assert (picture["caption"], picture["credits"]) == ("The station’s heated cabins on the ice near Listvyanka.", ["Roman Tikhonov"])
    pictured = {url for url, record in exported.items() if record["images"]}
    assert pictured == {REFERENCE, DANUBE, BAIKAL}, "listing thumbnails and the site's logo are no article pictures"


def test_export_by_topic(sample_db):
    result = run_newsdesk("export", "--db", str(sample_db), "--topic", "environment", "-o", "-")
    assert result.returncode == 0, result.stderr[-2000:]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {DANUBE, BAIKAL} <= {record["url"] for record in records}
    assert all("Environment" in record["topics"] for record in records)


def test_show_prints_the_cover_above_the_text_and_the_topics_below(sample_db):
    result = run_newsdesk("show", REFERENCE, "--db", str(sample_db))
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    cover = lines.index("[cover picture] The Supreme People’s Assembly in session in Pyongyang. (Collage Pravda.Ru)")
    assert lines[cover + 1] == "    " + PICTURES + "164204-assembly-1280.png"
    assert cover < next(i for i, line in enumerate(lines) if line.startswith("During a session of the Supreme"))
    assert "Topics: North Korea" in lines


def test_show_prints_a_body_picture_where_it_stands(sample_db):
    lines = run_newsdesk("show", DANUBE, "--db", str(sample_db)).stdout.splitlines()
    picture = lines.index("[picture] A push convoy waits for deeper water below Mohács. (Daniel Morozov)")
    before = next(i for i, line in enumerate(lines) if line.startswith("The gauge at the Hungarian town"))
    after = next(i for i, line in enumerate(lines) if line.startswith("Port director Mirela Ionescu"))
    assert before < picture < after
