"""Site profiles against the generic parser, on the bench pages of the outlets they cover.

    python benchmarks/sites.py [--data ../shared/bench] [--out output/bench/sites]

For every profile, the dev pages on its domains (both WARCs) are parsed twice: with the profile
(the layout version in force on the page's fetch date) and with `--site generic`. Each set of
predictions is scored by the bench's own `evaluate.py` against the gold of those pages only,
per site and per corpus; the table shows the profile's score beside the generic one. The last
line is JSON: `{"sites": {site: {corpus: {metric: [profile, generic]}}}}`.
The generic parser's own figures (#3) are measured on all pages with `--site generic` elsewhere;
these per-site figures only show what each profile adds on its outlet's pages.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.parsers import parse_page  # noqa: E402
from crawler.parsers.errors import NotAnArticle  # noqa: E402
from crawler.sites import GENERIC, SITES  # noqa: E402
from crawler.warc import iter_warc_pages  # noqa: E402

CORPORA = ("zyte-dev", "fundus-dev")
METRICS = {
    "zyte-dev": ("body_f1",),
    "fundus-dev": ("body_f1", "title", "published", "authors", "headings_f1", "paragraphs"),
}


def _record(article) -> dict:
    data = dataclasses.asdict(article)
    data.pop("page", None)
    return data


def predictions(data: Path, out: Path) -> dict[str, dict[str, list[str]]]:
    """Write `<site>.<corpus>.{profile,generic,gold}.jsonl` under `out`; returns the URLs per site and corpus."""
    urls: dict[str, dict[str, list[str]]] = {}
    for corpus in CORPORA:
        gold = {}
        with open(data / f"{corpus}.gold.jsonl", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                gold[record["url"]] = line
        for page in iter_warc_pages(data / f"{corpus}.warc.gz"):
            host = urlsplit(page.url).hostname or ""
            profile = next((p for p in SITES if p().handles(host)), None)
            if profile is None or page.url not in gold:
                continue
            version = profile.version_on(page.fetched_at)
            urls.setdefault(profile.key, {}).setdefault(corpus, []).append(page.url)
            stem = out / f"{profile.key}.{corpus}"
            for kind, chosen in (("profile", version()), ("generic", GENERIC)):
                try:
                    record = _record(parse_page(page, chosen))
                except NotAnArticle:
                    record = {"url": page.url}
                with open(f"{stem}.{kind}.jsonl", "a", encoding="utf-8") as handle:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            with open(f"{stem}.gold.jsonl", "a", encoding="utf-8") as handle:
                handle.write(gold[page.url])
    return urls


def score(data: Path, gold: Path, pred: Path) -> dict:
    done = subprocess.run([sys.executable, str(data / "evaluate.py"), "--gold", str(gold), "--pred", str(pred),
                           "--json", "--bootstrap", "0"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)["metrics"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "bench", help="the bench folder")
    parser.add_argument("--out", type=Path, default=ROOT / "output" / "bench" / "sites", help="where predictions go")
    args = parser.parse_args()
    if not (args.data / "evaluate.py").exists():
        print(f"skipped: no bench data at {args.data}")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.jsonl"):
        old.unlink()
    urls = predictions(args.data, args.out)
    result: dict = {}
    print(f"{'site':<13} {'corpus':<11} {'pages':>5}  " + "  ".join(f"{m:>20}" for m in METRICS["fundus-dev"]))
    for site in sorted(urls):
        for corpus in CORPORA:
            if corpus not in urls[site]:
                continue
            stem = args.out / f"{site}.{corpus}"
            on = score(args.data, Path(f"{stem}.gold.jsonl"), Path(f"{stem}.profile.jsonl"))
            off = score(args.data, Path(f"{stem}.gold.jsonl"), Path(f"{stem}.generic.jsonl"))
            row = {m: [_value(on, m), _value(off, m)] for m in METRICS[corpus]}
            result.setdefault(site, {})[corpus] = {"pages": len(urls[site][corpus]), **row}
            cells = "  ".join(f"{_pair(row.get(m)):>20}" for m in METRICS["fundus-dev"])
            print(f"{site:<13} {corpus:<11} {len(urls[site][corpus]):>5}  {cells}")
    print("(each cell: profile / generic)")
    print(json.dumps({"sites": result}))
    return 0


def _value(metrics: dict, name: str):
    value = metrics.get(name)
    if isinstance(value, dict):
        value = value.get("value")
    return None if value is None else round(value, 3)


def _pair(pair) -> str:
    if not pair or pair[0] is None:
        return "-"
    return f"{pair[0]:.3f} / {pair[1]:.3f}"


if __name__ == "__main__":
    sys.exit(main())
