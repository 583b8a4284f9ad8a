"""How the CLI shows what is stored: rich on a terminal, plain text when piped.

Every view takes plain data (export records, the read API's small dataclasses) and a `View`,
which wraps a rich `Console`. On a terminal a view draws styled text and tables; when stdout is
not a terminal it prints plain lines (tables as tab-separated rows with a header) that `grep`,
`cut` and `less` handle. Views never query the database.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any

from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

HIGHLIGHT = ("\x02", "\x03")
"""Markers search snippets are asked to wrap matched terms in (never present in article text)."""
PLAIN_HIGHLIGHT = ("[", "]")
"""How matched terms are marked in plain output."""


class View:
    """Where and how to print: rich styling on a terminal, plain lines otherwise."""

    def __init__(self, file: IO[str] | None = None, *, rich: bool | None = None):
        self.file = file = file or sys.stdout
        self.rich = file.isatty() if rich is None else rich
        self.console = Console(file=file, highlight=False, soft_wrap=not self.rich, emoji=False)

    def print(self, *objects: Any, sep: str = " ", style: str | None = None) -> None:
        """Print like `Console.print` with rich markup off (stored text may contain brackets);
        plain mode writes the text as is (no wrapping, tabs kept)."""
        if self.rich:
            self.console.print(*objects, sep=sep, style=style, markup=False)
        else:
            self.file.write(sep.join(str(item) for item in objects) + "\n")

    def table(self, title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], *, right: Sequence[str] = ()) -> None:
        """A titled table; plain mode prints `# title`, a tab-separated header and rows."""
        rows = [["" if value is None else str(value) for value in row] for row in rows]
        if not self.rich:
            self.print(f"# {title}")
            for row in (list(columns), *rows):
                self.print("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))
            return
        table = Table(title=title, title_justify="left", title_style="bold", box=None, pad_edge=False, header_style="bold underline")
        for index, column in enumerate(columns):
            if column in right:
                table.add_column(column, justify="right", no_wrap=True)
            else:
                widest = max((len(row[index]) for row in rows), default=0)
                table.add_column(column, overflow="fold", min_width=min(widest, 24))
        for row in rows:
            table.add_row(*row)
        self.console.print(table)


# -- one article -----------------------------------------------------------------------------


def show_article(view: View, record: dict) -> None:
    """The article as a reader sees it: header, lead, sections with sub-headings, paragraphs,
    quote blocks with speaker and role, pictures with caption and credits where they stand; then
    its topics, its quotes and where it came from."""
    byline = " · ".join(
        part for part in (
            record.get("section"),
            _when(record.get("published")),
            ("by " + ", ".join(record["authors"])) if record.get("authors") else None,
            record.get("publisher") or record.get("site"),
            {False: "paywalled", True: "free to read"}.get(record.get("free_access")),
            record.get("page_type") if record.get("page_type") not in (None, "article") else None,
        ) if part
    )
    if view.rich:
        view.print(Text(record.get("title") or "(untitled)", style="bold"))
        view.print(Text(byline, style="cyan"))
        view.print(Text(record["url"], style="dim"))
    else:
        view.print(record.get("title") or "(untitled)")
        view.print(byline)
        view.print(record["url"])
    for image in images_above_body(record):
        view.print()
        _show_image(view, image)
    if record.get("lead"):
        view.print()
        view.print(Text(record["lead"], style="italic") if view.rich else record["lead"])
    for section in record.get("body", []):
        if section.get("heading"):
            view.print()
            view.print(Rule(section["heading"], align="left", style="bold") if view.rich else f"## {section['heading']}")
        for block in section.get("blocks", []):
            view.print()
            _show_block(view, block)
    if record.get("topics"):
        view.print()
        view.print("Topics: " + ", ".join(record["topics"]), style="cyan" if view.rich else None)
    quotes = record.get("quotes") or []
    if quotes:
        view.print()
        view.print(Rule(f"Quotes ({len(quotes)})", align="left") if view.rich else f"## Quotes ({len(quotes)})")
        for quote in quotes:
            view.print(f"[{quote['kind']}] {quote['text']} — {_attribution(quote)}")
    view.print()
    view.print(f"id {record.get('id')} · first seen {record.get('first_seen_at')} · parser {record.get('parser')}",
               style="dim" if view.rich else None)


def images_above_body(record: dict) -> list[dict]:
    """The record's pictures that stand in no body block (the cover above the text); the others
    show where their image block stands."""
    in_body = {block.get("url") for section in record.get("body", []) for block in section.get("blocks", [])
               if block["kind"] == "image"}
    return [image for image in record.get("images") or [] if image["url"] not in in_body]


def _show_block(view: View, block: dict) -> None:
    kind, text = block["kind"], block["text"]
    if kind == "quote":
        attribution = f"— {_attribution(block)}"
        if view.rich:
            quote = Text(text, style="italic")
            quote.append("\n" + attribution, style="bold")
            view.print(Padding(quote, (0, 0, 0, 4)))
        else:
            view.print("    > " + text.replace("\n", "\n    > "))
            view.print("      " + attribution)
    elif kind == "list":
        for item in text.splitlines():
            view.print(f"  • {item}")
    elif kind == "code":
        view.print("    " + text.replace("\n", "\n    "))
    elif kind == "image":
        _show_image(view, block)
    else:
        view.print(text)


def _show_image(view: View, image: dict) -> None:
    """`[picture] caption (credits)` and its URL; the alt text when there is no caption."""
    label = image.get("caption") or image.get("alt") or "(no caption)"
    credits = f" ({', '.join(image['credits'])})" if image.get("credits") else ""
    cover = "cover picture" if image.get("is_cover") else "picture"
    if view.rich:
        view.print(Text(f"[{cover}] ", style="bold magenta") + Text(label + credits, style="italic"))
        view.print(Text("    " + image["url"], style="dim"))
    else:
        view.print(f"[{cover}] {label}{credits}")
        view.print(f"    {image['url']}")


def _attribution(item: dict) -> str:
    speaker = item.get("speaker") or "unattributed"
    return f"{speaker}, {item['role']}" if item.get("role") else speaker


def _when(published: str | None) -> str | None:
    """`2025-09-23T13:05:00+03:00` -> `2025-09-23 13:05 +03:00`."""
    if not published or "T" not in published:
        return published
    day, time = published.split("T", 1)
    clock, zone = time[:5], time[8:]
    return f"{day} {clock}{(' ' + zone) if zone else ''}"


# -- lists -----------------------------------------------------------------------------------


def show_search(view: View, query: str, hits: Sequence[Any]) -> None:
    """Ranked hits with their highlighted snippets."""
    if not hits:
        view.print(f"no articles match {query!r}")
        return
    for number, hit in enumerate(hits, 1):
        header = f"{number}. #{hit.article_id} {hit.title or '(untitled)'} — {hit.section or '-'}, {(hit.published or '')[:10]}"
        if view.rich:
            view.print(Text(header, style="bold"))
            view.print(_highlighted(hit.snippet.replace("\n", " ")), Text(hit.url, style="dim"), sep="\n")
        else:
            open_, close = PLAIN_HIGHLIGHT
            view.print(header)
            view.print("    " + hit.snippet.replace(HIGHLIGHT[0], open_).replace(HIGHLIGHT[1], close).replace("\n", " "))
            view.print("    " + hit.url)
    view.print(f"{len(hits)} result{'s' if len(hits) != 1 else ''} for {query!r}", style="dim" if view.rich else None)


def _highlighted(snippet: str) -> Text:
    text = Text(style="")
    open_, close = HIGHLIGHT
    for index, part in enumerate(snippet.replace(close, open_).split(open_)):
        text.append(part, style="bold yellow" if index % 2 else "")
    return text


def show_quotes(view: View, quotes: Iterable[Any]) -> int:
    """A table of quotes with speaker, role, kind and article; returns how many were shown."""
    rows = [
        ((q.published or "")[:10], q.speaker or "", q.role or "", q.kind, q.text, q.article_id)
        for q in quotes
    ]
    view.table(f"Quotes ({len(rows)})", ("date", "speaker", "role", "kind", "quote", "article"), rows, right=("article",))
    return len(rows)


def show_runs(view: View, runs: Sequence[Any], title: str = "Runs") -> None:
    """Crawl runs, newest first: duration in seconds (s), requests (req), and counts of new,
    updated (upd), unchanged (same), duplicate (dup), rejected (rej) articles and errors (err)."""
    counts = ("req", "new", "upd", "same", "dup", "rej", "err")
    view.table(
        title,
        ("id", "spider", "started (UTC)", "s", "status", *counts),
        [
            (r.id, r.spider, r.started_at[:16].replace("T", " "), "" if r.seconds is None else f"{r.seconds:.0f}",
             r.status, r.requests, r.new, r.updated, r.unchanged, r.duplicates, r.rejects, r.errors)
            for r in runs
        ],
        right=("id", "s", *counts),
    )


def show_stats(view: View, stats: Any) -> None:
    """Totals, articles by site / section / day, top speakers and the last runs."""
    view.table("Totals", ("what", "count"), stats.totals.items(), right=("count",))
    view.table("Articles by site", ("site", "articles", "first published", "last published"), stats.by_site, right=("articles",))
    view.table("Articles by section", ("site", "section", "articles"), stats.by_section, right=("articles",))
    view.table("Articles by day (newest first)", ("day", "articles"), stats.by_day, right=("articles",))
    view.table("Top speakers", ("speaker", "quotes", "articles"), stats.top_speakers, right=("quotes", "articles"))
    show_runs(view, stats.runs, title="Last runs")
