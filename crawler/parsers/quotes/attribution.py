"""Said-clauses: who a quoted span is attributed to, in the words of its own sentence.

For a span this finds the speech verb that governs it ("…,” X said", "X said: “…", "“…,” said
X, a role", "according to X", "X told Y …", "…, saying “…”") and the reference written for the
speaker: a name, a pronoun or a description ("the researcher", "a Home Depot spokesperson").
Turning that reference into a name is `speakers`' job. It also tells a direct quotation from a
fragment woven into the sentence, and a fragment from a term, a title or a scare quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.document import Unit
from crawler.parsers.quotes.entities import Mention
from crawler.parsers.quotes.mentions import Registry
from crawler.parsers.quotes.names import first_key
from crawler.parsers.quotes.spans import Span

_TITLE_AFTER = re.compile(r"\s*([A-Z][a-z]{1,9})\.?(?=\s)")
"""A capitalised word that may be a title before a name (", Dr. Anil Kapoor")."""
_UNNAMED_ONE = re.compile(r"(?:A|An|One)\s+(?:[\w-]+\s+){0,3}?([a-z]+)(?=[,.;:]|\s+(?:who|speaking|said|says|told)\b)")
"""An indefinite description of one person opening a sentence ("A senior Dornish official")."""
_GROUP_SUBJECT = re.compile(r"\s*(?:The|Some|Many|Several|Most|Hundreds of|Thousands of|Dozens of)\s+"
                            r"(?:[a-z-]+\s+){0,2}[a-z]+[^s’'\s]s\b")
"""A sentence opened by a plural common noun ("The pupils returned …"): a group, no one named."""
_CHANTED = re.compile(r"\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)|(?:chants|shouts|cries) of|sang|singing)\s*[,:]?$")
"""A verb or noun of chanting right before a quotation: its words are a whole utterance."""
_NAME_CALLED_IT = re.compile(r"(?<![\w’'])(?!(?:We|I|They|You|It)\b)[A-Z][\w’'-]*\w,?\s+called\s+it\s*$")
"""A name that called something so ("Moretti called it “a small miracle”"): its words, not a term
as "we called it" (the outlet's own) or "the company … called it" often give."""
_WORDS = re.compile(r"[A-Za-z][\w'’‘-]*")
_PHRASAL_SPEECH = {verb: particle for particles, particle in (
    ("shot shoots fired fires hit hits struck strikes", " back"), ("chimed chimes piped pipes", " in"))
    for verb in particles.split()}
"""Verbs that are verbs of saying only with their particle ("shot back", "chimed in")."""
_AUXILIARIES = frozenset("""
has have had also then later previously further again would will could did does is was were
are be been not never recently once first meanwhile just only still yet already quickly simply
since alone reportedly repeatedly often earlier immediately himself herself themselves itself
""".split())
_DETERMINERS = frozenset("the a an one another this that his her its their our".split())
_STOP_NP = lexicon.SPEECH_VERBS | _AUXILIARIES | frozenset(
    "who which that whose where when as in on at for with from by after before during about of to "
    "and but or he she they it we".split())
_TIME_NOUNS = frozenset("day week month year night morning afternoon evening time weekend".split())
_LY_NOUNS = r"(?:family|assembly|ally|rally|supply|daily|weekly|monthly|quarterly)\b"
"""Nouns ending in -ly, which no adverb rule may take for one ("the family said")."""
_AUXILIARY_TAIL = re.compile(r"(?:\s*\b(?:%s|(?!%s)[a-z]+ly)\b)+\s*$" % ("|".join(sorted(_AUXILIARIES)), _LY_NOUNS))
_NOUN_MARKERS = frozenset("the a an of his her its their our my your this these those".split())
_INTRO_WORDS = lexicon.PREPOSITIONS | lexicon.MONTHS_AND_DAYS | frozenset(
    "however meanwhile earlier later still also yet but and so then now today yesterday last this "
    "when while as although though despite speaking asked instead once".split())
_CITATION = re.compile(r"\([^()]*\b\d{4}[a-z]?\b[^()]*\)[.,]?\s*$")
"""The authors and date of a reference before its title ('… (Nov 2008).')."""
_OWNER_AFTER = re.compile(r"\s+(?:for|of|at|from)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}")
"""The organisation after a description ("a spokesman for Globex")."""
_SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
_SOMEONE = re.compile(r"\b(?:someone|somebody|anyone|anybody)\b|(?<![“\"‘'])\b[Mm]y\s+(?:%s)\s+(?:used\s+to\s+|would\s+)?(?:%s)\b"
                      % ("|".join(sorted(lexicon.KIN_NOUNS)), "|".join(sorted(lexicon.SPEECH_VERBS))))
"""Nobody named: "someone", or a relative of a first-person narrator who speaks ("My father used
to tell me:" in an interview's answer)."""
_NAMED_OWNER = re.compile(r"\s+(?:for|from|of|by)\s+(?:the\s+)?[A-Z]")
_RELATIVE = re.compile(r",?\s+(?:which|who)$")
_ADVERB = re.compile(rf"(?!{_LY_NOUNS})[a-z]{{3,}}ly")
"""An adverb ends a description ("the banner actually read")."""
_WITH_SUBJECT = re.compile(r"\bwith\s+(?=[^,;]*$)")
"""An absolute clause whose subject follows "with" ("with X warning")."""
_COMMON_NOUN_END = re.compile(r"\b[A-Z][\w’'-]*\s+[a-z][\w-]+$")
"""A lower-case noun after a name at the end of a phrase ("a São Paulo resident")."""
_INTRO = re.compile(r"^(?:[^,]{0,60}?),\s+")
_NOUN_BEFORE_VERB = re.compile(r"\s+(?:was|is|were|are|has|had)\b")
_NEW_PREDICATE = re.compile(r"\band\s+(?:was|were|is|are|seemed|looked|remained|felt|became)\s")
"""A second predicate joined to a speech verb's clause ("had written a letter and was
“ashamed”"): a fragment after it describes that subject, the speech verb does not report it."""
_CLAUSE_SUBJECT = re.compile(r"\b(?:[A-Z][a-z]|(?:he|she|they|it|we|I)\b)")
"""A name or a subject pronoun: the subject of a clause of its own."""
_CLAUSE_OPENER = re.compile(r"\b(?:after|when|while|because|since|before|until)\s+(?=the\s|[A-Z])")
"""A conjunction opening a subordinate clause whose subject follows it."""
_SUBORDINATE = re.compile(r"\b(?:before|after|when|because|if|unless|until|while|although|though|whereas)\s|[,–—-]\s+but\s")
_SUBORDINATOR = re.compile(r"\b(?:[Tt]hough|[Aa]lthough|[Ww]hile|[Ww]hereas|[Bb]ecause|[Uu]nless)\s")
"""A subordinate clause opening before the quotation: the verb after the next comma is another clause's."""
_THAT_QUOTE_END = re.compile(r"\b(\w+)\s+that\s+[“\"][^”\"]+[”\"]\s*$")
"""A clause ending "<verb> that “…”" (the quotation another one joins with "and")."""
_SOURCE_CUE = re.compile(r"\b(?:according to|per|(?:directives?|orders?|instructions?|calls?|demands?|"
                         r"appeals?|warnings?)\s+(?:from|by))\s+", re.I)
"""Words that name a quotation's source after them ("according to X", "directives from X")."""


@dataclass
class Ref:
    """How the text points at a speaker."""

    kind: str
    """`name`, `pronoun`, `description` or `none` (the text says nobody named: "he was asked")."""
    text: str
    """The words as written ("Levitt", "she", "the Republican governor")."""
    position: int
    """Document offset of the words (resolution looks back from here)."""
    mention: Mention | None = None
    """The name mention, for kind `name`."""


@dataclass
class Attribution:
    """What a span's own sentence says about it."""

    kind: str
    """`direct`, `partial` or `none` (not a quotation)."""
    ref: Ref | None
    """The speaker reference, when the sentence gives one."""
    document_source: bool = False
    """The only source given is an unnamed document ("according to a new case report")."""


_OWNER_WORD = re.compile(r"[\w-]+(?:[’']s|s[’'])")
"""A word with a possessive ending."""
_CONTRACTED = frozenset("that there here who what where".split())
"""Words whose "’s" is "is" or "has" ("that's said"), not a possessive."""


def speech_verbs(text: str, start: int, end: int) -> list[re.Match]:
    """The speech verbs of text[start:end], in order (not the nouns spelt alike: "of states",
    "the report", "a call")."""
    verbs = []
    for match in _WORDS.finditer(text, start, end):
        word = match.group().lower()
        if word in ("put", "puts") and text.startswith(" it", match.end()):
            verbs.append(match)  # "as Fischer put it, “…”"
        elif _PHRASAL_SPEECH.get(word) and text.startswith(_PHRASAL_SPEECH[word], match.end()):
            verbs.append(match)  # "“…,” Kerr shot back", "Moss chimed in"
        elif word in lexicon.SPEECH_VERBS:
            if match.group()[0].isupper() and text[:match.start()].rstrip()[-1:] not in ("", ".", "!", "?", "”", "\"", ":") \
                    and not _capitalised_after_name(text, match):
                continue  # a capitalised word inside a sentence is a name ("the United States")
            before = text[max(0, match.start() - 30):match.start()].split()
            if before and before[-1].lower() in _NOUN_MARKERS:
                continue
            if before and _OWNER_WORD.fullmatch(before[-1]) and first_key(before[-1]) not in _SUBJECT_PRONOUNS | _CONTRACTED:
                continue  # "the minister's promise", "Acme's statement": a noun an owner has
            if _NOUN_BEFORE_VERB.match(text, match.end()):
                continue  # "the last Reddit post was on …": a noun, the subject of "was"
            if word.endswith("s") and len(before) > 1 and before[-1].isalnum() \
                    and before[-2].lower() in lexicon.PREPOSITIONS:
                continue  # "diplomats from EU states": a plural noun
            verbs.append(match)
    return verbs


def _capitalised_after_name(text: str, verb: re.Match) -> bool:
    """A said-verb in the past that a page capitalises after its subject's name ("“…,” Jeff
    Brooks Said"); the present ("States", "Notes") may end a name."""
    before = text[max(0, verb.start() - 30):verb.start()].split()
    return verb.group().lower() in lexicon.PAST_SPEECH_VERBS and bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def _description(text: str, start: int, end: int, unit: Unit) -> Ref | None:
    """A descriptive noun phrase beginning at `start` ("the Republican governor")."""
    words = [m for m in _WORDS.finditer(text, start, end)]
    if not words:
        return None
    first = words[0].group().lower()
    taken: list[re.Match] = []
    if first in _DETERMINERS:
        rest = words[1:]
        if first in ("one", "another") and rest and rest[0].group().lower() == "of":
            # "one of the survivors": one unnamed member of a group
            rest = rest[2:] if len(rest) > 1 and rest[1].group().lower() in _DETERMINERS else rest[1:]
    else:
        possessor = next((i for i, m in enumerate(words[:5]) if re.search(r"[’'‘]s$", m.group())), None)
        if possessor is None or not all(m.group()[0].isupper() for m in words[:possessor + 1]):
            return None
        rest = words[possessor + 1:]
    for match in rest:
        if re.search(r"[,.;:]", text[(taken[-1] if taken else words[0]).end():match.start()]):
            break  # a description does not run past its clause
        word = match.group()
        lower = word.lower()
        noun = lower in lexicon.SPEECH_VERBS and _NOUN_BEFORE_VERB.match(text, match.end())
        if (lower in _STOP_NP and not noun and (taken or lower not in lexicon.SPEECH_VERBS)) \
                or re.search(r"[’'‘]s$", word) and taken or _ADVERB.fullmatch(lower) and taken:
            break  # (a speech verb right after the determiner is a noun: "a report")
        taken.append(match)
        if len(taken) == 5:
            break
    content = [m for m in taken if m.group()[0].islower() or m.group()[0].isdigit()
               or m.group().lower().rstrip(".") in lexicon.TITLES
               or m.group().lower() in lexicon.DEMONYMS]  # "the Spaniard"
    if not content or taken[-1].group().lower() in _TIME_NOUNS:
        return None  # (“The following month they posted”: a time, not a speaker)
    phrase = text[words[0].start():taken[-1].end()]
    return Ref("description", phrase, unit.start + words[0].start())


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
"""A capitalised word right before another: both are words of one name ("Staffordshire Police")."""


_KIN_SUBJECT = re.compile(r"\s*((?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w-]*)\s*$")
"""A said-clause's whole subject after a quotation, a possessive and one noun ("his father")."""


def _ref_in(text: str, start: int, end: int, unit: Unit, registry: Registry,
            prefer_last: bool, person_only: bool = False, objects: bool = False) -> Ref | None:
    """The speaker reference written in text[start:end]: a name, pronoun or description
    (`objects` also takes a name right after a preposition, as in "according to X")."""
    segment = text[start:end]
    mentions = [m for m in registry.at(unit.start + start, unit.start + end)
                if not m.possessive and (objects or not (m.after_preposition or m.in_phrase))
                and not (m.entity and m.entity.spurious)]
    if person_only:
        people = [m for m in mentions if m.entity and m.entity.person]
        mentions = people or [m for m in mentions if m.entity and m.entity.maybe_person]
    refs: list[Ref] = [Ref("name", m.text, m.start, m) for m in mentions]
    if person_only:
        return refs[-1] if refs and prefer_last else (refs[0] if refs else None)
    for match in re.finditer(r"\b(he|she|they|it|we)\b", segment, re.I):
        if match.start() == 0 or segment[match.start() - 1] != "'":
            refs.append(Ref("pronoun", match.group().lower(), unit.start + start + match.start()))
    for match in _SOMEONE.finditer(segment):  # "said someone at the meeting": nobody named
        refs.append(Ref("none", match.group().lower(), unit.start + start + match.start()))
    for match in re.finditer(r"(?:^|(?<=\s))(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts"
                             r"|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*[’'‘]s)\s", segment):
        before = segment[:match.start()].split()
        if not objects and before and before[-1].lower() in lexicon.PREPOSITIONS:
            continue  # "the letter to the commissioner said": an object, not the subject
        description = _description(text, start + match.start(), end, unit)
        if description:
            refs.append(description)
    kin = _KIN_SUBJECT.match(segment)
    if kin and text[max(0, start - 3):start].strip(" ,")[-1:] in "”\"’'":
        description = _description(text, start + kin.start(1), end, unit)
        if description:
            refs.append(description)  # "“…,” his father said": the phrase right after the quotation
    named = [(m.start, m.end) for m in mentions if " " in m.text]
    for match in _WORDS.finditer(segment):
        word = match.group().lower()
        position = unit.start + start + match.start()
        if word in lexicon.PEOPLE_NOUNS and (word.endswith("s") or word == "police") \
                and not any(a <= position < b for a, b in named) \
                and not (match.group()[0].isupper() and _CAPITALISED_BEFORE.search(segment, 0, match.start())):
            # a bare plural of people ("censors had instructed …"), not a word of a name ("Police Scotland")
            refs.append(Ref("description", match.group(), position))
    if not refs:
        return None
    refs.sort(key=lambda r: r.position)
    if not prefer_last:
        return refs[0]
    # nearest to the verb, but a name inside a description ("X's mom") yields to the description
    best = refs[-1]
    for ref in reversed(refs):
        if ref.kind == "description" and ref.position <= best.position < ref.position + len(ref.text) \
                and best.position + len(best.text) < ref.position + len(ref.text):
            best = ref
    return best


def _adjacent(text: str, ref_end: int, verb_start: int) -> bool:
    """Only auxiliaries, adverbs, a weekday or one short time/place phrase ("on Sunday") between them,
    or the members' noun of a named group ("Freedom Caucus members demanded")."""
    between = text[ref_end:verb_start].replace(",", " ").split()
    if len(between) == 1 and between[0].lower() in lexicon.MEMBER_NOUNS:
        return True
    if len(between) == 2 and between[1].lower() in ("himself", "herself", "themselves"):
        return True  # "he recorded himself shouting"
    if between and between[0].lower() in lexicon.PREPOSITIONS and len(between) <= 4:
        return True
    return len(between) <= 3 and all(w.lower() in _AUXILIARIES or w.lower().endswith("ly")
                                     or w.lower() in lexicon.WEEKDAYS for w in between)


def sentence_subject(unit: Unit, sentence_start: int, limit: int, registry: Registry) -> Ref | None:
    """The subject at the head of the sentence starting at `sentence_start`: a pronoun or
    description opening it, else its first person named outside a prepositional phrase."""
    text = unit.text
    head = text[sentence_start:limit]
    intro = _INTRO.match(head)
    start = sentence_start
    if intro and head.split()[0].lower().rstrip(",") in _INTRO_WORDS:
        start = sentence_start + intro.end()
    opening = _ref_in(text, start, min(limit, start + 40), unit, registry, prefer_last=False)
    if opening is not None and opening.kind != "name" and opening.position - unit.start <= start + 1:
        return _named_in_apposition(unit, opening, registry) or opening
    for mention in registry.at(unit.start + sentence_start, unit.start + limit):
        if mention.entity and mention.entity.person and not mention.possessive \
                and not mention.after_preposition and not mention.in_phrase:
            return Ref("name", mention.text, mention.start, mention)
    return opening


def _named_in_apposition(unit: Unit, ref: Ref, registry: Registry) -> Ref | None:
    """The name set off by commas right after a description ("Another resident, John Roe,", "A
    spokesman for Globex, Bill Lee,")."""
    if ref.kind != "description":
        return None
    end = ref.position + len(ref.text)
    owner = _OWNER_AFTER.match(unit.text, end - unit.start)
    if owner:
        end += owner.end() - owner.start()
    comma = unit.text[end - unit.start:end - unit.start + 3]
    if not comma.startswith(","):
        return None
    reach = 0
    for titled in _TITLE_AFTER.finditer(unit.text, end - unit.start + 1):
        if titled.start() != end - unit.start + 1 + reach or titled.group(1).lower() not in lexicon.TITLES:
            break
        reach += titled.end() - titled.start()
    for mention in registry.at(end, end + 3 + reach):  # (", Dr. Anil Kapoor": past the title)
        entity = mention.entity
        if entity is not None and (entity.person or entity.maybe_person) and not mention.possessive \
                and unit.text[mention.end - unit.start:mention.end - unit.start + 1] in (",", ".", ";", ""):
            return Ref("name", mention.text, mention.start, mention)
    return None


def subject_before(unit: Unit, clause_start: int, verb: re.Match, registry: Registry,
                   whole_sentence: bool = True) -> Ref | None:
    """Who the verb at `verb` has as subject, reading leftwards ("X, a role, said"); with
    `whole_sentence` False the sentence's own subject is not taken as a last resort."""
    text = unit.text
    pre = text[clause_start:verb.start()]
    stripped = _AUXILIARY_TAIL.sub("", pre).rstrip()
    absolute = _WITH_SUBJECT.search(stripped) if verb.group().lower().endswith("ing") else None
    if absolute:
        # "…, with Foreign Minister Ayman Safadi warning of …": the name after "with" speaks
        ref = _ref_in(text, clause_start + absolute.end(), clause_start + len(stripped), unit, registry,
                      prefer_last=True, person_only=True, objects=True)
        if ref is not None:
            return ref
    if verb.group().lower().endswith("ing") and (not stripped or stripped.endswith((",", "—", "–"))):
        return sentence_subject(unit, unit.sentence_at(verb.start())[0], verb.start(), registry)
    if stripped.endswith((" and", " but")) or stripped in ("and", "but"):
        # ("X welcomed the news but said …": the subject of the verbs joined, not the object between)
        sentence_start = unit.sentence_at(verb.start())[0]
        clauses = list(_CLAUSE_OPENER.finditer(text, sentence_start, verb.start()))
        if clauses:
            # "Shares fell after the frozen food maker reported a drop and warned …": the
            # subordinate clause's subject, whose verbs are joined
            ref = _ref_in(text, clauses[-1].end(), verb.start(), unit, registry, prefer_last=False)
            if ref is not None and ref.position - unit.start == clauses[-1].end():
                return ref
        return sentence_subject(unit, sentence_start, verb.start(), registry)
    if not stripped:
        return None
    if stripped.endswith(","):
        # an apposition sits between the subject and the verb ("X, a role at Y, said"): the
        # subject is the first comma segment that holds a person's name
        cuts = [clause_start] + [clause_start + i + 1 for i, ch in enumerate(pre) if ch == ","]
        segments = list(zip(cuts, cuts[1:] + [verb.start()]))
        fallback = None
        candidates = segments[:-1] if len(segments) > 1 else segments
        for seg_start, seg_end in candidates:
            opening = _WORDS.search(text, seg_start, seg_end)
            if opening and opening.group() in lexicon.PEOPLE_NOUNS and opening.group().endswith("s") \
                    and not text[seg_start:opening.start()].strip():
                # "lawmakers on the House Select Committee …, led by X, requested": unnamed people
                return Ref("description", opening.group(), unit.start + opening.start())
        unnamed = _UNNAMED_ONE.match(text, candidates[0][0], candidates[0][1])
        if unnamed and unnamed.group(1) in lexicon.PEOPLE_NOUNS:
            # "A senior Dornish official, speaking on condition of anonymity, said": no one named
            return Ref("description", unnamed.group(), unit.start + candidates[0][0])
        named = [_ref_in(text, a, b, unit, registry, prefer_last=False, person_only=True) for a, b in candidates]
        described = [text[a:b].split()[:1] in (["a"], ["an"], ["the"]) for a, b in candidates]
        if any(ref and not apposition for ref, apposition in zip(named, described)):
            # "X, a São Paulo resident, said": a name inside the apposition is not the subject
            named = [None if apposition else ref for ref, apposition in zip(named, described)]
        for ref in named:  # a known person first, then any name that may be one
            if ref and ref.mention and ref.mention.entity and ref.mention.entity.person:
                return ref
        for ref in named:
            if ref:
                return ref
        for seg_start, seg_end in candidates:
            if fallback is None:
                fallback = _ref_in(text, seg_start, seg_end, unit, registry, prefer_last=False)
        if not whole_sentence:
            return None
        if fallback and fallback.kind != "pronoun":
            return fallback
        return sentence_subject(unit, unit.sentence_at(verb.start())[0], verb.start(), registry)
    relative = _RELATIVE.search(stripped)
    if relative:
        # "the Palestinian Dialogue Group in Turkey, which says": the noun the clause hangs on,
        # a name unless a common noun ends the phrase ("a São Paulo resident who tweeted")
        if _COMMON_NOUN_END.search(stripped, 0, relative.start()):
            return None
        for mention in registry.before(unit.start + clause_start + relative.start()):
            if mention.start < unit.start + clause_start:
                break
            if not mention.after_preposition and not mention.possessive:
                return Ref("name", mention.text, mention.start, mention)
        return None
    seg_start = clause_start + max(pre.rfind(","), pre.rfind(";"), -1) + 1
    ref = _ref_in(text, seg_start, clause_start + len(stripped), unit, registry, prefer_last=True)
    if ref is None:
        return None
    ref_end = ref.position - unit.start + len(ref.text)
    segment = text[seg_start:verb.start()].split()
    if segment and segment[0].lower() in ("a", "an") and seg_start > clause_start:
        # "David Savidge, a former police officer who responded said": the name it describes
        previous = pre.rfind(",", 0, seg_start - clause_start - 1)
        named = _ref_in(text, clause_start + previous + 1, seg_start - 1, unit, registry,
                        prefer_last=True, person_only=True)
        if named is not None and not text[named.position - unit.start + len(named.text):seg_start - 1].strip():
            return named
    if (ref.kind == "description" and " " in ref.text) or _adjacent(text, ref_end, verb.start()):
        return ref
    head = _ref_in(text, seg_start, clause_start + len(stripped), unit, registry, prefer_last=False)
    if head is not None and head.kind == "description" and " " in head.text \
            and not text[seg_start:head.position - unit.start].strip():
        return head  # "A leader of the state’s teachers union said": the phrase the clause opens with
    return None


def subject_after(unit: Unit, verb: re.Match, clause_end: int, registry: Registry) -> Ref | None:
    """The subject of an inverted said-clause ("said Kyiv resident Svitlana Onofryichuk, 55")."""
    text = unit.text
    rest = text[verb.end():clause_end]
    first_cut = rest.find(",")
    seg_end = verb.end() + (first_cut if first_cut >= 0 else len(rest))
    ref = _ref_in(text, verb.end(), seg_end, unit, registry, prefer_last=False, person_only=True) \
        or _ref_in(text, verb.end(), seg_end, unit, registry, prefer_last=False)
    if ref is None or ref.position - unit.start > verb.end() + 60:
        return None
    if ref.kind == "name":
        ref = _owned_role_holder(unit, ref, seg_end, registry) or ref
    if ref.kind == "description" and first_cut >= 0:
        second_end = text.find(",", seg_end + 1, clause_end)
        named = _ref_in(text, seg_end + 1, second_end if second_end >= 0 else clause_end, unit,
                        registry, prefer_last=False, person_only=True)
        if named and (named.position - unit.start <= seg_end + 3 or ref.text.split()[0].lower() in ("another", "a", "an")):
            return named  # "said another witness, former adviser Fiona Hill"
    return ref


def _owned_role_holder(unit: Unit, ref: Ref, end: int, registry: Registry) -> Ref | None:
    """The person named after an organisation and the job it gives ("said Chelsea manager Enzo
    Maresca", "said Google spokesperson Jane Doe"): the speaker, not the organisation."""
    if ref.mention is None or not ref.mention.owns_role:
        return None
    following = [m for m in registry.at(ref.mention.end, unit.start + end) if m.entity is not None and not m.possessive]
    return Ref("name", following[0].text, following[0].start, following[0]) if following else None


def _after_verb_is_subject(text: str, verb: re.Match) -> bool:
    after = text[verb.end():verb.end() + 40].lstrip()
    return bool(after) and (after[0].isupper() or after.split()[0].lower() in ("the", "a", "an", "one", "another"))


def _second_predicate(text: str, verb_end: int, opening: int) -> bool:
    """A second predicate of the verb's own subject runs up to the quotation, with no subject
    of another clause before it ("had written a letter of apology and was “…”"), not a clause
    the verb reports ("said Dorsey … and was “…”")."""
    joined = _NEW_PREDICATE.search(text, verb_end, opening)
    return joined is not None and not _CLAUSE_SUBJECT.search(text, verb_end, joined.start())


def _whole_that_clause(text: str, sent_start: int, left_start: int, left: str, close: int) -> bool:
    """The quotation is the whole clause after "said that" (or another such quotation joined
    to it by "and"), closed by punctuation or "and": the speaker's own sentence, not a fragment."""
    if not re.match(r"\s*(?:[.,;:!?]|and\s|$)", text[close:close + 5]):
        return False
    words = left.split()
    if len(words) >= 2 and words[-1] == "that":
        return words[-2].lower() in lexicon.SPEECH_VERBS
    if left.strip() in ("and", "or") and left_start > sent_start:
        joined = _THAT_QUOTE_END.search(text, sent_start, left_start)
        return joined is not None and joined.group(1).lower() in lexicon.SPEECH_VERBS
    return False


def _sentence_right_after_verb(left: str, quoted: str) -> bool:
    """The quotation follows its speech verb with no comma or colon, opens on a capital and
    closes on a sentence's end inside the marks: a whole sentence, not a fragment."""
    words = left.split()
    body = quoted.rstrip("’'‘\"”“ ")
    return bool(words) and words[-1].lower() in lexicon.PAST_SPEECH_VERBS | {"says", "tells"} \
        and quoted[:1].isupper() and body.endswith((".", "!", "?")) and len(body.split()) > 1


def _holds_a_sentence_end(quoted: str) -> bool:
    """A quotation that runs over a sentence end is an utterance, not a fragment."""
    return bool(re.search(r"[a-z][.!?]\s+[A-Z]", quoted))


def _names_a_subject(quoted: str, right: str) -> bool:
    """A few quoted words, no punctuation of their own, then the sentence's verb in lower case
    ("“Humidifier lung” may result from …"): a term the sentence is about, not an utterance."""
    following = right.split(maxsplit=1)
    if not following or len(quoted.split()) > 4 or quoted[-1:] in ",.;:!?…—–-":
        return False
    word = following[0].lower()
    return following[0][:1].islower() and word not in lexicon.SPEECH_VERBS and word not in _SUBJECT_PRONOUNS \
        and word not in ("according", "as", "and", "or", "but")


def _title_like(quoted: str) -> bool:
    """Every word capitalised and no closing punctuation: the name of a work, not an utterance."""
    words = [w for w in quoted.split() if any(c.isalpha() for c in w)]
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by"}
    return bool(words) and words[0][:1].isupper() and not quoted.endswith((".", "!", "?")) and \
        all(w.strip("‘’'\"“”([,").lstrip("[")[:1].isupper() or w.lower() in small for w in words)


_LIST_GAP = re.compile(r"[\s,;]*(?:(?:and|or|&)\s*)?")


def listed_titles(text: str, spans: list[Span]) -> set[int]:
    """Indexes of spans that name works in a list ("“Black Water,” “China Grove,” and “Minute
    By Minute”"): two or more title-like spans in a row with only commas or "and" between."""
    listed: set[int] = set()
    for number in range(1, len(spans)):
        before, span = spans[number - 1], spans[number]
        gap = text[before.end + (1 if before.closed else 0):span.start - 1]
        if _LIST_GAP.fullmatch(gap) and _title_like(before.text) and _title_like(span.text):
            listed.update((number - 1, number))
    return listed


def attribute(unit: Unit, span: Span, previous_end: int, next_start: int,
              registry: Registry) -> Attribution:
    """Classify `span` of `unit` and find its said-clause (previous/next span ends bound the search)."""
    text = unit.text
    opening = span.start - 1
    sent_start, _ = unit.sentence_at(max(opening, 0))
    left_start = max(sent_start, previous_end)
    left = text[left_start:opening]
    close = span.end + (1 if span.closed else 0)
    _, sent_end = unit.sentence_at(min(close, len(text) - 1)) if close < len(text) else (0, len(text))
    right_end = min(next_start, max(sent_end, close))
    right = text[close:right_end]
    stripped_left = left.rstrip()
    starts_sentence = not stripped_left.strip(" \"“‘'`„«(—–-")
    introduced = stripped_left.endswith((":", ",", "—", "–"))
    # (a quotation nested at its end closes first: "…ask, ‘So he’s going to do it?’”)
    utterance_end = span.text.rstrip("’'‘\"”“")
    ends_like_utterance = utterance_end.endswith((",", "?", "!", "—", "–", "…")) or \
        (utterance_end.endswith(".") and not right.strip()[:1].isupper())
    kind = "direct" if starts_sentence or introduced or _holds_a_sentence_end(span.text) \
        or re.search(r"\bcaption(?:ed)?$", stripped_left) or (utterance_end.endswith(("!", "?")) and not lexicon.ends_with_naming_cue(stripped_left)) \
        else "partial"
    if kind == "partial" and _whole_that_clause(text, sent_start, left_start, stripped_left, close):
        kind = "direct"  # said that “all Members of Parliament get gifts”
    if kind == "partial" and _sentence_right_after_verb(stripped_left, span.text):
        kind = "direct"  # One of the guides said “Go home and help your mother.”
    chanted = _CHANTED.search(stripped_left) is not None
    if chanted:
        kind = "direct"  # “…” chanted or shouted is a whole utterance, short as it is
    if stripped_left.endswith(",") and _title_like(span.text) and len(span.text.split()) > 1 and not chanted:
        return Attribution("none", None)
    if starts_sentence and _names_a_subject(span.text, right):
        return Attribution("none", None)  # "“Humidifier lung” may result from …": a term as subject
    if _CITATION.search(text, max(0, opening - 80), opening):
        return Attribution("none", None)  # 'Hamel, P.; Eck, D. (2010). "Learning Features …"': a cited work's title

    if kind == "partial":
        if lexicon.ends_with_naming_cue(stripped_left) and not _NAME_CALLED_IT.search(stripped_left) or re.search(r"\b(?:of|about|on|in|to|for|against)\s+[A-Z]\w*[’']s$", stripped_left):
            return Attribution("none", None)  # a term, or a name's own term ("China's “transnational repression”")
        if _title_like(span.text) or (stripped_left.split() and stripped_left.split()[-1].lower() in lexicon.WORK_NOUNS
                                      and not span.text[:1].islower()):
            return Attribution("none", None)  # (“the video game “Valheim.””: a title; not "called the show “a revelation”")
        following = text[close:close + 30].split()
        if len(span.text.split()) == 1 and stripped_left.split() and stripped_left.split()[-1][:1].isupper() \
                and following and following[0][:1].islower():
            return Attribution("none", None)  # a term inside a noun phrase ("no Israeli “civilians” because")
        if len(span.text.split()) >= 2 and stripped_left.split() and \
                stripped_left.split()[-1].lower() in ("the", "a", "an", "its", "their", "his", "her") \
                and following and following[0][0].islower() and \
                following[0].lower() not in lexicon.FUNCTION_WORDS | lexicon.PREPOSITIONS:
            return Attribution("none", None)

    # passive question: "he was asked, “…?”" — the asker is unnamed
    if kind == "direct" and re.search(r"\b(?:was|were|is|being|been)\s+asked\s*[,:]?\s*$", stripped_left):
        return Attribution(kind, Ref("none", "", unit.start + opening))

    if chanted:
        # a chant is its chanter's: a name right before the verb, or unnamed people the clause
        # has chant ("supporters, who chanted “…”", "a masked man … shouting “…”")
        verb_start = left_start + _CHANTED.search(stripped_left).start()
        before = text[left_start:verb_start].rstrip()
        named = _ref_in(text, max(left_start, verb_start - 60), verb_start, unit, registry, prefer_last=True) \
            if re.search(r"[A-Z][\w’'-]*\w$", before) else None
        if named is not None and named.kind == "name":
            return Attribution(kind, named)
        if any(w in lexicon.PEOPLE_NOUNS for w in re.findall(r"[a-z]+", text[sent_start:verb_start])) \
                or _GROUP_SUBJECT.match(text, sent_start, verb_start) or stripped_left.endswith(" of"):
            # (also "took the stage to chants of “…”": the chant is a crowd's, no one named)
            return Attribution(kind, Ref("none", "", unit.start + opening))

    ref = None
    # 1. a said-clause right after the span: “…,” X said / “…,” said X / “…,” X, a role, said
    right_cue = right.strip()
    sourced_after = _SOURCE_CUE.match(right_cue.lstrip(", "))  # "…,” according to X, …"
    if right_cue and not sourced_after and not right_cue.endswith(":") and (ends_like_utterance or kind == "partial"
                                                      or not right_cue[:1].isupper()):
        for verb in speech_verbs(text, close, right_end):
            if lexicon.PASSIVE_BEFORE.search(text[close:verb.start()]):
                continue
            if _SUBORDINATE.search(text, close, verb.start()):
                break  # "…“deliver” before the administration would agree": another clause's verb
            if "," in text[close:verb.start()] and _SUBORDINATOR.search(text, sent_start, opening) \
                    and speech_verbs(text, sent_start, opening):
                break  # "though X has said there is “no need” …, it has also acknowledged": the main clause's
            if verb.group().lower() in lexicon.COGNITION_VERBS and kind == "direct":
                continue
            before_verb = text[close:verb.start()].strip(" ,")
            if before_verb and text[close:verb.start()].rstrip().endswith(","):
                # "…,” X, a role, said" or "… to tackling it, says X"
                ref = subject_before(unit, close, verb, registry, whole_sentence=False)
                if ref is None and _after_verb_is_subject(text, verb):
                    ref = subject_after(unit, verb, right_end, registry)
            elif before_verb:
                ref = subject_before(unit, close, verb, registry)
                if ref is None and verb.start() - close > 150:
                    break
            else:
                ref = subject_after(unit, verb, right_end, registry)
            if ref:
                break
    # 2. a said-clause before it: X said: “…” / X said that … “…” / …, saying “…”
    if ref is None and not sourced_after:
        for verb in reversed(speech_verbs(text, left_start, opening)):
            if lexicon.PASSIVE_BEFORE.search(text[left_start:verb.start()]):
                continue
            if verb.group().lower() in lexicon.COGNITION_VERBS and kind == "direct" \
                    and not introduced:
                continue
            if kind == "partial" and _second_predicate(text, verb.end(), opening):
                continue  # "He said Dorsey had written a letter and was “genuinely ashamed”": his
            ref = subject_before(unit, left_start if left_start == sent_start else sent_start,
                                 verb, registry)
            if ref is None and _after_verb_is_subject(text, verb) and \
                    text[verb.end():opening].strip(" ,:") and \
                    not text[sent_start:verb.start()].strip():
                ref = subject_after(unit, verb, opening, registry)
            if ref:
                break
    # 2b. "Zibulka picks up the story: “…”", "Bekele was gracious in defeat — “…”": the subject of
    # the clause the colon or the dash ends
    if ref is None and stripped_left.endswith((":", "—", "–")) and left_start == sent_start:
        ref = sentence_subject(unit, sent_start, opening, registry)
    # 3. "according to X", "per X" in the sentence
    document_source = False
    if ref is None:
        sentence = text[sent_start:right_end]
        match = _SOURCE_CUE.search(sentence)
        if match:
            where = sent_start + match.end()
            ref = _ref_in(text, where, min(right_end, where + 80), unit, registry, prefer_last=False,
                          objects=True)
            between = text[where:max(where, ref.position - unit.start)].split() if ref else []
            if ref is not None and not all(w[:1].isupper() or w.lower() in lexicon.TITLES | _DETERMINERS
                                           for w in between):
                # the source is the words right after the cue ("according to reports, Heidnik …")
                phrase = text[where:right_end].split(",")[0].split()
                ref = None
                document_source = bool(phrase) and phrase[0].strip(".").lower().rstrip("s") in lexicon.DOCUMENT_NOUNS
                if 0 < len(phrase) <= 3 and phrase[-1].lower() in lexicon.PEOPLE_NOUNS:
                    # "according to federal prosecutors, China's ministry …": unnamed people
                    ref = Ref("description", " ".join(phrase), unit.start + where)
            if ref and ref.kind == "description":
                head = ref.text.split()[-1].lower()
                end = ref.position - unit.start + len(ref.text)
                if head in lexicon.DOCUMENT_NOUNS and not _NAMED_OWNER.match(text, end):
                    document_source, ref = True, None
    if ref is not None and ref.kind == "description":
        ref = _named_in_apposition(unit, ref, registry) or ref  # "A spokesman for Globex, Bill Lee, said:"
    return Attribution(kind, ref, document_source)
