"""Reading an article's quotations in order: `extract_quotes(article) -> list[Quote]`.

Rule-based and fast (precompiled regexes, one pass over the text, no model):

1. `document`  lays the article out as units (headings, paragraphs, block quotes) with offsets;
2. `spans`     finds the quoted spans of each unit;
3. `names`, `mentions` find the names and link them into people and organisations;
4. `attribution` reads each span's sentence for its said-clause and tells a direct quotation
   from a fragment (partial) and from a term, a title or a scare quote (not a quotation);
5. `speakers`  turns the written reference into the fullest name;
6. `surroundings` reads the text around a quotation its own sentence does not attribute.

What no sentence attributes is settled, in this order, by: another quotation of the same
paragraph (a quote split around its said-clause), reported speech just before it, a paragraph
ending "X said:", the quotation it continues (a multi-paragraph quote), the person the previous
paragraph is about; a quotation left open takes the speaker named in the paragraph it runs into;
a quotation in a sub-heading takes the speaker of the body quotation it repeats, else the first
speaker of its section.
Unknown stays None. `lexicon` holds the word lists. Articles whose language is not English
keep only their signed block quotes: the said-clause rules are English.
"""

from __future__ import annotations

import re
from functools import cached_property

import crawler.parsers.quotes.lexicon as lexicon
from crawler.items import Article, Quote
from crawler.parsers.language import reads_as
from crawler.parsers.quotes.attribution import Attribution, attribute, listed_titles
from crawler.parsers.quotes.document import TRANSCRIPT_ROLES, Unit, build_units
from crawler.parsers.quotes.entities import Entity
from crawler.parsers.quotes.mentions import Registry, build_registry
from crawler.parsers.quotes.names import spells_syllables
from crawler.parsers.quotes.quotation import Quotation, strip_marks
from crawler.parsers.quotes.repeats import mark_repeats
from crawler.parsers.quotes.resolution_context import Context
from crawler.parsers.quotes.spans import CLOSING_MARKS, OPENING_MARKS, Span, spans_by_unit
from crawler.parsers.quotes.speakers import ADDRESS_TITLE, asked_before, matches_description, protagonist, resolve
from crawler.parsers.quotes.surroundings import (indirect_speaker, introduced_after, introduced_by, introducer, introduces_unnamed,
                                                 named_after, sentence_person, unnamed_after, unnamed_people)

_ENGLISH = ("en",)
_QA_LABEL = re.compile(r"\s*(Q|A|Question|Answer)\s*[:：]\s")
"""The label of a question or an answer in an interview set out as Q and A."""
_QUESTION_CHARS = 300
"""Longest paragraph read as an interviewer's question."""
_INTERVIEWER_SAYS = re.compile(r",\s+I\s+(?:say|said|ask|asked|suggest|suggested|put it to (?:him|her|them))\.$")
"""The interviewer's own line ("But you’ve just written a book for him, I say.")."""
_INTERVIEWER_REMARK = re.compile(r"I\s[^“”\"]{2,60}[.!]")
"""A short line of the writer's own in the first person ("I didn’t ask you to."), answered next."""
_ANSWER_REACH = 2500
"""How far (characters) after the interviewee's last quotation an answer after a question is still theirs."""
_LEAD_IN = re.compile(r"[A-Z][^.!?:;“”\"]{0,40}:\s*$")
"""A short lead-in ending on a colon, opening the paragraph before its quotation ("Then, after a
pause: “…”"): with no name in it, the quotation goes on as the one before did."""
_PAUSE = re.compile(r"(?![^.]*\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b)[A-Z][^.!?:;“”\"]{0,40}\.\s*")
"""A short sentence on no one before the quotation ("There was a pause. “…”"): the paragraph
opens on the quotation all the same (a he or she in it says whose it is: "He paused.")."""


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _holds_phrase(quoted: str, phrase: str) -> bool:
    """The words of `phrase`, in their order, are a run of the words of `quoted`."""
    return " ".join(re.findall(r"\w+", phrase.lower())) in " ".join(re.findall(r"\w+", quoted.lower()))


def _repeats(heading: str, quoted: str) -> bool:
    """Most words of a sub-heading's quotation come from this quotation of the body; a sub-heading
    of one or two words is this quotation's words exactly (‘Gutted’: the colleagues who were
    “gutted”)."""
    words = _words(heading)
    if len(words) < 3:
        return bool(words) and words == _words(quoted)
    return len(words & _words(quoted)) >= 0.7 * len(words)


def _opens_next_paragraph(found: Quotation, following: Quotation) -> bool:
    """`following` is a quotation opening the paragraph right after `found`'s (nothing before it
    but opening marks): the two may be one speaker's words quoted on."""
    return following.span is not None and following.unit.start == found.unit.end + 1 \
        and not following.unit.text[:following.span.start].strip(OPENING_MARKS)


class _Reader:
    """Reads an article's units in order, keeping what the next quotation may continue."""

    def __init__(self, units: list[Unit], spans: dict[int, list[Span]]) -> None:
        self.units = units
        self.spans = spans
        self.context = Context()
        self.results: list[Quotation] = []
        self.previous_had_quote = False
        self.previous_unclosed = False
        self.quiet = 0
        self.exchange: set[int] = set()
        """ids of the quotations settled as the next line of a two-person exchange (`_answers_back`)."""

    @cached_property
    def registry(self) -> Registry:
        """The people and organisations the article names, found when a quotation first needs a
        speaker: on a page whose quoted spans are all titles and terms, or quotations whose
        sentences name no one, it is never built (31 of the 232 English dev pages that quote)."""
        return build_registry(self.units, self.spans, self.context.sources)

    @property
    def text(self) -> str:
        """The units joined by newlines, as the offsets count."""
        return self.registry.text

    def read(self) -> list[Quote]:
        """Every quotation, in text order."""
        headings: list[Quotation] = []
        repeats: list[int] = []
        for index, unit in enumerate(self.units):
            if index and unit.section != self.units[index - 1].section and unit.section > 0:
                self.context.section_start = unit.start
            if unit.kind == "quote":
                self.block(index, unit)
            elif unit.kind == "heading":
                for span in self.spans.get(index, []):
                    found = Quotation(unit, span, "partial" if len(span.text.split()) < 6 else "inline")
                    headings.append(found)
                    self.results.append(found)
            elif unit.kind == "paragraph":
                self.paragraph(index, unit)
            elif unit.kind == "repeat":
                repeats.append(index)
        for number, found in enumerate(self.results):
            # "A leader of the teachers union said …" named only in the next quotations
            if found.entity is None and found.ref is not None and found.ref.kind == "description" \
                    and found.ref.text.split()[0].lower() in ("a", "an"):
                later = next((f for f in self.results[number + 1:number + 4] if f.entity is not None
                              and f.unit.start - found.unit.end < 1500 and matches_description(found.ref, f.entity, self.text)), None)
                if later is not None:
                    found.settle(later.entity, found.role)
        for found in self.results:
            if found.entity is not None and found.role is None:
                found.role = found.entity.role  # one role per speaker, whichever quote gave it
        for found, following in zip(self.results, self.results[1:]):
            # a quotation left open runs on into the next paragraph, whose said-clause names
            # the speaker of both ("“English ivy is easy…" / "“This plant…,” explains X")
            if found.entity is None and found.span is not None and not found.span.closed \
                    and (found.ref is None or found.ref.kind != "none") and not _unnamed_pronoun(found) \
                    and following.entity is not None \
                    and _opens_next_paragraph(found, following):
                found.settle(following.entity, following.role)
        for found, following in zip(self.results, self.results[1:]):
            # "X said the state “…”." / "“…,” the statement added": "the" document no sentence gives
            # an author to, quoted on from the paragraph before, is the one its speaker issued (not
            # "a sign on the door read"; also one quoted over paragraphs: "“…" / "“…,” the statement read")
            if following.entity is None and following.ref is not None and following.ref.kind == "description" \
                    and following.ref.text.split()[-1].lower() in lexicon.DOCUMENT_NOUNS \
                    and following.ref.text.split()[0].lower() == "the" \
                    and found.entity is not None and found.span is not None and _opens_next_paragraph(found, following):
                following.settle(found.entity, found.role)
        for found in headings:
            # a quotation in a sub-heading repeats one of its section, else it is the first
            # speaker's of the section
            section = [f for f in self.results if f.unit.section == found.unit.section and f.unit is not found.unit]
            repeated = sorted((f for f in section if _repeats(found.span.text, f.quote().text)),
                              key=lambda f: not _holds_phrase(f.quote().text, found.span.text))
            # (the quotation holding the sub-heading's words in their order before one that only
            # shares most of them: 'I'll be here' is “I'll be here until …”, not “… they'll be … in here”)
            speakers = repeated or [f for f in section if f.entity is not None]
            if speakers:
                found.settle(speakers[0].entity, speakers[0].role)
        for index in repeats:
            self.repeat(self.units[index], self.spans[index])
        return [found.quote() for found in sorted(self.results, key=_position)]

    def repeat(self, unit: Unit, spans: list[Span]) -> None:
        """A pull quote's quotations, each its printed original's, speaker and kind alike."""
        for span in spans:
            core = " ".join(span.text.split())
            original = next((f for f in self.results if f.span is not None and f.unit.kind == "paragraph"
                             and core in " ".join(f.span.text.split())), None)
            if original is not None:
                found = Quotation(unit, span, original.kind)
                found.settle(original.entity, original.role)
                self.results.append(found)

    def _handle_owner(self, handle: str) -> Entity | None:
        """The one the article names whose name the handle spells ("@harbourultras": the Harbour
        Ultras supporters' group; "@jdoe_88": John Doe), when exactly one name does."""
        core = re.sub(r"[^a-z]", "", handle.lower().removeprefix("@").removeprefix("u/"))
        if len(core) < _HANDLE_LETTERS:
            return None
        owners = [e for e in self.registry.entities if len(e.tokens) > 1 and not e.place and not e.handle
                  and core[0] == e.tokens[0][0] and 2 * len(core) >= len("".join(e.tokens))
                  and spells_syllables(core, list(e.tokens))]
        return owners[0] if len(owners) == 1 else None

    def _role_holder(self, role: str) -> Entity | None:
        """The person a transcript's role label ("HOST") stands for: the one the article gives that
        role, or names after "hosted by"; None when it names no one so."""
        holders = [e for e in self.registry.entities if e.person and role in e.roles]
        if len(holders) == 1:
            return holders[0]
        verb = _ROLE_VERBS.get(role)
        named = re.search(rf"\b{verb}\s+by\s+", self.text) if verb else None
        mention = next(iter(self.registry.at(named.end(), named.end() + 2)), None) if named else None
        entity = mention.entity if mention is not None else None
        return entity if entity is not None and (entity.person or entity.maybe_person) else None

    def _answers_back(self, found: Quotation) -> bool:
        """True when `found`, a paragraph that is only a quotation, is the next line of a verbatim
        exchange between two people: the two quotations before it were theirs, each a line of its
        own with at most a short said-clause ("“Mr Lloyd, who authorised it?” she asked." / "“It was
        an operational decision,” he replied."), one of the three a question, or the line before was
        such a reply already; or the last line, said-clause and all, is the answer to a line the
        exchange had settled ("“I don't recall it,” the chief executive said. “I will write to you.”"
        / "“Please do. By Friday.”"). Lines of an exchange go back and forth; a speaker going on is
        written as an open quotation, or with a said-clause."""
        if len(self.results) < 2 or found.kind == "partial" or _outside(found) \
                and not _PAUSE.fullmatch(_outside(found)):  # ("There was a pause. “I read the summary.”")
            return False
        last = self.results[-1]
        line = [r for r in self.results if r.unit is last.unit]  # the last line, one quotation or more
        other = self.context.other_speaker
        if other is None or not other.person or last.entity is not self.context.last_speaker:
            return False
        before = self.results[-len(line) - 1] if len(self.results) > len(line) else None
        if before is not None and before.entity is other and id(before) in self.exchange \
                and all(r.entity is last.entity for r in line):
            return True  # a line of the exchange said with its said-clause, then the other's bare one
        before = self.results[-2]
        if before.entity is not other:
            return False
        if id(last) in self.exchange:
            return True
        return all(f.span is not None and len(_PAUSE.sub("", _outside(f), count=1)) <= _SAID_CLAUSE_CHARS
                   and sum(1 for r in self.results if r.unit is f.unit) == 1 for f in (last, before)) \
            and any(f.span.text.rstrip(CLOSING_MARKS + " ").endswith("?") for f in (found, last, before))

    def _put_to(self) -> Entity | None:
        """The person the last quotation, a question, was put to by the sentence before it ("He
        pressed Mr Prys-Jones on whether …", "Whitfield asked Alvarez how …"), when that is not
        its asker."""
        last = self.results[-1] if self.results else None
        if last is None or last.span is None or not last.span.text.rstrip(CLOSING_MARKS + " ").endswith("?"):
            return None
        asked = asked_before(_position(last), self.registry)
        return asked if asked is not None and asked.person and asked is not last.entity else None

    def _asks(self, index: int) -> bool:
        """True when unit `index` is a question or remark of the writer's own (an interviewer's:
        "Is Starmer a good leader?", "But you wrote it for him, I say."), not one it quotes."""
        text = self.units[index].text.rstrip()
        return (text.endswith("?") or bool(_INTERVIEWER_SAYS.search(text)) or _INTERVIEWER_REMARK.fullmatch(text) is not None) \
            and len(text) <= _QUESTION_CHARS and not self.spans.get(index)

    def _previous_paragraph(self, index: int) -> Unit | None:
        return self.units[index - 1] if index > 0 and self.units[index - 1].kind == "paragraph" else None

    def block(self, index: int, unit: Unit) -> None:
        """A block quote: its signed speaker, else the one the paragraph before introduces."""
        found = Quotation(unit, None, "block")
        entity = None
        if unit.speaker:
            mentions = self.registry.at(unit.start, unit.start + len(unit.speaker) + 1)
            if len(mentions) > 1 and mentions[0].text.lower() in lexicon.DOCUMENT_NOUNS:
                mentions = mentions[1:]  # "— Resolution of the Monetary Policy Committee": its issuer's words
            entity = mentions[0].entity if mentions else None
            if unit.speaker.startswith(("@", "u/")):
                entity = self._handle_owner(unit.speaker) or entity  # a post signed by its handle alone
        elif unit.role in TRANSCRIPT_ROLES:
            entity = self._role_holder(unit.role)  # a transcript's "HOST:" line
        else:
            previous = self._previous_paragraph(index)
            if previous is not None:
                entity = introduced_by(previous, self.registry, self.context, self.text)
            entity = entity or self.context.last_speaker
        found.settle(entity, unit.role)
        if entity is None and unit.speaker:
            found.speaker = unit.speaker
        self.results.append(found)
        if entity is not None:
            self.context.heard(entity, unit.start)
        self.context.last_quote_position = unit.start
        self.previous_had_quote, self.previous_unclosed = True, False

    def paragraph(self, index: int, unit: Unit) -> None:
        """The quoted spans of a paragraph, attributed by their sentences, then by context."""
        unit_spans = self.spans.get(index, [])
        current: list[Quotation] = []
        titles = listed_titles(unit.text, unit_spans)
        previous_end = 0  # where the quotation before ends: a title or a term between is the reporter's words
        for number, span in enumerate(unit_spans):
            if number in titles:
                continue  # the names of songs or books listed, not quotations
            next_start = unit_spans[number + 1].start - 1 if number + 1 < len(unit_spans) else len(unit.text)
            found = self.attributed(unit, span, previous_end, next_start)
            if found is not None:
                current.append(found)
                previous_end = span.end + 1
        for number, found in enumerate(current):
            if not found.settled:
                self.settle_from_context(index, unit, current, number)
        kept = [f for f in current if f.kind != "drop"]
        for found in kept:
            self.results.append(found)
            self.context.last_quote_position = unit.start + found.span.start
            if found.entity is not None:
                self.context.heard(found.entity, self.context.last_quote_position)
            self.context.last_unnamed = found.role if found.entity is None and found.role \
                and found.role.split()[-1].lower() not in lexicon.DOCUMENT_NOUNS \
                and not found.span.text.rstrip("’'\"” ").endswith("?") else None
            # (an unnamed reporter's question: the he or she answering it is the one asked)
        self.previous_had_quote = bool(kept)
        if unit_spans:
            self.previous_unclosed, self.quiet = not unit_spans[-1].closed, 0
        else:
            # a quotation left open survives a caption or two placed between its paragraphs
            self.quiet += 1
            self.previous_unclosed = self.previous_unclosed and self.quiet <= 2

    def attributed(self, unit: Unit, span: Span, previous_end: int, next_start: int) -> Quotation | None:
        """The span read through its own sentence; None when it is not a quotation."""
        attribution: Attribution = attribute(unit, span, previous_end, next_start, lambda: self.registry)
        if attribution.kind == "none":
            return None
        found = Quotation(unit, span, "inline" if attribution.kind == "direct" else "partial", attribution.ref)
        if attribution.ref is not None:
            document = self.context.last_document
            entity = resolve(attribution.ref, self.registry, self.context, self.text)
            if entity is not None and entity.gender is None and attribution.ref.text in ("he", "she"):
                entity.gender = "m" if attribution.ref.text == "he" else "f"  # "“…,” he said"
            if entity is not None and entity.role is None and attribution.ref.kind == "description" \
                    and attribution.ref.text.split()[-1].lower() not in lexicon.DOCUMENT_NOUNS:
                # "Travis Kelce’s mom confirmed": the description is the role the article gives
                entity.role = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", attribution.ref.text)
            found.settle(entity)
            head = attribution.ref.text.split()[-1].lower() if attribution.ref.text else ""
            self.context.last_document = head if attribution.ref.kind == "description" \
                and head in lexicon.DOCUMENT_NOUNS else None
            self.context.last_document_author = found.entity if self.context.last_document else None
            if self.context.last_document and found.entity is not None:
                self.context.authors[head] = found.entity
            if attribution.ref.text == "it" and document:
                found.role = document  # "the letter stated … It described …"
                self.context.last_document = document
                self.context.last_document_author = found.entity
                return found
            if attribution.ref.kind == "description" and found.entity is None:
                found.role = re.sub(r"^(?:[Aa]n?|[Aa]nother|[Tt]he|[Oo]ne(?! of))\s+", "", attribution.ref.text)
            if found.kind == "partial" and found.entity is None and not unnamed_people(attribution.ref, self.text):
                return None  # a fragment whose source the article does not give
        elif attribution.document_source:
            return None
        return found

    def settle_from_context(self, index: int, unit: Unit, current: list[Quotation], number: int) -> None:
        """A quotation its sentence does not attribute: a split quote's other half, reported
        speech just before it, the paragraph before ("X said:", a quote it continues, the
        person it is about); a fragment with none of these is dropped."""
        found = current[number]
        label = _QA_LABEL.match(unit.text) if found.kind != "partial" else None
        if label:  # an interview set out as questions and answers: "Q: …" / "A: “…”"
            asks = label.group(1).lower() in ("q", "question")
            found.settle(None if asks else self.context.last_speaker or protagonist(self.registry, unit.start, set()))
            return
        neighbours = [f for f in current[:number][::-1] + [f for f in current[number + 1:] if f.kind != "partial"]
                      if f.settled and (f.ref is None or f.ref.kind != "none")]
        # (a fragment after it is another's words as often: "“What?” … Acme has what it calls “fit”")
        if found.kind == "partial":
            # a fragment shares a speaker only with a quotation of its own sentence
            sentence = unit.sentence_at(found.span.start)
            neighbours = [f for f in neighbours if unit.sentence_at(f.span.start) == sentence]
        lead_in = unit.text[:found.span.start].strip(OPENING_MARKS)
        opens_paragraph = not lead_in or found.kind != "partial" \
            and (_LEAD_IN.match(lead_in) is not None or _PAUSE.fullmatch(lead_in) is not None) \
            and not self.registry.at(unit.start, unit.start + found.span.start)
        sentence_start = unit.sentence_at(max(found.span.start - 1, 0))[0]
        opens_sentence = found.kind != "partial" and not unit.text[sentence_start:found.span.start].strip(OPENING_MARKS)
        previous = self._previous_paragraph(index)
        if opens_sentence and not opens_paragraph:
            # reported speech, or a sentence about someone new, just before the quotation
            entity = indirect_speaker(unit, found.span, self.registry, self.context, self.text) or \
                sentence_person(unit, sentence_start, self.registry, self.context, self.text)
            if entity is not None:
                found.settle(entity)
                return
        if neighbours:
            found.settle(neighbours[0].entity, neighbours[0].role)
            return
        if opens_sentence:
            following = self.units[index + 1] if index + 1 < len(self.units) and opens_paragraph \
                and self.units[index + 1].kind == "paragraph" else None
            entity = named_after(unit, found.span, self.registry, following)
            if entity is None:
                # "“…” Sarah Walker is a soil scientist"; after another's quotation, or inside a
                # paragraph, only a newcomer described at once ("“…” Trevor Maki, whose
                # brother-in-law is among the trapped …")
                entity = introduced_after(unit, found.span, self.registry,
                                          described=self.previous_had_quote or not opens_paragraph,
                                          next_unit=None if self.results else following)
                # (the paragraph after only for a story's opening quotation, which no one spoke before)
            if entity is not None:
                found.settle(entity)  # "“…” That was the verdict of X": named in the next sentence
                return
            if unnamed_after(unit, found.span, self.registry):
                found.settle(None)  # "“…” The speaker, a student who did not want his name published, …"
                return
        if found.kind != "partial":
            entity = indirect_speaker(unit, found.span, self.registry, self.context, self.text)
            if entity is not None:
                found.settle(entity)
                return
        if opens_paragraph and previous is not None and self._asks(index - 1) and self.context.last_speaker is not None \
                and unit.start - self.context.last_speaker_position < _ANSWER_REACH:
            answering = self.context.last_speaker if self.context.last_speaker.person \
                else protagonist(self.registry, unit.start, set()) or self.context.last_speaker
            found.settle(answering)  # the interviewer's question, then the interviewee's answer (a person's,
            # not the ministry's whose statement came before the interview's "lightning round")
            return
        if opens_paragraph and previous is not None:
            entity = introduced_by(previous, self.registry, self.context, self.text)
            if entity is not None:
                found.settle(entity)
                return
            unnamed = introduces_unnamed(previous, self.registry, self.text)
            if unnamed is not None:
                found.settle(None, unnamed)  # "A volunteer …, who asked not to be named, described the night:" then “…”
                return
        if opens_paragraph and previous is not None and self.previous_had_quote and not self.previous_unclosed:
            # "“…,” said Jane Doe. John Roe disagreed." then “…”: the person named last takes over
            entity = sentence_person(previous, len(previous.text.rstrip()), self.registry, self.context, self.text)
            if entity is not None:
                found.settle(entity)
                return
        if opens_paragraph and self.previous_had_quote and not self.previous_unclosed and self._answers_back(found):
            found.settle(self.context.other_speaker)  # "“…?” she asked." / "“…,” he replied." / "“By whom?”"
            self.exchange.add(id(found))
            return
        if opens_paragraph and (self.previous_unclosed or self.previous_had_quote):
            # the speaker of the quotation before, though the article does not name them
            if self.context.last_unnamed:
                found.settle(None, self.context.last_unnamed)
            elif self.results and _unnamed_pronoun(self.results[-1]):
                found.settle(None)  # "She said: “…" after an unnamed teacher, then “…": still hers
            elif (put_to := self._put_to()) is not None:
                found.settle(put_to)  # "He pressed Mr Prys-Jones on whether …" / "“Was it …?” Mr Sethi
                # asked." / "“I would have to check.”": the answer of the one the question was put to
            elif _addresses(found, self.context.last_speaker) and self.context.other_speaker is not None \
                    and self.context.other_speaker.person and not _addresses(found, self.context.other_speaker):
                found.settle(self.context.other_speaker)  # "“That's not an answer, Mr Raghavan.”": said to him
            else:
                found.settle(self.context.last_speaker)
        elif opens_paragraph and previous is not None:
            found.settle(introducer(previous, self.registry, self.context, self.text))
        elif found.kind == "partial":
            found.kind = "drop"


_HANDLE_LETTERS = 4
"""The fewest letters a handle holds for the name it spells to be read from it."""
_ROLE_VERBS = {"host": "hosted", "presenter": "presented", "moderator": "moderated", "interviewer": "interviewed",
               "chair": "chaired", "anchor": "anchored"}
"""The verb whose by-phrase names a transcript role's holder ("the podcast hosted by Callum Reyes")."""
_SAID_CLAUSE_CHARS = 40
"""The most characters a line of an exchange holds outside its quotation (" she asked.")."""


_CLOSING_VOCATIVE = re.compile(r",\s+(?:%s)?([\w’'-]+)[.?!]?\s*$" % ADDRESS_TITLE)
"""The name or the office a quotation ends on, set off by a comma: the one it is said to ("…, Mr
Raghavan.", "…, senator.")."""


def _addresses(found: Quotation, entity: Entity | None) -> bool:
    """True when `found`'s words end by addressing `entity`, by a word of its name or by an office
    the article gave it ("It's the answer I can give in this forum, senator.")."""
    vocative = _CLOSING_VOCATIVE.search(found.span.text) if entity is not None and found.span is not None else None
    word = vocative.group(1).lower() if vocative else ""
    return bool(word) and (word in entity.tokens or word in entity.roles)


def _outside(found: Quotation) -> str:
    """The words of `found`'s paragraph outside its quotation and marks."""
    text = found.unit.text
    return (text[:found.span.start] + " " + text[found.span.end:]).strip(OPENING_MARKS + CLOSING_MARKS)


def _position(found: Quotation) -> int:
    return found.unit.start + (found.span.start if found.span is not None else 0)


def _unnamed_pronoun(found: Quotation) -> bool:
    """A quotation whose said-clause's he or she stands for someone the article does not name."""
    return found.entity is None and found.ref is not None and found.ref.kind == "pronoun" and found.ref.text in ("he", "she")


def extract_quotes(article: Article) -> list[Quote]:
    """Every quotation of `article.body` in text order, with speaker, role and kind."""
    units = build_units(article)
    if article.language and not article.language.lower().startswith(_ENGLISH) \
            and not reads_as((unit.text for unit in units), "en"):
        # the said-clause rules are English: elsewhere only the signed block quotes are read (a
        # page may declare another language than its text's: an English story on a German site)
        return [Quote(strip_marks(u.text), u.speaker, u.role, "block") for u in units if u.kind == "quote"]
    spans = spans_by_unit(units)
    if not any(spans.values()) and not any(u.kind == "quote" for u in units):
        return []
    mark_repeats(units, spans)
    return _Reader(units, spans).read()
