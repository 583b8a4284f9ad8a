"""Every exported line validates against schema/article.schema.json (JSON Schema 2020-12).

Lines come from a real crawl of the sample site exported with `newsdesk export`, and from the
newsroom database (which has inline and partial quotes the sample site may not).
"""

from __future__ import annotations

import gzip
import json

import pytest

from storage.database import open_database
from storage.export import iter_export_lines
from tests.helpers import REPO, run_newsdesk
from tests.newsroom import build_newsroom

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema (dev extra) is not installed")

SCHEMA_PATH = REPO / "schema" / "article.schema.json"
REFERENCE = "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def crawl_export(sample_db, tmp_path_factory) -> list[dict]:
    folder = tmp_path_factory.mktemp("export")
    exported = run_newsdesk("export", "--db", str(sample_db), "-o", str(folder / "articles.jsonl.gz"))
    assert exported.returncode == 0, exported.stderr[-3000:]
    with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def errors(validator, record: dict) -> list[str]:
    return [f"{error.json_path}: {error.message[:200]}" for error in validator.iter_errors(record)]


def test_schema_is_valid_draft_2020_12(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_line_of_a_sample_site_crawl_validates(crawl_export, validator):
    assert len(crawl_export) >= 10
    invalid = {record.get("url"): errors(validator, record) for record in crawl_export}
    assert {url: problems for url, problems in invalid.items() if problems} == {}


def test_export_field_order_is_the_schema_order(crawl_export, schema):
    order = list(schema["properties"])
    assert all(list(record) == order for record in crawl_export)


def test_reference_article_line(crawl_export):
    [reference] = [record for record in crawl_export if record["url"] == REFERENCE]
    quote_blocks = [b for section in reference["body"] for b in section["blocks"] if b["kind"] == "quote"]
    assert [b["speaker"] for b in quote_blocks] == ["Kim Jong Un", "Kim Jong Un", "Vyacheslav Volodin"]
    assert [s["heading"] for s in reference["body"]][0] is None
    assert len(reference["body"]) > 1 and all(s["heading"] for s in reference["body"][1:])


def test_every_line_of_the_newsroom_validates(tmp_path, validator):
    db = open_database(build_newsroom(tmp_path / "news.db"), "read")
    records = [json.loads(line) for line in iter_export_lines(db)]
    assert {q["kind"] for record in records for q in record["quotes"]} == {"block", "inline", "partial"}
    assert [errors(validator, record) for record in records] == [[]] * len(records)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda r: r["quotes"].append({"text": "x", "speaker": None, "role": None, "kind": "indirect"}), "$.quotes[3].kind"),
        (lambda r: r["body"][0]["blocks"].append({"kind": "quote", "text": "x"}), "$.body[0].blocks[2]"),
        (lambda r: r.update(published="23.09.2025"), "$.published"),
        (lambda r: r.update(extra=1), "$"),
    ],
)
def test_schema_rejects_what_the_contract_forbids(tmp_path, validator, change, path):
    db = open_database(build_newsroom(tmp_path / "news.db"), "read")
    record = json.loads(next(iter_export_lines(db)))
    change(record)
    assert {error.json_path for error in validator.iter_errors(record)} == {path}
