"""People a quotation's sentence describes but the article never names: "A neighbor who asked
not to be named", "One local resident said", "the children's mother", "the officer" after "a
police officer". `speakers` asks these questions before it settles on a named person, so that an
unnamed speaker's words do not go to the last person named.
"""

from __future__ import annotations

import re

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.mentions import Registry
from crawler.parsers.quotes.resolution_context import Context

UNNAMED_APPOSITION = re.compile(r",?\s*(?:who|whom|speaking)\b[^.;:“”\"]{0,80}?\b(?:anonymous|anonymity|not\s+(?:(?:want|wish)\w*\s+)?(?:to\s+)?be\s+(?:named|identified)|"
                                r"not\s+authori[sz]ed\s+to\s+(?:speak|comment)|"
                                r"(?:his|her|their)\s+(?:full\s+|last\s+)?name\s+(?:not\s+be\s+(?:published|used|printed|given)|be\s+withheld)|"
                                r"(?:give|gave|giving|share|provide|publish)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name|"
                                r"only\s+(?:his|her|their)\s+(?:first|given)\s+names?\b(?!,\s+[A-Z]))", re.I)
"""An apposition saying the person described stays unnamed ("The woman, who wanted to remain
anonymous, …", "a resident who asked not to be named", "who did not want to be identified", "who asked that only her first name be
used", unless the name follows: "her first name, Donna, …"; "who was not authorised to speak publicly"; "who
asked that her name not be published")."""


_SCHOOL_YEAR_NUMBERS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
"""A school year written in words after its capitalised noun ("A Form Three student")."""
_INDEFINITE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?!(?:A|An|Another|One|He|She|They|We|I|It)\s)[A-Z][^.!?\n,“”\"]{0,60},\s+"
                                  r"(?:(?:where|when|which)\s[^.!?\n,“”\"]{0,80},\s+)?"
                                  r"|A\s+(?:few|short|little|couple)\s[^.!?\n,“”\"]{0,40},\s+)?"
                                  r"(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne(?P<of>\s+of\s+(?:the|his|her|their|its|our))?|My|Our)"
                                  r"\s+(?P<words>(?:(?:[a-z][\w-]*|[A-Z][a-z]+\s+(?:\d{1,2}|%s)|[A-Z][\w’'-]*(?=\s+(?:[a-z]|[A-Z]{2,}\b)))[,;]?\s+){1,3})"
                                  % "|".join(_SCHOOL_YEAR_NUMBERS))
"""A sentence opening (after an introductory phrase, perhaps: "A few metres away, a woman …") on an
indefinite noun phrase ("A neighbor who asked …", "One local resident said", "One of the rescued swimmers, a tourist …",
"Outside the school, one mother of two said", "Outside the stadium, where queues formed, a student
said", "A Year 11 student", "A Form Three student", "A Ruskin teacher", an
interviewee's "My grandmother", a name
used as an adjective before a lower-case noun or an office's initials: "Another Labour MP"). A
sentence opening on a subject pronoun is no introductory phrase: the noun phrase after its
comma is an apposition ("She married Jim Wardlaw, a fitter at the same pit")."""


_NEVER = re.compile(r"(?!)")
_KIN = "|".join(sorted(lexicon.KIN_NOUNS))
_OTHER_GENDER_IN_SENTENCE = {
    "f": re.compile(r"[^.!?\n]*\bshe\b[^.!?\n]*\bhis\s+(?:[a-z]+\s+)?(?:%s)\b" % _KIN),
    "m": re.compile(r"[^.!?\n]*\bhe\b[^.!?\n]*\bher\s+(?:[a-z]+\s+)?(?:%s)\b" % _KIN),
}
"""The unnamed subject's sentence going on with the he/she being resolved and then a relative
owned by the other gender ("A neighbour asked whether she would teach his daughter"): the subject
is that relative's parent, of the other gender, and the he/she someone else."""
_PRONOUN_ONE = re.compile(r"\b(?:[Aa]nother|[Oo]ne)\s+$")
""""Another" or "one" standing alone as the subject, a pronoun for one of a group."""


def unnamed_subject_since(gender: str | None, position: int, context: Context, text: str,
                          reporter_text: str) -> int | None:
    """Where the latest sentence since the previous quotation starts whose subject is a person
    the article does not name ("A neighbor", "One local resident"), of a gender the he/she
    allows; None when there is none. `reporter_text` is `text` with its quotations blanked
    (`Registry.reporter_text`)."""
    start = max(context.last_quote_position, 0)
    found = None
    for match in _INDEFINITE_SUBJECT.finditer(text, start, position):
        if reporter_text[match.start("words")] != text[match.start("words")]:
            continue  # "“… My father built this house,” she said", "“… A farmer will always go where the
            # money is,” he told …": someone in the speaker's words, no subject of the reporter's
        unnamed = UNNAMED_APPOSITION.search(text, match.start("words"), position)
        if unnamed and unnamed.start() - match.start("words") < 40:
            found = match.start()  # "Another former employee, who asked not to be named, …": whoever it is
            continue
        if match.group("words").split()[0].strip(",;") in lexicon.SPEECH_VERBS and _PRONOUN_ONE.search(text, match.start(), match.start("words")):
            found = match.start()  # "Another said her team …": one more of the unnamed people just described
            continue
        if _OTHER_GENDER_IN_SENTENCE.get(gender, _NEVER).match(reporter_text, match.end()):
            continue  # "A neighbour asked whether she would teach his daughter": the "she" is someone else,
            # and the neighbour, whose daughter is "his", is no she
        for word in match.group("words").split():
            word = word.strip(",;")
            if match.group("of") and word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]  # "one of the swimmers": a swimmer
            if word in lexicon.FUNCTION_WORDS:
                break
            if word in lexicon.SPOKES_WORDS:
                break  # (an organisation's voice: "A spokeswoman for Acme said" is Acme's)
            if (word in lexicon.PEOPLE_NOUNS or lexicon.is_role_noun(word)) \
                    and described_gender([word]) in (None, gender):
                found = match.start()
                break
    return found


_KIN_OF_SOMEONE_UNNAMED = re.compile(r"[Tt]he\s+[a-z][\w-]*['’]s?\s+(?P<kin>[a-z]+)")
"""A relation of someone described, not named ("the children's mother", "the boy's father")."""


def unnamed_relative(description: str, registry: Registry) -> bool:
    """The description is a relation of someone the article does not name, and no person it
    names has that relation: whoever it is, the article does not name them."""
    kin = _KIN_OF_SOMEONE_UNNAMED.fullmatch(description)
    return kin is not None and kin.group("kin") in lexicon.KIN_NOUNS \
        and not any(kin.group("kin") in e.roles for e in registry.entities if e.person)


def described_gender(words: list[str]) -> str | None:
    """"m" or "f" when a description's words say it ("the woman", "his wife", "a fisherman",
    "a businesswoman"), else None."""
    if any(word in lexicon.FEMALE_CUES or word.endswith(("woman", "women")) for word in words):
        return "f"
    if any(word in lexicon.MALE_CUES or lexicon.is_men_plural(word) or len(word) >= 7 and word.endswith("man")
           for word in words):
        return "m"
    return None


def kept_unnamed_in_paragraph(position: int, registry: Registry, text: str) -> bool:
    """True when the paragraph, before `position`, describes someone who "asked not to be named"
    and names no person after that ("One of Skyline's largest shareholders, who asked not to be
    named, said … “…,” the investor said")."""
    start = text.rfind("\n", 0, position) + 1
    unnamed = None
    for unnamed in UNNAMED_APPOSITION.finditer(text, start, position):
        pass
    return unnamed is not None and not any(m.entity is not None and m.entity.person and not m.possessive
                                           for m in registry.at(unnamed.end(), position))


def introduced_unnamed(head: str, position: int, text: str, reporter_text: str) -> bool:
    """True when the paragraph introduced "a … <head>" (or "one", "another") without a name before
    "the <head>" ("Even when a police officer first called, … the officer recalled", "One ruling party
    MP, who asked not to be named, said …"), or the paragraph before
    when this one opens on the quotation ("…, a state official who spoke on condition of anonymity,
    said …" then "“…,” the official said"; `reporter_text` is `text` with its quotations blanked)."""
    start = text.rfind("\n", 0, position) + 1
    if reporter_text[start:start + 1] == " " and text[start:start + 1] != " ":
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    if text[start:position].lower().find(head) < 0:
        return False  # (the word is not there at all: no pattern is compiled for it)
    pattern = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:the|for|of|to|at|in|on|with|from|by)\s)[\w-]+\s+){0,3}"
                         r"(?i:%s)\b(?!\s*,?\s*[A-Z])" % re.escape(head))
    # (the head as written: "the MP" after "One ruling party MP", "the official" after "an unnamed senior
    # party official"; not after "A spokesman for the minister", whose minister is no one new)
    return bool(pattern.search(text, start, position))


_INDEFINITE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:A|An|One)\s+((?:[\w-]+\s+){0,2}[\w-]+)")
"""A sentence opening on an indefinite description and its first words ("A senior provincial official")."""
_NAME_AFTER = re.compile(r"\s*,?\s*[A-Z]")


def introduced_unnamed_between(head: str, start: int, end: int, text: str) -> bool:
    """True when a sentence between `start` and `end` opens on "a … <head>" with no name given
    after it ("A senior provincial official, who spoke on condition of anonymity,", not "A
    spokesman, Tom Reed,"): someone new of that description, whom a later "the <head>" means
    rather than a named person of that role mentioned before it."""
    for match in _INDEFINITE_OPENING.finditer(text, start, end):
        words = match.group(1).split()
        if head in words:
            head_end = match.start(1) + match.group(1).rfind(head) + len(head)
            if not _NAME_AFTER.match(text, head_end):
                return True
    return False


def used_for_someone_unnamed(head: str, position: int, text: str) -> bool:
    """True when an earlier sentence already used "the/a … <head>" as its subject, with no name
    (also after a quotation: "“…,” an insider told the outlet")."""
    if text.find(head, 0, position) < 0:
        return False  # (the word is not there at all: no pattern is compiled for it)
    pattern = re.compile(r"(?:(?:^|[.!?]\s+|\n)(?:[A-Z][^.!?\n]{0,40}?,\s+)?(?:The|A|An|One)|(?<!,)\s(?:[Aa]n?|one))\s+(?:[\w-]+\s+){0,2}"
                         + re.escape(head) + r"\b(?!\s*,?\s*[A-Z])")
    return bool(pattern.search(text, 0, position))
