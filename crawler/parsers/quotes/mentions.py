"""The people and organisations an article names: its mentions linked into entities.

A mention is a name outside quotations (`names` finds them: "Rear Admiral Daniel Hagari",
"Russia's Defense Ministry", "Levitt"). Mentions are linked, in text order, into entities: a
surname or first name joins the entity whose fuller name holds it (the nearest one when several
do, and not one where the word is only part of a compound surname such as "Abu Amer"). Each
entity keeps its fullest name, its role words (apposition and title before the name), an age
and a gender when the article gives them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.document import Unit
from crawler.parsers.quotes.entities import Entity, Mention
from crawler.parsers.quotes.names import HANDLE, NEVER_NAMES, Vocabulary, find_mentions, first_key
from crawler.parsers.quotes.spans import Span

_LOWER_WORD = re.compile(r"\b[a-z][\w-]*")
_VERB_PARTICLES = frozenset("by up down out off in on to that the a an".split())
"""Words after an -ed word that make it a verb ("backed up", "led by"), not an adjective ("retired aerospace")."""
_DESCRIBED_BEFORE = re.compile(r"(?:^|[.,;:!?]\s+|\n)((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]nother|[Aa]n?|[Oo]ne|[A-Z][\w’'-]*[’']s?)"
                               r"\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w-]*),\s*$")
"""A short description set off by a comma right before a name ("Fischer’s mother, ", "Her neighbour, ",
"Another farmer, ", "The company's founder, ")."""
_OFFICE_BEFORE = re.compile(r"(?:^|[.,;:!?]\s+|\n)(?:[Tt]he\s+)?(?P<office>(?P<title>[A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?(?:of|for)\s+"
                            r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,3}[A-Z][\w’'-]*),\s*$")
"""An office set off by a comma before a name ("The Minister for Fisheries, Niamh Gallagher,")."""
_BODY_NOUNS = lexicon.ORG_NOUNS | frozenset("unit subsidiary division arm affiliate".split())
"""Heads of an apposition that make the name before it an organisation."""
_COMPLEMENT = re.compile(r"\s+(?:of|at|for|in|with|from|on)\s")


def _role_head(role: str) -> str:
    """The head noun of a role: its last word before a complement ("head" of "head of the bank",
    "unit" of "Alphabet's self-driving unit")."""
    words = _COMPLEMENT.split(role, 1)[0].split()
    return words[-1].lower() if words else ""


_FINITE_VERBS = frozenset("is are was were has have had will would can could may might must should shall".split())
_PASSIVE_AGENT = re.compile(r"^[a-z]+ed\s+by\s+")
_GERUND = re.compile(r"[a-z]{3,}ing")
_COPULA_ROLE = re.compile(r"^\s+(?:is|was)\s+(?:the|a|an)\s+((?:(?:[A-Z]\.){2,}|[^,.;:()“”\"]){3,100}?)\s*(?:,|\.|;|$)")
"""A role given as a predicate ("X is the head of Y")."""
_INVERTED_SAID = re.compile(r"[,”\"]\s*([a-z]+)\s+$")
"""A speech verb right after a quotation, before the name ("…,” explains X")."""
_AFFILIATION_VERB = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w&’'.-]*\s+){1,4}(?P<verb>[a-z]+)\b")
"""A name's organisation and then the verb the name has as subject ("Kelly Nguyen of Bernstein
wrote"): the name acts, so it is a person's."""
_NAME_AT_END = re.compile(r"[a-z]\s+[A-Z][\w’'-]+$")
_WHO_AFTER = re.compile(r",?\s+who\s")
_KIN_AFTER = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}(?:sons?|daughters?|child|children|kids|husband|wife|"
                        r"partner|parents|mother|father|brothers?|sisters?|grandchildren)\b")
"""A relative "whose" with kin after a name ("Sarah Khan, whose two sons attend …"): a person."""
_KIN_DASH = re.compile(r"\s*[—–]\s*(?=(?:his|her|their)\s+[a-z]+\s*[.,;]|(?:his|her|their)\s+[a-z]+$)")
"""A dash before a kin apposition that ends its clause ("Antonio Reyes — his father.")."""
_WHERE_AFTER = re.compile(r",\s+where\s")
"""A relative clause of place after a name ("Khan Younis, where he met families, …")."""
_AGE_AFTER = re.compile(r"^,\s*(?:(?:now|then|aged)\s+)?(\d{1,3}),")
_WON_AFTER = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:won|wins)\b")
"""A win right after a subject's name, which makes it "the winner"."""
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")
"""An age set before the name ("24-year-old Priya Anand")."""
_ROLE_AFTER = re.compile(r"^,\s*(?:(?:now|then|once|formerly|still)\s+)?(?P<det>(?:a|an|the)\s+)?(?P<role>(?:(?:[A-Z]\.){2,}|[^,.;:()“”\"]){3,250}?)\s*(?:,|\.|;|$| said| says| told)")
"""An apposition after a name, up to its comma ("U.S." and "U.K." do not end it), also one
placed in time (", now a professor of chemistry at Leeds,")."""
_SUBJECT_AFTER = re.compile(r"^,\s*(?:a|an|the)\s+[^,.;:()“”\"]{3,60}?\s(?:said|says|told)\b")
"""A noun phrase and its speech verb after the comma: the subject of the sentence, no apposition."""
_ADJECTIVES_ROLE = re.compile(r"^,\s*(?P<det>a|an)\s+(?P<role>[a-z][\w-]*,\s*[^,.;:()“”\"]{3,100}?)\s*(?:,|\.|;|$| said| says| told)")
"""An apposition whose adjectives a comma splits ("a queer, Native advocate in Helena")."""
_OWNED_ROLE = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[’']s\s+[a-z]")
"""A role owned by a named organisation ("Al Jazeera's manager of communications")."""
_TIME_OPENER = re.compile(r"^(?:(?:last|this|next|on|in|early|late)\s+)?(?:week|month|year|night|morning|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+", re.I)
"""A time phrase opening the clause before a name ("Last week State Department official X")."""
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|that|whose)\s.*$")
_MODALS = frozenset("to will would can could may might must should did does do".split())
_CLAUSE_STOP = re.compile(r"\. |[“”\"«»„]")
_CONNECTOR_WORDS = frozenset("of for and the".split())
"""Words an acronym skips ("Centers for Disease Control" -> CDC)."""
_KINDS = lexicon.ORG_NOUNS - {"state", "city", "region", "province", "country", "municipality"}
"""An organisation's kind, which right before a name ("the carmaker Norvik", "rival airline
Skyway") says it is no person's (not a place's: "the city", "the state")."""


def _last_word(text: str) -> str:
    """The last word of `text`, as written."""
    words = text[-24:].split()
    return words[-1] if words else ""

_KIN_BEFORE = re.compile(r"(?:^|[.,;:!?]\s+|\n|\band\s+)(?:[Hh]is|[Hh]er|(?P<owner>[A-Z][\w’'-]*)[’']s?)\s+"
                         r"(?:(?:late|eldest|elder|older|younger|youngest)\s+)?(?P<kin>[a-z]+),\s*$")
"""A relation set off before a given name ("His father, ", "Mr Owen's wife, ", "and her husband, "):
the relative of the person the sentence is about, or of the name that owns the relation."""
_COMPARED_BEFORE = re.compile(r"\b(elder|older|younger|eldest|oldest|youngest)\s+$", re.I)
"""A comparison that tells bearers of one surname apart ("the older Vance")."""


def _comparison(context_before: str) -> str:
    """The comparing word right before a name ("elder" in "the elder Drake"), lower-cased, or ""."""
    compared = _COMPARED_BEFORE.search(context_before[-16:])
    return compared.group(1).lower() if compared else ""
_WHOSE_CLAUSE = re.compile(r"\s*,\s*whose\s[^,.;“”\"]*,")
"""A relative clause on someone the name owns ("Janet Cole, whose father lived there until his
death, wrote"): its pronouns are that someone's."""
_REFLEXIVE_AFTER = re.compile(r"\s+(?:himself|herself)\b", re.I)
_NAME_AFTER_WORD = re.compile(r"\b([a-z]+)\s+[A-Z][a-z]")
"""A capitalised word after a lower-case one: another name in the clause, unless a preposition
or an article puts it in a phrase ("of Acme", "the Met")."""
_THAT_CLAUSE = re.compile(r"\bthat\s+")
"""A "that" opening a clause: a pronoun in it is the name's only as that clause's subject ("X
said that she …"), not after a subject of its own."""
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|added|argued|claimed|insisted|told\s+\w+)\s+(?:the|a|an)\s+((?:[a-z-]+\s+){1,2})")
"""A speech verb and a reported clause's subject after it, with no "that" (a person when one of
its words is a person's noun: "the older brother", not "the week")."""
_PRONOUN_AFTER = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.I)
_OBJECT_OWNER = re.compile(r"(?:\s*,[^,.;“”\"]{1,60},)?\s*(?:[a-z]+\s+){0,2}?[a-z]+ed\s+(?:her|his)\s")
"""A possessive right after the clause's past verb, an apposition before it or not ("Paulsen, a
Republican, had attacked her plans", "dismissed her figures"): the owner of the object, who may
be the subject or a person named before."""
_PRONOUN_SUBJECT = re.compile(r"\s*(?:he|she|they|I|we)\s")
"""A subject pronoun right after an apposition: the apposition describes it."""
_ITS_AFTER = re.compile(r"\s+(?:(?:has|had|have|also|again)\s+)?(?P<verb>[a-z]+)\s+its\b")
"""A verb and "its" right after a subject's name ("Stellantis cut its forecast")."""


def _is_org(words: tuple[str, ...], text: str) -> bool:
    if any(w in lexicon.ORG_WORDS for w in words) or len(words) > 1 and words[-1] in lexicon.PLACE_NOUNS:
        return True  # (a county, city or district that speaks is its government: "Broward County says")
    if " & " in text:
        return True  # "Florida Power & Light", "Procter & Gamble": no person's name holds an ampersand
    return len(words) == 1 and len(text) > 1 and text.isupper()


_OWNER_PRONOUN_BEFORE = re.compile(r"\b([Hh]er|[Hh]is)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*$")
"""A description owned by a pronoun, set before a name ("Her co-star, ")."""


def _owner_gender(context_before: str) -> str | None:
    """"f" or "m" for the owner of the description right before a name ("Her co-star, Tom
    Hennessy": someone else's "her", whose later "her" is that owner's, not his)."""
    owner = _OWNER_PRONOUN_BEFORE.search(context_before[-60:])
    return None if owner is None else "f" if owner.group(1).lower() == "her" else "m"


def clause_gender(following: str) -> str | None:
    """"m" or "f" when a he/his/himself or she/her/herself follows in the same clause ("Salah
    himself was more modest"); None when the first is "him": an object pronoun is someone else
    ("Kemi Badenoch accused him of breaking his promises" says nothing of her). A clause of
    another name's ("Brennan suggested that Alvarez had acted on her own") ends the search:
    its pronoun is that name's."""
    whose = _WHOSE_CLAUSE.match(following)
    start = whose.end() if whose else 0
    stop = _CLAUSE_STOP.search(following, start)
    pronoun = _PRONOUN_AFTER.search(following, start, stop.start() if stop else len(following))
    if pronoun is None or pronoun.group(1).lower() == "him":
        return None
    if any(m.group(1) not in lexicon.PREPOSITIONS and m.group(1) not in ("the", "a", "an")
           for m in _NAME_AFTER_WORD.finditer(following, start, pronoun.start())):
        return None
    that = _THAT_CLAUSE.search(following, start, pronoun.start())
    if that and that.end() != pronoun.start():
        return None  # "Lyle argued that the narrative risked overstating her importance": the clause's own subject
    reported = _REPORTED_SUBJECT.search(following, start, pronoun.start())
    if reported and any(lexicon.is_role_noun(w) or w in lexicon.PEOPLE_NOUNS for w in reported.group(1).split()):
        return None  # "Rahman said the older brother had recruited his sibling": the same, no "that"
    return "m" if pronoun.group(1).lower() in ("he", "his", "himself") else "f"


def _plausible_role(text: str) -> bool:
    """A job title or description ("chief economist at X"), not a clause ("said in an email")."""
    words = text.lower().split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    if len(words) > 1 and words[0] == "former":
        words = words[1:]
    if words and words[0].endswith("ed") and (len(words) == 1 or words[1] in _VERB_PARTICLES):
        return False  # a verb ("…, led TNO to conclude", "…, backed up that assessment")
    if words and (words[-1] in lexicon.FUNCTION_WORDS or words[-1] in lexicon.PREPOSITIONS):
        return False  # a phrase cut before its noun ("several of")
    if any(w in _FINITE_VERBS for w in words[:3]):
        return False  # a clause ("To LeBron James, triple-doubles are not a goal")
    return bool(words) and len(words) <= 14 and words[0] not in lexicon.FUNCTION_WORDS \
        and words[0] not in lexicon.PREPOSITIONS and not words[0].endswith(("ly", "ing")) \
        and not any(w in lexicon.SPEECH_VERBS for w in text.split() if w.islower())  # not "State"


def _named_role(text: str) -> bool:
    """An organisation's name before a lower-case job word ("Wikileaks editor-in-chief")."""
    words = text.split()
    return len(words) > 1 and words[-1].islower() and words[0][0].isupper() \
        and first_key(words[0]) not in NEVER_NAMES and bool(lexicon.JOB_ENDING.search(words[-1]))


def _title_gender(titles: list[str]) -> str | None:
    """"m" or "f" when a title before a name says so ("Sir", "Lady"), else None."""
    keys = {t.lower().rstrip(".") for t in titles}
    if keys & lexicon.MALE_CUES:
        return "m"
    return "f" if keys & lexicon.FEMALE_CUES else None


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two short words."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


class Registry:
    """Entities of one article, built from its mentions in text order."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        """The whole document text the offsets point into."""
        self.reporter_text = text
        """`text` with every quoted span blanked, marks included (same offsets): the reporter's
        own sentences, whatever the house style of quotation marks."""
        self.mentions: list[Mention] = []
        self.entities: list[Entity] = []
        self.by_token: dict[str, list[Entity]] = {}

    def add(self, mention: Mention, titles: list[str], following: str, context_before: str) -> None:
        """Link `mention` to an entity (creating or widening one) and record roles from its context."""
        kin = self._relation(mention, context_before)
        if kin is not None:  # "His father, Patrick,": Patrick McHugh, a father (a man)
            relative = kin[0]
            mention.text = f"{mention.text} {relative.name.split()[-1]}"
            mention.tokens += (relative.tokens[-1],)
        tokens = mention.tokens
        owner = _owner_gender(context_before)
        pronoun = clause_gender(following) if mention.subject else None
        if pronoun and _OBJECT_OWNER.match(following) and self._may_own(pronoun, tokens):
            pronoun = None  # "Paulsen had attacked her plans" after the woman whose plans they are
        gender = (None if pronoun == owner else pronoun) or _title_gender(titles)
        entity = self._acronym_of(mention, context_before) or self._initials_of(mention) or self._link(
            tokens, mention, gender, titles, _comparison(context_before))
        if mention.surname_only and (entity is None or entity.tokens[-1] != tokens[0]):
            return  # a title word ("King") names someone only when a person has it as surname
        if entity is not None and entity.gender and _title_gender(titles) not in (None, entity.gender):
            entity = None  # "Lady Starmer" is not "Sir Keir Starmer"
        next_words = following.lstrip(" ,").split(" ", 2)
        next_word = next_words[0].lower().strip(",.;:")
        if len(next_words) > 1 and next_words[1] in ("was", "is", "were", "are", "has", "had"):
            next_word = ""  # "Reddit post was …": a noun, not "Reddit posted"
        if entity is None and len(tokens) == 1 and next_word in lexicon.SPEECH_VERBS:
            entity = self._misspelt(tokens[0])
        if entity is None:
            entity = Entity(mention.text, tokens, False, surname_inferred=kin is not None)
            self.entities.append(entity)
            for token in tokens:
                self.by_token.setdefault(token, []).append(entity)
        elif len(tokens) > len(entity.tokens) and set(entity.tokens) <= set(tokens) \
                and not (entity.organisation and tokens[:len(entity.tokens)] == entity.tokens
                         and tokens[len(entity.tokens)] not in ("of", "for")):
            # (an organisation is not widened by words after its name, "Acme One" is a channel of
            # Acme, but it is by its complement: "Police Federation of England and Wales")
            for token in set(tokens) - set(entity.tokens):
                self.by_token.setdefault(token, []).append(entity)
            entity.name, entity.tokens = mention.text, tokens
        elif len(tokens) < len(entity.tokens):
            entity.evidence += 1
            entity.short_names.add(tokens)
        entity.last = mention.start
        if len(tokens) == 1 and HANDLE.fullmatch(mention.text.lower()):
            entity.handle = True
            if mention.text.islower():
                entity.name = mention.text  # a handle as its owner spells it, not sentence-capitalised
        entity.organisation = entity.organisation or _is_org(tokens, mention.text) \
            or not titles and context_before[-1:] == " " and _last_word(context_before) in _KINDS
        entity.numbered = entity.numbered or mention.numbered
        if titles:
            entity.evidence += 2
        inverted = _INVERTED_SAID.search(context_before[-30:])
        affiliated = _AFFILIATION_VERB.match(following)
        if next_word in lexicon.SPEECH_VERBS and not context_before.rstrip().lower().endswith(" the") \
                or inverted and inverted.group(1).lower() in lexicon.SPEECH_VERBS \
                or affiliated and affiliated.group("verb") in lexicon.SPEECH_VERBS and len(tokens) > 1:
            entity.evidence += 1  # "X said" / "…,” said X" / "Kelly Nguyen of Bernstein wrote"
        if kin is not None:
            entity.roles.add(kin[1])
        elif len(tokens) > 1:
            entity.surname_inferred = False  # "Karim Haddad, who now runs …": written in full
        mention.entity = entity
        self.mentions.append(mention)
        self._learn(entity, mention, titles, following, context_before, pronoun)

    def _relation(self, mention: Mention, context_before: str) -> tuple[Entity, str] | None:
        """The relative and the family relation a lone given name is set after ("His father,
        Patrick, 78,"): the name owning the relation, or for "his"/"her" the latest person named
        in full. The given name then takes the relative's surname, "Patrick McHugh", whom "the
        older McHugh" and "Mr McHugh" can name, rather than the son."""
        kin = _KIN_BEFORE.search(context_before[-60:]) if len(mention.tokens) == 1 else None
        if kin is None or kin.group("kin") not in lexicon.KIN_NOUNS:
            return None
        owner = kin.group("owner")
        relatives = [m.entity for m in reversed(self.mentions) if m.entity is not None
                     and len(m.entity.tokens) > 1 and not m.entity.organisation
                     and (owner is None or first_key(owner) in m.entity.tokens)]
        if not relatives or mention.tokens[0] in relatives[0].tokens:
            return None
        return relatives[0], kin.group("kin")

    def _acronym_of(self, mention: Mention, context_before: str) -> Entity | None:
        """The organisation an acronym in brackets right after its name stands for ("the
        Israel Defense Forces (IDF)"); the acronym then refers to it wherever it is used."""
        if not (mention.text.isupper() and mention.text.isalpha() and len(mention.text) > 1
                and context_before.endswith("(") and self.mentions and mention.start - self.mentions[-1].end <= 3):
            return None  # (not a party and state tag: "Rep. Brian Babin (R-TX)")
        entity = self.mentions[-1].entity
        if entity is not None and len(entity.tokens) > 1:
            entity.aliases.add(mention.tokens[0])
            self.by_token.setdefault(mention.tokens[0], []).append(entity)
            return entity
        return None

    def _initials_of(self, mention: Mention) -> Entity | None:
        """The organisation named earlier in full whose initials an unknown acronym spells ("the
        ICO" after "the Information Commissioner’s Office"), when only one does."""
        text = mention.text
        if not (text.isupper() and text.isalpha() and 2 < len(text) < 7) or mention.tokens[0] in self.by_token:
            return None
        spelt = [e for e in self.entities if e.organisation and len(e.tokens) == len(text) + sum(
            t in _CONNECTOR_WORDS for t in e.tokens) and "".join(t[0] for t in e.tokens if t not in _CONNECTOR_WORDS)
            == text.lower()]
        if len(spelt) != 1:
            return None
        spelt[0].aliases.add(mention.tokens[0])
        self.by_token.setdefault(mention.tokens[0], []).append(spelt[0])
        return spelt[0]

    def _misspelt(self, token: str) -> Entity | None:
        """A named person whose surname this unknown word evidently misspells ("Jensen" after
        "Nathan Janzen"): same initial, length within one, at most two letters changed."""
        if len(token) < 5 or token in lexicon.PLACES:
            return None
        best = None
        for entity in reversed(self.entities):
            surname = entity.tokens[-1]
            if len(entity.tokens) < 2 or entity.organisation or surname[0] != token[0] \
                    or abs(len(surname) - len(token)) > 1:
                continue
            if _edit_distance(surname, token) <= 2:
                if best is not None:
                    return None
                best = entity
        return best

    def _link(self, tokens: tuple[str, ...], mention: Mention, gender: str | None = None,
              titles: list[str] = (), compared: str = "") -> Entity | None:
        """The entity `tokens` name: the fullest match, the nearest on a tie; of two bearers of a
        surname, one whose gender the clause's pronoun ("Fischer says, his …") does not contradict,
        and one the article already gave the same title ("Mrs Pickering" again is the mother the
        article called so, not the daughter named since). `compared`: the name follows "the
        older" or the like, which tells one bearer from another, so the surname alone ("Vance")
        the article used for one of them says nothing."""
        keys = {lexicon.TITLE_EXPANSIONS.get(k, k) for k in (t.lower().rstrip(".") for t in titles)} if titles else set()
        best, best_score = None, -1
        scored: list[tuple[float, Entity]] = []
        wanted = set(tokens)
        place = len(tokens) == 1 and tokens[0] in lexicon.PLACES
        candidates: dict[int, Entity] = {}
        for token in tokens:
            for entity in self.by_token.get(token, ()):
                candidates[id(entity)] = entity
        for entity in candidates.values():
            if (place or len(entity.tokens) == 1 and entity.tokens[0] in lexicon.PLACES) \
                    and entity.tokens != tokens:
                continue
            have = set(entity.tokens) | entity.aliases
            if not (wanted <= have or (len(tokens) > 1 and have <= wanted)):
                continue
            if "of" in entity.tokens[1:] and len(tokens) < len(entity.tokens) \
                    and all(t in entity.tokens[entity.tokens.index("of"):] for t in tokens):
                continue  # "Lesotho" is not the "Constitution of Lesotho"
            score = 1
            if entity.tokens == tokens:
                score = 5
            elif entity.tokens[-len(tokens):] == tokens:
                score = 4
                before = entity.tokens[-len(tokens) - 1] if len(entity.tokens) > len(tokens) else ""
                if before in lexicon.NAME_PARTICLES:
                    score = 2
            elif entity.tokens[:len(tokens)] == tokens:
                score = 3.25 if entity.organisation else 3  # "Corvid": Corvid Systems, not the Corvid Fold
            if entity.surname_inferred and not compared and len(tokens) < len(entity.tokens):
                score -= 0.5  # "Haddad" is Nadia Haddad, not "Her husband, Karim,"
            if gender and entity.gender and entity.gender != gender:
                score -= 1  # (a whole point: a shared surname goes to the bearer of that gender)
            if keys and keys & entity.roles:
                score += 0.5
            if not compared and len(tokens) < len(entity.tokens) and tokens in entity.short_names \
                    and entity.tokens[-len(tokens):] == tokens:
                score += 0.25  # "Pryce" again is the one the article has called "Pryce", not "Dai Pryce"
            if (score, entity.last) > (best_score, -1 if best is None else best.last):
                best, best_score = entity, score
            scored.append((score, entity))
        aged = [e for score, e in scored if score == best_score and e.age]
        if compared and len(aged) > 1:
            # "the elder Drake" of a grandfather of 64 and a grandson of 15: the ages decide
            pick = max if compared in ("elder", "older", "eldest", "oldest") else min
            return pick(aged, key=lambda e: int(e.age))
        return best

    def _may_own(self, gender: str, tokens: tuple[str, ...]) -> bool:
        """A person named before, by a name of two words or more, who may be of `gender`: the
        owner an object's possessive may point back to, rather than the subject's gender."""
        return any(len(e.tokens) > 1 and not e.organisation and e.gender in (None, gender)
                   and e.tokens[-1] != tokens[-1] for e in self.entities)

    @staticmethod
    def _learn(entity: Entity, mention: Mention, titles: list[str], following: str,
               context_before: str, pronoun: str | None) -> None:
        """Roles, age, gender and person evidence from the words around `mention`;
        `pronoun` is `clause_gender(following)` for a subject (None for others), which `add`
        has read already."""
        copula = _COPULA_ROLE.match(following)
        if copula and not entity.role:
            # "Abu Amer is the head of the Palestinian Dialogue Group"
            role = _RELATIVE_CLAUSE.sub("", copula.group(1).strip())
            if _plausible_role(role) and not role.split()[0].endswith(("ed", "ing")):
                entity.role = role
        if not titles and following[:1] != "," and len(mention.tokens) < len(entity.tokens):
            # a surname again ("Levitt said"): only a pronoun after it can teach something
            Registry._vote(entity, mention, following, pronoun, _owner_gender(context_before))
            return
        for title in titles:
            key = title.lower().rstrip(".")
            entity.roles.add(lexicon.TITLE_EXPANSIONS.get(key, key))
            if key in lexicon.MALE_CUES:
                entity.gender = entity.gender or "m"
            elif key in lexicon.FEMALE_CUES:
                entity.gender = entity.gender or "f"
        if titles and not entity.role and not all(t.lower().rstrip(".") in lexicon.HONORIFICS for t in titles):
            entity.role = " ".join(titles)  # an office ("Foreign Secretary"), not "Sir" or "Mr"
        clause_before = context_before[max(context_before.rfind(","), context_before.rfind(". "),
                                           len(context_before) - 80) + 1:]
        role_words = _LOWER_WORD.findall(clause_before)[-5:]
        if role_words and clause_before.split()[-1] in lexicon.PREPOSITIONS:
            role_words = []  # "the son of Margaret Whitfield": the son is someone else
        for word in role_words:
            if word not in lexicon.FUNCTION_WORDS and word not in lexicon.SPEECH_VERBS:
                entity.roles.add(word)
        described = _DESCRIBED_BEFORE.search(context_before) if not clause_before.strip() else None
        if described:  # "Fischer’s mother, Adrianne Fischer, …": the description before the name
            words = [w for w in _LOWER_WORD.findall(described.group(1)) if w not in lexicon.FUNCTION_WORDS]
            entity.roles.update(words)
            if words and lexicon.is_role_noun(words[-1]):
                entity.evidence += 1  # "Another farmer, Jim Hale, …", "The company's founder, Bill Roe, …": a person's job
        office = _OFFICE_BEFORE.search(context_before[-80:]) if not clause_before.strip() else None
        if office and office.group("title").lower() in lexicon.TITLES:
            # the office's words, which "the minister" later repeats
            entity.role = entity.role or office.group("office")
            entity.roles.update(w.lower() for w in office.group("office").split() if w.lower() not in lexicon.FUNCTION_WORDS)
            entity.evidence += 1
        before_words = clause_before.split()
        last_before = before_words[-1] if before_words else ""
        word_before_that = before_words[-2].lower() if len(before_words) > 1 else ""
        if _LOWER_WORD.fullmatch(last_before) and word_before_that not in _MODALS and lexicon.is_role_noun(last_before):
            entity.evidence += 1  # "striker Smith", "coach Smith"; not "beat Chelsea"
        if role_words and not entity.role:
            tail = _TIME_OPENER.sub("", context_before.split(",")[-1].split(".")[-1].strip(" ”\"’"))
            tail = _PASSIVE_AGENT.sub("", tail)  # "led by freelance developer Jill Binder"
            if tail and (tail[0].islower() or _named_role(tail)) and len(tail.split()) <= 6 \
                    and _plausible_role(tail):
                entity.role = tail
        if _WHO_AFTER.match(following) or _KIN_AFTER.match(following):
            entity.evidence += 1  # "John Roe, who has farmed here": "who" is said of people, as is "whose sons"
        dash = _KIN_DASH.match(following)
        if dash:  # "… coach Antonio Reyes — his father.": an apposition set off by a dash
            following = ", " + following[dash.end():]
            pronoun = clause_gender(following) if mention.subject else None
        if mention.subject and _WON_AFTER.match(following):
            entity.roles.add("winner")  # "Pieter van Rensburg won the stage … “…,” the winner said"
        aged = _AGE_BEFORE.search(context_before[-16:])
        if aged:  # "24-year-old Priya Anand"
            entity.age = aged.group(1)
            entity.evidence += 2
        age = _AGE_AFTER.match(following) if following[:1] == "," else None
        if age:
            entity.age = age.group(1)
            entity.evidence += 2
        elif following[:1] == "," and not (mention.in_phrase and _SUBJECT_AFTER.match(following)):
            # (not "Speaking in the Commons, the Conservative MP said": that is the subject)
            apposition = _ROLE_AFTER.match(following)
            role_words = apposition.group("role").split() if apposition else []
            clause = any(w.endswith("ed") and w.islower() for w in role_words[1:4]) and not any(
                w in ("who", "which", "that") for w in role_words)
            if apposition and len(role_words) == 1 and _ADJECTIVES_ROLE.match(following):
                # "a queer, Native advocate in Helena": adjectives split by a comma
                apposition = _ADJECTIVES_ROLE.match(following)
                role_words = apposition.group("role").split()
            described = apposition is not None and (
                apposition.group("role")[0].islower() or apposition.group("role")[0].isdigit()
                or apposition.group("det") is not None or _OWNED_ROLE.match(apposition.group("role"))) \
                and not _PRONOUN_SUBJECT.match(following, apposition.end())
            # (not "Growing up in Birmingham, the daughter of …, she was told": the pronoun's)
            if described and not clause:
                first_word = role_words[0]
                verb_like = first_word.endswith(("ed", "ing")) or (
                    first_word.endswith("s") and not first_word.endswith(("ss", "us", "is")))
                if apposition.group("det") or (
                        first_word not in lexicon.FUNCTION_WORDS and not verb_like):
                    entity.evidence += 1
                role = _RELATIVE_CLAUSE.sub("", apposition.group("role").strip())
                if role.startswith("whose "):
                    role = ""  # "Sophie Marlow, whose son Leo, 4, …": the son's, not hers
                listed = following[apposition.end():].lstrip(" ,").startswith("and ") \
                    and _NAME_AT_END.search(role)  # "A, singer McDonald, and C": a list of people
                if _plausible_role(role) and not listed:
                    entity.role = entity.role or re.sub(r"^(?:a|an|the)\s+", "", role)
                    if _role_head(role) in _BODY_NOUNS:
                        entity.organisation = True  # "Waymo, Alphabet's self-driving unit,": a body, no person
                entity.roles.update(w.lower() for w in re.findall(r"[A-Za-z][\w-]*", role)
                                    if w.lower() not in lexicon.FUNCTION_WORDS)
        if not entity.roles.isdisjoint(lexicon.FEMALE_CUES):
            entity.gender = entity.gender or "f"
        elif not entity.roles.isdisjoint(lexicon.MALE_CUES):
            entity.gender = entity.gender or "m"
        Registry._vote(entity, mention, following, pronoun, _owner_gender(context_before))

    @staticmethod
    def _vote(entity: Entity, mention: Mention, following: str, pronoun: str | None,
              owner: str | None = None) -> None:
        """A he/his/him or she/her later in a subject's clause (`pronoun`, see `_learn`) votes
        for its gender, an "its" after its verb for none; a "where" after it makes it a place,
        and its clause's he or she someone else ("Khan Younis, where he met families"); not a
        pronoun of the gender of the owner its description was given ("Her co-star, Tom
        Hennessy, remembers her …")."""
        if _WHERE_AFTER.match(following):
            entity.place = True
            return
        vote = None if pronoun == owner else pronoun
        neuter = _ITS_AFTER.match(following) if mention.subject else None
        if neuter and neuter.group("verb") not in lexicon.FUNCTION_WORDS \
                and neuter.group("verb") not in lexicon.PREPOSITIONS:
            entity.neuter += 1
        if vote:
            entity.votes[vote] = entity.votes.get(vote, 0) + 1
            entity.evidence += 1

    def finish(self) -> None:
        """Decide who is a person and settle genders, once every mention is in."""
        self.mentions.sort(key=lambda m: m.start)  # (already in text order: `at` and `before` bisect it)
        counts: dict[int, int] = {}
        plain_openers: dict[int, int] = {}  # uses opening a sentence, not speaking, not described
        for mention in self.mentions:
            counts[id(mention.entity)] = counts.get(id(mention.entity), 0) + 1
            if mention.initial and not mention.speaks and not mention.described and not mention.text.isupper() \
                    and not _REFLEXIVE_AFTER.match(self.text, mention.end):  # ("Salah himself was …": a person)
                plain_openers[id(mention.entity)] = plain_openers.get(id(mention.entity), 0) + 1
        for mention in self.mentions:
            entity = mention.entity
            if len(entity.tokens) == 1 and plain_openers.get(id(entity)) == counts[id(entity)] \
                    and (counts[id(entity)] == 1 or _GERUND.fullmatch(entity.tokens[0])) \
                    and not entity.neuter and not entity.organisation:
                # a capitalised sentence opener used once ("Influenced"), or a gerund that only
                # ever opens sentences ("Breathing tests showed …", "Breathing in mold …")
                entity.spurious = True
        for entity in self.entities:
            if entity.numbered and entity.age is None and (len(entity.tokens) == 1 or entity.gender is None and not entity.votes):
                entity.organisation = True  # a score or a number after it, and no age, or one word only
            place = entity.place or all(t in lexicon.PLACES for t in entity.tokens)
            neuter = entity.neuter and not entity.votes and entity.gender is None and entity.age is None
            thing = entity.organisation or place or "of" in entity.tokens or neuter  # "Constitution of Lesotho"
            entity.person = entity.evidence > 0 and not thing and not entity.spurious
            entity.maybe_person = (len(entity.tokens) > 1 or entity.handle) and not thing
            if entity.gender is None and entity.votes:
                male, female = entity.votes.get("m", 0), entity.votes.get("f", 0)
                if male != female:
                    entity.gender = "m" if male > female else "f"

    def before(self, position: int) -> list[Mention]:
        """Mentions that start before `position`, nearest first."""
        first = _first_at(self.mentions, position)
        return self.mentions[first - 1::-1] if first else []  # (a slice from -1 would be all of them)

    def after(self, position: int) -> list[Mention]:
        """Mentions that start at or after `position`, nearest first."""
        return self.mentions[_first_at(self.mentions, position):]

    def text_after(self, mention: Mention, length: int) -> str:
        """The document text right after `mention`."""
        return self.text[mention.end:mention.end + length]

    def at(self, start: int, end: int) -> list[Mention]:
        """Mentions inside the document range [start, end)."""
        return self.mentions[_first_at(self.mentions, start):_first_at(self.mentions, end)]


def _first_at(mentions: list[Mention], position: int) -> int:
    """Index of the first mention starting at or after `position` (mentions are in text order)."""
    return bisect_left(mentions, position, key=lambda m: m.start)


def _blank_quotations(text: str, units: list[Unit], spans: dict[int, list[Span]]) -> str:
    """`text` with each quoted span and its marks turned into spaces: single marks count as
    quotation marks only where `spans` read them so, which a pattern over the text cannot tell."""
    pieces, done = [], 0
    for index, unit_spans in sorted(spans.items()):
        for span in unit_spans:
            start = max(units[index].start + span.start - 1, done)
            end = units[index].start + span.end + (1 if span.closed else 0)
            pieces += [text[done:start], " " * (end - start)]
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def build_registry(units: list[Unit], spans: dict[int, list[Span]], sources: set[int]) -> Registry:
    """People and organisations named outside quotations; `sources` gets the ids of those the
    article presents as speaking ("X said") or as a source ("according to X")."""
    registry = Registry("\n".join(u.text for u in units))
    registry.reporter_text = _blank_quotations(registry.text, units, spans)
    vocabulary = Vocabulary(registry.text)
    # names after the last quotation (and the paragraph that follows it) attribute nothing
    last = max((i for i, u in enumerate(units) if u.kind == "quote" or spans.get(i)), default=-1)
    for index, unit in enumerate(units[:last + 2]):
        if unit.kind in ("title", "heading", "pullquote"):
            continue
        if unit.kind == "quote":
            if unit.speaker:
                for mention, titles in find_mentions(unit.speaker, unit.start, [], vocabulary):
                    registry.add(mention, titles, ", " + (unit.role or ""), "")
                    mention.entity.evidence += 1
                    mention.entity.role = unit.role or mention.entity.role  # signed: its own words
            continue
        skip = [(unit.start + s.start, unit.start + s.end) for s in spans.get(index, [])]
        for mention, titles in find_mentions(unit.text, unit.start, skip, vocabulary):
            if " " not in mention.text and (mention.initial and not mention.speaks and not mention.described
                                            or mention.text.lower() in lexicon.PEOPLE_NOUNS) \
                    and vocabulary.in_lower_case(mention.text) and not HANDLE.fullmatch(mention.text.lower()) \
                    or " " not in mention.text and mention.initial and mention.text.lower() in lexicon.PEOPLE_NOUNS:
                continue  # a common noun capitalised at a sentence start ("Teachers chanted", "Neighbours described")
            local_start = mention.start - unit.start
            local_end = mention.end - unit.start
            following = unit.text[local_end:local_end + 160]
            if following.startswith(("’s", "'s", "‘s")):
                following = following[2:]
            before = unit.text[max(0, local_start - 120):local_start]
            registry.add(mention, titles, following, before)
            if mention.entity is None:
                continue
            after = following[:30].split()
            if before.lower().endswith(("according to ", "per ", "according to the ", "per the ")) or \
                    (after and after[0].lower().strip(",.") in lexicon.SPEECH_VERBS):
                sources.add(id(mention.entity))
    registry.finish()
    return registry
