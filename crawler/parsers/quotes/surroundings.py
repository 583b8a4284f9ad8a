"""What the surrounding text says about a quotation that its own sentence does not attribute.

* a paragraph ending "X said:" / "X told the AP:" introduces the quotation after it;
* reported speech just before a quotation ("…, says Yao. “They cannot…”") names its speaker;
* a paragraph without quotations introduces the person it is about (its subject, else the
  only person it names and describes);
* a sentence that quotes nobody, right before a quotation without a said-clause, hands the
  quotation to the person it names as its subject ("Her neighbour John Roe is less sure. “…”");
* a description of unnamed people ("censors", "a Tory source") is a real but unnamed origin.
"""

from __future__ import annotations

import re

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.lexicon import first_key
from crawler.parsers.quotes.speaker_references import (Ref, named_in_apposition, person_noun, sentence_subject,
                                                        speech_verbs, subject_after, subject_before)
from crawler.parsers.quotes.document import Unit
from crawler.parsers.quotes.entities import Entity
from crawler.parsers.quotes.mentions import Registry
from crawler.parsers.quotes.resolution_context import Context
from crawler.parsers.quotes.spans import Span, find_spans
from crawler.parsers.quotes.speakers import resolve
from crawler.parsers.quotes.unnamed_people import UNNAMED_APPOSITION


def unnamed_people(ref: Ref, text: str) -> bool:
    """A description of people the article does not name ("censors", "a Tory source", "its
    administrator"), also one person it says it leaves unnamed ("A former colleague, who asked
    not to be named, …")."""
    words = ref.text.lower().split()
    if ref.kind != "description" or not words:
        return False
    if words[-1] in lexicon.PEOPLE_NOUNS or words[0] in ("its", "their") and lexicon.is_role_noun(words[-1]):
        return True
    if words[0] not in ("a", "an", "another", "one") or not lexicon.is_role_noun(words[-1]):
        return False
    end = ref.position + len(ref.text)
    unnamed = UNNAMED_APPOSITION.search(text, end, end + 160)
    return unnamed is not None and unnamed.start() - end < 40


_THIS_FOLLOWS = re.compile(r"\b(?:has|have|had|sent|shared|filed)\s+(?:us\s+)?this(?:\s+[a-z]+){0,2}\s*:$")
"""A clause whose object "this" points at the quotation after it ("has this analysis:", "has sent us this:")."""


_AUTHORED_BY = re.compile(r"\b([A-Za-z]+)\s+(?:[a-z]+\s+){0,2}(?:from|by)\s+(?:the\s+)?(?=[A-Z])")
"""A noun, then "from" or "by" and a name ("Statement just in from the FBI", "a post by Gov. X"):
a document's author, when the noun is a document's."""


def introduced_by(unit: Unit, registry: Registry, context: Context, text: str) -> Entity | None:
    """Who a paragraph ending "X said:" / "X wrote on Twitter:" introduces."""
    if not unit.text.rstrip().endswith(":"):
        return None
    end = len(unit.text.rstrip()) - 1
    verbs = speech_verbs(unit.text, unit.sentence_at(end)[0], end)
    if not verbs:
        author = _AUTHORED_BY.search(unit.text, unit.sentence_at(end)[0], end)
        if author is not None and author.group(1).lower() in lexicon.DOCUMENT_NOUNS:
            # "Statement just in from the FBI's Memphis field office, which led …:": its author's words follow
            named = [m for m in registry.at(unit.start + author.end(), unit.start + author.end() + 60) if m.entity is not None]
            return named[0].entity if named else None
        if _THIS_FOLLOWS.search(unit.text, unit.sentence_at(end)[0], end + 1):
            # "Our economics editor, Faisal Islam, has this analysis:": the subject's words follow
            ref = sentence_subject(unit, unit.sentence_at(end)[0], end, registry)
            return resolve(ref, registry, context, text) if ref is not None else None
        return None
    ref = subject_before(unit, unit.sentence_at(end)[0], verbs[-1], registry)
    if ref is not None and ref.kind == "description":
        ref = named_in_apposition(unit, ref, registry) or ref  # "Another user, u/ferrous_allotment, shared …:"
    return resolve(ref, registry, context, text)


def introduces_unnamed(unit: Unit, registry: Registry, text: str) -> str | None:
    """The description of the one a paragraph ending on a colon has for its last sentence's subject,
    when the article leaves them unnamed ("A volunteer with a camp group, who asked not to be named
    …, described the night in a voice message:"): the speaker of the quotation after it; else None."""
    if not unit.text.rstrip().endswith(":"):
        return None
    end = len(unit.text.rstrip()) - 1
    ref = sentence_subject(unit, unit.sentence_at(end)[0], end, registry)
    return ref.text if ref is not None and unnamed_people(ref, text) else None


_REPORTING = lexicon.finite_forms("say", "tell", "add")
"""Verbs whose clause after them reports what someone said ("X said the association would submit …")."""
_BREAK = re.compile(r"[,;:“”\"‘’']")
"""A comma or a quotation mark between two verbs: the second is no verb of the first one's reported clause."""
_TELL = lexicon.finite_forms("tell")
"""Verbs whose name right after them is the one told, never an inverted subject."""


def indirect_speaker(unit: Unit, span: Span, registry: Registry, context: Context,
                      text: str) -> Entity | None:
    """The speaker of reported speech in the sentence just before a quotation that opens its
    own sentence ("…, says Yao. “They cannot expect China to…”")."""
    sentence_start = unit.sentence_at(max(span.start - 1, 0))[0]
    if sentence_start == 0:
        return None
    previous_start = unit.sentence_at(sentence_start - 1)[0]
    if any(previous_start <= s.start < sentence_start and not lexicon.ends_with_naming_cue(unit.text[previous_start:s.start - 1])
           for s in find_spans(unit.text[:sentence_start])):
        return None  # (the sentence quotes someone itself; a term it names does not count: 'so-called “semi-automated”')
    verbs = speech_verbs(unit.text, previous_start, sentence_start)
    if not verbs and previous_start > 0 \
            and not any(m.entity is not None and m.entity.person
                        for m in registry.at(unit.start + previous_start, unit.start + sentence_start)) \
            and not _PERSONAL_PRONOUN.search(unit.text, previous_start, sentence_start):
        # a sentence naming no one between the reported speech and the quotation ("The hard part, he said,
        # was not the app but the factories. SathiPay only works if employers share … “They thought …”")
        sentence_start, previous_start = previous_start, unit.sentence_at(previous_start - 1)[0]
        verbs = speech_verbs(unit.text, previous_start, sentence_start)
    for number, verb in reversed(list(enumerate(verbs))):
        before = unit.text[previous_start:verb.start()].rstrip()
        if any(earlier.group().lower() in _REPORTING and not _BREAK.search(unit.text, earlier.end(), verb.start())
               for earlier in verbs[:number]) and not before.endswith(","):
            continue  # the verb of a clause another reports ("Mpho said the association would submit …",
            # "She said the union had written to the SEC asking it to require …")
        if before.endswith(",") and verb.group().lower() not in _TELL:  # ("…, told Reuters": whom, not who)
            ref = subject_after(unit, verb, sentence_start, registry)
            if ref is not None and len(unit.text[verb.end():ref.position - unit.start].split()) > 3 \
                    and not verb.group().lower().endswith("ing"):
                # (not "says his father never really left the cape" after "His son, Michael, a
                # marine engineer in Brisbane,": the verb's subject is before it, a clause follows it)
                ref = subject_before(unit, previous_start, verb, registry)
        else:
            ref = subject_before(unit, previous_start, verb, registry)
        entity = resolve(ref, registry, context, text) if ref else None
        if entity is not None:
            return entity
    return None


_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir)\b")
"""A pronoun of a person: a sentence holding one is about someone, not a sentence to pass over."""
_UTTERANCE_BACK = re.compile(r"^(?:That|This|Those|These|Such)\s+(?:was|were|is|are|came|comes)\b|^(?:So|Thus)\s+(?:said|says|spoke)\b|"
                             r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+(?:\w+\s+)?(?:words?|remarks?|comments?|verdict|"
                             r"warning|message|assessment|plea|admission|view|speaker|line|quip|retort|riposte|reply)\b")
"""A sentence that points back at the quotation before it ("That was the verdict of …", "So said
Stingrays captain Tom Rapana, …", "The words came from …", "X made the remark in the Commons", "The speaker, a student who …", "The
line, from parent X, drew the loudest applause")."""


def _sentence_after_or_next(unit: Unit, span: Span, next_unit: Unit | None) -> tuple[Unit, tuple[int, int] | None]:
    """The unit and the (start, end) of the sentence after a quotation that ends its own sentence;
    the first sentence of `next_unit` when the quotation is all of its paragraph."""
    after = _sentence_after(unit, span)
    if after is None and next_unit is not None and not unit.text[span.end:].strip(" .!?,;”\"’'"):
        return next_unit, next_unit.sentence_at(0)
    return unit, after


def _sentence_after(unit: Unit, span: Span) -> tuple[int, int] | None:
    """The (start, end) of the sentence after a quotation that ends its own sentence, or None."""
    close = span.end + (1 if span.closed else 0)
    _, end = unit.sentence_at(min(close, len(unit.text) - 1))
    if end >= len(unit.text) or unit.text[close:end].strip(" .!?,;"):
        return None
    return unit.sentence_at(end)


def named_after(unit: Unit, span: Span, registry: Registry, next_unit: Unit | None = None) -> Entity | None:
    """The person the sentence after a quotation that is a whole sentence names when it points
    back at it ("“We’ve lost the lot.” That was the verdict of grower Bill Tran, …"); that
    sentence opens `next_unit` when the quotation is all of its paragraph."""
    unit, after = _sentence_after_or_next(unit, span, next_unit)
    if after is None:
        return None
    start, stop = after
    if not _UTTERANCE_BACK.search(unit.text[start:stop].lstrip()) or find_spans(unit.text[start:stop]):
        return None
    for mention in registry.at(unit.start + start, unit.start + stop):
        if mention.entity is not None and mention.entity.person and not mention.possessive:
            return mention.entity
    return None


def unnamed_after(unit: Unit, span: Span, registry: Registry) -> bool:
    """True when the sentence after a quotation points back at it and names no person ("“The
    walls came down …” The speaker, a 19-year-old student who did not want his name published,
    …"): the article describes its speaker and leaves them unnamed."""
    after = _sentence_after(unit, span)
    if after is None:
        return False
    start, stop = after
    return bool(_UTTERANCE_BACK.search(unit.text[start:stop].lstrip())) and not find_spans(unit.text[start:stop]) \
        and not any(m.entity is not None and (m.entity.person or m.entity.organisation)
                    for m in registry.at(unit.start + start, unit.start + stop))


def introduced_after(unit: Unit, span: Span, registry: Registry, described: bool = False,
                     next_unit: Unit | None = None) -> Entity | None:
    """The person whose full name opens the sentence after a quotation, named there for the first
    time ("“People imagine the damage is the water.” Sarah Walker is a soil scientist at …"): a
    feature quotes first and introduces the speaker after; None when that sentence opens otherwise
    or on someone named before, or, when `described` is asked for, on a name no apposition or
    relative clause follows. That sentence opens `next_unit` when the quotation is all of its
    paragraph (a story's opening quotation, "Jasmine Cavanagh did not come second." after it)."""
    unit, after = _sentence_after_or_next(unit, span, next_unit)
    if after is None:
        return None
    start, stop = after
    mentions = registry.at(unit.start + start, unit.start + stop)
    first = mentions[0] if mentions else None
    if first is None or first.entity is None or not first.entity.person or len(first.tokens) < 2 \
            or first.possessive or described and not first.described or any(first_key(w) not in lexicon.TITLES
                                       for w in unit.text[start:first.start - unit.start].split()):
        return None  # (a title may come before the name: "Dr Ruth Okonjo, a geriatrician, …")
    return None if any(m.entity is first.entity for m in registry.before(first.start)) else first.entity


def introducer(unit: Unit, registry: Registry, context: Context, text: str) -> Entity | None:
    """The person a paragraph without quotations is about: its first sentence's subject, else the
    only person it names and describes ("Among them was Linda Park, a retired teacher."); or the
    organisation a one-sentence paragraph has speak ("The Royal College of Nursing agreed.")."""
    for sentence_start, sentence_end in unit.sentences:
        ref = sentence_subject(unit, sentence_start, sentence_end, registry)
        if ref is not None and ref.kind == "description":
            ref = named_in_apposition(unit, ref, registry) or ref  # "The newest member of the crew, Amir Haddad, passed …"
        if ref is not None:
            entity = resolve(ref, registry, context, text)
            if entity is not None and entity.person:
                return entity
            if entity is not None and ref.kind == "name" and len(unit.sentences) == 1 \
                    and speech_verbs(unit.text, sentence_start, sentence_end):
                return entity
    only = _only_person(unit, 0, len(unit.text), registry)
    if only is None or not any(m.entity is only and m.described for m in registry.at(unit.start, unit.end)):
        return None  # not "The statement, obtained by Variety, …" nor a story's dialogue
    return only


def _only_person(unit: Unit, start: int, stop: int, registry: Registry) -> Entity | None:
    """The one person text[start:stop] of `unit` names (not as an owner), else None."""
    named = {id(m.entity): m.entity for m in registry.at(unit.start + start, unit.start + stop)
             if m.entity is not None and m.entity.person and not m.possessive}
    return next(iter(named.values())) if len(named) == 1 else None


_AGE_DESCRIPTION = re.compile(r"[Tt]he\s+\d{1,3}-year-old\b")
"""A person described by age alone ("the 51-year-old")."""


def sentence_person(unit: Unit, end: int, registry: Registry, context: Context, text: str) -> Entity | None:
    """The person named as the subject (a name, he or she) of the sentence of `unit` that ends
    at `end`, or else the only person it names; None when that sentence quotes someone."""
    if end <= 0:
        return None
    start, stop = unit.sentence_at(end - 1)
    if any(s.end > start for s in find_spans(unit.text[:stop])):
        return None  # (also one that only ends a quotation: "… She has …,” said X.")
    ref = sentence_subject(unit, start, stop, registry)
    if ref is not None and (ref.kind == "name" or ref.text in ("he", "she")
                            or ref.kind == "description" and (_AGE_DESCRIPTION.match(ref.text) or ref.text.startswith(
                                ("the ", "The ")) and person_noun(ref.text.split()[-1].lower()))):
        # (also "the 51-year-old smiled. “…”", "Asked whether …, the winger shrugged. “…”": a person
        # the article gave that age or role, or went on about)
        entity = resolve(ref, registry, context, text)
        return entity if entity is not None and (entity.person or entity.maybe_person) else None
    return _only_person(unit, start, stop, registry)
