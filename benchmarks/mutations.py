"""Break every dev benchmark page the ways real pages break, parse it, list what went wrong.

    python benchmarks/mutations.py [--data ../shared/bench] [--seed 0] [--slow 2] [--timeout 20]

Each page gets one mutation, drawn with the seed: cut short, garbage bytes inserted, re-encoded
as UTF-16, closing `</div>`s dropped, 3,000 `<div>`s nested, two stray NUL bytes in its tags, a JSON-LD
block nested 3,000 levels deep pasted in (inside another script when it lands there), bytes that
are no UTF-8, the page three times over, or links and pictures whose addresses urllib cannot
read. The parser may reject a page (NotAnArticle is its one error); any other exception (also
one parse_page turns into a "parser error" rejection), a parse slower than --slow seconds (CPU)
or stopped after --timeout is listed with the page and the mutation, and the script exits 1
when there is any. Ends with one JSON line: {"pages": …, "seed": …, "errors": …, "slow": …, "max_s": …, "by_mutation": {kind: pages},
"rejected": {kind: pages}} (a rejected page is not an error: a page cut short may hold no text).
Not a speed figure: the parse times of broken pages only show where a page can stall a crawl.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from extract import DEFAULT_DATA, load_pages

from crawler.parsers import parse_page
from crawler.parsers.errors import NotAnArticle
from crawler.sites import GENERIC

DEEP = 3000
"""Levels of the nesting mutations: far past every bound the parser sets (64 for JSON-LD)."""


def _cut(body: bytes, rnd: random.Random) -> bytes:
    return body[:rnd.randrange(len(body))]


def _garbage(body: bytes, rnd: random.Random) -> bytes:
    at = rnd.randrange(len(body))
    return body[:at] + rnd.randbytes(64) + body[at:]


def _utf16(body: bytes, rnd: random.Random) -> bytes:
    return body.decode("utf-8", "replace").encode("utf-16")


def _unclosed(body: bytes, rnd: random.Random) -> bytes:
    return body.replace(b"</div>", b"", rnd.randrange(1, 50))


def _nested(body: bytes, rnd: random.Random) -> bytes:
    at = rnd.randrange(len(body))
    return body[:at] + b"<div>" * DEEP + body[at:]


def _nul(body: bytes, rnd: random.Random) -> bytes:
    return body.replace(b"<", b"<\x00", 2)


def _deep_jsonld(body: bytes, rnd: random.Random) -> bytes:
    at = rnd.randrange(len(body))
    return body[:at] + b'<script type="application/ld+json">' + b'{"a":' * DEEP + b"</script>" + body[at:]


def _not_utf8(body: bytes, rnd: random.Random) -> bytes:
    return body.replace(b">", b">\xff\xfe", 20)


def _tripled(body: bytes, rnd: random.Random) -> bytes:
    return body * 3


def _bad_addresses(body: bytes, rnd: random.Random) -> bytes:
    """Addresses urllib cannot read in links and pictures: an unclosed IPv6 bracket, and a
    bracketed host that is no IP address (both raise ValueError in urlsplit)."""
    body = body.replace(b'href="https://', b'href="http://[broken/', rnd.randrange(1, 20))
    return body.replace(b'src="https://', "src=\"http://[\u2026]/".encode(), rnd.randrange(1, 20))


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "cut": _cut, "garbage": _garbage, "utf16": _utf16, "unclosed": _unclosed, "nested": _nested,
    "nul": _nul, "deep-jsonld": _deep_jsonld, "not-utf8": _not_utf8, "tripled": _tripled,
    "bad-addresses": _bad_addresses,
}


class _Stalled(Exception):
    pass


def _stall(signum, frame):
    raise _Stalled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the dev *.warc.gz")
    parser.add_argument("--seed", type=int, default=0, help="draws the mutations (the same seed, the same pages)")
    parser.add_argument("--slow", type=float, default=2.0, help="list parses taking more CPU seconds than this")
    parser.add_argument("--timeout", type=int, default=20, help="stop a parse after this many seconds")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"benchmark data not found: {args.data} (pass --data DIR; it is ../shared/bench beside the repo)")

    rnd = random.Random(args.seed)
    signal.signal(signal.SIGALRM, _stall)
    errors, slow, longest, kinds, rejected = 0, 0, 0.0, Counter(), Counter()
    pages = load_pages(args.data)
    for page in pages:
        kind = rnd.choice(sorted(MUTATIONS))
        kinds[kind] += 1
        page.body = MUTATIONS[kind](page.body, rnd)
        started = time.process_time()
        signal.alarm(args.timeout)
        try:
            parse_page(page, GENERIC)
        except NotAnArticle as rejection:
            if rejection.reason.startswith("parser error"):  # parse_page's net for any other exception
                errors += 1
                print(f"ERROR ({kind}): {page.url}: {rejection.reason} (its traceback is logged above)")
            else:
                rejected[kind] += 1
        except _Stalled:
            errors += 1
            print(f"STALLED after {args.timeout} s ({kind}): {page.url}")
        except Exception:  # noqa: BLE001 - listing every failure is the point
            errors += 1
            print(f"ERROR ({kind}): {page.url}\n{traceback.format_exc(limit=4)}")
        finally:
            signal.alarm(0)
        seconds = time.process_time() - started
        longest = max(longest, seconds)
        if seconds > args.slow:
            slow += 1
            print(f"SLOW {seconds:.1f} s ({kind}): {page.url}")
    print(json.dumps({"pages": len(pages), "seed": args.seed, "errors": errors, "slow": slow, "max_s": round(longest, 2),
                      "by_mutation": dict(sorted(kinds.items())), "rejected": dict(sorted(rejected.items()))}))
    return 1 if errors or slow else 0


if __name__ == "__main__":
    sys.exit(main())
