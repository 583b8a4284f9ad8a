"""What a run of inline text between blocks is: paragraphs, a line of links, or chrome.

The walker buffers the text between blocks with marks for line breaks and bold runs; this
module splits a run into paragraphs (at double breaks, at a break after a full sentence) and
tells the lines that are no article text: stock tickers, ad and "see also" labels, bylines,
timestamps, credits, sign-offs, appeals to readers, player prompts, consent notices, rules,
mostly-link lines (unless a sentence runs through the link), and a line of the authors' names.
"""

from __future__ import annotations

import re

from crawler.parsers.datelines import LABEL_PREPOSITION, PUBLISHED_LABELS, UPDATED_LABELS
from crawler.parsers.text import clean_text, fold

STOCK_LINE = re.compile(
    r"^(?:advertisement|anzeige|publicité|publicidad|reklam|reklama|annons|annonse|read more|read also|also read|see also|related|"
    r"more:|sign up|subscribe|click here|follow us|share this|watch:|listen:|lesen sie auch|mehr zum thema|"
    r"lire aussi|leia também|lee también|leer más|continue reading|recommended|image:|photo:|"
    r"supported by|story continues|skip advertisement|this entry was (?:posted|filed)|"
    r"continua (?:depois da|após a) publicidade|continúa después de (?:la )?publicidad|la suite après (?:cette |la )?publicité|"
    r"(?:der )?artikel wird (?:nach|unter) der anzeige fortgesetzt|lesen sie nach der anzeige weiter|continua dopo la pubblicità)(?:\b|(?<=:))",
    re.I,
)
_AD_LABEL = re.compile(r"^(?:реклама|werbung|pubblicità|publicidade|reklame|mainos|advertentie|广告|広告|광고)\s*[:：]?$", re.I)
"""An advertisement label standing alone on its line (a sentence may begin with the word)."""
SEE_ALSO_LABEL = re.compile(
    r"^(?:veja também|ver también|puedes ver|lea también|te puede interesar|leggi anche|vedi anche|voir aussi|"
    r"siehe auch|schon gelesen|zum weiterlesen)\s*:",
    re.I,
)
"""A 'see also' label that opens a line ("PUEDES VER: <link>", "Veja Também:" above a list of
links): the teaser of another story, not a paragraph (as a bold label of its own it is a chrome
heading, and what follows it goes too)."""
BR = "\u2028"
"""What a `<br>` adds to a text run (a line separator: whitespace to `clean_text`, unlike the
newlines of the page's source formatting)."""
_PARAGRAPH_SPLIT = re.compile(BR + r"\s*" + BR)
_LINE_PARAGRAPH = 60
BOLD_START, BOLD_END = "\ue000", "\ue001"
"""Private-use marks around bold inline text in a text run (removed before the text is used)."""
GLUE = "\ue002"
"""Private-use mark after a drop cap: it and the whitespace after it are removed, joining the
letter to the rest of its word."""
GLUED = re.compile(GLUE + r"\s*")
HEADING_CHARS = 120
"""The longest a bold paragraph or line may be to count as a sub-heading."""
_CREDIT = re.compile(
    r"^(?:fotos?|photos?|bild|bilder|image|images|credit|credits|rechte|quelle|source|illustration|grafik"
    r"|bildquellen?|bildnachweise?|bildrechte|fotonachweise?|fotoquellen?|beitragsbild|titelbild|headerbild|aufmacherbild"
    r"|(?:featured|header|cover|title) (?:image|photo)|image sources?)\s*:"
    r"|^(?:photo|foto|image|bild) ?credits?\b|^(?:featured|header|cover) (?:image|photo) by\b"
    r"|©|\(c\)\s|/\s*(?:dpa|afp|ap|reuters|getty images|imago|epa|keystone|picture alliance)\b",
    re.I,
)
_DATE_WORDS = re.compile(
    r"\b(?:uhr|am|pm|h|updated|aktualisiert|actualizado|mis à jour|gmt|utc|cet|cest|est|edt|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|"
    r"dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|"
    r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|mon|tue|wed|"
    r"thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)[a-z]*\.?(?=\W|$)",
    re.I,
)


SENTENCE_END = (".", "!", "?", "…", "”", '"', "»", "“", "’", ")", ":", "。", "！", "？", "、")
_DATE = re.compile(
    r"\b(?:\d{1,2}[./-] ?\d{1,2}[./-] ?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.? (?:de )?(?:jan|feb|fev|mär|mar|apr|abr|mai|may|"
    r"jun|jul|aug|sep|okt|oct|out|nov|dez|dec|janv|févr|avr|juin|juil|déc|ene|ago|dic|gen|mag|giu|lug|set|ott)[a-zäéûç]*\.? (?:de )?\d{4})\b", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?![\d.]\d)")
"""A short line with a date and a clock time is a timestamp line ("Stand: 24.04.2024 22:58 Uhr",
"25/04/2026 Actualizado a las 15:10h.", "segunda-feira, 22 de janeiro de 2018 às 0:13", "Publié le 18 juil. 2024 à 08:01Mis à jour ..."); the day and
month of a dotted date ("17.08" of "17.08.2007") are no clock time."""
_UPDATE_WORD = re.compile(
    r"\b(?:updated|published|aktualisiert|veröffentlicht|actualizad[oa]|publicad[oa]|mis à jour|publié|"
    r"modificato|modifica|aggiornato|uppdaterad|publicerad|oppdatert|publisert|opdateret|güncelleme|"
    r"cập nhật)\b", re.I)
"""With a date or a clock time, a short line naming a publication or an update is a timestamp
line ("Uppdaterad 15.59 | Publicerad 14.14", "20 Nisan 2026•Güncelleme: 20 Nisan 2026")."""
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DIGIT = re.compile(r"\d")
_RELATIVE_TIME = re.compile(
    r"(?:(?<!\d)\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|"
    r"\bvor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|días?))$",
    re.I)
"""A time given as an age at the end of a short line: a live-blog entry's or a byline's stamp."""
_DATE_LINE_WORDS = 6
"""Most words (with a letter) in a timestamp line."""
_CLOCK_LABEL = re.compile(r"^\d{1,2}:\d{2}(?!\d)")
"""A short line opening with a clock time and no sentence after it is a live-blog entry stamp
("18:25Antony Clements-Thrower")."""
_DATE_LABEL = re.compile(
    r"(?:(?:release|publication|published|posted|last|date of)\s+)?"
    r"(?:date|dated|updated|modified|datum|stand|aktualisiert|fecha|actualizado|mis à jour|"
    + "|".join(PUBLISHED_LABELS + UPDATED_LABELS) + ")" + LABEL_PREPOSITION + r"\s*:", re.I)
"""A date's label alone ("Release Date:", "Aktualisiert:", "Veröffentlicht am:"): the date itself
was set apart (and left out as a date), the label says nothing. The labels `datelines` reads a
date after, and the bare ones ("Date:", "Stand:")."""
_SIGN_OFF = re.compile(
    r"(?:additional )?reporting (?:by|from)\b|(?:writing|editing) by\b|with (?:files|reporting|reports) from\b|"
    r"mit (?:material|informationen) (?:von|der|des|aus)\b|"
    r"(?:this (?:article|story|piece) was )?(?:first|originally) published (?:in|on|by|at)\b|"
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:ist|erschien|wurde) (?:zuerst|erstmals|ursprünglich)\b|"
    r"(?:übersetzung|translation|traducción|traduction)(?: und| and| y| et)? ?\w*\s*:|(?:übersetzt|translated) (?:von|by)\b|"
    r"\(\w{2,5}(?:/\w{2,5})*\)$|[（(]责编",
    re.I,
)
"""Sign-offs and credits under the article text (matched at the start of a line): "Reporting by …;
editing by …", "With files from …", "Mit Informationen der Nachrichtenagenturen …", "First published in …", a translator's credit ("Übersetzung und Adaptierung: AFP
Deutschland"), an agency or initials tag "(dmk)"."""
_POST_FOOTER = re.compile(
    r"responses to this entry|this entry was (?:posted|filed)|(?:antworten|kommentare) (?:zu|auf) diese[nm]? eintrag|"
    r"(?:dieser|der) (?:eintrag|beitrag) wurde am\b|trackback|kommentare (?:sind )?(?:derzeit )?geschlossen|"
    r"comments (?:are )?(?:now )?closed", re.I)
"""A blog engine's line under the post ("This entry was posted on … and is filed under …. You can
follow any responses to this entry through the RSS 2.0 feed.", "Von … am …. Abgelegt unter ….
Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 …", "Der Beitrag wurde am … veröffentlicht
und wurde unter … abgelegt.", "Kommentarfeed | Kommentare geschlossen | Trackback-URL")."""
_CONTRIBUTED = re.compile(r"\bcontributed (?:reporting )?to this (?:report|story|article)\.?$", re.I)
"""A sign-off at the end of a line: "… contributed to this report." """
_PICTURE_CREDIT_END = re.compile(
    r"\((?:(?:afp|ap|dpa|reuters|epa|getty images|imago|keystone|picture alliance|anp|ansa|efe)\s*/\s*[^()]{2,40}"
    r"|(?:fotos?|photos?|bild|bilder|image|credit|foto ?credit)\s*:\s*[^()]{2,60})\)$", re.I)
"""A caption ends with its picture credit, agency and photographer: "… Kreuzfahrtschiff zu (AFP / Jorge Guerrero)",
"… im Überblick. (Foto: Getty)"."""
_PLAYER_PROMPT = re.compile(
    r"article continues below|cargando siguiente contenido|player wird geladen|scroll down to load comments|"
    r"we apologi[sz]e, but this video|try refreshing your browser|jetzt abonnieren\b|para saber más$|"
    r"regala esta noticia",
    re.I,
)
_APPEAL = re.compile(
    r"(?:(?:hat|haben) (?:ihnen|dir|euch) (?:dieser|diese|dieses|der|die|das|unser|unsere) [^?]{0,40}gefallen|"
    r"gefällt (?:ihnen|dir|euch) (?:dieser|diese|dieses|der|die|das|unser|unsere|was) [^?]{0,40}|"
    r"(?:did|do) you (?:enjoy|like) (?:this|our|reading)\b[^?]{0,40}|(?:enjoyed|liked|like|love) this (?:article|story|post|piece)|"
    r"¿te (?:gustó|ha gustado) (?:este|esta|nuestr)[^?]{0,40}|(?:vous avez|tu as) aimé (?:cet|cette|notre) [^?]{0,40})\?"
    r"|if you (?:enjoyed|liked|like|value|appreciate) (?:this|our|reading)\b|이 기사가 마음에 들었다면",
    re.I)
"""An appeal opening on whether the reader liked the article ("Hat Ihnen dieser Artikel gefallen?
Dann unterstützen Sie uns …", "Gefällt dir unser Magazin?", "If you enjoyed this article, …"):
the publisher asking for a share, a donation or a subscription, not the story."""
_SIGN_UP = re.compile(
    r"sign up (?:for|to)\b|subscribe to (?:our|the)\b|(?:abonnieren sie|abonniere|newsletter abonnieren)\b|"
    r"(?:melden? (?:sie sich|dich)|jetzt|kostenlos) [^.!?]{0,40}\b(?:an|anmelden)\b|suscr[ií]b(?:ete|irse)\b|"
    r"receive our\b|(?:delivered|straight) to your inbox|in deinen posteingang", re.I)
"""An invitation to sign up for the site's newsletter, in a line that names one ("Sign up for the
free daily newsletter.", "Melde dich hier für unseren Newsletter an!"); a line about a newsletter
("You can also subscribe to this newsletter here", "subscriber-only newsletters") is no invitation."""
_MODERATION = re.compile(
    r"comments? (?:are|is|will be|may be) (?:being |now )?moderated|moderat\w* (?:all |every |the )?(?:new )?comments|"
    r"coment[aá]rios?\b.{0,150}\bmodera(?:dor|dos|ção)|kommentare?\b.{0,80}\bmoderiert", re.I)
"""The comment section's house rules above or below it ("Note: we are temporarily moderating all
comments …", "Comentários … não serão aprovados pelo moderador", "comments are moderated")."""
_GOOGLE_NEWS = re.compile(r"\b(?:on|di|auf|en|sur) google news\b", re.I)
"""Interface prompts that land in the text flow: player and loader messages, "Article continues
below", follow-us-on-Google-News lines."""
_BYLINE_LINE = re.compile(r"^(?:by|von|par|por|di|door|av|af)\b:?\s+(?=\w)", re.I)
_READING_TIME = re.compile(
    r"^(?:(?:lesezeit|lesedauer|reading time|read time|tiempo de lectura|temps de lecture|tempo de leitura|"
    r"tempo di lettura|leestijd|lästid|lesetid)\s*:?\s*(?:ca\.\s*|~\s*)?)?"
    r"\d+\s*(?:min|mins|minutes|minuten|minutos|minuti|minuter|minutter|hrs?|hours?|stunden)\b(?: read| ago| lesezeit)?", re.I)
"""A reading time or an age, alone or after its label ("5 min read", "Lesezeit: 1 min")."""


_ADDRESS_STARTS = ("http://", "https://", "www.")


def mostly_links(links: int, total: int) -> bool:
    """A short text run (or paragraph of one) that is mostly link text: a pointer, a menu line."""
    return links / total > 0.6 and total < 400


def sentence_through_link(items: list[str], link_items: list[int], raw: str) -> bool:
    """A sentence that runs into a link and on through it ("Assange faces <a>a charge of
    conspiracy …</a>."), not a pointer or a menu line: two words or more before the link and no
    label mark after them (a colon, an arrow), the link's text going on in lower case, and a
    full stop at the end."""
    first = link_items[0] if link_items else 0
    if not first:
        return False
    before = unmarked("".join(items[:first])).strip()
    return (len(before.split()) >= 2 and before[-1].isalnum() and items[first].lstrip()[:1].islower()
            and unmarked(raw).rstrip().endswith((".", "!", "?")))


def without_link_lines(pieces: list[str], raw: str, items: list[str], link_items: list[int]) -> list[str]:
    """`pieces` of the text run `raw` (the buffer's `items` joined) without those that are mostly
    link text: a line of links set after the text between line breaks ("Online press kit - all
    releases of Example Corp | RSS feed"), which the run's share of links as a whole hides. A
    link that shows its address ("Source: https://…") is a source cited, counted as text."""
    starts, offset = [], 0
    for item in items:
        starts.append(offset)
        offset += len(item)
    linked = [(starts[index], len(items[index].strip())) for index in link_items
              if not items[index].lstrip().startswith(_ADDRESS_STARTS)]
    kept, position = [], 0
    for piece in pieces:
        start = raw.find(piece, position)
        end = start + len(piece)
        position = max(position, end)
        size = len(piece.strip())
        piece_links = sum(chars for offset, chars in linked if start <= offset < end)
        if start < 0 or not size or not piece_links or not mostly_links(piece_links, size):
            kept.append(piece)
    return kept


def split_paragraphs(raw: str) -> list[str]:
    """Text runs split at `<br><br>`, at a single `<br>` between two full sentences' worth of
    text or after a full stop (pages that set paragraphs with one line break), and around a
    short all-bold line (a sub-heading set between line breaks)."""
    pieces = []
    for run in _PARAGRAPH_SPLIT.split(raw):
        lines = run.split(BR)
        current = [lines[0]]
        last = unmarked(lines[0]).strip()  # the current piece's last non-empty line
        size = len(last)  # about the current piece's text length (kept without re-joining it)
        for line in lines[1:]:
            right = unmarked(line).strip()
            ends = last.endswith(SENTENCE_END)
            if (size >= _LINE_PARAGRAPH and len(right) >= _LINE_PARAGRAPH and ends) or right and last.endswith(_STOPS) or size and right and (
                    ends and is_bold_heading_line(line, right)
                    or size <= HEADING_CHARS and is_bold_heading_line(BR.join(current), unmarked(BR.join(current)).strip())):
                pieces.append(BR.join(current))
                current, last, size = [line], right, len(right)
            else:
                current.append(line)
                if right:
                    last, size = right, size + 1 + len(right)
        pieces.append(BR.join(current))
    return pieces


_LINE_SET = 3
"""The fewest lines of a piece set line by line."""
_FULL_STOPS = (".", "!", "?", ":", "。", "！", "？", "：")
"""How a line that is a sentence (or leads into one) ends; a closing quotation mark ends a key
point as well ("… the ‘factory boy’")."""


def line_set(piece: str) -> str | None:
    """The lines of a piece set line by line (at least `_LINE_SET` short lines between `<br>`s,
    none ending a sentence: key points, an address), one per line; None for other pieces."""
    if piece.count(BR) < _LINE_SET - 1:
        return None
    lines = [line for line in map(clean_text, unmarked(piece).split(BR)) if line]
    if len(lines) < _LINE_SET or any(len(line) >= _LINE_PARAGRAPH or line.endswith(_FULL_STOPS) for line in lines):
        return None
    return "\n".join(lines)


_STOPS = (".", "!", "?")
"""A line ending so ends its paragraph at a `<br>` (not a colon: "… and only said:<br>“Ask them …”")."""
POINTER = re.compile(r"^\s*(?:>>?|►|▶|▸|→|⇒|➤|➔)")
"""An arrow opening a line that links elsewhere marks a pointer to another page."""
POINTER_LINK_SHARE = 0.3


_CONSENT = re.compile(
    r"einverstanden, dass|an drittplattformen|externen? inhalte?\b|externer inhalt|ein klick für den datenschutz|"
    r"i agree to|we use cookies|(?:this|our) (?:web ?)?site uses cookies|accept (?:all )?cookies|cookie settings|manage (?:consent|cookies)|"
    r"privacy settings|consent to (?:the )?(?:use|display)|^by (?:signing up|subscribing|registering)\b|inhalte von (?:youtube|x|twitter|instagram)|"
    r"^empfohlener (?:redaktioneller|externer) inhalt$|mit einem klick anzeigen lassen",
    re.I,
)
"""Consent notices of embedded content and cookie banners (checked on short lines only)."""
_CONSENT_LOWER = re.compile(_CONSENT.pattern)
"""`_CONSENT` without IGNORECASE, for lower-cased text: four times faster, same verdict (its
pattern is all lower case)..."""
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")
"""... except on text with a letter that IGNORECASE matches to i or s but str.lower() does not
turn into it (İ, ı, ſ; the Kelvin sign too, to be safe): those lines take `_CONSENT` itself.
Checked over every code point: elsewhere a character matches a pattern letter under
IGNORECASE exactly when its lower case is that letter, and lower() keeps word characters."""


_CONSENT_CHARS = 500


_CONSENT_HINTS = ("cookie", "consent", "extern", "einverstanden", "drittplattform", "datenschutz", "agree",
                  "privacy", "inhalte von", "empfohlener", "klick")
"""Words one of which every `_CONSENT` alternative holds (or the line opens with "by "): a few
substring tests spare most lines the regex."""


def _is_consent(text: str) -> bool:
    if any(char in text for char in _ODD_CASES):
        return _CONSENT.search(text) is not None
    lowered = text.lower()
    if not lowered.startswith("by ") and not any(hint in lowered for hint in _CONSENT_HINTS):
        return False
    return _CONSENT_LOWER.search(lowered) is not None


_FRAME_MARKS = "-–—[(*|•·"
"""Marks that frame a stock line set apart ("- Advertisement -", "[Anzeige]", "— Publicidad —")."""
_SCRIPT_NOTICE = re.compile(
    r"(?:enable|activate|turn on|aktivieren sie|aktiviere|activez|activa|habilite|ative)\W+(?:\w+\W+){0,2}javascript"
    r"|javascript\W+(?:\w+\W+){0,3}(?:required|disabled|deaktiviert|erforderlich|désactivé|desactivado)"
    r"|needs javascript|requires javascript|benötigt javascript|\bjavascript is (?:off|not enabled)",
    re.I,
)
"""A notice that the page needs scripts to show something (the video, the comments, the map),
in a short line where a visitor without scripts sees it."""


def is_fragment(text: str) -> bool:
    """One or two words without closing punctuation ("Share", "Politics", "13") are labels."""
    if len(text) >= 25 or len(text.split()) > 2 or text.endswith(SENTENCE_END):
        return False
    return not any(ord(ch) >= 0x2E80 for ch in text)  # CJK text has no spaces between words


def is_chrome_line(text: str) -> bool:
    """Stock lines, photo credits, bylines, timestamp lines and bare dates/times are not paragraphs."""
    if len(text) < 300 and _is_sign_off(text) or len(text) < _CONSENT_CHARS and (_is_consent(text) or _is_post_footer(text)):
        return True
    if len(text) < 300 and not text.endswith(SENTENCE_END) and _TAXONOMY_LABEL.match(text):
        return True  # "Published under: Election, Bailout, …", "Schlagworte: Schule, Bildung"
    if len(text) >= 120:
        return False
    if text[0] in _RULE_CHARS and RULE_LINE.fullmatch(text):
        return True  # a line drawn with characters ("______", "* * *")
    if STOCK_LINE.match(text) or _AD_LABEL.match(text) or (len(text) < 80 and _CREDIT.search(text)):
        return True
    if text[0] in _FRAME_MARKS and STOCK_LINE.match(text.strip(_FRAME_MARKS + " ")):
        return True  # "- Advertisement -", "[Anzeige]"
    if "javascript" in text.lower() and _SCRIPT_NOTICE.search(text):
        return True
    if _READING_TIME.search(text) or len(text) < 100 and _is_timestamp_line(text):
        return True
    if len(text) < 60 and _CLOCK_LABEL.match(text) and not text.endswith(SENTENCE_END):
        return True
    if len(text) < 40 and text.endswith(":") and _DATE_LABEL.fullmatch(text):
        return True  # "Release Date:" left alone: its date stood in a box of its own, left out
    byline = _BYLINE_LINE.match(text)
    if byline and len(text) < 70 and text[byline.end()].isupper() and not text.endswith(SENTENCE_END):
        return True  # "Von: Bill McCarthy", "Par Les Echos"
    if sum(map(str.isdigit, text)) < 4:
        return False  # most lines: no need to count the letters
    return sum(map(str.isalpha, _DATE_WORDS.sub("", text))) <= 3


_TAXONOMY_LABEL = re.compile(
    r"(?:.{0,80}?\s[-|–•·]\s|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+)?(?:"
    r"(?:published|filed|posted|listed|categori[sz]ed|archived) (?:under|in)\b|"
    r"(?:tags?|tagged(?: with| as)?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|etiquetas|mots-clés|keywords|"
    r"kategorien?|categor(?:y|ies|ia|ias|ías|ie)|catégories?|themen)\s*:)",
    re.I)
"""The label of a line of the story's taxonomy terms, first or after a date or the line's other
parts set off by dashes or bars ("05/10/2018 - Publicado por: Jane Doe - Categoria: Saúde - Tags: …")."""


def _is_sign_off(text: str) -> bool:
    """Credits, sign-offs, appeals, newsletter sign-ups, comment house rules, interface prompts and
    picture credits (cheap tests first: most lines are prose)."""
    if _SIGN_OFF.match(text) or _PLAYER_PROMPT.match(text) or _APPEAL.match(text):
        return True
    if text.endswith(")"):
        return _PICTURE_CREDIT_END.search(text) is not None
    if "ewsletter" in text or "nbox" in text or "osteingang" in text:
        return _SIGN_UP.search(text) is not None
    if "oderat" in text or "oderad" in text or "oderier" in text:
        return _MODERATION.search(text) is not None
    if "ontributed" in text:
        return _CONTRIBUTED.search(text) is not None
    return "oogle" in text and _GOOGLE_NEWS.search(text) is not None


def _is_post_footer(text: str) -> bool:
    """`_POST_FOOTER`, searched only in lines holding one of its words' parts."""
    return ("ntry" in text or "intrag" in text or "eitrag" in text or "rackback" in text or "closed" in text
            or "geschlossen" in text) and _POST_FOOTER.search(text) is not None


def _is_timestamp_line(text: str) -> bool:
    """A date with a clock time; a publication/update word in a few words with a clock time or
    a year (not an editor's note: "This story was updated at 5:45 p.m. ET to include …"); a date
    with a word or two ("thứ tư, 22/10/2025")."""
    if _DIGIT.search(text) is None:
        return False
    if _TIME.search(text) and _DATE.search(text):
        return True
    if _RELATIVE_TIME.search(text) and len(text.split()) <= _DATE_LINE_WORDS:
        return True  # "Jane Doe 2 minutes ago"
    if _UPDATE_WORD.search(text) is not None:
        words = sum(1 for word in text.split() if any(ch.isalpha() for ch in word))
        return words <= _DATE_LINE_WORDS and (_TIME.search(text) is not None or _YEAR.search(text) is not None)
    date = _DATE.search(text)
    return date is not None and len(_DATE.sub(" ", text).split()) <= 2 and not text.endswith(SENTENCE_END)


_RULE_CHARS = "_-–—*=~•·."
RULE_LINE = re.compile(rf"[{re.escape(_RULE_CHARS)}\s]{{3,}}")
"""A line drawn with characters ("______", "* * *"): a rule between parts of the page."""


def unmarked(text: str) -> str:
    return text.replace(BOLD_START, "").replace(BOLD_END, "")


def _is_bold_line(piece: str) -> bool:
    """True when every character of a text-run piece (outside line breaks and spaces) sits
    inside bold marks."""
    if BOLD_START not in piece:
        return False
    depth = 0
    for char in piece:
        if char == BOLD_START:
            depth += 1
        elif char == BOLD_END:
            depth = max(0, depth - 1)
        elif depth == 0 and not char.isspace() and char != BR:
            return False
    return True


def is_bold_heading_line(piece: str, text: str) -> bool:
    """A short all-bold line without closing punctuation: a sub-heading inside a text run."""
    return len(text) <= HEADING_CHARS and text[-1] not in ".,;…" and _is_bold_line(piece)


def is_sentence(text: str) -> bool:
    """Ends with a full stop (not an ellipsis: "You may also like...") or a colon (a lead-in
    to what follows: "Specs:")."""
    return text.endswith(("。", ".", ":", "：")) and not text.endswith("..")


BYLINE_CHARS = 150
"""Longest paragraph read as a byline (names only)."""
_NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", "og", "och", "en", "i", "a",
                           "by", "von", "par", "por", "di", "door", "av", "af"})
"""Words that join or introduce the names of a byline ("Jane Doe and John Roe", "Von A und B")."""


def names_only(text: str, authors) -> bool:
    """True when `text` is a byline: the names of the article's authors, joined by punctuation or
    "and" words, and nothing else ("Jane Doe/John Roe" set in bold above the text)."""
    if not authors:
        return False
    rest = " " + fold(text) + " "
    named = False
    for name in map(fold, authors):
        if name and " " + name + " " in rest:
            rest, named = rest.replace(" " + name + " ", " "), True
    return named and all(word in _NAME_JOINERS for word in rest.split())


