"""Author names out of the strings pages give them in.

`clean_authors` turns metadata values into names: "By" and labels stripped ("Von", "Autor:"),
roles, degrees and desks dropped, several names split ("A, B und C", "Ann Lee/dpa"), a dateline
between names left out, capitals-set names given their case. `byline_names` reads the text of a
visible byline, which must hold nothing but names, roles and dates.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.parsers.text import clean_text

_BY_WORDS = (r"(?:(?:posted|published|veröffentlicht)\s+(?:on|am)\s+[\w .,]{3,30}?\d{4}\s+)?"
             r"(?:(?:eine?\s+)?(?:written|reported|posted|text|story|words|photos?|analysis|commentary|opinion|"
             r"kommentar|kolumne|glosse|reportage|analyse|interview|gastbeitrag|erstellt|verfasst|"
             r"geschrieben|escrito|publicado|écrit|publié|(?:mit\s+)?material)\s+)?"
             r"(?:by|von|par|por|di|door|av|af|ved)\b(?:\s+unser(?:em|er|en)\s+[\w-]+(?=\s))?")
_LABEL_WORDS = (r"(?:autor(?:in|en)?(?:/autor(?:in)?)?|authors?|auteur|autore|verfasser|texte?|reporter|"
                r"gastautor(?:in)?|interview|quelle|yazar|penulis|作者|责编|责任编辑|记者)")
_DESK_LABEL = r"(?:redaktion|redacción|rédaction|redazione)\s*[:：]"
"""A desk word as a label, only with its colon ("Redaktion: Ann Lee"; "Redaktion Berlin" is a desk)."""
_AUTHOR_PAGE_WORDS = (r"(?:(?:alles|alle\s+(?:artikel|beiträge|texte)|mehr|autorenseite|more|"
                       r"all\s+(?:posts|articles|stories)|posts|articles|stories)\s+(?:by|von)|"
                       r"(?:(?:weitere|mehr)\s+)?(?:informationen|infos)\s+(?:zu|über)|mehr\s+(?:zu|über)|"
                       r"more\s+(?:information\s+|info\s+)?(?:about|on))\b")
"""The words of a link to the author's page ("Alles von Ann Lee", "More by Ann Lee", "Weitere
Informationen zu Nordex SE", "More about Ann Lee"): cut from a byline, but not looked for in the
page's texts (a related box says "Mehr von …" too)."""
BY_LABEL = re.compile(
    rf"^\s*+(?:[(\[（]\s*+|[-–—]+\s*+)?(?:{_AUTHOR_PAGE_WORDS}[:：\s]*|{_BY_WORDS}[:：\s]*|{_DESK_LABEL}\s*|{_LABEL_WORDS}\s*(?:[:：]\s*|$|\s+(?=\S)))",
    re.I)
"""A byline's opening words ("By", "Von unserem Korrespondenten", "Autor:", "More by"), cut from
the names after them."""
_INITIALS = r"(?-i:[a-zäöüß]{1,4})(?=$|[\s,;|)\]])"
"""An editor's initials after a slash, closing a credit ("dpa/lno", "srf/hosb", "MDR/ls")."""
INITIALS_CREDIT = re.compile(rf"(?<=\S)/{_INITIALS}$")
BETWEEN_NAMES = re.compile(
    rf"\s*(?:,|;|\s[-–—]\s|\||\s&\s|\b(?:and|und)\b|(?-i:\b(?:et|y|e|og|en|i)\b(?!\.))|/(?!{_INITIALS})|\n|、|，)"
    r"\s*(?![^<>]*>)",
    re.I)
"""Between names: punctuation and "and" in a few languages (lower-case only when it could be an
initial: "Bruce Y. Lee" is one name), a slash unless an editor's initials follow it ("dpa/lno" is
one credit); never inside something written like a tag ("<b>", "</b>"):
a byline is text, and markup a page escaped into it stays text, whole."""
_JUNK = re.compile(
    r"\b(?:updated|published|photographer|image|images|photos?|fotos?|getty|istock\w*|"
    r"read more|follow|min read|hours? ago|minutes? ago|comments?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b", re.I)
"""Not a name: dates and weekdays, picture credits, widget labels."""
JOB_TITLE = re.compile(
    r"\b(?:correspondents?|editors?|reporters?|writers?|contributors?|columnists?|journalists?|"
    r"senior|chief|analyst|producer|presenter|[\w-]*redakteur(?:in)?|[\w-]*korrespondent(?:in)?|"
    r"[\w-]*expert(?:e|in)|reporterin|journalistin|leitende[rn]?|[\w-]*anw(?:alt|ältin))\b", re.I)
"""Words of a job title: beside a person's name they describe that person, never a co-author."""
ROLE_WORDS = re.compile(
    rf"{JOB_TITLE.pattern}|\b(?:staff|redaktion|newsroom|news desk|desk|team|agency|agencies|"
    r"agenturen|agentur|press|bureau)\b", re.I)
_DESK = re.compile(r"redaktion|newsroom|editorial team", re.I)
"""A desk named alone: an organisation, the answer when nobody is named."""
LABEL_ONLY = re.compile(r"(?:news|share|teilen|artikel|article|more|mehr|home|menu|search|follow|"
                         r"admin|administrator|webmaster|anonymous|unknown|guest|no author|none|null)", re.I)
"""A widget or section label, or a site account, standing where a name would be."""
_FOR_OUTLET = re.compile(r"\s+(?:for|für|pour|para|per)\s+(?=\S)", re.I)
"""' For Example.com' after a name of two to four words: the outlet it wrote for."""
_FILLER = re.compile(r"\b(?:the|The|of|in|der|die|das|des|la|le|el)\b|[\W\d_]+")
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
DEGREE = re.compile(r"(?:Ph\.?D|M\.?D|MS|MSc|MA|MBA|MPH|BSc|RD|RDN|RN|LD|LDN|CDE|CNS|JD|DPhil)\.?")
"""Letters after a name ("Rachael Link, MS"): a degree, not a co-author."""
DOMAIN = re.compile(r"\w\.(?:com|de|at|ch|be|nl|fr|it|es|tr|uk|org|net|is|ru|in|jp|cn)\b", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
"""A web address in a byline: replaced by a mark that makes the part holding it no name, before
it is split at its slashes into "names" ("Ann Lee - http://annlee.example.org")."""
_NOT_NAME = re.compile(rf"(https?:|www\.|@|(?<!\w)\d+(?![^\W\d_])|/(?!{_INITIALS}))")
"""Links, handles, slashes (not a credit's: "dpa/lno") and numbers (a digit inside a word, as in
"BR24", is allowed)."""

MAX_BYLINE_CHARS = 160
"""A visible byline longer than this is prose, not a byline."""


HANDLE = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
def clean_authors(raw_names) -> list[str]:
    """Split, strip "By" and roles, drop non-names and duplicates (case-insensitive)."""
    names: list[str] = []
    seen: set[str] = set()
    for raw in raw_names:
        if not isinstance(raw, str) or len(raw) > MAX_BYLINE_CHARS or _is_prose(raw):
            continue
        host = _web_host(raw)
        if host and host.casefold() not in seen:
            seen.add(host.casefold())
            names.append(host)
        if host or _NOT_NAME.match(raw.strip()):
            continue
        first = ""
        parts = _credits_split(BETWEEN_NAMES.split(BY_LABEL.sub("", _URL.sub(" @ ", clean_text(raw)))))
        for index, part in enumerate(parts):
            name = _tidy(part)
            if (first and DEGREE.fullmatch(name)) or (names and _DESK.fullmatch(name)):
                continue  # "Grant Tinsley, PhD", "Ann Lee, Redaktion", ["Ann Lee", "Redaktion"]: letters or a desk after a name
            if 0 < index < len(parts) - 1 and _between_names(name, parts[index - 1], parts[index + 1]):
                continue  # "Ann Lee, London, Bo Chan": the first writer's dateline
            if DOMAIN.search(first) and " " not in name and name[:1].isupper():
                continue  # "example.org, Frankfurt, Germany": the outlet's address and its places
            first = first or name
            key = name.casefold()
            if name and key not in seen:
                seen.add(key)
                names.append(_unshouted(name))
    return names


_SPOKEN_WORD = re.compile(r"(?=[^\W\d_]*[AEIOUYÀ-ÖØ-Ý])[^\W\d_]{3,}")
"""Three letters or more with a vowel: a word that is read, not spelt ("MDR", "AG", "U.S.")."""


def _unshouted(name: str) -> str:
    """A name of two words or more set in capitals ("LISA MASCARO", a wire byline's typography)
    with each word capitalised; left as it is when a word of it could be an acronym ("NATURSTROM
    AG", "MDR SACHSEN-ANHALT") or when it has one word ("AFP", "REUTERS"): the case is not known."""
    if not name.isupper():
        return name  # most names: nothing more to look at
    words = name.split()
    if len(words) < 2 or not all(_SPOKEN_WORD.search(word) for word in words):
        return name
    return _SPOKEN_WORD.sub(lambda word: word.group().capitalize(), name)


def _between_names(name: str, before: str, after: str) -> bool:
    """A place between two full names (a co-author between them would be named in full too)."""
    return _place_word(name) and len(before.split()) > 1 and len(after.split()) > 1


def _place_word(name: str) -> bool:
    """One capitalised word, no acronym: how a dateline's place stands among names."""
    return " " not in name and name[:1].isupper() and not ACRONYM.fullmatch(name)


def _credits_split(parts: list[str]) -> list[str]:
    """`parts` with a person's name and the agency after its slash apart ("Ann Lee/dpa"): initials
    after a slash close a credit only after an outlet or agency ("dpa/lno", "MDR THÜRINGEN/ls")."""
    split: list[str] = []
    for part in parts:
        before, slash, after = part.rpartition("/")
        if slash and INITIALS_CREDIT.search(part) and _is_person_like(before):
            split += [before, after]
        else:
            split.append(part)
    return split


def _is_person_like(text: str) -> bool:
    """Two or more words, one of them written with lower-case letters after a capital ("Ann
    Lee", not "MDR THÜRINGEN" or "dpa")."""
    words = text.split()
    return len(words) > 1 and any(word[:1].isupper() and any(map(str.islower, word[1:])) for word in words)


_PROSE_WORDS = 7


def _is_prose(raw: str) -> bool:
    """A sentence where a name should be (a biography: "Ann Lee, Tokyo-based writer and fan of
    puns.")."""
    text = raw.strip()
    return text.endswith(".") and len(text.split()) >= _PROSE_WORDS


_ROLE_IN_PARENS = re.compile(r"\s*\([^()]*\)?$")
"""A role or affiliation in brackets after a name ("Eberhard Fuhr (Pressesprecher des Vereins)"),
its closing bracket stripped already when it ended the part."""


def _tidy(part: str) -> str:
    """The name in one split part, or "" for a role alone ("Staff", "Senior Editor") or junk."""
    name = BY_LABEL.sub("", part).strip(" .:：-–—|()[]\"'")
    role = _ROLE_IN_PARENS.search(name)
    if role and (_JUNK.search(role.group()) or _NOT_NAME.search(role.group())):
        return ""  # "Bo Chan (Fotos)", "Example News (www.example.org)": a photographer, an address
    if role and 2 <= len(name[:role.start()].split()) <= 4:
        name = name[:role.start()]
    person, outlet = (_FOR_OUTLET.split(name, 1) + [""])[:2] if _FOR_OUTLET.search(name) else (name, "")
    if outlet and 2 <= len(person.split()) <= 4:
        name = person
    if not name or len(name) > 60 or _NOT_NAME.search(name) or _JUNK.search(name):
        return ""
    if LABEL_ONLY.fullmatch(name):
        return ""
    name = _without_job_title(name)
    if _is_phrase(name):
        return ""
    if ROLE_WORDS.search(name) and not _FILLER.sub("", ROLE_WORDS.sub("", name)) and not _DESK.fullmatch(name):
        return ""
    return name


def _is_phrase(text: str) -> bool:
    """Words of a sentence, not a name: more than five of them ("de la", "van der" are of the
    name), or capitalised words after a lower-case first word (`_starts_lower`)."""
    return sum(word not in _PARTICLES for word in text.split()) > 5 or _starts_lower(text)


def _starts_lower(name: str) -> bool:
    """Capitalised words after a lower-case first word that is no name particle ("deinen
    Hochzeitsbloggern"): a phrase, not a name. An all-lower-case name ("bell hooks"), a domain
    ("radio1.example.org Redaktion") or a company ("bergportal GmbH") stays."""
    words = name.split()
    return (len(words) > 1 and words[0].isalpha() and words[0].islower() and words[0] not in _PARTICLES
            and any(word[:1].isupper() for word in words[1:]) and not COMPANY.search(name))


COMPANY = re.compile(r"\b(?:GmbH|AG|SE|KG|Inc|Ltd|LLC|SA|SpA|BV|e\.\s?V)\b\.?")


def _without_job_title(name: str) -> str:
    """ "Enkosi Selane Journalist" -> "Enkosi Selane": job-title words after a name of two to four
    words are cut (not in a desk's or an agency's: "Herald staff reporter" and "AP Sports
    Writer" stay whole), and one before it ("Online-Experte Robin Tschöpe")."""
    words = name.split()
    if len(words) > 2 and JOB_TITLE.fullmatch(words[0]) and not any(map(JOB_TITLE.fullmatch, words[1:])) \
            and _looks_like_name(" ".join(words[1:])):
        return " ".join(words[1:]) if len(words) <= 5 else name
    end = len(words)
    while end > 2 and JOB_TITLE.fullmatch(words[end - 1]):
        end -= 1
    person = words[:end]
    if end == len(words) or end > 4 or ROLE_WORDS.search(" ".join(person)) \
            or any(ACRONYM.fullmatch(word) for word in person):
        return name
    return " ".join(person)


def byline_names(raw_texts: list[str]) -> list[str]:
    """The names in a visible byline, or [] when a part is neither a name, a role nor a date (a
    label such as "Telephone:" means a contact box); a one-word place after the names ("Ines
    Zöttl, Washington") and an agency in lower case after them ("Ann Lee, dpa") are left out.
    An agency credited as the source may be written in lower case ("Quelle: kathpress")."""
    agency = _SOURCE_AGENCY.fullmatch(clean_text(raw_texts[0])) if len(raw_texts) == 1 else None
    if agency:
        return [agency.group(1)]
    if len(raw_texts) == 1 and "www." in raw_texts[0]:
        host = _web_host(BY_LABEL.sub("", clean_text(raw_texts[0])))
        if host:
            return [host]
    names: list[str] = []
    parts = [part.strip() for raw in raw_texts for part in BETWEEN_NAMES.split(BY_LABEL.sub("", clean_text(raw)))]
    parts = [part for part in parts if part and not _NOT_NAME.search(part)]
    for index, part in enumerate(parts):
        name = _tidy(part)
        if index == 0 and not name and _is_phrase(BY_LABEL.sub("", part).strip()):
            return []  # "Von den umliegenden Höfen kaufte der Burgherr …": a sentence opening with the word
        after_names = index > 0 and index == len(parts) - 1
        if after_names and _LOWER_AGENCY.fullmatch(name):
            continue
        if name and (part.endswith((":", "：")) or not (_looks_like_name(name) or _is_team(name))):
            return clean_authors(names) if after_names and _describes(raw_texts, names, part) else []
        if name and not (after_names and _is_place(name, parts[0])):
            names.append(name)
    return clean_authors(names)


_AUTHOR_LABEL = re.compile(rf"\s*{_LABEL_WORDS}\s*[:：]", re.I)


def _describes(raw_texts: list[str], names: list[str], part: str) -> bool:
    """Is `part`, closing an "Autorin:" line after one full name, the person's description
    ("Autorin: Ann Lee, Projektleiterin der Stiftung in Tunis.")? A phrase with lower-case words,
    no label of its own: the line names the author, then says who she is."""
    return (len(raw_texts) == 1 and len(names) == 1 and is_full_name(names[0])
            and bool(_AUTHOR_LABEL.match(raw_texts[0])) and not part.endswith((":", "："))
            and any(word.islower() for word in part.split()))


_LOWER_AGENCY = re.compile(r"[a-z]{2,4}")
"""An agency credited after the names in lower case, as German bylines write it ("Von Ann Lee,
dpa"): the source of the copy, not a co-author."""


_WEB_HOST = re.compile(r"www\.[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,6}")


def _web_host(text: str) -> str:
    """A byline that is only a site's address ("Autor: www.example.org"): the site as author,
    written as the page writes it (an organisation: the answer only when nobody is named)."""
    text = text.strip() if "www." in text else ""
    return text if text and _WEB_HOST.fullmatch(text) else ""


_SOURCE_AGENCY = re.compile(r"(?i:quelle|source|fuente|fonte)\s*:\s*([a-zäöü]{2,12})")


def _is_team(name: str) -> bool:
    """A team or desk the names belong to ("Chrome Safe Browsing team"): capitalised words and
    a desk word."""
    words = name.split()
    return len(words) > 1 and bool(ROLE_WORDS.fullmatch(words[-1])) and _looks_like_name(" ".join(words[:-1]))


def _is_place(name: str, first: str) -> bool:
    """A dateline after the names: a place word after a full name or an agency, as in "Ines
    Zöttl, Washington" or "PTI, Washington"."""
    return _place_word(name) and (" " in first or bool(ACRONYM.fullmatch(first)))


_PREFIX_WORDS = rf"(?:{_BY_WORDS}|{_DESK_LABEL}|{_LABEL_WORDS}\s*(?:[:：]|$)|autor|author|verfasser)"
_PREFIX_LETTERS = "".join(sorted({word[0].lower() for word in re.findall(r"[^\W\d_]+", _PREFIX_WORDS)}))
"""Every letter a word of `_PREFIX_WORDS` starts with (and a few more: the letters after a
backslash). Each of them begins with a letter, so a text whose first letter is none of these
fails at once, not after trying each word (it halves the scan of a page's texts)."""
BYLINE_START = re.compile(rf"[\s(\[（—–-]*+(?=[{_PREFIX_LETTERS}]){_PREFIX_WORDS}", re.I)
"""A text that opens like a byline ("By …", "Von …", "Autor: …", "Redaktion: …"): where the
search for a byline in the page's texts looks."""


_PARTICLES = {"van", "von", "de", "der", "den", "da", "das", "di", "do", "dos", "du", "del", "la", "le", "bin",
              "al", "ibn", "zu", "ten", "ter"}


def is_full_name(name: str) -> bool:
    """A given name and a family name: two to four words ("Ann Lee", "Jan Lukas Strozyk"), or one
    word in a script without case, which writes a full name without spaces ("焦鹏", "牛镛"); a
    single capitalised word may be a place or a word of a sentence."""
    words = name.split()
    return 2 <= len(words) <= 4 or (len(words) == 1 and _uncased(words[0][0]))


def _looks_like_name(name: str) -> bool:
    """Every word capitalised, a name particle, a domain (an outlet's desk: "example.org
    Redaktion") or in a script without case (CJK, Hangul, Arabic, Devanagari…): "Max Kolter",
    "Андрей Колесников", "牛镛", not "the ministry"."""
    return all(_name_word(word) for word in INITIALS_CREDIT.sub("", name).split())


def _name_word(word: str) -> bool:
    if not all(char.isalnum() or char in "'’.-" or unicodedata.category(char)[0] == "M"  # combining marks
               for char in word[1:]):
        return False
    first = word[0]
    return first.isupper() or _uncased(first) or word in _PARTICLES or bool(DOMAIN.search(word))


def _uncased(char: str) -> bool:
    """A letter of a script without case (CJK, Hangul, Arabic, Devanagari…)."""
    return char.isalpha() and not char.islower() and not char.isupper()


