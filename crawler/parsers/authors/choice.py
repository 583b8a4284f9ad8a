"""Which source names the article's authors.

Sources are read in order of trust (JSON-LD, meta tags, microdata, then the page's visible
bylines, `bylines`); the first one naming a person wins. A name that is the outlet itself, a
domain, an acronym, a desk ("MND Staff", "BR24 Redaktion") or a company counts as an
organisation: kept beside the people a declared author list names, and the answer only when no
source names a person (or when metadata names an agency). A login name gives way to the name a
later source writes for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from crawler.parsers.authors.bylines import press_contact, visible_bylines
from crawler.parsers.authors.names import (ACRONYM, COMPANY, DEGREE, DOMAIN, HANDLE, INITIALS_CREDIT, JOB_TITLE,
                                           ROLE_WORDS, clean_authors)
from crawler.parsers.metadata import PageMetadata, jsonld_strings, types_of
from crawler.parsers.pagetexts import BodyTexts
from crawler.parsers.text import clean_text, fold
from crawler.parsers.title_separators import title_parts

AUTHOR_META = ("author", "article:author", "og:article:author", "article:author_name", "og:author", "parsely-author",
               "sailthru.author", "shareaholic:article_author_name", "dc.creator", "dcterms.creator", "byl",
               "cxenseparse:author", "articleauthor", "twitter:misc:written by", "twitter:creator:name")
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
            if declared_list:
                people = _with_co_authors_of_meta(people, meta, publishers)
            return _display_names(people, sources) if any(map(_is_short_form, people)) else people
        if declared_list is not None and any(_is_agency(name, publishers) for name in names):
            return names
        organisations = organisations or names
    return organisations or (press_contact(texts) if root is not None else [])


_LETTERS = re.compile(r"[\W\d_]+")


def _with_co_authors_of_meta(people: list[str], meta: PageMetadata, publishers: set[str]) -> list[str]:
    """JSON-LD's people, or the first author meta tag's people when it names every one of them
    and more: a JSON-LD list that kept the first of a byline's writers ("April Roach" where the
    meta tag and the byline say "April Roach, Daniel O'Mahony")."""
    values = next(_meta_authors(meta), [])
    if sum(map(len, values)) < sum(map(len, people)) + 4:
        return people  # too short to name one more person: the common case, without splitting
    names = clean_authors(values)
    if len(names) <= len(people) or any(_is_organisation(name, publishers) for name in names):
        return people
    return names if {name.casefold() for name in people} <= {name.casefold() for name in names} else people


def _is_handle(name: str) -> bool:
    """A login name standing for a person ("arianschlichenmayer", "edilson.la.rosa")."""
    return len(name) >= 6 and bool(HANDLE.fullmatch(name))


def _is_short_form(name: str) -> bool:
    """A login name, or a first name alone ("Nils"): a later source may write the full name."""
    return _is_handle(name) or (" " not in name and name[:1].isupper() and not ACRONYM.fullmatch(name))


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
        for names in visible_bylines(root, texts):
            yield names, set(), None


def _is_organisation(name: str, publishers: set[str]) -> bool:
    """The outlet's own name (or a name starting with it), a domain, an acronym, a desk, or a
    company ("DHU-Arzneimittel GmbH & Co. KG", "Nordex SE"); not a credit closing with an
    editor's initials ("srf/hosb", "MDR THÜRINGEN/ls"): that names the person who wrote it."""
    if INITIALS_CREDIT.search(name):
        return False
    return (_is_outlet(name, publishers) or bool(DOMAIN.search(name)) or bool(ACRONYM.fullmatch(name))
            or bool(ROLE_WORDS.search(name)) or bool(COMPANY.search(name)))


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
    """An organisation other than the outlet and its desks: "dpa", "PTI", "Reuters"; a web
    address names a site, and a company or an association ("Example Stiftung e.V.", "Nordex SE")
    the page's owner, not an agency."""
    return not _is_outlet(name, publishers) and not ROLE_WORDS.search(name) and not DOMAIN.search(name) \
        and not COMPANY.search(name)


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
    if declared_list is None or JOB_TITLE.search(organisation) or DEGREE.fullmatch(organisation):
        return False
    return declared_list or not _is_outlet(organisation, publishers)


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
                names.extend(jsonld_strings(item))
            elif isinstance(item, dict):
                name = item.get("name")
                if isinstance(name, list):
                    name = " ".join(n for n in name if isinstance(n, str))
                if isinstance(name, str):
                    names.extend(jsonld_strings(name))  # entities unescaped: "O&#039;Donnell" is not split at ';'
                    if "organization" in types_of(item):
                        organisations.update(clean_authors(jsonld_strings(name)))
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
