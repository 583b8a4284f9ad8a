"""Where a page shows who wrote it, for pages whose metadata names nobody.

In order of trust: byline markup (byline classes, `rel=author`, a person's microdata), a "By …"
or "Author: …" line in the text, links to author pages, a signature closing the text, a byline
opening it, the agency its dateline names, a dated line under the headline; and, for press
releases, the names under a contact label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, compress, islice
from operator import not_

from crawler.parsers.authors.names import (BETWEEN_NAMES, BYLINE_START, BY_LABEL, HANDLE, LABEL_ONLY,
                                           MAX_BYLINE_CHARS, byline_names, clean_authors, is_full_name)
from crawler.parsers.pagetexts import BodyTexts
from crawler.parsers.text import clean_text

_CONTACT_LABEL = re.compile(
    r"\s*(?:presse?-?\s?kontakt|kontakt|press contact|media contact|contact presse|contacto de prensa|"
    r"ansprechpartner(?:in)?(?: für die presse)?)\s*[:：]?\s*", re.I)


def press_contact(texts: BodyTexts) -> list[str]:
    """The person a press release names as its contact, when nothing else names anyone: the full
    name on the line after a "Press contact"/"Pressekontakt:" label ("<b>Kontakt:</b><br>Ann Lee
    <br>Telefon …"), outside navigation and footers."""
    joined = texts.joined
    for begin in sorted(_contact_label_starts(joined)):
        index = joined.count("\x00", 0, begin)
        following = next((line.strip() for line in texts.strings[index + 1:index + 4] if line.strip()), "")
        names = byline_names([following]) if following else []
        if len(names) == 1 and is_full_name(names[0]) \
                and not _in_chrome(texts.node(index).getparent()):
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


_BYLINE_CLASS = re.compile(
    r"byline|authorline|author-name|author__name|article-author|article__author|story-author|"
    r"post-author|authorname|author-link|(?:^|[\s_-])(?:authors?|autor(?:en)?)(?:$|[\s_-])"
)
_BYLINE_TAGS = ("a", "span", "div", "p", "address", "section", "li", "strong", "h4", "h5", "h6")
_NOT_BYLINE = re.compile(
    r"bio|avatar|image|img|photo|related|teaser|comment|description|social|socmed|contact|share|tooltip", re.I)


def visible_bylines(root, texts: BodyTexts) -> Iterator[list[str]]:
    """Names from byline markup (class/rel), then from "By …"/"Author: …" lines, as lists
    whose every part reads as a name, a role or a date (anything else is not a byline). Byline
    markup and author links are looked for in the story's region (`_story_region`) when the page
    marks one: the story's byline is in it, and what follows it (comments, related stories,
    footer) names other writers, and is not walked."""
    headline = next(root.iter("h1"), None)
    region = _story_region(root, headline)
    yield from _byline_markup(root if region is None else region)
    for names in _prefixed_bylines(texts):
        if names:
            yield names
    link = _first_author_link(_body_links(root) if region is None else region.iter("a"))
    links = _author_links(link) if link is not None else []
    names = byline_names(links) or _numbered_login(links) or (_name_before(link) if links else [])
    if names:
        yield names
    paragraphs = _text_paragraphs(root)
    names = byline_names(_signature(paragraphs))
    if names:
        yield names
    names = _opening_byline(paragraphs)
    if names:
        yield names
    names = _dateline_agency(paragraphs)
    if names:
        yield names
    names = _dated_line_under_headline(headline) if headline is not None else []
    if names:
        yield names
    names = _credit_line_under_headline(headline) if headline is not None else []
    if names:
        yield names


def _story_region(root, headline):
    """The part of the page the story fills: its `<article>` when the page has only that one and
    it holds the headline, else the `<main>` holding the headline; None when neither does (a
    headline outside them, over a list of articles, or on a page that marks no region)."""
    if headline is None:
        return None
    articles = list(islice(root.iter("article"), 2))
    if len(articles) == 1 and any(ancestor is articles[0] for ancestor in headline.iterancestors("article")):
        return articles[0]
    return next(headline.iterancestors("main"), None)


def _byline_markup(root) -> Iterator[list[str]]:
    """Names in byline-like elements (rel=author or a byline/author class) in page order,
    outside navigation, asides, footers, lists and teaser links (a related story's card and its
    byline); the parts of a byline that named someone are not read again on their own (its
    "Washington" span is a place, not a second byline)."""
    bylines = (el for el in root.iter(_BYLINE_TAGS) if el.get("rel") == "author" or _byline_class(el))
    read: list = []
    for _index, element in zip(range(8), bylines):
        if _NOT_BYLINE.search(element.get("class") or "") or _in_chrome(element) or _in_teaser_link(element):
            continue
        if any(ancestor in read for ancestor in element.iterancestors()):
            continue
        names = _element_names(element) or _account_name(element) or _login_after_label(element)
        if names:
            read.append(element)
            yield clean_authors(names + [name for sibling in _same_kind_siblings(element)
                                         for name in _element_names(sibling)])


def _account_name(element) -> list[str]:
    """The account a rel=author link or an hCard names, when it is written as a login name
    ("oradmin"): the page says it is the author's. An hCard (microformats: an `author vcard`
    element) marks the name it gives with the class `fn`, on itself or on the one element
    inside it ("<span class='author vcard'><a class='url fn n'>surfguard</a></span>"), however
    short: a link's text of two letters may be a label ("by <a rel=author>me</a>"), an hCard's
    `fn` is the name ("oz")."""
    if element.get("rel") == "author" and len(element) == 0:
        text, shortest = _spaced_text(element), 3
    else:
        name = _hcard_name(element)
        text, shortest = (_spaced_text(name) if name is not None else ""), 2
    return [text] if len(text) >= shortest and HANDLE.fullmatch(text) and not LABEL_ONLY.fullmatch(text) else []


def _hcard_name(element):
    """The element holding an hCard's formatted name (`fn`), when `element` is the hCard and
    holds no more than that name; else None."""
    classes = (element.get("class") or "").split()
    if "vcard" not in classes:
        return None
    named = [node for node in element.iter() if "fn" in (node.get("class") or "").split()]
    if len(named) != 1 or len(named[0]) or clean_text(element.text_content()) != clean_text(named[0].text_content()):
        return None
    return named[0]


def _login_after_label(element) -> list[str]:
    """The login name a byline element sets apart right after its "by"/"von" ("von <strong>lupa
    </strong> am Mo 13. Apr", a forum post's line): a run of its own, written as a login name, is
    the account, where a lower-case word of the sentence ("von allen") is not set apart."""
    run = next((clean_text(child.text_content()) for child in element.iter("a", "strong", "b", "span")
                if len(child) == 0 and clean_text(child.text_content())), "")
    if len(run) < 3 or not HANDLE.fullmatch(run) or LABEL_ONLY.fullmatch(run):
        return []  # most bylines: the first run is a name, not a login
    text = _spaced_text(element)
    rest = BY_LABEL.sub("", text, count=1) if len(text) < MAX_BYLINE_CHARS else text
    return [run] if rest != text and rest.split(" ", 1)[0] == run else []


def _numbered_login(link_texts: list[str]) -> list[str]:
    """The one author-page link's text when it is a login name with a digit or a separator in it
    ("delta201", "ann_lee"): the writer's account ("by <a href=/profile/1424>delta201</a>"); a
    plain lower-case word there ("profile", "posts") labels the link."""
    text = link_texts[0] if len(link_texts) == 1 else ""
    return [text] if HANDLE.fullmatch(text) and not text.isalpha() and not LABEL_ONLY.fullmatch(text) else []


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
    names = byline_names(_names_in(element))
    if names:
        return names
    links = [_spaced_text(link) for link in element.iter("a")
             if all(child.tag in _EMPHASIS for child in link) and not _in_list_or_bio_within(link, element)]
    return byline_names(links) if links else []


def _in_list_or_bio_within(child, element) -> bool:
    """Is `child` in a list inside the byline `element` (its breadcrumbs or tags) or in a part
    whose class says it is no byline (the author's bio: "<p class=author-description>… books at
    <a>Amazon</a>")? Either holds links that are not names."""
    for ancestor in child.iterancestors():
        if ancestor is element:
            return False
        if ancestor.tag in ("ul", "ol") or _NOT_BYLINE.search(ancestor.get("class") or ""):
            return True
    return False


def _names_in(element) -> list[str]:
    """An element's visible leaf links/spans/bold runs when it has several, else its text."""
    parts = [clean_text(child.text_content()) for child in element.iter("a", "span", "strong", "b")
             if len(child) == 0 and not _HIDDEN.search(child.get("class") or "")
             and not _in_list_or_bio_within(child, element)]
    parts = [part for part in parts if part and not BY_LABEL.fullmatch(part)]
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


_HIDDEN = re.compile(r"hidden|sr-only|screen-reader|visually", re.I)


def _prefixed_bylines(texts: BodyTexts) -> Iterator[list[str]]:
    """Names after "By"/"von"/"Author:": in the short element holding the prefix, or the parent
    it starts, when the prefix sits alone in a span or a label cell (not in a link); else the full
    names in the rest of the prefix's line, up to the next line break or block
    ("<h5>Autor:</h5>Ann Lee<br>", "…<br>Autor: <a>Ann Lee</a><br>")."""
    strings = texts.strings
    # the pattern is mapped over the texts in C, a fifth quicker than a Python test per text,
    # and only over those that are not blank (seven in ten are the blanks between tags, which
    # it never matches, and str.isspace turns them away in a quarter of a match's time): only
    # its hits are read here
    shown = list(compress(range(len(strings)), map(not_, map(str.isspace, strings))))
    opening = compress(shown, map(BYLINE_START.match, map(strings.__getitem__, shown)))
    hits = list(islice((index for index in opening if len(strings[index]) < MAX_BYLINE_CHARS), 12))
    for index in hits:
        node = texts.node(index)
        element = node.getparent()
        line_start = element if node.is_tail else None
        if node.is_tail:
            element = element.getparent()
        elif element.tag == "a" and BY_LABEL.fullmatch(clean_text(node)):
            continue
        for _level in range(3):
            if element is None or BY_LABEL.sub("", _spaced_text(element)).strip(" :：()（）"):
                break
            line_start = element
            element = element.getparent()
        if element is None or _in_chrome(element, allow_lists=True) or _in_teaser_link(element) \
                or _in_related_box(element):
            continue
        text = _spaced_text(element)
        if len(text) < MAX_BYLINE_CHARS and BY_LABEL.match(text):
            yield _element_names(element)
        elif line_start is not None:
            names = byline_names([_rest_of_line(line_start)])
            if all(map(is_full_name, names)):
                yield names  # full names: a line of single words is prose ("von Künstlern, Bands und DJs")


def _in_teaser_link(element) -> bool:
    """Inside a link that holds more than the byline: a teaser card linking to another story,
    its headline and its byline ("<a href=/story><span>Headline</span><span>By Ann Lee</span></a>"),
    not this article's byline."""
    link = next(element.iterancestors("a"), None)
    return link is not None and len(clean_text(link.text_content())) > len(clean_text(element.text_content()))


_RELATED = re.compile(r"related", re.I)


def _in_related_box(element) -> bool:
    """In a related story's card: the element or one of its three nearest ancestors has a class
    saying so ("<div class=related-stories__item__author>Von Ann Lee</div>"): that story's byline,
    as `_NOT_BYLINE` already says for byline markup."""
    nearest = islice(chain([element], element.iterancestors()), 4)
    return any(_RELATED.search(node.get("class") or "") for node in nearest)


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
                      "writers", "contributor", "contributors", "yazar", "penulis", "profile", "profil", "av", "members",
                      "experten")
"""Path segments of author pages ("/autor/sina-zehrfeld/", "/staff/louis-jacobson/", "/av/…", a forum
poster's "/members/ann-lee.81/", a recipe site's "/experten/ann-lee")."""
_AUTHOR_HREF_HINT = re.compile("|".join(re.escape(f"/{word}") for word in sorted(set(
    word[:5] for word in _AUTHOR_PATH_WORDS))))
"""A quick, case-sensitive look for an author path word's first letters: matched on the href
strings in Python, three times faster than as `contains()` tests in the XPath."""
_AUTHOR_PATH = re.compile(rf"/(?:{'|'.join(_AUTHOR_PATH_WORDS)})[/._?=-]+[^/?#\s]", re.I)
"""An author path word followed by the writer's slug or id ("/autor/sina-zehrfeld/",
"/profile.php?id=7"); the word alone ("/profile/", "/authors") names a section or an index."""


def _body_links(root):
    """The page's body links (`<a>` under `<body>`), in page order, walked lazily: the search
    stops at the first author link, where listing every href with XPath (strings that know
    their element) walked the whole page and cost three times the walk up to that link."""
    for body in root.iter("body"):
        yield from body.iter("a")


def _first_author_link(links):
    """The first of `links` to an author page ("/autor/sina-zehrfeld/") outside navigation and footers."""
    for link in links:
        href = link.get("href")
        if href is not None and _AUTHOR_HREF_HINT.search(href) and _AUTHOR_PATH.search(href) \
                and not _in_chrome(link, allow_lists=True):
            return link
    return None


def _author_links(link) -> list[str]:
    """The texts of an author-page link and of the author links beside it in the same element."""
    block = link.getparent()
    if block is not None and len(block) == 1 and block.getparent() is not None:
        block = block.getparent()  # the link's own wrapper: look one level up for co-authors
    links = [other for other in (block if block is not None else link).iter("a")
             if _AUTHOR_PATH.search(other.get("href") or "")]
    return [_spaced_text(other) for other in links or [link]]


def _name_before(link) -> list[str]:
    """The full name written right before an author-page link whose own words name nobody
    ("<div>Ann Lee</div><a href=/autor/ann-lee>Alle Beiträge vom Autor</a>")."""
    before = link.getprevious()
    names = byline_names([_spaced_text(before)]) if before is not None else []
    return names if len(names) == 1 and is_full_name(names[0]) else []


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
        names = byline_names([text]) if text else []
        parts = [part for part in BETWEEN_NAMES.split(text) if part.strip()]
        if names and len(names) == len(parts) and all(map(is_full_name, names)):
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


def _dated_line_under_headline(headline) -> list[str]:
    """Full names on the short line right after the headline (or after its dek, or right before
    the headline) that dates the text ("11.12.2019 - Ann Lee", "04.02.2022 | 13:10 Uhr | Ann
    Lee"): the date makes it the article's own line, not a dek or a kicker."""
    following = headline.getnext()
    for line in (following, following.getnext() if following is not None else None, headline.getprevious()):
        text = _spaced_text(line) if line is not None else ""
        if not text or len(text) > 80 or not _DATE_PART.search(text):
            continue
        parts = [part for part in BETWEEN_NAMES.split(text) if part.strip()]
        people = [part for part in parts if not _DATE_PART.search(part) and not _TIME_PART.fullmatch(part)]
        names = byline_names(people)
        if names and len(names) == len(people) and all(map(is_full_name, names)):
            return names
    return []


def _credit_line_under_headline(headline) -> list[str]:
    """The names on the line after the headline (or after the group or two the headline closes)
    whose class calls it a credit ("<hgroup>…<h1>…</h1></hgroup><p class=credit>JIJI</p>"): the
    headline's credit, where a picture's credit sits with the picture."""
    block = headline
    for _level in range(2):
        if block is None or block.getnext() is not None:
            break
        block = block.getparent()
    line = block.getnext() if block is not None else None
    if line is None or "credit" not in (line.get("class") or ""):
        return []
    return byline_names([_spaced_text(line)])


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
