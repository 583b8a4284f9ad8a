"""Where a name stands in its sentence: the tests `names.find_mentions` asks of a run of words.

Whether the sentence opens with a description that ends in the name ("Local resident Mary
Atkins said"), whether an office of a place or a job stands before or after it ("The mayor of
Castel Ventoso, X", "Manchester City manager Pep Guardiola"), whether the words before it cite it
as a source ("according to X"), whether it opens a sentence, and whether a comma and a speech
verb follow it.
"""

from __future__ import annotations

import re

import crawler.parsers.quotes.lexicon as lexicon


_CITING_WORDS = frozenset("says said adds added notes noted explains explained writes wrote continues continued".split())
"""Verbs after which a name is the source of an inverted said-clause ("says X")."""
_OFFICE_OF_PLACE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s)\s+(?:[a-z-]+(?:[’']s)?\s+){0,2}(?P<role>[a-z-]+)"
                              r"\s+(?:of|at|for|in)\s+(?:the\s+)?[A-Z][\w’'‘ -]*,\s$")
"""A determiner, an office and the place it is of, closed by a comma ("The mayor of Castel Ventoso, ",
"His headteacher at Ullswater Community College, ", "Okafor's editor at Fourth Estate, ", "The party’s
candidate in Moyola, ")."""
_ORGANISATION_ROLE_OPENER = re.compile(r"(?:[A-Z][\w’'&.-]*\s){2,4}(?:[a-z][\w-]*\s)?[a-z][\w-]*")
"""Two to four capitalised words (an organisation's name) and one or two lower-case ones."""

_ROLE_FROM_PLACE_OPENER = re.compile(r"(?:[A-Z][\w’'&.-]*\s){0,3}(?P<role>[A-Za-z][\w-]*)\s(?:from|for)\s"
                                     r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}")
"""An opener that gives a member's role and the place it is for ("BJP MP from Bengaluru South")."""


def described_opener(text: str, start: int) -> bool:
    """The sentence opens with a description that ends in the name at `start`: a capitalised
    first word and lower-case nouns ("Local resident Mary Atkins, 64, was angry", "Opposition
    leader X, who …"; after "Former" any noun is a role: "Former waitress Carol Jenkins") or an owner ("City's Erling Haaland missed"), so the name is the
    sentence's subject, not the object of a verb ("Police arrested X")."""
    boundary = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(": ", 0, start))
    opener = text[boundary + 1 if boundary >= 0 else 0:start].split()
    if opener and opener[0].lower() not in lexicon.PREPOSITIONS and opener[0] != "To" \
            and _ORGANISATION_ROLE_OPENER.fullmatch(" ".join(opener)) \
            and (lexicon.is_role_noun(opener[-1]) or opener[-1] in lexicon.SPOKES_WORDS):
        return True  # an organisation's name and its job: "Taxpayers' Union spokesman Josh Whitcombe welcomed"
    place = _ROLE_FROM_PLACE_OPENER.fullmatch(" ".join(opener))
    if place and lexicon.is_role_noun(place.group("role").lower()):
        return True  # the member for a place: "BJP MP from Bengaluru South Tejasvi Surya, however, blamed"
    owner = next((i for i, w in enumerate(opener[:2]) if lexicon.POSSESSIVE_END.search(w)), None)
    if owner is not None and all(w[:1].isupper() for w in opener[:owner + 1]):
        # an owner opens it: "City's Erling Haaland missed", "Britain's finance minister X"
        roles = opener[owner + 1:]
        return not roles or len(roles) <= 3 and all(w.isalpha() and w.islower() for w in roles) \
            and lexicon.is_role_noun(roles[-1])
    if not 2 <= len(opener) <= 4 or not opener[0][:1].isupper() or not opener[0].isalpha() \
            or opener[0].lower() in lexicon.PREPOSITIONS or opener[0] == "To":
        return False  # not "In downtown X", "To use X"
    former = lexicon.first_key(opener[0]) == "former" and opener[-1].islower()
    return (lexicon.is_job_noun(opener[-1]) or former) and all(
        w.isalpha() and (w.islower() or former and w[:1].isupper() and w is not opener[-1])
        and not lexicon.VERB_FORM.search(w) and w not in lexicon.FUNCTION_WORDS
        and w not in lexicon.PREPOSITIONS and w not in lexicon.SPEECH_VERBS for w in opener[1:])


_ROLE_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w’'.&-]*\s+){1,3}(?P<role>[a-z][\w-]*)\s+$")


def described_after_comma(text: str, start: int) -> bool:
    """A clause after an introductory phrase opens with an owner's role that ends in the name at
    `start` ("Asked about it after the win over Wolves, Arsenal manager Javier Ortega refused"):
    the name is the clause's subject."""
    match = _ROLE_AFTER_COMMA.search(text, max(0, start - 60), start)
    return match is not None and lexicon.is_role_noun(match.group("role")) \
        and match.group("role") not in lexicon.FUNCTION_WORDS


def holder_of_place(text: str, start: int) -> bool:
    """The text before `start` is an office of a place set off by a comma ("The mayor of Castel
    Ventoso, "), so the name at `start` is the office's holder in apposition, not more of the place."""
    match = _OFFICE_OF_PLACE.search(text, max(0, start - 80), start)
    return bool(match) and lexicon.is_role_noun(match.group("role"))


def job_and_name_follow(following: list[str]) -> bool:
    """The words after a name give a job and then another name: "Manchester City manager Pep
    Guardiola said", where the person, not the club, is the sentence's subject."""
    head = ""  # the job's noun when a complement follows it ("head of forecasting")
    for number, word in enumerate(following[:6]):
        if not (word.isalpha() and word.islower()):
            return number > 0 and word[:1].isupper() and lexicon.is_role_noun(head or following[number - 1])
        if word in ("of", "for") and number > 0 and not head and lexicon.is_role_noun(following[number - 1]) \
                and following[number + 1:number + 2] and following[number + 1].islower():
            head = following[number - 1]  # "Met Éireann head of forecasting Aoife Lenihan" (not "chief
            continue  # executive of Ceres Robotics", an apposition's organisation)
        if word in lexicon.FUNCTION_WORDS:
            return False  # "Martha Fry and her brother Dale Ford": two people
    return False


def cites(before: list[str]) -> bool:
    """The words before a name present it as a source: "according to", "noted by", "says",
    also with the source's role between them ("noted by dietitian X", "according to analyst X")."""
    if before and before[-1].lower() == "the":
        before = before[:-1]  # "according to the National Weather Service"
    role = False
    while len(before) > 2 and before[-1].islower() and lexicon.is_role_noun(before[-1]):
        before, role = before[:-1], True
    for _ in range(2):  # the role's own modifiers: "noted by registered dietitian X", "chief economist X"
        if role and len(before) > 2 and before[-1].isalpha() and before[-1].islower() \
                and before[-1] not in lexicon.FUNCTION_WORDS and before[-1] not in _CITING_WORDS:
            before = before[:-1]
    last = before[-1].lower() if before else ""
    if last in _CITING_WORDS:
        return True
    second = before[-2].lower() if len(before) > 1 else ""
    return (second, last) == ("according", "to") or last == "by" and second in lexicon.SPEECH_VERBS \
        and second not in _QUESTIONING_VERBS  # ("asked by X": X puts the question, the answer is another's)


_QUESTIONING_VERBS = frozenset("asked questioned pressed quizzed interviewed challenged".split())
"""Verbs whose by-phrase names the one who questions, not the source of the words that follow."""


def opens_sentence(text: str, start: int) -> bool:
    """The word at `start` opens a sentence (a quotation closed by a comma continues one)."""
    before = text[max(0, start - 8):start].rstrip(" \u00a0\t(“‘\"'")
    if not before:
        return start <= 8 or not text[:start].strip()
    if before[-1] in "”\"’'":
        return before[-2:-1] in (".", "!", "?")
    return before[-1] in ".!?:\n"


_COMMA_THEN_VERB = re.compile(r",\s+(\w+)")


def speaks_after_comma(text: str, end: int, words: list[str]) -> bool:
    """A name of two words or more, none of a place, closed by a comma and a speech verb: it
    speaks, though set after a place ("A farmer in Bunkure, Isah Garba, said"); not a second place
    ("in Sydney, New South Wales, said", "in Kaduna, Kaduna State, said")."""
    verb = _COMMA_THEN_VERB.match(text, end)
    return verb is not None and verb.group(1) in lexicon.SPEECH_VERBS and len(words) > 1 \
        and not any(w.lower() in lexicon.PLACES or w.lower() in lexicon.PLACE_NOUNS for w in words)


_RELATIVE_OPENED = re.compile(r",\s+(?:who|whose|which|where)\s[^,.;:“”\"]*$")
"""A relative clause opened after a comma and still running ("…, whose ward includes ")."""


def closes_relative_clause(before: str, after: str) -> bool:
    """The name between the texts `before` and `after` it ends a relative clause set off by
    commas ("Sunanda Gaikwad, whose ward includes Balewadi, said"): what follows its comma is the
    rest of the clause's head's sentence, no apposition and no verb of the name's."""
    return after[:1] == "," and _RELATIVE_OPENED.search(before[-80:]) is not None


_FROM_PLACE_SAYS = re.compile(r",?\s+(?:in|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},?\s+(\w+)(\s+(?:us\s+)?this)?\s*:")


def speaks_from_place(text: str, end: int) -> bool:
    """The name ending at `end` is followed by where it is and a speech verb that introduces a
    quotation ("Jo in Swansea writes:", a reader's message in a live blog), or a verb whose "this"
    points at it ("Siobhán, in Clifden, sent us this:"): it speaks."""
    verb = _FROM_PLACE_SAYS.match(text, end)
    return verb is not None and (verb.group(1) in lexicon.SPEECH_VERBS or verb.group(2) is not None)
