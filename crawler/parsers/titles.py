"""Title choice: the headline, not `<title>` with a site suffix.

Candidates are og:title, the JSON-LD `headline`, the visible `<h1>`s (with and without a
kicker span) and the parts of `<title>`. og:title is the publisher's own headline field most
often; it is used once the site's name (og:site_name, publisher, the `<title>` suffix, the
link home: its text or its logo's alt text; also one
glued on without a separator, "HeadlineSite Name", in brackets, "Headline (Site)",
"【Site】Headline", followed by its tagline, "Headline - Site - Tagline", set off by commas at
the end, "Headline, Site, 26.04.2024", or written with or without "The", its top-level domain
and spaces, "The Example", "example.com"), dates and, at its end, the section's name
(article:section, JSON-LD articleSection: "Headline-Section|Site"; without them, a menu
link's text or a folder of the address between the headline and the site's name) are cut
off it, with these corrections where the visible h1 or the JSON-LD headline says more:

- a kicker or suffix glued onto og:title ("Topic: Headline | Section") is cut off when what
  remains is exactly the h1 (with or without its kicker span) or the JSON-LD headline; a
  kicker is also cut off where twitter:title is og:title without it, or where `<title>`
  carries the same headline behind another kicker ("Revolution?: Game" / "Previews: Game");
- og:title that is only a part of a headline on which the h1 (with or without its kicker span)
  and JSON-LD agree (the kicker dropped), that is cut short with an ellipsis, or that merely
  repeats `<title>` (the search-engine title a CMS copies into og:title) gives way to that
  agreed headline;
- og:title that is the visible h1 with a word or two added ("Cake with plums Recipe") or with
  the h1's kicker dropped gives way to the h1: the reader sees the h1; so does og:title
  written apart from an h1 that tells the same story (shares a word with it) where no JSON-LD
  headline speaks for either;
- the spelling (quote characters, dashes, spaces) is the one most sources share, og:title's
  on a tie; where the h1 differs from it only in its dashes (the en dash the search-engine
  fields type as a hyphen), the h1's.

Without og:title: JSON-LD headline (unless it only repeats `<title>` while an h1 telling the
same story, sharing a word with it, says otherwise: then that h1), then the h1 (unless it
shares no word with a `<title>` that is more than the site's name: then it is the site's logo
or a section name), then the part
of `<title>` that is not the site's name and that an h2 shows, else its longest such part;
with no such part, the h1, `<title>` itself or, on a page with neither, the first h2.

Finding the site's names and cutting them off is `site_names`' job, the separators
`title_separators`'; the link, logo and kicker helpers here feed the candidates from the page.
"""

from __future__ import annotations

import html
import re

from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.site_names import (names_the_site, section_names, site_names, strip_site, unglued,
                                        with_short_forms)
from crawler.parsers.text import clean_text, fold
from crawler.parsers.title_separators import MAX_PIECES, PIECE_BREAKS, title_parts

_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.I)
_ELLIPSIS = ("…", "...")


def choose_title(meta: PageMetadata, h1s: list[str], plain_h1: str | None = None,
                 home: list[str] = (), headings: list[str] = (), labels=frozenset()) -> str | None:
    """The article headline among og:title, JSON-LD headline, h1 and parts of `<title>`.

    `h1s` are the visible h1 texts, the article's first; `plain_h1` the article's h1 without
    its kicker span, when it has one (`kicker_free_text`); `home` the texts of the page's links
    to its home page (`link_texts(home_links(...))`); `headings` the visible h2 texts; `labels`
    the folded texts of the page's menu links (`LinkLabels`)."""
    names = with_short_forms(site_names(meta, [*h1s, *headings], home))
    trailing = section_names(meta)

    def stripped(text: str) -> str:
        return strip_site(text, names, trailing, labels)

    headlines = [stripped(clean_text(h)) for obj in meta.jsonld[:1] for h in jsonld_strings(obj.get("headline"))]
    headlines = [h for h in headlines if h and fold(h) not in names]
    h1s = [h for h in (stripped(clean_text(h)) for h in h1s) if 3 <= len(h) <= 400 and fold(h) not in names]
    plain = [h for h in [stripped(clean_text(plain_h1))] if 3 <= len(h) <= 400]
    title = unglued(stripped(meta.title_tag or ""), names)
    anchors = h1s[:1] + plain[:1] + headlines[:1]
    spellings = [*headlines[:1], *h1s[:1], *plain[:1], title]

    for social in (meta.first_meta("og:title"), meta.first_meta("twitter:title")):
        social = unglued(stripped(_unescaped(social)), names)
        if not social or fold(social) in names:
            continue
        social = _kicker_dropped(social, unglued(stripped(_unescaped(meta.first_meta("twitter:title"))), names))
        chosen = _reconcile(social, anchors, h1s[:1] + plain[:1], headlines[:1], title)
        return _spelling(chosen, [social, *spellings], h1s[:1] + plain[:1])
    if headlines:
        if h1s and _key(headlines[0]) == _key(title) and _key(h1s[0]) != _key(title) \
                and _shares_a_word(h1s[0], title):
            return _spelling(h1s[0], spellings)
        return _spelling(headlines[0], spellings)
    if h1s and (_shares_a_word(h1s[0], meta.title_tag) or names_the_site(title, names)):
        return _spelling((plain or h1s)[0], spellings)
    parts = [p for p in title_parts(title) if fold(p) not in names]
    if not parts:
        return next(iter(h1s), None) or meta.title_tag or next(iter(headings), None)
    shown = {_key(heading) for heading in headings}
    return next((part for part in parts if _key(part) in shown), None) or max(parts, key=len)


def _reconcile(social: str, anchors: list[str], shown: list[str], headlines: list[str], title: str) -> str:
    """og:title, or the JSON-LD headline where the h1 without its kicker agrees with it and
    og:title is it with the kicker, or the h1 / JSON-LD headline where og:title is that headline
    with a kicker or suffix glued on, a part of it, a cut-short copy of it, or only the page's `<title>` (the
    search-engine title a CMS copies into og:title) while h1 and JSON-LD agree on another;
    without a JSON-LD headline, the h1 wherever it shares a word with og:title (the story's
    own headline, not the site's logo or a section name) and is no part of it (og:title's
    kicker, or og:title saying more); else the headline og:title and `<title>` share behind
    different kickers. `shown` is the visible h1, then the same h1 without its kicker span."""
    key, runs = _key(social), _piece_runs(social)
    if headlines and len(shown) > 1:
        agreed = _key(headlines[0])
        if _key(shown[1]) == agreed and agreed in runs:
            return headlines[0]  # the h1 without its kicker and JSON-LD agree; og:title adds the kicker
    if any(_key(anchor) == key for anchor in anchors):
        return social
    for anchor in anchors:
        if _key(anchor) in runs:
            return anchor
    if headlines and any(_key(h1) == _key(headlines[0]) for h1 in shown):
        agreed = headlines[0]
        if key in _piece_runs(agreed) or _cut_short(social, agreed) or key == _key(title):
            return agreed
    for anchor in [*anchors, title]:
        if _cut_short(social, anchor):
            return anchor
    if shown and (_padded(social, shown[0]) or key in _piece_runs(shown[0])):
        return shown[0]
    if shown and not headlines and _key(shown[0]) not in key and _shares_a_word(shown[0], social):
        return shown[0]
    if shown and _is_label(social, shown[0]) and not any(_key(h) == key for h in headlines):
        return shown[0]
    return _common_headline(social, title) or social


_LABEL_WORDS = 1
"""An og:title of this many words, beside a visible headline of three or more that does not
share it, is the section's label ("Pressemitteilungen"), not the story's headline."""


def _is_label(social: str, h1: str) -> bool:
    """True when og:title is a single word that the longer visible h1 does not share."""
    words = fold(social).split()
    return len(words) <= _LABEL_WORDS and len(fold(h1).split()) >= 3 \
        and not _shares_a_word(h1, social)


def _common_headline(social: str, title: str) -> str | None:
    """The headline og:title and `<title>` share behind kickers that differ ("Revolution?: Anno
    1800 Beta" / "Previews: Anno 1800 Beta"), or None."""
    key, title_key = _key(social), _key(title)
    if not title_key or key in title_key or title_key in key:
        return None
    pieces = PIECE_BREAKS.split(social)[:2 * MAX_PIECES - 1]
    for start in range(2, len(pieces), 2):
        tail = clean_text("".join(pieces[start:]))
        tail_key = _key(tail)
        if tail_key and title_key.endswith(tail_key) and tail_key in _piece_runs(title):
            return tail
    return None


def _kicker_dropped(social: str, twitter: str) -> str:
    """twitter:title where it is og:title (`social`) without the kicker before its headline
    ("Topic: Headline" / "Headline"), else `social`."""
    key = _key(twitter)
    return twitter if key and key in _piece_runs(social) and _key(social).endswith(key) else social


_PADDING_WORDS = 2
"""Words a search-engine title may add after the visible headline ("Recipe", "Dog food")."""


def _padded(social: str, h1: str) -> bool:
    """True when `social` is the h1 with up to `_PADDING_WORDS` words appended."""
    words, base = fold(social).split(), fold(h1).split()
    return bool(base) and words[:len(base)] == base and 0 < len(words) - len(base) <= _PADDING_WORDS


def _unescaped(value: str | None) -> str:
    """A meta value with entities left over from double escaping ("&amp;#039;") decoded."""
    return html.unescape(value) if value and _ENTITY.search(value) else value or ""


_STEM_CHARS = 6
"""A word this long found inside a word of the other text counts as shared (compounds:
"Finanzierung" in "Autofinanzierung")."""


def _shares_a_word(h1: str, title: str | None) -> bool:
    """True when the h1 and `<title>` have a word in common, or one's word of `_STEM_CHARS`+
    letters inside the other's, or there is no `<title>` (an h1 sharing nothing with it names
    the site or a section, not the article)."""
    title_words, h1_words = set(fold(title).split()), set(fold(h1).split())
    if not title_words or title_words & h1_words:
        return True
    return any(len(part) >= _STEM_CHARS and part in whole
               for ours, theirs in ((h1_words, title_words), (title_words, h1_words))
               for part in ours for whole in theirs)


def _piece_runs(text: str) -> set[str]:
    """Keys of every run of consecutive pieces of `text` split at kicker/suffix separators,
    except the whole text and runs followed by a colon (what precedes "Kicker: " is a kicker)."""
    pieces = PIECE_BREAKS.split(text)[:2 * MAX_PIECES - 1]
    runs = set()
    count = (len(pieces) + 1) // 2
    for start in range(count):
        for end in range(start + 1, count + 1):
            if (start, end) != (0, count) and not (end < count and _is_colon(pieces[2 * end - 1])):
                runs.add(_key("".join(pieces[2 * start:2 * end - 1])))
    runs.discard("")
    return runs


def _is_colon(separator: str) -> bool:
    return separator.strip() in (":", "：") and not separator[0].isspace()


def _cut_short(text: str, full: str) -> bool:
    """True when `text` ends with an ellipsis and is the start of the longer `full`, or is
    `full` up to a double quotation mark (an attribute value that an unescaped '"' ended)."""
    stripped = text.rstrip()
    if full.startswith(stripped) and full[len(stripped):].lstrip().startswith('"'):
        return True
    if not stripped.endswith(_ELLIPSIS):
        return False
    start, full_key = _key(stripped.rstrip(".…")), _key(full)
    return bool(start) and len(full_key) > len(start) and full_key.startswith(start)


def _spelling(chosen: str, candidates: list[str], shown: list[str] = ()) -> str:
    """The spelling of `chosen` that most candidates share (ties: the earlier candidate), or
    the visible headline's (`shown`) where it differs from that only in its typography: dashes
    and double quotation marks ('"Welches Europa wir wollen"' in og:title, „…“ shown). Single
    quotation marks are not matched: an apostrophe is one of them, and a metadata headline's
    plain apostrophe is as often the spelling given."""
    key = _key(chosen)
    same = [text for text in candidates if text and _key(text) == key]
    spelling = max(same, key=lambda text: (same.count(text), -same.index(text))) if same else chosen
    typed = _typed_plainly(spelling)
    return next((text for text in shown if _typed_plainly(text) == typed), spelling)


_TYPOGRAPHY = str.maketrans("–—“”„‟", '--""""')


def _typed_plainly(text: str) -> str:
    """`text` with typographic dashes and double quotation marks written as on a keyboard."""
    return text.translate(_TYPOGRAPHY)


def _key(text: str) -> str:
    """Comparison key: case, punctuation and spacing ignored ("Demo / Der" = "DemoDer")."""
    return fold(text).replace(" ", "")

