"""Authors: people (or an organisation) from JSON-LD, meta tags, microdata or the visible byline.

No "By", no roles, no "Staff"; one name per item, in the page's order, without duplicates.

Sources are read in order of trust (JSON-LD, meta tags, microdata, then the page: byline markup,
a "By …" or "Author: …" line, links to author pages, a signature closing the text, a byline
opening it, the agency its dateline names, a dated line under the headline); the first one
naming a person wins. A name that is the outlet itself, a domain, an acronym, a desk ("MND
Staff", "BR24 Redaktion") or a company counts as an organisation: kept beside the people a
declared author list names, and the answer only when no source names a person (or when metadata
names an agency). Visible bylines are accepted only when every part reads as a name, a role or a
date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from crawler.parsers.metadata import PageMetadata, types_of
from crawler.parsers.pagetexts import BodyTexts
from crawler.parsers.text import clean_text, fold
from crawler.parsers.titles import title_parts

AUTHOR_META = ("author", "article:author", "og:article:author", "article:author_name", "og:author", "parsely-author",
               "sailthru.author", "shareaholic:article_author_name", "dc.creator", "dcterms.creator", "byl",
               "cxenseparse:author", "articleauthor", "twitter:misc:written by", "twitter:creator:name")
_BY_WORDS = (r"(?:(?:posted|published|veröffentlicht)\s+(?:on|am)\s+[\w .,]{3,30}?\d{4}\s+)?"
             r"(?:(?:eine?\s+)?(?:written|reported|posted|text|story|words|photos?|analysis|commentary|opinion|"
             r"kommentar|kolumne|glosse|reportage|analyse|interview|gastbeitrag|erstellt|verfasst|"
             r"geschrieben|escrito|publicado|écrit|publié|(?:mit\s+)?material)\s+)?"
             r"(?:by|von|par|por|di|door|av|af|ved)\b(?:\s+unser(?:em|er|en)\s+[\w-]+(?=\s))?")
_LABEL_WORDS = (r"(?:autor(?:in|en)?(?:/autor(?:in)?)?|authors?|auteur|autore|verfasser|texte?|reporter|"
                r"gastautor(?:in)?|interview|quelle|yazar|penulis|作者|责编|记者)")
_DESK_LABEL = r"(?:redaktion|redacción|rédaction|redazione)\s*[:：]"
"""A desk word as a label, only with its colon ("Redaktion: Ann Lee"; "Redaktion Berlin" is a desk)."""
_AUTHOR_PAGE_WORDS = (r"(?:alles|alle\s+(?:artikel|beiträge|texte)|mehr|autorenseite|more|"
                       r"all\s+(?:posts|articles|stories)|posts|articles|stories)\s+(?:by|von)\b")
"""The words of a link to the author's page ("Alles von Ann Lee", "More by Ann Lee"): cut from a
byline, but not looked for in the page's texts (a related box says "Mehr von …" too)."""
_BY = re.compile(
    rf"^\s*+(?:[(\[（]\s*+|[-–—]+\s*+)?(?:{_AUTHOR_PAGE_WORDS}[:：\s]*|{_BY_WORDS}[:：\s]*|{_DESK_LABEL}\s*|{_LABEL_WORDS}\s*(?:[:：]\s*|$|\s+(?=\S)))",
    re.I)
_INITIALS = r"(?-i:[a-zäöüß]{1,4})(?=$|[\s,;|)\]])"
"""An editor's initials after a slash, closing a credit ("dpa/lno", "srf/hosb", "MDR/ls")."""
_INITIALS_CREDIT = re.compile(rf"(?<=\S)/{_INITIALS}$")
_SPLIT = re.compile(
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
_JOB_TITLE = re.compile(
    r"\b(?:correspondents?|editors?|reporters?|writers?|contributors?|columnists?|journalists?|"
    r"senior|chief|analyst|producer|presenter|[\w-]*redakteur(?:in)?|[\w-]*korrespondent(?:in)?|"
    r"[\w-]*expert(?:e|in)|reporterin|journalistin|leitende[rn]?|[\w-]*anw(?:alt|ältin))\b", re.I)
"""Words of a job title: beside a person's name they describe that person, never a co-author."""
_ROLE_WORDS = re.compile(
    rf"{_JOB_TITLE.pattern}|\b(?:staff|redaktion|newsroom|news desk|desk|team|agency|agencies|"
    r"agenturen|agentur|press|bureau)\b", re.I)
_DESK = re.compile(r"redaktion|newsroom|editorial team", re.I)
"""A desk named alone: an organisation, the answer when nobody is named."""
_LABEL_ONLY = re.compile(r"(?:news|share|teilen|artikel|article|more|mehr|home|menu|search|follow|"
                         r"admin|administrator|webmaster|anonymous|unknown|guest|no author|none|null)", re.I)
"""A widget or section label, or a site account, standing where a name would be."""
_FOR_OUTLET = re.compile(r"\s+(?:for|für|pour|para|per)\s+(?=\S)", re.I)
"""' For Example.com' after a name of two to four words: the outlet it wrote for."""
_FILLER = re.compile(r"\b(?:the|The|of|in|der|die|das|des|la|le|el)\b|[\W\d_]+")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
_DEGREE = re.compile(r"(?:Ph\.?D|M\.?D|MS|MSc|MA|MBA|MPH|BSc|RD|RDN|RN|LD|LDN|CDE|CNS|JD|DPhil)\.?")
"""Letters after a name ("Rachael Link, MS"): a degree, not a co-author."""
_DOMAIN = re.compile(r"\w\.(?:com|de|at|ch|be|nl|fr|it|es|tr|uk|org|net|is|ru|in|jp|cn)\b", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
"""A web address in a byline: replaced by a mark that makes the part holding it no name, before
it is split at its slashes into "names" ("Ann Lee - http://annlee.example.org")."""
_NOT_NAME = re.compile(rf"(https?:|www\.|@|(?<!\w)\d+(?![^\W\d_])|/(?!{_INITIALS}))")
"""Links, handles, slashes (not a credit's: "dpa/lno") and numbers (a digit inside a word, as in
"BR24", is allowed)."""

MAX_BYLINE_CHARS = 160
"""A visible byline longer than this is prose, not a byline."""


def choose_authors(meta: PageMetadata, root=None, texts: BodyTexts | None = None) -> list[str]:
    """The article's authors: the first source naming people (JSON-LD, meta tags, microdata,
    byline markup, a "By …" line, a closing signature); when none does, the first organisation
    named as author. A name JSON-LD declares an Organization is one in every source. An agency
    named in metadata ("dpa") ends the search: the page is agency copy, and a name found further
    on would be a teaser's; the outlet or a desk named in metadata does not."""
    publishers = {fold(name) for name in _publisher_names(meta)} | _host_names(meta)
    outlet = publishers | {fold(part) for part in title_parts(meta.title_tag)[1:][-1:]}
    organisations: list[str] = []
    declared: set[str] = set()
    texts = BodyTexts(root) if texts is None else texts
    sources = _candidate_lists(meta, root, texts)
    for raw_names, declared_orgs, declared_list in sources:
        if raw_names and all(isinstance(raw, str) and fold(raw) in outlet for raw in raw_names):
            organisations = organisations or [clean_text(raw) for raw in raw_names]
            continue  # the outlet's name, not to be split at its "&" ("Jobs & Hire")
        names = clean_authors(raw_names)
        declared |= {name.casefold() for name in declared_orgs}
        is_org = [name.casefold() in declared or _is_organisation(name, publishers) for name in names]
        if not all(is_org):
            people = [name for name, org in zip(names, is_org)
                      if not org or _co_author(name, publishers, declared_list)]
            return _display_names(people, sources) if any(map(_is_short_form, people)) else people
        if declared_list is not None and any(_is_agency(name, publishers) for name in names):
            return names
        organisations = organisations or names
    return organisations or (_press_contact(root, texts) if root is not None else [])


_CONTACT_LABEL = re.compile(
    r"\s*(?:presse?-?\s?kontakt|kontakt|press contact|media contact|contact presse|contacto de prensa|"
    r"ansprechpartner(?:in)?(?: für die presse)?)\s*[:：]?\s*", re.I)


def _press_contact(root, texts: BodyTexts) -> list[str]:
    """The person a press release names as its contact, when nothing else names anyone: the full
    name on the line after a "Press contact"/"Pressekontakt:" label ("<b>Kontakt:</b><br>Ann Lee
    <br>Telefon …"), outside navigation and footers."""
    joined = "\x00".join(texts.strings)
    for begin in sorted(_contact_label_starts(joined)):
        index = joined.count("\x00", 0, begin)
        following = next((line.strip() for line in texts.strings[index + 1:index + 4] if line.strip()), "")
        names = _byline_names([following]) if following else []
        if len(names) == 1 and 2 <= len(names[0].split()) <= 4 \
                and not _in_chrome(_body_text_node(root, index).getparent()):
            return names
    return []


_CONTACT_WORDS = ("ontakt", "ONTAKT", "ontact", "ONTACT", "nsprechpartner", "NSPRECHPARTNER")
"""Letters every contact label holds: found with str.find, quicker than a regular expression on
a whole page's text."""


def _contact_label_starts(joined: str) -> Iterator[int]:
    """Where the texts (joined by NUL) that are a contact label alone start."""
    for word in _CONTACT_WORDS:
        start = joined.find(word)
        while start != -1:
            begin = joined.rfind("\x00", 0, start) + 1
            end = joined.find("\x00", start)
            end = len(joined) if end == -1 else end
            if end - begin < 40 and _CONTACT_LABEL.fullmatch(joined, begin, end):
                yield begin
            start = joined.find(word, end)


_HANDLE = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
_LETTERS = re.compile(r"[\W\d_]+")


def _is_handle(name: str) -> bool:
    """A login name standing for a person ("arianschlichenmayer", "edilson.la.rosa")."""
    return len(name) >= 6 and bool(_HANDLE.fullmatch(name))


def _is_short_form(name: str) -> bool:
    """A login name, or a first name alone ("Nils"): a later source may write the full name."""
    return _is_handle(name) or (" " not in name and name[:1].isupper() and not _ACRONYM.fullmatch(name))


def _display_names(names: list[str], later_sources: Iterator) -> list[str]:
    """`names` with each login name replaced by the name a later source writes with the same
    letters, accents aside ("edilson.la.rosa" -> "Edilson La Rosa", "gabor_munier" -> "Gàbor
    Muniér", from the visible byline), and each first name alone by the full name a later source
    starts with it ("Nils" -> "Nils Pickert")."""
    short = {_LETTERS.sub("", name) if _is_handle(name) else name.casefold(): name
             for name in names if _is_short_form(name)}
    found: dict[str, str] = {}
    for raw_names, _orgs, _declared in later_sources:
        for name in clean_authors(raw_names):
            if " " not in name:
                continue
            key = _plain_letters(name) if _plain_letters(name) in short else name.split(" ", 1)[0].casefold()
            if key in short:
                found.setdefault(short[key], name)
        if len(found) == len(short):
            break
    return [found.get(name, name) for name in names]


def _plain_letters(name: str) -> str:
    """A name's letters without case and accents, as a login name writes them ("Gàbor Muniér" ->
    "gabormunier")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return _LETTERS.sub("", "".join(char for char in decomposed if not unicodedata.combining(char)))


def _candidate_lists(meta: PageMetadata, root, texts: BodyTexts) -> Iterator[tuple[list[str], set[str], bool | None]]:
    """(raw names, names declared as organisations, is it a declared author list?) per source,
    most trusted first (None for the page's visible text); lazily, so the page is only searched
    when metadata names nobody."""
    yield _jsonld_authors(meta)
    for values in _meta_authors(meta):
        yield values, set(), False
    yield meta.microdata.get("author", []), set(), False
    if root is not None:
        for names in _visible_bylines(root, texts):
            yield names, set(), None


def _is_organisation(name: str, publishers: set[str]) -> bool:
    """The outlet's own name (or a name starting with it), a domain, an acronym, a desk, or a
    company ("DHU-Arzneimittel GmbH & Co. KG", "Nordex SE"); not a credit closing with an
    editor's initials ("srf/hosb", "MDR THÜRINGEN/ls"): that names the person who wrote it."""
    if _INITIALS_CREDIT.search(name):
        return False
    return (_is_outlet(name, publishers) or bool(_DOMAIN.search(name)) or bool(_ACRONYM.fullmatch(name))
            or bool(_ROLE_WORDS.search(name)) or bool(_COMPANY.search(name)))


def _is_outlet(name: str, publishers: set[str]) -> bool:
    """The outlet's name, a name starting with it, or a name spelled as its address's letters
    ("Citynews" at cityne.ws, "El Diario" at eldiario.example; on a person's blog at
    annlee.example "Ann Lee" is the answer only when nobody else is named)."""
    key = fold(name)
    return (key in publishers or key.split(" ", 1)[0] in publishers or _LETTERS.sub("", key) in publishers
            or _LETTERS.sub("", _ARTICLE.sub("", key)) in publishers)


_ARTICLE = re.compile(r"^(?:the|die|der|das|le|la|les|el|los|las|il|lo|de|het|o|a|os|as)\s+")
"""An article before an outlet's name, not in its address ("The Example Times" at exampletimes.example)."""


def _is_agency(name: str, publishers: set[str]) -> bool:
    """An organisation other than the outlet and its desks: "dpa", "PTI", "Reuters"."""
    return not _is_outlet(name, publishers) and not _ROLE_WORDS.search(name)


def _host_names(meta: PageMetadata) -> set[str]:
    """The outlet's names in its own address (canonical or og:url): "factcheck.agency.example" gives
    "factcheck agency example", "factcheck" and "agency"."""
    url = meta.canonical or meta.first_meta("og:url") or ""
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().removeprefix("www.")
    labels = host.split(".")
    if len(labels) < 2:
        return set()
    names = {fold(label) for label in labels[:-1] if len(label) > 2 and label not in _GENERIC_LABELS}
    return names | {fold(host), _LETTERS.sub("", fold(host))}


_GENERIC_LABELS = {"com", "net", "org", "gov", "edu", "www", "amp"}


def _co_author(organisation: str, publishers: set[str], declared_list: bool | None) -> bool:
    """Is an organisation named beside people a co-author ("SDA", "Associated Press")? Not a
    job title ("AP Sports Writer"), nor the outlet itself unless JSON-LD lists it as author, nor
    anything a visible byline (`declared_list` None) shows beside names: on the page that is a
    credit line, a dateline or a label more often than a co-author."""
    if declared_list is None or _JOB_TITLE.search(organisation) or _DEGREE.fullmatch(organisation):
        return False
    return declared_list or not _is_outlet(organisation, publishers)


def clean_authors(raw_names) -> list[str]:
    """Split, strip "By" and roles, drop non-names and duplicates (case-insensitive)."""
    names: list[str] = []
    seen: set[str] = set()
    for raw in raw_names:
        if not isinstance(raw, str) or _NOT_NAME.match(raw.strip()) or len(raw) > MAX_BYLINE_CHARS \
                or _is_prose(raw):
            continue
        first = ""
        parts = _credits_split(_SPLIT.split(_BY.sub("", _URL.sub(" @ ", clean_text(raw)))))
        for index, part in enumerate(parts):
            name = _tidy(part)
            if first and (_DEGREE.fullmatch(name) or _DESK.fullmatch(name)):
                continue  # "Grant Tinsley, PhD", "Ann Lee, Redaktion": letters or a desk after a name
            if 0 < index < len(parts) - 1 and _between_names(name, parts[index - 1], parts[index + 1]):
                continue  # "Ann Lee, London, Bo Chan": the first writer's dateline
            if _DOMAIN.search(first) and " " not in name and name[:1].isupper():
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
    words = name.split()
    if len(words) < 2 or not name.isupper() or not all(_SPOKEN_WORD.search(word) for word in words):
        return name
    return _SPOKEN_WORD.sub(lambda word: word.group().capitalize(), name)


def _between_names(name: str, before: str, after: str) -> bool:
    """A place between two full names: one capitalised word, no acronym, with names of two
    words or more on either side (a co-author between them would be named in full too)."""
    return (" " not in name and name[:1].isupper() and not _ACRONYM.fullmatch(name)
            and len(before.split()) > 1 and len(after.split()) > 1)


def _credits_split(parts: list[str]) -> list[str]:
    """`parts` with a person's name and the agency after its slash apart ("Ann Lee/dpa"): initials
    after a slash close a credit only after an outlet or agency ("dpa/lno", "MDR THÜRINGEN/ls")."""
    split: list[str] = []
    for part in parts:
        before, slash, after = part.rpartition("/")
        if slash and _INITIALS_CREDIT.search(part) and _is_person_like(before):
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
    name = _BY.sub("", part).strip(" .:：-–—|()[]\"'")
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
    if _LABEL_ONLY.fullmatch(name):
        return ""
    name = _without_job_title(name)
    if len(name.split()) > 5:
        return ""
    if _ROLE_WORDS.search(name) and not _FILLER.sub("", _ROLE_WORDS.sub("", name)) and not _DESK.fullmatch(name):
        return ""
    if _starts_lower(name):
        return ""
    return name


def _starts_lower(name: str) -> bool:
    """Capitalised words after a lower-case first word that is no name particle ("deinen
    Hochzeitsbloggern"): a phrase, not a name. An all-lower-case name ("bell hooks"), a domain
    ("radio1.example.org Redaktion") or a company ("bergportal GmbH") stays."""
    words = name.split()
    return (len(words) > 1 and words[0].isalpha() and words[0].islower() and words[0] not in _PARTICLES
            and any(word[:1].isupper() for word in words[1:]) and not _COMPANY.search(name))


_COMPANY = re.compile(r"\b(?:GmbH|AG|SE|KG|Inc|Ltd|LLC|SA|SpA|BV|e\.\s?V)\b\.?")


def _without_job_title(name: str) -> str:
    """ "Enkosi Selane Journalist" -> "Enkosi Selane": job-title words after a name of two to four
    words are cut (not in a desk's or an agency's: "Herald staff reporter" and "AP Sports
    Writer" stay whole), and one before it ("Online-Experte Robin Tschöpe")."""
    words = name.split()
    if len(words) > 2 and _JOB_TITLE.fullmatch(words[0]) and not any(map(_JOB_TITLE.fullmatch, words[1:])) \
            and _looks_like_name(" ".join(words[1:])):
        return " ".join(words[1:]) if len(words) <= 5 else name
    end = len(words)
    while end > 2 and _JOB_TITLE.fullmatch(words[end - 1]):
        end -= 1
    person = words[:end]
    if end == len(words) or end > 4 or _ROLE_WORDS.search(" ".join(person)) \
            or any(_ACRONYM.fullmatch(word) for word in person):
        return name
    return " ".join(person)


def _jsonld_authors(meta: PageMetadata) -> tuple[list[str], set[str], bool]:
    """Names under `author` (else `creator`) of the main JSON-LD article, nested lists flattened
    and `@id` references resolved; `Organization` entries are declared organisations."""
    names: list[str] = []
    organisations: set[str] = set()
    for obj in meta.jsonld[:1]:
        value = obj.get("author") or obj.get("creator")
        stack = value if isinstance(value, list) else [value]
        for item in _flatten(stack):
            if isinstance(item, dict) and not item.get("name") and isinstance(item.get("@id"), str):
                item = meta.jsonld_named.get(item["@id"], item)
            if isinstance(item, str):
                names.append(item)
            elif isinstance(item, dict):
                name = item.get("name")
                if isinstance(name, list):
                    name = " ".join(n for n in name if isinstance(n, str))
                if isinstance(name, str):
                    names.append(name)
                    if "organization" in types_of(item):
                        organisations.update(clean_authors([name]))
    return names, organisations, True


def _flatten(items: list) -> Iterator:
    for item in items:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def _publisher_names(meta: PageMetadata) -> list[str]:
    """The outlet's own names (publisher, og:site_name): never an author."""
    names = [meta.first_meta("og:site_name") or ""]
    for obj in meta.jsonld[:1]:
        publisher = obj.get("publisher")
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(clean_text(item["name"]))
    return [n for n in names if n]


def _meta_authors(meta: PageMetadata) -> Iterator[list[str]]:
    """Author meta tags one name at a time (an e-mail in `author` does not hide a
    `twitter:data1` "Written by" further on)."""
    for name in AUTHOR_META:
        values = [v for v in meta.meta.get(name, ()) if v and not v.startswith(("http", "@"))]
        if values:
            yield values
    for index in "12345":
        label = meta.first_meta(f"twitter:label{index}") or ""
        data = meta.first_meta(f"twitter:data{index}")
        if data and _WRITTEN_BY.search(label):
            yield [data]


_WRITTEN_BY = re.compile(r"written by|author|autor|auteur|geschrieben", re.I)
_BYLINE_CLASS = re.compile(
    r"byline|authorline|author-name|author__name|article-author|article__author|story-author|"
    r"post-author|authorname|author-link|(?:^|[\s_-])(?:authors?|autor(?:en)?)(?:$|[\s_-])"
)
_BYLINE_TAGS = ("a", "span", "div", "p", "address", "section", "li", "strong", "h4", "h5", "h6")
_NOT_BYLINE = re.compile(
    r"bio|avatar|image|img|photo|related|teaser|comment|description|social|socmed|contact|share|tooltip", re.I)


def _visible_bylines(root, texts: BodyTexts) -> Iterator[list[str]]:
    """Names from byline markup (class/rel), then from "By …"/"Author: …" lines, as lists
    whose every part reads as a name, a role or a date (anything else is not a byline)."""
    yield from _byline_markup(root)
    for names in _prefixed_bylines(root, texts.strings):
        if names:
            yield names
    names = _byline_names(_author_links(root))
    if names:
        yield names
    paragraphs = _text_paragraphs(root)
    names = _byline_names(_signature(paragraphs))
    if names:
        yield names
    names = _opening_byline(paragraphs)
    if names:
        yield names
    names = _dateline_agency(paragraphs)
    if names:
        yield names
    names = _dated_line_under_headline(root)
    if names:
        yield names


def _byline_markup(root) -> Iterator[list[str]]:
    """Names in byline-like elements (rel=author or a byline/author class) in page order,
    outside navigation, asides, footers and lists; the parts of a byline that named someone
    are not read again on their own (its "Washington" span is a place, not a second byline)."""
    bylines = (el for el in root.iter(_BYLINE_TAGS) if el.get("rel") == "author" or _byline_class(el))
    read: list = []
    for _index, element in zip(range(8), bylines):
        if _NOT_BYLINE.search(element.get("class") or "") or _in_chrome(element):
            continue
        if any(ancestor in read for ancestor in element.iterancestors()):
            continue
        names = _element_names(element) or _account_name(element)
        if names:
            read.append(element)
            yield clean_authors(names + [name for sibling in _same_kind_siblings(element)
                                         for name in _element_names(sibling)])


def _account_name(element) -> list[str]:
    """The account a rel=author link names, when it is written as a login name ("oradmin"): the
    page says it is the author's."""
    text = _spaced_text(element) if element.get("rel") == "author" and len(element) == 0 else ""
    return [text] if len(text) >= 3 and _HANDLE.fullmatch(text) and not _LABEL_ONLY.fullmatch(text) else []


def _same_kind_siblings(element) -> list:
    """The byline elements after this one in the same parent, of the same tag and class (or
    rel=author): co-authors' links written one by one ("Von <a rel=author>…</a>, <a …>…</a>")."""
    return [sibling for sibling in element.itersiblings(element.tag)
            if sibling.get("class") == element.get("class") and sibling.get("rel") == element.get("rel")]


def _byline_class(element) -> bool:
    classes = element.get("class")
    return bool(classes) and ("author" in classes or "byline" in classes or "autor" in classes) \
        and bool(_BYLINE_CLASS.search(classes))


def _element_names(element) -> list[str]:
    """The names in a byline element; when its whole text does not read as names ("By Louis
    Jacobson on Monday, November 18th"), the names of its links (plain or only bold/italic)."""
    names = _byline_names(_names_in(element))
    if names:
        return names
    links = [_spaced_text(link) for link in element.iter("a")
             if all(child.tag in _EMPHASIS for child in link) and not _in_list_within(link, element)]
    return _byline_names(links) if links else []


def _in_list_within(child, element) -> bool:
    """Is `child` in a list inside the byline `element` (its breadcrumbs or tags, not names)?"""
    for ancestor in child.iterancestors():
        if ancestor is element:
            return False
        if ancestor.tag in ("ul", "ol"):
            return True
    return False


def _names_in(element) -> list[str]:
    """An element's visible leaf links/spans/bold runs when it has several, else its text."""
    parts = [clean_text(child.text_content()) for child in element.iter("a", "span", "strong", "b")
             if len(child) == 0 and not _HIDDEN.search(child.get("class") or "")
             and not _in_list_within(child, element)]
    parts = [part for part in parts if part and not _BY.fullmatch(part)]
    if len(parts) > 1:
        return parts
    text = _spaced_text(element)
    return [text] if 2 < len(text) < MAX_BYLINE_CHARS else []


def _spaced_text(element) -> str:
    """The element's visible text with a space between elements ("<dt>von</dt><dd>Ann</dd>" is
    "von Ann", not "vonAnn")."""
    return clean_text(" ".join(_visible_texts(element)))


def _visible_texts(element) -> Iterator[str]:
    """The element's text pieces, without screen-reader-only labels, icons (an svg's title) and
    scripts."""
    yield element.text or ""
    for child in element:
        visible = child.tag not in _NOT_TEXT and not _HIDDEN.search(child.get("class") or "")
        if isinstance(child.tag, str) and visible:
            yield from _visible_texts(child)
        yield child.tail or ""


_NOT_TEXT = {"svg", "script", "style", "noscript", "template", "button"}


def _byline_names(raw_texts: list[str]) -> list[str]:
    """The names in a visible byline, or [] when a part is neither a name, a role nor a date (a
    label such as "Telephone:" means a contact box); a one-word place after the names ("Ines
    Zöttl, Washington") and an agency in lower case after them ("Ann Lee, dpa") are left out.
    An agency credited as the source may be written in lower case ("Quelle: kathpress")."""
    agency = _SOURCE_AGENCY.fullmatch(clean_text(raw_texts[0])) if len(raw_texts) == 1 else None
    if agency:
        return [agency.group(1)]
    names: list[str] = []
    parts = [part.strip() for raw in raw_texts for part in _SPLIT.split(_BY.sub("", clean_text(raw)))]
    parts = [part for part in parts if part and not _NOT_NAME.search(part)]
    for index, part in enumerate(parts):
        name = _tidy(part)
        after_names = index > 0 and index == len(parts) - 1
        if after_names and _LOWER_AGENCY.fullmatch(name):
            continue
        if name and (part.endswith((":", "：")) or not (_looks_like_name(name) or _is_team(name))):
            return []
        if name and not (after_names and _is_place(name, parts[0])):
            names.append(name)
    return clean_authors(names)


_LOWER_AGENCY = re.compile(r"[a-z]{2,4}")
"""An agency credited after the names in lower case, as German bylines write it ("Von Ann Lee,
dpa"): the source of the copy, not a co-author."""


_SOURCE_AGENCY = re.compile(r"(?i:quelle|source|fuente|fonte)\s*:\s*([a-zäöü]{2,12})")


def _is_team(name: str) -> bool:
    """A team or desk the names belong to ("Chrome Safe Browsing team"): capitalised words and
    a desk word."""
    words = name.split()
    return len(words) > 1 and bool(_ROLE_WORDS.fullmatch(words[-1])) and _looks_like_name(" ".join(words[:-1]))


def _is_place(name: str, first: str) -> bool:
    """A dateline after the names: one capitalised word (not an acronym) after a full name or
    an agency, as in "Ines Zöttl, Washington" or "PTI, Washington"."""
    return (" " not in name and not _ACRONYM.fullmatch(name) and name[:1].isupper()
            and (" " in first or bool(_ACRONYM.fullmatch(first))))


_HIDDEN = re.compile(r"hidden|sr-only|screen-reader|visually", re.I)
_PREFIX_WORDS = rf"(?:{_BY_WORDS}|{_DESK_LABEL}|{_LABEL_WORDS}\s*(?:[:：]|$)|autor|author|verfasser)"
_PREFIX_LETTERS = "".join(sorted({word[0].lower() for word in re.findall(r"[^\W\d_]+", _PREFIX_WORDS)}))
"""Every letter a word of `_PREFIX_WORDS` starts with (and a few more: the letters after a
backslash). Each of them begins with a letter, so a text whose first letter is none of these
fails at once, not after trying each word (it halves the scan of a page's texts)."""
_PREFIX = re.compile(rf"[\s(\[（—–-]*+(?=[{_PREFIX_LETTERS}]){_PREFIX_WORDS}", re.I)


def _body_text_node(root, index: int):
    """The body's text node `index` (of those `BodyTexts` lists), which knows its element. Plain
    strings are quick to scan; the nodes are only fetched for the texts that start like a byline,
    each by its position written into the XPath: libxml2 then takes that node from the list it
    collects, where a position test (`[position() <= $last]`) is evaluated on every node, and
    every node up to the last is made a Python string."""
    return etree.XPath(f"(//body//text())[{index + 1}]")(root)[0]


_PARTICLES = {"van", "von", "de", "der", "den", "da", "das", "di", "do", "dos", "du", "del", "la", "le", "bin",
              "al", "ibn", "zu", "ten", "ter"}


def _prefixed_bylines(root, body_texts: list[str]) -> Iterator[list[str]]:
    """Names after "By"/"von"/"Author:": in the short element holding the prefix, or the parent
    it starts, when the prefix sits alone in a span or a label cell (not in a link); else the full
    names in the rest of the prefix's line, up to the next line break or block
    ("<h5>Autor:</h5>Ann Lee<br>", "…<br>Autor: <a>Ann Lee</a><br>")."""
    hits = list(islice((index for index, text in enumerate(body_texts)
                        if len(text) < MAX_BYLINE_CHARS and _PREFIX.match(text)), 12))
    for index in hits:
        node = _body_text_node(root, index)
        element = node.getparent()
        line_start = element if node.is_tail else None
        if node.is_tail:
            element = element.getparent()
        elif element.tag == "a" and _BY.fullmatch(clean_text(node)):
            continue
        for _level in range(3):
            if element is None or _BY.sub("", _spaced_text(element)).strip(" :：()（）"):
                break
            line_start = element
            element = element.getparent()
        if element is None or _in_chrome(element, allow_lists=True) or _in_teaser_link(element):
            continue
        text = _spaced_text(element)
        if len(text) < MAX_BYLINE_CHARS and _BY.match(text):
            yield _element_names(element)
        elif line_start is not None:
            names = _byline_names([_rest_of_line(line_start)])
            if all(2 <= len(name.split()) <= 4 for name in names):
                yield names  # full names: a line of single words is prose ("von Künstlern, Bands und DJs")


def _in_teaser_link(element) -> bool:
    """Inside a link that holds more than the byline: a teaser card linking to another story,
    its headline and its byline ("<a href=/story><span>Headline</span><span>By Ann Lee</span></a>"),
    not this article's byline."""
    link = next(element.iterancestors("a"), None)
    return link is not None and len(clean_text(link.text_content())) > len(clean_text(element.text_content()))


_LINE_ENDS = {"br", "p", "div", "li", "ul", "ol", "table", "tr", "td", "dd", "dt", "h1", "h2", "h3", "h4", "h5",
              "h6", "section", "article", "header", "footer", "hr"}


def _rest_of_line(element) -> str:
    """The text after `element` up to the next line break or block."""
    parts = [element.tail or ""]
    for sibling in element.itersiblings():
        if sibling.tag in _LINE_ENDS or len(parts) > 12:
            break
        parts += [_spaced_text(sibling), sibling.tail or ""]
    return clean_text(" ".join(parts))


_AUTHOR_PATH_WORDS = ("autor", "autoren", "autorin", "autore", "autori", "autores", "author", "authors", "auteur",
                      "auteurs", "redakteur", "redakteure", "journalist", "journalists", "staff", "writer",
                      "writers", "contributor", "contributors", "yazar", "penulis", "profile", "profil", "av")
"""Path segments of author pages ("/autor/sina-zehrfeld/", "/staff/louis-jacobson/", "/av/…")."""
_LINK_HREFS = etree.XPath("//body//a/@href")
"""Every body link's href, in page order; each string knows its link (`getparent()`)."""
_AUTHOR_HREF_HINT = re.compile("|".join(re.escape(f"/{word}") for word in sorted(set(
    word[:5] for word in _AUTHOR_PATH_WORDS))))
"""A quick, case-sensitive look for an author path word's first letters: matched on the href
strings in Python, three times faster than as `contains()` tests in the XPath."""
_AUTHOR_PATH = re.compile(rf"/(?:{'|'.join(_AUTHOR_PATH_WORDS)})[/._?=-]+[^/?#\s]", re.I)
"""An author path word followed by the writer's slug or id ("/autor/sina-zehrfeld/",
"/profile.php?id=7"); the word alone ("/profile/", "/authors") names a section or an index."""


def _author_links(root) -> list[str]:
    """Names of links to author pages ("/autor/sina-zehrfeld/"): the first such link outside
    navigation and footers, with the author links beside it in the same element."""
    for link in (href.getparent() for href in _LINK_HREFS(root) if _AUTHOR_HREF_HINT.search(href)):
        if not _AUTHOR_PATH.search(link.get("href") or "") or _in_chrome(link, allow_lists=True):
            continue
        block = link.getparent()
        if block is not None and len(block) == 1 and block.getparent() is not None:
            block = block.getparent()  # the link's own wrapper: look one level up for co-authors
        links = [other for other in (block if block is not None else link).iter("a")
                 if _AUTHOR_PATH.search(other.get("href") or "")]
        return [_spaced_text(other) for other in links or [link]]
    return []


_EMPHASIS = ("strong", "b", "em", "i")


def _signature(paragraphs: list) -> list[str]:
    """A signature closing the text: one of its last three paragraphs, when it is only a short
    bold or italic run ("<p><em>Ann Lee</em></p>")."""
    for paragraph in paragraphs[-3:][::-1]:
        text = _emphasised_line(paragraph)
        if text and len(text.split()) <= 4:
            return [text]
    return []


def _opening_byline(paragraphs: list) -> list[str]:
    """A byline opening the text: one of its first three paragraphs, when it is only a bold or
    italic run of full names ("<p><strong>Ann Lee/Bo Chan</strong></p>"); a one-word run is a
    label ("Analysis"), and a run with anything but names in it is a question or a dek ("Mr Lee,
    why ...?")."""
    for paragraph in paragraphs[:3]:
        text = _emphasised_line(paragraph)
        names = _byline_names([text]) if text else []
        parts = [part for part in _SPLIT.split(text) if part.strip()]
        if names and len(names) == len(parts) and all(2 <= len(name.split()) <= 4 for name in names):
            return names
    return []


_DATELINE = re.compile(
    r"\s*[A-ZÄÖÜ][\w.'-]*(?:\s[A-ZÄÖÜ][\w.'-]*){0,2}\s*"
    r"\(((?:[a-z]{2,6}|[A-Z]{2,6})(?:/[A-Za-z]{1,6})?)\)\s*[-–—:]\s")
"""A dateline naming the agency whose copy the text is, written in one case: "Hamburg (dpa/lno) –
…", "Paris (AFP) - …" (not a place: "Kiel (Germany) - …")."""


def _dateline_agency(paragraphs: list) -> list[str]:
    """The agency named in the dateline opening the text's first or second paragraph."""
    for paragraph in paragraphs[:2]:
        match = _DATELINE.match(paragraph.text_content()[:80])
        if match:
            return [match.group(1)]
    return []


_DATE_PART = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
_TIME_PART = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:uhr|h|am|pm)?\s*", re.I)


def _dated_line_under_headline(root) -> list[str]:
    """Full names on the short line right after the headline (or after its dek, or right before
    the headline) that dates the text ("11.12.2019 - Ann Lee", "04.02.2022 | 13:10 Uhr | Ann
    Lee"): the date makes it the article's own line, not a dek or a kicker."""
    headline = next(root.iter("h1"), None)
    if headline is None:
        return []
    following = headline.getnext()
    for line in (following, following.getnext() if following is not None else None, headline.getprevious()):
        text = _spaced_text(line) if line is not None else ""
        if not text or len(text) > 80 or not _DATE_PART.search(text):
            continue
        parts = [part for part in _SPLIT.split(text) if part.strip()]
        people = [part for part in parts if not _DATE_PART.search(part) and not _TIME_PART.fullmatch(part)]
        names = _byline_names(people)
        if names and len(names) == len(people) and all(2 <= len(name.split()) <= 4 for name in names):
            return names
    return []


def _text_paragraphs(root) -> list:
    """The `<p>` children of the element holding the most paragraphs (the article text)."""
    counts: dict = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        counts[parent] = counts.get(parent, 0) + 1
    if not counts:
        return []
    container = max(counts, key=counts.get)
    return [child for child in container if child.tag == "p"]


def _emphasised_line(paragraph) -> str:
    """The text of a paragraph that is only one bold or italic run, else "" (font and span
    wrappers around the run or inside it are only styling: "<em><font>Ann Lee</font></em>")."""
    node, emphasised = paragraph, False
    while len(node) == 1 and not (node.text or "").strip() and not (node[0].tail or "").strip():
        node = node[0]
        if node.tag in _EMPHASIS:
            emphasised = True
        elif node.tag not in _STYLING:
            return ""
    return clean_text(node.text) if emphasised and len(node) == 0 else ""


_STYLING = ("font", "span")


def _looks_like_name(name: str) -> bool:
    """Every word capitalised, a name particle, a domain (an outlet's desk: "example.org
    Redaktion") or in a script without case (CJK, Hangul, Arabic, Devanagari…): "Max Kolter",
    "Андрей Колесников", "牛镛", not "the ministry"."""
    return all(_name_word(word) for word in _INITIALS_CREDIT.sub("", name).split())


def _name_word(word: str) -> bool:
    if not all(char.isalnum() or char in "'’.-" or unicodedata.category(char)[0] == "M"  # combining marks
               for char in word[1:]):
        return False
    first = word[0]
    uncased = first.isalpha() and not first.islower() and not first.isupper()
    return first.isupper() or uncased or word in _PARTICLES or bool(_DOMAIN.search(word))


def _in_chrome(element, allow_lists: bool = False) -> bool:
    """Inside navigation, a footer, a list item (unless `allow_lists`) or an aside, except an
    aside or a footer within the article (the article's own header box, its author line)."""
    chrome = ("nav",) if allow_lists else ("nav", "li")
    in_box = False
    for node in element.iterancestors():
        if node.tag in chrome:
            return True
        if node.tag in ("aside", "footer"):
            in_box = True
        elif node.tag == "article":
            in_box = False
    return in_box
