"""A quotation being read: where it is, how it reads, and who it is settled on."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.items import Quote
from crawler.parsers.quotes.speaker_references import Ref
from crawler.parsers.quotes.document import Unit
from crawler.parsers.quotes.entities import Entity
from crawler.parsers.quotes.spans import Span

_BLOCK_MARKS = "“”\"„«»‘’'"


@dataclass
class Quotation:
    """A quotation being read: where it is, how it reads, and who it is settled on."""

    unit: Unit
    span: Span | None
    kind: str
    ref: Ref | None = None
    entity: Entity | None = None
    speaker: str | None = None
    role: str | None = None
    settled: bool = False

    def settle(self, entity: Entity | None, role: str | None = None) -> None:
        """Give the quotation its speaker (None: nobody named) and role."""
        self.entity = entity
        self.speaker = entity.written_name if entity else None
        self.role = role or (entity.role if entity else None)
        self.settled = True

    def quote(self) -> Quote:
        """The finished Quote."""
        text = strip_marks(self.unit.text) if self.span is None else self.span.text
        return Quote(text=text, speaker=self.speaker, role=self.role, kind=self.kind)


def strip_marks(text: str) -> str:
    """A block quote's text without the quotation marks around it."""
    text = text.strip()
    if len(text) > 2 and text[0] in _BLOCK_MARKS and text[-1] in _BLOCK_MARKS:
        return text[1:-1].strip()
    if text[:1] in _BLOCK_MARKS and text.count(text[0]) == 1:
        return text[1:].strip()
    return text
