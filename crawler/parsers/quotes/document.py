"""The article as quote extraction sees it: one text with every unit (heading, paragraph, block
quote) at a known offset, and the sentences of each unit.

Title and lead come first as context (names and roles are read there) but are never searched for
quotations. A paragraph that is only a signature ("— Name, Role", "— Name (@handle) date") turns
the paragraph before it into a signed block quote, the way an embedded post reads in plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import crawler.parsers.quotes.lexicon as lexicon
from crawler.items import Article, Block

_SIGNATURE = re.compile(r"^\s*(?:[—–―]|-{1,2})\s*(?P<who>[^\W\d_][^\n]{0,150})$")
_SIGNED_NAME_WORD = re.compile(r"[^\W\d_a-zà-ÿ][\w’'.&-]*|\(?@\w+\)?|(?:al|el|ul|ud|bin|ibn|ben|abu)-[\w’'-]+|"
                               r"of|the|and|de|van|von|der|den|la|le|da|di|du|dos|das|del|bin|ibn|al|el|y|ter|ten|&")
"""A word a signed name may hold: a capitalised one, a handle, or a connector ("Kim Jong Un",
"Ahmed al-Sharaa", "Ursula von der Leyen", "Tottenham Hotspur (@SpursOfficial)")."""
_HANDLE_AND_DATE = re.compile(r"\s*\(@\w+\)(?:\s+\w+\.? \d{1,2},? \d{4})?\s*$|\s+\w+ \d{1,2}, \d{4}\s*$")
_ABBREVIATIONS = lexicon.ABBREVIATED_TITLES | lexicon.COMPANY_ABBREVIATIONS | frozenset("""
mt no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m
""".split())
_CLOSING_ABBREVIATIONS = frozenset("a.m p.m etc".split())
"""Abbreviations that end a sentence when a quotation opens after them ("around 2 a.m. “They
were laughing,” she said"): a clock time or a list ends a clause, a name's title does not."""
_MARKS = "“”\"„«»‘’'…. "
_SINGLE_QUOTED_LINE = re.compile(r"\s*(?:[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}:\s+)?‘[^‘’“”\"]{2,100}’\s*")
"""A line that is only a quotation in single marks, after a short label or not ("Commissioner:
‘Leave early. Leave now.’", "‘It came over the hill like a train’")."""
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-Þ])")
_INITIALS = re.compile(r"(?:\w\.)+\w?")
_QUESTION_CLOSED = re.compile(r"[?!]+[\"”’']")


@dataclass
class Unit:
    """One heading, paragraph or block quote of the body (or title/lead context)."""

    kind: str
    """`title`, `context` (the lead), `heading`, `paragraph`, `quote` (a block quote), `pullquote`
    (a block quote repeating the body's words, not reported again), `repeat` (a paragraph that is
    a pull quote: its quotations are their originals') or `signature`."""
    text: str
    """The unit's text."""
    start: int
    """Offset of the unit's first character in the whole document text."""
    section: int
    """Index of the body section it belongs to (-1 for context)."""
    speaker: str | None = None
    """For block quotes: the signed speaker."""
    role: str | None = None
    """For block quotes: the signed role."""
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence boundaries as (start, end) offsets into `text`, split on first use (most
        units of most pages are never searched for a said-clause)."""
        if self._sentences is None:
            self._sentences = split_sentences(self.text)
        return self._sentences

    @property
    def end(self) -> int:
        """Offset just after the unit's last character in the document text."""
        return self.start + len(self.text)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `offset` (unit-relative)."""
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return self.sentences[-1] if self.sentences else (0, len(self.text))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries of `text`; abbreviations ("Dr.", "U.S.", "Oct.") and initials do not end one."""
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start() + 1].rsplit(None, 1)
        last = before[-1].rstrip(".!?…\"'”’)]").lower() if before else ""
        if text[match.start()] == "." and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())
                                           or _INITIALS.fullmatch(last)) \
                and not (last in _CLOSING_ABBREVIATIONS and text[match.end():match.end() + 1] in "“\"‘"):
            continue
        if _said_clause_follows(text, match):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _said_clause_follows(text: str, match: re.Match) -> bool:
    """“…?” Holmes testified. — a question or exclamation closed by a quotation mark and
    followed by its said-clause ends no sentence."""
    if not _QUESTION_CLOSED.match(match.group()):
        return False
    words = text[match.end():match.end() + 80].split()[:5]
    for number, word in enumerate(words):
        if word.strip(",.").lower() in lexicon.SPEECH_VERBS:
            return number > 0 and all(w[:1].isupper() for w in words[:number])
    return False


def parse_signature(text: str) -> tuple[str, str | None] | None:
    """(name, role) of a signature line such as "— Kim Jong Un, Leader of North Korea"."""
    match = _SIGNATURE.match(text)
    if not match:
        return None
    who = _HANDLE_AND_DATE.sub("", match.group("who")).strip(" .")
    name, _, role = who.partition(",")
    name = name.strip()
    if not name or len(name.split()) > 6 or not all(_SIGNED_NAME_WORD.fullmatch(w) for w in name.split()):
        return None  # (a dialogue dash opens a sentence in many languages: "– Jeg anerkender fuldt ud …")
    return name, (role.strip() or None)


def build_units(article: Article) -> list[Unit]:
    """Every unit of the article in order, with document offsets (sentences split on demand)."""
    raw: list[tuple[str, str, int, Block | None]] = []
    if article.title:
        raw.append(("title", article.title, -1, None))
    if article.lead:
        raw.append(("context", article.lead, -1, None))
    for number, section in enumerate(article.body):
        if section.heading:
            raw.append(("heading", section.heading, number, None))
        for block in section.blocks:
            if block.text and block.text.strip() and block.kind != "code":  # program code is not prose
                kind = "quote" if block.kind == "quote" else "paragraph"
                raw.append((kind, block.text, number, block))
    labelled = _transcript_lines(raw)
    units: list[Unit] = []
    offset = 0
    for position, (kind, text, number, block) in enumerate(raw):
        line = labelled.get(position)
        if line is not None:  # "DR AMARA OKEKE: Because we saw it coming." in a transcript
            kind, text = "quote", line.group("words")
        unit = Unit(kind, text, offset, number)
        if block is not None and kind == "quote":
            unit.speaker, unit.role = block.speaker, block.role
        if line is not None:
            unit.speaker, unit.role = _label_speaker(line.group("label"), line.group("aside"))
        signature = parse_signature(text) if kind == "paragraph" else None
        if signature and units and units[-1].kind in ("paragraph", "quote") \
                and units[-1].section == number:
            previous = units[-1]
            previous.kind = "quote"
            previous.speaker = previous.speaker or signature[0]
            previous.role = previous.role or signature[1]
            unit.kind = "signature"
        units.append(unit)
        offset += len(text) + 1
    _mark_pull_quotes(units)
    _mark_title_lines(units)
    return units


_SPEAKER_LINE = re.compile(r"(?P<label>[A-Z][A-Z.’'\- ]{0,40}[A-Z.])(?:\s*\((?P<aside>[^)]{1,60})\))?\s*[:：]\s+(?P<words>\S.*)", re.S)
"""A transcript's line: its speaker's name or role in capitals, a colon, their words ("HOST: So
nobody acted.", "DR AMARA OKEKE: Somebody acted.", "CALLER (PRAKASH, BRISTOL): …")."""
_NO_SPEAKER_LABELS = frozenset(("update", "updated", "note", "editor's note", "editor’s note", "correction",
                                "clarification", "watch", "listen", "read more", "read", "related", "see also",
                                "also read", "breaking", "photo", "photos", "video", "source", "sources",
                                "disclaimer", "warning", "tl;dr", "ps", "p.s.", "nb", "n.b.", "tip"))
"""Labels of an article's own asides, which no one speaks ("UPDATE:", "EDITOR'S NOTE:")."""
TRANSCRIPT_ROLES = frozenset("host presenter interviewer moderator anchor caller reporter chair chairman chairwoman".split())


def _transcript_lines(raw: list[tuple]) -> dict[int, re.Match]:
    """The paragraphs of `raw` that are lines of a transcript (index: the line's match): two or
    more paragraphs in a row that open on a speaker's label in capitals, with two labels at least
    (a lone "UPDATE:" or a run of "NOTE:" lines is no dialogue)."""
    found: dict[int, re.Match] = {}
    run: list[tuple[int, re.Match]] = []
    for position, (kind, text, _number, _block) in enumerate(raw + [("end", "", -1, None)]):
        line = _SPEAKER_LINE.match(text) if kind == "paragraph" and ":" in text[:60] else None
        if line is not None and len(line.group("label").replace(" ", "")) > 1 \
                and line.group("label").lower() not in _NO_SPEAKER_LABELS and not line.group("label").startswith("DEAR "):
            # (nor an advice column's "DEAR ABBY:" letter and "DEAR FEELING:" reply)
            run.append((position, line))
            continue
        if len(run) > 1 and len({m.group("label") for _, m in run}) > 1:
            found.update(run)
        run = []
    return found


def _label_speaker(label: str, aside: str | None = None) -> tuple[str | None, str | None]:
    """(speaker, role) a transcript line's label gives: a name in capitals written as a name ("DR
    AMARA OKEKE": "Dr Amara Okeke", "ADEYEMI-WARD": "Adeyemi-Ward"), or a role ("HOST": the host
    the article names; "CALLER (PRAKASH, BRISTOL)": Prakash, the caller)."""
    words = label.strip(" .").split()
    if len(words) == 1 and words[0].lower() in TRANSCRIPT_ROLES:
        named = aside.split(",")[0].split() if aside else []
        if named and all(w[:1].isupper() for w in named):
            return _as_name(named), words[0].lower()
        return None, words[0].lower()
    return _as_name(words), None


def _as_name(words: list[str]) -> str:
    """Words of a name in capitals written as a name, each part of a double name capitalised."""
    return " ".join(re.sub(r"[^\W\d_]+", lambda part: part.group().capitalize(), w) if w.isupper() else w
                    for w in words)


def _mark_title_lines(units: list[Unit]) -> None:
    """In an article whose paragraphs quote in double marks, a paragraph that is only a quotation
    in single marks is a title (a live blog's entry titles set as plain lines), read as a
    sub-heading: the quotation it repeats gives it its speaker."""
    lines = [u for u in units if u.kind == "paragraph" and "‘" in u.text and len(u.text) < 160
             and _SINGLE_QUOTED_LINE.fullmatch(u.text)]
    if lines and any(u.kind == "paragraph" and ("“" in u.text or "\"" in u.text) for u in units):
        for unit in lines:
            unit.kind = "heading"


def _mark_pull_quotes(units: list[Unit]) -> None:
    """A block quote whose words the body already prints in a paragraph is a pull quote."""
    if not any(unit.kind == "quote" for unit in units):
        return  # most articles have no block quote: the paragraphs need not be joined
    paragraphs = " ".join(" ".join(u.text.split()) for u in units if u.kind == "paragraph")
    for unit in units:
        if unit.kind == "quote":
            core = " ".join(unit.text.strip().strip(_MARKS).strip().split())
            if len(core) >= 20 and core in paragraphs:
                unit.kind = "pullquote"
