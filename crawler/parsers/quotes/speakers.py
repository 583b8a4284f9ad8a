"""From a written reference ("Levitt", "she", "the Republican governor") to the fullest name.

* a name: the entity it was linked to, under that entity's fullest name;
* he / she: the subject of the latest sentence since the previous quotation that names a
  person of a compatible gender, else the previous quotation's speaker, else the nearest person;
* it / a description headed by an organisation noun ("the ministry"): the organisation whose
  name holds that noun, else the nearest organisation the article has quoted or cited;
* "a Home Depot spokesperson": the organisation named inside;
* another description: the person whose role or title words it repeats, or whose age it gives;
  a description the article already used for someone it never names ("the patient") stays
  unknown; otherwise the person the previous sentences are about.
Unknown stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.attribution import Ref, speech_verbs
from crawler.parsers.quotes.entities import Entity
from crawler.parsers.quotes.mentions import Registry, clause_gender

_GENERIC = frozenset("former senior new old current top local chief head leading the s".split())
_OWNER = re.compile(r"\s+(?:for|from|of|by|at)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*)*")
_OWNER_NOUN = re.compile(r"\s+(?:for|from|of|at)\s+(?:the|its)\s+([a-z]+)\b")
"""An organisation given by its kind after a description ("a spokesperson for the airline")."""
_PHRASE_END = re.compile(r"[,.;:“”\"]")
_AGE = re.compile(r"(\d{1,3})-year-old")
_GROUP_NOUNS = frozenset("family couple household crew crowd audience jury congregation".split())
"""Singular nouns of a group of people: "the couple said" is none of them alone."""
_PLURAL = re.compile(r"[^su'’]s$")
_OFFICE_MODIFIERS = frozenset("vice deputy assistant associate".split())
"""Words that make another office of a title ("the vice president" is not the president)."""
_UNNAMED = re.compile(r",?\s*(?:who|whom|speaking)\b[^.;:“”\"]{0,80}?\b(?:anonymous|anonymity|not\s+(?:to\s+)?be\s+named|"
                      r"(?:give|gave|giving|share|provide|publish)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name)", re.I)
"""An apposition saying the person described stays unnamed ("The woman, who wanted to remain
anonymous, …", "a resident who asked not to be named")."""


@dataclass
class Context:
    """What resolution knows about the quotations already read."""

    last_quote_position: int = -1
    """Document offset of the previous quotation."""
    last_speaker: Entity | None = None
    """The entity that spoke the previous quotation, when named."""
    sources: set[int] = field(default_factory=set)
    """ids of entities the article presents as speaking or as a source (said, according to)."""
    last_speaker_position: int = -1
    """Document offset of the last quotation `last_speaker` spoke."""
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
    asked = _asked_before(position, registry)
    if _compatible(asked, gender):
        return asked  # "Whitfield asked Alvarez how often … “Every month,” she replied"
    unnamed = _unnamed_subject_since(gender, position, context, text)
    if unnamed is not None and not any((m.subject or m.cited) and _bearer(m, gender, registry, True)
                                       for m in registry.at(unnamed, position)):
        return None  # "A neighbor who asked not to be named said … “…,” she said": no one named
    described = _described_subject_since(gender, position, registry, context, text)
    if described is _UNNAMED_PERSON:
        return None
    if described is not None:
        return described
    return _subject_since(gender, position, registry, context, text, False) or \
        _subject_since(gender, position, registry, context, text, True) or \
        _introduced_since(gender, position, registry, context) or \
        _earlier_person(gender, position, registry, context, False) or \
        _earlier_person(gender, position, registry, context, True)


_ASKED = re.compile(r"\basked\s+$")
_QUESTION_AFTER = re.compile(r"\s+(?:how|why|what|whether|if|when|where|who|which|about)\b")


def _asked_before(position: int, registry: Registry) -> Entity | None:
    """The person the sentence before `position` asks a question ("Whitfield asked Alvarez how
    often the changes were made."), whose answer the quotation then is; None when there is none."""
    start = _previous_sentence_start(registry, position)
    for mention in registry.at(start, position):
        if mention.entity is not None and _ASKED.search(registry.text, max(0, mention.start - 8), mention.start) \
                and _QUESTION_AFTER.match(registry.text, mention.end):
            return mention.entity
    return None


_INDEFINITE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?!(?:A|An|Another|One)\s)[A-Z][^.!?\n,“”\"]{0,60},\s+)?"
                                  r"(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne(?P<of>\s+of\s+(?:the|his|her|their|its|our))?)"
                                  r"\s+((?:(?:[a-z][\w-]*|[A-Z][a-z]+\s+\d{1,2})[,;]?\s+){1,3})")
"""A sentence opening (after an introductory phrase, perhaps) on an indefinite noun phrase ("A
neighbor who asked …", "One local resident said", "One of the rescued swimmers, a tourist …",
"Outside the school, one mother of two said", "A Year 11 student")."""


def _unnamed_subject_since(gender: str | None, position: int, context: Context, text: str) -> int | None:
    """Where the latest sentence since the previous quotation starts whose subject is a person
    the article does not name ("A neighbor", "One local resident"), of a gender the he/she
    allows; None when there is none."""
    start = max(context.last_quote_position, 0)
    found = None
    for match in _INDEFINITE_SUBJECT.finditer(text, start, position):
        unnamed = _UNNAMED.search(text, match.start(2), position)
        if unnamed and unnamed.start() - match.start(2) < 40:
            found = match.start()  # "Another former employee, who asked not to be named, …": whoever it is
            continue
        for word in match.group(2).split():
            word = word.strip(",;")
            if match.group("of") and word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]  # "one of the swimmers": a swimmer
            if word in lexicon.FUNCTION_WORDS:
                break
            if word in lexicon.SPOKES_WORDS:
                break  # (an organisation's voice: "A spokeswoman for Acme said" is Acme's)
            if (word in lexicon.PEOPLE_NOUNS or lexicon.is_role_noun(word)) \
                    and _described_gender([word]) in (None, gender):
                found = match.start()
                break
    return found


_DEFINITE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)[Tt]he\s+((?:[\w-]+(?:['’]s?)?[.,;:!?]?\s+){1,3})")
"""A sentence or clause opening on "the" and up to three words ("The Democrat said she would
too", "…, the Lakeview coach smiled", "the children's mother said")."""
_COPULAS = frozenset("was is has had".split())


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
        words = [w.strip(".,;:!?") for w in match.group(1).split()]
        verb = next((i for i, w in enumerate(words) if i and w.islower() and (
            w in lexicon.SPEECH_VERBS or w.endswith("ed") or w in _COPULAS)), None)
        head = words[verb - 1] if verb else ""
        if head and (head[0].isupper() or lexicon.is_role_noun(head) or head in lexicon.PEOPLE_NOUNS):
            # (a person: "the coach", "the Democrat"; not "the routine has stuck")
            found = (match.start(1), " ".join(["the"] + words[:verb]), match.start(1) + len(" ".join(words[:verb])))
    if found is None or any((m.subject or m.cited) for m in registry.at(found[2], position)):
        return None
    entity = resolve_description(Ref("description", found[1], found[0] - 4), registry, context, text, gender)
    if entity is None and _unnamed_relative(found[1], registry):
        return _UNNAMED_PERSON  # "the children's mother said she … “…,” she wrote"
    head = found[1].split()[-1]
    if entity is None and head.islower() and _used_for_someone_unnamed(head, found[0], text):
        return _UNNAMED_PERSON  # "said one grower … the first grower kicked at the earth. “…,” he said"
    return entity if _compatible(entity, gender) else None


def _introduced_since(gender: str | None, position: int, registry: Registry, context: Context) -> Entity | None:
    """The one person of a compatible gender the text since the previous quotation introduces,
    named for the first time and described by an apposition, wherever it stands in its sentence
    ("For Jim O'Connor, 67, one of the participants, the routine has stuck. “…,” he says")."""
    introduced = {id(m.entity): m for m in reversed(registry.at(max(context.last_quote_position + 1, position - 400), position))
                  if _compatible(m.entity, gender) and not m.possessive and registry.text_after(m, 2)[:1] == ","
                  and (m.entity.age or m.entity.role and lexicon.is_role_noun(_role_head(m.entity.role)))
                  and registry.text.count("\n", m.start, position) <= 1}
    if len(introduced) != 1:
        return None
    mention = next(iter(introduced.values()))
    return None if _named_before(mention.entity, mention.start, registry) else mention.entity


def _role_head(role: str) -> str:
    """The head noun of a role ("professor" of "a professor of chemistry at Leeds")."""
    words = re.split(r"\s+(?:of|at|for|in|with|from|on)\s", role, 1)[0].split()
    return words[-1].lower() if words else ""


def _named_before(entity: Entity, position: int, registry: Registry) -> bool:
    """True when the article names `entity` before `position`."""
    return any(m.entity is entity for m in registry.at(0, position))


_SAYS_PRONOUN = re.compile(r"\s+(?:said|says|added|told\s+\w+|wrote|writes)\s+(?:that\s+)?(?:he|she)\b")
"""A speech verb whose clause's subject is a pronoun ("Richter said she would wait")."""


def _subject_since(gender: str | None, position: int, registry: Registry, context: Context,
                   text: str, loose: bool) -> Entity | None:
    """The first subject of the latest sentence since the previous quotation that has one, or the
    one whose own clause holds a pronoun of the gender wanted."""
    since = [(m, _bearer(m, gender, registry, loose)) for m in registry.before(position)
             if m.start > context.last_quote_position and (m.subject or m.cited) and position - m.start < 1500]
    since = [(m, entity) for m, entity in since if entity is not None]
    if not since:
        return None
    latest = since[0][0]
    boundary = max(text.rfind(". ", 0, latest.start), text.rfind("\n", 0, latest.start))
    same_sentence = [entity for m, entity in since if m.start > boundary]
    voiced = [entity for m, entity in since if m.start > boundary and gender
              and _SAYS_PRONOUN.match(text, m.end) and clause_gender(text[m.end:m.end + 40]) == gender]
    # ("Corvid says …, but Richter said she would wait. “…,” she said": the subject whose own
    # clause has the pronoun, not the sentence's first)
    return voiced[0] if voiced else same_sentence[-1]


def _bearer(mention, gender: str | None, registry: Registry, loose: bool) -> Entity | None:
    """The person a short name ("Haddad", "Dr. Whitcombe") means for a he/she of `gender`: the
    one it was linked to (the nearest bearer) unless the pronoun picks another bearer of the
    name named so far, the only one known to be of that gender or the only one not known to be
    of the other
    ("Karim Haddad … Haddad is thinking about a second site. “…,” she says": Nadia Haddad)."""
    entity = mention.entity
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
    """The previous quotation's speaker, else the nearest person named in the section, else (in
    the first section) the first person named after the pronoun."""
    def fits(entity: Entity | None) -> bool:
        return _compatible(entity, gender, loose)

    if context.last_unnamed and _described_gender(context.last_unnamed.lower().split()) in (None, gender):
        return None  # "“…,” said one grower. He asked not to be named …": the grower, unnamed
    if context.last_speaker_position < context.last_quote_position:
        # a quotation of no one named came since the last speaker's ("Okafor … took the stage to
        # chants of “…”"): the person that sentence was about, not the speaker before it
        for mention in reversed(registry.at(max(context.last_speaker_position, context.section_start),
                                            context.last_quote_position)):
            if mention.subject and fits(mention.entity):
                return mention.entity
    # a he/she does not reach back over a sub-heading to someone the new section never names
    named_here = [m for m in registry.at(context.section_start, position) if m.entity is not None]
    if fits(context.last_speaker) and position - context.last_quote_position < 2500 \
            and (context.last_speaker_position >= context.section_start
                 or any(m.entity is context.last_speaker for m in named_here)):
        return context.last_speaker
    for mention in registry.before(position):
        if mention.start < context.section_start:
            break
        if fits(mention.entity) and not mention.after_preposition:
            return mention.entity
    if context.section_start > 0:
        return None
    # a pronoun before any name (a standfirst quoting "she"): the first person named after it
    for mention in registry.after(position):
        if fits(mention.entity) and mention.subject:
            return mention.entity
    return None


def _organisation(head: str, position: int, registry: Registry, context: Context) -> Entity | None:
    """The organisation "the <head>" (or "it", `head` "") refers to: one whose name holds the
    word, else the nearest one the article has quoted or cited, else the nearest one named as a
    subject lately ("it" never refers to a person, so for "it" a one-word name described by an
    apposition but with no gender or age will do: "Unilever, the maker of Dove soap, …")."""
    before = registry.before(position)
    for mention in before:
        entity = mention.entity
        if entity and head and len(entity.tokens) > 1 and entity.tokens[-1] == head and not entity.gender \
                and not entity.age and not mention.possessive:
            return entity  # "the zoo": Brackenfield Zoo, a name headed by the noun (no person's, so)
        if entity and not entity.person and head and (
                head in _head_words(entity) or head + "s" in _head_words(entity)
                or registry.text[max(0, mention.start - len(head) - 1):mention.start].lower() == head + " "):
            return entity  # ("the airline": Skyway Airlines; "the startup": "startup Lumen")
        if entity and head and not entity.age and not entity.gender and registry.text_after(mention, 1) in (",", ".") \
                and re.search(r"(?:[’']s|\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\w-]+\s+){0,3}%s,\s(?:the\s)?$" % head,
                              registry.text[max(0, mention.start - len(head) - 60):mention.start]):
            return entity  # "the team": "Harris's team, Stellar Racing," (the apposition says what it is;
            # also "the German motor transport authority, the KBA.")
        if entity and head and not mention.possessive and not entity.gender and not entity.age \
                and re.match(r"\s+(?:[a-z-]+\s+)?%s\b" % head, registry.text_after(mention, 40)):
            return entity  # "the ministry" after "The Kessland foreign ministry responded"
        if entity and mention.possessive and head and not entity.person \
                and _repeats_owned(registry.text[position:position + 60], head, registry.text_after(mention, 40)):
            return entity  # "the ministry" after "The Gaza Strip's health ministry said"
    if head in lexicon.PLACE_NOUNS or head in ("government", "country"):
        place = _place_subject_before(position, registry) if head in lexicon.PLACE_NOUNS else None
        if place is not None:
            return place  # "St. Petersburg, where a crane collapsed, … “…,” the city said"
        cited = _cited_organisation(before, context)
        return cited.entity if cited else None  # a government is its country's; places never speak
    if head:
        speaking = _speaking_organisation_before(position, registry)
        if speaking is not None:
            return speaking  # "Zappy, which has 3.5 million users, said … the company said"
    subject = None if head else _organisation_subject_of_sentence(position, registry) or \
        _unmarked_subject_before(position, registry) or _owner_of_organisation_before(position, registry)
    if subject is not None:
        return subject
    cited = _cited_organisation(before, context)
    for mention in before:
        entity = mention.entity
        if (cited is not None and mention.start <= cited.start) or position - mention.start > 1500 \
                or mention.start < context.section_start:
            break
        if entity and (mention.subject or mention.owns_role) and _may_be_organisation(entity, apposition_allowed=not head):
            return entity  # a newer organisation, the subject of its own sentence or named as
            # someone's employer ("Skyways chief executive Laura Kim"), takes over
    if cited is None and head:
        # "Wells Fargo said … the bank said"; else the one organisation named so far ("Shares in
        # Halden Foods fell after the frozen food maker reported …")
        return _unmarked_subject_before(position, registry) or _only_organisation_before(before)
    return cited.entity if cited else None


def _only_organisation_before(before: list) -> Entity | None:
    """The one organisation the mentions name, or None when they name none or several."""
    named = {id(m.entity): m.entity for m in before if m.entity is not None and m.entity.organisation
             and not m.entity.place}
    return next(iter(named.values())) if len(named) == 1 else None


_ABBREVIATION_END = re.compile(r"\b(?:[A-Z][a-z]?|St|Mr|Mrs|Ms|Dr|Jr|Sr|Gov|Sen|Rep|Prof)$")
"""A capitalised abbreviation whose period ends no sentence ("St. Petersburg", "J. Smith")."""


def _previous_sentence_start(registry: Registry, position: int) -> int:
    """Where the sentence before the one holding `position` starts (its paragraph's start at
    the most, or the previous paragraph's when `position` is in a paragraph's first sentence)."""
    text = registry.text
    sentence_start = max(_sentence_start(registry.reporter_text, position), 0)
    line_start = text.rfind("\n", 0, max(sentence_start - 1, 0))
    stop = sentence_start
    while True:
        stop = text.rfind(". ", 0, stop)
        if stop <= line_start or not _ABBREVIATION_END.search(text, max(0, stop - 4), stop):
            return max(stop, line_start) + 1


def _subject_before(position: int, registry: Registry, speaking: bool = True):
    """The mention that is the subject of the sentence before `position` (with `speaking`, or
    the first that speaks in it: "The Met said …" has an article before its name, a subject all
    the same); not an owner's name nor one after a preposition. None when there is none."""
    for mention in registry.at(_previous_sentence_start(registry, position), position):
        if mention.entity is None or mention.possessive or mention.after_preposition:
            continue
        if mention.subject or (speaking and mention.speaks):
            return mention
    return None


def _place_subject_before(position: int, registry: Registry) -> Entity | None:
    """The place the sentence before has as its subject ("St. Petersburg, where a crane
    collapsed, is under a boil-water notice."), whose government "the city" then is."""
    mention = _subject_before(position, registry, speaking=False)
    entity = mention.entity if mention else None
    return entity if entity is not None and (entity.place or all(t in lexicon.PLACES for t in entity.tokens)) else None


_APPOSITION_THEN_VERB = re.compile(r",(?:[^,.;:“”\"]|\.(?=\d)){1,80},\s+(\w+)")
"""An apposition set off by commas and the verb after it ("Historic England, which protects the
site, said")."""


def _institution(mention, registry: Registry) -> bool:
    """One capitalised word after "the", nothing told of it that is told of people (gender, age,
    title, role): an institution ("The Treasury said"), whatever else it is taken for."""
    entity = mention.entity
    return len(entity.tokens) == 1 and registry.text[max(0, mention.start - 4):mention.start] in ("The ", "the ") \
        and entity.gender is None and entity.age is None and not entity.roles and entity.role is None


def _speaking_organisation_before(position: int, registry: Registry) -> Entity | None:
    """The organisation the sentence before has as its speaking subject, whose spokesperson a
    bare "a spokesperson said" is ("The Department for Education said 40% of schools were open.
    “…,” a spokesperson said.")."""
    mention = _subject_before(position, registry)
    if mention is None or mention.entity.place or mention.entity.person and not _institution(mention, registry):
        return None
    between = _APPOSITION_THEN_VERB.match(registry.text, mention.end)
    speaks = mention.speaks or between is not None and between.group(1) in lexicon.SPEECH_VERBS
    return mention.entity if speaks else None


def _organisation_subject_of_sentence(position: int, registry: Registry) -> Entity | None:
    """The organisation that speaks as the subject of the sentence an "it" stands in ("Transwest
    said it had offered 6.5%, which it described as “fair”"); None when there is none."""
    for mention in registry.at(_sentence_start(registry.reporter_text, position) + 1, position):
        entity = mention.entity
        if entity is not None and mention.subject and mention.speaks and not mention.possessive \
                and not mention.after_preposition and (_may_be_organisation(entity) or not (
                    entity.gender or entity.age or entity.votes or entity.roles or entity.role or entity.place)):
            return entity  # (nothing makes "Transwest Buses" a person: "it" says it is none)
    return None


_OWNED_BODY = re.compile(r"\s*[’']s?((?:\s+[a-z-]+){1,3})")


def _owner_of_organisation_before(position: int, registry: Registry) -> Entity | None:
    """The owner of the organisation the sentence before opens with ("Oman's foreign ministry
    confirmed it would host the talks. It said …": Oman's ministry, named by its owner)."""
    start = _previous_sentence_start(registry, position)
    for mention in registry.at(start, position):
        if mention.entity is None or not mention.possessive or registry.text[start:mention.start].strip():
            return None
        body = _OWNED_BODY.match(registry.text, mention.end)
        return mention.entity if body and lexicon.ORG_NOUNS.intersection(body.group(1).split()) else None
    return None


def _unmarked_subject_before(position: int, registry: Registry) -> Entity | None:
    """The subject of the sentence before "it" (or "the bank", when the article names no
    organisation otherwise) when nothing makes it a person (no title, role, age, gender or
    he/she): "Yorkshire Water said the pitch had flooded. “…,” it said." ("it" is said of no
    person, and a name of two words is no proof of one)."""
    mention = _subject_before(position, registry)
    entity = mention.entity if mention else None
    if entity is None or entity.spurious or entity.handle or entity.roles or entity.role or entity.gender \
            or entity.age or entity.votes or entity.place or all(t in lexicon.PLACES for t in entity.tokens):
        return None
    return entity


def _repeats_owned(reference: str, head: str, after_owner: str) -> bool:
    """True when a reference ("the ministry", "the health ministry") repeats the words an owner
    was given ("Gaza's health ministry"), not when it adds its own ("the French foreign ministry")."""
    owned = re.sub(r"^[’'‘]s?", "", after_owner).lower().split()[:3]
    owned = [w.strip(",.;:") for w in owned]
    if head not in owned:
        return False
    words = [w.strip(",.;:") for w in reference.lower().split()]
    modifiers = words[1:words.index(head)] if head in words[:5] else []
    return all(w in owned for w in modifiers)


def _cited_organisation(before: list, context: Context):
    """The mention of the nearest organisation the article has quoted or cited, or None."""
    return next((mention for mention in before if mention.entity and not mention.entity.person
                 and id(mention.entity) in context.sources), None)


_INDEFINITE_BEFORE = re.compile(r"(?:^|\W)[Aa]n?\s$")


def _earlier_spokes_owner(head: str, position: int, registry: Registry) -> Entity | None:
    """The organisation of the latest "<Organisation> spokeswoman" or "spokeswoman for
    <Organisation>" before `position` (the name after "for" is the organisation's whatever the
    verb after it made it look like: "a spokesperson for Ryanair said")."""
    for mention in registry.before(position):
        if mention.entity is None:
            continue
        after = re.sub(r"^[’']s?", "", registry.text_after(mention, 30)).split()
        owned = bool(_INDEFINITE_BEFORE.search(registry.text, max(0, mention.start - 4), mention.start))
        if after[:1] == [head] and (not mention.entity.person or owned):
            return mention.entity  # ("A Northwind spokesperson": a name owning a spokesperson is an employer)
        before = registry.text[max(0, mention.start - len(head) - 12):mention.start].lower()
        if re.search(rf"\b{head}\s+(?:for|of|at|from)\s+(?:the\s+)?$", before):
            return mention.entity
    return None


def _employer(person: Entity, registry: Registry) -> Entity | None:
    """The organisation the article names right before a job and `person`'s name ("Globex chief
    executive Hank Scorpio"), when it does."""
    for number, mention in enumerate(registry.mentions[:-1]):
        if mention.owns_role and mention.entity is not None and registry.mentions[number + 1].entity is person:
            return mention.entity
    return None


def _head_words(entity: Entity) -> tuple[str, ...]:
    """The words an organisation's name is headed by: its last, and the one before "of" or
    "for" ("Defense Ministry", "Department of Health"), not a word of its complement
    ("Commonwealth Heads of Government Meeting" is no government)."""
    tokens = entity.tokens
    for connector in ("of", "for"):
        if connector in tokens[1:]:
            return tokens[-1:] + tokens[tokens.index(connector) - 1:tokens.index(connector)]
    return tokens[-1:]


def _may_be_organisation(entity: Entity, apposition_allowed: bool = False) -> bool:
    """Named as an organisation, or by one word with nothing that makes it a person (no title,
    role, age or gender: "Liverpool confirmed …"; with `apposition_allowed`, the role an apposition
    gives: "Unilever, the maker of Dove soap,")."""
    if entity.spurious or entity.place or all(t in lexicon.PLACES for t in entity.tokens):
        return False
    return entity.organisation or (len(entity.tokens) == 1 and not entity.handle and entity.gender is None
                                   and entity.age is None and (not entity.roles and entity.role is None
                                                                or apposition_allowed and entity.role is not None))


def resolve_description(ref: Ref, registry: Registry, context: Context, text: str,
                        gender: str | None = None) -> Entity | None:
    """The entity a descriptive phrase refers to, or None when the article does not say
    (`gender`: the one a he/she referring back to the description gives)."""
    words = [w.lower() for w in re.findall(r"[\w-]+", ref.text)]
    content = [w for w in words if w not in lexicon.FUNCTION_WORDS and w not in _GENERIC]
    if not content:
        return None
    head = content[-1]
    inside = [m for m in registry.at(ref.position, ref.position + len(ref.text))]
    if head in _FIRM_STAFF and len(content) == 1:
        firm = _staff_of(ref.position + len(ref.text), registry)
        if firm is not None:
            return firm  # "Analysts at Kepler said in a note": Kepler's
    if inside and inside[-1].end == ref.position + len(ref.text) and not inside[-1].possessive \
            and inside[-1].entity is not None and _common_noun_before(text, ref.position, inside[-1].start):
        return inside[-1].entity  # "The conservation charity Plantlife": the name its noun is given
    if head in lexicon.SPOKES_WORDS and inside:
        return inside[-1].entity
    if head in lexicon.SPOKES_WORDS and words[0] == "the":
        earlier = _earlier_spokes_owner(head, ref.position, registry)
        if earlier is not None:
            return earlier  # "A Tesla spokeswoman declined to comment. … the spokeswoman said"
    owners = [m for m in inside if m.possessive and m.entity is not None]
    if head in lexicon.DOCUMENT_NOUNS and owners:
        return owners[0].entity  # "TNO's report said", "Acebush1’s last Reddit post"
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
        if kind and kind.group(1) in lexicon.ORG_NOUNS:
            return _organisation(kind.group(1), ref.position, registry, context)
        if head in lexicon.DOCUMENT_NOUNS and words[0] in ("a", "an", "another"):
            return _sentence_poster(ref.position, registry, text)
        if head in lexicon.DOCUMENT_NOUNS:
            return _earlier_owner(head, ref.position, registry, text) or context.authors.get(head)
        kinds = [w for w in content[:-1] if w in lexicon.ORG_NOUNS]
        if kinds:  # "a bureau spokesperson": the organisation the article has quoted or cited
            return _organisation(kinds[-1], ref.position, registry, context)
        if head in lexicon.SPOKES_WORDS and head not in lexicon.DOCUMENT_NOUNS and len(content) == 1:
            return _speaking_organisation_before(ref.position, registry)
    if head in lexicon.ORG_NOUNS or words[0] == "the" and len(content) == 1 and any(
            len(e.tokens) > 1 and e.tokens[-1] == head and not e.gender for e in registry.entities):
        # ("the zoo" where the article names "Brackenfield Zoo": a noun that heads a name is an institution's)
        owners = [m for m in inside if m.possessive and m.entity is not None and not m.entity.person]
        if owners:
            return owners[0].entity  # "Russia's foreign ministry", "Acme's board"
        employers = [_employer(m.entity, registry) for m in inside if m.possessive and m.entity is not None]
        if employers and employers[0] is not None:
            return employers[0]  # "Scorpio's company", after "Globex chief executive Hank Scorpio"
        modifiers = [m for m in inside if not m.possessive and m.entity is not None and not m.entity.place
                     and not all(t in lexicon.PLACES for t in m.entity.tokens)
                     and ref.text.lower().endswith(m.text.lower() + " " + head)]
        if modifiers:
            return modifiers[-1].entity  # "the GMB union": the name the noun is given
        return _organisation(head, ref.position, registry, context)
    if words[0] in ("a", "an") and not any(m.entity is not None and m.entity.person for m in registry.at(0, ref.position)):
        named_later = _named_later_in_role(head, ref.position, registry)
        if named_later is not None:
            return named_later  # "A planning inspector has approved …" then "Inspector Alison Reeve said"
    if head in lexicon.PEOPLE_NOUNS and words[0] not in ("the", "this") or \
            words[0] in ("one", "another", "a", "an") and not _AGE.search(ref.text):
        return None
    if words[0] == "the" and (_introduced_unnamed(head, ref.position, text)
                              or _kept_unnamed_in_paragraph(ref.position, registry, text)):
        return None
    if _PLURAL.search(head) and head not in lexicon.PEOPLE_NOUNS or head in _GROUP_NOUNS:
        return None  # "the streets", "the authorities", "the couple": no one person
    if _UNNAMED.match(text, ref.position + len(ref.text)) or _unnamed_relative(ref.text, registry):
        return None
    gender = _described_gender(content) or gender
    if words[0] in ("his", "her") and head in lexicon.KIN_NOUNS and not any(
            head in e.roles for e in registry.entities if e.person):
        return _relative(words[0], gender, ref.position, registry)
    age = _AGE.search(ref.text)
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
        overlap = len(set(content) & {r for r in entity.roles if r not in _GENERIC})
        if overlap and _OFFICE_MODIFIERS.intersection(content) <= entity.roles:
            candidates.append((-overlap, distance, entity))
    earlier = [c for c in candidates if c[1] < len(before)]
    if earlier:
        return min(earlier, key=lambda c: (c[0], c[1]))[2]
    if any(m.entity.organisation for m in owners) or _used_for_someone_unnamed(head, ref.position, text):
        return None  # "the Labour Party’s chancellor": someone of a named body the article does not name
    if words[0] in ("its", "their"):
        return None  # "Its administrator said": someone of the organisation before, whom it does not name
    owner = {id(m.entity) for m in inside}
    asked = _asked_before(ref.position, registry)
    if _compatible(asked, gender) and id(asked) not in owner:
        return asked  # "Whitfield asked Alvarez how often … “Every month,” the witness replied"
    for mention in registry.at(_previous_sentence_start(registry, ref.position), ref.position):
        if _compatible(mention.entity, gender, loose=True) and id(mention.entity) not in owner and mention.subject:
            return mention.entity  # the subject of the sentence before, over a namesake of the role named later
    if candidates:
        return min(candidates, key=lambda c: (c[0], c[1]))[2]  # "the mayor said …" before "Mayor Jane Roe"
    if age and _compatible(context.last_speaker, gender) and context.last_speaker.age is None \
            and ref.position - context.last_quote_position < 1000:
        return context.last_speaker  # an age the article gives nobody: the one it is quoting
    return protagonist(registry, ref.position, owner, gender)


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


_FIRM_STAFF = frozenset("analysts economists strategists".split())
"""Staff whose unnamed words (a research note) a report gives to the firm they work at."""


def _staff_of(end: int, registry: Registry) -> Entity | None:
    """The organisation named right after unnamed staff ending at `end` ("Analysts at Kepler"),
    or None when no organisation is named there."""
    owner = _OWNER.match(registry.text, end)
    if owner is None or registry.text[end:owner.end()].split()[0] not in ("at", "from", "of", "for"):
        return None
    named = [m for m in registry.at(end, owner.end()) if m.entity is not None
             and m.entity.gender is None and m.entity.age is None]  # (a firm, taken for a person or not)
    return named[0].entity if named else None


def _common_noun_before(text: str, start: int, name_start: int) -> bool:
    """A common noun right before the name a phrase ends on ("the charity Plantlife"), not only
    its article ("The Democrat") nor a name's word."""
    words = text[start:name_start].split()
    return len(words) >= 2 and words[-1].isalpha() and words[-1].islower() \
        and words[-1] not in lexicon.FUNCTION_WORDS


_KIN_OF_SOMEONE_UNNAMED = re.compile(r"[Tt]he\s+[a-z][\w-]*['’]s?\s+(?P<kin>[a-z]+)")
"""A relation of someone described, not named ("the children's mother", "the boy's father")."""


def _unnamed_relative(description: str, registry: Registry) -> bool:
    """The description is a relation of someone the article does not name, and no person it
    names has that relation: whoever it is, the article does not name them."""
    kin = _KIN_OF_SOMEONE_UNNAMED.fullmatch(description)
    return kin is not None and kin.group("kin") in lexicon.KIN_NOUNS \
        and not any(kin.group("kin") in e.roles for e in registry.entities if e.person)


def _relative(possessive: str, gender: str | None, position: int, registry: Registry) -> Entity | None:
    """Who "his father" or "her husband" is when no one has that role: a person of the
    relation's gender who shares the surname of the latest person "his"/"her" can be, and is
    not that person ("“…,” his father joked" is not the son); None when the article names no
    such relative."""
    owner_gender = "m" if possessive == "his" else "f"
    before = [m.entity for m in registry.before(position) if m.entity is not None]
    owner = next((e for e in before if _compatible(e, owner_gender)), None)
    if owner is None or len(owner.tokens) < 2:
        return None
    return next((e for e in before if e is not owner and _compatible(e, gender, loose=True)
                 and len(e.tokens) > 1 and e.tokens[-1] == owner.tokens[-1]), None)


def _described_gender(words: list[str]) -> str | None:
    """"m" or "f" when a description's words say it ("the woman", "his wife"), else None."""
    if any(word in lexicon.FEMALE_CUES for word in words):
        return "f"
    if any(word in lexicon.MALE_CUES for word in words):
        return "m"
    return None


def _sentence_start(reporter_text: str, position: int) -> int:
    """Where the sentence holding `position` starts (the offset of its ". " or newline) in the
    registry's `reporter_text`, where quotations are blanked: a full stop inside a quotation
    ends no sentence of the reporter's ("‘We lost. It hurts,’ the Spaniard said" is one sentence)."""
    line = reporter_text.rfind("\n", 0, position)
    stop = reporter_text.rfind(". ", line + 1, position)
    return stop if stop >= 0 else line


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


def _sentence_poster(position: int, registry: Registry, text: str) -> Entity | None:
    """Who made the post, heading or caption a sentence introduces ("acebush1 made another post
    describing …"): the person the sentence has as subject."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    for mention in registry.at(start, position):
        entity = mention.entity
        if entity is not None and not mention.possessive and not mention.after_preposition \
                and (entity.person or entity.maybe_person):
            return entity
    return None


_LETTER_NOUNS = frozenset("letter email e-mail note memo message".split())
"""Documents someone writes to someone."""
_WROTE_AFTER = re.compile(r"(?:,(?:[^,.;:“”\"]|\.(?=\d)){1,80},|,)?\s+(?:has\s+|had\s+|also\s+)?(?:wrote|writes|emailed|emails)\b")
"""A name's verb of writing, past an apposition or its closing comma ("Martin Lowe, wrote to parents")."""


_OWNED_DOCUMENT = re.compile(r"[’'‘]?s?\s+(?:[a-z-]+\s+){0,2}?(?:%s)\b" % "|".join(sorted(lexicon.DOCUMENT_NOUNS)))
"""An owner's document under another noun than the one a later reference uses ("’s review",
"’s annual safety report")."""


def _earlier_owner(head: str, position: int, registry: Registry, text: str) -> Entity | None:
    """Whose document "the letter" is when the article spoke of "the Conservatives’ letter"
    before, of "the report, published by the Institute for Fiscal Studies", of "Skyway said in a
    statement", or of the one who "issued a statement" (the nearest)."""
    escaped = re.escape(head)
    authored = re.compile(r"\b%s,?\s+(?:(?:which\s+was\s+|that\s+was\s+)?(?:published|released|issued|written|"
                          r"produced|compiled|commissioned|sent|signed)\s+)?(?:by|from)\s+(?:the\s+)?$" % escaped, re.I)
    issued = re.compile(r"(?:[’'‘]s)?\s+(?:(?:has|had|also|later|then)\s+)*(?:issued|released|put\s+out|published|"
                        r"posted|shared|sent)\s+(?:an?|its|their|his|her|the|another)\s+(?:[\w-]+\s+){0,2}?%s\b"
                        % escaped, re.I)
    introduced = re.compile(r"\bin\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?%s,\s+(?:the\s+)?$" % escaped, re.I)
    did = re.compile(r",?\s+(?:(?:has|had|also|later|then)\s+)*%s(?:ed|s)\b" % escaped)
    said_in = re.compile(r"\s+(?P<verb>[a-z]+)\s+in\s+(?:a|an|the|its|their|his|her|another)\s+(?:[a-z-]+\s+)?%s\b"
                         % escaped)
    for mention in registry.before(position):
        if mention.entity is None:
            continue
        if mention.possessive:
            after = re.sub(r"^[’'‘]s?", "", registry.text_after(mention, 30)).split()
            if after[:1] == [head]:
                return mention.entity
        elif authored.search(text, max(0, mention.start - 80), mention.start) \
                or (not mention.after_preposition and issued.match(text, mention.end, mention.end + 80)) \
                or introduced.search(text, max(0, mention.start - 60), mention.start):
            return mention.entity
        if not mention.after_preposition and not mention.possessive and did.match(text, mention.end):
            return mention.entity  # "the post read" after "The group, which calls itself Nightjar, posted …"
        said = said_in.match(text, mention.end)
        if said and said.group("verb") in lexicon.SPEECH_VERBS and not mention.after_preposition:
            return mention.entity  # "Skyway said in a statement …": the statement is Skyway's
        if head in _LETTER_NOUNS and not mention.after_preposition and not mention.possessive \
                and _WROTE_AFTER.match(text, mention.end):
            return mention.entity  # "Martin Lowe, the headteacher, wrote to parents …": his letter
    previous_paragraph = text.rfind("\n", 0, max(text.rfind("\n", 0, position), 0))
    for mention in registry.before(position):
        if mention.start < previous_paragraph:
            break
        if mention.entity is not None and mention.possessive \
                and _OWNED_DOCUMENT.match(text, mention.end) is not None:
            return mention.entity  # "the Commission's review of care homes …" then "the report says"
    return None


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


def _kept_unnamed_in_paragraph(position: int, registry: Registry, text: str) -> bool:
    """True when the paragraph, before `position`, describes someone who "asked not to be named"
    and names no person after that ("One of Skyline's largest shareholders, who asked not to be
    named, said … “…,” the investor said")."""
    start = text.rfind("\n", 0, position) + 1
    unnamed = None
    for unnamed in _UNNAMED.finditer(text, start, position):
        pass
    return unnamed is not None and not any(m.entity is not None and m.entity.person and not m.possessive
                                           for m in registry.at(unnamed.end(), position))


def _introduced_unnamed(head: str, position: int, text: str) -> bool:
    """True when the paragraph introduced "a … <head>" without a name before "the <head>"
    ("Even when a police officer first called, … the officer recalled")."""
    start = text.rfind("\n", 0, position) + 1
    pattern = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}" + re.escape(head) + r"\b(?!\s*,?\s*[A-Z])")
    return bool(pattern.search(text, start, position))


def _used_for_someone_unnamed(head: str, position: int, text: str) -> bool:
    """True when an earlier sentence already used "the/a … <head>" as its subject, with no name
    (also after a quotation: "“…,” an insider told the outlet")."""
    pattern = re.compile(r"(?:(?:^|[.!?]\s+|\n)(?:[A-Z][^.!?\n]{0,40}?,\s+)?(?:The|A|An|One)|(?<!,)\s(?:[Aa]n?|one))\s+(?:[\w-]+\s+){0,2}"
                         + re.escape(head) + r"\b(?!\s*,?\s*[A-Z])")
    return bool(pattern.search(text, 0, position))


_STAFF_SUBJECT = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:%s)\b" % "|".join(w.capitalize() for w in sorted(_FIRM_STAFF)))
"""A sentence opening on unnamed staff ("Analysts at Goldman Sachs have …"), a live report's
time before it or not ("09:45 Analysts at …")."""
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[a-z-]+\s+)?(%s)\b" % "|".join(sorted(lexicon.DOCUMENT_NOUNS)))
"""A sentence whose subject is a document ("The report, rightly, does not.")."""


def resolve(ref: Ref | None, registry: Registry, context: Context, text: str) -> Entity | None:
    """The entity `ref` points at, or None."""
    if ref is None or ref.kind == "none":
        return None
    if ref.kind == "name":
        return ref.mention.entity if ref.mention else None
    if ref.kind == "pronoun":
        if ref.text in ("he", "she"):
            return resolve_pronoun("m" if ref.text == "he" else "f", ref.position, registry,
                                   context, text)
        if ref.text == "they" and context.last_speaker is not None and context.last_speaker.handle:
            return context.last_speaker  # a poster known by a handle is "they"
        if ref.text == "they":
            staff = _STAFF_SUBJECT.match(registry.reporter_text, _previous_sentence_start(registry, ref.position), ref.position)
            if staff is not None:
                return _staff_of(staff.end(), registry)  # "Analysts at Goldman Sachs have raised … they wrote"
        if ref.text == "it":
            if context.last_document:
                return context.last_document_author  # "the letter stated … It described": the letter again
            start = _previous_sentence_start(registry, ref.position)
            document = _DOCUMENT_SUBJECT.match(registry.reporter_text, start + 1 if start else 0, ref.position)
            if document:
                # "The report, rightly, does not. “…,” it notes": the report, its author's
                head = document.group(1).lower()
                return _earlier_owner(head, ref.position, registry, text) or context.authors.get(head)
            return _organisation("", ref.position, registry, context)
        return None
    return resolve_description(ref, registry, context, text)
