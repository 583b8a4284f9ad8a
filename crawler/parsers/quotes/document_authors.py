"""Whose document "the report", "the letter" or "a post" is.

A quotation from a document belongs to its author, named elsewhere in the article (an owner's
"’s report", "published by", "said in a statement", "wrote to parents"); these look-ups need
only the mentions and the text, not the state of speaker resolution.
"""

from __future__ import annotations

import re
from itertools import takewhile

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.entities import Entity
from crawler.parsers.quotes.mentions import Registry


def sentence_poster(position: int, registry: Registry, text: str, bodies: bool = False) -> Entity | None:
    """Who made the post, heading or caption a sentence introduces ("acebush1 made another post
    describing …"): the person the sentence has as subject (with `bodies`, also an organisation:
    "the state Democratic Party put out a statement calling her …")."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    for mention in registry.at(start, position):
        entity = mention.entity
        if entity is not None and not mention.possessive and not mention.after_preposition \
                and (entity.person or entity.maybe_person or bodies and entity.organisation and not entity.place):
            return entity
    return None


_TITLE_WORD = r"(?-i:%s)" % "|".join(sorted({t.capitalize() for t in lexicon.TITLES}, key=len, reverse=True))
"""A title before a name ("Dr", "Prof", "Mrs"), as the lexicon lists them."""
_LETTER_NOUNS = frozenset("letter email e-mail note memo message".split())
"""Documents someone writes to someone."""
_WROTE_AFTER = re.compile(r"(?:,(?:[^,.;:“”\"]|\.(?=\d)){1,80},|,)?\s+(?:has\s+|had\s+|also\s+)?(?:wrote|writes|emailed|emails)\b")
"""A name's verb of writing, past an apposition or its closing comma ("Martin Lowe, wrote to parents")."""
_SUBJECT_ASIDE = re.compile(r"\b%s(?:%s|,\s+)$" % (lexicon.DESCRIBED_SUBJECT, lexicon.IN_DOCUMENT))
"""A described subject an aside on its document follows ("The commission, in a statement signed by …,
said"): the body speaks, the one who signed only signs for it."""


def _signed_for_itself(authored: re.Match | None, text: str) -> re.Match | None:
    """The match that makes someone a document's author, unless the document is an aside on a
    described subject, which then speaks through it, or the signer signed it on another's behalf."""
    if authored is None or _SUBJECT_ASIDE.search(text, max(0, authored.start() - 60), authored.start()) \
            or _ON_BEHALF.search(authored.group()):
        return None
    return authored


_ON_BEHALF = re.compile(r"\bon\s+(?:his|her|their|its)\s+behalf\b")
"""A document signed for someone else ("a statement signed on his behalf by his Chief Press
Secretary, Mr X,"): the one it is signed for speaks through it, not the signer."""


_OWNED_DOCUMENT = re.compile(r"[’'‘]?s?\s+(?:[a-z-]+\s+){0,2}?(?:%s)\b" % "|".join(sorted(lexicon.DOCUMENT_NOUNS)))
"""An owner's document under another noun than the one a later reference uses ("’s review",
"’s annual safety report")."""


def earlier_owner(head: str, position: int, registry: Registry, text: str) -> Entity | None:
    """Whose document "the letter" is when the article spoke of "the Conservatives’ letter"
    before, of "the report, published by the Institute for Fiscal Studies", of "Skyway said in a
    statement", or of the one who "issued a statement" (the nearest)."""
    escaped = re.escape(head)
    authored = re.compile(r"\b%s,?\s+(?:(?:which\s+was\s+|that\s+was\s+)?%s\s+)?(?:by|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$"
                          % (escaped, lexicon.AUTHORING_PARTICIPLES), re.I)
    # the author in an apposition after "by", past other words of the description: "The memo,
    # dated 14 March and written by the council's director of communities, Helen Marsh, …"
    authored_apart = re.compile(r"\b%s,?\s+(?:[^.;:“”\"]{0,50}?\s)?(?:%s\s+by|from)\s+[^,.;:“”\"]{1,60},\s+(?:%s\.?\s+)?$"
                                % (escaped, lexicon.AUTHORING_PARTICIPLES, _TITLE_WORD), re.I)
    # (also with no comma after the noun, and past the name's title: "a statement signed by his
    # eldest son, Dr Obinna Anozie", "an email from the vice-chancellor, Professor Helen Ashworth-Nguyen")
    issued = re.compile(r"(?:[’'‘]s)?\s+(?:(?:has|had|have|also|later|then|just|now|already)\s+)*(?:issued|released|put\s+out|published|"
                        r"posted|shared|sent)\s+(?:an?|its|their|his|her|the|another)\s+(?:[\w-]+\s+){0,2}?%s\b"
                        % escaped, re.I)
    introduced = re.compile(r"\bin\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?%s(?:,?\s+(?:read|%s)\s+[^,.;:“”\"]{1,80})?"
                            r",\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?:(?-i:[A-Z][\w-]*\s+){0,3}(?:%s)\.?\s+)?(?:(?:%s)\.?\s+){0,2}$"
                            % (escaped, lexicon.AUTHORING_PARTICIPLES, _TITLE_WORD, _TITLE_WORD), re.I)
    # (past how it reached the reader and the name's titles: "In a victim impact statement read to
    # the court by Senior Constable Fraser, Mr Marsh said …", "In a statement released in Port Vila,
    # Vanuatu's Prime Minister Morkin Naupa said …", "In a statement, Emergency Services Minister
    # Jodie Kaplan said …", then "the statement said": theirs)
    for_whom = re.compile(r"\b%s\s+on\s+behalf\s+of\s+(?:the\s+)?$" % escaped, re.I)
    # ("the family attorney read a statement on behalf of Loretta Beck": hers, whoever reads it)
    aside = re.compile(r",\s+in\s+(?:an?|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?%s\b" % escaped)
    did = re.compile(r",?\s+(?:(?:has|had|also|later|then)\s+)*%s(?:ed|s)\b" % escaped)
    said_in = re.compile(r"(?:\s+\([A-Z][\w.&-]{1,11}\))?(?:,(?:[^,.;:“”\"]|\.(?=\d)){1,80},|,)?\s+(?P<verb>[a-z]+)(?:\s+(?:the|its|their|his|her)\s+[a-z]+)?"
                         r"\s+in\s+(?:a|an|the|its|their|his|her|another)\s+(?:[\w-]+\s+)?%s\b" % escaped)
    # (past the name's abbreviation, an apposition or a relative clause: "the Pakistan Cricket Board (PCB)
    # confirmed in a statement", "Fairview Church, which faces a lawsuit, said in a statement";
    # the kind may be a name: "said in a Facebook post"; the verb may have an object: "confirmed the
    # deaths in a statement")
    for mention in registry.before(position):
        if mention.entity is None:
            continue
        if mention.possessive:
            after = [word.rstrip(",.;:") for word in re.sub(r"^[’'‘]s?", "", registry.text_after(mention, 40)).split()]
            modifiers = len(list(takewhile(lambda word: word.islower() and word.isalpha() and word != head, after[:2])))
            if after[modifiers:modifiers + 1] == [head]:
                return mention.entity  # "the Conservatives’ letter", "Blair’s surprising new book"
        elif _signed_for_itself(authored.search(text, max(0, mention.start - 80), mention.start)
                                or authored_apart.search(text, max(0, mention.start - 200), mention.start)
                                or introduced.search(text, max(0, mention.start - 200), mention.start)
                                or for_whom.search(text, max(0, mention.start - 80), mention.start), text) \
                or (not mention.after_preposition and issued.match(text, mention.end, mention.end + 80)):
            return mention.entity
        if not mention.after_preposition and not mention.possessive and did.match(text, mention.end):
            return mention.entity  # "the post read" after "The group, which calls itself Nightjar, posted …"
        if not mention.after_preposition and not mention.possessive and aside.match(text, mention.end) \
                and not text[max(0, mention.start - 2):mention.start].startswith(","):
            return mention.entity  # "Adeyanju, in a statement signed on his behalf by …, said": his (not a
            # name set off itself: "The governor, who spoke through his press secretary, X, in a statement")
        said = said_in.match(text, mention.end)
        if said and (said.group("verb") in lexicon.SPEECH_VERBS or said.group("verb").endswith("ed")) \
                and not mention.after_preposition:
            return mention.entity  # "Skyway said in a statement …", "The Association congratulated the team
            # in a statement": the statement is theirs
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
    brought_in = None  # the last "a|an <document>" before: where the document entered the text
    for brought_in in re.finditer(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?%s\b" % escaped, text[:position]):
        pass
    if brought_in is not None and brought_in.start() > previous_paragraph:
        return _opening_subject(brought_in.start(), registry, text)
    return None


def _opening_subject(position: int, registry: Registry, text: str) -> Entity | None:
    """The person named first in the sentence that brought a document in ("Gordon Briggs has
    apologised after a post on X …", then "The post … read"), when nothing but a description
    stands before the name; not one named in an aside ("The governor, who spoke through his
    press secretary, X, in a statement …": the statement is the governor's)."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    poster = sentence_poster(position, registry, text)
    for mention in registry.at(start, position):
        if mention.entity is poster:
            return poster if "," not in text[start:mention.start] else None
    return None
