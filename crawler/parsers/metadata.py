"""Read what a page says about itself: JSON-LD (incl. `@graph`), meta tags, microdata.

`read_metadata(root)` returns a `PageMetadata` with every candidate value, unreconciled;
the title, date and author modules choose among them.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

import json_repair
import lxml.etree

from crawler.parsers.language import language_code
from crawler.parsers.text import clean_text

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
    "scholarlyarticle", "techarticle", "report", "webpage", "advertisercontentarticle", "satiricalarticle",
    "askpublicnewsarticle", "posting", "claimreview",
}
"""schema.org types whose headline/date/author describe the page's article (lower-cased)."""
HOW_TO_TYPES = {"recipe", "howto"}
"""schema.org types (lower-cased) whose declared steps are the page's main text."""


@dataclass
class PageMetadata:
    """Candidate values for the article header, by source."""

    jsonld: list[dict] = field(default_factory=list)
    """JSON-LD objects of an article type, best first (news types before WebPage)."""
    jsonld_named: dict[str, dict] = field(default_factory=dict)
    """Every JSON-LD object with an `@id` and a `name`, by `@id`: an author given only as a
    reference (`{"@id": ".../#/schema/person/1"}`, as Yoast writes it) is looked up here."""
    meta: dict[str, list[str]] = field(default_factory=dict)
    """`<meta>` contents keyed by lower-cased name/property/itemprop, in page order."""
    jsonld_texts: list[str] = field(default_factory=list)
    """The page's JSON-LD blocks as written, in page order, whatever their types (the listing
    check reads a collection's type there)."""
    microdata: dict[str, list[str]] = field(default_factory=dict)
    """Visible microdata values (`itemprop` on non-meta elements) keyed by property, from the
    first Article-typed `itemscope` when there is one (teasers carry microdata too)."""
    canonical: str | None = None
    """`<link rel=canonical>` href."""
    language: str | None = None
    """`<html lang>` (or content-language meta)."""
    title_tag: str | None = None
    """The `<title>` text."""
    how_to: dict | None = None
    """The first JSON-LD Recipe or HowTo object: its steps and ingredients (`recipes`)."""
    breadcrumbs: dict | None = None
    """The first JSON-LD BreadcrumbList, on its own or as a page's `breadcrumb`: the trail from
    the home page to the article (`outlet_section`)."""
    skipped: list[str] = field(default_factory=list)
    """Why JSON-LD blocks were left unread, one short reason per block ("malformed JSON",
    "nested deeper than 64 levels"): a bad block costs its own data, never the page."""

    def first_meta(self, *names: str) -> str | None:
        """The first non-empty meta content among `names`, in the order given."""
        for name in names:
            for value in self.meta.get(name, ()):
                if value:
                    return value
        return None


def read_metadata(root) -> PageMetadata:
    """Collect JSON-LD, meta, microdata, canonical link, language and `<title>` from a tree."""
    data = PageMetadata()
    objects: list[dict] = []
    title = None
    for element in root.iter("script", "meta", "link", "title"):  # one walk of the tree for all four
        tag = element.tag
        if tag == "script":
            kind = (element.get("type") or "").lower()
            if "ld+json" in kind and element.text:
                data.jsonld_texts.append(element.text)
                try:
                    objects.extend(_jsonld_objects(element.text))
                except BadJsonLd as bad:
                    data.skipped.append(str(bad))
        elif tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
            content = element.get("content")
            if key and content is not None:
                data.meta.setdefault(key.strip().lower(), []).append(clean_text(content))
        elif tag == "link":
            if data.canonical is None and "canonical" in (element.get("rel") or "").lower().split() \
                    and element.get("href"):
                data.canonical = element.get("href").strip()
        elif title is None and element is not root:
            title = element
    data.jsonld = _article_objects(objects)
    data.how_to = next((obj for obj in objects if types_of(obj) & HOW_TO_TYPES), None)
    data.breadcrumbs = next((trail for obj in objects for trail in (obj, obj.get("breadcrumb"))
                             if isinstance(trail, dict) and "breadcrumblist" in types_of(trail)), None)
    data.jsonld_named = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and obj.get("name")}
    data.microdata = _microdata(root)
    data.language = _language(root, data)
    if title is not None:
        data.title_tag = clean_text(title.text_content())
    return data


_ARTICLE_ITEM = re.compile(r"Article|BlogPosting|Report")
_MICRODATA_PROPS = {"author", "datepublished", "datemodified", "datecreated", "headline"}
"""The microdata properties the header uses (an `articleBody` itemprop is not worth reading twice)."""
_SCOPES = lxml.etree.XPath("/descendant::*/@itemscope/..")
_MARKED = lxml.etree.XPath("/descendant::*/@itemprop/..")
"""Elements with an `itemscope` (`itemprop`), in document order: reached through the attribute
axis, which libxml2 walks in a third less time than testing a predicate on every element, from
the elements alone (`//@itemprop` asks every text node of the page for its attributes too: a
fifth more time for the same elements)."""
_PROPERTIES = lxml.etree.XPath(".//*[@itemprop]")


def _microdata(root) -> dict[str, list[str]]:
    """Microdata values of the properties the header uses, from the first Article-typed item
    when there is one. The page's properties are listed first: on a page without any (over half
    the pages) no item is looked for, and a walk of every attribute of the page is spared."""
    marked = _MARKED(root)
    if not marked:
        return {}
    scope = next((el for el in _SCOPES(root) if _ARTICLE_ITEM.search(el.get("itemtype") or "")), None)
    if scope is not None:
        marked = _PROPERTIES(scope)
    found: dict[str, list[str]] = {}
    for element in marked:
        name = (element.get("itemprop") or "").strip().lower()
        if name in _MICRODATA_PROPS and element.tag not in ("meta", "link"):
            value = element.get("content") or element.get("datetime") or element.text_content()[:400]
            found.setdefault(name, []).append(clean_text(value))
    return found


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_JSONLD_DEPTH = 64
"""A JSON-LD block nesting lists and objects deeper than this is skipped: real ones nest about
ten levels, and the readers of its values (`jsonld_strings`, author lists) recurse per level."""


class BadJsonLd(ValueError):
    """A JSON-LD block that cannot be read (its reason is the message)."""


def _jsonld_objects(source: str) -> list[dict]:
    """Every dict in a JSON-LD script, flattening top-level lists and `@graph`; `BadJsonLd`
    for a block that is not JSON or nests too deep."""
    source = source.strip()
    if source.startswith("<!--"):
        source = source[4:].rsplit("-->", 1)[0]
    source = _CONTROL.sub(" ", source)
    try:
        parsed = json.loads(source, strict=False)
    except RecursionError:
        raise BadJsonLd(f"nested deeper than {MAX_JSONLD_DEPTH} levels") from None
    except ValueError:
        parsed = _repaired(source)
    if _too_deep(parsed):
        raise BadJsonLd(f"nested deeper than {MAX_JSONLD_DEPTH} levels")
    found: list[dict] = []
    stack = [parsed]
    while stack and len(found) < 200:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
            main = item.get("mainEntity")
            if isinstance(main, dict):
                stack.append(main)
    return found


MAX_REPAIR_CHARS = 200_000
"""A malformed block longer than this is skipped rather than repaired (real ones are a few KB)."""


def _repaired(source: str):
    """A malformed block as publishers write it, read anyway: trailing commas, `//` comments, a
    closing semicolon, single quotes, quotation marks left unescaped inside a headline
    (json-repair); `BadJsonLd` when nothing readable is left."""
    if len(source) > MAX_REPAIR_CHARS:
        raise BadJsonLd("malformed JSON")
    if _bracket_depth(source) > MAX_JSONLD_DEPTH:
        raise BadJsonLd(f"nested deeper than {MAX_JSONLD_DEPTH} levels")  # json-repair takes seconds on these
    try:
        parsed = json_repair.loads(source.rstrip().removesuffix(";"))
    except RecursionError:
        raise BadJsonLd(f"nested deeper than {MAX_JSONLD_DEPTH} levels") from None
    except Exception:  # noqa: BLE001 - json-repair raises what it meets; any failure is a skip
        raise BadJsonLd("malformed JSON") from None
    if not parsed or not isinstance(parsed, (dict, list)):
        raise BadJsonLd("malformed JSON")
    return parsed


_BRACKET = re.compile(r"[\[\]{}]")


def _bracket_depth(source: str) -> int:
    """How deep the brackets of a malformed JSON text nest, those inside strings counted too:
    one quotation mark too many or too few turns every string inside out (`"a":{"a":` read as
    strings `":{"`), and a real block's strings do not hold dozens of unclosed brackets."""
    depth = deepest = 0
    for match in _BRACKET.finditer(source):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(depth - 1, 0)
    return deepest


def _too_deep(value) -> bool:
    """True when lists and objects nest deeper than `MAX_JSONLD_DEPTH` (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSONLD_DEPTH:
            return True
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def types_of(obj: dict) -> set[str]:
    """Lower-cased `@type` values of a JSON-LD object."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _article_objects(objects: list[dict]) -> list[dict]:
    """The objects describing an article, news/article types first, WebPage last."""
    def rank(obj: dict) -> int:
        kinds = types_of(obj)
        if kinds & (ARTICLE_TYPES - {"webpage"}):
            return 0 if obj.get("headline") or obj.get("articleBody") else 1
        return 2
    chosen = [obj for obj in objects if types_of(obj) & ARTICLE_TYPES]
    return sorted(chosen, key=rank)


_LANGUAGE_METAS = ("content-language", "og:locale", "language", "dc.language")


def _language(root, data: PageMetadata) -> str | None:
    """The first declaration that names a language: `<html lang>`, then the meta tags (a page
    may declare "utf-8" in one place and its language in another)."""
    declared = (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"),
                *(value for name in _LANGUAGE_METAS for value in data.meta.get(name, ())))
    return next((code for code in map(language_code, declared) if code), None)


def jsonld_strings(value) -> list[str]:
    """Plain strings from a JSON-LD value that may be a string, a list, or objects with `name`."""
    if value is None:
        return []
    if isinstance(value, str):
        return [html.unescape(value) if "&" in value else value]
    if isinstance(value, dict):
        name = value.get("name") or value.get("@value") or value.get("headline")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [s for item in value for s in jsonld_strings(item)]
    return [str(value)] if isinstance(value, (int, float)) else []
