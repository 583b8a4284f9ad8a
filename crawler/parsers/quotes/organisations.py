"""Which organisation "it", "the ministry" or "a spokesperson" refers to.

An organisation is found by other evidence than a person is (no gender, no age; a name headed by
the noun, the subject that spoke in the sentence before, the employer named before a job), so
these rules live apart from the resolution of people in `speakers`.
"""

from __future__ import annotations

import re

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.entities import Entity, Mention
from crawler.parsers.quotes.mentions import Registry
from crawler.parsers.quotes.resolution_context import Context
from crawler.parsers.quotes.sentence_bounds import previous_sentence_start, reporter_sentence_start


_PUBLISHED_IN = re.compile(r"\b(?:published|appeared|appears)\s+in\s+(?:[Tt]he\s+)?$")
"""Words that make the name after them a publication ("published in The Lancet")."""


def resolve_organisation(head: str, position: int, registry: Registry, context: Context) -> Entity | None:
    """The organisation "the <head>" (or "it", `head` "") refers to: one whose name holds the
    word, else the nearest one the article has quoted or cited, else the nearest one named as a
    subject lately ("it" never refers to a person, so for "it" a one-word name described by an
    apposition but with no gender or age will do: "Unilever, the maker of Dove soap, …")."""
    before = registry.before(position)
    if head == "police":
        # a force is known by its name ("Greater Manchester Police", "Dayton Police Department"); with
        # none named before, the police are no other organisation nor a one-word name that spoke last
        return next((m.entity for m in before if m.entity is not None and "police" in m.entity.tokens
                     and not m.entity.person), None)
    for mention in before:
        entity = mention.entity
        if entity is not None and len(entity.tokens) == 1 and entity.tokens[0] in lexicon.NATIONALITIES:
            continue  # "a Dutch consumer regulator": where the regulator is from, not its name
        if entity and head and len(entity.tokens) > 1 and entity.tokens[-1] == head and not entity.gender \
                and not entity.age and not mention.possessive and head not in _COUNTRY_BODIES:
            return entity  # "the zoo": Brackenfield Zoo, a name headed by the noun (no person's, so)
        if entity and head == "journal" and _PUBLISHED_IN.search(registry.text, max(0, mention.start - 24), mention.start):
            return entity  # "the journal": "The study, published in The Lancet Diabetes & Endocrinology"
        if entity and not entity.person and head and head not in _COUNTRY_BODIES and (
                head in _head_words(entity) or head + "s" in _head_words(entity)
                or registry.text[max(0, mention.start - len(head) - 1):mention.start].lower() == head + " "):
            return entity  # ("the airline": Skyway Airlines; "the startup": "startup Lumen")
        if entity and head and not entity.age and not entity.gender and registry.text_after(mention, 1) in (",", ".") \
                and re.search(r"(?:[’']s|\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\w-]+\s+){0,3}%s,\s(?:the\s)?$" % head,
                              registry.text[max(0, mention.start - len(head) - 60):mention.start]):
            return entity  # "the team": "Harris's team, Stellar Racing," (the apposition says what it is;
            # also "the German motor transport authority, the KBA.")
        if entity and head and not mention.possessive and not entity.gender and not entity.age \
                and re.match(r"\s+(?:[a-z-]+\s+)?%s\b" % head, registry.text_after(mention, 40)) \
                and not re.search(r"\b%s-based\b" % re.escape(mention.text), registry.text):
            return entity  # "the ministry" after "The Kessland foreign ministry responded" (not "the
            # Calgary airline" where the article calls it "the Calgary-based airline": a place)
        if entity and mention.possessive and head and not entity.person \
                and _repeats_owned(registry.text[position:position + 60], head, registry.text_after(mention, 40)):
            return entity  # "the ministry" after "The Gaza Strip's health ministry said"
    if head and head not in lexicon.PLACE_NOUNS:
        voiced = _voiced_by_spokesperson(position, registry)
        if voiced is not None:
            return voiced  # "A spokesperson for Columbia Drug said the chain expected …": the chain is Columbia Drug
    if head in lexicon.PLACE_NOUNS or head in ("government", "country"):
        place = _place_subject_before(position, registry) if head in lexicon.PLACE_NOUNS else None
        if place is not None:
            return place  # "St. Petersburg, where a crane collapsed, … “…,” the city said"
        cited = _cited_organisation(before, context, position)
        return cited.entity if cited else None  # a government is its country's; places never speak
    if head:
        speaking = speaking_organisation_before(position, registry)
        if speaking is not None:
            return speaking  # "Zappy, which has 3.5 million users, said … the company said"
    subject = None if head else _organisation_subject_of_sentence(position, registry) or \
        _unmarked_subject_before(position, registry) or _owner_of_organisation_before(position, registry)
    if subject is not None:
        return subject
    speaker = context.last_speaker
    if not head and speaker is not None and not speaker.person and not speaker.place \
            and position - context.last_quote_position < _IT_REACH:
        return speaker  # "“…,” a spokesperson for the company said. “…,” it said": the company again
    cited = _cited_organisation(before, context, position)
    for mention in before:
        entity = mention.entity
        if (cited is not None and mention.start <= cited.start) or position - mention.start > 1500 \
                or mention.start < context.section_start:
            break
        if entity and (mention.subject or mention.owns_role or _opens_with_article(
                mention, reporter_sentence_start(registry.reporter_text, mention.start) + 1, registry)) \
                and _may_be_organisation(entity, apposition_allowed=not head):
            return entity  # a newer organisation, the subject of its own sentence or named as
            # someone's employer ("Skyways chief executive Laura Kim"), takes over
    if cited is None and head:
        # "Wells Fargo said … the bank said"; else the one organisation named so far ("Shares in
        # Halden Foods fell after the frozen food maker reported …")
        return _unmarked_subject_before(position, registry) or _only_organisation_before(before)
    return cited.entity if cited else None


_COUNTRY_BODIES = frozenset({"government"})
"""A body each country has: "the government" is the one of the country the article is about (the
one quoted or cited), not the latest "US government" named in passing."""
_IT_REACH = 300
"""How far (characters) after an organisation's quotation a bare "it said" still means it."""
_SPOKES_FOR = re.compile(r"\bspokes(?:person|man|woman)\s+(?:for|at|from)\s+(?:the\s+)?$")
"""A spokesperson for the name right after it ("a spokesperson for ")."""


def _voiced_by_spokesperson(position: int, registry: Registry) -> Entity | None:
    """The one a spokesperson speaks for earlier in the sentence at `position` ("A spokesperson
    for Columbia Drug, which runs 46 pharmacies, said"), when it is no person; else None."""
    for mention in registry.at(reporter_sentence_start(registry.reporter_text, position) + 1, position):
        if mention.entity is not None and not mention.entity.person \
                and _SPOKES_FOR.search(registry.text, max(0, mention.start - 30), mention.start):
            return mention.entity
    return None


def _only_organisation_before(before: list) -> Entity | None:
    """The one organisation the mentions name, or None when they name none or several."""
    named = {id(m.entity): m.entity for m in before if m.entity is not None and m.entity.organisation
             and not m.entity.place}
    return next(iter(named.values())) if len(named) == 1 else None


def _subject_before(position: int, registry: Registry, speaking: bool = True):
    """The mention that is the subject of the sentence before `position` (with `speaking`, or
    the first that speaks in it: "The Met said …" has an article before its name, a subject all
    the same); not an owner's name nor one after a preposition. None when there is none."""
    start = previous_sentence_start(registry, position)
    for mention in registry.at(start, position):
        if mention.entity is None or mention.possessive or mention.after_preposition:
            continue
        if mention.subject or (speaking and mention.speaks) or _opens_with_article(mention, start, registry):
            return mention
    return None


def _opens_with_article(mention: Mention, start: int, registry: Registry) -> bool:
    """An organisation's name opens the sentence starting at `start` with its article, its
    subject all the same ("The National Prosecuting Authority welcomed the conviction.")."""
    return mention.entity.organisation and registry.text[start:mention.start].strip() in ("The", "the")


def group_subject_before(position: int, registry: Registry) -> Entity | None:
    """The group or organisation the sentence before has as its subject, whom a "they" takes up
    ("Parents for Folwell Arts … sent a letter to each board member. “…,” they wrote")."""
    mention = _subject_before(position, registry, speaking=False)
    entity = mention.entity if mention else None
    if entity is None or entity.place or entity.gender in ("m", "f"):
        return None
    return entity if entity.organisation or entity.tokens[0] in lexicon.PEOPLE_NOUNS and entity.tokens[0].endswith("s") else None


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


def speaking_organisation_before(position: int, registry: Registry) -> Entity | None:
    """The organisation the sentence before has as its speaking subject, whose spokesperson a
    bare "a spokesperson said" is ("The Department for Education said 40% of schools were open.
    “…,” a spokesperson said.")."""
    mention = _subject_before(position, registry)
    if mention is None or mention.entity.place or mention.entity.person and not (
            _institution(mention, registry) or _unmarked(mention.entity)):
        return None  # (a name the article tells nothing of a person about: "Harbourline said …")
    between = _APPOSITION_THEN_VERB.match(registry.text, mention.end)
    speaks = mention.speaks or between is not None and between.group(1) in lexicon.SPEECH_VERBS
    return mention.entity if speaks else None


def organisation_named_before(position: int, registry: Registry) -> Entity | None:
    """The one organisation the sentence before names, whatever its part in it, whose
    spokesperson a bare "a spokeswoman said" is ("The canal is run by Scottish Canals, the public
    body … A spokeswoman said …"); None when it names none or several."""
    named = {id(m.entity): m.entity for m in registry.at(previous_sentence_start(registry, position), position)
             if m.entity is not None and m.entity.organisation and not m.entity.place and not m.possessive}
    return next(iter(named.values())) if len(named) == 1 else None


BASED_BODIES = frozenset("club team side company firm airline carrier bank lender startup outfit franchise".split())
"""Bodies that a place name before the noun says where they are based, not what they are called
("the Johannesburg club"; but "the Sindh health department", "the GMB union" are names)."""


def written_as_place(entity: Entity, registry: Registry) -> bool:
    """The article writes the name as a place somewhere: right after "in" ("under contract in Johannesburg")."""
    return any(m.entity is entity and _in_place(m, registry) for m in registry.mentions)


def _in_place(mention: Mention, registry: Registry) -> bool:
    """The mention stands right after "in": a place something is in."""
    return mention.after_preposition and registry.text[max(0, mention.start - 3):mention.start] == "in "


def based_in(place: Entity, registry: Registry) -> Entity | None:
    """The organisation that is the subject of the first sentence writing `place` as a place
    ("Stars issued a statement saying Ntuli remained under contract in Johannesburg")."""
    written = next((m for m in registry.mentions if m.entity is place and _in_place(m, registry)), None)
    if written is None:
        return None
    start = reporter_sentence_start(registry.reporter_text, written.start) + 1
    return next((m.entity for m in registry.at(start, written.start) if m.entity is not None and m.subject
                 and not m.possessive and not m.after_preposition and _may_be_organisation(m.entity)), None)


def _organisation_subject_of_sentence(position: int, registry: Registry) -> Entity | None:
    """The organisation that speaks as the subject of the sentence an "it" stands in ("Transwest
    said it had offered 6.5%, which it described as “fair”"); None when there is none."""
    start = reporter_sentence_start(registry.reporter_text, position) + 1
    for mention in registry.at(start, position):
        entity = mention.entity
        if entity is not None and (mention.subject or _opens_with_article(mention, start, registry)) \
                and mention.speaks and not mention.possessive \
                and not mention.after_preposition and (_may_be_organisation(entity) or not (
                    entity.gender or entity.age or entity.votes or entity.roles or entity.role or entity.place)):
            return entity  # (nothing makes "Transwest Buses" a person: "it" says it is none)
    return None


_OWNED_BODY = re.compile(r"\s*[’']s?((?:\s+[a-z-]+){1,3})")


def _owner_of_organisation_before(position: int, registry: Registry) -> Entity | None:
    """The owner of the organisation the sentence before opens with ("Oman's foreign ministry
    confirmed it would host the talks. It said …": Oman's ministry, named by its owner)."""
    start = previous_sentence_start(registry, position)
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
    return mention.entity if mention is not None and _unmarked(mention.entity) else None


def _unmarked(entity: Entity | None) -> bool:
    """Nothing the article tells of `entity` is told of people or places: no title, job, age,
    gender or he/she ("Yorkshire Water said", where a name of two words is no proof of a person);
    the role its spokesperson's words gave it ("a spokesman said": "spokesman") is none, nor a job
    that firms do too ("The ferry's operator, Visayan Crossing Lines,")."""
    return entity is not None and not (entity.spurious or entity.handle or entity.gender
                                       or entity.role and entity.role.split()[-1].lower() not in lexicon.SPOKES_WORDS
                                       or any(lexicon.is_job_noun(r) and r not in lexicon.ORG_NOUNS for r in entity.roles)
                                       or entity.age or entity.votes or entity.place
                                       or all(t in lexicon.PLACES for t in entity.tokens))


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


def _cited_organisation(before: list, context: Context, position: int):
    """The mention of the nearest organisation the article has quoted or cited before `position`
    (not one it cites only further on), or None."""
    return next((mention for mention in before if mention.entity and not mention.entity.person
                 and context.sources.get(id(mention.entity), position) < position), None)


_INDEFINITE_BEFORE = re.compile(r"(?:^|\W)[Aa]n?\s$")


def earlier_spokes_owner(head: str, position: int, registry: Registry) -> Entity | None:
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


def employer(person: Entity, registry: Registry) -> Entity | None:
    """The organisation the article names right before a job and `person`'s name ("Globex chief
    executive Hank Scorpio"), when it does."""
    for number, mention in enumerate(registry.mentions[:-1]):
        if mention.owns_role and mention.entity is not None and registry.mentions[number + 1].entity is person:
            return mention.entity
    return None


def _head_words(entity: Entity) -> tuple[str, ...]:
    """The words an organisation's name is headed by: its last, and the one before "of" or
    "for" ("Defense Ministry", "Department of Health"), not a word of its complement
    ("Commonwealth Heads of Government Meeting" is no government); or its first, an organisation
    word the name goes on from ("Bank Negara Malaysia", "Police Scotland"); and the last
    organisation word before the complement, wherever it stands ("NZ Transport Agency Waka
    Kotahi", a name given in two languages; "Lagos University Teaching Hospital" is a hospital)."""
    tokens = entity.tokens
    cut = next((i for i, t in enumerate(tokens) if i and t in ("of", "for")), len(tokens))
    last_kind = next((t for t in reversed(tokens[:cut]) if t in lexicon.ORG_WORDS), None) if entity.organisation else None
    heads = tokens[-1:] + (tokens[cut - 1:cut] if cut < len(tokens) else
                           tokens[:1] if len(tokens) > 1 and tokens[0] in lexicon.ORG_WORDS else ())
    heads += tuple(_KIND_OF_HEAD[t] for t in heads if t in _KIND_OF_HEAD)
    return heads + (last_kind,) if last_kind else heads


_KIND_OF_HEAD = {"bancorp": "bank", "bancshares": "bank"}
"""The noun an organisation is called by whose name ends in a word of its own kind ("Lakeview
Bancorp": "the bank")."""


def _may_be_organisation(entity: Entity, apposition_allowed: bool = False) -> bool:
    """Named as an organisation, or by one word with nothing that makes it a person (no title,
    role, age or gender: "Liverpool confirmed …"; with `apposition_allowed`, the role an apposition
    gives: "Unilever, the maker of Dove soap,"), or by any name an "its" followed and nothing
    made a person ("Pinecrest Outdoor cut its forecast")."""
    if entity.spurious or entity.place or all(t in lexicon.PLACES for t in entity.tokens):
        return False
    if entity.neuter and not entity.person and not entity.votes and entity.gender is None and entity.age is None:
        return True
    return entity.organisation or (len(entity.tokens) == 1 and not entity.handle and entity.gender is None
                                   and entity.age is None and (not entity.roles and entity.role is None
                                                                or apposition_allowed and entity.role is not None))
