"""From a written reference ("Levitt", "she", "the Republican governor") to the fullest name.

* a name: the entity it was linked to, under that entity's fullest name;
* he / she: the subject of the latest sentence since the previous quotation that names a
  person of a compatible gender, else the most salient person who fits (`salience`);
* it / a description headed by an organisation noun ("the ministry"): the organisation whose
  name holds that noun, else the nearest organisation the article has quoted or cited
  (`organisations`);
* "a Home Depot spokesperson": the organisation named inside;
* another description: the person whose role or title words it repeats, or whose age it gives;
  a description the article already used for someone it never names ("the patient") stays
  unknown (`unnamed_people`); otherwise the person the previous sentences are about.
* "the report", "the letter": its author (`document_authors`).
Unknown stays None.
"""

from __future__ import annotations

import re

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.speaker_references import Ref, speech_verbs
from crawler.parsers.quotes.document_authors import earlier_owner, sentence_poster
from crawler.parsers.quotes.entities import Entity, Mention
from crawler.parsers.quotes.entity_evidence import clause_gender, role_head
from crawler.parsers.quotes.mentions import ACCOUNT_NAMED, Registry, object_gender_after
from crawler.parsers.quotes.names import capital_initials
from crawler.parsers.quotes.organisations import (BASED_BODIES, based_in, earlier_spokes_owner, employer,
                                                  group_subject_before, organisation_named_before,
                                                  resolve_organisation, speaking_organisation_before,
                                                  written_as_place)
from crawler.parsers.quotes.resolution_context import Context
from crawler.parsers.quotes.salience import RELATIVE_BEFORE, after_pronoun_subject, salient_person
from crawler.parsers.quotes.sentence_bounds import SENTENCE_END, previous_sentence_start, reporter_sentence_start
from crawler.parsers.quotes.unnamed_people import (UNNAMED_APPOSITION, described_gender, introduced_unnamed,
                                                    introduced_unnamed_between, kept_unnamed_in_paragraph, unnamed_relative,
                                                    unnamed_subject_since, used_for_someone_unnamed)

_GENERIC = frozenset("former senior new old current top local chief head leading the s".split())
_OWNER = re.compile(r"(?:,?\s+%s)?" % lexicon.AUTHORING_PARTICIPLES +
                    r"\s+(?:for|from|of|by|at|on)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*)*")
_OWNER_NOUN = re.compile(r"\s+(?:for|from|of|at)\s+(?:the|its)\s+([a-z]+)(?:\s+([a-z]+))?\b")
"""An organisation given by its kind after a description ("a spokesperson for the airline"), a
modifier before it or not ("a spokesperson for the county council")."""
_WHO_AFTER = re.compile(r"(?:\s+(?:in|from|at|near|outside)\s+[^,.;:“”\"]{1,40})?,?\s+who\s")
"""A relative clause with "who" after a description, past where its subject is from ("one hurley
maker in Co Kilkenny, who asked not to be named"): said of a person, whatever the noun."""
_GENERIC_HEADS = frozenset("chief head".split())
"""Words of `_GENERIC` that head a description when they end it ("the emergencies chief")."""
_PHRASE_END = re.compile(r"[,.;:“”\"]")
_AGE = re.compile(r"(\d{1,3})-year-old")
_GROUP_NOUNS = frozenset("family couple household crew crowd audience jury congregation".split())
"""Singular nouns of a group of people: "the couple said" is none of them alone."""
_PLURAL = re.compile(r"[^su'’]s$")
_OFFICE_MODIFIERS = frozenset("vice deputy assistant associate".split())
"""Words that make another office of a title ("the vice president" is not the president, nor is
"the mayor" Deputy Mayor Kenji Watanabe)."""
_SHADOW = "shadow"
"""What makes an opposition's office of a title: "the Chancellor" is never the shadow chancellor."""


def _compatible(entity: Entity | None, gender: str | None, loose: bool = False) -> bool:
    if entity is None:
        return False
    if not entity.person and not (loose and entity.maybe_person):
        return False
    return gender is None or entity.gender is None or entity.gender == gender


def resolve_pronoun(gender: str | None, position: int, registry: Registry, context: Context,
                    text: str) -> Entity | None:
    """The person a he/she at `position` refers to: the subject of a sentence since the previous
    quotation (a name with no sign of being a person only when no person fits), else what the
    earlier text offers."""
    asked = asked_before(position, registry)
    if _compatible(asked, gender):
        return asked  # "Whitfield asked Alvarez how often … “Every month,” she replied"
    addressed = _addressed_before(position, registry, context)
    if _compatible(addressed, gender):
        return addressed  # "“Dr Farahani, did you tell the regulator?” / “We reported it,” she said"
    replier = _replier(gender, position, registry, context)
    if replier is not None:
        return replier  # "“… you've checked 60?” the chair asked. / “Sixty-four,” she replied": not the chair
    answering = _answering_speaker(gender, position, registry, context)
    if answering is not None:
        return answering  # "“…,” Fasanya said. Asked about Adeyemi's crack, he said …": Fasanya, not Adeyemi
    voiced = _spokesperson_since(gender, position, registry, context, text)
    if voiced is not None:
        return voiced  # "A Medbury spokeswoman said … “…,” she said": the company's words
    unnamed = unnamed_subject_since(gender, position, context, text, registry.reporter_text)
    named_since = registry.at(unnamed, position) if unnamed is not None else []
    called = next((m.entity for m in named_since if (_CALLED_BEFORE.search(text, max(0, m.start - 8), m.start)
                                                     or ACCOUNT_NAMED.search(text, max(0, m.start - 16), m.start))
                   and _compatible(m.entity, gender, True)), None)
    if called is not None:
        return called  # "A head sommelier I worked for, a Frenchman called Yves Marchetti. He told me …": named after all
    if unnamed is not None and not any((m.subject or m.cited) and _bearer(m, gender, registry, True)
                                       and not _INDEFINITE_BEFORE_NAME.search(text, max(0, m.start - 24), m.start)
                                       and not _SUBORDINATING_WORD_BEFORE.search(text, max(0, m.start - 10), m.start)
                                       for m in named_since) \
            and not (named_since and named_since[0].start <= unnamed + 3 and _compatible(named_since[0].entity, None, True)):
        return None  # "A neighbor who asked not to be named said … “…,” she said": no one named (but
        # "Graeme, a boilermaker, built the kiln": a name with its apposition, not an opening phrase)
    described = _described_subject_since(gender, position, registry, context, text)
    if described is _UNNAMED_PERSON:
        return None
    if described is not None:
        return described
    return _subject_since(gender, position, registry, context, text, False) or \
        _subject_since(gender, position, registry, context, text, True) or \
        _introduced_since(gender, position, registry, context) or \
        _topic_since(gender, position, registry, context) or \
        _earlier_person(gender, position, registry, context, False) or \
        _earlier_person(gender, position, registry, context, True)


_NOTICE_NOUNS = frozenset("advisory bulletin warning alert circular".split())
"""Notices a weather office, a police force or a ministry issues; "the advisory said" is its issuer's
when a sentence before introduced it ("In an advisory …, the Met Office said"). (Not document nouns
at large: "warning" and "alert" are words of quoted speech as often.)"""
_INDEFINITE_BEFORE_NAME = re.compile(r"\b(?:an?)\s+(?:[a-z]+\s+)?$")
"""An indefinite article before a name ("a grey Toyota Sienna"): a thing of that make, no one named."""
_CALLED_BEFORE = re.compile(r"\b(?:called|named)\s+$")
"""The word that gives a described person's name ("a Frenchman called "; an account's, as
`ACCOUNT_NAMED` reads it: "a poster using the name ")."""
_SPOKESPERSON_SUBJECT = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)(?P<phrase>(?:A|An|The|One)\s+(?:[A-Z][\w’'&.-]*\s+|[a-z]+\s+(?=spokes)){0,4}"
                                   r"spokes(?P<gender>man|woman|person))\b")
"""A sentence whose subject is an organisation's unnamed spokesperson ("A Metro Tasmania
spokeswoman said", "A spokesman for Acme said", "A council spokeswoman said")."""


def _spokesperson_since(gender: str | None, position: int, registry: Registry, context: Context,
                        text: str) -> Entity | None:
    """The organisation whose unnamed spokesperson, of a gender the he/she allows, is the latest
    subject since the previous quotation, with no person named as a subject after: the quotation
    is the organisation's (QUOTES.md: an unnamed spokesperson speaks for it)."""
    start = max(reporter_sentence_start(registry.reporter_text, max(context.last_quote_position, 0)), 0)
    # (from the start of the last quotation's sentence: "A spokesman for X said the company was
    # “cooperating fully”. / “…,” he said")
    if registry.reporter_text.find("spokes", start, position) < 0:
        return None  # (most pronouns: the scan below tries the pattern at every character)
    found = None
    for match in _SPOKESPERSON_SUBJECT.finditer(registry.reporter_text, start, position):
        if {"man": "m", "woman": "f"}.get(match.group("gender"), gender) == gender:
            found = match
    if found is None or any(m.subject and m.entity is not None and m.entity.person
                            for m in registry.at(found.end(), position)):
        return None
    return earlier_spokes_owner("spokes" + found.group("gender"), position, registry) \
        or _spokespersons_body(found.group("phrase"), found.start("phrase"), registry, context, text)
    # ("A spokeswoman for the council said", "An aquarium spokeswoman said": the body of that kind)


def _spokespersons_body(phrase: str, position: int, registry: Registry, context: Context, text: str) -> Entity | None:
    """The organisation an unnamed spokesperson's phrase at `position` speaks for ("a spokeswoman
    for the council", "An aquarium spokeswoman", a bare "A spokeswoman"), or None."""
    body = resolve_description(Ref("description", phrase, position), registry, context, text)
    return body if body is not None and not body.person else None


_ASKED_OPENER = re.compile(r"\s*Asked\s+(?:about|whether|if|why|how|what|when|where|who|to)\b[^.!?;:“”\"]*?,\s+(?:he|she)\s")
"""A sentence opening on the question put to someone ("Asked about Adeyemi's crack, he said")."""


_REPLIED = re.compile(r"(?:he|she)\s+(?:%s)\b" % "|".join(sorted(lexicon.finite_forms("reply", "answer", "respond", "retort"))))


def _replier(gender: str | None, position: int, registry: Registry, context: Context) -> Entity | None:
    """The one a question was put to, when the he or she at `position` replies ("she replied") in
    the paragraph right after the question's and the one who asked it, the last speaker, is of the
    same gender as the other person of the exchange; None otherwise."""
    asker, other = context.last_speaker, context.other_speaker
    text = registry.text
    if asker is None or other is None or not other.person or not _REPLIED.match(text, position) \
            or not (_compatible(asker, gender) and _compatible(other, gender)):
        return None
    question_end = text.find("\n", context.last_quote_position)
    asked = "?" in text[max(0, context.last_quote_position):question_end]
    return other if asked and text.rfind("\n", 0, position) == question_end else None


def _answering_speaker(gender: str | None, position: int, registry: Registry, context: Context) -> Entity | None:
    """The previous quotation's speaker, when the he or she at `position` answers a question the
    sentence opens on ("Asked about Adeyemi's crack, he said"): the one the reporter was talking
    to, not whoever the question was about; None otherwise."""
    speaker = context.last_speaker
    if not _compatible(speaker, gender) or position - context.last_quote_position > 1000:
        return None
    for start in (reporter_sentence_start(registry.reporter_text, position) + 1,
                  previous_sentence_start(registry, position)):
        opener = _ASKED_OPENER.match(registry.reporter_text, start, position + 4)
        if opener is not None:
            # (the question is about someone else: no one named after it, nor the speaker in it, and
            # no one else the subject since the quotation: "Pennant will now move up … Asked how he …")
            named = [m for m in registry.at(start, position) if _compatible(m.entity, None, loose=True)]
            since = [m for m in registry.at(context.last_quote_position, start) if m.subject
                     and _compatible(m.entity, None, loose=True) and m.entity is not speaker]
            return speaker if not since and all(m.end <= opener.end() and m.entity is not speaker for m in named) \
                else None
    return None


ADDRESS_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Minister|Senator|Judge|Chief|Inspector|Sir|Madam)\.?\s+"
"""A title someone is addressed or asked by, before the name ("Dr Farahani, …", "pressed Mr Prys-Jones")."""
_VOCATIVE = re.compile(r"[“\"‘']?(?:%s)?(?:[A-Z][\w’'-]+\s+)?([A-Z][\w’'-]+),\s" % ADDRESS_TITLE)
"""A quotation opening on the name of the one it speaks to ("“Dr Farahani, did you …?”")."""
_QUESTION_CLOSE = re.compile(r"\?[”\"’']?\s*$")


def _addressed_before(position: int, registry: Registry, context: Context) -> Entity | None:
    """The person the previous quotation, a question, opens by addressing by name (“Dr Farahani,
    did you tell the regulator the monitors were off?”), whose answer the next quotation is, when
    the article names someone so; None otherwise."""
    start = context.last_quote_position
    if start < 0 or position - start > _ADDRESS_REACH:
        return None
    text = registry.text[max(0, start - 1):position]
    vocative = _VOCATIVE.match(text)
    closing = text.find("\n")
    question = text[:closing] if closing > 0 else text
    if vocative is None or not _QUESTION_CLOSE.search(question):
        return None
    people = [e for e in registry.by_token.get(vocative.group(1).lower(), ()) if e.person]
    return people[0] if len(people) == 1 else None


_ADDRESS_REACH = 600
"""How far (characters) after a question put to someone by name a he or she may be their answer."""
_ASKED = re.compile(r"\b(?:asked|asking|pressed|pressing|questioned)\s+(?:%s)?$" % ADDRESS_TITLE)
"""The verb that puts a question to the name after it ("asked Alvarez how", "by asking Farahani whether",
"pressed Mr Prys-Jones on whether")."""
_QUESTION_AFTER = re.compile(r"\s+(?:(?:on|over)\s+)?(?:how|why|what|whether|if|when|where|who|which|about)\b")


def asked_before(position: int, registry: Registry) -> Entity | None:
    """The person the sentence before `position` asks a question ("Whitfield asked Alvarez how
    often the changes were made."), whose answer the quotation then is; None when there is none."""
    start = previous_sentence_start(registry, position)
    mentions = registry.at(start, position)
    for number, mention in enumerate(mentions):
        if mention.entity is not None and _ASKED_BY.search(registry.text, max(0, mention.start - 12), mention.start):
            # "Asked by Nwankwo whether …, Zielinski paused": the one asked is the subject after the comma
            comma = registry.reporter_text.find(",", mention.end, position)
            answering = next((m for m in mentions[number + 1:] if comma >= 0 and m.start > comma and m.subject), None)
            return answering.entity if answering is not None else None
        if mention.entity is not None and _ASKED.search(registry.text, max(0, mention.start - 16), mention.start) \
                and _QUESTION_AFTER.match(registry.text, mention.end):
            return mention.entity
    return None


_ASKED_BY = re.compile(r"\b[Aa]sked\s+by\s+$")
"""A question put by the name after it to the sentence's subject ("Asked by Nwankwo whether …, Zielinski …")."""


_DEFINITE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)(?P<det>[Tt]he|[Hh]is|[Hh]er|[A-Z][\w-]*[’']s)\s+(?P<words>(?:[\w-]+(?:['’]s?)?[.,;:!?]?\s+){1,3})")
"""A sentence or clause opening on "the" (or "his", "her") and up to three words ("The Democrat
said she would too", "…, the Lakeview coach smiled", "the children's mother said", "His father
shrugs")."""
_ASIDE = re.compile(r",\s+[a-z][\w-]*ing,\s+")
"""A participle set off by commas after a subject ("Her father, overhearing, does not deny it")."""
_COPULAS = frozenset("was is has had did does".split())
"""Auxiliaries that end a subject description as its verb ("the mayor did not rule it out")."""
_PRONOUN_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)([Ss]he|[Hh]e)\s+[a-z]")
"""A he or she as the subject of a sentence or clause ("She had no formal training", "…, she recalled")."""
_SAID_CLAUSE_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:says|said|adds|added|argues|argued|insists|insisted),\s+$")
"""A said-clause set in the middle of reported speech, before the clause it reports ("In towns
like Makoko, he says, the biggest killer is delay")."""


def _present_verb(word: str) -> bool:
    """A present-tense verb after a description in a feature's present ("The older man shrugs",
    "His father laughs"): an "-s" word that is no plural of a person's noun ("the police officers")."""
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3 \
        and not lexicon.is_role_noun(word[:-1]) and word[:-1] not in lexicon.PEOPLE_NOUNS


_UNNAMED_PERSON = Entity("", (), True)
"""What a description the article uses for someone it never names refers to."""


def _described_subject_since(gender: str | None, position: int, registry: Registry, context: Context,
                             text: str) -> Entity | None:
    """The person a definite description refers to when it is the latest subject since the
    previous quotation, after any named one ("Whitmore said he would. The Democrat said she
    would too. “…,” she said": Delgado, not the last woman named)."""
    found = None
    start = max(context.last_quote_position, 0)
    for match in _DEFINITE_SUBJECT.finditer(registry.reporter_text, start, position):
        # (not a "the" inside a quotation)
        if _SAID_CLAUSE_BEFORE.search(registry.reporter_text, max(0, match.start("det") - 30), match.start("det")):
            continue  # "…, he says, the biggest killer is delay": the subject of what he says
        words = [w.strip(".,;:!?") for w in _ASIDE.sub(" ", match.group("words")).split()]
        verb = next((i for i, w in enumerate(words) if i and w.islower() and (
            w in lexicon.SPEECH_VERBS or w.endswith("ed") or w in _COPULAS or _present_verb(w)
            or w in lexicon.IRREGULAR_PAST)), None)
        head = words[verb - 1] if verb else ""
        if match.group("det").lower() != "the" and re.search(r",\s+[A-Z]", match.group("words")):
            continue  # "Her husband, Suresh, said": the name after it is the subject (not "Her father, overhearing,")
        if match.group("det").lower() == "the" and not match.group().startswith(",") and len(words) == 3 and words[1] == "of" \
                and words[2] in ("one", "a", "an", "another") and lexicon.is_role_noun(words[0]):
            found = (match.start("words"), None, match.end())  # "The principal of one kura said" opening its
            # sentence (not an apposition, "X, the head of a primary school,"): someone unnamed
            continue
        if head and (head[0].isupper() or lexicon.is_role_noun(head) or head in lexicon.PEOPLE_NOUNS
                     or _AGE.fullmatch(head) and any(e.age == head.split("-")[0] for e in registry.entities)):
            # (a person: "the coach", "the Democrat", "The 81-year-old" when someone is 81; not "the
            # routine has stuck")
            found = (match.start("words"), " ".join([match.group("det").lower()] + words[:verb]),
                     match.start("words") + len(" ".join(words[:verb])))
    if found is None or any((m.subject or m.cited) for m in registry.at(found[2], position)):
        return None
    if found[1] is None:
        return _UNNAMED_PERSON
    entity = resolve_description(Ref("description", found[1], found[0] - 4), registry, context, text, gender)
    if entity is None and unnamed_relative(found[1], registry):
        return _UNNAMED_PERSON  # "the children's mother said she … “…,” she wrote"
    head = found[1].split()[-1]
    if entity is None and head.islower() and used_for_someone_unnamed(head, found[0], text):
        return _UNNAMED_PERSON  # "said one grower … the first grower kicked at the earth. “…,” he said"
    return entity if _compatible(entity, gender) else None


def _introduced_since(gender: str | None, position: int, registry: Registry, context: Context) -> Entity | None:
    """The one person of a compatible gender the text since the previous quotation introduces,
    named for the first time and described by an apposition, wherever it stands in its sentence
    ("For Jim O'Connor, 67, one of the participants, the routine has stuck. “…,” he says")."""
    introduced = {id(m.entity): m for m in reversed(registry.at(max(context.last_quote_position + 1, position - 400), position))
                  if _compatible(m.entity, gender) and not m.possessive and registry.text_after(m, 2)[:1] == ","
                  and (m.entity.age or m.entity.role and lexicon.is_role_noun(role_head(m.entity.role)))
                  and registry.text.count("\n", m.start, position) <= 1}
    if len(introduced) != 1:
        return None
    mention = next(iter(introduced.values()))
    if _named_before(mention.entity, mention.start, registry) or _spoken_of(mention, registry):
        return None
    return mention.entity


def _spoken_of(mention: Mention, registry: Registry) -> bool:
    """True when another person speaks as the subject of the sentence `mention` stands in
    ("Ebrard said he would meet Jamieson Greer, Trump's nominee, …": Greer is spoken of)."""
    start = reporter_sentence_start(registry.reporter_text, mention.start) + 1
    return any(m.subject and m.speaks and m.entity is not None and m.entity is not mention.entity
               and m.entity.person for m in registry.at(start, mention.start))


_FOR_OPENER = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)For\s+$")
"""A sentence opening on "For" before a name: the name is what the sentence is about."""


def _topic_since(gender: str | None, position: int, registry: Registry, context: Context) -> Entity | None:
    """The person a sentence since the previous quotation opens on, after "For" and set off by a
    comma, when the sentence names no subject of its own ("For Costigan, who played in the last
    final, the result meant more than most. ‘…,’ he said")."""
    for mention in reversed(registry.at(max(context.last_quote_position + 1, position - 400), position)):
        if _FOR_OPENER.search(registry.text, max(0, mention.start - 8), mention.start) \
                and registry.text_after(mention, 2)[:1] == "," and mention.entity is not None \
                and mention.entity.person and _compatible(mention.entity, gender):
            return mention.entity
    return None


def _named_before(entity: Entity, position: int, registry: Registry) -> bool:
    """True when the article names `entity` before `position`."""
    return any(m.entity is entity for m in registry.at(0, position))


_FULL_STOP = re.compile(r"\.[”\"’']?\s|;\s")
"""A full stop, also one inside a quotation that ends the sentence ("… “like we're in middle
school.” Her mother, Denise Brooks, disagreed."), or a semicolon, which ends a clause as
fully ("Marsh died in 2010; his son, Peter Marsh, now chairs the board")."""
_SAYS_PRONOUN = re.compile(r"\s+(?:said|says|added|told\s+\w+|wrote|writes)\s+(?:that\s+)?(?:he|she)\b")
"""A speech verb whose clause's subject is a pronoun ("Richter said she would wait")."""


def _subject_since(gender: str | None, position: int, registry: Registry, context: Context,
                   text: str, loose: bool) -> Entity | None:
    """The first subject of the latest sentence since the previous quotation that has one, or the
    one whose own clause holds a pronoun of the gender wanted."""
    since = [(m, _bearer(m, gender, registry, loose)) for m in registry.before(position)
             if m.start > context.last_quote_position and (m.subject or m.cited) and position - m.start < 1500
             and not RELATIVE_BEFORE.search(text, max(0, m.start - 8), m.start)
             and not _SUBORDINATE_OF_DESCRIBED.search(registry.reporter_text, max(0, m.start - 300), m.start)]
    # (not the subject of a relative clause: "Catriona … carried messages to the room where Eilidh
    # was staying. “…,” she says": the sentence is about Catriona, the clause only says where)
    since = [(m, entity) for m, entity in since if entity is not None and not _spoke_to_other(entity, m, gender, text)
             and not ((entity.gender != gender or _SUBORDINATING_WORD_BEFORE.search(text, max(0, m.start - 10), m.start))
                      and after_pronoun_subject(registry.reporter_text, m.start, gender))]
    # (nor a name after a he/she that its sentence has as subject, unless known to be of that gender:
    # "she will step down, handing over to the associate director, Tamsin Eddy. “…,” she says")
    if not since:
        return None
    latest = since[0][0]
    line = text.rfind("\n", 0, latest.start)
    ends = [end.start() for end in _FULL_STOP.finditer(registry.text, max(line, latest.start - 1500, 0), latest.start)]
    boundary = max(ends[-1] if ends else -1, line)
    same_sentence = [(m, entity) for m, entity in since if m.start > boundary]  # (nearest first)
    voiced = [entity for m, entity in same_sentence if gender
              and _SAYS_PRONOUN.match(text, m.end) and clause_gender(text[m.end:m.end + 40]) == gender]
    # ("Corvid says …, but Richter said she would wait. “…,” she said": the subject whose own
    # clause has the pronoun, not the sentence's first)
    if voiced:
        return voiced[0]
    coordinated = [entity for m, entity in same_sentence
                   if _COORDINATED_SUBJECT.search(registry.reporter_text, max(0, m.start - 6), m.start)]
    # ("Then Robson shouts from the deck …, and Tait turns back to work. “…,” he says": the subject
    # of the sentence's last main clause)
    if coordinated:
        return coordinated[0]
    (first, entity), second = same_sentence[-1], same_sentence[-2] if len(same_sentence) > 1 else None
    if second is not None and _SUBORDINATE_OPENER.match(registry.text, boundary + 1) \
            and "," in registry.text[first.end:second[0].start]:
        return second[1]  # "When Irvine lifts a plank …, Tulloch does not explain": the main clause's
    return entity


_SUBORDINATE_OF_DESCRIBED = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)(?:The|His|Her)\s[^.!?\n“”\"]*\s(?:when|while|as|after|before|"
                                       r"until|because|once|although|though)\s+$")
"""A subordinate clause inside a sentence whose subject is a description ("The rider from Harrogate
… was unable to respond when Castaño went"): its subject is not the sentence's, which the
description names."""
_SUBORDINATING_WORD_BEFORE = re.compile(r"\b(?:when|while|after|before|until|because|once|although|though|if|since)\s+$")
"""A subordinating word right before a name: the subject of a subordinate clause ("He says he kept
his distance when Rhodri was a teenager", "A neighbour … said the village stops when Mercy races"),
which the he/she of the main clause is not (not "as", which also gives a name: "who gave his name
only as Kazeem")."""
_SUBORDINATE_OPENER = re.compile(r"\s*(?:When|While|As|After|Before|If|Although|Though|Because|Since|Until|Once|Whenever)\s")
"""A sentence opening on a subordinate clause, whose subject is not the sentence's."""
_COORDINATED_SUBJECT = re.compile(r",\s+(?:and|but)\s+$")
"""A comma and a coordinating conjunction right before a subject: it opens a main clause of its own."""


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$")
"""An honorific of a gender right before a name."""


def _bearer(mention, gender: str | None, registry: Registry, loose: bool) -> Entity | None:
    """The person a short name ("Haddad", "Dr. Whitcombe") means for a he/she of `gender`: the
    one it was linked to (the nearest bearer) unless the pronoun picks another bearer of the
    name named so far, the only one known to be of that gender or the only one not known to be
    of the other
    ("Karim Haddad … Haddad is thinking about a second site. “…,” she says": Nadia Haddad)."""
    entity = mention.entity
    honorific = _HONORIFIC_BEFORE.search(registry.text, max(0, mention.start - 6), mention.start)
    if gender and honorific and honorific.group(1).lower() in (lexicon.FEMALE_CUES if gender == "m" else lexicon.MALE_CUES):
        return None  # "said Mr. Dimaculangan's vehicles were …": a man, whatever woman shares the name
    if entity is None or gender is None or len(mention.tokens) >= len(entity.tokens):
        return entity if _compatible(entity, gender, loose) else None
    namesakes = [e for e in registry.by_token.get(mention.tokens[-1], ())
                 if set(mention.tokens) <= set(e.tokens) and _compatible(e, gender, loose)]
    if len(namesakes) > 1 or namesakes and namesakes[0] is not entity:
        namesakes = [e for e in namesakes if e is entity or _named_before(e, mention.start, registry)]
    known = [e for e in namesakes if e.gender == gender]
    if _compatible(entity, gender, loose) and (entity.gender == gender or len(known) != 1):
        return entity
    if len(known) == 1:
        return known[0]
    return namesakes[0] if len(namesakes) == 1 else None


def _earlier_person(gender: str | None, position: int, registry: Registry, context: Context,
                   loose: bool) -> Entity | None:
    """The most salient (`salience`) of the people named in the section, the previous quotation's
    speaker and the article's main person when a pronoun chain runs on; else, in a later section,
    the article's main person of the pronoun's gender, and in the first, the first person named
    after the pronoun."""
    def fits(entity: Entity | None) -> bool:
        return _compatible(entity, gender, loose)

    unnamed = context.last_unnamed.lower().split() if context.last_unnamed else []
    if unnamed and described_gender(unnamed) in (None, gender) \
            and not (unnamed[-1] in _GROUP_NOUNS or _PLURAL.search(unnamed[-1]) and unnamed[-1] not in lexicon.PEOPLE_NOUNS):
        return None  # "“…,” said one grower. He asked not to be named …": the grower, unnamed (a crowd is no he)
    if context.last_speaker_position < context.last_quote_position:
        # a quotation of no one named came since the last speaker's ("Okafor … took the stage to
        # chants of “…”"): the person that sentence was about, not the speaker before it
        for mention in reversed(registry.at(max(context.last_speaker_position, context.section_start),
                                            context.last_quote_position)):
            if mention.subject and fits(mention.entity):
                return mention.entity
    # a he/she does not reach back over a sub-heading to someone the new section never names
    named_here = [m for m in registry.at(context.section_start, position) if m.entity is not None]
    candidates = {id(m.entity): m.entity for m in named_here if fits(m.entity) and not m.after_preposition}
    if fits(context.last_speaker) and position - context.last_quote_position < 2500 \
            and (context.last_speaker_position >= context.section_start
                 or any(m.entity is context.last_speaker for m in named_here)):
        candidates[id(context.last_speaker)] = context.last_speaker
    if gender and _pronoun_chain(gender, position, registry, context):
        main = protagonist(registry, position, {id(e) for e in registry.entities if e.gender != gender}, gender)
        if main is not None:
            candidates[id(main)] = main  # "Born X …, she trained … She had no training … “…,” she told the Herald"
    best = salient_person(gender, position, registry, context, fits, list(candidates.values()))
    if best is not None:
        return best
    if context.section_start > 0:
        return protagonist(registry, position, {id(e) for e in registry.entities if e.gender != gender}, gender) \
            if gender else None
    # a pronoun before any name (a standfirst quoting "she"): the first person named after it
    for mention in registry.after(position):
        if fits(mention.entity) and mention.subject:
            return mention.entity
    return None


def _pronoun_chain(gender: str, position: int, registry: Registry, context: Context) -> bool:
    """The reporter's sentences since the previous quotation have a he or she of `gender` as a
    subject ("She had no formal training. …, she recalled …"): they go on about someone named
    before them, not about a name they hold as an object ("before marrying Jack Donnelly")."""
    wanted = "she" if gender == "f" else "he"
    return any(match.group(1).lower() == wanted for match in
               _PRONOUN_SUBJECT.finditer(registry.reporter_text, max(context.last_quote_position, 0), position))


def _organisation_kind(word: str, registry: Registry) -> bool:
    """A noun naming a kind of organisation: a usual one ("council", "police") or the last word
    of an organisation the article names ("aquarium" for Elliott Bay Aquarium)."""
    return word in lexicon.ORG_NOUNS or any(len(e.tokens) > 1 and e.tokens[-1] == word and not e.person
                                            and not e.gender for e in registry.entities)


def _earlier_spokesperson(head: str, position: int, registry: Registry, context: Context,
                          text: str) -> Entity | None:
    """The organisation of the latest "a police spokesperson", "a spokeswoman for the council"
    or bare "A spokeswoman" in the 600 characters before `position`, whom "the spokesperson"
    takes up again."""
    found = None
    for found in re.compile(rf"\b[Aa]n?\s+(?:[a-z]+\s+)?{head}\b").finditer(text, max(0, position - 600), position):
        pass
    return _spokespersons_body(found.group(), found.start(), registry, context, text) if found else None


def resolve_description(ref: Ref, registry: Registry, context: Context, text: str,
                        gender: str | None = None) -> Entity | None:
    """The entity a descriptive phrase refers to, or None when the article does not say
    (`gender`: the one a he/she referring back to the description gives)."""
    words = [w.lower() for w in re.findall(r"[\w-]+", ref.text)]
    content = [w for w in words if w not in lexicon.FUNCTION_WORDS and w not in _GENERIC]
    if words[-1] in _GENERIC_HEADS:
        content.append(words[-1])  # "its emergencies chief": the chief, not emergencies
    if not content:
        return None
    head = content[-1]
    inside = [m for m in registry.at(ref.position, ref.position + len(ref.text))]
    if (head in _FIRM_STAFF or head in _GROUP_MEMBERS) and len(content) == 1:
        firm = _staff_of(ref.position + len(ref.text), registry)
        if firm is None and (words[0] == "the" or lexicon.THE_BEFORE.search(text, max(0, ref.position - 5), ref.position)):
            firm = _members_named_before(head, ref.position, registry)  # "… the lawmakers wrote": the same group's
        if firm is not None:
            return firm  # "Analysts at Kepler said in a note": Kepler's; "lawmakers on the X committee requested"
    if inside and inside[-1].end == ref.position + len(ref.text) and not inside[-1].possessive \
            and inside[-1].entity is not None and _common_noun_before(text, ref.position, inside[-1].start):
        return inside[-1].entity  # "The conservation charity Plantlife": the name its noun is given
    if head in lexicon.SPOKES_WORDS and inside:
        return inside[-1].entity
    if head in lexicon.SPOKES_WORDS and words[0] == "the":
        earlier = earlier_spokes_owner(head, ref.position, registry)
        if earlier is not None:
            return earlier  # "A Tesla spokeswoman declined to comment. … the spokeswoman said"
        earlier = _earlier_spokesperson(head, ref.position, registry, context, text) \
            if head not in lexicon.DOCUMENT_NOUNS else None
        if earlier is not None:  # "A police spokesperson said … “…,” the spokesperson said"
            return earlier
    owners = [m for m in inside if m.possessive and m.entity is not None]
    if head in lexicon.DOCUMENT_NOUNS and owners:
        return owners[0].entity  # "TNO's report said", "Acebush1’s last Reddit post"
    if owners and owners[0].start == ref.position and not any(_of_someone(word) for word in content):
        return owners[0].entity  # "Christie’s bottom line … was the right one: “…”": his words, no one of his
    if head in _NOTICE_NOUNS and words[0] == "the":
        # "In an advisory issued on Sunday, the Met Office said …" then "“…,” the advisory said": its issuer
        issuer = _described_author(head, ref.position, registry, context, text)
        if issuer is not None:
            return issuer
    if head in lexicon.SPOKES_WORDS or head in lexicon.DOCUMENT_NOUNS:
        # "a spokesman for the ministry", "a report from Kotak Institutional Equities"
        after = text[ref.position + len(ref.text):ref.position + len(ref.text) + 60]
        owner = _OWNER.match(after)
        if owner:
            named = [m for m in registry.at(ref.position + len(ref.text), ref.position + len(ref.text) + owner.end())
                     if m.entity is not None]
            if named:
                return named[0].entity
        kind = _OWNER_NOUN.match(after)
        kind = next((w for w in (kind.groups()[::-1] if kind else ()) if w in lexicon.ORG_NOUNS), None)
        if kind:
            return resolve_organisation(kind, ref.position, registry, context)
        if head in lexicon.DOCUMENT_NOUNS and words[0] in ("a", "an", "another"):
            return sentence_poster(ref.position, registry, text, bodies=True)
        if head in lexicon.DOCUMENT_NOUNS:
            return earlier_owner(head, ref.position, registry, text) \
                or _described_author(head, ref.position, registry, context, text) or context.authors.get(head)
        kinds = [w for w in content[:-1] if _organisation_kind(w, registry)]
        if kinds:  # "a bureau spokesperson": the organisation the article has quoted or cited
            return resolve_organisation(kinds[-1], ref.position, registry, context)
        if head in lexicon.SPOKES_WORDS and head not in lexicon.DOCUMENT_NOUNS and len(content) == 1:
            return speaking_organisation_before(ref.position, registry) or (
                organisation_named_before(ref.position, registry) if words[0] in ("a", "an") else None)
            # (a spokesperson introduced: of the one organisation just named, whatever its part)
    if head in lexicon.ORG_NOUNS and words[0] in ("a", "an", "one") and _WHO_AFTER.match(text, ref.position + len(ref.text)):
        return None  # an unnamed person the noun describes ("one hurley maker …, who asked not to be named")
    if head in lexicon.ORG_NOUNS or words[0] == "the" and len(content) == 1 and _organisation_kind(head, registry):
        # ("the zoo" where the article names "Brackenfield Zoo": a noun that heads a name is an institution's)
        owners = [m for m in inside if m.possessive and m.entity is not None and not m.entity.person]
        if owners:
            return owners[0].entity  # "Russia's foreign ministry", "Acme's board"
        employers = [employer(m.entity, registry) for m in inside if m.possessive and m.entity is not None]
        if employers and employers[0] is not None:
            return employers[0]  # "Scorpio's company", after "Globex chief executive Hank Scorpio"
        places = [m.entity for m in inside if not m.possessive and m.entity is not None and head in BASED_BODIES
                  and written_as_place(m.entity, registry)]
        if places:  # "the Johannesburg club": the club of the sentence that had something "in Johannesburg"
            return based_in(places[-1], registry) or resolve_organisation(head, ref.position, registry, context)
        modifiers = [m for m in inside if not m.possessive and m.entity is not None and not m.entity.place
                     and not all(t in lexicon.PLACES for t in m.entity.tokens)
                     and re.search(rf"\b{re.escape(m.text.lower())}(?:\s[a-z]+){{0,2}}\s{head}$", ref.text.lower())]
        if modifiers:
            return modifiers[-1].entity  # "the GMB union", "the Sindh health department": the name the noun is given
        return resolve_organisation(head, ref.position, registry, context)
    if words[0] in ("a", "an") and not any(m.entity is not None and m.entity.person for m in registry.at(0, ref.position)):
        named_later = _named_later_in_role(head, ref.position, registry)
        if named_later is not None:
            return named_later  # "A planning inspector has approved …" then "Inspector Alison Reeve said"
    owned = _OWNED_ROLE_AFTER.match(text, ref.position + len(ref.text)) if words[0] == "the" else None
    if owned and not any(owned.group("role") in e.roles for e in registry.entities if e.person):
        return None  # "the Ukrainian president's chief of staff said": someone of someone described, unnamed
    if words[0] in ("a", "an"):
        named = _named_as_the(head, ref.position + len(ref.text), registry)
        if named is not None:
            return named  # "“…,” a parent told the board. The parent, Dr. Keisha Boone, is …"
    if head in lexicon.PEOPLE_NOUNS and words[0] not in ("the", "this") or \
            words[0] in ("one", "another", "a", "an") and not _AGE.search(ref.text):
        return None
    if words[0] == "the" and (introduced_unnamed(head, ref.position, text, registry.reporter_text)
                              or kept_unnamed_in_paragraph(ref.position, registry, text)):
        return None
    if _PLURAL.search(head) and head not in lexicon.PEOPLE_NOUNS or head in _GROUP_NOUNS:
        return None  # "the streets", "the authorities", "the couple": no one person
    if UNNAMED_APPOSITION.match(text, ref.position + len(ref.text)) or unnamed_relative(ref.text, registry):
        return None
    gender = described_gender(content) or gender
    if words[0] in ("his", "her") and head in lexicon.KIN_NOUNS and not any(
            head in e.roles for e in registry.entities if e.person):
        return _relative(words[0], gender, ref.position, registry)
    age = _AGE.search(ref.text)
    abbreviated = _office_abbreviated(ref.text.split()[-1], ref.position, registry) if words[0] == "the" else None
    if abbreviated is not None:
        return abbreviated  # "Addressing a press conference, the VC said" after "Vice-Chancellor K.S. Nagaraj"
    candidates: list[tuple[int, int, Entity]] = []
    seen: set[int] = set()
    before = registry.before(ref.position)
    for distance, mention in enumerate(before + registry.after(ref.position)):
        entity = mention.entity
        if not _compatible(entity, gender) or id(entity) in seen or mention in inside:
            continue
        seen.add(id(entity))
        if age and entity.age == age.group(1):
            return entity
        overlap = len(lexicon.with_synonyms(content) & {r for r in entity.roles if r not in _GENERIC})
        if overlap and _OFFICE_MODIFIERS.intersection(content) == _OFFICE_MODIFIERS.intersection(entity.roles) \
                and not (_SHADOW in entity.roles and _SHADOW not in content) \
                and not _other_modifier(content, entity):
            candidates.append((-overlap, distance, entity))
    earlier = [c for c in candidates if c[1] < len(before)]
    if not earlier and words[0] == "the":
        named = _named_after_first_use(ref, registry, gender)
        if named is not None:
            return named  # "The chief executive of Severn Vale Water admitted …" / "Gareth Prys-Jones, who …"
    if earlier:
        best = min(earlier, key=lambda c: (c[0], c[1]))
        if words[0] == "the" and introduced_unnamed_between(head, before[best[1]].end, ref.position, text):
            return None  # "Rescue official Bilal Shah said … A senior provincial official, who spoke on
            # condition of anonymity, said … “…,” the official said": the one introduced since, unnamed
        return best[2]
    if any(m.entity.organisation for m in owners) or used_for_someone_unnamed(head, ref.position, text) \
            or words[0] == "the" and _OFFICE_COMPLEMENT.match(text, ref.position + len(ref.text)) \
            and any(m.entity is not None and m.entity.organisation for m in inside):
        return None  # "the Labour Party’s chancellor", "The UN humanitarian coordinator for Ukraine
        # said": someone of a named body the article does not name
    if words[0] == "the" and _OF_SOMEONE_UNNAMED.match(text, ref.position + len(ref.text)):
        return None  # "The chairman of one unit in Kiwayu told his members": someone the article describes only
    if words[0] in ("its", "their"):
        # "Its administrator said": someone of the organisation before, whom it does not name, unless
        # it names the role's holder further down ("with its chief executive warning …" then "CEO X said")
        return min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None
    unnamed = unnamed_subject_since(gender, ref.position, context, text, registry.reporter_text) if words[0] == "the" else None
    # (before someone of that role named only further down: "A senior Liberal, who …" then "the
    # Liberal said", though "Former Liberal deputy leader X" comes later)
    if unnamed is not None and not any(_compatible(m.entity, gender, True) for m in registry.at(unnamed, ref.position)):
        return None  # "A source close to the couple told People … “…,” the insider said": still no one named
    if _RETORT.match(text, ref.position + len(ref.text)) and context.last_speaker is not None \
            and _compatible(context.other_speaker, gender, loose=True):
        return context.other_speaker  # "“…,” he said. The Conservative leader hit back:": the one answered
    owner = {id(m.entity) for m in inside}
    asked = asked_before(ref.position, registry)
    if _compatible(asked, gender) and id(asked) not in owner:
        return asked  # "Whitfield asked Alvarez how often … “Every month,” the witness replied"
    introduced = _introduced_next(ref.position, registry, gender) if words[0] == "the" else None
    if introduced is not None:
        # "“…,” the young mother says …" / "Kemi Lawal is 24 and …": named right after, before any
        # namesake of the role named further down ("Board member Tom Brandt" for "the board president")
        return introduced
    for mention in registry.at(previous_sentence_start(registry, ref.position), ref.position):
        if _compatible(mention.entity, gender, loose=True) and id(mention.entity) not in owner and mention.subject:
            return mention.entity  # the subject of the sentence before, over a namesake of the role named later
    kin = _KIN_OPENING.match(text, previous_sentence_start(registry, ref.position), ref.position)
    relative = _relative(kin.group(1).lower(), gender, kin.start(), registry) if kin else None
    if relative is not None:
        return relative  # "His brother was having none of it. “…,” the Cyclones centre said": the brother
    if candidates:
        return min(candidates, key=lambda c: (c[0], c[1]))[2]  # "the mayor said …" before "Mayor Jane Roe"
    start = previous_sentence_start(registry, ref.position)
    opening = _GENDERED_OPENING.match(text, start, ref.position)
    opened = ("m" if opening.group(1) == "He" else "f") if opening else None
    if opening and gender in (None, opened) and (gender or head in lexicon.PEOPLE_NOUNS or lexicon.is_role_noun(head)):
        person = resolve_pronoun(opened, opening.start(1), registry, context, text)
        if person is not None and id(person) not in owner:
            return person  # "She started a grocery business … “…,” says the woman": the one that she is
    introduced = _introduced_in_paragraph_before(ref.position, registry, context, gender) if age else None
    if introduced is not None:
        return introduced  # an age the article gives nobody, after a paragraph about someone new
        # ("Among the hundreds … was Kenji Watanabe, …" / "“…,” the 41-year-old said")
    if age and _compatible(context.last_speaker, gender) and context.last_speaker.age is None \
            and ref.position - context.last_quote_position < 1000:
        return context.last_speaker  # an age the article gives nobody: the one it is quoting
    if head in lexicon.NATIONALITIES and words[0] == "the" and _compatible(context.last_speaker, gender) \
            and ref.position - context.last_speaker_position < _NATIONALITY_REACH:
        return context.last_speaker  # "“…,” Petrović said. … The Serbian said": a nationality the article
        # gives nobody stands for the one it is quoting (not the story's most named person)
    return protagonist(registry, ref.position, owner, gender)


_NATIONALITY_REACH = 1000
"""How far (characters) after someone's quotation "the Serbian" may still be them."""


_OF_SOMEONE_UNNAMED = re.compile(r"\s+of\s+(?:one|a|an|another)\s")
"""An indefinite complement after a role ("the chairman of one unit", "the mother of a pupil"):
the role's holder is described, not named."""
_GENDERED_OPENING = re.compile(r"\s*(He|She)\s")
"""A sentence opening on a he or she."""
_KIN_OPENING = re.compile(r"\s*(His|Her)\s+(?:(?:older|younger|elder|big|little|twin)\s+)?(?:%s)\b"
                          % "|".join(sorted(lexicon.KIN_NOUNS)))
"""A sentence opening on a relative of someone ("His brother was having none of it.")."""


def _other_modifier(content: list[str], entity: Entity) -> bool:
    """The person's role puts a rank before the description's head and the description another
    word, no nationality ("the administrative executive" and "chief executive"): two jobs, not
    one (but "the Dutch coach" may be the "head coach")."""
    role = entity.role.lower().split() if entity.role else []
    if len(content) < 2 or content[-1] not in role or role.index(content[-1]) == 0:
        return False
    return role[role.index(content[-1]) - 1] in _RANKS and content[-2] not in entity.roles \
        and content[-2] not in lexicon.DEMONYMS


_RANKS = frozenset("chief managing general".split())
"""Words that make a job a rank of its own ("chief executive", "managing director")."""


def _of_someone(word: str) -> bool:
    """A noun for a person or a body, which an owner's possessive before it makes someone else
    ("Trump's lawyer", "Christie's campaign"), not the owner's words ("Christie's bottom line")."""
    return word in lexicon.SPOKES_WORDS or word in lexicon.PEOPLE_NOUNS or word in lexicon.KIN_NOUNS \
        or word in lexicon.ORG_NOUNS or word in _GROUP_NOUNS or lexicon.is_role_noun(word)


def _introduced_in_paragraph_before(position: int, registry: Registry, context: Context,
                                    gender: str | None) -> Entity | None:
    """The person a paragraph without quotations right before the one at `position` opens on as
    its subject, when that is not the last speaker; None otherwise."""
    text = registry.text
    paragraph_start = text.rfind("\n", 0, position)
    before_start = text.rfind("\n", 0, max(paragraph_start, 0)) + 1
    if paragraph_start <= 0 or before_start <= context.last_quote_position:
        return None  # (a quotation in that paragraph, or none before it)
    for mention in registry.at(before_start, paragraph_start):
        entity = mention.entity
        if mention.subject and not mention.possessive and _compatible(entity, gender, loose=True) \
                and (entity.person or entity.maybe_person):
            return entity if entity is not context.last_speaker else None
    return None


def _described_author(head: str, position: int, registry: Registry, context: Context, text: str) -> Entity | None:
    """The organisation a description makes the author of the document `head` when it was
    introduced ("In its 112-page order, the commission said …", "In a letter to the foundation dated
    May 6, the Board said …" then "the order said") or when it
    sent it ("The committee sent a letter …" then "the letter stated"), or None."""
    document = re.escape(head)
    found = _last_match(re.compile(r"\b[Ii]n\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?%s(?:\s[^,.;:“”\"]{1,80})?,\s+the\s+([A-Za-z]+)\s|"
                                   r"\b%s%s%s\b" % (document, lexicon.DESCRIBED_SUBJECT, lexicon.IN_DOCUMENT, document)),
                        text, 0, position)
    since = found.end() if found else 0
    named_author = _last_match(re.compile(r"([A-Z][\w’'-]*)%s%s\b" % (lexicon.IN_DOCUMENT, document)), text, since, position)
    # ("Okonkwo-Eze, in a statement signed on his behalf by …, said": the name's)
    issued = _last_match(re.compile(r"([A-Z][\w’'-]*)\s+(?:has\s+)?(?:issued|released|published|sent|posted|said\s+in)\s+"
                                    r"(?:an?|its|their)\s+(?:[\w-]+\s+){0,3}?%s\b" % document), text, since, position) \
        if head in _NOTICE_NOUNS else None
    # ("Environment Canada issued a snow squall warning", "The Karachi Traffic Police said in an advisory":
    # the whole name's; only for notices: "… on China sent a letter" is the committee's)
    if issued is not None and (named_author is None or issued.start() > named_author.start()):
        author = _name_ending_at(registry, max(0, issued.start(1) - 60), issued.end(1))
        if author is not None:
            return author
    opened = _last_match(re.compile(r"\b[Ii]n\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?%s(?:\s[^,.;:“”\"]{1,80})?,\s+(?=[A-Z])"
                                    % document), text, since, position)
    if opened is not None and (named_author is None or opened.start() > named_author.start()):
        # "In a statement on Tuesday afternoon, NSW Health said …": the name the statement's clause opens on
        author = next((m.entity for m in registry.at(opened.end(), opened.end() + 1)
                       if m.entity is not None and not m.possessive), None)
        if author is not None:
            return author
    if named_author is not None:
        author = _name_ending_at(registry, named_author.start(1), named_author.end(1))
        if author is not None:
            return author
    noun = found and (found.group(1) or found.group("body")).lower()
    if noun and _organisation_kind(noun, registry):
        # (or after the body: "The commission, in a statement signed by …, said"; or a noun that heads a
        # name the article gives: "In a statement, the festival said" of the "… Film Festival")
        return resolve_organisation(noun, found.start(found.lastindex), registry, context)
    named = next((m for m in registry.at(found.start(1), found.start(1) + 1) if m.entity is not None), None) \
        if found and found.group(1) else None
    if named is not None:
        return named.entity  # "In a press note issued later in the day, the IMC said …": the body it names
    sent = _last_match(re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s+(?:(?:on|of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4})?"
                                  r"(?:(?:sent|wrote|issued|released|published|submitted)\s+|(?:said|says|added|confirmed|announced)\s+in\s+)"
                                  r"(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?%s\b" % document), text, 0, position)
    if sent is not None and sent.group(1) in lexicon.ORG_NOUNS:
        # "The new House committee on China sent a letter Wednesday to …", "The university said in a
        # statement that …": the body, named by now
        return resolve_organisation(sent.group(1), position, registry, context)
    return None


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of `pattern` in text[start:end], or None."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


def _name_ending_at(registry: Registry, start: int, end: int) -> Entity | None:
    """The entity of a name that starts in [start, end) and ends at `end` (the whole name a pattern's
    last word closes), or None."""
    return next((m.entity for m in registry.at(start, end) if m.entity is not None and m.end == end), None)


_OFFICE_COMPLEMENT = re.compile(r"\s+(?:for|of|in|to)\s+(?:the\s+)?[A-Z]")
"""A place or body after a described office ("coordinator for Ukraine"): a full title, which
introduces its holder rather than pointing back at someone named."""


def _introduced_next(position: int, registry: Registry, gender: str | None) -> Entity | None:
    """The person whose name opens the sentence after the one at `position`, in its paragraph or
    the next one, named there for the first time as its subject ("“…,” the board president said
    as she opened the discussion. Linda Hartsock, who voted in favor, said …"; "Kemi Lawal is 24
    and this is her second child."): the one a description no one else fits stood for (QUOTES.md:
    a speaker named only afterwards)."""
    end = SENTENCE_END.search(registry.reporter_text, position)
    if end is None:
        return None
    following = registry.after(end.end())
    if not following or registry.reporter_text[end.end():following[0].start].strip():
        return None
    entity = following[0].entity
    if not following[0].subject or len(following[0].tokens) < 2 or not _compatible(entity, gender) \
            or _named_before(entity, following[0].start, registry):  # (named in full: not "Finally, …")
        return None
    return entity


def _named_after_first_use(ref: Ref, registry: Registry, gender: str | None) -> Entity | None:
    """The person named first right after the sentence that opened on this description before
    any name was given it ("The chief executive of Severn Vale Water admitted to MPs …" then
    "Gareth Prys-Jones, who was paid £1.9m, …"): the one it still stands for."""
    first = re.search(r"(?:^|\n|[.!?][”\"’']?\s+)(%s)\b" % re.escape(ref.text), registry.reporter_text[:ref.position], re.I)
    return _introduced_next(first.start(1), registry, gender) if first is not None else None


_NEXT_SENTENCE = re.compile(r"[^.!?“”\"]*[.!?][”\"’']?\s+")
_THE_NOUN_APPOSED = re.compile(r"[Tt]he\s+([^\s,]+),\s+")
"""A sentence opening on "The <noun>," with a name in apposition after it ("The parent, Dr. …")."""


def _named_as_the(head: str, end: int, registry: Registry) -> Entity | None:
    """The person the sentence after an indefinite description ending at `end` names in apposition
    to that description made definite ("… a parent told the board. The parent, Dr. Keisha Boone,
    is …"), or None."""
    rest = _NEXT_SENTENCE.match(registry.reporter_text, end)
    apposed = _THE_NOUN_APPOSED.match(registry.text, rest.end()) if rest is not None else None
    if apposed is None or apposed.group(1) != head:
        return None
    return next((m.entity for m in registry.at(apposed.end(), apposed.end() + 40)
                 if m.entity is not None and m.entity.person and not m.possessive), None)


def _named_later_in_role(head: str, position: int, registry: Registry) -> Entity | None:
    """The one person with the role `head`, named first after the sentence at `position` (a
    lead's "A planning inspector …", before anyone is named, is the "Inspector Alison Reeve"
    named further down)."""
    holders = [e for e in registry.entities if e.person and head in e.roles]
    if len(holders) != 1:
        return None
    sentence_end = registry.reporter_text.find(". ", position)
    first = next(m.start for m in registry.mentions if m.entity is holders[0])
    return holders[0] if 0 <= sentence_end < first else None  # (not "a judge ruled that Assange …")


_RETORT = re.compile(r"\s+(?:(?:hit|hits|shot|shoots|fired|fires)\s+back|retorted|retorts)\b")
"""A reply in an exchange: its speaker is not the one who spoke last."""


_OWNED_ROLE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?[a-z-]+[’']s\s+(?P<role>[a-z-]+)")
"""A description going on as the owner of a role ("the Ukrainian" + " president's chief of staff")."""
_FIRM_STAFF = frozenset("analysts economists strategists".split())
"""Staff whose unnamed words (a research note) a report gives to the firm they work at."""
_GROUP_MEMBERS = frozenset("members volunteers lawmakers legislators".split())
"""People who act for a group as a body: what they say as "they" is the group's ("Members of the
Riverside Tenants Union said they would return. “…,” they said")."""


_FAMILY_AFTER = re.compile(r"\s+family\b")


def _family_since(position: int, registry: Registry, context: Context) -> Entity | None:
    """The family named by its surname since the previous quotation ("The Nguyen family, who run a
    nursery, … “…,” they said"), the latest one, or None: a family is a "they"."""
    for mention in reversed(registry.at(max(context.last_quote_position + 1, position - 400), position)):
        if mention.entity is not None and _FAMILY_AFTER.match(registry.text, mention.end):
            return mention.entity
    return None


_NAMED_GROUP = re.compile(r"\s+(?:of|from)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?=[A-Z])")
"""A group described, then named in apposition ("of a student group, Cool Schools Philly")."""


def _staff_of(end: int, registry: Registry) -> Entity | None:
    """The organisation named right after unnamed staff ending at `end` ("Analysts at Kepler",
    "Members of a student group, Cool Schools Philly,"), or None when no organisation is named there."""
    owner = _OWNER.match(registry.text, end)
    if owner is None or registry.text[end:owner.end()].split()[0] not in ("at", "from", "of", "for", "on"):
        apposed = _NAMED_GROUP.match(registry.text, end)
        if apposed is None:
            return None
        span = (apposed.end(), apposed.end() + 1)  # the name the apposition gives
    else:
        span = (end, owner.end())
    named = [m for m in registry.at(*span) if m.entity is not None
             and m.entity.gender is None and m.entity.age is None]  # (a firm, taken for a person or not)
    return named[0].entity if named else None


def _members_named_before(noun: str, position: int, registry: Registry) -> Entity | None:
    """The group whose members the article last introduced with `noun` before `position`
    ("lawmakers on the House Select Committee …"), or None."""
    for introduced in reversed(list(re.finditer(rf"\b{noun}\b", registry.text[:position], re.I))):
        group = _staff_of(introduced.end(), registry)
        if group is not None:
            return group
    return None


def _common_noun_before(text: str, start: int, name_start: int) -> bool:
    """A common noun or a demonym right before the name a phrase ends on ("the charity
    Plantlife", "The Canadian Red Cross"), not only its article ("The Democrat") nor a name's word."""
    words = text[start:name_start].split()
    return len(words) >= 2 and words[-1].isalpha() and (words[-1].islower() and words[-1] not in lexicon.FUNCTION_WORDS
                                                         or words[-1].lower() in lexicon.DEMONYMS)


def _spoke_to_other(entity: Entity, mention: Mention, gender: str | None, text: str) -> bool:
    """A subject of no known gender who told a him or her of `gender` that he or she … ("Novak
    told her she had …. She laughs"): the he/she after it goes on with the other person."""
    return gender is not None and entity.gender is None and object_gender_after(text, mention.end) == gender


def _relative(possessive: str, gender: str | None, position: int, registry: Registry) -> Entity | None:
    """Who "his father" or "her husband" is when no one has that role: a person of the
    relation's gender who shares the surname of the latest person "his"/"her" can be, and is
    not that person ("“…,” his father joked" is not the son); None when the article names no
    such relative."""
    owner_gender = "m" if possessive == "his" else "f"
    before = [m.entity for m in registry.before(position) if m.entity is not None]
    owner = next((e for e in before if _compatible(e, owner_gender) and not e.handle), None)
    # (not a handle the post before was signed with: "@LindiweNkosiBoxing … Her father admits he cried")
    if owner is None or len(owner.tokens) < 2:
        return None
    namesakes = [e for e in before if e is not owner and _compatible(e, gender, loose=True)
                 and len(e.tokens) > 1 and e.tokens[-1] == owner.tokens[-1]]
    # the nearest known to be of the relation's gender before the nearest who may be ("Her father" is
    # Emeka Okafor, not her brother Chidi, whose gender no pronoun has shown yet)
    return next((e for e in namesakes if e.gender == gender), namesakes[0] if namesakes else None)


def matches_description(ref: Ref, entity: Entity, text: str) -> bool:
    """True when `entity`'s role words repeat the description `ref` with its complement, up to
    the verb ("A leader of the state’s largest teachers union" and "executive director of the
    Indiana State Teachers Association"): its head noun, or two of its words."""
    end = min(len(text), ref.position + 120)
    verbs = speech_verbs(text, ref.position, end)
    phrase = _PHRASE_END.split(text[ref.position:verbs[0].start() if verbs else end], 1)[0]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", phrase)]
    content = [w for w in words if w not in lexicon.FUNCTION_WORDS and w not in _GENERIC]
    if not content or not entity.person:
        return False
    roles = {r for r in entity.roles if r not in _GENERIC}
    return content[0] in roles or len(set(content) & roles) >= 2


def protagonist(registry: Registry, position: int, excluded: set[int], gender: str | None = None) -> Entity | None:
    """The person (of `gender`, when given) the article has mentioned most before `position`
    (the first on a tie)."""
    counts: dict[int, int] = {}
    first: dict[int, Entity] = {}
    for mention in registry.mentions:
        entity = mention.entity
        if mention.start >= position or not _compatible(entity, gender) or id(entity) in excluded:
            continue
        counts[id(entity)] = counts.get(id(entity), 0) + 1
        first.setdefault(id(entity), entity)
    if not counts:
        return None
    best = max(first, key=lambda key: counts[key])
    return first[best]


def _role_abbreviated(mention: Mention, registry: Registry) -> Entity | None:
    """The one person named before whose office the capitals after "the" abbreviate ("Deputy
    Commissioner of Morigaon, Devashish Sharma, …" then "the DC said"), or who had them as a title
    ("CS Mbugua" then "the CS said"), or None."""
    if registry.text[max(0, mention.start - 4):mention.start].lower() != "the ":
        return None
    return _office_abbreviated(mention.text, mention.start, registry)


def _office_abbreviated(letters: str, position: int, registry: Registry) -> Entity | None:
    """The one person named before `position` whose office `letters` abbreviate, or None."""
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 4):
        return None
    holders = {id(m.entity): m.entity for m in registry.before(position) if m.entity is not None and m.entity.person
               and (m.entity.role and _abbreviates(letters, m.entity.role) or letters.lower() in m.entity.roles)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _abbreviates(letters: str, role: str) -> bool:
    """`letters` are the capitals opening `role` ("CEO" of "Chief Executive Officer of Acme") or
    closing it after a portfolio ("CS" of "National Treasury Cabinet Secretary"), not after a
    modifier that makes it another office ("PM" is no "Deputy Prime Minister")."""
    initials = capital_initials(role)
    if initials.startswith(letters):
        return True
    words = [word for word in re.split(r"[\s-]+", role) if word[:1].isupper()]  # (the words `initials` spells)
    return initials.endswith(letters) and len(words) > len(letters) \
        and words[-len(letters) - 1].lower() not in _OFFICE_MODIFIERS | {_SHADOW}


def _title_holder(mention: Mention, registry: Registry) -> Entity | None:
    """The one person the article names in apposition to "the <word>" when a one-word name of no
    person is that word after "the" ("The Taoiseach has rejected …" with "the Taoiseach, Micheál
    Byrne, said" elsewhere), or None."""
    entity = mention.entity
    if entity is None or entity.person or len(entity.tokens) != 1 \
            or registry.text[max(0, mention.start - 4):mention.start].lower() != "the ":
        return None
    holders = {}
    for apposed in re.finditer(r"\b[Tt]he\s+%s,\s+" % re.escape(mention.text), registry.text):
        named = [m.entity for m in registry.at(apposed.end(), apposed.end() + 40)
                 if m.entity is not None and m.entity.person and len(m.entity.tokens) > 1]
        if named:
            holders[id(named[0])] = named[0]
    return next(iter(holders.values())) if len(holders) == 1 else None


_STAFF_SUBJECT = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:%s)\b" % "|".join(w.capitalize() for w in sorted(_FIRM_STAFF | _GROUP_MEMBERS)))
"""A sentence opening on unnamed staff or members ("Analysts at Goldman Sachs have …", "Volunteers
from Friends of Elm Park said …"), a live report's time before it or not ("09:45 Analysts at …")."""
_THEY_SUBJECT = re.compile(r"\s*They\s")
"""A sentence whose subject is "they", going on about the subject of the one before."""
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:The|This|That|Its|Their|An?)\s+(?:[a-z-]+\s+)?(%s)\b" % "|".join(sorted(lexicon.DOCUMENT_NOUNS)))
"""A sentence whose subject is a document ("The report, rightly, does not.", "A petition started
by …"); when it is another document than the one quoted before, "it" is the new one."""
_ORGANISATION_SUBJECT = re.compile(r"\s*The\s+(?:[a-z-]+\s+)?(%s)\s+(?:has\s+|had\s+)?(?:said|says|told|stated|added)\b"
                                   % "|".join(sorted(lexicon.ORG_NOUNS)))
"""A sentence whose subject is an organisation by its kind ("The university said in a statement …"):
the "it" that speaks next is that organisation."""


def resolve(ref: Ref | None, registry: Registry, context: Context, text: str) -> Entity | None:
    """The entity `ref` points at, or None."""
    if ref is None or ref.kind == "none":
        return None
    if ref.kind == "name":
        if ref.mention is None:
            return None
        return _role_abbreviated(ref.mention, registry) or _title_holder(ref.mention, registry) or ref.mention.entity
    if ref.kind == "pronoun":
        if ref.text in ("he", "she"):
            return resolve_pronoun("m" if ref.text == "he" else "f", ref.position, registry,
                                   context, text)
        if ref.text == "they" and context.last_speaker is not None and context.last_speaker.handle:
            return context.last_speaker  # a poster known by a handle is "they"
        if ref.text == "they" and any(e.gender == "they" for e in registry.entities):
            person = resolve_pronoun("they", ref.position, registry, context, text)
            if person is not None and person.gender == "they":
                return person  # "Ellery, who uses they/them pronouns, … “…,” they said"
        if ref.text == "they":
            voiced = _spokesperson_since("they", ref.position, registry, context, text)
            if voiced is not None:
                return voiced  # "A Chandmoni spokesperson declined to comment on what they called “…”"
        family = _family_since(ref.position, registry, context) if ref.text == "they" else None
        if family is not None:
            return family
        if ref.text == "they":
            before = previous_sentence_start(registry, ref.position)
            if _THEY_SUBJECT.match(registry.reporter_text, before):
                before = previous_sentence_start(registry, before)  # "Members of X held up thermometers. They said …"
            staff = _STAFF_SUBJECT.match(registry.reporter_text, before, ref.position)
            if staff is not None:
                return _staff_of(staff.end(), registry)  # "Analysts at Goldman Sachs have raised … they wrote"
            return group_subject_before(ref.position, registry)  # "Parents for Folwell Arts … sent a letter. “…,” they wrote"
        if ref.text == "it":
            start = previous_sentence_start(registry, ref.position)
            document = _DOCUMENT_SUBJECT.match(registry.reporter_text, start, ref.position)
            if context.last_document and not (document and document.group(1).lower() != context.last_document):
                return context.last_document_author  # "the letter stated … It described": the letter again
            if document:
                # "The report, rightly, does not. “…,” it notes": the report, its author's
                head = document.group(1).lower()
                return earlier_owner(head, ref.position, registry, text) or context.authors.get(head)
            described = _ORGANISATION_SUBJECT.match(registry.reporter_text, start, ref.position)
            if described:
                return resolve_organisation(described.group(1), described.start(1), registry, context)
            return resolve_organisation("", ref.position, registry, context)
        return None
    return resolve_description(ref, registry, context, text)
