"""Which person a he or she means when no sentence since the previous quotation settles it: the
most salient of the people who fit, by a score over what their mentions so far show.

| feature                                                                    | weight |
|----------------------------------------------------------------------------|--------|
| subject of the latest sentence since the previous quotation that has one    | 4      |
| subject of an earlier sentence since the previous quotation                 | 2      |
| named since the previous quotation otherwise (object, possessive, apposition) | 1.5  |
| spoke the previous quotation                                                | 1.5    |
| spoke an earlier one, another quotation since                               | 0.5    |
| known to be of the pronoun's gender (not merely not known otherwise)        | 0.5    |
| the person who fits that the article has named most so far                  | 0.5    |

A sentence-opening possessive ("Hosken's relationship with funders …") counts as a subject: the
sentence is about its owner. A name counts for nothing in a relative clause ("the room where
Eilidh was staying": the sentence only says where), as the subject who told a him or her of the
pronoun's gender something ("Tomas Novak told her she had …": the he or she goes on with the
other), or after a he or she of that gender that is its sentence's subject ("she trained as a
typist … before marrying Jack Donnelly": the sentence is about whom the pronoun means). Ties go
to the person named last. One pass over the mentions before the pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crawler.parsers.quotes.entities import Entity
from crawler.parsers.quotes.mentions import Registry, object_gender_after
from crawler.parsers.quotes.resolution_context import Context
from crawler.parsers.quotes.sentence_bounds import SENTENCE_END

LATEST_SUBJECT = 4.0
SUBJECT_SINCE = 2.0
NAMED_SINCE = 1.5
PREVIOUS_SPEAKER = 1.5
EARLIER_SPEAKER = 0.5
GENDER_KNOWN = 0.5
MOST_NAMED = 0.5

RELATIVE_BEFORE = re.compile(r"\b(?:where|which|whom)\s+$")
"""A relative word right before a name: the name is the subject of a relative clause."""
_PRONOUN_SUBJECT = {"m": re.compile(r"\b[Hh]e\s+[a-z]"), "f": re.compile(r"\b[Ss]he\s+[a-z]")}


def after_pronoun_subject(text: str, start: int, gender: str | None) -> bool:
    """A he or she of `gender` opens a clause in the sentence before `start`."""
    if gender not in _PRONOUN_SUBJECT:
        return False
    window = text[max(0, start - 300):start]
    ends = [end.end() for end in SENTENCE_END.finditer(window)]
    return _PRONOUN_SUBJECT[gender].search(window, ends[-1] if ends else 0) is not None


def salient_person(gender: str | None, position: int, registry: Registry, context: Context,
                   fits: Callable[[Entity | None], bool], candidates: list[Entity]) -> Entity | None:
    """The best scored of `candidates` (people who fit a he/she of `gender` at `position`), or None."""
    if not candidates:
        return None
    wanted = {id(e) for e in candidates}
    score = dict.fromkeys(wanted, 0.0)
    last: dict[int, int] = {}
    counts: dict[int, int] = {}
    latest_subject = True
    for mention in registry.before(position):  # (nearest first)
        entity = mention.entity
        if not fits(entity):
            continue
        key = id(entity)
        counts[key] = counts.get(key, 0) + 1
        if key not in wanted:
            continue
        last.setdefault(key, mention.start)
        if mention.start <= context.last_quote_position \
                or RELATIVE_BEFORE.search(registry.text, max(0, mention.start - 8), mention.start) \
                or entity.gender != gender and object_gender_after(registry.text, mention.end) == gender \
                or after_pronoun_subject(registry.reporter_text, mention.start, gender):
            continue
        if mention.subject and not mention.possessive or mention.possessive and mention.initial:
            score[key] = max(score[key], LATEST_SUBJECT if latest_subject else SUBJECT_SINCE)
            latest_subject = False
        else:
            score[key] = max(score[key], NAMED_SINCE)
    for entity in candidates:
        key = id(entity)
        if gender and entity.gender == gender:
            score[key] += GENDER_KNOWN
        if entity is context.last_speaker:
            score[key] += PREVIOUS_SPEAKER if context.last_speaker_position >= context.last_quote_position else EARLIER_SPEAKER
    most = max((counts.get(key, 0) for key in wanted), default=0)
    for key in wanted:
        if most and counts.get(key) == most:
            score[key] += MOST_NAMED
    return max(candidates, key=lambda e: (score[id(e)], last.get(id(e), -1)))
