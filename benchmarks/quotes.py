"""Quote extraction on the dev gold, independent of the HTML parser.

    .venv/bin/python benchmarks/quotes.py [--data ../shared/bench] [--out output/quotes-dev.pred.jsonl]
                                          [--per-page output/quotes-dev.per-page.jsonl] [--repeat 20]

Builds one Article per page of `quotes-dev.gold.jsonl` from the bench's gold body text, the way
the HTML parser delivers it:

* Zyte pages (`zyte-dev.gold.jsonl` `text`): one section; paragraphs are the text's blank-line
  separated blocks (a single newline inside one, as in an embedded post, stays inside it);
* Fundus pages (`fundus-dev.gold.jsonl`): the summary paragraphs, then each section with its
  heading and paragraphs (the gold `text` is exactly these joined by newlines);
* the reference article (the one gold page in neither file): the seed text from
  `../seeds/`, body from the first paragraph after the section line, its headings as section
  headings and each signed quotation as Block(kind="quote", speaker, role).

Runs `extract_quotes` on each, writes the predictions as JSON lines ({"url", "quotes"}), prints
the time extract_quotes takes per page and the scorer's report
(`evaluate_quotes.py --gold quotes-dev.gold.jsonl --pred …`).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.items import Article, Block, Section  # noqa: E402
from crawler.parsers.quotes import extract_quotes  # noqa: E402
from crawler.parsers.quotes.document import parse_signature  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "bench"
SEED_NAME = "pravda-2025-09-23-north-korea-blood-debt.txt"


def read_jsonl(path: Path) -> list[dict]:
    """Rows of a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def zyte_article(row: dict) -> Article:
    """An Article from a Zyte gold page: one section of blank-line separated paragraphs."""
    text = row["text"]
    parts = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    blocks = [Block("paragraph", part.strip()) for part in parts if part.strip()]
    return Article(url=row["url"], body=[Section(None, blocks)])


def fundus_article(row: dict) -> Article:
    """An Article from a Fundus gold page: summary paragraphs, then sections with headings."""
    sections = [Section(None, [Block("paragraph", p) for p in row.get("summary") or [] if p.strip()])]
    for section in row.get("sections") or []:
        blocks = [Block("paragraph", p) for p in section.get("paragraphs") or [] if p.strip()]
        if section.get("heading") or not sections[-1].blocks:
            sections.append(Section(section.get("heading"), blocks))
        else:
            sections[-1].blocks.extend(blocks)
    return Article(url=row["url"], title=row.get("title"),
                   body=[s for s in sections if s.heading or s.blocks])


def _is_heading(line: str) -> bool:
    return len(line) < 90 and not line.rstrip().endswith((".", "!", "?", "”", "\"", ":", "’"))


def seed_article(url: str, path: Path) -> Article:
    """The reference article from its seed text: nav line, title, section line, then the body."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, section_name, body_lines = lines[1], lines[2], lines[3:]
    sections = [Section(None, [])]
    for line in body_lines:
        signature = parse_signature(line)
        if signature and sections[-1].blocks:
            quoted = sections[-1].blocks.pop()
            sections[-1].blocks.append(Block("quote", quoted.text, signature[0], signature[1]))
        elif _is_heading(line):
            sections.append(Section(line, []))
        else:
            sections[-1].blocks.append(Block("paragraph", line))
    return Article(url=url, title=title, section=section_name, body=sections)


def build_articles(data: Path) -> list[Article]:
    """One Article per gold page, in gold order."""
    pages = {}
    for name, build in (("zyte-dev.gold.jsonl", zyte_article), ("fundus-dev.gold.jsonl", fundus_article)):
        for row in read_jsonl(data / name):
            pages[row["url"]] = (build, row)
    articles = []
    for gold in read_jsonl(data / "quotes-dev.gold.jsonl"):
        if gold["url"] in pages:
            build, row = pages[gold["url"]]
            articles.append(build(row))
        else:
            articles.append(seed_article(gold["url"], data.parent / "seeds" / SEED_NAME))
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the bench folder")
    parser.add_argument("--out", type=Path, default=REPO / "output" / "quotes-dev.pred.jsonl")
    parser.add_argument("--per-page", type=Path, default=None, help="scorer's per-page report")
    parser.add_argument("--repeat", type=int, default=20, help="timing runs over all pages")
    parser.add_argument("--json", action="store_true", help="scorer output as JSON")
    args = parser.parse_args(argv)
    if not (args.data / "quotes-dev.gold.jsonl").is_file():
        print(f"bench data not found: {args.data} (pass --data DIR holding quotes-dev.gold.jsonl)",
              file=sys.stderr)
        return 2
    articles = build_articles(args.data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for article in articles:
            quotes = [asdict(q) for q in extract_quotes(article)]
            handle.write(json.dumps({"url": article.url, "quotes": quotes}, ensure_ascii=False) + "\n")
    runs = []
    for _ in range(args.repeat):
        started = time.process_time()
        for article in articles:
            extract_quotes(article)
        runs.append((time.process_time() - started) * 1000 / len(articles))
    runs.sort()
    print(f"extract_quotes: {runs[len(runs) // 2]:.2f} ms/page CPU time (median of {args.repeat} runs "
          f"over {len(articles)} pages; fastest run {runs[0]:.2f})")
    command = [sys.executable, str(args.data / "evaluate_quotes.py"),
               "--gold", str(args.data / "quotes-dev.gold.jsonl"), "--pred", str(args.out)]
    if args.per_page:
        command += ["--per-page", str(args.per_page)]
    if args.json:
        command.append("--json")
    print("$ " + " ".join(command), flush=True)
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
