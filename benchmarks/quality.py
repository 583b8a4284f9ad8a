"""Score the generic parser on the dev benchmark pages with the bench's own scorers.

    python benchmarks/quality.py [--data ../shared/bench] [--pred output/bench/quality.pred.jsonl]

Parses every page of the dev WARCs with site profiles switched off (`--site generic`), plus the
reference article (the saved english.pravda.ru page of the pravda golden fixture, the one quote
gold page that is in neither WARC), writes the predictions as JSON lines in the scorers'
contract, then runs `evaluate.py` on the Zyte and Fundus gold and `evaluate_quotes.py` on the
quote gold. Prints the README's quality table and ends with one JSON line of the figures, which
`benchmarks/report.py` turns into that table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from extract import DEFAULT_DATA, load_pages, prediction

from crawler.items import FetchedPage
from crawler.parsers import parse_page
from crawler.parsers.errors import NotAnArticle
from crawler.sites import GENERIC

REPO = Path(__file__).resolve().parent.parent
REFERENCE_HTML = REPO / "tests" / "fixtures" / "sites" / "pravda" / "2025-09-23_north-korea-blood-debt.html"
REFERENCE_URL = "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/"
DEFAULT_PRED = REPO / "output" / "bench" / "quality.pred.jsonl"

ARTICLE_METRICS = {
    "zyte": (("body_f1", "zyte_body_f1"),),
    "fundus": (
        ("body_f1", "fundus_body_f1"), ("title", "title"), ("published", "date"), ("authors", "authors_f1"),
        ("headings_f1", "headings_f1"), ("paragraphs", "paragraphs_f1"),
    ),
}
QUOTE_METRICS = (
    ("precision", "quotes_precision"), ("recall_direct", "quotes_recall_direct"),
    ("speaker_accuracy_direct", "speaker_accuracy_direct"), ("attributed_f1_direct", "attributed_f1_direct"),
)


def predictions(data: Path) -> list[dict]:
    """One prediction per dev page (an empty body for a page rejected as no article), then the
    reference article."""
    pages = load_pages(data)
    pages.append(FetchedPage(url=REFERENCE_URL, body=REFERENCE_HTML.read_bytes(), status=200,
                             headers={"content-type": "text/html; charset=utf-8"}, site="generic"))
    out = []
    for page in pages:
        try:
            out.append(prediction(parse_page(page, GENERIC)))
        except NotAnArticle:
            out.append({"url": page.url, "body": []})
    return out


def score(scorer: str, gold: Path, pred: Path) -> dict:
    """A scorer's --json report (no bootstrap: the table shows the values only)."""
    command = [sys.executable, str(gold.parent / scorer), "--gold", str(gold), "--pred", str(pred), "--json",
               "--bootstrap", "0"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the bench folder (WARCs, gold, scorers)")
    parser.add_argument("--pred", type=Path, default=DEFAULT_PRED, help="where to write the predictions")
    args = parser.parse_args(argv)
    if not (args.data / "evaluate.py").exists():
        sys.exit(f"benchmark data not found: {args.data} (pass --data DIR; it is ../shared/bench beside the repo)")

    args.pred.parent.mkdir(parents=True, exist_ok=True)
    with args.pred.open("w", encoding="utf-8") as out:
        for item in predictions(args.data):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")

    figures = {}
    for corpus, metrics in ARTICLE_METRICS.items():
        report = score("evaluate.py", args.data / f"{corpus}-dev.gold.jsonl", args.pred)
        for name, key in metrics:
            figures[key] = round(report["metrics"][name]["value"], 3)
    quotes = score("evaluate_quotes.py", args.data / "quotes-dev.gold.jsonl", args.pred)
    for name, key in QUOTE_METRICS:
        figures[key] = round(quotes[name], 3)

    print(f"predictions: {args.pred}")
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value:.3f}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
