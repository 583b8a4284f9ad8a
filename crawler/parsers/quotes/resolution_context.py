"""What resolving a reference knows about the quotations read before it.

A he/she, "the company" or "the report" points back at what the article said before the
quotation: the previous speaker, the organisations it quoted, the document last cited. The reader
updates this state as it goes; speaker and organisation resolution only read it, so it lives
apart from both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.parsers.quotes.entities import Entity


@dataclass
class Context:
    """What resolution knows about the quotations already read."""

    last_quote_position: int = -1
    """Document offset of the previous quotation."""
    last_speaker: Entity | None = None
    """The entity that spoke the previous quotation, when named."""
    sources: dict[int, int] = field(default_factory=dict)
    """ids of entities the article presents as speaking or as a source (said, according to), with
    the document offset where it first does."""
    last_speaker_position: int = -1
    """Document offset of the last quotation `last_speaker` spoke."""
    other_speaker: Entity | None = None
    """The named speaker before `last_speaker` who is not them: the one a retort answers back to."""
    last_document: str | None = None
    """The document the previous quotation's said-clause named ("letter" for "the letter stated")."""
    last_unnamed: str | None = None
    """The description of the previous quotation's speaker when the article does not name them
    ("one grower")."""
    last_document_author: Entity | None = None
    """Who wrote that document, when the article says."""
    authors: dict[str, Entity] = field(default_factory=dict)
    """The author each document noun was last resolved to ("report": the commission whose
    review "the report says" quoted): the same "the report" later is theirs too."""
    section_start: int = 0
    """Document offset where the current body section (its sub-heading) begins."""

    def heard(self, speaker: Entity, position: int) -> None:
        """`speaker` spoke the quotation at `position`."""
        if speaker is not self.last_speaker:
            self.other_speaker = self.last_speaker
        self.last_speaker, self.last_speaker_position = speaker, position
