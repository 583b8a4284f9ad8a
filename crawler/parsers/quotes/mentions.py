"""The people and organisations an article names: its mentions linked into entities.

A mention is a name outside quotations (`names` finds them: "Rear Admiral Daniel Hagari",
"Russia's Defense Ministry", "Levitt"). Mentions are linked, in text order, into entities: a
surname or first name joins the entity whose fuller name holds it (the nearest one when several
do, and not one where the word is only part of a compound surname such as "Abu Amer"). Each
entity keeps its fullest name, its role words (apposition and title before the name), an age
and a gender when the article gives them (`entity_evidence` reads those from a mention's context).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.document import Unit
from crawler.parsers.quotes.entities import Entity, Mention
from crawler.parsers.quotes.entity_evidence import (WHO_AFTER, clause_gender, learn_from_context, owner_gender,
                                                     role_head, without_titles)
from crawler.parsers.quotes.lexicon import first_key
from crawler.parsers.quotes.names import HANDLE, PREFIXED_HANDLE, Vocabulary, find_mentions, spells, spells_syllables
from crawler.parsers.quotes.spans import QUOTATION_OPENERS, Span


_GERUND = re.compile(r"[a-z]{3,}ing")
_INVERTED_SAID = re.compile(r"[,”\"]\s*([a-z]+)\s+$")
"""A speech verb right after a quotation, before the name ("…,” explains X")."""
_AFFILIATION_VERB = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w&’'.-]*\s+){1,4}(?P<verb>[a-z]+)\b")
"""A name's organisation and then the verb the name has as subject ("Kelly Nguyen of Bernstein
wrote"): the name acts, so it is a person's."""
_CONNECTOR_WORDS = frozenset("of for and the".split())
"""Words an acronym skips ("Centers for Disease Control" -> CDC)."""
_KINDS = lexicon.ORG_NOUNS - {"state", "city", "region", "province", "country", "municipality"}
"""An organisation's kind, which right before a name ("the carmaker Norvik", "rival airline
Skyway") says it is no person's (not a place's: "the city", "the state")."""


def _last_word(text: str) -> str:
    """The last word of `text`, as written."""
    words = text[-24:].split()
    return words[-1] if words else ""

_KIN_BEFORE = re.compile(r"(?:^|[.,;:!?][”\"’']?\s+|\n|\band\s+)(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>[A-Z][\w’'-]*)[’']s?)\s+"
                         r"(?:(?:late|eldest|elder|older|younger|youngest)\s+)?(?P<kin>[a-z]+),\s*(?:(?:former|late)\s+)?$")
"""A relation set off before a given name ("His father, ", "Mr Owen's wife, ", "and her husband, ",
a said-clause's "…,” his daughter, "):
the relative of the person the sentence is about, or of the name that owns the relation."""
_NICKNAME_BEFORE = re.compile(r"\b(?:calls?|known\s+as|nicknamed)\s+$")
"""The words that give someone's nickname right before it ("whom everyone calls ", "known as ")."""
_OPENING_RELATION = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)(?:His|Her|Their)\s+(?:(?:late|eldest|elder|older|younger|youngest)\s+)?"
                               r"(?P<kin>[a-z]+),\s*\Z")
"""A family relation opening a sentence and set off before a name ("His son, ")."""
_VOWEL = re.compile(r"[aeiouyà-æè-ïò-öø-ÿ]", re.I)
"""A vowel, accented ones too ("Bríd", "Séan")."""
_KIN_OF = re.compile(r"\b[a-z]+\s+(?:his|her|[A-Z][\w’'-]*[’']s?)\s+(?:(?:late|eldest|elder|older|younger|youngest)\s+)?"
                     r"(?P<kin>[a-z]+)(?:\s+and\s+[a-z]+)?,?\s+$")
"""A relation inside another's clause right before a full name ("from his nephew ", "with her
husband, ", "by his father and agent, "), not opening a clause of its own ("His widow, Merle Alleyne, said")."""
_VERB_OBJECT_AFTER = re.compile(r",?\s+[a-z]+\s+(?:him\s+(he)|her\s+(she))\b")
"""A verb, an object pronoun and the same pronoun as subject right after a name ("Tomas Novak,
told her she had"): the second is the object's, so a he/she that follows goes on with them."""


_SPEAKER_LABEL = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}):\s")
"""A sub-heading opening on a name and a colon ("Badenoch: the plan is a shambles")."""


def object_gender_after(text: str, end: int) -> str | None:
    """"m" or "f" when the name ending at `end` is the subject of a verb whose object, a him or
    her, is the subject of the clause after it ("Tomas Novak, told her she had …"): the he/she
    of that clause, and of what follows, is someone else of that gender."""
    verb_object = _VERB_OBJECT_AFTER.match(text, end)
    return None if verb_object is None else "m" if verb_object.group(1) else "f"


_APPOSED_ROLE = re.compile(r",\s+the\s+([a-z-]+),")
"""A one-word role set off after a name ("Walker, the scientist,"), which tells bearers of a surname apart."""
_COMPARED_BEFORE = re.compile(r"\b(elder|older|younger|eldest|oldest|youngest)\s+$", re.I)
"""A comparison that tells bearers of one surname apart ("the older Vance")."""
_OLDER = frozenset("elder older eldest oldest".split())
_YOUNGER = frozenset("younger youngest".split())
_CHILDREN = frozenset("son daughter grandson granddaughter child".split())
_PARENTS = frozenset("father mother grandfather grandmother dad mum mom parent".split())
"""Relations that make a bearer of a shared surname the younger or the elder of the two."""


def _comparison(context_before: str) -> str:
    """The comparing word right before a name ("elder" in "the elder Drake"), lower-cased, or ""."""
    compared = _COMPARED_BEFORE.search(context_before[-16:])
    return compared.group(1).lower() if compared else ""
_REFLEXIVE_AFTER = re.compile(r"\s+(?:himself|herself)\b", re.I)
_RELATION_REACH = 400
"""How far (characters) before a surname the sentence of a relative speaking is looked for."""
_ASKED_OPENER = re.compile(r"Asked\b[^.!?“”\"]*,\s*$")
"""A paragraph opening on the question put to the one who answers it ("Asked by Karimi whether he
took the message as a threat, "), right up to the name."""
def _owner_opening_next(rest: str, reach: int) -> re.Pattern:
    """The rest of a sentence, up to `reach` characters of the class `rest` and no pronoun the his or
    her could go back to, then the next sentence opening on a his or her (group 1)."""
    return re.compile(r"(?:(?!\b(?:he|she|him|her|his|hers|they|them|their)\b)%s){0,%d}[.!?][\s”\"’']*(His|Her)\s+[a-z]"
                      % (rest, reach))


_OWNER_OPENS_NEXT = _owner_opening_next(r"[^.!?\nA-Z]", 80)
"""The rest of a subject's sentence, naming no one else and with no pronoun the his or her could go
back to ("Olav Solheim said he was proud of her. Her husband, …"), and the next sentence opening on
a his or her: the subject's own, as a he or she after it would be."""
_OWNER_OPENS_NEXT_OF_SURNAME = _owner_opening_next(r"[^.!?\n]", 200)
"""The same after a bare surname that is its sentence's subject, the rest of the sentence as long as it
may be ("Rotich, 47, was a steeplechaser who ran for Kenya …. His daughter, 19, …"): which bearer of
the surname it is."""
_RELATION_OPENING = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)(?P<owner>His|Her|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}[’']s)"
                               r"\s+(?P<kin>[a-z]+)\b[^.!?\n]*[.!?]?\s*[^.!?\n]*$")
"""A sentence opening, or its main clause opening after a comma, on a relation owned by a his/her
or a name, the last before the text's end or the one before that ("Her husband, a retired bank
manager, is in charge of the opinions. “…,” Kurian"; "Asked about it, Clara Pennington’s father
was blunter. “…,” Pennington said")."""
_RELATION_VERBS = ("said", "says", "told", "added", "explained", "recalled")
_SENTENCE_STOP = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘']?[A-Z])")
"""A full stop (or ! ?) that ends a sentence, the next one opening with a capital."""
ACCOUNT_NAMED = re.compile(r"\b(?:the\s+(?:user)?name|posting\s+as|posts\s+as|username)\s+$")
"""The words before the name of an account ("a poster using the name ", "one commenter, posting as ")."""
_OBJECT_OWNER = re.compile(r"(?:\s*,[^,.;“”\"]{1,60},)?\s*(?:[a-z]+\s+){0,2}?[a-z]+ed\s+(?:her|his)\s")
"""A possessive right after the clause's past verb, an apposition before it or not ("Paulsen, a
Republican, had attacked her plans", "dismissed her figures"): the owner of the object, who may
be the subject or a person named before."""


_COUPLE_AFTER = re.compile(r"\s+and\s+(?P<given>[A-Z][a-z]+)\s+(?P<surname>[A-Z][\w’'-]+)(?![\w’'-]|\s+[A-Z])")
"""A given name and a surname after "and" ("Alan| and Rosemary Fell"), which the one-word name
before shares when people are spoken of."""
_PEOPLE_BEFORE = re.compile(r"(?:\b(?:[Pp]ensioners|[Cc]ouple|[Pp]arents|[Ss]iblings|[Tt]wins|[Rr]esidents|[Nn]eighbou?rs|"
                            r"[Oo]wners|[Ff]ounders))\s*,?\s+$")
"""People spoken of as a pair right before two given names ("Pensioners ", "the couple, ",
"parents "): a couple sharing one surname."""
_PAIR_AFTER = re.compile(r",?\s+(?:who\s+)?(?:are|were|have|had|both)\b")
"""A plural verb or "both" right after two given names and a surname ("Hollis and Margaret Pratt,
who are in their seventies,"): spoken of as a pair, a couple sharing one surname."""
_SUBORDINATOR_BEFORE = re.compile(r"(?:^|[.,;:!?]\s+|\n)(?:[Ww]hile|[Ww]hen|[Aa]s|[Aa]fter|[Bb]efore|[Bb]ecause|"
                                  r"[Aa]lthough|[Tt]hough|[Ii]f|[Ss]ince|[Uu]ntil|[Oo]nce)\s[^,.;:!?“”\"]*$")
"""A subordinate clause a name stands in ("Later, as the light goes and Reid sweeps up the
shavings, she stands …"): it ends at its comma, and a he/she after that is the main clause's subject."""
_PRONOUN_OPENS = re.compile(r"(?:\A|[.!?][”\"’']?\s+|\n)(She|He)\s[^.!?\n]*\Z")
"""A sentence opening on "She" or "He" and still running where the text ends."""


def _pronoun_subject(context_before: str) -> str | None:
    """"f" or "m" when the sentence a name stands in opens on "She" or "He": a her/his later in it
    is rather that subject's, no sign of the name's gender."""
    opens = _PRONOUN_OPENS.search(context_before)
    return None if opens is None else "f" if opens.group(1) == "She" else "m"


def _is_org(words: tuple[str, ...], text: str) -> bool:
    if any(w in lexicon.ORG_WORDS for w in words) or len(words) > 1 and words[-1] in lexicon.PLACE_NOUNS:
        return True  # (a county, city or district that speaks is its government: "Broward County says")
    if " & " in text:
        return True  # "Florida Power & Light", "Procter & Gamble": no person's name holds an ampersand
    return len(words) == 1 and len(text) > 1 and text.isupper()


_TERM_BEFORE = re.compile(r"((?:[a-z][\w-]*\s+){1,6})\($")
"""Lower-case words right before an opening bracket."""


def _defines_term(text: str, context_before: str) -> bool:
    """True when `text` is an acronym in brackets after the lower-case words it spells ("the
    overnight policy rate (OPR)", "gross domestic product (GDP)"): a term, no organisation (whose
    name would be capitalised: "the Israel Defense Forces (IDF)")."""
    if not (text.isupper() and text.isalpha() and 1 < len(text) <= 6 and context_before.endswith("(")):
        return False
    words = _TERM_BEFORE.search(context_before[-80:])
    if words is None:
        return False
    initials = "".join(word[0] for word in words.group(1).split() if word not in _CONNECTOR_WORDS)
    return initials.endswith(text.lower())


_BODY_OF_ITS_OWN = frozenset("union unions association federation foundation society alliance coalition".split())
"""The last word of a body that bears another's name and is not it ("the Hanbit Electronics Union",
"the Brightwell Family Foundation"), unlike a firm's legal form ("Acme Corporation" is Acme)."""


def _leaning(entity: Entity) -> str | None:
    """The gender known so far, or the one the pronoun votes so far favour."""
    male, female = entity.votes.get("m", 0), entity.votes.get("f", 0)
    return entity.gender or ("m" if male > female else "f" if female > male else None)


def _title_gender(titles: list[str]) -> str | None:
    """"m" or "f" when a title before a name says so ("Sir", "Lady"), else None."""
    if not titles:
        return None  # (most names have none)
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


def _particle_name(entity: Entity) -> bool:
    """A name of a given name, a lower-case particle and a family name ("Daan van Rijn", "Ana de
    Souza"): a person's."""
    words = entity.name.split()
    return len(words) >= 3 and words[0][:1].isupper() and any(w in lexicon.NAME_PARTICLES for w in words[1:-1])


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
        self.terms: set[str] = set()
        """Acronyms the article defines for a term ("overnight policy rate (OPR)"): no one's name."""

    def add(self, mention: Mention, titles: list[str], following: str, context_before: str) -> None:
        """Link `mention` to an entity (creating or widening one) and record roles from its context."""
        if mention.tokens[0] in self.terms or _defines_term(mention.text, context_before):
            self.terms.add(mention.tokens[0])
            return
        nicknamed = self._nicknamed(mention, context_before)
        if nicknamed is not None:  # "Eduardo Dizon, whom everyone in the shop calls Edong,": Edong is he
            nicknamed.aliases.add(mention.tokens[0])
            self.by_token.setdefault(mention.tokens[0], []).append(nicknamed)
        kin = self._relation(mention, context_before)
        if kin is not None:  # "His father, Patrick,": Patrick McHugh, a father (a man)
            relative = kin[0]
            mention.text = f"{mention.text} {relative.name.split()[-1]}"
            mention.tokens += (relative.tokens[-1],)
        couple = _COUPLE_AFTER.match(following) if kin is None and len(mention.tokens) == 1 else None
        paired = couple is not None and (_PEOPLE_BEFORE.search(context_before[-30:]) or _PAIR_AFTER.match(following, couple.end())) \
            and couple.group("given").lower() not in lexicon.PLACES and mention.tokens[0] not in self.by_token
        if paired:
            # "Pensioners Alan and Rosemary Fell": Alan Fell, whom "her husband" may be
            mention.text = f"{mention.text} {couple.group('surname')}"
            mention.tokens += (couple.group("surname").lower(),)
        abbreviation = self._abbreviated_title(mention)
        if abbreviation:  # "CS Mbugua" after "Cabinet Secretary Joseph Mbugua": a title, his surname
            mention.text = mention.text[len(abbreviation):].lstrip()
            mention.start = mention.end - len(mention.text)
            mention.tokens = mention.tokens[1:]
            titles = [*titles, abbreviation]
        tokens = mention.tokens
        owner = owner_gender(context_before)
        pronoun = clause_gender(following.split(",", 1)[0] if _SUBORDINATOR_BEFORE.search(context_before[-60:])
                                else following) if mention.subject else None
        # ("While Reid sweeps up the shavings, she …": the clause ends at its comma; the she is another's)
        if pronoun and _OBJECT_OWNER.match(following) and self._may_own(pronoun, tokens):
            pronoun = None  # "Paulsen had attacked her plans" after the woman whose plans they are
        if pronoun and _pronoun_subject(context_before) == pronoun:
            pronoun = None  # "She bought the practice from a vet, Harlan Decker, with her savings": hers
        gender = (None if pronoun == owner else pronoun) or _title_gender(titles)
        owned_next = _OWNER_OPENS_NEXT_OF_SURNAME.match(self.reporter_text, mention.end) \
            if gender is None and mention.subject and len(tokens) == 1 and not pronoun else None
        if owned_next:
            gender = "m" if owned_next.group(1) == "His" else "f"
        compared = _comparison(context_before)
        apposed = _APPOSED_ROLE.match(following) if len(tokens) == 1 else None
        entity = self._acronym_of(mention, context_before) or self._initials_of(mention) or self._link(
            tokens, mention, gender, titles, compared, apposed.group(1) if apposed else "")
        if abbreviation and entity is not None and len(entity.tokens) > 2 and entity.tokens[0] == abbreviation.lower():
            entity.name, entity.tokens = entity.name.split(" ", 1)[1], entity.tokens[1:]  # the title it opened on
        if mention.surname_only and (entity is None or entity.tokens[-1] != tokens[0]):
            return  # a title word ("King") names someone only when a person has it as surname
        if entity is not None and entity.gender and _title_gender(titles) not in (None, entity.gender):
            entity = None  # "Lady Starmer" is not "Sir Keir Starmer"
        next_words = following.lstrip(" ,").split(" ", 2)
        next_word = next_words[0].lower().strip(",.;:")
        if len(next_words) > 1 and next_words[1] in ("was", "is", "were", "are", "has", "had") \
                or following[:1] == "," and not mention.speaks:
            next_word = ""  # "Reddit post was …": a noun, not "Reddit posted"; "…, whose ward includes X, said"
        if entity is None and len(tokens) == 1 and next_word in lexicon.SPEECH_VERBS:
            entity = self._misspelt(tokens[0])
        if entity is None:
            entity = Entity(mention.text, tokens, False, surname_inferred=kin is not None,
                            relative_of_namesake=self._namesake_relation(
                                tokens, without_titles(context_before, titles) + " " if titles else context_before))
            entity.gender = _title_gender([entity.relative_of_namesake]) if entity.relative_of_namesake else None
            # ("Rhodri’s mother, Carys Pryce,": a woman, whatever "the elder Pryce … he" links to her later)
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
            entity.called_by_surname = entity.called_by_surname or tokens == entity.tokens[-1:]
            if not compared and not apposed:  # ("the younger Pruitt" is told apart by the comparison, not
                entity.short_names.add(tokens)  # the surname; "Walker, the scientist," by the role)
        entity.last = mention.start
        if len(tokens) == 1 and (PREFIXED_HANDLE.fullmatch(mention.text) or ACCOUNT_NAMED.search(context_before[-24:])):
            entity.handle = True  # "u/quiet_fern", "@lionesslottie", "a poster using the name GreenhouseGranny63":
            entity.name = mention.text  # an account, a name however spelt
        elif len(tokens) == 1 and HANDLE.fullmatch(mention.text.lower()) and (mention.text.islower() or mention.initial):
            # (a handle as its owner spells it, or capitalised to open a sentence; not "its P7s", "the A380")
            entity.handle = True
            if mention.text.islower():
                entity.name = mention.text  # a handle as its owner spells it, not sentence-capitalised
        kind_before = all(first_key(t) in _KINDS for t in titles) if titles \
            else context_before[-1:] == " " and _last_word(context_before) in _KINDS
        # (a kind of organisation right before the name, capitalised as its title or not: "Carmaker
        # Veloria said", "payments app PaySetu")
        entity.organisation = entity.organisation or _is_org(tokens, mention.text) \
            or kind_before and not (entity.gender or entity.age or entity.votes) and len(tokens) >= len(entity.tokens)
        # (not a man of 71 after a noun that ends a phrase: "what is on the bench Macleod made himself",
        # nor the surname of someone named in full before: "Millstone, the company Halvorsen founded")
        entity.numbered = entity.numbered or mention.numbered
        if titles and not kind_before:
            entity.evidence += 2
        inverted = _INVERTED_SAID.search(context_before[-30:])
        affiliated = _AFFILIATION_VERB.match(following)
        if next_word in lexicon.SPEECH_VERBS and not context_before.rstrip().lower().endswith(" the") \
                or inverted and inverted.group(1).lower() in lexicon.SPEECH_VERBS \
                or affiliated and affiliated.group("verb") in lexicon.SPEECH_VERBS and len(tokens) > 1:
            entity.evidence += 1  # "X said" / "…,” said X" / "Kelly Nguyen of Bernstein wrote"
        if paired:
            entity.evidence += 1  # one of a couple: a person
        if kin is not None:
            entity.roles.add(kin[1])
            entity.gender = entity.gender or _title_gender([kin[1]])  # "Her husband, Con,": a man, whatever his clause says
        elif len(tokens) > 1:
            entity.surname_inferred = False  # "Karim Haddad, who now runs …": written in full
        mention.entity = entity
        self.mentions.append(mention)
        learn_from_context(entity, mention, titles, following, context_before, pronoun, owner)
        owned_next = _OWNER_OPENS_NEXT.match(self.reporter_text, mention.end) if mention.subject and entity.gender is None else None
        if owned_next:  # "“…,” Cheryl Walsh said. / Her husband was pulling up carpet": hers
            key = "m" if owned_next.group(1) == "His" else "f"
            entity.votes[key] = entity.votes.get(key, 0) + 1

    def _speaking_just_before(self, entity: Entity, mention: Mention) -> Mention | None:
        """`entity`'s latest mention when it is the speaking subject of the sentence right before
        `mention`'s, in the same paragraph or closing the one before a paragraph that opens on the
        quotation ("Council President Karl Lindholm … said the council would comply." / "“We
        disagree …,” Lindholm said"): a surname speaking next goes on with that bearer of it."""
        index = _first_at(self.mentions, entity.last)  # (`last`: where its latest mention starts)
        last = self.mentions[index] if index < len(self.mentions) else None
        if last is None or last.entity is not entity or not (last.subject and last.speaks):
            return None
        between = self.text[last.end:mention.start + 1]  # (the name's capital closes the sentence stop)
        paragraphs = between.split("\n")
        just_before = (len(paragraphs) == 1 or len(paragraphs) == 2 and paragraphs[1][:1] in QUOTATION_OPENERS) \
            and len(_SENTENCE_STOP.findall(between)) == 1
        return last if just_before else None

    def _introduced_just_before(self, entity: Entity, mention: Mention) -> bool:
        """`entity`'s latest mention names it in full, opening a sentence or as its subject, in the
        paragraph right before `mention`'s, which opens on a quotation or on the question it answers,
        and no namesake is named between ("Mateus Ferreira, 22, was the last player out. The defender
        had …" / "“…,” Ferreira said" or "Asked whether …, Ferreira said")."""
        index = _first_at(self.mentions, entity.last)
        last = self.mentions[index] if index < len(self.mentions) else None
        if last is None or last.entity is not entity or last.tokens != entity.tokens \
                or not (last.initial or not entity.surname_inferred and (
                    last.subject and not (entity.relative_of_namesake and WHO_AFTER.match(self.text, last.end))
                    or self._after_opening_relation(last))):
            return False  # (opening its sentence or its subject, or after a relation that opens it: not "a
            # late goal from his nephew Declan Farrell, who …", a relative only the who-clause makes a subject;
            # but "In 1998, Nomsa Dlamini opened …"
            # and "His son, Ethan Kessler, the club's vice-chairman, was …", written in full, not "Her husband, Karim,")
        paragraphs = self.text[last.end:mention.start].split("\n")
        return len(paragraphs) == 2 and paragraphs[1][:1] != "" \
            and (paragraphs[1][0] in QUOTATION_OPENERS or _ASKED_OPENER.match(paragraphs[1])) \
            and not any(m.entity is not entity and m.entity is not None and m.entity.tokens[-1] == entity.tokens[-1]
                        and m.subject for m in self.mentions[index + 1:] if m.start < mention.start)
        # (a namesake named since only as an object does not take over: "Her mother, Nomsa Dlamini,
        # raised Thandeka …" / "“…,” Dlamini says")

    def _nicknamed(self, mention: Mention, context_before: str) -> Entity | None:
        """The person named in full earlier in the sentence whom a one-word name after "calls",
        "known as" or "nicknamed" is a nickname of ("The younger brother, Eduardo Dizon, 41, whom
        everyone in the shop calls Edong,"), when the word names no one yet; else None."""
        if len(mention.tokens) != 1 or mention.tokens[0] in self.by_token \
                or not _NICKNAME_BEFORE.search(context_before, max(0, len(context_before) - 24)):
            return None
        sentence = _SENTENCE_STOP.split(context_before)[-1]
        named = [m for m in self.mentions if m.entity is not None and mention.start - len(sentence) <= m.start < mention.start
                 and len(m.entity.tokens) > 1 and not m.entity.organisation]
        return named[-1].entity if named else None

    def _after_opening_relation(self, mention: Mention) -> bool:
        """`mention` is set off after a family relation opening its sentence ("His son, Ethan Kessler,")."""
        relation = _OPENING_RELATION.search(self.text, max(0, mention.start - 40), mention.start)
        return relation is not None and relation.group("kin") in lexicon.KIN_NOUNS

    def _relation_spoke_just_before(self, relation: str, mention: Mention) -> bool:
        """The sentence right before `mention`'s opens on `relation`, owned by a pronoun, as its
        speaking subject ("His sister said consular officials had urged …" / "“…,” Whitlock said"):
        the relative introduced so goes on with the surname."""
        start = max(0, mention.start - _RELATION_REACH)
        return re.search(r"(?:^|[.!?]\s+|\n)(?:His|Her|Their)\s+%s\s+(?:\w+\s+)?(?:%s)\b[^.!?\n]*[.!?]?\s*\n?\s*[^.!?\n]*$"
                         % (re.escape(relation), "|".join(_RELATION_VERBS)),
                         self.reporter_text[start:mention.start]) is not None

    def _relative_subject_before(self, mention: Mention, bearers: list[Entity]) -> tuple[Entity, str | None] | None:
        """When the sentence of a bare surname that speaks, or the one before it, opens on a
        relation owned by a his/her ("Her husband, a retired bank manager, …", "His brother said …"):
        the bearer of the surname the his/her is (the latest named who leans to its gender) and the
        relation's gender; else None."""
        start = max(0, mention.start - _RELATION_REACH)
        opening = _RELATION_OPENING.search(self.reporter_text[start:mention.start])
        if opening is None or opening.group("kin") not in lexicon.KIN_NOUNS:
            return None
        owner_start = start + opening.start("owner")
        named_owner = next((m for m in self.at(owner_start, start + opening.end("owner")) if m.possessive), None)
        named = {id(m.entity) for m in self.at(start + opening.start(), mention.start) if m is not named_owner}
        if any(id(e) in named for e in bearers):
            return None  # "His son, Tuan Nguyen, said …": the relation named, whom the name goes on meaning
        kin_gender = _title_gender([opening.group("kin")])
        if named_owner is not None:
            return (named_owner.entity, kin_gender) if any(named_owner.entity is e for e in bearers) else None
        if opening.group("owner") not in ("His", "Her"):
            return None
        owner_gender = "m" if opening.group("owner") == "His" else "f"
        owners = [e for e in bearers if len(e.tokens) > 1 and _leaning(e) == owner_gender]
        if not owners:
            return None
        return max(owners, key=lambda e: e.last), kin_gender

    def _namesake_relation(self, tokens: tuple[str, ...], context_before: str) -> str:
        """The family relation ("son") a full name is set after, in another's clause ("a goal from
        his nephew Shane Dolan") or set off after it ("His son, Dr Andrew Carrington,", "Her father,
        former President Óscar Paredes,"), when a person of that surname was named before: a
        relative of the one the article is about, which the surname alone goes on naming; else ""."""
        if len(tokens) < 2:
            return ""
        kin = _KIN_OF.search(context_before[-40:])
        if kin is None:
            kin = _KIN_BEFORE.search(context_before[-40:])
            named = {id(m.entity) for m in self.mentions if m.subject and not m.determined}
            # (a subject: not a work's title, "The Grain Elevator Hymnal", nor a place's word, "every
            # Saskatchewan high-school student")
            principal = next((e for e in self.entities if not e.organisation and len(e.tokens) > 1 and id(e) in named), None)
            owner = kin.group("owner") if kin is not None else None
            if kin is None or (principal is None or principal.tokens[-1] != tokens[-1]) \
                    and not (owner and owner.lower() == tokens[-1]):  # ("Whitlock's sister, Karen Whitlock,")
                return ""  # (set off after the relation, a relative of the article's first person
                # named: "Her father, Martin Gallagher," of a patient the surname goes on to mean him)
        relation = kin.group("kin")
        namesake = any(not e.organisation and len(e.tokens) > 1 for e in self.by_token.get(tokens[-1], ()))
        return relation if relation in lexicon.KIN_NOUNS and namesake else ""

    def _abbreviated_title(self, mention: Mention) -> str:
        """The capitals opening a name ("CS" of "CS Mbugua") when the rest is the surname of a
        person named before in full, and each capital opens a word of that person's office
        ("Cabinet Secretary Joseph Mbugua") or the full name opened on them too ("SSP Nihal
        Wickramasinghe" then "SSP Wickramasinghe"): the office abbreviated before the surname, not
        initials ("JR Smith" after "Sarah Smith"); or a short word with no vowel ("Cr Lowe" after
        "Mayor Greg Lowe"), which is no name; else "". The same two words again are the name again
        ("SA Health" twice)."""
        words = mention.text.split()
        first = words[0]
        if len(words) != 2 or not (first.isalpha() and 2 <= len(first) <= 4):
            return ""
        shortened = first[1:].islower() and not _VOWEL.search(first)  # "Cr", "Cllr": no word, no initials
        if not (first.isupper() or shortened):
            return ""
        named = [e for e in self.by_token.get(mention.tokens[-1], ()) if len(e.tokens) > 1
                 and e.tokens[-1] == mention.tokens[-1] and e.tokens != mention.tokens and not e.organisation
                 and (shortened or e.tokens[0] == mention.tokens[0]
                      or all(any(r.startswith(letter) for r in e.roles) for letter in first.lower()))]
        return first if named else ""

    def _relation(self, mention: Mention, context_before: str) -> tuple[Entity, str] | None:
        """The relative and the family relation a lone given name is set after ("His father,
        Patrick, 78,"): the name owning the relation, or for "his"/"her" the latest person named
        in full. The given name then takes the relative's surname, "Patrick McHugh", whom "the
        older McHugh" and "Mr McHugh" can name, rather than the son."""
        kin = _KIN_BEFORE.search(context_before[-60:]) if len(mention.tokens) == 1 \
            and context_before.rstrip().endswith(",") else None  # (the relation ends on its comma)
        if kin is None or kin.group("kin") not in lexicon.KIN_NOUNS:
            return None
        owner = kin.group("owner")
        gender = {"his": "m", "her": "f"}.get((kin.group("pronoun") or "").lower())
        relatives = [m.entity for m in reversed(self.mentions) if m.entity is not None
                     and len(m.entity.tokens) > 1 and not m.entity.organisation
                     and not any(c.isdigit() for c in m.entity.tokens[-1])  # a model, "Audi A3"
                     and m.entity.tokens[-1] not in lexicon.STREET_NOUNS and m.entity.tokens[-1] not in lexicon.PLACE_NOUNS
                     and (owner is None or first_key(owner) in m.entity.tokens)
                     and not (m.after_preposition and not m.entity.person)  # a place: "a job in Coffs Harbour"
                     and not (gender and self._other_than(m, gender))]
        if not relatives or mention.tokens[0] in relatives[0].tokens:
            return None
        return relatives[0], kin.group("kin")

    def _other_than(self, mention: Mention, gender: str) -> bool:
        """The person `mention` names is not the his/her of `gender`: known or leaning to be of
        the other gender, or one who told a him/her of `gender` something ("Tomas Novak, told
        her she had …. Her late husband, Sean,": hers, not his)."""
        leaning = _leaning(mention.entity)
        if leaning is not None:
            return leaning != gender
        return object_gender_after(self.text, mention.end) == gender

    def _acronym_of(self, mention: Mention, context_before: str) -> Entity | None:
        """The organisation an acronym in brackets right after its name stands for ("the
        Israel Defense Forces (IDF)"); the acronym then refers to it wherever it is used."""
        if not context_before.endswith("("):
            return None
        word = mention.text.isalpha() and mention.text[1:].islower() and 2 < len(mention.text) < 10
        if not ((mention.text.isupper() and mention.text.isalpha() and len(mention.text) > 1 or word)
                and self.mentions and mention.start - self.mentions[-1].end <= 3):
            return None  # (not a party and state tag: "Rep. Brian Babin (R-TX)")
        entity = self.mentions[-1].entity
        if entity is not None and (word or not entity.organisation) and not spells(mention.text, "".join(
                t[0] for t in entity.tokens if t not in _CONNECTOR_WORDS)) \
                and not spells_syllables(mention.tokens[0], [t for t in entity.tokens if t not in _CONNECTOR_WORDS]):
            return None  # an acronym written as a word ("Nice", "Phivolcs") only when it spells the name before it,
            # and any after a name not known as a body's: "R. Ashwath Narayanappa (NBM)" is his party's letters
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
              titles: list[str] = (), compared: str = "", apposed: str = "") -> Entity | None:
        """The entity `tokens` name: the fullest match, the nearest on a tie; of two bearers of a
        surname, one whose gender the clause's pronoun ("Fischer says, his …") does not contradict,
        and one the article already gave the same title ("Mrs Pickering" again is the mother the
        article called so, not the daughter named since). `compared`: the name follows "the
        older" or the like, which tells one bearer from another, so the surname alone ("Vance")
        the article used for one of them says nothing. `apposed`: the role set after the name
        ("Walker, the scientist,"), which picks the bearer the article gave that role."""
        keys = {lexicon.TITLE_EXPANSIONS.get(k, k) for k in (t.lower().rstrip(".") for t in titles)} if titles else set()
        best, best_score = None, -1
        scored: list[tuple[float, Entity]] = []
        wanted = set(tokens)
        place = len(tokens) == 1 and tokens[0] in lexicon.PLACES
        candidates: dict[int, Entity] = {}
        for token in tokens:
            for entity in self.by_token.get(token, ()):
                candidates[id(entity)] = entity
        relative_of = self._relative_subject_before(mention, list(candidates.values())) \
            if mention.speaks and len(tokens) == 1 and not (compared or apposed) else None
        for entity in candidates.values():
            if (place or len(entity.tokens) == 1 and entity.tokens[0] in lexicon.PLACES) \
                    and entity.tokens != tokens:
                continue
            have = set(entity.tokens) | entity.aliases
            if not (wanted <= have or (len(tokens) > 1 and have <= wanted)):
                continue
            if entity.organisation and len(tokens) > len(entity.tokens) and tokens[:len(entity.tokens)] == entity.tokens \
                    and tokens[-1] in lexicon.ORG_WORDS and tokens[-1] not in entity.tokens:
                continue  # "Osun State Water and Sanitation Corporation" is a body of Osun State, not the state
            if len(tokens) > len(entity.tokens) and tokens[-1] in _BODY_OF_ITS_OWN and tokens[-1] not in entity.tokens:
                continue  # nor is the "National Hanbit Electronics Union" the company, Hanbit Electronics
            if "of" in entity.tokens[1:] and len(tokens) < len(entity.tokens) \
                    and all(t in entity.tokens[entity.tokens.index("of"):] for t in tokens):
                continue  # "Lesotho" is not the "Constitution of Lesotho"
            if tokens[1:2] == ("of",) and tokens[0] not in lexicon.ORG_WORDS and not entity.organisation \
                    and len(entity.tokens) > 1 and tokens[2:] == entity.tokens:
                continue  # nor is "The Correspondence of Callum Strachan" Callum Strachan
            score = 1
            if entity.tokens == tokens:
                score = 5
            elif entity.tokens[-len(tokens):] == tokens:
                score = 4
                before = entity.tokens[-len(tokens) - 1] if len(entity.tokens) > len(tokens) else ""
                if before in lexicon.NAME_PARTICLES:
                    written = self.text[max(0, mention.start - len(before) - 1):mention.start] == before + " "
                    score = 4.5 if written else 2  # ("van Heusden wrote": the particle as the person writes it,
                    # not "the Van Heusden", the museum named after him)
            elif entity.tokens[:len(tokens)] == tokens:
                score = 3.25 if entity.organisation else 3  # "Corvid": Corvid Systems, not the Corvid Fold
            goes_on = mention.speaks and not (compared or apposed) and len(tokens) < len(entity.tokens)
            spoke = self._speaking_just_before(entity, mention) if goes_on else None
            named_just_before = goes_on and (
                spoke is not None and spoke.tokens == entity.tokens
                or bool(entity.relative_of_namesake) and self._relation_spoke_just_before(entity.relative_of_namesake, mention)
                or spoke is None and self._introduced_just_before(entity, mention))
            # (named in full, or by the relation, right before: "His mother, Gugu Mthembu, said …", "His
            # sister said …", "Mateus Ferreira, 22, was the last player out …", then "“…,” X said")
            if (entity.surname_inferred or entity.relative_of_namesake) and not compared and len(tokens) < len(entity.tokens) \
                    and not (gender and entity.gender == gender and (_title_gender(titles) == gender or not entity.relative_of_namesake)) \
                    and not (keys and keys & entity.roles) \
                    and not named_just_before:
                score -= 0.5  # "Haddad" is Nadia Haddad, not "Her husband, Karim," (but "Mrs Haddad" may be his
                # wife, "Dr Anozie" the son the article called "Dr Obinna Anozie", and "Mthembu said" his
                # mother, named in full, or as "His mother", as the one speaking in the sentence before; a
                # relative's gender, which the relation gives, tells him from the namesake by a title, not
                # by a "he" they may share: "His son, Dr Andrew Carrington, …. Carrington …, he told")
            if gender and _leaning(entity) not in (None, gender):
                score -= 1  # (a whole point: a shared surname goes to the bearer of that gender, or
                # leaning to it: "Mrs Mutasa" is not the convict the pronouns so far made a man)
            if keys and keys & entity.roles:
                score += 0.5
            if compared and not entity.roles.isdisjoint(_YOUNGER if compared in _OLDER else _OLDER):
                score -= 1  # "the older Bautista" is not the one the article called "a younger warden"
            if compared and not entity.roles.isdisjoint(_CHILDREN if compared in _OLDER else _PARENTS):
                score -= 1  # "the elder Soros" is not the one the article called "his son Alexander Soros"
            if compared and entity.relative_of_namesake in (_PARENTS if compared in _OLDER else _CHILDREN):
                score += 1  # "the elder Paredes" is the one introduced as "Her father, former President Óscar Paredes"
            if apposed and (apposed in entity.roles or entity.role and apposed in entity.role.lower().split()):
                score += 0.5  # "Walker, the scientist,": the Walker the article called a scientist
            if not compared and len(tokens) < len(entity.tokens) and tokens in entity.short_names \
                    and entity.tokens[-len(tokens):] == tokens:
                score += 0.25  # "Pryce" again is the one the article has called "Pryce", not "Dai Pryce"
            if spoke is not None or named_just_before:
                score += 0.5  # "Their son, Euan McCabe, said … McCabe added": the namesake who just spoke
            if relative_of is not None and entity is not relative_of[0] and len(entity.tokens) > 1 \
                    and _leaning(entity) in (None, relative_of[1]):
                score += 0.75  # "Her husband, a retired bank manager, is in charge of breakfast. “…,” Kurian
                # says": not the her the relation belongs to, but her namesake who can be her husband
            if (score, entity.last) > (best_score, -1 if best is None else best.last):
                best, best_score = entity, score
            scored.append((score, entity))
        aged = [e for score, e in scored if score == best_score and e.age]
        if compared and len(aged) > 1:
            # "the elder Drake" of a grandfather of 64 and a grandson of 15: the ages decide
            pick = max if compared in _OLDER else min
            return pick(aged, key=lambda e: int(e.age))
        return best

    def _may_own(self, gender: str, tokens: tuple[str, ...]) -> bool:
        """A person named before, by a name of two words or more, who may be of `gender`: the
        owner an object's possessive may point back to, rather than the subject's gender."""
        return any(len(e.tokens) > 1 and not e.organisation and e.gender in (None, gender)
                   and e.tokens[-1] != tokens[-1] for e in self.entities)

    def finish(self) -> None:
        """Decide who is a person and settle genders, once every mention is in."""
        self.mentions.sort(key=lambda m: m.start)  # (already in text order: `at` and `before` bisect it)
        counts: dict[int, int] = {}
        plain_openers: dict[int, int] = {}  # uses opening a sentence, not speaking, not described
        for mention in self.mentions:
            counts[id(mention.entity)] = counts.get(id(mention.entity), 0) + 1
            if mention.initial and not mention.speaks and not mention.text.isupper() \
                    and (not mention.described or _GERUND.fullmatch(mention.text.lower())) \
                    and not _REFLEXIVE_AFTER.match(self.text, mention.end):  # ("Salah himself was …": a person)
                plain_openers[id(mention.entity)] = plain_openers.get(id(mention.entity), 0) + 1
        for mention in self.mentions:
            entity = mention.entity
            if len(entity.tokens) == 1 and plain_openers.get(id(entity)) == counts[id(entity)] \
                    and (counts[id(entity)] == 1 or _GERUND.fullmatch(entity.tokens[0])) \
                    and not entity.neuter and not entity.organisation and entity.age is None \
                    and not (entity.role and lexicon.is_role_noun(role_head(entity.role))
                             and not _GERUND.fullmatch(entity.tokens[0])):
                # a capitalised sentence opener used once ("Influenced"), or a gerund that only
                # ever opens sentences ("Breathing tests showed …", "Breathing in mold …",
                # "Responding, the Taoiseach, X, said", an apposition as it may seem); an
                # age after it makes it someone's given name ("Halyna, 67, who sells vegetables"), and
                # so does a job set off after it ("Shivalingaiah, president of the farmers' collective,";
                # not after a participle: "Responding, the Taoiseach, X, said")
                entity.spurious = True
        after_the: dict[int, int] = {}
        for mention in self.mentions:
            after_the[id(mention.entity)] = after_the.get(id(mention.entity), 0) + (1 if mention.determined else -1)
        undetermined = {key for key, balance in after_the.items() if balance <= 0}
        # (named after "the" no more often than not: "The Grain Elevator Hymnal" five times, then once
        # "the new Hymnal", is a work's title)
        employers = {id(m.entity) for m in self.mentions if m.owns_role and self.text[m.end:m.end + 1] == " "}
        # (right before the job: "Hiyas chief executive X", not a list's "Pat Simmons, singer Mike Ross")
        for entity in self.entities:
            if id(entity) in employers and entity.gender is None and not entity.votes and entity.age is None:
                entity.organisation = True  # "Hiyas chief executive Ramon Villanueva": whatever an apposition
                # called it ("Sugar miller Hiyas"), it employs people
            if entity.numbered and entity.age is None and (len(entity.tokens) == 1 or entity.gender is None and not entity.votes) \
                    and not (entity.role and lexicon.is_job_noun(role_head(entity.role))) \
                    and not _particle_name(entity):
                # (not one a job describes: "Kiely, a former nurse, …" whose "Kiely 311" is a vote
                # count, nor "beating Daan van Rijn 16-13": a family name's particle is a person's)
                entity.organisation = True  # a score or a number after it, and no age, or one word only
            place = entity.place or all(t in lexicon.PLACES for t in entity.tokens) \
                or len(entity.tokens) > 1 and not entity.organisation \
                and (entity.tokens[0] in lexicon.LANDFORM_NOUNS or entity.tokens[-1] in lexicon.LANDFORM_NOUNS
                     or entity.tokens[-1] in lexicon.FACILITY_NOUNS)
            neuter = entity.neuter and not entity.votes and entity.gender is None and entity.age is None
            thing = entity.organisation or place or "of" in entity.tokens or neuter or entity.animal
            # ("Constitution of Lesotho")
            entity.person = entity.evidence > 0 and not thing and not entity.spurious and id(entity) in undetermined
            # (a name only ever written after "the" is a thing's: "the Bonny Lass", "the Premadasa")
            entity.maybe_person = (len(entity.tokens) > 1 or entity.handle) and not thing \
                and id(entity) in undetermined  # (not "the Dalkey Literary Award", never named without "the")
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


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _noun_before_noun(text: str, end: int) -> bool:
    """The word after a one-word name is the base form of a speech verb ("Urban demand, by
    contrast, remained …", "Public comment closes"): no singular subject takes that form, so it
    is a noun the capitalised word modifies, not a verb the name is the subject of."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) in lexicon.BASE_SPEECH_VERBS


_DATA_SOURCE = re.compile(r"\d[^!?]*,\s+(?:according to|per)\s+(?:the\s+)?$", re.I)
"""A figure's source closing its sentence ("Analysts had expected $1.98, according to FactSet."):
a provider of data, which says nothing the article quotes."""


def build_registry(units: list[Unit], spans: dict[int, list[Span]], sources: dict[int, int]) -> Registry:
    """People and organisations named outside quotations; `sources` gets the ids of those the
    article presents as speaking ("X said") or as a source ("according to X"), each with the
    offset where it first does."""
    registry = Registry("\n".join(u.text for u in units))
    registry.reporter_text = _blank_quotations(registry.text, units, spans)
    vocabulary = Vocabulary(registry.text)
    # names after the last quotation (and the paragraph that follows it) attribute nothing
    last = max((i for i, u in enumerate(units) if u.kind == "quote" or spans.get(i)), default=-1)
    for index, unit in enumerate(units[:last + 2]):
        if unit.kind == "heading":
            label = _SPEAKER_LABEL.match(unit.text)
            for mention, titles in find_mentions(label.group(1), unit.start, [], vocabulary) if label else ():
                if registry.by_token.get(mention.tokens[-1]):
                    registry.add(mention, titles, ":", "")  # "Badenoch: …", a live blog's entry on whoever it names
            continue
        if unit.kind in ("title", "pullquote", "repeat"):
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
            if " " not in mention.text and (mention.initial and not (mention.speaks and not _noun_before_noun(unit.text, mention.end - unit.start))
                                            and not mention.described
                                            or mention.text.lower() in lexicon.PEOPLE_NOUNS) \
                    and vocabulary.in_lower_case(mention.text) and not HANDLE.fullmatch(mention.text.lower()) \
                    or " " not in mention.text and mention.initial and (mention.text.lower() in lexicon.PEOPLE_NOUNS
                                                                        or lexicon.is_men_plural(mention.text.lower())):
                continue  # a common noun capitalised at a sentence start ("Teachers chanted", "Fishermen accused her")
            local_start = mention.start - unit.start
            local_end = mention.end - unit.start
            following = unit.text[local_end:local_end + 160]
            if following.startswith(("’s", "'s", "‘s")):
                following = following[2:]
            before = unit.text[max(0, local_start - 240):local_start]
            registry.add(mention, titles, following, before)
            if mention.entity is None:
                continue
            after = following[:30].split()
            if before.lower().endswith(("according to ", "per ", "according to the ", "per the ")) \
                    and not (_DATA_SOURCE.search(before.rsplit(". ", 1)[-1]) and following[:1] in ".;") or \
                    (after and after[0].lower().strip(",.") in lexicon.SPEECH_VERBS):
                sources.setdefault(id(mention.entity), mention.start)
    _complete_names(registry, units[last + 2:], vocabulary)
    _ages_of_described_subjects(registry)
    registry.finish()
    return registry


_AGED_OPENER = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][”\"’'] )|(?<=\n))The\s+(\d{1,3})-year-old\b")
"""A sentence opening on an age ("The 81-year-old served as coxswain for 22 years")."""
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s|\n")
"""A sentence's stop or a paragraph's end, as sentence_bounds.SENTENCE_END reads them (which imports
this module, so it cannot be imported here)."""
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+)*")
"""Capitalised words only (a name's titles, "Wildcard", "Dr"), or nothing."""
_SENTENCE_REACH = 600
"""How far (characters) back the sentence before an age opener is looked for."""


def _ages_of_described_subjects(registry: Registry) -> None:
    """A sentence opening on an age the article gives nobody goes on about the person the
    sentence before has as subject ("Derek Trethowan joined the crew in 1961 … The 81-year-old
    served as coxswain"): that person is of that age, which "the 81-year-old" later names."""
    text = registry.reporter_text
    for opener in _AGED_OPENER.finditer(text):
        age = opener.group(1)
        if any(e.age == age for e in registry.entities):
            continue
        reach = max(0, opener.start() - _SENTENCE_REACH)
        stops = [stop.end() for stop in _SENTENCE_END.finditer(text, reach, max(opener.start() - 2, reach))]
        start = stops[-1] if stops else reach
        subject = next((m for m in registry.at(start, opener.start())
                        if m.subject and not m.possessive and m.entity is not None
                        and _TITLES_ONLY.fullmatch(text, start, m.start)), None)
        # (the name opening the sentence, after its titles at most: not "He received a warning when
        # chair umpire Fergus Doyle announced …" before "The 27-year-old from Valencia")
        entity = subject.entity if subject is not None else None
        if entity is not None and len(entity.tokens) > 1 and entity.age is None and not entity.organisation:
            entity.age = age
            entity.evidence += 2  # (as an age set after the name is: only people have one)


def _complete_names(registry: Registry, units: list[Unit], vocabulary: Vocabulary) -> None:
    """Give a one-word name the article completes only after its last quotation its full name
    there ("Dlamini defended the increase. “…,” she said" in a live blog whose oldest entry, at the
    bottom, introduces "Finance Minister Nomvula Dlamini"); no one else named there is registered
    (a page's trailing credits and badges name no speaker)."""
    subjects = {id(m.entity) for m in registry.mentions if m.subject and m.entity is not None}
    names = {e.name for e in registry.entities if len(e.tokens) == 1 and not e.organisation and id(e) in subjects}
    # (the one-word names a he or she may stand for: the subjects of their sentences)
    for unit in units:
        if unit.kind != "paragraph" or not any(name in unit.text for name in names):
            continue  # (most pages' last paragraphs name none of them: no need to look for names)
        for mention, titles in find_mentions(unit.text, unit.start, [], vocabulary):
            if len(mention.tokens) > 1 and any(len(e.tokens) == 1 and not e.organisation
                                               for e in registry.by_token.get(mention.tokens[-1], ())):
                local_end = mention.end - unit.start
                registry.add(mention, titles, unit.text[local_end:local_end + 160],
                             unit.text[max(0, mention.start - unit.start - 240):mention.start - unit.start])
