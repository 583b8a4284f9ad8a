"""`newsdesk demo`: the whole job on the bundled site, as `make demo` runs it."""

import orjson

from tests.helpers import run_newsdesk

REFERENCE_URL = "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/"


def test_demo_crawls_stores_exports_and_summarizes(tmp_path):
    db, export = tmp_path / "demo.db", tmp_path / "articles.jsonl"
    result = run_newsdesk("demo", "--db", str(db), "--export", str(export))
    assert result.returncode == 0, result.stderr[-3000:]
    summary = result.stdout
    assert "newsdesk demo:" in summary
    assert "rejects:" in summary and "http 404" in summary
    assert "errors: 0" in summary
    # the sample site carries one article twice: counted apart from the new ones, so that
    # "15 articles (14 new this run)" adds up
    assert "14 new, 0 updated, 0 removed; stored as duplicates of another article (duplicate_of set): 1" \
        in summary and "15 articles in" in summary
    assert "; pictures: 3" in summary and "topics: Transport 5," in summary
    lines = [orjson.loads(line) for line in export.read_bytes().splitlines()]
    urls = [line["url"] for line in lines]
    assert REFERENCE_URL in urls
    assert len(urls) == len(set(urls)) >= 12
    reference = lines[urls.index(REFERENCE_URL)]
    assert [q["speaker"] for q in reference["quotes"] if q["kind"] == "block"] == [
        "Kim Jong Un",
        "Kim Jong Un",
        "Vyacheslav Volodin",
    ]

    again = run_newsdesk("demo", "--db", str(db), "--export", str(export))
    assert again.returncode == 0, again.stderr[-3000:]
    assert "(0 new this run)" in again.stdout
    assert "(0 articles parsed); skipped 15 stored articles" in again.stdout
    assert len(export.read_bytes().splitlines()) == len(lines)


def test_summary_names_the_largest_sections_and_topics_and_counts_the_rest(tmp_path):
    from newsdesk.demo import RUN_COUNTS, SHOWN, Summary

    topics = {f"topic {n}": 100 - n for n in range(SHOWN + 3)}
    summary = Summary(db_path=tmp_path / "x.db", export_path=tmp_path / "x.jsonl", seconds=1.0,
                      sections={"World": 2}, topics=topics, run=dict.fromkeys(RUN_COUNTS, 0))
    lines = summary.render().splitlines()
    assert "sections: World 2" in lines
    topic_line = next(line for line in lines if line.startswith("topics: "))
    assert topic_line.startswith("topics: topic 0 100, topic 1 99,")
    assert f"topic {SHOWN - 1} " in topic_line and f"topic {SHOWN} " not in topic_line
    assert topic_line.endswith(" and 3 more")
