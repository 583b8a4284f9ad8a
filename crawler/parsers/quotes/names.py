"""Names written in one unit's text: runs of capitalised words, trimmed to the name.

A run of capitalised words (with inner connectors such as "of", "van der") loses the words that
are capitalised only because they open a sentence, the titles before the name ("Rear Admiral")
and the office it is given with ("Director of Public Prosecution"); what is left is a `Mention`,
with where it stands in its sentence (subject, after a preposition, possessive).
"""

from __future__ import annotations

import re
from itertools import dropwhile

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.entities import Mention
from crawler.parsers.quotes.lexicon import first_key
from crawler.parsers.quotes.name_positions import (cites, closes_relative_clause, described_after_comma, described_opener,
                                                   holder_of_place, job_and_name_follow, opens_sentence,
                                                   speaks_after_comma, speaks_from_place)

_POSSESSIVE = re.compile(r"^[’'‘]s?(?![\w])")
_CAPITAL_WORD = (r"(?:(?:[A-Z]\.){1,4}(?![\w’'])|(?:"
                 + "|".join(sorted(word.capitalize() for word in lexicon.ABBREVIATED_TITLES | lexicon.COMPANY_ABBREVIATIONS))
                 + r")\."
                 r"|[A-ZÀ-ÖØ-ÞА-Я](?:[\w’'‘&-]*\w)?(?:[’'‘]s?)?|[ei][A-Z][\w-]*\w|\d{1,2}-?[A-Z][\w&-]*)")
"""A capitalised word ("AT&T" too), initials, an abbreviated title, or inside a run a brand
spelt otherwise ("eBay", "20F")."""
_WORD_START = r"(?<![\w’'‘-])"
_RUN = re.compile(r"(?=[A-ZÀ-ÖØ-ÞА-Я])(?:%s|(?<=%s[ei])|(?<=%s\d)|(?<=%s\d\d)|(?<=%s\d-))" % ((_WORD_START,) * 5)
                  + _CAPITAL_WORD
                  + r"(?:[ \u00a0]+(?:(?:van|von|de)[ ]+(?:der|den|la|le)[ ]+|(?:of|for)[ ]+the[ ]+"
                  + r"|(?:of|for|the|de|du|da|do|dos|del|la|le|van|von|der|ten|ter|di|al|bin|y|&|and)[ ]+)?"
                  + _CAPITAL_WORD + r")*")
"""A run of capitalised words with its inner connectors (two for a name's "von der"); it may
start right after a brand's lower-case letter or digit ("eBay", "3M", "7-Eleven"), which
`_raw_runs` puts back."""
_COMPOUND_MODIFIER = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'‘]*-[a-z][a-z-]*")
"""A capitalised word joined to a lower-case one ("Labour-run", "Pre-tax", "Kyiv-based"): a
modifier, no name, whose parts are all capitalised ("Ferrand-Hughes", "Okonkwo-Eze")."""
_BRAND_PREFIX = re.compile(r"(?:[ei]|\d{1,2}-?)$")
_NON_SPACE = re.compile(r"\S+")
_BRAND_PLUS = re.compile(r"\+(?![\w+])")
"""A plus closing a name ("Disney+", "Halcyon+"), not one joining two words ("Acme+Globex")."""
_ABBREVIATED = re.compile(r"(?:[A-Z]\.)+|Jr\.|Sr\.|Inc\.|Corp\.|Ltd\.|Co\.|[A-Z][a-z]?\.")
"""Initials and abbreviations whose final period belongs to the name ("J.", "Jr.", "Inc.")."""
_NUMBERED = re.compile(r"[ \u00a0]\d(?![\d.,]*\s?(?:%|per\s?cent\b|percent\b))")
"""A number right after a name: a thing or a team's score ("Article 40", "Chelsea 2-0"), not a
person; not a share, which a list gives a person with its verb left out ("Okonjo-Reid has 46
per cent, Sullivan 37 per cent")."""
_APPOSITION = re.compile(r"(?:,|\s[—–])\s+(?:which|who|whose|the|an?)\s")
"""An apposition or a relative clause right after a name."""
_SENTENCE_WORD_FORM = re.compile(r"(?:ally|ously|ively|edly|ingly|ently|antly|fully|ately|ibly|ably|theless"
                                 r"|rdless|wards|ever|ing|ed)$")
"""Endings of adverbs and participles that open a sentence ("Afterwards", "Undeterred", "Speaking")."""
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")
"""A present participle opening a sentence ("Visiting", "Addressing")."""
_SUFFIXES = frozenset("jr sr ii iii iv".split())
"""Generational suffixes after a surname."""
POST_NOMINALS = frozenset("KC QC SC BL MP MSP".split())
"""Letters of a rank written after a person's name ("Martin Hale KC", "Declan Furey BL", "Jane Roe MP")."""
_NAMES_LIKE_PARTICIPLES = frozenset("""
mohamed mohammed muhammed ahmed javed saeed zayed rasheed hamed
fred alfred manfred siegfried winifred mildred ted ned jared reed jed
irving sterling channing ming ling jing ying xing bing
""".split())
"""Given names with the ending of a participle ("Mohamed Salah scored", not "Undeterred Doe")."""
_NAMES_LIKE_JOBS = frozenset("""
peter christopher jennifer oliver walter roger alexander esther heather amber tyler hunter spencer
parker skyler jasper homer chester lester foster fletcher archer carter porter baxter dexter webster
asher piper harper summer werner gunter günter rainer dieter heiner xander alistair
connor trevor victor igor hector taylor eleanor nestor salvador leonor
grant bryant vincent brent trent kent clement laurent florent innocent prudent
brian ian julian adrian christian damian sebastian fabian vivian lillian gillian jillian marian
dorian killian cillian kilian florian maximilian lucian cyprian
norman herman truman sherman coleman freeman osman usman suleiman salman ayman roman
""".split())
"""Given names with the ending of a job noun ("Brian Paul Krugman", not "Geographer Ann Lee")."""
_SPEAKING_MONTH = re.compile(r"(?:%s)\s+(?:%s)\b" % (
    "|".join(sorted({w.capitalize() for w in lexicon.MONTHS_AND_DAYS} - {w.capitalize() for w in lexicon.WEEKDAYS})),
    "|".join(sorted(lexicon.PAST_SPEECH_VERBS))))
"""A month's name that speaks ("“…,” Jun whispered", "April said"): a given name; no month says anything."""
_NAMES_AMONG_FUNCTION_WORDS = frozenset("will may june april august new first born".split())
"""Function words that begin a name when capitalised inside a sentence ("Will Moy", "New York")."""
_NATION_OPENERS = frozenset("north south east west northern southern eastern western central new".split())
"""Words that open a place's or a nationality's name ("West Australian", "the Northern Irishman",
"the New Zealander")."""
_PLACE_PARTS = frozenset("north south east west central".split())
"""Words that name a part of a place after it ("Bengaluru South", "Leeds North West")."""
_ARTICLE_AND_ADJECTIVES = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+){1,2}$")
"""An article and one or two lower-case words right before a name ("a senior ", "one veteran ")."""
_DETERMINERS = frozenset("the a an his her its their our my your this that".split())
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w’'‘-].)[\w’'‘-]*\w")
"""A capitalised word, no letter or apostrophe before it. (The test of the character before
comes after the capital: a pattern that opens on a character class lets the regex engine skip
to the next capital, one that opens on a lookbehind is tried at every character.)"""
NEVER_NAMES = lexicon.FUNCTION_WORDS | lexicon.MONTHS_AND_DAYS
_PUBLIC_BODY_AFTER = re.compile(r"\s+(?:(?:%s)\s+)?(?:police|military|army|navy|government|ministry|coastguard)\b"
                                % "|".join(sorted(lexicon.REMIT_WORDS | {"home", "justice", "education", "agriculture",
                                                                         "environment", "transport"})))
"""A public body in lower case after the place, people or leader it belongs to ("Copperbelt
police", "the Israeli military", "the Chinese foreign ministry", "the Albanese government"): its name."""
_ERAS = frozenset("BC AD BCE CE AM PM GMT UTC".split())
_AFTER_NUMBER = re.compile(r"\d\s?$")
_HEADLINE_WORDS = frozenset("her his their our my your its own".split())
"""Words capitalised inside a run only when the run is a title-case headline ("… Perform Her Own Songs")."""
_KIN_PLURALS = frozenset("sisters brothers siblings twins cousins".split())
_DESCRIPTOR = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
"""A capitalised compound of common nouns ("Singer-guitarists"), never a given name."""
_PARTICIPLE_COMPOUND = re.compile(r"-(?:[a-z]+ed|born)$")
"""A compound that ends in a participle ("Cambridge-based", "Kenyan-born", "state-owned")."""
HANDLE = re.compile(r"(?<![\w@/.-])(?:[a-z][a-z_]*\d[a-z0-9_]*|[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])(?![\w/@-])")
"""An online handle written in lower case with digits or an underscore ("acebush1", "winterwren_mn"): a
name all the same."""
PREFIXED_HANDLE = re.compile(r"(?<![\w/@.])(?:u/|@)[A-Za-z0-9_][\w-]*[A-Za-z0-9_](?![\w/@-])")
"""A Reddit user or an account as the article writes it ("u/quiet_fern", "@lionesslottie"): a name."""
_LETTER_DIGIT = re.compile(r"\d(?<=[a-z]\d)")
"""Cheap test that a text may hold a handle at all: a lower-case letter and a digit after it,
found from the digit (the regex engine skips ahead to the rare digits; from the letter it tried
at nearly every character)."""
_PLURAL_NOUNS = frozenset("people women men children".split())
"""Plurals whose possessive stays inside a name ("the People’s Daily", "Women’s Aid")."""
_CONNECTORS = frozenset("of for the de du da do dos del la le van von der al bin & y".split())
_VERB_AFTER_SUBJECT = lexicon.SPEECH_VERBS | frozenset(
    "has have had is was were will would also then later had recently".split())
_SPEECH_ADVERBS = frozenset("now also later then again still earlier previously separately has have had".split())
"""Adverbs of time or sequence, and the auxiliary of a perfect, that may stand between a subject
and its speech verb ("ESB Networks now says", "the minister later said", "The SNP has
responded"): the subject speaks all the same."""


_COMPARED_OPENER = re.compile(r"(?:^|[.,;:!?][”\"’']?\s+|\n)[Tt]he\s+(?:elder|older|younger|eldest|oldest|youngest)$")
"""A clause opening on "the elder" before a name ("Asked about it, the elder O'Driscoll does not
deny it"): the name stands where the clause's subject does."""
_INVERTED_OPENER = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)(?:Among|Also|Joining|[A-Z][a-z]+ing)\b[^.!?;:“”\"]{0,100}\s(?:was|were)\s+$")
"""A sentence opening on where or what someone is, then its verb, the subject last ("Among those
treated at the hospital was Mr Rizky Pratama", "Leading the march were …"): the name is its subject."""
_INFLECTED = re.compile(r"[a-z]{3,}(?:s|ed)$")
_OBJECT_OPENERS = frozenset("the a an two three four five six as back away out off down up".split())
_OWNER_DETERMINERS = frozenset("his her their its".split())
"""An object's owner after a verb ("when the SNP's Callum Reid began his questions"): the name before is its subject."""


_PHRASE_OPENERS = frozenset("its their his her our my the a an".split())


def _second_of_a_phrase(before_words: list[str]) -> bool:
    """The name is the second of two joined inside a noun phrase ("in its Dooars and Terai gardens"):
    a word of the phrase, as the first is, not a subject."""
    return len(before_words) >= 3 and before_words[-1] == "and" and before_words[-2][:1].isupper() \
        and not before_words[-2].endswith(",") and before_words[-3].lower() in _PHRASE_OPENERS | lexicon.PREPOSITIONS
    # (", and" opens a clause of its own: "It is half past seven in Perth, and Fiona Rattray is arguing")


def _finite_verb_after(following: list[str]) -> bool:
    """A lower-case -s or -ed word, then an article, a number, "as" or a preposition, follows
    the name: a verb it is the subject of ("These days Quinn teaches two mornings a week",
    "Kimball volunteers as a guide"); or a particle of a phrasal verb ("and Tait turns back to work")."""
    if len(following) < 2 or not (_INFLECTED.fullmatch(following[0]) or following[0] in lexicon.IRREGULAR_PAST):
        return False
    after = following[1].lower()
    return after in _OBJECT_OPENERS or after in _OWNER_DETERMINERS or after.isdigit() or after in lexicon.PREPOSITIONS


class Vocabulary:
    """What the whole article tells about a word: whether it also writes it in lower case (a
    common noun, not a name) and how often it writes it capitalised. Counted on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._capitalised: dict[str, int] | None = None

    def in_lower_case(self, word: str) -> bool:
        """True when the article also writes `word` in lower case, as a word of its own (a comma
        or a full stop may close it). Found where it occurs: an article asks this of a few words,
        so listing all of its words costs more."""
        lower = word.lower()
        if lower == word or word.isupper():
            return False
        text = self.text
        start = text.find(lower)
        while start >= 0:
            end = start + len(lower)
            if end < len(text) and text[end] in ",.":
                end += 1
            if (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace()):
                return True
            start = text.find(lower, start + 1)
        return False

    def place(self, word: str) -> bool:
        """True when the article writes `word` alone after "in", "near" or "outside", as a place
        ("villages in Bahawalpur and …")."""
        return re.search(r"\b(?:in|near|outside)\s+%s\b(?!\s+[A-Z])" % re.escape(word), self.text) is not None

    def capitalised_inside(self, word: str) -> bool:
        """True when the article writes `word` capitalised inside a sentence too ("His daughter,
        Sioned, who …"): a name, whatever its ending."""
        return re.search(r"[a-z,;]\s+%s\b" % re.escape(word), self.text) is not None

    def stands_alone(self, name: str, word: str) -> bool:
        """True when the article writes the name `name` more often than right after `word`
        ("Smith" elsewhere, not only in "Speaking Smith")."""
        if self._capitalised is None:
            self._capitalised = {}
            for match in _CAPITALISED.finditer(self.text):
                self._capitalised[match.group()] = self._capitalised.get(match.group(), 0) + 1
        return self._capitalised.get(name, 0) > self.text.count(f"{word} {name}")


def _hyphenated_title(key: str) -> bool:
    """"editor-in-chief", "vice-president", "sub-inspector": a title written with hyphens."""
    parts = key.split("-")
    return len(parts) > 1 and parts[-1] in lexicon.TITLES | {"general"} \
        and all(p in lexicon.TITLES or p in ("in", "of", "at", "general", "sub", "co", "pro") for p in parts)


_PLACING = re.compile(r"[A-Z]\d{1,3}")
"""A letter and a number before a name: a tied place on a leaderboard ("T2"), a grid slot ("P3")."""


_AMOUNT = re.compile(r"[A-Z][a-z]{0,2}\$?\d[\d.,]*")
"""A currency's letters and a sum ("Sh320 million", "R3 billion", "Rs50 crore"): no word of a name."""


def _raw_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with inner connectors) in `text`, as (start, end, word) lists."""
    runs = []
    for match in _RUN.finditer(text):
        base = match.start()
        word = match.group()
        prefix = _BRAND_PREFIX.search(text, max(0, base - 3), base) if base and (
            text[base - 1].isalnum() or text[base - 1] == "-") else None
        if prefix:
            base, word = prefix.start(), text[prefix.start():base] + word  # "eBay", "3M", "7-Eleven"
        if " " not in word:
            if _AMOUNT.fullmatch(word):
                continue
            if (first_key(word) not in NEVER_NAMES or _SPEAKING_MONTH.match(text, base)
                    or word.isupper() and _PUBLIC_BODY_AFTER.match(text, match.end())) \
                    and not _COMPOUND_MODIFIER.fullmatch(word):
                runs.append([(base, match.end(), word)])
            continue
        words = [(base + w.start(), base + w.end(), w.group()) for w in _NON_SPACE.finditer(word)]
        if len(words) == 2 and words[0][2] in ("The", "A", "An") and _COMPOUND_MODIFIER.fullmatch(words[1][2]):
            continue  # "The Labour-run county council": an article and a modifier (not "Kim Jong-un")
        if _PLACING.fullmatch(words[0][2]):
            words = words[1:]  # "T2 Matteo Ricci (Ita)": a leaderboard's place, no word of the name
        if _AMOUNT.fullmatch(words[-1][2]):
            words = words[:-1]  # "fined mobile lender Pesa Haraka Sh320 million": the lender, then a sum
        if not words:
            continue
        if " and " in word and _spelled_out(word, text, match.end()):
            runs.append(words)  # "National Oceanic and Atmospheric Administration (NOAA)": one name
            continue
        # "and" joins only inside an organisation's name ("Center for Disease Control and Prevention")
        current: list[tuple[int, int, str]] = []
        for index, word in enumerate(words):
            if index and _DESCRIPTOR.fullmatch(word[2]) and _PARTICIPLE_COMPOUND.search(word[2]):
                runs.append(current)  # "Lucy Njeri of Nairobi-based Skyline Advisory": a modifier, in no name
                current = []
                continue
            if current and current[-1][2].endswith(("’s", "'s", "‘s")) \
                    and current[-1][2][:-2].lower() not in _PLURAL_NOUNS \
                    and not (word[2].lower() in lexicon.ORG_WORDS and current[-1][2][:-2].lower() not in lexicon.PLACES):
                # (an institution's name holds its possessive: "Wakefield Coroner's Court", "St Mary's Hospital")
                runs.append(current)
                current = []
            if word[2] == "and" and (any(w[2] == "and" for w in current)
                                     or current and current[-1][2].lower().rstrip(".") in _NAME_CLOSERS
                                     or not any(w[2].lower() in lexicon.ORG_WORDS for w in current[-3:])
                                     and not _office_complement(current)
                                     and not _body_complement(current, words[index + 1:])
                                     and not _ends_one_body(current, words[index + 1:], text)
                                     and not _remits_of_office(current, words[index + 1:])
                                     and not _FIRM_OF_KIN.fullmatch(" ".join(w[2] for w in words[index + 1:]))):
                runs.append(current)
                current = []
                continue
            current.append(word)
        runs += _office_of_the(current)
    handles = [[(m.start(), m.end(), m.group())] for m in PREFIXED_HANDLE.finditer(text)] \
        if "u/" in text or "@" in text else []
    if _LETTER_DIGIT.search(text) or "_" in text:
        handles += [[(m.start(), m.end(), m.group())] for m in HANDLE.finditer(text)]
    if not handles:
        return [run for run in runs if run]  # (most texts: the runs are in order already)
    prefixed = [(handle[0][0], handle[0][1]) for handle in handles if PREFIXED_HANDLE.fullmatch(handle[0][2])]
    runs = [run for run in runs if run and not any(start < run[0][0] and run[-1][1] <= end for start, end in prefixed)]
    # (the name after a handle's "@" is the handle's: "@LindiweNkosiBoxing" is one account, not also a name)
    return sorted(runs + handles, key=lambda run: run[0][0])


_NAME_CLOSERS = lexicon.COMPANY_ABBREVIATIONS | frozenset("plc llc fc afc cf".split())
"""A company's legal form or a club's letters, which close its name: an "and" after them joins
two bodies ("Acme Ltd and Globex Corp", "Highveld Stars FC and Cape Coast United")."""
_OFFICE_BODIES = frozenset("ministry department office secretariat".split())
_LISTED_REMITS = re.compile(r",(?:[ ]+[A-Z][\w’'-]*)+(?:,(?:[ ]+[A-Z][\w’'-]*)+)*,?[ ]+and(?:[ ]+[A-Z][\w’'-]*)+")
"""The rest of a ministry's list of remits after its first one (", Food and Rural Affairs",
", Innovation and Employment", ", Culture, Media and Sport")."""


def _remits_end(text: str, run: Run) -> int:
    """Where the list of remits after a ministry's or a minister's first one ends (", Innovation
    and Employment" after "Ministry of Business", ", Arts and Culture" after "Deputy Minister of
    Sport"), or -1: a name of two or more words the last remit runs into is its holder's ("… and
    Culture Nomvula Mahlangu said"), no remit."""
    if not text.startswith(",", run[-1][1]) or not (_office_of(run) or _office_complement(run)):
        return -1  # (a comma first: most runs have none after them, and need no look at their words)
    remits = _LISTED_REMITS.match(text, run[-1][1])
    if remits is None:
        return -1
    last = list(re.finditer(r"\S+", text[remits.start():remits.end()]))
    last = last[next(i for i in range(len(last) - 1, -1, -1) if last[i].group() == "and") + 1:]
    keys = [word.group().lower() for word in last]
    holder = _name_start(keys) if len(keys) >= 3 else 0
    if holder and not any(k in lexicon.TITLES or k in lexicon.ORG_WORDS for k in keys[holder:]):
        return remits.start() + last[holder - 1].end()
    return remits.end()


def _office_of(words: Run) -> bool:
    """A ministry's or department's name ("Ministry of Health", "Department for Transport")."""
    first = 1 if words and words[0][2] == "The" else 0
    return len(words) - first >= 3 and words[first][2].lower() in _OFFICE_BODIES \
        and words[first + 1][2].lower() in ("of", "for")


_FIRM_OF_KIN = re.compile(r"(?:Sons?|Daughters?|Partners|Associates|Company|Co\.?)(?:[’']s?)?")
"""What ends a firm's name after its founder's and an "and" ("Whitford and Daughters", "Bell and Sons")."""
_PEOPLE_PLURAL = re.compile(r"[a-z](?:ers|ors|ists|ants|ents|ians|ies|ees)$")
"""Plurals of people, trades and branches ("Exporters", "Educators", "Industries", "Retirees")."""


def _ends_one_body(before: Run, after: Run, text: str) -> bool:
    """True when the words after an "and" end a body's name that the words before it open: one to
    three words ending in an organisation word ("… and Culture Trust", "… and Exporters Council"),
    after words that are no person's name: a plural of people or trades ("Kenya Manufacturers",
    "Professional Educators") or a run the text gives with an article."""
    if not 1 <= len(after) <= 3 or lexicon.POSSESSIVE_END.sub("", after[-1][2]).lower() not in lexicon.ORG_WORDS:
        return False
    if before and _PEOPLE_PLURAL.search(before[-1][2]):
        return True
    start = before[0][0] if before else 0
    return _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None or len(before) > 1 and before[0][2] == "The"
    # (the article opening the sentence is the run's first word: "The Semiconductor Equipment and …")


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|an?)\s$")
"""An article right before a run: "the Carrick Leisure and …", "a Food and Drug Administration
spokesperson" (no one writes "the Jane Doe" or "a Jane Doe")."""


_ACRONYM_AFTER = re.compile(r"\s?\(([A-Z][A-Za-z]{1,9})\)")


def _spelled_out(run: str, text: str, end: int) -> bool:
    """True when the words of `run` (a leading "The" aside) are spelled out by the acronym in
    brackets right after them: their capitals are its letters ("National Oceanic and
    Atmospheric Administration (NOAA)"), so an "and" among them joins one name, not two."""
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym is None:
        return False
    return spells(acronym.group(1), capital_initials(run.removeprefix("The ")))


def spells(acronym: str, initials: str) -> bool:
    """True when `acronym` (in capitals, or written as a word: "Nato", "Nice") spells `initials`:
    all of them, or of three letters or more their first, their last and some between in order
    ("National Institute for Health and Care Excellence (Nice)": NIHCE, its "Health" skipped)."""
    acronym, initials = acronym.upper(), initials.upper()
    if acronym == initials:
        return True
    if len(acronym) < 3 or acronym[0] != initials[:1] or acronym[-1] != initials[-1:]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in acronym)


def spells_syllables(word: str, tokens: list[str], first: bool = True) -> bool:
    """True when `word` is made of the beginnings of `tokens`, in order, from the first ("phivolcs":
    PHIlippine VOLCanology Seismology; a later token may be left out)."""
    if not word:
        return True
    for index, token in enumerate(tokens[:1] if first else tokens):
        shared = next((i for i, (a, b) in enumerate(zip(word, token)) if a != b), min(len(word), len(token)))
        if any(spells_syllables(word[size:], tokens[index + 1:], False) for size in range(shared, 0, -1)):
            return True
    return False


def capital_initials(text: str) -> str:
    """The first letters of the capitalised words of `text`, hyphenated ones word by word, what an
    acronym of it spells ("Deputy Commissioner of Morigaon": "DCM", "Vice-Chancellor": "VC")."""
    return "".join(word[0] for word in re.split(r"[\s-]+", text) if word and word[0].isupper())


Run = list[tuple[int, int, str]]


_OFFICE_LINKS = frozenset("of for state".split())
"""Words that join an office's title words ("Minister of State")."""


def _office_of_the(run: Run) -> list[Run]:
    """A run joined over "of the" stays one only as an office of title words and the name holding
    it ("Leader of the Opposition R. Ashok", "Secretary of the Treasury Janet Yellen", "Minister of
    State for the Gaeltacht Niall Ó Gríofa"); else it is two runs ("Rebecca English" and "Daily
    Courier", "Chair" and "Local Government Association")."""
    keys = [w.lower() for _, _, w in run]
    cut = next((i for i in range(len(keys) - 1) if keys[i] in ("of", "for") and keys[i + 1] == "the"), -1)
    if cut < 0 or keys[0].rstrip(".") in lexicon.TITLES and all(k in lexicon.TITLES or k in _OFFICE_LINKS for k in keys[1:cut]) \
            and len(run) - cut - 2 >= 3 and keys[-1] not in lexicon.ORG_WORDS:
        return [run]
    return [run[:cut], run[cut + 2:]]


def _office_complement(words: Run) -> bool:
    """The words end in the complement of an office, one to three words after its "of" or "for"
    ("Minister of State for Housing" and "Urban Affairs", "Minister for National Food Security" and
    "Research"): the "and" after them goes on with the
    office, not with a second name ("Secretary of State Antony Blinken and …" has a name there)."""
    keys = [w.lower().rstrip(".") for _, _, w in words]
    cut = max((i for i, k in enumerate(keys) if k in ("of", "for")), default=-1)
    complement = keys[cut + 1:]
    return 0 < cut and (len(complement) <= 2 or len(complement) == 3 and not any(k in lexicon.TITLES for k in complement)) \
        and any(k in lexicon.TITLES for k in keys[:cut])  # ("Secretary of State Ann Cole and …": a name there)


def _body_complement(before: Run, after: Run) -> bool:
    """The words end in the complement of an organisation word, after its "of" or "for", and one
    word that is none follows the "and" ("Caribbean Institute for Marine Science" and "Fisheries"):
    the remit goes on, no second body begins (two words may be a person: "… and Alex Azar")."""
    keys = [w.lower() for _, _, w in before]
    cut = max((i for i, k in enumerate(keys) if k in ("of", "for")), default=-1)
    return 0 < cut and len(keys) - cut - 1 <= 2 and keys[cut - 1] in lexicon.ORG_WORDS and len(after) == 1 \
        and lexicon.POSSESSIVE_END.sub("", after[0][2]).lower() not in lexicon.ORG_WORDS


_OFFICES = frozenset("minister ministry secretary department".split())
"""An office's title or body that remits joined by "and" come before."""


def _remits_of_office(before: Run, after: Run) -> bool:
    """Remit words before an "and" and an office's title or body a few words after it ("Domestic Trade
    and Cost of Living Minister Amirul Hakim", "Culture and Tourism Ministry"): one office, no two names."""
    return bool(before) and all(w.lower() in lexicon.OFFICE_REMITS for _, _, w in before) \
        and any(w.lower() in _OFFICES for _, _, w in after[1:5])


_MINISTERS = frozenset("minister secretary".split())
"""Offices of a government, whose remit after "of" is no body's name."""

_CO_OWNER_AFTER = re.compile(r"\s+and\s+[A-Z][\w-]*[’']s\s+[a-z]")
"""A second owner and their possessive after a name ("Harold and Loretta’s granddaughter"): the
name owns the thing too, as a possessive would, and is no subject."""
_GIVEN_NAME_TITLES = frozenset({"dean"})
"""Titles that are also common given names: right before a surname alone, a given name."""

_CAPITAL_RANKS = {"DI": "inspector", "DS": "sergeant"}
"""Police ranks written as capitals before a name ("DI Ormerod"); in other letters they are a
given name ("Di Li")."""


_OPENING_ADVERBS = frozenset("""
elsewhere nearby afterwards afterward overall separately similarly abroad downstairs upstairs outdoors
indoors overnight online offline backstage onstage offstage nationally locally internationally
""".split())
"""Adverbs that open a sentence capitalised and set off by a comma, as names are ("Elsewhere, …")."""
_RANKS = frozenset("lead senior principal head managing creative technical art assistant associate junior".split())
"""Words that rank a job before it ("Lead Designer", "Senior Producer"); no given name."""


def _job_shaped(key: str, following: str) -> bool:
    """A word with a job's ending that is no given name, before a given name that is no initial
    ("Geographer Ann Lee", not "Christopher J. Smith" nor "Brian Paul Krugman")."""
    return bool(lexicon.JOB_ENDING.search(key)) and key not in _NAMES_LIKE_JOBS \
        and not _ABBREVIATED.fullmatch(following)


def _trim(run: Run, opens: bool, determined: bool, vocabulary: Vocabulary,
          name_follows: bool = False) -> tuple[Run, list[str]]:
    """Drop the words capitalised only because they open the sentence, titles and trailing
    connectors; return (name words, titles). `opens`: the run opens its sentence;
    `determined`: an article or an owner stands before it; `name_follows`: a comma and a capitalised word
    follow it ("The Minister for Fisheries, Niamh Gallagher,")."""
    titles: list[str] = []
    if len(run) == 1:
        key = run[0][2].lower().rstrip(".")
        common = opens and key in lexicon.ORG_NOUNS and vocabulary.in_lower_case(run[0][2])
        # ("Company says no passwords were taken", where the article writes "the company" too)
        adverbial = opens and (key in lexicon.PREPOSITIONS or key in _OPENING_ADVERBS)
        # ("Outside, a taxi driver said he would be watching": where, not who)
        return ([] if key in lexicon.TITLES or common or adverbial else run), titles
    while run and (first_key(run[0][2]) in lexicon.FUNCTION_WORDS
                   and (opens or first_key(run[0][2]) not in _NAMES_AMONG_FUNCTION_WORDS)
                   or (len(run) > 2 and run[0][2].endswith("ing"))):
        run = run[1:]
    if opens and len(run) > 1 and _sentence_word(run[0][2], run[1][2], vocabulary):
        run = run[1:]  # "Afterwards Penny", "Undeterred Doe": Penny and Doe are named alone elsewhere
    if opens and len(run) > 1 and run[0][2].lower() in _KIN_PLURALS:
        run = run[1:]  # "Sisters Rosa and Carmen Quispe sell …": a plural of kin, no word of a name
    if opens and len(run) > 2 and run[1][2] == "of" and not any(w.lower() in lexicon.ORG_WORDS for _, _, w in run) \
            and (run[0][2].endswith("s") or not determined and first_key(run[0][2]) not in lexicon.TITLES | lexicon.PLACE_NOUNS
                 and vocabulary.in_lower_case(run[0][2])):
        run = run[2:]  # "Fears of World War III", "Crowds of Muslim men", "Part of Seánie Gargan’s motive":
        # a plural noun, or one the article writes in lower case, opens the sentence
    if len(run) > 2 and _DESCRIPTOR.fullmatch(run[0][2]):
        # "Singer-guitarists Tom Johnston": a job word capitalised at a sentence start; a
        # participle's compound ("Cambridge-based Arden Robotics") only says where it is, no title
        word = run[0][2].lower()
        if not _PARTICIPLE_COMPOUND.search(word):
            titles = [word[:-1] if word.endswith("s") and not word.endswith("ss") else word]
        run = run[1:]
    keys = [w.lower().rstrip(".") for _, _, w in run]
    keys = ["chief" if _hyphenated_title(k) else _CAPITAL_RANKS.get(w, k) for (_, _, w), k in zip(run, keys)]
    if all(k in lexicon.TITLES or k in _CONNECTORS for k in keys):
        return [], titles  # "Prime Minister" alone is a description
    if keys[-1] in lexicon.TITLES and keys[-1] not in lexicon.REMIT_WORDS and not _office_of(run) and (determined or all(
            w.isupper() or k in lexicon.PLACES or vocabulary.in_lower_case(w) for (_, _, w), k in zip(run[:-1], keys))):
        return [], [w for _, _, w in run]  # "the PAHO Director", "the Conservative MP": a description
        # (not "the Department of Health", "the Ministry of Defence": a body whose remit is a title's word)
    if opens and len(run) > 2 and keys[0] in _RANKS and lexicon.JOB_NOT_NAME.search(keys[1]):
        # "Lead Designer Saanvi Kulkarni said", "Senior Producer Ana Ruiz": a rank and a job open the sentence
        titles, run, keys = titles + [w for _, _, w in run[:2]], run[2:], keys[2:]
    if 2 < len(run) < 5 and keys[0] not in lexicon.PLACES and not any(k in _CONNECTORS for k in keys) \
            and (not any(k in lexicon.ORG_WORDS for k in keys)
                 or opens and (vocabulary.stands_alone(run[1][2], run[0][2])
                               or keys[0] in lexicon.ORG_NOUNS and lexicon.JOB_NOT_NAME.search(keys[0]))) \
            and (vocabulary.in_lower_case(run[0][2]) and vocabulary.stands_alone(run[-1][2], run[-2][2])
                 or opens and (lexicon.JOB_NOT_NAME.search(keys[0]) or _job_shaped(keys[0], run[1][2])
                               and not vocabulary.capitalised_inside(run[0][2]))):
        # "Advocate Mokitimi Tsosane" (then "Tsosane"): a job the article also writes as a common
        # noun, or one capitalised only because it opens the sentence ("Economist Paul Krugman",
        # or by its ending: "Geographer Ann Lee", "Boatman Ali Musa"; not "Westmoor City Women",
        # whose "Westmoor" the article capitalises inside its sentences too)
        titles, run, keys = titles + [run[0][2]], run[1:], keys[1:]
    elif len(run) == 2 and opens and lexicon.JOB_NOT_NAME.search(keys[0]) \
            or len(run) == 2 and opens and keys[0].endswith("s") and lexicon.JOB_NOT_NAME.search(keys[0][:-1]):
        # "Carmaker Toyota said", "Rival Globex said": a descriptor opening the sentence; a plural
        # one is no given name ("Pensioners Alan and Rosemary Fell")
        titles, run, keys = titles + [run[0][2]], run[1:], keys[1:]
    if len(run) > 3 and tuple(keys[:2]) in lexicon.TWO_WORD_HONOURS:
        titles, run, keys = titles + [w for _, _, w in run[:2]], run[2:], keys[2:]  # "Tan Sri Kenneth Yap Chee Meng"
    named = len(keys) - (2 if keys[-1] in _SUFFIXES else 1)  # ("Martin Luther King Jr.": no king)
    last_title = max((i for i, k in enumerate(keys[:named]) if k in lexicon.TITLES
                      and not (k in _GIVEN_NAME_TITLES and i == len(keys) - 2)
                      and not (k in lexicon.REMIT_WORDS and keys[i + 1] not in lexicon.TITLES)), default=-1)
    # (a remit is a title only before the office: "Health Minister", not "Health New Zealand")
    # ("meteorologist Dean Narayan": a given name, which "Dean Martha Minow" is not)
    if last_title >= 0 and keys[last_title + 1:last_title + 2] == ["of"] and len(keys) > last_title + 2 \
            and keys[-1] in lexicon.ORG_WORDS and not name_follows and not _office_of(run):
        return run[last_title + 2:], []  # "…, Managing Director of Straitsline Logistics": the office's
        # organisation, no one titled (not "Leader of Burnley Council, X,": the office X holds)
    if last_title >= 0 and not _office_of(run) and not any(lexicon.POSSESSIVE_END.sub("", k) in lexicon.ORG_WORDS
                                   for k in _before_complement(keys[last_title + 1:])):
        # (not "General Motors" nor "Leader of Burnley Council", nor its possessive "The World Health
        # Organization's office", but "Director of School Education
        # K. Ramesh" and "Sergeant Paul Okafor of Staffordshire Police")
        titles = [w for _, _, w in run[:last_title + 1]]
        run = run[last_title + 1:]
        keys = keys[last_title + 1:]
    if len(run) > 1 and keys[0] in lexicon.TITLES_BEFORE_NAMES and run[1][2][:1].isupper() \
            and not any(k in lexicon.ORG_WORDS or k in lexicon.PLACES for k in keys[1:]):
        titles, run, keys = titles + [run[0][2]], run[1:], keys[1:]  # "Canon Julian Aske"; not "Canon Inc", "Canon Europe"
    while titles and len(run) >= 3 and not any(k in _CONNECTORS for k in keys) and (
            lexicon.JOB_NOT_NAME.search(keys[0]) or vocabulary.in_lower_case(run[0][2]) or vocabulary.place(run[0][2])):
        # "Deputy Commissioner Bahawalpur Sana Iftikhar", "Executive Engineer Irrigation Waqas Gondal": the
        # office's post, remit or district (a place the article has things in, a common noun) before the name
        titles, run, keys = titles + [run[0][2]], run[1:], keys[1:]
    if titles and keys[0] == "of" and len(run) < 3:
        return run[1:], []  # "CEO of Take-Two": the office's organisation, nobody titled
    if titles and (name_follows and (keys[0] == "for" or keys[0] == "of" and titles[-1].lower() in _MINISTERS)
                   or keys[0] == "for" and titles[-1].lower() in _MINISTERS and _name_start(keys) < 2) \
            and len(run) <= 6 and not any(k in lexicon.ORG_WORDS for k in keys):
        return [], titles + [w for _, _, w in run]  # "the Minister for Fisheries, X,", "Minister of Economic
        # Development, X,": the office X holds (a chief executive "of Acme, X," names the company); and a
        # minister "for" no one's name is a portfolio wherever it stands ("the Minister for Home Affairs in the Senate")
    if titles and (keys[0] == "of" or keys[0] == "for" and _name_start(keys) >= 2) and len(run) >= 3:
        # "Director of Public Prosecution Eva-Marie Persson", "Minister of State for Housing and
        # Urban Affairs Sunil Deshmukh": the office runs up to the name
        start = _name_start(keys)
        titles += [w for _, _, w in run[:start]]
        run, keys = run[start:], keys[start:]
    elif len(keys) > 4 and keys[1] == "of" and (keys[0] in lexicon.PLACE_NOUNS or keys[0] in lexicon.ORG_WORDS):
        # "(U.S. Attorney for the) District of Massachusetts Joshua Levy", then "Levy"
        start = _name_start(keys)
        if len(keys) - start >= 2 and vocabulary.stands_alone(run[-1][2], run[-2][2]):
            titles += [w for _, _, w in run[:start]]
            run, keys = run[start:], keys[start:]
    nation = 2 if keys[0] in _NATION_OPENERS else 1  # "West Australian Callum O'Dwyer", "South African …"
    if len(run) >= nation + 2 and (keys[nation - 1] in lexicon.PLACES or keys[nation - 1] in lexicon.DEMONYMS) \
            and not any(k in lexicon.ORG_WORDS for k in keys):
        run, keys = run[nation:], keys[nation:]  # "American Marcus Bell", "Kenyan Grace Okonjo": a nationality
    first_of = 1 if titles else 2  # a titled name may be one word ("Mr Makama of Maseru")
    if "of" in keys[first_of:]:
        cut = keys.index("of", first_of)
        after = keys[cut + 2:] if keys[cut + 1:cut + 2] == ["the"] else keys[cut + 1:]
        if not any(k in lexicon.ORG_WORDS for k in keys[:cut]) and (len(after) == 1 or titles or any(
                k in lexicon.ORG_WORDS or k in lexicon.PLACE_NOUNS for k in after)):
            run = run[:cut]  # (a titled person's "of" begins where they work, whatever its words)
            if all(k in lexicon.TITLES for k in keys[:cut]):
                return [], titles + [w for _, _, w in run]  # "the Chief Executive of Galway County Council,
                # Liam Conneely,": an office, no one's name
    while run and run[-1][2].lower() in _CONNECTORS:
        run = run[:-1]
    while run and run[0][2].lower() in _CONNECTORS:
        run = run[1:]
    while run and run[-1][2] == "I":
        run = run[:-1]  # "Actually I": the pronoun ends no name
    while len(run) > 2 and run[-1][2].isupper() and run[-1][2].lower() in lexicon.POST_NOMINALS:
        titles, run = titles + [run[-1][2]], run[:-1]  # "Afrasiab Anwar MBE": Afrasiab Anwar
    if len(run) == 1 and (run[0][2].lower().rstrip(".") in lexicon.MONTHS_AND_DAYS or first_key(run[0][2]) in NEVER_NAMES):
        return [], titles
    keys = [t.lower().rstrip(".") for t in titles]
    governed = max((i for i, k in enumerate(keys[:-1]) if k in ("for", "of") and keys[i + 1] in lexicon.HONORIFICS), default=-1)
    if governed >= 0:
        titles = titles[governed + 1:]  # "Counsel for Mr Costigan": the one represented, a preposition's object
    return run, titles


_CLAUSE_OPENERS = frozenset("but that while as because when although though so then meanwhile also".split())
"""Words that open a clause whose subject the name after them (and after a role of its own: "when the
critic Helen Ashdown ate there") is."""


def _opener_and_role_before(before_words: list[str]) -> bool:
    """The words before a name are a clause opener, or an opening phrase closed by its comma, and
    the name's own role, with its article or not ("when the critic Helen Ashdown", "when critic
    Helen Ashdown", "At the hospital in Eldoret, survivor Brian Otieno"): the name is the clause's
    subject."""
    if len(before_words) < 2 or not before_words[-1].islower():
        return False
    opener = before_words[-2].lower()
    if opener in ("the", "a", "an") and len(before_words) > 2:
        opener = before_words[-3].lower()
    return (opener in _CLAUSE_OPENERS or opener.endswith(",")) and lexicon.is_role_noun(before_words[-1])


def _before_complement(keys: list[str]) -> list[str]:
    """The words after a title that may name an organisation the title belongs to: all of them
    when they are the office's complement and end on an organisation's word ("Leader of Burnley
    Council"), none when a name ends that complement ("of School Education K. Ramesh"), else
    those before a name's own complement ("Paul Okafor" of "Paul Okafor of Staffordshire Police")."""
    if keys and keys[0] in ("of", "for"):
        return keys if keys[-1] in lexicon.ORG_WORDS else []
    cut = next((i for i, k in enumerate(keys) if k in ("of", "for")), len(keys))
    return keys[:cut]


def _sentence_opener(word: str, vocabulary: Vocabulary) -> bool:
    """A word capitalised only because it opens the sentence ("Overnight police arrested …"): no
    place, people or acronym, and never capitalised inside a sentence of the article."""
    key = word.lower()
    return not word.isupper() and key not in lexicon.PLACES and key not in lexicon.DEMONYMS \
        and not vocabulary.capitalised_inside(word)


def _sentence_word(word: str, following: str, vocabulary: Vocabulary) -> bool:
    """A word opening a sentence before a name is not part of the name when it is a preposition,
    or when it has the form of an adverb or a participle, or is a compound of common words
    ("Day-by-day Schiff’s …"), and the name stands alone elsewhere in the article, while the word
    is never capitalised inside a sentence ("Sioned Maddox did not …" after "His daughter, Sioned,")."""
    key = first_key(word)
    if key in lexicon.PREPOSITIONS:
        return True
    following = lexicon.POSSESSIVE_END.sub("", following)  # "Responding Reeves's shadow": Reeves
    return key not in lexicon.TITLES and key not in _NAMES_LIKE_PARTICIPLES \
        and bool(_SENTENCE_WORD_FORM.search(key) or _DESCRIPTOR.fullmatch(word)) \
        and vocabulary.stands_alone(following, word) and not vocabulary.capitalised_inside(word)


def _split_glued(text: str, runs: list[Run], vocabulary: Vocabulary) -> list[Run]:
    """Two names written as one run: an owner before its person ("Axios' Kaveh Waddell"), a
    place before the subject that follows it ("Speaking at Wembley Smith said", "Speaking in the
    Commons Streeting added", "At Westminster Starmer said", "Visiting Bradford Smith added": a
    run after a preposition or an opening participle and before a speech verb is split before its last word when that word stands alone elsewhere,
    unless it is a place closing a body's name ("a spokesperson for Arts Council England said");
    after an article too, or opened by the preposition, only a one-word place before it, as
    "the District of Massachusetts Joshua Levy" is one office and one name)."""
    split: list[Run] = []
    for run in runs:
        run = _without_glued_tail(text, run)
        owner = next((i for i, (_, _, w) in enumerate(run[:-1]) if w.endswith(("s’", "s'"))), -1)
        if owner >= 0 and (vocabulary.stands_alone(run[-1][2], run[-2][2])
                           or len(run) - owner > 2 and vocabulary.stands_alone(run[owner + 1][2], run[owner][2])):
            # "Axios' Kaveh Waddell" (then "Waddell" or "Kaveh"), not "the Renters' Rights Bill"
            split += [run[:owner + 1], run[owner + 1:]]
            continue
        if len(run) > 1 and run[-2][2][:1].isupper():
            before = text[max(0, run[0][0] - 16):run[0][0]].split()
            if len(run) == 2 and len(before) > 1 and before[-1].lower() in ("the", "a", "an"):
                before = before[:-1]  # "Speaking in the Commons Streeting added"
            if len(run) == 3 and run[0][2].lower() in lexicon.PREPOSITIONS:
                before = [run[0][2]]  # the preposition opens the sentence: "At Westminster Starmer said"
            visiting = len(run) == 3 and _PARTICIPLE.fullmatch(run[0][2]) is not None \
                and first_key(run[0][2]) not in _NAMES_LIKE_PARTICIPLES and opens_sentence(text, run[0][0])
            # (a participle opens it and takes the place as object: "Visiting Bradford Smith added")
            after = text[run[-1][1]:run[-1][1] + 16].split()
            if (visiting or before and before[-1].lower() in lexicon.PREPOSITIONS) and after \
                    and after[0].lower().strip(",.:") in lexicon.SPEECH_VERBS \
                    and vocabulary.stands_alone(run[-1][2], run[-2][2]) \
                    and not (run[-1][2].lower() in lexicon.PLACES and run[-2][2].lower() in lexicon.ORG_WORDS):
                split += [run[:-1], run[-1:]]
                continue
        initials = _initials_after_body(run)
        if initials:  # "Leader of the Opposition in the Assembly B.K. Siddalingappa": the body, then the name
            split += [run[:initials], run[initials:]]
            continue
        person = _person_after_for(run, vocabulary)
        if person:
            split += [run[:person - 1], run[person:]]
            continue
        compass = _compass_split(text, run)
        if compass:
            split += [run[:compass], run[compass:]]
            continue
        split.append(run)
    return split


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initials_after_body(run: Run) -> int:
    """Where a person's name opening on initials starts after organisation words ("Assembly B.K.
    Siddalingappa", "Council J. Roe"), or 0."""
    index = next((i for i, (_, _, w) in enumerate(run) if _INITIALS.fullmatch(w)), 0)
    if not 0 < index < len(run) - 1 or not all(first_key(w) in lexicon.ORG_WORDS for _, _, w in run[:index]):
        return 0
    return index


def _person_after_for(run: Run, vocabulary: Vocabulary) -> int:
    """Where a person's name starts after a "for" that follows a body's name ("Sporting Valdoria
    for Santiago Ferreyra", an offer for a player): two or three words with no organisation or
    title word, whose last, the surname, stands alone elsewhere in the article; or 0 ("Centers for
    Disease Control", "Minister for Housing Jane Roe", "Lawyers for Human Rights" stay whole)."""
    keys = [first_key(w) for _, _, w in run]
    cut = next((i for i, k in enumerate(keys) if k == "for"), -1)
    if not 0 < cut < len(keys) - 2 or len(keys) - cut - 1 > 3 \
            or any(k in lexicon.TITLES or k in _CONNECTORS for k in keys[:cut]) \
            or any(k in lexicon.ORG_WORDS or k in lexicon.TITLES or k in _CONNECTORS for k in keys[cut + 1:]):
        return 0
    return cut + 1 if vocabulary.stands_alone(run[-1][2], run[-2][2]) else 0


def _compass_split(text: str, run: Run) -> int:
    """Where a person's two-word name starts after a one-word place and its compass part, the
    run following a preposition ("MP from Bengaluru South Tejasvi Surya", "for Leeds North West
    Jane Roe"), or 0; not "from East Anglia", which a compass word opens."""
    if not 4 <= len(run) <= 5 or run[1][2].lower() not in _PLACE_PARTS:
        return 0
    before = text[max(0, run[0][0] - 8):run[0][0]].split()
    if not before or before[-1].lower() not in lexicon.PREPOSITIONS:
        return 0
    start = 3 if len(run) == 5 and run[2][2].lower() in _PLACE_PARTS else 2
    return start if len(run) - start == 2 and not any(first_key(w) in lexicon.TITLES for _, _, w in run) else 0


def _without_glued_tail(text: str, run: Run) -> Run:
    """A run without the capitalised words after the name that belong to the sentence: a weekday
    ("Cooper Tuesday said") and a said-verb in the past some pages capitalise ("“…,” Jeff Brooks
    Said Sunday", "Doe Replied: “…”"), unless a verb follows it, as the surname it is ("Edward
    Said wrote")."""
    while len(run) > 1:
        key = first_key(run[-1][2])
        if key in lexicon.WEEKDAYS:
            run = run[:-1]
            continue
        if key not in lexicon.PAST_SPEECH_VERBS:
            break  # (most runs end so: the words after them are not read)
        following = [w.strip(",.;:") for w in text[run[-1][1]:run[-1][1] + 30].split()]
        if following and following[0].islower() and (
                following[0] in _VERB_AFTER_SUBJECT or lexicon.VERB_FORM.search(following[0]) is not None):
            break
        run = run[:-1]
    return run


    # (after "Former" the role may have its owner: "Former City striker Wayne Cotterill")


def _name_start(keys: list[str]) -> int:
    """Where a personal name ends a run of words: its surname, the particles before it
    ("von der"), one given name and an initial ("J.") before that; office, organisation
    and place words are not given names ("Secretary of State Pompeo")."""
    start = len(keys) - 1
    while start > 1 and keys[start - 1] in lexicon.NAME_PARTICLES:
        start -= 1
    given = keys[start - 1] if start > 1 else ""
    if given and given not in lexicon.TITLES and given not in lexicon.ORG_WORDS \
            and given not in lexicon.PLACES and given not in _CONNECTORS and given != "and":
        start -= 1
        if start > 2 and len(keys[start - 1]) == 1 and keys[start - 2] not in _CONNECTORS:
            start -= 1  # keys lose their final period: "J" of "J."
    return start


_PLACE_IN_RUN_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+(?:of|in|from)\s+[A-Z][\w-]*,\s$")
"""A name's place closing it, then a comma ("Brightwell Baby of Columbus, "): a name after it
completes the place ("Ohio")."""
_LAST_PLACE_AFTER = re.compile(r" and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?[.,;)]")
"""The last item of a list of places after the name ("in Swindon, Doncaster, Wrexham| and Ayr.")."""
_BETWEEN_AND = re.compile(r"\b[Bb]etween\s+(?:[\w’'-]+\s+){1,4}and$")
"""The "and" of "between … and" right before a name ("the sound between the mainland and
Inishcrann is …"): the name is the preposition's second object, not a subject."""
_WHO_SAID_AFTER = re.compile(r"(?:,[^,.;:“”\"]{1,80})?,\s+who\s+(?:said|says|told|tells|added)\b")
"""A relative clause after the name (and its apposition) that has it speak ("his son, Rafael Valdés,
also a trumpeter, who said the cause was …")."""
_APPOSITION_THEN_VERB = re.compile(r",(?:[^,.;:“”\"]|\.(?=\d)){1,80},\s+(\w+)")
"""An apposition or relative clause set off by commas and the verb after it ("The Marine
Institute, whose survey underpinned the advice, said"): the name speaks all the same."""


_NAME_AFTER_COMMA = re.compile(r",\s+[A-Z]")


_DATELINE = re.compile(r"[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
                       r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?(?:\s+\([A-Z][\w ]*\))?\s*(?::|\s[—–-])\s")
"""A dateline opening a paragraph: a place in capitals, its state or country, the date ("Dec 4"),
the agency that filed it, then a colon or a dash."""


_NICKNAME = re.compile(r"([A-Z](?<![\w’'-].)[a-z]+)( [“\"‘'][A-Z][\w’'-]*[”\"’'])(?= [A-Z][a-z])")
"""A nickname in quotation marks between a given name and a surname (Ronald “Ronnie” Hale);
the given name has no letter before it, tested after its capital as in `_CAPITALISED`."""


def _without_nicknames(text: str) -> str:
    """`text` with each nickname blanked out (same length keeps every offset), so that the name
    around it reads as one run, not a given name and a separate surname."""
    return _NICKNAME.sub(lambda match: match.group(1) + " " * len(match.group(2)), text)


_BRACKETED_TITLE = re.compile(r"\(([A-Z][a-z]{1,5}\.?)\)(?=\s+[A-Z])")
"""A short capitalised word in brackets before a name ("(Barr.)"): a title when the lexicon has it."""


def _without_title_brackets(text: str) -> str:
    """`text` with the brackets around a title blanked out (same length keeps every offset): "Sen.
    (Barr.) Chidiebere Okonkwo-Eze", as Nigerian papers stack a profession's title, is one run."""
    return _BRACKETED_TITLE.sub(lambda match: " " + match.group(1) + " " if first_key(match.group(1)) in lexicon.TITLES
                                else match.group(), text)



def _outside(runs: list[Run], offset: int, skip: list[tuple[int, int]]) -> list[Run]:
    """The runs not wholly inside one of the `skip` ranges: a name found in a run is some of
    its words, so one inside a quotation would be left out after trimming it (a tenth of the
    runs of an article that quotes)."""
    if not skip:
        return runs
    return [run for run in runs if not any(a <= offset + run[0][0] and offset + run[-1][0] < b for a, b in skip)]


def find_mentions(text: str, offset: int, skip: list[tuple[int, int]],
                  vocabulary: Vocabulary) -> list[tuple[Mention, list[str]]]:
    """Name mentions of one unit's `text` (document offset `offset`), leaving out `skip` ranges."""
    found = []
    text = _without_title_brackets(_without_nicknames(text)) if "(" in text else _without_nicknames(text)
    place_end = -1  # where the last name after a preposition ended ("in Nashville")
    dateline = _DATELINE.match(text)
    remits_end = -1  # where the list of remits of the ministry named last ends
    for run in _split_glued(text, _outside(_raw_runs(text), offset, skip), vocabulary):
        if dateline and run[0][0] < dateline.end():
            continue  # "MUMBAI: ", "GAZIANTEP, Turkey (Reuters) - ": where and who filed, no one in the story
        if run[0][0] < remits_end:
            run = [word for word in run if word[0] > remits_end]
            if not run:
                continue  # "Innovation", "Employment" of "Ministry of Business, Innovation and Employment"
        remits_end = _remits_end(text, run)
        remits = text[run[-1][1]:remits_end] if remits_end >= 0 else ""
        opens = opens_sentence(text, run[0][0])
        determined = text[max(0, run[0][0] - 4):run[0][0]].lower() in ("the ", " an ") \
            or text[max(0, run[0][0] - 3):run[0][0]].lower() == " a " \
            or text[max(0, run[0][0] - 8):run[0][0]].lower() == "another " \
            or len(run) > 1 and run[0][2] in ("The", "A", "An", "Another") \
            or _ARTICLE_AND_ADJECTIVES.search(text, max(0, run[0][0] - 40), run[0][0]) is not None
        # ("Another Liberal MP said", "a senior Liberal MP", "a senior Liberal": a description)
        if len(run) == 1 and run[0][2] in _ERAS and _AFTER_NUMBER.search(text, 0, run[0][0]):
            continue  # "500 BC", "9 PM": an era or a time, no name
        if len(run) == 1 and len(run[0][2]) == 1 and text[run[0][1]:run[0][1] + 1] == ":":
            continue  # "Q:", "A:": an interview's labels
        if any(first_key(word) in _HEADLINE_WORDS for _, _, word in run[1:]):
            continue  # "Why Can’t Taylor Swift Perform Her Own Songs?": a headline in title case, no name
        if len(run) > 2 and any(word == "and" for _, _, word in run) and _spelled_out(text[run[0][0]:run[-1][1]], text, run[-1][1]):
            name_words, titles = (run[1:] if run[0][2] == "The" else run), []  # "… for Health and Care Excellence (Nice)": no title in it
        else:
            owned = text[max(0, run[0][0] - 3):run[0][0]] in ("’s ", "'s ")  # "Plaid Cymru's Anglesey MS, X,"
            name_words, titles = _trim(run, opens, determined or owned, vocabulary,
                                       _NAME_AFTER_COMMA.match(text, run[-1][1]) is not None)
        surname_only = False
        single = list(dropwhile(lambda word: first_key(word[2]) in lexicon.FUNCTION_WORDS, run[:-1])) + run[-1:] \
            if not name_words else []
        if len(single) == 1:
            # a title word that may be a surname ("King asked Scott", "As Major noted"); kept if someone has it
            before = text[max(0, single[0][0] - 12):single[0][0]].split()
            surname_only = not before or before[-1].lower() not in _DETERMINERS
            name_words = single if surname_only else name_words
        body = _PUBLIC_BODY_AFTER.match(text, name_words[-1][1]) \
            if name_words and not name_words[-1][2].endswith(("’s", "'s", "‘s")) else None
        if body and opens and len(name_words) == 1 and _sentence_opener(name_words[0][2], vocabulary):
            body = None  # (the costly look over the article's text only where a body's noun follows)
        if not name_words or not body and determined and name_words[-1][2].lower() in lexicon.DEMONYMS and (
                len(name_words) == 1 or len(name_words) == 2 and (name_words[0][2].lower() in _NATION_OPENERS
                                                                  or _DESCRIPTOR.fullmatch(name_words[0][2]))):
            continue  # "the Spaniard", "the Northern Irishman", "the Nigerian-born Briton", "a senior Liberal": a description, no name
        if len(name_words) > 2 and name_words[-1][2] in POST_NOMINALS:
            name_words = name_words[:-1]  # "Martin Hale KC": the rank after the name is no word of it
        start, end = name_words[0][0], (remits_end if remits else name_words[-1][1])
        if skip and any(a <= offset + start < b for a, b in skip):
            continue
        words = [w for _, _, w in name_words]
        if body:
            words += body.group().split()
            end = body.end()
        if remits:  # "Department for Environment, Food and Rural Affairs": the name goes on over its commas
            words[-1] += remits
        last = words[-1]
        possessive = False
        if last.endswith(("’s", "'s", "‘s")):
            words[-1] = last[:-2]
            end -= 2
            possessive = True
        elif last.endswith(("’", "'", "‘")):
            words[-1] = last[:-1]
            end -= 1
            possessive = True
        elif _POSSESSIVE.match(text[end:end + 2]) or _CO_OWNER_AFTER.match(text, end):
            possessive = True  # (also the first of two owners: "Harold and Loretta’s granddaughter")
        elif _BRAND_PLUS.match(text, end):
            words[-1] += "+"  # "Halcyon+ said": a streaming brand's plus is a letter of its name
            end += 1
        if words[-1].endswith(".") and not _ABBREVIATED.fullmatch(words[-1]):
            words[-1] = words[-1][:-1]
            end -= 1
        if not words[-1]:
            continue
        title_words = [pos for pos, _, w in run if pos < start and (w in titles or w.lower() in titles)]
        title_start = min(title_words) if title_words else (run[0][0] if titles else start)
        # (a title's own start, not that of words trimmed off before it: "Allies of Ms Reeves")
        if opens and title_words and run[1][0] == title_start and lexicon.JOB_NOT_NAME.search(run[0][2].lower()):
            title_start = run[0][0]  # "Glaciologist Dr Farooq Wani …": a job word opening the sentence, then the title
        before_title = text[max(0, title_start - 30):title_start].rstrip()
        before_words = before_title.split()
        previous_word = before_words[-1].lower() if before_words and title_start > 30 or \
            len(before_words) > 0 else ""
        apposed = _APPOSITION_THEN_VERB.match(text, end)
        speaks_apposed = apposed is not None and apposed.group(1) in lexicon.SPEECH_VERBS \
            or speaks_after_comma(text, end, words)
        agent_with_role = len(before_words) > 1 and before_words[-2].lower() in ("by", "under") \
            and before_words[-1].islower() and lexicon.is_role_noun(before_words[-1])
        # ("The commission, headed by president Gyan Prakash Mathur, held …": the preposition's object still)
        after_prep = previous_word in lexicon.PREPOSITIONS or (previous_word == "and" and _BETWEEN_AND.search(before_title) is not None) or \
            agent_with_role or \
            (text[place_end:title_start] == ", " or _PLACE_IN_RUN_BEFORE.search(text, max(0, title_start - 40), title_start)) \
            and (text[end:end + 1] in (",", ".", ";", ")", "") or _LAST_PLACE_AFTER.match(text, end) is not None) \
            and not (len(words) > 1 and (holder_of_place(text, title_start) or speaks_apposed)) \
            and not any(first_key(t) in lexicon.HONORIFICS for t in titles)
        # ("in Nashville, Tennessee, part of …": the second name completes the place; not in
        # "The mayor of Castel Ventoso, Anna Bellucci, said", where it names the mayor, nor in
        # "In the town of Nurdagi, Mehmet Yilmaz, a shopkeeper, said", where it is the one speaking;
        # also when the place closed a longer name: "Brightwell Baby of Columbus, Ohio, said"; nor
        # after an honorific, which no place's name opens: "A resident of Owode, Mrs Funmilayo Adeyemi, who …")
        place_end = end if after_prep else -1
        in_phrase = previous_word in ("the", "a", "an") and len(before_words) > 1 \
            and before_words[-2].lower() in lexicon.PREPOSITIONS
        following = text[end:end + 40].lstrip(" ,").split()
        next_word = following[0].lower().strip(",.;:") if following else ""
        if next_word and closes_relative_clause(text[max(0, title_start - 80):title_start], text[end:end + 1]):
            next_word = ""  # "…, whose ward includes Balewadi, said": the verb is the clause's head's
        owns_role = job_and_name_follow(following)
        # (what rules a subject out is read first, the costlier tests of the sentence around it after;
        # not "(I ask) if X is …")
        subject = not possessive and not after_prep and not owns_role and not _second_of_a_phrase(before_words) \
            and previous_word not in ("the", "a", "an", "if", "whether") \
            and (not before_title or before_title.rstrip("”\"’").endswith((",", ".", ";", ":", "—", "–", "(", "?", "!"))
                 or _COMPARED_OPENER.search(before_title[-40:]) is not None
                 or previous_word in ("was", "were") and _INVERTED_OPENER.search(text, max(0, title_start - 140), title_start) is not None
                 or previous_word in _CLAUSE_OPENERS or _opener_and_role_before(before_words)
                 or next_word in _VERB_AFTER_SUBJECT or next_word == "who" or _finite_verb_after(following) or speaks_apposed
                 or described_opener(text, title_start) or described_after_comma(text, title_start))
        initial = not titles and (not before_title or before_title.endswith((".", "?", "!", ":", "”", "\"")))
        speaks = next_word in lexicon.SPEECH_VERBS or speaks_apposed or speaks_from_place(text, end) \
            or _WHO_SAID_AFTER.match(text, end) is not None \
            or next_word in _SPEECH_ADVERBS and len(following) > 1 and following[1].strip(",.;:") in lexicon.SPEECH_VERBS
        found.append((Mention(offset + start, offset + end, " ".join(words), possessive,
                              after_prep, subject, initial, speaks,
                              in_phrase=in_phrase, described=bool(_APPOSITION.match(text, end)),
                              cited=cites(before_words),
                              numbered=bool(_NUMBERED.match(text, end)),
                              surname_only=surname_only, owns_role=owns_role,
                              determined=not titles and lexicon.THE_BEFORE.search(text, max(0, start - 5), start) is not None), titles))
    return found
