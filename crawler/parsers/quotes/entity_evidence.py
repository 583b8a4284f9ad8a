"""What the words around one mention teach about its entity: roles, age, gender, person or place.

An apposition (", 24, a striker for Leeds,"), a title, a description before the name ("Her
neighbour, "), a copula ("is the head of …") or a pronoun later in the subject's clause each add
evidence to the entity the mention was linked to. Linking mentions into entities is `mentions`'
job; reading this evidence needs only the entity and the text around the one mention.
"""

from __future__ import annotations

import re

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.entities import Entity, Mention
from crawler.parsers.quotes.lexicon import first_key
from crawler.parsers.quotes.name_positions import closes_relative_clause
from crawler.parsers.quotes.names import NEVER_NAMES


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][\w-]*")
_ARTICLE_END = re.compile(r"\s+[Tt]he$")
"""An article a title stood after ("…, the Rev"), left once the title is taken off."""
_ARTICLES = frozenset("the a an".split())
"""Articles, passed over when the words before a name end on a preposition ("at the X")."""
_VERB_PARTICLES = frozenset("by up down out off in on to that the a an".split())
"""Words after an -ed word that make it a verb ("backed up", "led by"), not an adjective ("retired aerospace")."""
_OWN_NAME_BEFORE = re.compile(r"\b(his|her|their)\s+(?:first\s+|given\s+)?name(?:,|(?:\s+only)?\s+as)\s*$", re.I)
"""Someone's name given in an apposition to "her first name" ("who gave only her first name,
Amina", "who asked that only his first name, Keith, be used") or after it ("who gave her name
only as Margaret")."""
_OPENING_ROLE_BEFORE = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)((?:[A-Z][\w’'&.-]*\s+){1,4}(?P<role>[a-z][\w-]*)"
                                  r"(?:\s+(?:in|of|for|at|on)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s*){1,4})?),\s*$")
"""A job opening its sentence without an article, set off by a comma before a name, as a
headline-like report writes it ("Welsh Conservative leader in the Senedd, Iolo Brackenbury, has
arrived")."""
_DESCRIBED_BEFORE = re.compile(r"(?:^|[.,;:!?][”\"’']?\s+|\n|\sand\s+|\s(?:survived\s+by|leaves|including)\s+)((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts|[Aa]nother|[Aa]n?|[Oo]ne|[A-Z][\w’'-]*[’']s?)"
                               r"\s+(?:[A-Z][\w’'&.-]*\s+){0,4}(?:[a-z0-9][\w’'-]*\s+){0,3}[a-z][\w-]*)"
                               r"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:[a-z][\w-]*|(?:[A-Z][\w’'&.-]*\s+){0,5}[A-Z][\w’'&.-]*"
                               r"(?:\s+\([A-Z]{2,}\))?))?,\s*$")
"""A short description set off by a comma right before a name ("Fischer’s mother, ", "Her neighbour, ",
"survived by a daughter, ",
"Another farmer, ", "The company's founder, ", "The Pakistan Cricket Board chairman, ", "His wife of 58
years, "), also after a sentence that a quotation ends, and as the second of two ("with Bautista and
a younger warden, "); a short complement after it is not kept ("The state chairman of the party, ", "A
consultant paediatrician at the Lagos State University Teaching Hospital (LASUTH), ")."""
_OFFICE_BEFORE = re.compile(r"(?:(?:^|[.,;:!?]\s+|\n)(?:[Tt]he\s+)?|\sthe\s+)(?P<office>(?P<title>(?:[A-Z][a-z]+\s+){1,4})(?:of|for)\s+"
                            r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,3}[A-Z][\w’'-]*),\s*$")
"""An office set off by a comma before a name ("The Minister for Fisheries, Niamh Gallagher,", "a
call for order from the Mayor of Kirklees, Cllr Derek Oldroyd,")."""
_ROLE_STATED_BEFORE = re.compile(r"(?:^|[.;:!?][”\"’']?\s+|\n)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<role>[a-z][\w-]*)"
                                 r"(?:\s+[^.;:!?“”\"]{0,40}?)?\s+(?:is|was)\s+$")
"""A role stated as the subject of a sentence whose complement is the name ("Its mayor at the time, and
again now, is Ferdinand Lacson")."""
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+([A-Z][\w-]+),\s*$")
"""A one-word office set off by a comma before a name ("the Taoiseach, Micheál Byrne,", "the approval of
the Baale, Chief X,")."""
_BODY_NOUNS = lexicon.ORG_NOUNS | frozenset("unit subsidiary division arm affiliate".split())
"""Heads of an apposition that make the name before it an organisation."""
_GENDER_CUES = lexicon.MALE_CUES | lexicon.FEMALE_CUES
_TIME_APPOSITION = re.compile(r"(?:\d+|an?|[a-z]+)\s+(?:years?|months?|weeks?|days?|decades?|hours?)\s+(?:after|before|later|earlier|ago)\b")
"""A time set off by commas after a name ("in Boksburg, 34 years after her father …,"): no description of it."""
_COMPLEMENT = re.compile(r"\s+(?:of|at|for|in|with|from|on)\s")


def role_head(role: str) -> str:
    """The head noun of a role: its last word before a complement ("head" of "head of the bank",
    "unit" of "Alphabet's self-driving unit")."""
    words = _COMPLEMENT.split(role, 1)[0].split()
    return words[-1].lower() if words else ""


_FINITE_VERBS = frozenset("is are was were has have had will would can could may might must should shall".split())
_PASSIVE_AGENT = re.compile(r"^[a-z]+ed\s+by\s+")
_COPULA_ROLE = re.compile(r"^\s+(?:is|was)\s+(?:the|a|an)\s+((?:(?:[A-Z]\.){2,}|[^,.;:()“”\"]){3,100}?)\s*(?:,|\.|;|$)")
"""A role given as a predicate ("X is the head of Y")."""
_NAME_AT_END = re.compile(r"[a-z]\s+[A-Z][\w’'-]+$")
_THEY_PRONOUNS_AFTER = re.compile(r"(?:,\s+who|,[^,.;:“”\"]{1,80},)?\s+(?:uses|use|prefers|goes\s+by)\s+(?:the\s+)?(?:pronouns?\s+)?they(?:/them)?\b")
"""A person's own pronoun stated after the name ("Ellery, who uses they/them pronouns,", "Ash
Penrose, the company's designer, uses they/them pronouns"): "they", never he or she."""
_THEY_PRONOUNS_BEFORE = re.compile(r"\b(?:uses|use|prefers|goes\s+by)\s+(?:the\s+)?(?:pronouns?\s+)?they(?:/them)?\b"
                                   r"[^.;:“”\"A-Z]{0,80}$")
"""The same stated in a description the name closes ("a sophomore who uses they/them pronouns and
asked that only their first name, Riley, be used")."""
_THEY_NEXT_SENTENCE = re.compile(r"([^.;:!?“”\"]*)\.\s+They\s+[a-z]")
"""The rest of a sentence after a name, and the next sentence opening on "They" and its verb."""
_PLURAL_OR_NAME = re.compile(r"(\w+\s+)?\b([a-z]{2,}[^su’'\W]s|[A-Z]\w*)\b")
"""A plural noun (or a present verb, which it cannot be told from) or a name, with the word before it."""
_JOINED_AFTER = re.compile(r",?\s+(?:and|with|&|together)\s")


def _singular_they_after(following: str) -> bool:
    """The sentence a person's name is the subject of names no one else and nothing plural a
    "they" could mean (a place after a preposition aside), and the next one opens on "They"
    ("Kai Brennan, 22, grew up in Auchenlea and left to study in Glasgow. They moved back …"):
    the "they" is that person's own pronoun, as a "she" would be."""
    sentence = _THEY_NEXT_SENTENCE.match(following)
    if sentence is None or _JOINED_AFTER.match(following):
        return False  # (not "Kai Brennan and his sister …")
    for word in _PLURAL_OR_NAME.finditer(sentence.group(1)):
        before, key = (word.group(1) or "").strip().lower(), word.group(2)
        if key[0].isupper() and before in lexicon.PREPOSITIONS and before != "with" or key.lower() in lexicon.FUNCTION_WORDS:
            continue
        if key[0].islower() and _ONE_OF.search(sentence.group(1), 0, word.start()):
            continue  # "… is one of the few younger harvesters in the harbour. They fish …": still one
        return False
    return True


_FULL_NAME = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
"""Two capitalised words in a row: a name (or a place's), which the paragraph may have named before a
person whose sentence a "They" follows ("Linh Nguyen, 67, … Bao Nguyen has been selling banh mi
since 2011. They are not related."): the two of them."""
_ONE_OF = re.compile(r"\bone\s+of\b")
"""One of a group: what follows is plural, the subject still one person."""


WHO_AFTER = re.compile(r"(?:,|\s[—–])?\s+who\s")
"""A relative clause on the name before it ("John Roe, who has farmed here")."""
_WHICH_AFTER = re.compile(r",\s+which\s")
_KIN_AFTER = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}(?:sons?|daughters?|child|children|kids|husband|wife|"
                        r"partner|parents|mother|father|brothers?|sisters?|grandchildren)\b")
"""A relative "whose" with kin after a name ("Sarah Khan, whose two sons attend …"): a person."""
_KIN_DASH = re.compile(r"\s*[—–]\s*(?=(?:his|her|their)\s+[a-z]+\s*[.,;]|(?:his|her|their)\s+[a-z]+$)")
"""A dash before a kin apposition that ends its clause ("Antonio Reyes — his father.")."""
_SEAT_BEFORE = re.compile(r"\b(?:MPs?|MLAs?|MSPs?|MEPs?|TDs?|[Mm]embers?|[Ss]enators?|[Rr]epresentatives?|"
                          r"[Cc]ouncill?ors?|[Aa]ssembly(?:man|woman|member)|[Cc]ongress(?:man|woman))\s+for\s+(?:the\s+)?$")
"""An elected member's seat before a name ("MP for ", "the senator for ", "councillor for the "): a place."""
_PARTY_THEN_SEAT_BEFORE = re.compile(r"\((?:[A-Z][A-Za-z.&-]{0,9}[A-Z]|[A-Z][a-z]{2,5}\.?)[,–-]\s*$")
"""A party's letters in brackets after a member's name, then the seat ("Sen. Ibrahim Gwarzo (APA,
Kuraye North)", "Rep. Jo Roe (D-", "(Lab, Dewsbury)"): a place."""
_WHERE_AFTER = re.compile(r",\s+where\s")
"""A relative clause of place after a name ("Khan Younis, where he met families, …")."""
_AGE_AFTER = re.compile(r"^,\s*(?:(?:now|then|aged)\s+)?(\d{1,3}),")
_AGE_STATED = re.compile(r"^(?:,\s*who)?\s+(?:is|was)\s+(?:now\s+)?(\d{1,3})(?:\s+years\s+old)?(?=[.,;]|\s+and\s)")
"""An age given as a predicate ("Cathal O'Driscoll is 38.", "Donal, who is 71, has …")."""
_WON_AFTER = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:won|wins)\b")
"""A win right after a subject's name, which makes it "the winner"."""
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")
"""An age set before the name ("24-year-old Priya Anand")."""
_ROLE_AFTER = re.compile(r"^,\s*(?:(?:now|then|once|formerly|still)\s+)?(?P<det>(?:a|an|the)\s+)?(?P<role>(?:(?:[A-Z]\.){2,}|[^,.;:()“”\"]){3,250}?)\s*(?:,|\.|;|$| said| says| told)")
"""An apposition after a name, up to its comma ("U.S." and "U.K." do not end it), also one
placed in time (", now a professor of chemistry at Leeds,")."""
_SUBJECT_AFTER = re.compile(r"^,\s*(?:a|an|the)\s+[^,.;:()“”\"]{3,60}?\s(?:said|says|told)\b")
"""A noun phrase and its speech verb after the comma: the subject of the sentence, no apposition."""
_DEFINITE_SUBJECT_AFTER = re.compile(r"^,\s*the\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+\s+(?:%s)\b"
                                     % "|".join(map(re.escape, sorted(lexicon.SPEECH_VERBS, key=len, reverse=True))))
"""A short definite noun phrase and its speech verb after the comma: the clause's subject ("…
at Crawford Hall, the VC said", "… hosted by Callum Reyes, the epidemiologist explains why")."""
_ADJECTIVES_ROLE = re.compile(r"^,\s*(?P<det>a|an)\s+(?P<role>[a-z][\w-]*,\s*[^,.;:()“”\"]{3,100}?)\s*(?:,|\.|;|$| said| says| told)")
"""An apposition whose adjectives a comma splits ("a queer, Native advocate in Helena")."""
_EMPLOYER_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w&-]*\s+){1,3})(?:[a-z][\w-]*\s+){1,2}$")
"""Capitalised words (an organisation's name) before the one or two lower-case words of a role
right before a name ("Holmfield manager ", "Jarrah Capital analyst ")."""
_OWNED_ROLE = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[’']s\s+[a-z]")
"""A role owned by a named organisation ("Al Jazeera's manager of communications")."""
_TIME_OPENER = re.compile(r"^(?:(?:last|this|next|on|in|early|late)\s+)?(?:week|month|year|night|morning|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+", re.I)
"""A time phrase opening the clause before a name ("Last week State Department official X")."""
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|that|whose)\s.*$")
_MODALS = frozenset("to will would can could may might must should did does do".split())
_CLAUSE_STOP = re.compile(r"\. |[“”\"«»„]")
_WHOSE_CLAUSE = re.compile(r"\s*,\s*whose\s[^,.;“”\"]*,")
"""A relative clause on someone the name owns ("Janet Cole, whose father lived there until his
death, wrote"): its pronouns are that someone's."""
_WHOSE = re.compile(r"\bwhose\s")
"""A relative clause on someone the name owns, anywhere in its clause: its pronouns are that someone's."""
_NAME_AFTER_WORD = re.compile(r"\b([a-z]+)\s+[A-Z][a-z]")
"""A capitalised word after a lower-case one: another name in the clause, unless a preposition
or an article puts it in a phrase ("of Acme", "the Met")."""
_THAT_CLAUSE = re.compile(r"\bthat\s+")
"""A "that" opening a clause: a pronoun in it is the name's only as that clause's subject ("X
said that she …"), not after a subject of its own."""
_BODY_AFTER = re.compile(r"\s+([a-z]+)\b")
"""The lower-case word right after a name, which may make it a body's ("Harbour-Kinetic team")."""
_ASIDE_VERB = re.compile(r"\s+([a-z]+),")
"""A name's verb closing an aside ("…, de Vries thinks, …", "…, Fischer says, …")."""
_VIEW_BEFORE = re.compile(r"\b([a-z]+)\s+(?:that\s+)?$")
"""The verb right before a clause's subject ("thinks ", "believes that "): a view's clause, whose
he or she is as often someone else as the one who holds the view."""
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|added|argued|claimed|insisted|told\s+\w+)\s+(?:the|a|an)\s+[a-z-]+")
"""A speech verb and a reported clause's own subject after it, with no "that" ("said the older
brother", "said the relationship")."""
_PRONOUN_AFTER = re.compile(r"([HhSs\u017f](?<!\w.)(?:(?<=[Hh])(?i:e|is|im|imself|er|ers|erself)|(?<=[Ss\u017f])(?i:he)))\b")
"""A he, his, him, himself, she, her, hers or herself, in any case: `\\b(he|his|…|herself)\\b` case-blind,
written to open on its first letter and test the word boundary before it with a lookbehind (a
pattern that opens on a character class lets the regex engine skip to the next h or s, one that
opens on `\\b` is tried at every character of the clause: four times slower). U+017F is the long
s, "ſ", which a case-blind "s" also matches."""
_OBJECT_HER = re.compile(r"\s*[,;:.!?)]|\s+(?:she|he|that|as|" + "|".join(sorted(lexicon.PREPOSITIONS)) + r")\b")
"""What follows an object "her" ("told her she had the hands of a thrower", "describes her as",
"said to her after a meeting"), not a possessive one: a possessive "her" is followed by what it
owns, never by a preposition or a stop."""
_PRONOUN_SUBJECT = re.compile(r"\s*(?:he|she|they|I|we)\s")
"""A subject pronoun right after an apposition: the apposition describes it."""
_ITS_AFTER = re.compile(r"\s+(?:(?:has|had|have|also|again)\s+)?(?P<verb>[a-z]+)\s+its\b")
"""A verb and "its" right after a subject's name ("Stellantis cut its forecast")."""
_OWNED_DESCRIPTION_AFTER = re.compile(r"(?:\s*,\s*|(?:\s*,[^,.;:]{1,30},)?\s+(?:is|was|became|becomes|remains|remained)\s+"
                                      r"(?:(?:one|some|two|three|each) of\s+|among\s+)?)(?:her|his)\s+[a-z]")
"""A description owned by a her/his right after a name, as its apposition or its predicate ("Tom
Reed, her assistant,", "Tom Reed was her assistant", "Colm Ó Méalóid, now 45, was one of her
pupils"): the pronoun is the owner's, not the name's."""
_AS_OWNED_ROLE = re.compile(r"as (?:her|his) (?!own\b)[a-z-]+\b(?![’']s)")
"""A role owned by a her/his after "as" ("worked as her mate", "served as his deputy"): the
pronoun is the one served, not the subject (but "as his party's leader" is his own)."""
_PRONOUN_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)(?:He|She)\s[^.!?,;:“”\"]*\s(?:in|near)\s+$")
"""A sentence a he or she opens, running up to a place's name ("She grew up in ")."""
_HOME_BEFORE = re.compile(r"\b(?:grew\s+up|was\s+born|were\s+born|was\s+raised|were\s+raised)\s+(?:in|near)\s+$")
"""Where someone grew up or was born, right before a place's name ("Yaa Boateng-Schulz … grew up in
Hamburg, the daughter of a Ghanaian nurse"): what is set off after the place describes that someone."""
_SOURCE_OPENING = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)According\s+to\s+$")
"""A source opening the sentence before a name ("According to Iyer, the retail division … will be
the first test"): the body after the comma is the sentence's subject, no apposition of the name."""
_OPENING_PHRASE = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)[A-Z][a-z]+\s+$")
"""A preposition opening the sentence right before a name ("In Makoko, little happens …"): the
comma after the name may close that phrase, the main clause following it, no apposition."""
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b")
"""A plural verb right after a subject's name: a body spoken of as its members ("Big Machine have")."""
_PAIR_BEFORE = re.compile(r"(?:\band|&|,)\s*$")
"""A name joined to one before it ("Smith and Jones have"): a plural verb after it is the pair's."""
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)\s*$")
"""Nothing of its sentence before a name: it opens the sentence."""
_LAST_CONJUNCT_PRONOUN = re.compile(r"\sand\s+(?:me|us|him|her|them)$")
"""A list's last item, a pronoun, closing what seemed an apposition ("…, Úna Harrington, a man
delivering a washing machine and me."): the items after the name are other people, no description of it."""
_OPENING_PARTICIPLE = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)[A-Z][a-z]+ing\s[^,.;:!?]*\b(?:[Hh]is|[Hh]er)\s[^,.;:!?]*,\s*$")
"""A participle phrase opening the sentence before a name, with a his or her in it ("Speaking at
his locker afterward, "): its subject is the name, whose own the possessive is."""
_OWNER_PRONOUN_BEFORE = re.compile(r"\b([Hh]er|[Hh]is)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*$")
"""A description owned by a pronoun, set before a name ("Her co-star, ")."""


def without_titles(context_before: str, titles: list[str]) -> str:
    """`context_before` without the titles that end it, the name's own ("the Baale, Chief ")."""
    bare = context_before.rstrip()
    for title in reversed(titles):
        if bare.endswith(title):
            bare = bare[:-len(title)].rstrip()
    return bare


def owner_gender(context_before: str) -> str | None:
    """"f" or "m" for the owner of the description right before a name ("Her co-star, Tom
    Hennessy": someone else's "her", whose later "her" is that owner's, not his)."""
    if not context_before.rstrip().endswith(","):
        return None  # (the description ends on its comma: most names have none before them)
    tail = context_before[-60:]
    owner = _OWNER_PRONOUN_BEFORE.search(tail)
    if owner is None or _OPENING_PARTICIPLE.search(tail):
        return None  # ("Speaking at his locker afterward, Okonkwo-Reyes said he …": the phrase opening
        # the sentence is his own, no description of someone else's)
    return "f" if owner.group(1).lower() == "her" else "m"


def clause_gender(following: str) -> str | None:
    """"m" or "f" when a he/his/himself or she/her/herself follows in the same clause ("Salah
    himself was more modest"); None when the first is "him": an object pronoun is someone else
    ("Kemi Badenoch accused him of breaking his promises" says nothing of her). A clause of
    another name's ("Brennan suggested that Alvarez had acted on her own") ends the search:
    its pronoun is that name's."""
    if _OWNED_DESCRIPTION_AFTER.match(following):
        return None  # "Tom Reed, her assistant," / "Tom Reed was her assistant": someone else's "her"
    body = _BODY_AFTER.match(following)
    if body and body.group(1) in _BODY_NOUNS:
        return None  # "Quayle's Harbour-Kinetic team said … that he had signed": the team's rider, no gender of the team
    aside = _ASIDE_VERB.match(following)
    if aside and aside.group(1) in lexicon.COGNITION_VERBS:
        return None  # "It is, de Vries thinks, the best thing he ever wrote": the sentence's he, around her
        # view (but "Luckily, Fischer says, his husband did …": his own news)
    whose = _WHOSE_CLAUSE.match(following)
    start = whose.end() if whose else 0
    stop = _CLAUSE_STOP.search(following, start)
    end = stop.start() if stop else len(following)
    pronoun = _PRONOUN_AFTER.search(following, start, end)
    if pronoun is None or pronoun.group(1).lower() == "him":
        return None
    if following[max(0, pronoun.start() - 6):pronoun.start()].lower() == "where ":
        return None  # "Teodora Condori was selling drinks outside the stadium where he had spoken": a place's
        # clause, whose he or she may be anyone the article is about
    if pronoun.group(1).lower() == "her" and _OBJECT_HER.match(following, pronoun.end()):
        return None  # "Novak told her she had …": the object, someone else, as "him"
    if _AS_OWNED_ROLE.match(following, max(0, pronoun.start() - 3)):
        return None  # "Tyrell Bauer, who has worked as her mate,": the one he works for
    if pronoun.group(1).lower() in ("he", "his") and _HIM.search(following, pronoun.end(), end):
        return None  # "Halima Bello-Danjuma, who trained in his office, remembered him as …": the him's
    other = _SHE_WORDS if pronoun.group(1).lower() in ("he", "his", "himself") else _HE_WORDS
    rest = _CLAUSE_BREAK.split(following[pronoun.end():end], 1)[0]
    if any(not (word.group(1).lower() == "her" and _OBJECT_HER.match(rest, word.end()))
           for word in other.finditer(rest)):
        return None  # "Harraway, who has sold her pinot from his vineyard,", "Fordyce said she ran it more
        # tightly than any convener he had served under": one of the two is someone else's (not an
        # object's: "Solheim said he was proud of her")
    if any(m.group(1) not in lexicon.PREPOSITIONS and m.group(1) not in ("the", "a", "an")
           for m in _NAME_AFTER_WORD.finditer(following, start, pronoun.start())):
        return None
    if _WHOSE.search(following, start, pronoun.start()):
        return None  # "Rajesh Pillai, an engineer in Kochi whose mother was cared for … until her death": the
        # mother's, whom the name owns
    view = _VIEW_BEFORE.search(following, start, pronoun.start())
    if view and view.group(1) in lexicon.COGNITION_VERBS:
        return None  # "Dr Doherty thinks she will be back on the ward": the midwife the article is about
    that = _THAT_CLAUSE.search(following, start, pronoun.start())
    if that and that.end() != pronoun.start():
        return None  # "Lyle argued that the narrative risked overstating her importance": the clause's own subject
    reported = _REPORTED_SUBJECT.search(following, start, pronoun.start())
    if reported:
        return None  # "Rahman said the older brother had recruited his sibling", "Okafor-Lind said the
        # relationship was the most important of his working life": the reported clause's, no "that"
    reflexive = _REFLEXIVE.search(following, pronoun.end(), end) \
        if pronoun.group(1).lower() in ("his", "her") else None
    if reflexive:  # "Walter Brandt … built the barres in her first studio himself": the subject's own
        return "m" if reflexive.group(1).lower() == "himself" else "f"
    return "m" if pronoun.group(1).lower() in ("he", "his", "himself") else "f"


_HIM = re.compile(r"\b[Hh]im\b")
"""A man as an object: a he or his in the same clause is rather his than the subject's."""
_HE_WORDS = re.compile(r"\b(he|his|himself)\b", re.I)
_SHE_WORDS = re.compile(r"\b(she|her|hers|herself)\b", re.I)
"""The he-words and she-words of a clause that may be its subject's (an object's "him" is not)."""
_CLAUSE_BREAK = re.compile(r"[,;:]")
_REFLEXIVE = re.compile(r"\b(himself|herself)\b", re.I)
"""A reflexive pronoun, which is always the clause's subject's."""


_PRESENT_VERB = re.compile(r"[a-z]{2,}[^su’'\W]s")
_OBJECT_DETERMINERS = frozenset("the a an its his her their our".split())


_PARTICIPLE_PREPOSITIONS = frozenset("by in at for from with on".split())


def _participle_after_job(words: list[str]) -> int | None:
    """Where a participle phrase after a job noun starts in an apposition's words ("a researcher
    based in Nairobi", "an engineer instructed by the HSE", "a lawyer appointed by the court"):
    the role ends there. None when there is none."""
    for index in range(1, len(words) - 1):
        word = words[index]
        if word.islower() and word.endswith("ed") and words[index + 1] in _PARTICIPLE_PREPOSITIONS \
                and lexicon.is_role_noun(words[index - 1].lower()):
            return index
    return None


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
    if len(words) > 1 and _PRESENT_VERB.fullmatch(words[0]) and words[1] in _OBJECT_DETERMINERS:
        return False  # a verb and its object (", now chairs the board"), no apposition
    return bool(words) and len(words) <= 14 and words[0] not in lexicon.FUNCTION_WORDS \
        and words[0] not in lexicon.PREPOSITIONS and not words[0].endswith(("ly", "ing")) \
        and not any(w in lexicon.SPEECH_VERBS for w in text.split() if w.islower())  # not "State"


def _named_role(text: str) -> bool:
    """An organisation's name before a lower-case job word ("Wikileaks editor-in-chief")."""
    words = text.split()
    return len(words) > 1 and words[-1].islower() and words[0][0].isupper() \
        and first_key(words[0]) not in NEVER_NAMES and bool(lexicon.JOB_ENDING.search(words[-1]))


def learn_from_context(entity: Entity, mention: Mention, titles: list[str], following: str,
                       context_before: str, pronoun: str | None, owner: str | None) -> None:
    """Roles, age, gender and person evidence from the words around `mention`;
    `pronoun` is `clause_gender(following)` for a subject (None for others) and `owner` is
    `owner_gender(context_before)`, which `Registry.add` has read already."""
    if _SEAT_BEFORE.search(context_before[-40:]) or _PARTY_THEN_SEAT_BEFORE.search(context_before[-14:]):
        entity.place = True  # "the Labour MP for Carmarthen East": a constituency, never a speaker
    copula = _COPULA_ROLE.match(following)
    if copula and not entity.role:
        # "Abu Amer is the head of the Palestinian Dialogue Group"
        role = _RELATIVE_CLAUSE.sub("", copula.group(1).strip())
        if _plausible_role(role) and not role.split()[0].endswith(("ed", "ing")):
            entity.role = role
        head = role_head(role)
        if head in _GENDER_CUES and mention.subject:  # "Saphina Ndali is a mother of two": a woman
            entity.evidence += 1
            entity.gender = entity.gender or ("m" if head in lexicon.MALE_CUES else "f")
    if mention.subject and entity.gender is None and _PLURAL_VERB_AFTER.match(following) \
            and not _PAIR_BEFORE.search(context_before) \
            and (context_before[-12:].split() or [""])[-1].lower() not in _MODALS \
            and (len(entity.tokens) > 1 or not _OPENS_SENTENCE.search(context_before)):
        # (not after a question's modal, "Would Adam Schiff have pleaded": the verb is an infinitive;
        # one word opening a sentence may be no name at all: "Negotiations are under way")
        entity.organisation = True  # "Big Machine have twice denied it": a body (British usage), no one person
    if not titles and following[:1] != "," and len(mention.tokens) < len(entity.tokens):
        # a surname again ("Levitt said"): only a pronoun after it can teach something
        _vote(entity, mention, following, pronoun, owner)
        return
    for title in titles:
        key = title.lower().rstrip(".")
        entity.roles.add(lexicon.TITLE_EXPANSIONS.get(key, key))
        entity.roles.update(lexicon.SPELT_OUT_TITLES.get(key, "").split())
        if key in lexicon.MALE_CUES:
            entity.gender = entity.gender or "m"
        elif key in lexicon.FEMALE_CUES:
            entity.gender = entity.gender or "f"
    if titles and not entity.role and not all(t.lower().rstrip(".") in lexicon.HONORIFICS for t in titles):
        entity.role = " ".join(titles)  # an office ("Foreign Secretary"), not "Sir" or "Mr"
    clause_before = context_before[max(context_before.rfind(","), context_before.rfind(". "),
                                       len(context_before) - 80) + 1:]
    role_words = _LOWER_WORD.findall(clause_before)[-5:]
    last = next((w for w in reversed(without_titles(clause_before, titles).split()) if w not in _ARTICLES), "")
    # (past the name's own titles: "The court later heard from Dr Tomasz Zieliński" names no court role)
    if role_words and (last in lexicon.PREPOSITIONS or last == "and"):
        role_words = []  # "the son of Margaret Whitfield": the son is someone else; so is "their
        # son Ruaraidh on guitar and Eilidh": the words before "and" describe the first of the two;
        # and "a surrogate mother at the Elliott Bay Aquarium" (past the article) the aquarium's
    for word in role_words:
        if word not in lexicon.FUNCTION_WORDS and word not in lexicon.SPEECH_VERBS:
            entity.roles.add(word)
    employer = _EMPLOYER_BEFORE.search(clause_before) if role_words and lexicon.is_role_noun(role_words[-1]) else None
    if employer:
        # "Holmfield manager Shaun Pryce": the club's words too, which "the Holmfield boss" repeats
        entity.roles.update(w.lower() for w in employer.group(1).split() if w.lower() not in lexicon.FUNCTION_WORDS)
    untitled = _ARTICLE_END.sub("", without_titles(context_before, titles)) if titles else context_before
    if not titles and role_words and clause_before.split() == role_words and lexicon.is_role_noun(role_words[-1]):
        untitled = context_before[:len(context_before) - len(clause_before)]  # "The Kingfish captain, hooker Ben Tapau"
    described = (_DESCRIBED_BEFORE.search(context_before) or _OPENING_ROLE_BEFORE.search(context_before)) \
        if not clause_before.strip() else _DESCRIBED_BEFORE.search(untitled) if untitled.endswith(",") else None
    if described and described.re is _OPENING_ROLE_BEFORE and not lexicon.is_role_noun(described.group("role")):
        described = None
    if described and clause_before.strip() and described.group(1).split()[-1] in lexicon.KIN_NOUNS:
        described = None  # ("His son, Dr Andrew Carrington,": a relative, which the relation itself tells)
    if described:  # "Fischer’s mother, Adrianne Fischer, …", "The school's bursar, Mrs Anne Roe,": the description before the name
        words = [w for w in _LOWER_WORD.findall(described.group(1)) if w not in lexicon.FUNCTION_WORDS]
        entity.roles.update(words)
        if words and lexicon.is_role_noun(words[-1]):
            entity.evidence += 1  # "Another farmer, Jim Hale, …", "The company's founder, Bill Roe, …": a person's job
        elif words and words[-1] in lexicon.WORK_NOUNS:
            entity.neuter += 1  # "Her new book, Underfoot, argues …": a work's title, an it
    own_name = _OWN_NAME_BEFORE.search(context_before, max(0, len(context_before) - 40)) \
        if (not clause_before.strip() and context_before.rstrip().endswith("name,")) or context_before.endswith(" as ") else None
    if own_name:  # "who asked that only her first name, Donna, be used": a person's name, and her gender
        entity.evidence += 1
        entity.gender = entity.gender or ("f" if own_name.group(1).lower() == "her" else
                                          "m" if own_name.group(1).lower() == "his" else None)
    stated = _ROLE_STATED_BEFORE.search(context_before[-80:]) if context_before.endswith(("is ", "was ")) else None
    if stated and lexicon.is_role_noun(stated.group("role")):  # "Its mayor … is Ferdinand Lacson": "the mayor"
        entity.roles.add(stated.group("role"))
        entity.evidence += 1
    bare = without_titles(context_before, titles)
    titled = _TITLE_BEFORE.search(bare[-40:]) if bare.endswith(",") else None
    # (also past a title of the name's own: "the Baale, Chief Ganiyu Sewanu,")
    if titled and titled.group(1).lower() in lexicon.TITLES:  # "the Taoiseach, Micheál Byrne,": his office
        entity.roles.add(titled.group(1).lower())
        entity.role = entity.role or titled.group(1)
        entity.evidence += 1
    bare = without_titles(context_before, titles) + " "
    office = _OFFICE_BEFORE.search(bare[-80:]) if not clause_before.strip() or bare.endswith(", ") else None
    if office and any(word in lexicon.TITLES for word in office.group("title").lower().split()[:4]):
        # the office's words, which "the minister" later repeats (the office, not the rank before
        # the name: "The Police Public Relations Officer of the Imo State Police Command, SP Henry Okoye,")
        entity.role = office.group("office") if not entity.role or entity.role == " ".join(titles) else entity.role
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
    if _THEY_PRONOUNS_AFTER.match(following) or "they" in context_before and _THEY_PRONOUNS_BEFORE.search(context_before) \
            or entity.gender is None and pronoun is None and mention.subject and _singular_they_after(following) \
            and not _FULL_NAME.search(context_before[context_before.rfind("\n") + 1:]):
        entity.gender = "they"
    if WHO_AFTER.match(following) and (following[:1] == "," or not mention.after_preposition) \
            or _KIN_AFTER.match(following):
        entity.evidence += 1  # "John Roe, who has farmed here": "who" is said of people, as is "whose sons"
        # (no comma after a name after a preposition: "a student from Chakesar who did not want his
        # name published", a clause on the noun before it; a name takes no restrictive clause)
    elif _WHICH_AFTER.match(following):
        entity.neuter += 1  # "Columbia Drug, which runs 46 pharmacies,": "which" is said of no person
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
    age = (_AGE_AFTER.match(following) if following[:1] == "," else None) or _AGE_STATED.match(following)
    if age:
        entity.age = age.group(1)
        entity.evidence += 2
    elif following[:1] == "," and not (mention.in_phrase and _SUBJECT_AFTER.match(following)) \
            and not _DEFINITE_SUBJECT_AFTER.match(following) and not closes_relative_clause(context_before, following):
        # (not "Speaking in the Commons, the Conservative MP said": that is the subject; nor "In a
        # statement by its spokesman, Felix Morka, the party said": the party speaks, he is no body)
        apposition = _ROLE_AFTER.match(following)
        role_words = apposition.group("role").split() if apposition else []
        modified = _participle_after_job(role_words)
        role_text = " ".join(role_words[:modified]) if modified else apposition.group("role") if apposition else ""
        role_words = role_words[:modified] if modified else role_words
        # ("Ann Roe, an engineer hired by the council,": an engineer, however she was hired)
        clause = any(w.endswith("ed") and w.islower() for w in role_words[1:4]) and not any(
            w in ("who", "which", "that") for w in role_words)
        if apposition and len(role_words) == 1 and _ADJECTIVES_ROLE.match(following):
            # "a queer, Native advocate in Helena": adjectives split by a comma
            apposition = _ADJECTIVES_ROLE.match(following)
            role_words = apposition.group("role").split()
            role_text = apposition.group("role")
        described = apposition is not None and (
            role_text[0].islower() or role_text[0].isdigit()
            or apposition.group("det") is not None or _OWNED_ROLE.match(role_text)) \
            and not _TIME_APPOSITION.match(role_text) \
            and not _PRONOUN_SUBJECT.match(following, apposition.end()) \
            and not (mention.after_preposition and apposition.group("det") is None
                     and _OPENING_PHRASE.search(context_before[-30:])) \
            and not (mention.after_preposition and (_PRONOUN_CLAUSE_BEFORE.search(context_before)
                                                    or _HOME_BEFORE.search(context_before[-30:])))
        # (an apposition after "In Makoko," shows by its article: "For Jim Roe, a farmer, …"; after
        # "She grew up in Collie," it is hers: "the daughter of a coal miner")
        # (not "Growing up in Birmingham, the daughter of …, she was told": the pronoun's)
        if described and not clause:
            first_word = role_words[0]
            verb_like = first_word.endswith(("ed", "ing")) or (
                first_word.endswith("s") and not first_word.endswith(("ss", "us", "is"))
                and not lexicon.POSSESSIVE_END.search(first_word))  # (not "Ofwat's director")
            if apposition.group("det") or (
                    first_word not in lexicon.FUNCTION_WORDS and not verb_like):
                entity.evidence += 1
            role = _RELATIVE_CLAUSE.sub("", role_text.strip())
            if role.startswith(("whose ", "who ", "which ")):
                # "Sophie Marlow, whose son Leo, 4, …": the son's, not hers; "Lorraine Pickup, who
                # found Mr Whitworth in the road,": a clause, whose "Mr" is his, not hers; "Arden,
                # which was spun out of the University of Cambridge,": a clause, no role
                role = ""
            listed = following[apposition.end():].lstrip(" ,").startswith("and ") \
                and _NAME_AT_END.search(role)  # "A, singer McDonald, and C": a list of people
            continue_list = bool(_LAST_CONJUNCT_PRONOUN.search(role))
            # ("…, Úna Harrington, a man delivering a washing machine and me.": the list goes on)
            if _plausible_role(role) and not listed and not continue_list:
                entity.role = entity.role or re.sub(r"^(?:a|an|the)\s+", "", role)
                if role_head(role) in _BODY_NOUNS and not WHO_AFTER.match(following, apposition.end()) \
                        and not _SOURCE_OPENING.search(context_before[-40:]):
                    entity.organisation = True  # "Waymo, Alphabet's self-driving unit,": a body, no person
                    # (but "Tane Rogers, a crane operator …, who said": a person, as "who" tells)
                elif role_head(role) in lexicon.ANIMAL_NOUNS:
                    entity.animal = True  # "Clonfert Rose, the mare who …": a horse, however "she" it is
            if not continue_list:
                entity.roles.update(w.lower() for w in re.findall(r"[A-Za-z][\w-]*", role)
                                    if w.lower() not in lexicon.FUNCTION_WORDS
                                    and not (w[0].isupper() and w.lower() in _GENDER_CUES))
                # (a capitalised "King" or "Queen" is a word of a name, "King’s College London",
                # and says nothing of the person's gender)
    if not entity.roles.isdisjoint(lexicon.FEMALE_CUES):
        entity.gender = entity.gender or "f"
    elif not entity.roles.isdisjoint(lexicon.MALE_CUES):
        entity.gender = entity.gender or "m"
    _vote(entity, mention, following, pronoun, owner)


def _vote(entity: Entity, mention: Mention, following: str, pronoun: str | None,
          owner: str | None = None) -> None:
    """A he/his/him or she/her later in a subject's clause (`pronoun`, see
    `learn_from_context`) votes for its gender, an "its" after its verb for none; a "where"
    after it makes it a place, and its clause's he or she someone else ("Khan Younis, where he
    met families"); not a pronoun of the gender of the owner its description was given ("Her
    co-star, Tom Hennessy, remembers her …")."""
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
