"""Quotations in an article's body and who said them: `extract_quotes(article) -> list[Quote]`.

Rule-based and fast (precompiled regexes, one pass over the text, no model):

1. `document`  lays the article out as units (headings, paragraphs, block quotes) with offsets;
2. `spans`     finds the quoted spans of each unit;
3. `mentions`  finds the names and links them into people and organisations;
4. `attribution` reads each span's sentence for its said-clause and tells a direct quotation
   from a fragment (partial) and from a term, a title or a scare quote (not a quotation);
5. `speakers`  turns the written reference into the fullest name.

What no sentence attributes is settled by the surrounding text, in this order: another
quotation of the same paragraph (a quote split around its said-clause), the quotation it
continues (a multi-paragraph quote), the person the previous paragraph introduces, and for a
quotation in a sub-heading the first speaker of its section. Unknown stays None.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.items import Article, Quote
from crawler.parsers.quotes import lexicon
from crawler.parsers.quotes.attribution import (Attribution, Ref, attribute, sentence_subject,
                                                speech_verbs, subject_after, subject_before)
from crawler.parsers.quotes.document import Unit, build_units
from crawler.parsers.quotes.mentions import Entity, Registry, find_mentions
from crawler.parsers.quotes.spans import Span, find_spans
from crawler.parsers.quotes.speakers import Context, resolve

__all__ = ["extract_quotes"]

_BLOCK_MARKS = "“”\"„«»‘’'"
_ENGLISH = ("en",)
_OPENING_MARKS = " \t\"“‘'`„«‹("


@dataclass
class _Found:
    unit: Unit
    span: Span | None
    kind: str
    ref: Ref | None = None
    entity: Entity | None = None
    speaker: str | None = None
    role: str | None = None
    settled: bool = False


def _spans_by_unit(units: list[Unit]) -> dict[int, list[Span]]:
    """Quoted spans per unit index; single marks count in paragraphs only where the article
    never uses double ones (house style)."""
    found: dict[int, list[Span]] = {}
    for index, unit in enumerate(units):
        if unit.kind == "heading":
            found[index] = _heading_spans(unit.text)
        elif unit.kind == "paragraph":
            found[index] = find_spans(unit.text)
    if not any(found[i] for i, u in enumerate(units) if u.kind == "paragraph"):
        for index, unit in enumerate(units):
            if unit.kind == "paragraph":
                found[index] = find_spans(unit.text, single_quotes=True)
    return found


def _heading_spans(text: str) -> list[Span]:
    """A sub-heading holds a quotation when the quote opens it and ends it or a colon or dash
    follows ("‘Ends recession debate’: CPA Canada"), or when it follows "Name:" ("Hagari:
    ‘There is only one place…’"); a quoted phrase inside a headline is a name or a term."""
    spans = find_spans(text, single_quotes=True, unclosed_single=True)
    if not spans:
        return []
    span = spans[0]
    before = text[:span.start].rstrip(_OPENING_MARKS)
    if before.strip() and not before.rstrip().endswith(":"):
        return []
    tail = text[span.end + 1:].strip() if span.closed else ""
    if tail and not tail.startswith((":", "–", "—", "-", "|")):
        return []
    return [span]


def _used_in_lower_case(word: str, words: set[str]) -> bool:
    """True when the article also writes `word` in lower case (so it is a common noun)."""
    lower = word.lower()
    if lower == word or word.isupper():
        return False
    return lower in words or lower + "," in words or lower + "." in words


def _build_registry(units: list[Unit], spans: dict[int, list[Span]], sources: set[int]) -> Registry:
    """People and organisations named outside quotations; `sources` gets the ids of those the
    article presents as speaking ("X said") or as a source ("according to X")."""
    registry = Registry()
    words = set(" ".join(u.text for u in units).split())
    # names after the last quotation (and the paragraph that follows it) attribute nothing
    last = max((i for i, u in enumerate(units) if u.kind == "quote" or spans.get(i)), default=-1)
    for index, unit in enumerate(units[:last + 2]):
        if unit.kind in ("title", "heading", "pullquote"):
            continue
        if unit.kind == "quote":
            if unit.speaker:
                for mention, titles in find_mentions(unit.speaker, unit.start, []):
                    registry.add(mention, titles, ", " + (unit.role or ""), "")
                    mention.entity.evidence += 1
                    mention.entity.role = mention.entity.role or unit.role
            continue
        skip = [(unit.start + s.start, unit.start + s.end) for s in spans.get(index, [])]
        for mention, titles in find_mentions(unit.text, unit.start, skip):
            if mention.subject and " " not in mention.text and _used_in_lower_case(mention.text, words):
                continue  # a common noun capitalised at a sentence start ("Teachers chanted")
            local_start = mention.start - unit.start
            local_end = mention.end - unit.start
            following = unit.text[local_end:local_end + 160]
            if following.startswith(("’s", "'s", "‘s")):
                following = following[2:]
            before = unit.text[max(0, local_start - 120):local_start]
            registry.add(mention, titles, following, before)
            after = following[:30].split()
            if before.lower().endswith(("according to ", "per ")) or \
                    (after and after[0].lower().strip(",.") in lexicon.SPEECH_VERBS):
                sources.add(id(mention.entity))
    registry.finish()
    return registry


def _unnamed_people(ref: Ref) -> bool:
    """A description of people the article does not name ("censors", "a Tory source")."""
    words = ref.text.lower().split()
    return ref.kind == "description" and bool(words) and words[-1] in lexicon.PEOPLE_NOUNS


def _introduced_by(unit: Unit, registry: Registry, context: Context, text: str) -> Entity | None:
    """Who a paragraph ending "X said:" / "X wrote on Twitter:" introduces."""
    if not unit.text.rstrip().endswith(":"):
        return None
    end = len(unit.text.rstrip()) - 1
    verbs = speech_verbs(unit.text, unit.sentence_at(end)[0], end)
    if not verbs:
        return None
    ref = subject_before(unit, unit.sentence_at(end)[0], verbs[-1], registry)
    return resolve(ref, registry, context, text)


def _indirect_speaker(unit: Unit, span: Span, registry: Registry, context: Context,
                      text: str) -> Entity | None:
    """The speaker of reported speech in the sentence just before a quotation that opens its
    own sentence ("…, says Yao. “They cannot expect China to…”")."""
    sentence_start = unit.sentence_at(max(span.start - 1, 0))[0]
    if sentence_start == 0:
        return None
    previous_start = unit.sentence_at(sentence_start - 1)[0]
    if any(previous_start <= s.start < sentence_start for s in find_spans(unit.text[:sentence_start])):
        return None
    verbs = speech_verbs(unit.text, previous_start, sentence_start)
    for verb in reversed(verbs):
        before = unit.text[previous_start:verb.start()].rstrip()
        if before.endswith(","):
            ref = subject_after(unit, verb, sentence_start, registry)
        else:
            ref = subject_before(unit, previous_start, verb, registry)
        entity = resolve(ref, registry, context, text) if ref else None
        if entity is not None:
            return entity
    return None


def _strip_marks(text: str) -> str:
    text = text.strip()
    if len(text) > 2 and text[0] in _BLOCK_MARKS and text[-1] in _BLOCK_MARKS:
        return text[1:-1].strip()
    if text[:1] in _BLOCK_MARKS and text.count(text[0]) == 1:
        return text[1:].strip()
    return text


def _introducer(unit: Unit, registry: Registry, context: Context, text: str) -> Entity | None:
    """The person a paragraph without quotations is about (its first sentence's subject)."""
    for sentence_start, sentence_end in unit.sentences:
        ref = sentence_subject(unit, sentence_start, sentence_end, registry)
        if ref is not None:
            entity = resolve(ref, registry, context, text)
            if entity is not None and entity.person:
                return entity
    return None


def _settle(found: _Found, entity: Entity | None, context: Context, role: str | None = None) -> None:
    found.entity = entity
    found.speaker = entity.name if entity else None
    found.role = role or (entity.role if entity else None)
    found.settled = True


def extract_quotes(article: Article) -> list[Quote]:
    """Every quotation of `article.body` in text order, with speaker, role and kind."""
    units = build_units(article)
    if not units:
        return []
    text = "\n".join(u.text for u in units)
    if article.language and not article.language.lower().startswith(_ENGLISH):
        # the said-clause rules are English: elsewhere only the signed block quotes are read
        return [Quote(_strip_marks(u.text), u.speaker, u.role, "block") for u in units if u.kind == "quote"]
    spans = _spans_by_unit(units)
    if not any(spans.values()) and not any(u.kind == "quote" for u in units):
        return []
    context = Context()
    registry = _build_registry(units, spans, context.sources)

    results: list[_Found] = []
    headings: list[_Found] = []
    previous_had_quote = False
    previous_unclosed = False
    quiet = 0
    for index, unit in enumerate(units):
        if unit.kind in ("title", "context", "signature", "pullquote"):
            continue
        if unit.kind == "quote":
            found = _Found(unit, None, "block")
            entity = None
            if unit.speaker:
                mentions = registry.at(unit.start, unit.start + len(unit.speaker) + 1)
                entity = mentions[0].entity if mentions else None
            if entity is None and not unit.speaker and index > 0 and units[index - 1].kind == "paragraph":
                entity = _introduced_by(units[index - 1], registry, context, text)
            if entity is None and not unit.speaker:
                entity = context.last_speaker
            _settle(found, entity, context, unit.role)
            if entity is None and unit.speaker:
                found.speaker = unit.speaker
            results.append(found)
            context.last_speaker = entity or context.last_speaker
            context.last_quote_position = unit.start
            previous_had_quote, previous_unclosed = True, False
            continue
        unit_spans = spans.get(index, [])
        if unit.kind == "heading":
            for span in unit_spans:
                found = _Found(unit, span, "partial" if len(span.text.split()) < 6 else "inline")
                headings.append(found)
                results.append(found)
            continue
        current: list[_Found] = []
        for number, span in enumerate(unit_spans):
            previous_end = unit_spans[number - 1].end + 1 if number else 0
            next_start = unit_spans[number + 1].start - 1 if number + 1 < len(unit_spans) else len(unit.text)
            attribution: Attribution = attribute(unit, span, previous_end, next_start, registry)
            if attribution.kind == "none":
                continue
            found = _Found(unit, span, "inline" if attribution.kind == "direct" else "partial",
                           attribution.ref)
            if attribution.ref is not None:
                _settle(found, resolve(attribution.ref, registry, context, text), context)
                if attribution.ref.kind == "description" and found.entity is None:
                    found.role = attribution.ref.text.split(" ", 1)[-1]
                if found.kind == "partial" and found.entity is None and not _unnamed_people(attribution.ref):
                    continue
            elif attribution.document_source:
                continue
            current.append(found)
        # quotes of the paragraph that no sentence attributes
        for number, found in enumerate(current):
            if found.settled:
                continue
            neighbours = [f for f in current[:number][::-1] + current[number + 1:] if f.settled
                          and (f.ref is None or f.ref.kind != "none")]
            if found.kind == "partial":
                # a fragment shares a speaker only with a quotation of its own sentence
                sentence = unit.sentence_at(found.span.start)
                neighbours = [f for f in neighbours if unit.sentence_at(f.span.start) == sentence]
            opens_paragraph = not unit.text[:found.span.start].strip(_OPENING_MARKS)
            indirect = None if neighbours or found.kind == "partial" else \
                _indirect_speaker(unit, found.span, registry, context, text)
            introduced = None
            if opens_paragraph and not neighbours and index > 0 and units[index - 1].kind == "paragraph":
                introduced = _introduced_by(units[index - 1], registry, context, text)
            if neighbours:
                _settle(found, neighbours[0].entity, context, neighbours[0].role)
            elif indirect is not None:
                _settle(found, indirect, context)
            elif introduced is not None:
                _settle(found, introduced, context)
            elif opens_paragraph and (previous_unclosed or previous_had_quote):
                _settle(found, context.last_speaker, context)
            elif opens_paragraph and index > 0 and units[index - 1].kind == "paragraph":
                _settle(found, _introducer(units[index - 1], registry, context, text), context)
            elif found.kind == "partial":
                found.kind = "drop"
        for found in current:
            if found.kind == "drop":
                continue
            results.append(found)
            context.last_quote_position = unit.start + found.span.start
            if found.entity is not None:
                context.last_speaker = found.entity
        kept = [f for f in current if f.kind != "drop"]
        previous_had_quote = bool(kept)
        if unit_spans:
            previous_unclosed, quiet = not unit_spans[-1].closed, 0
        else:
            # a quotation left open survives a caption or two placed between its paragraphs
            quiet += 1
            previous_unclosed = previous_unclosed and quiet <= 2
    for found in headings:
        section_speakers = [f for f in results if f.unit.section == found.unit.section
                            and f.unit is not found.unit and f.entity is not None]
        if section_speakers:
            _settle(found, section_speakers[0].entity, context, section_speakers[0].role)
    quotes = []
    for found in results:
        quote_text = _strip_marks(found.unit.text) if found.span is None else found.span.text
        quotes.append(Quote(text=quote_text, speaker=found.speaker, role=found.role, kind=found.kind))
    return quotes
