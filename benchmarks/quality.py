"""Score the generic parser on the dev benchmark pages with the bench's own scorers, per half.

    python benchmarks/quality.py [--data ../shared/bench] [--path export|parse|trafilatura] [--pred FILE] [--per-page DIR]

Every page of the dev WARCs (Zyte, Fundus, trafilatura's corpus) plus the reference article (the
saved english.pravda.ru page of the pravda golden fixture, the one quote gold page in no WARC) is
turned into a prediction with site profiles switched off, one of two ways (or a third, for comparison):

- `--path export` (default): what a user gets, `newsdesk ingest-warc --site generic` into a
  fresh database, then `newsdesk export` (rejects, de-duplication and normalization included);
- `--path parse`: the parser called in this process (a few times faster, for a tuning loop);
- `--path trafilatura`: trafilatura's own output on the same pages (its text as paragraphs, no
  sub-headings or quotes; its og:image as the only picture, the cover; its tags and categories
  as topics), so that every figure has trafilatura's beside it, per half too.

The predictions are scored with `evaluate.py` (Zyte and Fundus gold), `evaluate_segments.py`
(trafilatura's corpus), `evaluate_quotes.py` (the bench's quote gold, and ours for more pages:
`quotes-extra.gold.jsonl` beside this script, figures under `extra_` keys) and `evaluate_media.py` (images with
captions and credits, and topics, of the Fundus pages), each on the whole corpus and on
the two fixed halves of its publishers (`benchmarks/halves.py`: tune on one, check on the
other), and authors and dates also per page language where a language has >= 20 pages. Prints
a table of every figure (whole, tuning, checking, gap) and ends with one JSON line: the whole-
corpus figures under their plain keys (what the README table shows), plus `halves` and
`languages`.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import io
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from extract import DEFAULT_DATA, load_pages, prediction
from halves import HALVES, half_of

from crawler.items import FetchedPage
from crawler.parsers import parse_page
from crawler.parsers.errors import NotAnArticle
from crawler.sites import GENERIC

REPO = Path(__file__).resolve().parent.parent
REFERENCE_HTML = REPO / "tests" / "fixtures" / "sites" / "pravda" / "2025-09-23_north-korea-blood-debt.html"
REFERENCE_URL = "https://english.pravda.ru/news/world/164204-north-korea-blood-debt-russia-kursk/"
DEFAULT_PRED = REPO / "output" / "bench" / "quality.pred.jsonl"
EXTRA_QUOTE_GOLD = Path(__file__).resolve().parent / "quotes-extra.gold.jsonl"
"""Our own quote gold for more English dev pages (Zyte and Fundus pages the bench's quote gold
leaves out, annotated on their gold body text; pages of trafilatura's corpus, annotated on the
body newsdesk extracts), by QUOTES.md and without running the extractor on them; scored like the
bench's, under `extra_`-prefixed keys."""
MIN_LANGUAGE_PAGES = 20

ARTICLE_METRICS = {
    "zyte": (("body_f1", "zyte_body_f1"),),
    "fundus": (
        ("body_f1", "fundus_body_f1"), ("title", "title"), ("published", "date"), ("authors", "authors_f1"),
        ("headings_f1", "headings_f1"), ("paragraphs", "paragraphs_f1"),
    ),
}
SEGMENT_METRICS = (
    ("f1", "traf_f1"), ("precision", "traf_precision"), ("recall", "traf_recall"), ("title", "traf_title"),
    ("authors", "traf_authors_f1"), ("published", "traf_date"),
)
QUOTE_METRICS = (
    ("precision", "quotes_precision"), ("recall_direct", "quotes_recall_direct"),
    ("speaker_accuracy_direct", "speaker_accuracy_direct"), ("attributed_f1_direct", "attributed_f1_direct"),
)
MEDIA_METRICS = (
    ("image_precision", "image_precision"), ("image_recall", "image_recall"), ("image_f1", "image_f1"),
    ("cover", "cover"), ("caption", "caption"), ("credits_f1", "credits_f1"), ("topics_f1", "topics_f1"),
)
LANGUAGE_FIELDS = {"fundus": (("authors", "authors_f1"), ("published", "date")),
                   "traf": (("authors", "traf_authors_f1"), ("published", "traf_date"))}


def reference_page() -> FetchedPage:
    return FetchedPage(url=REFERENCE_URL, body=REFERENCE_HTML.read_bytes(), status=200,
                       headers={"content-type": "text/html; charset=utf-8"}, site="generic")


def parsed_predictions(data: Path) -> list[dict]:
    """One prediction per dev page, parsed in this process (an empty body for a rejected page)."""
    out = []
    for page in [*load_pages(data), reference_page()]:
        try:
            out.append(prediction(parse_page(page, GENERIC)))
        except NotAnArticle:
            out.append({"url": page.url, "body": []})
    return out


def trafilatura_predictions(data: Path) -> list[dict]:
    """trafilatura 2.x's output for every dev page in the scorers' contract: the elements of its
    extracted body as sections (a `head` opens one) of paragraphs, lists, quotes and tables; its
    title, date and authors; its og:image as the only picture, the cover; its tags and categories
    as topics."""
    import trafilatura

    out = []
    for page in load_pages(data):
        document = trafilatura.bare_extraction(page.body, url=page.url, with_metadata=True)
        if document is None:
            out.append({"url": page.url, "body": []})
            continue
        out.append({
            "url": page.url, "title": document.title, "published": document.date,
            "authors": [name.strip() for name in (document.author or "").split(";") if name.strip()],
            "body": _trafilatura_sections(document.body),
            "images": [{"url": document.image, "caption": None, "alt": None, "credits": [], "is_cover": True}] if document.image else [],
            "topics": list(dict.fromkeys([*(document.tags or []), *(document.categories or [])])),
        })
    return out


_TRAFILATURA_KINDS = {"p": "paragraph", "list": "list", "quote": "quote", "table": "table"}


def _trafilatura_sections(body) -> list[dict]:
    sections = [{"heading": None, "blocks": []}]
    for element in body if body is not None else ():
        if element.tag == "list":
            text = "\n".join(" ".join("".join(item.itertext()).split()) for item in element)
        else:
            text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if element.tag == "head":
            sections.append({"heading": text, "blocks": []})
        else:
            sections[-1]["blocks"].append({"kind": _TRAFILATURA_KINDS.get(element.tag, "paragraph"), "text": text})
    return sections


def exported_predictions(data: Path, workdir: Path) -> list[dict]:
    """The export lines of a fresh database the dev WARCs (and the reference page) were ingested into."""
    reference = workdir / "reference.warc.gz"
    write_page_warc(reference, reference_page())
    db, export = workdir / "quality.db", workdir / "export.jsonl"
    newsdesk = [sys.executable, "-m", "newsdesk"]
    warcs = [str(path) for path in sorted(data.glob("*.warc.gz"))] + [str(reference)]
    subprocess.run([*newsdesk, "ingest-warc", "--site", "generic", "--db", str(db), "--no-raw-pages", *warcs],
                   cwd=REPO, check=True, capture_output=True)
    subprocess.run([*newsdesk, "export", "--db", str(db), "-o", str(export)], cwd=REPO, check=True, capture_output=True)
    with export.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def write_page_warc(path: Path, page: FetchedPage) -> None:
    """A one-record WARC holding `page` as a 200 response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    headers = StatusAndHeaders("200 OK", [(name.title(), value) for name, value in page.headers.items()],
                               protocol="HTTP/1.1")
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warc_record(page.url, "response", payload=io.BytesIO(page.body),
                                                      http_headers=headers))


SCORERS = ("evaluate", "evaluate_segments", "evaluate_quotes", "evaluate_media")
"""The bench's scorer modules (files in the bench folder, not installed packages)."""


def load_scorers(data: Path):
    """The bench's scorer modules, imported from `data` (by name: they are no dependency of
    newsdesk, and tests/test_install.py checks only installed ones)."""
    sys.path.insert(0, str(data))
    return tuple(importlib.import_module(name) for name in SCORERS)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def split(gold: list[dict]) -> dict[str, list[dict]]:
    """The gold rows of the whole corpus and of each half."""
    parts = {"whole": gold, **{half: [] for half in HALVES}}
    for row in gold:
        parts[half_of(row["url"])].append(row)
    return parts


class Scoring:
    """Every figure of one set of predictions, per corpus, half and language."""

    def __init__(self, data: Path, predictions: list[dict], per_page: Path | None = None):
        self.evaluate, self.segments, self.quotes, self.media = load_scorers(data)
        self.data = data
        self.predictions = predictions
        self.per_page = per_page
        self.by_url = {}
        for row in predictions:
            self.by_url.setdefault(self.evaluate.url_key(row.get("url") or ""), row)
        self.figures: dict[str, dict[str, float]] = defaultdict(dict)
        self.languages: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
        self.quote_pages: dict[str, int] = {}

    def run(self) -> None:
        for corpus, metrics in ARTICLE_METRICS.items():
            for part, gold in split(read_jsonl(self.data / f"{corpus}-dev.gold.jsonl")).items():
                report = self.evaluate.evaluate(gold, self.predictions, n_boot=0)
                for name, key in metrics:
                    if name in report["metrics"]:
                        self.figures[key][part] = report["metrics"][name]["value"]
                if part == "whole":
                    self._save_pages(corpus, report["pages"])
                    if corpus in LANGUAGE_FIELDS:
                        self._per_language(corpus, gold, report["pages"])
        self._score_by_url("traf", "traf-dev.gold.jsonl", self.segments.score, SEGMENT_METRICS)
        quote_predictions = self.quotes.index_predictions(self.predictions)
        self._score_quotes("dev", self.data / "quotes-dev.gold.jsonl", "", quote_predictions)
        if EXTRA_QUOTE_GOLD.exists():
            self._score_quotes("extra", EXTRA_QUOTE_GOLD, "extra_", quote_predictions)
        self._score_by_url("media", "fundus-dev.media.jsonl", self.media.score, MEDIA_METRICS)

    def _score_quotes(self, gold_name: str, gold_file: Path, prefix: str, predictions: dict) -> None:
        """Quote figures of `predictions` (indexed by URL) against one quote gold file, whole and per
        half, under `prefix`ed keys (per page to quotes.jsonl, or quotes-<gold_name>.jsonl for
        another gold than the bench's)."""
        for part, gold in split(self.quotes.resolve_gold(read_jsonl(gold_file), {})).items():
            report = self.quotes.evaluate(gold, predictions, n_boot=0)
            for name, key in QUOTE_METRICS:
                self.figures[prefix + key][part] = report["result"][name]
            if part == "whole":
                self.quote_pages[gold_name] = len(gold)
                self._save_pages("quotes" if gold_name == "dev" else f"quotes-{gold_name}", report["per_page"])

    def _score_by_url(self, corpus: str, gold_file: str, score, metrics) -> None:
        """Figures of a scorer called as `score(gold, predictions by URL) -> (metrics, rows)`,
        for the whole corpus and each half; per page (and per language) for the whole."""
        for part, gold in split(read_jsonl(self.data / gold_file)).items():
            scores, rows = score(gold, self.by_url)
            for name, key in metrics:
                self.figures[key][part] = scores[name]
            if part == "whole":
                self._save_pages(corpus, rows)
                if corpus in LANGUAGE_FIELDS:
                    self._per_language(corpus, gold, rows)

    def _per_language(self, corpus: str, gold: list[dict], pages: list[dict]) -> None:
        """Authors and dates per page language (as the page declares it), languages with enough pages."""
        groups: dict[str, list[dict]] = defaultdict(list)
        for row, page in zip(gold, pages):
            language = (self.by_url.get(self.evaluate.url_key(row["url"])) or {}).get("language") or "?"
            groups[language.split("-")[0].lower()].append(page)
        for language, rows in sorted(groups.items()):
            for name, key in LANGUAGE_FIELDS[corpus]:
                values = [row[name] for row in rows if name in row]
                if len(values) >= MIN_LANGUAGE_PAGES:
                    self.languages[key][f"{language} ({len(values)})"] = sum(values) / len(values)

    def _save_pages(self, corpus: str, pages: list[dict]) -> None:
        if self.per_page is None:
            return
        self.per_page.mkdir(parents=True, exist_ok=True)
        with (self.per_page / f"{corpus}.jsonl").open("w", encoding="utf-8") as out:
            for page in pages:
                out.write(json.dumps({"half": half_of(page.get("url") or page.get("id") or ""), **page},
                                     ensure_ascii=False) + "\n")

    def table(self) -> list[str]:
        width = max(map(len, self.figures))
        lines = [f"{'figure':<{width}}  whole   tuning  checking  gap"]
        for key, parts in self.figures.items():
            gap = parts.get("tuning", 0.0) - parts.get("checking", 0.0)
            lines.append(f"{key:<{width}}  {parts['whole']:.3f}   {parts.get('tuning', 0):.3f}   "
                         f"{parts.get('checking', 0):.3f}     {gap:+.3f}")
        for key, groups in self.languages.items():
            lines.append(f"{key} by language: " + ", ".join(f"{lang} {value:.3f}" for lang, value in groups.items()))
        return lines

    def summary(self) -> dict:
        result = {key: round(parts["whole"], 3) for key, parts in self.figures.items()}
        result["halves"] = {key: {half: round(parts[half], 3) for half in HALVES if half in parts}
                            for key, parts in self.figures.items()}
        result["languages"] = {key: {lang: round(value, 3) for lang, value in groups.items()}
                               for key, groups in self.languages.items()}
        result["quote_pages"] = dict(self.quote_pages)
        return result


def write_predictions(path: Path, predictions: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as out:
        for item in predictions:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the bench folder (WARCs, gold, scorers)")
    parser.add_argument("--path", choices=("export", "parse", "trafilatura"), default="export",
                        help="export: ingest-warc + export, as a user runs it (default); parse: the parser in this "
                             "process (faster); trafilatura: trafilatura's output on the same pages, scored the same way")
    parser.add_argument("--pred", type=Path, default=DEFAULT_PRED, help="where to write the predictions")
    parser.add_argument("--per-page", type=Path, metavar="DIR",
                        help="write each corpus' per-page scores (with the page's half) to DIR/<corpus>.jsonl")
    args = parser.parse_args(argv)
    if not (args.data / "evaluate_segments.py").exists():
        sys.exit(f"benchmark data not found: {args.data} (pass --data DIR; it is ../shared/bench beside the repo)")

    if args.path == "parse":
        predictions = parsed_predictions(args.data)
    elif args.path == "trafilatura":
        predictions = trafilatura_predictions(args.data)
    else:
        with tempfile.TemporaryDirectory(prefix="newsdesk-quality-") as workdir:
            predictions = exported_predictions(args.data, Path(workdir))
    write_predictions(args.pred, predictions)
    scoring = Scoring(args.data, predictions, args.per_page)
    scoring.run()
    print(f"predictions ({args.path}): {args.pred}")
    print("\n".join(scoring.table()))
    print(json.dumps(scoring.summary()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
