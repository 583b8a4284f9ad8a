"""Pull quotes the page sets as paragraphs of the body.

A box between paragraphs that prints again words the article quotes elsewhere ("“If you don't
have a big booster, …,” Stafford said." four paragraphs before Stafford says it) reads as one more
paragraph once the page is flattened; read in the flow, its speaker becomes the one the next "he
said" goes to. Such a paragraph is marked `repeat`: the reader gives its quotations their
originals' speakers and keeps it out of the flow and of the subjects.
"""

from __future__ import annotations

from crawler.parsers.quotes.document import Unit
from crawler.parsers.quotes.spans import CLOSING_MARKS, Span

_REPEAT_CHARS = 25
"""The shortest quotation whose second printing marks a pull quote (not a phrase echoed)."""
_REPEAT_UNIT_CHARS = 400
"""The longest paragraph read as a pull quote."""
_UTTERANCE_ENDS = (",", ".", "!", "?", "…")


def mark_repeats(units: list[Unit], spans: dict[int, list[Span]]) -> None:
    """Mark `repeat` each short paragraph that is mostly quotation, whose every quotation is an
    utterance the body prints again in another paragraph. A reporter's sentence weaving in a
    phrase that a later quotation holds ("the city “must not let rioters prevail” after …") is no
    copy; nor is either of two paragraphs that repeat each other."""
    quoted = [i for i, u in enumerate(units) if u.kind == "paragraph" and spans.get(i)]
    if len(quoted) < 2:
        return
    flat = {i: " ".join(units[i].text.split()) for i in quoted}
    printed = "\n".join(flat.values())
    found = {}
    for i in quoted:
        if len(flat[i]) > _REPEAT_UNIT_CHARS:
            continue
        cores = [" ".join(span.text.split()) for span in spans[i]]
        if all(len(core) >= _REPEAT_CHARS and core.rstrip(CLOSING_MARKS + " ").endswith(_UTTERANCE_ENDS) for core in cores) \
                and 2 * sum(map(len, cores)) >= len(flat[i]) and all(printed.count(core) > 1 for core in cores):
            # (the whole text first: most quotations are printed once, and need no paragraph by paragraph look)
            sources = {j for j in quoted if j != i and flat[j] != flat[i] and all(core in flat[j] for core in cores)}
            if sources:
                found[i] = sources
    for i, sources in found.items():
        if sources - found.keys():
            units[i].kind = "repeat"
