"""The speech verb of a sentence and the reference written for its speaker.

Finds the verbs of saying ("said", "told", "shot back") and the subject around them: a name, a
pronoun or a description ("the researcher", "a Home Depot spokesperson"), before the verb, after
it ("…,” said X") or at the head of the sentence. Both `attribution` (a span's own said-clause)
and `surroundings` (the sentences around a span) read speakers this way; turning the reference
into a name is `speakers`' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.document import Unit
from crawler.parsers.quotes.entities import Entity, Mention
from crawler.parsers.quotes.mentions import Registry
from crawler.parsers.quotes.lexicon import first_key
from crawler.parsers.quotes.names import POST_NOMINALS


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


_TITLE_AFTER = re.compile(r"\s*([A-Z][a-z]{1,9})\.?(?=\s)")
"""A capitalised word that may be a title before a name (", Dr. Anil Kapoor")."""
_UNNAMED_ONE = re.compile(r"(?:A|An|One|Another)\s+(?:[\w-]+\s+){0,3}?([a-z]+)(?=[,.;:]|\s+(?:who|speaking|said|says|told)\b)")
"""An indefinite description of one person opening a sentence ("A senior Dornish official")."""
_WORDS = re.compile(r"[A-Za-z][\w'’‘-]*")
_PHRASAL_SPEECH = {verb: particle for particles, particle in (
    ("shot shoots fired fires hit hits struck strikes", " back"), ("chimed chimes piped pipes", " in"))
    for verb in particles.split()}
"""Verbs that are verbs of saying only with their particle ("shot back", "chimed in")."""
_AUXILIARIES = frozenset("""
has have had also then later previously further again would will could did does is was were
are be been not never recently once first meanwhile just only still yet already quickly simply
since alone reportedly repeatedly often earlier immediately himself herself themselves itself
always sometimes usually ever now
""".split())
_OWNER_PRONOUNS = frozenset("his her their its our my".split())
DETERMINERS = frozenset("the a an one another this that his her its their our".split())
_STOP_NP = lexicon.SPEECH_VERBS | _AUXILIARIES | frozenset(
    "who which that whose where when as in on at for with from by after before during about of to "
    "and but or he she they it we".split())
_DOCUMENT_OR_WORK = lexicon.DOCUMENT_NOUNS | lexicon.WORK_NOUNS
"""Nouns of things people write or make, which no -s word after them extends ("the book focuses")."""
_NAME_CONNECTORS = frozenset("of for and".split())
"""Lower-case words a name holds between its capitalised ones ("Department of Conservation")."""
_TIME_NOUNS = frozenset("day week month year night morning afternoon evening time weekend moment minute hour while".split())
_LY_NOUNS = r"(?:family|assembly|ally|rally|supply|daily|weekly|monthly|quarterly)\b"
"""Nouns ending in -ly, which no adverb rule may take for one ("the family said")."""
_AUXILIARY_TAIL = re.compile(r"(?:\s*\b(?:%s|used to|(?!%s)[a-z]+ly)\b)+\s*$" % ("|".join(sorted(_AUXILIARIES)), _LY_NOUNS))
"""Auxiliaries and adverbs between a subject and its speech verb ("has also said", "would often
say", "used to say")."""
_NOUN_MARKERS = frozenset("the a an of his her its their our my your this these those".split())
_INTRO_WORDS = lexicon.PREPOSITIONS | lexicon.MONTHS_AND_DAYS | frozenset(
    "however meanwhile earlier later still also yet but and so then now today yesterday last this "
    "when while as although though despite speaking asked pressed questioned told instead once".split())
_OWNER_AFTER = re.compile(r"\s+(?:for|of|at|from|(?P<place>in))\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}")
"""The organisation after a description ("a spokesman for Globex"), or where it is ("A reader in
Omagh"), after which only a reader's name counts (see `_given_after_place`)."""
SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
_SOMEONE = re.compile(r"\b(?:someone|somebody|anyone|anybody)\b|(?<![“\"‘'])\b[Mm]y\s+(?:%s)\s+(?:used\s+to\s+|would\s+)?(?:%s)\b"
                      % ("|".join(sorted(lexicon.KIN_NOUNS)), "|".join(sorted(lexicon.SPEECH_VERBS))))
"""Nobody named: "someone", or a relative of a first-person narrator who speaks ("My father used
to tell me:" in an interview's answer)."""
_DOCUMENT_BEFORE = re.compile(r"(?:\b(?:the|a|an|their|his|her|its)\s+)?\b([a-z]+)$")
"""The noun right before a participle ("letters" of "received letters saying")."""
_RELATIVE = re.compile(r",?\s+(?:which|who)$")
_DOCUMENT_BEFORE_WHICH = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:%s)\b(?=\s+[a-z]+ing\b)"
                                    % "|".join(sorted(lexicon.DOCUMENT_NOUNS)))
"""A document a participle phrase about someone follows ("a proclamation honoring Mr. Delacroix,
which …"): what the which-clause is on."""
_ADVERB = re.compile(rf"(?!{_LY_NOUNS})[a-z]{{3,}}ly")
"""An adverb ends a description ("the banner actually read")."""
_WITH_SUBJECT = re.compile(r"\bwith\s+(?=[^,;]*$)")
"""An absolute clause whose subject follows "with" ("with X warning")."""
_COMMON_NOUN_END = re.compile(r"\b[A-Z][\w’'-]*\s+[a-z][\w-]+$")
"""A lower-case noun after a name at the end of a phrase ("a São Paulo resident")."""
_INDEFINITE_PHRASE = re.compile(r"\s*((?:a|an|one|another)\s+[a-z][^,]*)$")
"""A noun phrase with an indefinite article, all of a comma segment ("a nurse in Swindon")."""
_INTRO = re.compile(r"^(?:[^,]{0,60}?),\s+")
_QUESTION_OPENERS = frozenset("asked speaking pressed questioned told".split())
_QUESTION_INTRO = re.compile(r"^(?:[^,]{0,160}?),\s+")
"""An opening phrase on the question put to the subject, which may run long ("Asked by Reyes what
she would change if she were put back in charge tomorrow, she …"): never the sentence's subject."""
_DOCUMENT_ASIDE = re.compile(r"\s*(%s)%s(?:%s)\b[^.;:“”\"]*,"
                             % (lexicon.DESCRIBED_SUBJECT, lexicon.IN_DOCUMENT, "|".join(sorted(lexicon.DOCUMENT_NOUNS))))
"""A described subject, then an aside on the document it spoke in, up to the verb ("The commission,
in a statement signed by its Head of Public Affairs, Mrs Halima Bello-Yusuf,")."""
_THAT_PRONOUN = re.compile(r"That\s+(?=(?:he|she)\s)")
"""A sentence that is a that-clause on its own, opening on its subject's pronoun ("That he never …")."""
_NOUN_BEFORE_VERB = re.compile(r"\s+(?:was|is|were|are|has|had)\b")
_CLAUSE_OPENER = re.compile(r"\b(?:after|when|while|because|since|before|until)\s+(?=the\s|[A-Z])")
"""A conjunction opening a subordinate clause whose subject follows it."""


_NOUNS_SPELT_AS_VERBS = frozenset("report note claim call comment post tweet reply answer remark promise pledge".split())
"""Speech verbs whose base form is also a noun a name may modify ("the Fairbairn report")."""
_NO_PLURAL_NOUNS = frozenset("says tells adds explains insists argues writes admits recalls".split())
"""Speech verbs whose -s form is no plural noun: after a name that a preposition opens, still a verb."""
_OWNER_WORD = re.compile(r"[\w-]+(?:[’']s|s[’'])")
"""A word with a possessive ending."""
_CONTRACTED = frozenset("that there here who what where".split())
"""Words whose "’s" is "is" or "has" ("that's said"), not a possessive."""


_ADDED_TO_THING = re.compile(r"\s+to\s+[“\"‘']?(?:the|a|an|its|their|his|her|this|that|what|growing|mounting)\b")
""""add to" with a thing after it: to increase, not to say more."""
_TO_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|reporters|journalists)\b)[a-z]+")
"""'to' and a verb after "continue": goes on doing something ("continues to block aid")."""
_ASKED_ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified)|for\s+anonymity|that\s+(?:his|her|their)\s+name)")
""""asked not to be named": a request about the speaker's name, not a speech verb."""


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
            if len(before) > 1 and before[-2].lower() in ("a", "an") and word in lexicon.BASE_SPEECH_VERBS:
                continue  # "on a results call", "an analyst note": a singular noun phrase, no subject of a verb
            if word in _NOUNS_SPELT_AS_VERBS and _named_by_determiner(before):
                continue  # "will consider the Fairbairn report": a name's document, no verb
            if before and _OWNER_WORD.fullmatch(before[-1]) and first_key(before[-1]) not in SUBJECT_PRONOUNS | _CONTRACTED:
                continue  # "the minister's promise", "Acme's statement": a noun an owner has
            if _NOUN_BEFORE_VERB.match(text, match.end()):
                continue  # "the last Reddit post was on …": a noun, the subject of "was"
            if word.startswith("add") and _ADDED_TO_THING.match(text, match.end()):
                continue  # "the study added to “a growing body of evidence”": increased, not spoke
            if word.startswith("ask") and _ASKED_ANONYMITY.match(text, match.end()):
                continue  # "a buyer, who asked not to be named because …, said": the said-verb speaks
            if word.startswith("continu") and _TO_INFINITIVE.match(text, match.end()):
                continue  # "as Israel continues to starve Palestinians": goes on doing, not speaking
            if word.endswith("s") and word not in _NO_PLURAL_NOUNS and len(before) > 1 and before[-1].isalnum() \
                    and before[-2].lower() in lexicon.PREPOSITIONS:
                continue  # "diplomats from EU states": a plural noun (not "The Department for Education says")
            verbs.append(match)
    return verbs


def _named_by_determiner(before: list[str]) -> bool:
    """The words `before` a noun end in a name that a determiner opens ("the Calder Hennessey")."""
    name = len(before)
    while name and before[name - 1][:1].isupper():
        name -= 1
    return 0 < name < len(before) and before[name - 1].lower() in _NOUN_MARKERS


def _capitalised_after_name(text: str, verb: re.Match) -> bool:
    """A said-verb in the past that a page capitalises after its subject's name ("“…,” Jeff
    Brooks Said"); the present ("States", "Notes") may end a name."""
    before = text[max(0, verb.start() - 30):verb.start()].split()
    return verb.group().lower() in lexicon.PAST_SPEECH_VERBS and bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def person_noun(word: str) -> bool:
    """A noun that heads a description of a person ("spokeswoman", "resident", "officer")."""
    return word in lexicon.SPOKES_WORDS or word in lexicon.PEOPLE_NOUNS \
        or lexicon.is_role_noun(word) and word not in lexicon.ORG_NOUNS  # (not "government")


def _description(text: str, start: int, end: int, unit: Unit) -> Ref | None:
    """A descriptive noun phrase beginning at `start` ("the Republican governor")."""
    words = [m for m in _WORDS.finditer(text, start, end)]
    if not words:
        return None
    first = words[0].group().lower()
    taken: list[re.Match] = []
    if first in DETERMINERS:
        rest = words[1:]
        if first in ("one", "another") and rest and rest[0].group().lower() == "of":
            # "one of the survivors": one unnamed member of a group
            rest = rest[2:] if len(rest) > 1 and rest[1].group().lower() in DETERMINERS else rest[1:]
    else:
        possessor = next((i for i, m in enumerate(words[:5]) if re.search(r"[’'‘]s$", m.group())), None)
        if possessor is None or not all(m.group()[0].isupper() for m in words[:possessor + 1]):
            return None
        rest = words[possessor + 1:]
    for index, match in enumerate(rest):
        previous = taken[-1] if taken else words[0]
        if re.search(r"[,.;:]", text[previous.end():match.start()]) \
                and not (len(previous.group()) == 1 and previous.group().isupper()
                         and text[previous.end():match.start()].strip() == "."):
            break  # a description does not run past its clause (but past the stops of "U.S.")
        word = match.group()
        lower = word.lower()
        if lower in _NAME_CONNECTORS and taken and taken[-1].group()[0].isupper() \
                and index + 1 < len(rest) and rest[index + 1].group()[0].isupper():
            taken.append(match)  # a word inside a name: "a Department of Conservation spokesperson"
            continue
        noun = lower in lexicon.SPEECH_VERBS and (_NOUN_BEFORE_VERB.match(text, match.end()) is not None
                                                  or word[0].isupper() and taken and taken[-1].group()[0].isupper())
        # (a capitalised word after another is a word of a name: "a US State Department spokesperson")
        if (lower in _STOP_NP and not noun and (taken or lower not in lexicon.SPEECH_VERBS)) \
                or re.search(r"[’'‘]s$", word) and taken or _ADVERB.fullmatch(lower) and taken:
            break  # (a speech verb right after the determiner is a noun: "a report")
        if taken and word.islower() and lower.endswith("ed") and (person_noun(taken[-1].group().lower())
                                                                  or taken[-1].group() in lexicon.ORG_NOUNS):
            break  # the verb after the head: "A company spokeswoman declined to say …, but said", "The weather
            # service issued …" (not "Canadian Red")
        if taken and word.islower() and lower.endswith("s") and not lower.endswith("ss") \
                and taken[-1].group() in _DOCUMENT_OR_WORK:
            break  # a document's or work's verb: "The book focuses almost exclusively on his own leadership"
        taken.append(match)
        if sum(m.group().lower() not in _NAME_CONNECTORS for m in taken) == 5:
            break
    content = [m for m in taken if (m.group()[0].islower() and m.group() not in _NAME_CONNECTORS
                                    and not re.search(r"[’'‘]s$", m.group())) or m.group()[0].isdigit()
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


def _name_after_article(description: Ref, mentions: list) -> bool:
    """The description is an article and a name ("The Indian Drug Manufacturers and Exporters
    Alliance"): the name is the reference."""
    end = description.position + len(description.text)
    article_end = description.position + len(description.text.split()[0]) + 1
    return any(m.end == end and m.start <= article_end for m in mentions)


def ref_in(text: str, start: int, end: int, unit: Unit, registry: Registry,
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
        if description and not _name_after_article(description, mentions):
            refs.append(description)
    kin = _KIN_SUBJECT.match(segment)
    if kin and (text[max(0, start - 3):start].strip(" ,")[-1:] in "”\"’'" or text[:start].rstrip()[-1:] in ",;"):
        # ("In a statement released through the family, his widow said:": a clause's whole subject too)
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
    heard = lexicon.HEARD_BEFORE.search(text, ref_end, verb_start)
    if heard and heard.start() == ref_end:
        return True  # "Feld can be heard telling staff"
    between = text[ref_end:verb_start].replace(",", " ").replace("used to ", "would ").split()  # (a habit's auxiliary)
    if between and between[0] in POST_NOMINALS:
        between = between[1:]  # "Hugh Benton KC said": the rank written after the name
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
    first = head.split()[0].lower().rstrip(",") if head.split() else ""
    intro = (_QUESTION_INTRO if first in _QUESTION_OPENERS else _INTRO).match(head)
    start = sentence_start
    if intro and first in _INTRO_WORDS:
        start = sentence_start + intro.end()
    fragment = _THAT_PRONOUN.match(head)
    if fragment:
        start = sentence_start + fragment.end()  # "That he never considered …": an answer set out as a clause
    window = min(limit, start + 40)
    if window < limit and text[window - 1].isalnum() and text[window].isalnum():
        window = max(text.rfind(" ", start, window), start + 1)  # (no word cut at the window's end:
        # "The Greater Vancouver Board of Trade sai" was one description, past the name)
    opening = ref_in(text, start, window, unit, registry, prefer_last=False)
    if opening is not None and opening.kind != "name" and opening.position - unit.start <= start + 1:
        return named_in_apposition(unit, opening, registry) or opening
    for mention in registry.at(unit.start + sentence_start, unit.start + limit):
        if mention.entity and mention.entity.person and not mention.possessive \
                and not mention.after_preposition and not mention.in_phrase:
            return Ref("name", mention.text, mention.start, mention)
    return opening


_COMMON_PHRASE_AFTER = re.compile(r"\s+(?:of|at|for|from|on|in)\s+(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=,)")
"""A short phrase of common nouns on a description, up to the comma before the name it is given
("The newest member of the crew, Amir Haddad,")."""
_WHO_CLAUSE_AFTER = re.compile(r"\s+who\s[^,.;:“”\"]{1,60}(?=,)")
"""A short relative clause on a description, up to the comma before the name it is given."""


def named_in_apposition(unit: Unit, ref: Ref, registry: Registry) -> Ref | None:
    """The name set off by commas right after a description ("Another resident, John Roe,", "A
    spokesman for Globex, Bill Lee,", "The envoy who chaired the talks, Ann Roe,")."""
    if ref.kind != "description":
        return None
    end = ref.position + len(ref.text)
    account = _ACCOUNT_NAME_AFTER.match(unit.text, end - unit.start) if person_noun(ref.text.split()[-1].lower()) else None
    if account:  # "a user called torchbearer_dev.", "Another customer, writing … under the name MoneyMoth, said:"
        for mention in registry.at(unit.start + account.end(), unit.start + account.end() + 1):
            entity = mention.entity
            if entity is not None and (entity.handle or entity.person or entity.maybe_person) \
                    and unit.text[mention.end - unit.start:][:1] in (",", ".", ";", ":", ""):
                return Ref("name", mention.text, mention.start, mention)
    owner = _OWNER_AFTER.match(unit.text, end - unit.start)
    if owner:
        end += owner.end() - owner.start()
    phrase = _COMMON_PHRASE_AFTER.match(unit.text, end - unit.start) if not owner else None
    if phrase:
        end += phrase.end() - phrase.start()  # "The newest member of the crew, Amir Haddad,"
    relative = _WHO_CLAUSE_AFTER.match(unit.text, end - unit.start)
    if relative:
        end += relative.end() - relative.start()  # "The UN envoy who chaired the talks, Margrethe Solberg,"
    comma = unit.text[end - unit.start:end - unit.start + 3]
    if not comma.startswith(","):
        return None
    body = ref.text.split()[-1].lower() in lexicon.ORG_NOUNS  # ("The school's operator, Crossroads Learning Network,")
    reach = 0
    for titled in _TITLE_AFTER.finditer(unit.text, end - unit.start + 1):
        if titled.start() != end - unit.start + 1 + reach or titled.group(1).lower() not in lexicon.TITLES:
            break
        reach += titled.end() - titled.start()
    for mention in registry.at(end, end + 3 + reach):  # (", Dr. Anil Kapoor": past the title)
        entity = mention.entity
        after = mention.end - unit.start
        place = _WHERE_FROM.match(unit.text, after)  # ("A reader, Tom in Leicester, has emailed:")
        if entity is not None and not mention.possessive \
                and ((_given_after_place(entity, unit.text, after) or entity.person and (reach or len(entity.tokens) > 1))
                     if owner and owner.group("place") else entity.person or entity.maybe_person
                     or body and not entity.place) \
                and unit.text[after + (place.end() - after if place else 0):][:1] in (",", ".", ";", ""):
            return Ref("name", mention.text, mention.start, mention)
    return None


_ACCOUNT_NAME_AFTER = re.compile(r"(?:,[^,.;:“”\"]{0,80}?)?\s+(?:called|named|going\s+by|posting\s+as|"
                                 r"(?:under|using|with)\s+the\s+(?:user\s?|screen\s)?name)\s+")
"""The name an unnamed person's account goes by, right after the description or in the clause set
off after it ("a user called torchbearer_dev", "Another customer, writing on the forum under the
name MoneyMoth,")."""
_WRITES_IN = re.compile(r",\s+(?:(?:has|have)\s+(?:sent|emailed|written|messaged|texted|been\s+in\s+touch)"
                       r"|writes|wrote|emails|emailed|messages|messaged|texted)\b")
"""A message sent in, a live blog's reader's ("…, Declan, has sent us this:", "…, Janet, writes:")."""


def _given_after_place(entity: Entity, text: str, after: int) -> bool:
    """One word, no place's, set off after a description and where it is, then a message sent in
    ("A reader in Omagh, Declan, has sent us this:"): the name of the one described, though it
    reads as the place's second part ("A farmer in Dayton, Ohio, said" keeps Ohio a place; a
    person's name of two words or after a title is no place's part: "The chief investigator in
    the UK, Prof Rajiv Menon,")."""
    return len(entity.tokens) == 1 and not entity.organisation and entity.tokens[0].lower() not in lexicon.PLACES \
        and entity.tokens[0].lower() not in lexicon.PLACE_NOUNS and _WRITES_IN.match(text, after) is not None


_WHERE_FROM = re.compile(r"\s+(?:in|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=[,.;])")
"""Where the person named in an apposition lives ("Tom in Leicester,")."""


_PARTY_ASIDE = re.compile(r"\s*\([^()]{1,24}\)$")
"""A short parenthesis closing the words before the verb: the party or seat of the name before it
("Cllr Sue Barraclough (Lib Dem) accused", "Sen. Ann Lee (D-Wash.) said")."""


_PASSIVE_BY = re.compile(r"\s*[A-Z][a-z]*ed\b[^,]*?\bby\s")
"""A phrase opening on a participle and its agent ("Led in evidence by the prosecution counsel, X"):
the agent is no subject of the sentence."""


PARENTHETICAL_SAID = re.compile(r",\s+(he|she|they|I|we)\s+\w+,\s?$")
"""A said-clause of a pronoun set off by commas inside the sentence (", she says,"): who relays what
follows, or the subject of a participle right after it (", she said, adding: “…”")."""


def subject_before(unit: Unit, clause_start: int, verb: re.Match, registry: Registry,
                   whole_sentence: bool = True) -> Ref | None:
    """Who the verb at `verb` has as subject, reading leftwards ("X, a role, said"); with
    `whole_sentence` False the sentence's own subject is not taken as a last resort."""
    text = unit.text
    pre = text[clause_start:verb.start()]
    stripped = _AUXILIARY_TAIL.sub("", pre).rstrip()
    document = _DOCUMENT_BEFORE.search(stripped) if verb.group().lower().endswith("ing") else None
    if document and document.group(1).lower().rstrip("s") in lexicon.DOCUMENT_NOUNS:
        # "families who had received letters saying …": the letters say it, whoever wrote them
        return Ref("description", document.group(), unit.start + clause_start + document.start())
    absolute = _WITH_SUBJECT.search(stripped) if verb.group().lower().endswith("ing") else None
    if absolute:
        # "…, with Foreign Minister Ayman Safadi warning of …": the name after "with" speaks
        ref = ref_in(text, clause_start + absolute.end(), clause_start + len(stripped), unit, registry,
                      prefer_last=True, person_only=True, objects=True)
        if ref is None:  # "…, with the Republican front-runner accusing …": a description speaks
            ref = ref_in(text, clause_start + absolute.end(), clause_start + len(stripped), unit, registry,
                          prefer_last=False)
            ref = ref if ref is not None and ref.kind == "description" \
                and person_noun(ref.text.split()[-1].lower()) else None
        if ref is not None:
            return ref
    aside = _DOCUMENT_ASIDE.fullmatch(stripped)
    if aside and aside.group("body").lower() in lexicon.ORG_NOUNS:
        # "The commission, in a statement signed by its Head of Public Affairs, Mrs X, said": the
        # body speaks through the one who signed
        return Ref("description", aside.group(1), unit.start + clause_start + aside.start(1))
    said = PARENTHETICAL_SAID.search(stripped) if verb.group().lower().endswith("ing") else None
    if said and said.group(1) in ("he", "she", "they"):  # "Demand was strongest for the Bantayan lounger, she said, adding: “…”": hers
        return Ref("pronoun", said.group(1).lower(), unit.start + clause_start + said.start(1))
    if verb.group().lower().endswith("ing") and (not stripped or stripped.endswith((",", "—", "–"))):
        sentence_start = unit.sentence_at(verb.start())[0]
        clauses = list(_CLAUSE_OPENER.finditer(text, sentence_start, verb.start()))
        if clauses:  # "… after Chief Minister N. Siddharth Rao rejected its demand, calling it “…”": the
            # subject of the clause the participle closes on
            ref = ref_in(text, clauses[-1].end(), verb.start(), unit, registry, prefer_last=False, objects=True)
            titles = text[clauses[-1].end():ref.position - unit.start].split() if ref is not None else []
            if ref is not None and ref.kind == "name" and all(w.lower().rstrip(".") in lexicon.TITLES for w in titles):
                return ref  # (past its titles: "after Chief Minister N. Siddharth Rao")
        return sentence_subject(unit, sentence_start, verb.start(), registry)
    if stripped.endswith((" and", " but")) or stripped in ("and", "but"):
        # ("X welcomed the news but said …": the subject of the verbs joined, not the object between)
        sentence_start = unit.sentence_at(verb.start())[0]
        clauses = list(_CLAUSE_OPENER.finditer(text, sentence_start, verb.start()))
        if clauses:
            first_verb = speech_verbs(text, clauses[-1].end(), verb.start())
            comma = text.find(",", clauses[-1].end(), first_verb[0].start() if first_verb else verb.start())
            if comma >= 0 and first_verb:
                # "after the floods, the federation said … and warned": a phrase the comma closes; the
                # subject right after it says and warns
                ref = ref_in(text, comma + 1, first_verb[0].start(), unit, registry, prefer_last=False)
                if ref is not None and not text[comma + 1:ref.position - unit.start].strip():
                    return ref
                clauses = []
        if clauses:
            # "Shares fell after the frozen food maker reported a drop and warned …": the
            # subordinate clause's subject, whose verbs are joined
            ref = ref_in(text, clauses[-1].end(), verb.start(), unit, registry, prefer_last=False)
            if ref is not None and ref.position - unit.start == clauses[-1].end():
                return ref
        return sentence_subject(unit, sentence_start, verb.start(), registry)
    if not stripped:
        return None
    given = name_given_before(unit, clause_start, clause_start + len(stripped), registry)
    if given is not None:
        return given
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
        if unnamed and (unnamed.group(1) in lexicon.PEOPLE_NOUNS or person_noun(unnamed.group(1))
                        and unnamed.group(1) not in lexicon.SPOKES_WORDS):
            # "A senior Dornish official, speaking on condition of anonymity, said": no one named
            return Ref("description", unnamed.group(), unit.start + candidates[0][0])
        named = [ref_in(text, a, b, unit, registry, prefer_last=False, person_only=True) for a, b in candidates]
        governed = [text[a:b].split()[:1] for a, b in candidates]
        agents = [_PASSIVE_BY.match(text, a, b) is not None for a, b in candidates]
        agents = [here or index > 0 and agents[index - 1] for index, here in enumerate(agents)]
        # (a passive's agent, or the name set off after it: "Led in evidence by the prosecution counsel, Mr X,")
        named = [None if words and words[0].lower() in lexicon.PREPOSITIONS or agent else ref
                 for ref, words, agent in zip(named, governed, agents)]
        # (a name in a phrase a preposition opens is no subject: '“checked out” on manager Tom
        # Kessler by August, comments that drew …')
        described = [[w.lower() for w in text[a:b].split()[:1]] in (["a"], ["an"], ["the"]) for a, b in candidates]
        # (also a sentence's opening "The": "The Liberal Democrat Treasury spokesperson, Sarah Quayle, said")
        if any(ref and not apposition for ref, apposition in zip(named, described)):
            # "X, a São Paulo resident, said": a name inside the apposition is not the subject
            named = [None if apposition else ref for ref, apposition in zip(named, described)]
        for ref in named:  # a known person first, then any name that may be one
            if ref and ref.mention and ref.mention.entity and ref.mention.entity.person:
                return ref
        for ref in named:
            if ref:
                return ref
        owned = text[candidates[0][0]:candidates[0][1]].split()
        if len(candidates) > 1 and len(owned) > 1 and owned[0].lower() in _OWNER_PRONOUNS and owned[-1].islower():
            # "Her London publisher, Marlow & Finch, called it": the name set off after a description
            # a pronoun owns, not a name inside the description
            apposed = ref_in(text, candidates[1][0], candidates[1][1], unit, registry, prefer_last=False)
            if apposed is not None and apposed.kind == "name" \
                    and not text[candidates[1][0]:apposed.position - unit.start].strip():
                return apposed
        if len(candidates) > 1 and 1 < len(owned) < 4 and owned[0].lower() in ("his", "her") and owned[-1].islower():
            # "Her husband, told of this later, said": the description itself, set off from its verb
            opening = _WORDS.search(text, candidates[0][0], candidates[0][1])
            described = _description(text, opening.start(), candidates[0][1], unit)
            if described is not None:
                return described
        for seg_start, seg_end in candidates:
            if fallback is None:
                fallback = ref_in(text, seg_start, seg_end, unit, registry, prefer_last=False)
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
        cut = stripped.rfind(",", 0, relative.start()) + 1
        phrase = _INDEFINITE_PHRASE.match(stripped, cut, relative.start())
        if phrase:
            named = [m for m in registry.at(unit.start + clause_start, unit.start + clause_start + cut)
                     if m.entity is not None and not m.possessive]
            if named and not stripped[named[-1].end - unit.start - clause_start:cut - 1].strip():
                return Ref("name", named[-1].text, named[-1].start, named[-1])  # "Jan Smith, a nurse …, who"
            # "an email from a listener, a nurse in Swindon, who wrote": someone unnamed
            return Ref("description", phrase.group(1), unit.start + clause_start + phrase.start(1))
        for mention in registry.before(unit.start + clause_start + relative.start()):
            if mention.start < unit.start + clause_start:
                break
            if (not mention.after_preposition or mention.cited) and not mention.possessive:
                document = _DOCUMENT_BEFORE_WHICH.search(stripped, 0, relative.start()) \
                    if relative.group().endswith("which") and mention.entity is not None and mention.entity.person else None
                if document:  # "adopted a proclamation honoring Mr. Delacroix, which calls him": no person is a which
                    return Ref("description", document.group(), unit.start + clause_start + document.start())
                return Ref("name", mention.text, mention.start, mention)  # (the source of an "according
                # to X, who said": the clause is on the name the preposition cites)
        return None
    cut = len(pre)
    while True:  # the comma or semicolon that opens the subject's segment, not one inside a name
        cut = max(pre.rfind(",", 0, cut), pre.rfind(";", 0, cut))
        spanned = [m for m in registry.at(unit.start + clause_start, unit.start + clause_start + max(cut, 0))
                   if m.end > unit.start + clause_start + cut]
        if cut < 0 or not spanned:
            break
        cut = spanned[0].start - unit.start - clause_start  # "Ministry of Business, Innovation and Employment"
    seg_start = clause_start + cut + 1
    aside = _PARTY_ASIDE.search(stripped)
    if aside:
        stripped = stripped[:aside.start()]
    ref = ref_in(text, seg_start, clause_start + len(stripped), unit, registry, prefer_last=True)
    if ref is None:
        return None
    ref_end = ref.position - unit.start + len(ref.text)
    if aside and ref_end == clause_start + len(stripped):
        ref_end += aside.end() - aside.start()  # the aside is the name's own
    segment = text[seg_start:verb.start()].split()
    if segment and segment[0].lower() in ("a", "an") and seg_start > clause_start:
        # "David Savidge, a former police officer who responded said": the name it describes
        previous = pre.rfind(",", 0, seg_start - clause_start - 1)
        named = ref_in(text, clause_start + previous + 1, seg_start - 1, unit, registry,
                        prefer_last=True, person_only=True)
        if named is not None and not text[named.position - unit.start + len(named.text):seg_start - 1].strip():
            return named
    head = ref_in(text, seg_start, clause_start + len(stripped), unit, registry, prefer_last=False)
    if head is not None and head.position != ref.position and head.kind == "description" \
            and head.text.split()[0].lower() in ("a", "an", "one", "another") \
            and any(person_noun(w.lower()) for w in head.text.split()[1:]) \
            and not any(w.lower() in lexicon.SPOKES_WORDS or w.lower() in lexicon.DOCUMENT_NOUNS for w in head.text.split()) \
            and not text[seg_start:head.position - unit.start].strip() \
            and not (ref.kind == "pronoun" and _adjacent(text, ref_end, verb.start())):
        return head  # "A source close to the talks between the Treasury and the department said": the
        # source (not "a statement by a Sussex spokesperson", a voice its owner's words resolve; nor
        # "a man he describes only as “…”", a clause with a subject of its own)
    if (ref.kind == "description" and " " in ref.text) or _adjacent(text, ref_end, verb.start()):
        return ref
    if head is not None and head.kind == "description" and " " in head.text \
            and not text[seg_start:head.position - unit.start].strip():
        return head  # "A leader of the state’s teachers union said": the phrase the clause opens with
    return None


_NAME_GIVEN = re.compile(r"\bwho\s+(?:gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+only)?"
                         r"(?:\s+as|,)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),?"
                         r"|asked\s+that\s+only\s+(?:his|her|their)\s+(?:first|given)\s+name,\s+(?P<asked>[A-Z][\w’'-]+),"
                         r"\s+be\s+used,?)$")
"""A description's relative clause giving the one name it goes by, right before the verb ("One
resident, who gave his name only as Keith, shouted", "an evacuee who asked that only her first
name, Donna, be used said")."""


def name_given_before(unit: Unit, start: int, end: int, registry: Registry) -> Ref | None:
    """The name a who-clause ending text[start:end] gives as the subject's, whatever it looks like
    (a lone given name the article holds for no one yet)."""
    given = _NAME_GIVEN.search(unit.text, start, end)
    if given is None:
        return None
    group = "name" if given.group("name") else "asked"
    return ref_in(unit.text, given.start(group), given.end(group), unit, registry, prefer_last=False) \
        or Ref("name", given.group(group), unit.start + given.start(group))


_GIVES_NAME = re.compile(r"\b(?:gave|give|gives|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name$")
"""A description ending on the name it goes on to give ("said a woman who gave only her first name, Amina")."""


def subject_after(unit: Unit, verb: re.Match, clause_end: int, registry: Registry) -> Ref | None:
    """The subject of an inverted said-clause ("said Kyiv resident Svitlana Onofryichuk, 55")."""
    text = unit.text
    rest = text[verb.end():clause_end]
    first_cut = rest.find(",")
    seg_end = verb.end() + (first_cut if first_cut >= 0 else len(rest))
    ref = ref_in(text, verb.end(), seg_end, unit, registry, prefer_last=False, person_only=True) \
        or ref_in(text, verb.end(), seg_end, unit, registry, prefer_last=False)
    if ref is None and first_cut >= 0 and rest[:first_cut].split()[:1] in (["his"], ["her"], ["their"]):
        # "said his successor, Ann Cole.": someone's relation, then the name it is given
        named = ref_in(text, seg_end + 1, clause_end, unit, registry, prefer_last=False)
        if named is not None and named.kind == "name" and _right_after(text, seg_end + 1, named.position - unit.start):
            return named
    if ref is None or ref.position - unit.start > verb.end() + 60:
        return None
    if ref.kind == "name":
        ref = _owned_role_holder(unit, ref, seg_end, registry) or ref
    if ref.kind == "description" and first_cut >= 0:
        given = name_given_before(unit, seg_end, len(text[:clause_end].rstrip(" .;")), registry)
        if given is not None:
            return given  # "said one production operator, who gave his name only as Chinedu."
        second_end = text.find(",", seg_end + 1, clause_end)
        gives_name = _GIVES_NAME.search(text, verb.end(), seg_end) is not None
        if not gives_name and second_end >= 0 and _GIVES_NAME.search(text, seg_end + 1, second_end):
            # "said one season-ticket holder, who gave only her first name, Sharon.": the name after the clause
            seg_end, gives_name = second_end, True
            second_end = text.find(",", seg_end + 1, clause_end)
        named = ref_in(text, seg_end + 1, second_end if second_end >= 0 else clause_end, unit,
                        registry, prefer_last=False, person_only=not gives_name)
        # (after "who gave only her first name," the name is hers, whatever it looks like)
        if named and (_right_after(text, seg_end + 1, named.position - unit.start)
                      or ref.text.split()[0].lower() in ("another", "a", "an")):
            return named  # "said another witness, former adviser Fiona Hill"
    return ref


def _right_after(text: str, start: int, name_start: int) -> bool:
    """Only spaces, or the name's own titles, stand between `start` and the name ("said the lead
    author, Dr Jane Smith of …"): the name is the apposition, not a later word of the clause."""
    between = text[start:name_start]
    return len(between) <= 2 or all(first_key(word) in lexicon.TITLES for word in between.split())


def _owned_role_holder(unit: Unit, ref: Ref, end: int, registry: Registry) -> Ref | None:
    """The person named after an organisation and the job it gives ("said Chelsea manager Enzo
    Maresca", "said Google spokesperson Jane Doe"): the speaker, not the organisation."""
    if ref.mention is None:
        return None
    owner = next((m for m in registry.at(ref.mention.start, unit.start + end) if m.owns_role), None)
    # (the organisation's name may hold an "and" that splits it: "said Fire and Emergency group manager Dave Rowe")
    if owner is None:
        return None
    following = [m for m in registry.at(owner.end, unit.start + end) if m.entity is not None and not m.possessive]
    return Ref("name", following[0].text, following[0].start, following[0]) if following else None
