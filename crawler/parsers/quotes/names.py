"""Names written in one unit's text: runs of capitalised words, trimmed to the name.

A run of capitalised words (with inner connectors such as "of", "van der") loses the words that
are capitalised only because they open a sentence, the titles before the name ("Rear Admiral")
and the office it is given with ("Director of Public Prosecution"); what is left is a `Mention`,
with where it stands in its sentence (subject, after a preposition, possessive).
"""

from __future__ import annotations

import re

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.entities import Mention

_POSSESSIVE = re.compile(r"^[’'‘]s?(?![\w])")
_CAPITAL_WORD = (r"(?:(?:[A-Z]\.){1,4}(?![\w’'])|(?:Jr|Sr|Dr|Gov|Sen|Rep|St|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Capt|Sgt|Adm|Inc|Co|Corp|Ltd)\."
                 r"|[A-ZÀ-ÖØ-ÞА-Я](?:[\w’'‘-]*\w)?(?:[’'‘]s?)?)")
_RUN = re.compile(r"(?=[A-ZÀ-ÖØ-ÞА-Я])(?<![\w’'‘-])" + _CAPITAL_WORD + r"(?:[ \u00a0]+(?:(?:of|for|the|de|du|da|do|dos|del|la|le|van|von|der|al|bin|y|&|and)[ ]+)?"
                  + _CAPITAL_WORD + r")*")
_NON_SPACE = re.compile(r"\S+")
_ABBREVIATED = re.compile(r"(?:[A-Z]\.)+|Jr\.|Sr\.|[A-Z][a-z]?\.")
"""Initials and abbreviations whose final period belongs to the name ("J.", "Jr.", "St.")."""
NEVER_NAMES = lexicon.FUNCTION_WORDS | lexicon.MONTHS_AND_DAYS
_DESCRIPTOR = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
"""A capitalised compound of common nouns ("Singer-guitarists"), never a given name."""
HANDLE = re.compile(r"(?<![\w@/.-])[a-z][a-z_]*\d[a-z0-9_]*(?![\w/@-])")
"""An online handle written in lower case with digits ("acebush1"): a name all the same."""
_LETTER_DIGIT = re.compile(r"[a-z]\d")
"""Cheap test that a text may hold a handle at all."""
_PLURAL_NOUNS = frozenset("people women men children".split())
"""Plurals whose possessive stays inside a name ("the People’s Daily", "Women’s Aid")."""
_CONNECTORS = frozenset("of for the de du da do dos del la le van von der al bin & y".split())
_VERB_AFTER_SUBJECT = lexicon.SPEECH_VERBS | frozenset(
    "has have had is was were will would also then later had recently".split())


def first_key(word: str) -> str:
    """Lower-cased word without a final period or a contraction ("They’re" -> "they")."""
    key = word.lower().rstrip(".")
    for mark in "’'":
        if mark in key:
            key = key.split(mark, 1)[0]
    return key


def _hyphenated_title(key: str) -> bool:
    """"editor-in-chief", "vice-president": a title written with hyphens."""
    parts = key.split("-")
    return len(parts) > 1 and all(p in lexicon.TITLES or p in ("in", "of", "at", "general") for p in parts)


def _raw_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with inner connectors) in `text`, as (start, end, word) lists."""
    runs = []
    for match in _RUN.finditer(text):
        base = match.start()
        word = match.group()
        if " " not in word:
            if first_key(word) not in NEVER_NAMES:
                runs.append([(base, match.end(), word)])
            continue
        words = [(base + w.start(), base + w.end(), w.group()) for w in _NON_SPACE.finditer(match.group())]
        # "and" joins only inside an organisation's name ("Center for Disease Control and Prevention")
        current: list[tuple[int, int, str]] = []
        for word in words:
            if current and current[-1][2].endswith(("’s", "'s", "‘s")) \
                    and current[-1][2][:-2].lower() not in _PLURAL_NOUNS:
                runs.append(current)
                current = []
            if word[2] == "and" and (any(w[2] == "and" for w in current)
                                     or not any(w[2].lower() in lexicon.ORG_WORDS for w in current[-3:])):
                runs.append(current)
                current = []
                continue
            current.append(word)
        runs.append(current)
    if not _LETTER_DIGIT.search(text):
        return [run for run in runs if run]
    runs += [[(m.start(), m.end(), m.group())] for m in HANDLE.finditer(text)]
    return sorted((run for run in runs if run), key=lambda run: run[0][0])


def _trim(run: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Drop sentence-start function words, titles and trailing connectors; return (name words, titles)."""
    titles: list[str] = []
    if len(run) == 1:
        return ([] if run[0][2].lower().rstrip(".") in lexicon.TITLES else run), titles
    while run and (first_key(run[0][2]) in lexicon.FUNCTION_WORDS
                   or (len(run) > 2 and run[0][2].endswith("ing"))):
        run = run[1:]
    if len(run) > 2 and _DESCRIPTOR.fullmatch(run[0][2]):
        # "Singer-guitarists Tom Johnston": a job word capitalised at a sentence start
        word = run[0][2].lower()
        titles, run = [word[:-1] if word.endswith("s") and not word.endswith("ss") else word], run[1:]
    keys = [w.lower().rstrip(".") for _, _, w in run]
    keys = ["chief" if _hyphenated_title(k) else k for k in keys]
    if all(k in lexicon.TITLES or k in _CONNECTORS for k in keys):
        return [], titles  # "Prime Minister" alone is a description
    last_title = max((i for i, k in enumerate(keys[:-1]) if k in lexicon.TITLES), default=-1)
    if last_title >= 0 and not any(k in lexicon.ORG_WORDS for k in keys[last_title + 1:]):
        titles = [w for _, _, w in run[:last_title + 1]]
        run = run[last_title + 1:]
        keys = keys[last_title + 1:]
    if titles and keys[0] == "of" and len(run) >= 3:
        # "Director of Public Prosecution Eva-Marie Persson": the office runs up to the name
        start = _name_start(keys)
        titles += [w for _, _, w in run[:start]]
        run, keys = run[start:], keys[start:]
    if len(run) >= 3 and keys[0] in lexicon.PLACES and not any(k in lexicon.ORG_WORDS for k in keys):
        run, keys = run[1:], keys[1:]
    if "of" in keys[2:]:
        cut = keys.index("of", 2)
        after = keys[cut + 1:]
        if not any(k in lexicon.ORG_WORDS for k in keys[:cut]) and \
                (len(after) == 1 or any(k in lexicon.ORG_WORDS for k in after)):
            run = run[:cut]
    while run and run[-1][2].lower() in _CONNECTORS:
        run = run[:-1]
    while run and run[0][2].lower() in _CONNECTORS:
        run = run[1:]
    if len(run) == 1 and run[0][2].lower().rstrip(".") in lexicon.MONTHS_AND_DAYS:
        return [], titles
    return run, titles


def _name_start(keys: list[str]) -> int:
    """Where a personal name ends a run of words: its surname, the particles before it
    ("von der"), one given name and an initial ("J.") before that; office, organisation
    and place words are not given names ("Secretary of State Pompeo")."""
    start = len(keys) - 1
    while start > 1 and keys[start - 1] in lexicon.NAME_PARTICLES:
        start -= 1
    given = keys[start - 1] if start > 1 else ""
    if given and given not in lexicon.TITLES and given not in lexicon.ORG_WORDS \
            and given not in lexicon.PLACES and given not in _CONNECTORS:
        start -= 1
        if start > 2 and len(keys[start - 1]) == 1 and keys[start - 2] not in _CONNECTORS:
            start -= 1  # keys lose their final period: "J" of "J."
    return start


def find_mentions(text: str, offset: int, skip: list[tuple[int, int]]) -> list[tuple[Mention, list[str]]]:
    """Name mentions of one unit's `text` (document offset `offset`), leaving out `skip` ranges."""
    found = []
    for run in _raw_runs(text):
        name_words, titles = _trim(run)
        if not name_words:
            continue
        start, end = name_words[0][0], name_words[-1][1]
        if skip and any(a <= offset + start < b for a, b in skip):
            continue
        words = [w for _, _, w in name_words]
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
        elif _POSSESSIVE.match(text[end:end + 2]):
            possessive = True
        if words[-1].endswith(".") and not _ABBREVIATED.fullmatch(words[-1]):
            words[-1] = words[-1][:-1]
            end -= 1
        if not words[-1]:
            continue
        title_start = run[0][0] if titles else start
        before_title = text[max(0, title_start - 30):title_start].rstrip()
        before_words = before_title.split()
        previous_word = before_words[-1].lower() if before_words and title_start > 30 or \
            len(before_words) > 0 else ""
        after_prep = previous_word in lexicon.PREPOSITIONS
        in_phrase = previous_word in ("the", "a", "an") and len(before_words) > 1 \
            and before_words[-2].lower() in lexicon.PREPOSITIONS
        subject = (not before_title or before_title.rstrip("”\"’").endswith((",", ".", ";", ":", "—", "–", "(", "?", "!"))
                   or previous_word in ("but", "that", "while", "as", "because", "when",
                                        "although", "though", "so", "then", "meanwhile", "also"))
        following = text[end:end + 40].lstrip(" ,").split()
        next_word = following[0].lower().strip(",.;:") if following else ""
        subject = (subject or next_word in _VERB_AFTER_SUBJECT or next_word == "who") and not possessive and not after_prep \
            and previous_word not in ("the", "a", "an")
        initial = not titles and (not before_title or before_title.endswith((".", "?", "!", ":", "”", "\"")))
        found.append((Mention(offset + start, offset + end, " ".join(words), possessive,
                              after_prep, subject, initial, next_word in lexicon.SPEECH_VERBS,
                              in_phrase=in_phrase), titles))
    return found
