"""Said-clauses: who a quoted span is attributed to, in the words of its own sentence.

For a span this picks the speech verb that governs it ("…,” X said", "X said: “…", "“…,” said
X, a role", "according to X", "X told Y …", "…, saying “…”") and the reference written for the
speaker: a name, a pronoun or a description ("the researcher", "a Home Depot spokesperson").
Finding speech verbs and the subjects around them is `speaker_references`' job; turning the
reference into a name is `speakers`'. It also tells a direct quotation from a fragment woven
into the sentence, and a fragment from a term, a title or a scare quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import crawler.parsers.quotes.lexicon as lexicon
from crawler.parsers.quotes.document import Unit
from crawler.parsers.quotes.mentions import Registry
from crawler.parsers.quotes.spans import Span
from crawler.parsers.quotes.speaker_references import (DETERMINERS, PARENTHETICAL_SAID, SUBJECT_PRONOUNS, Ref, name_given_before,
                                                       named_in_apposition, ref_in, sentence_subject, speech_verbs,
                                                       subject_after, subject_before)

_GROUP_SUBJECT = re.compile(r"\s*(?:The|Some|Many|Several|Most|Hundreds of|Thousands of|Dozens of)\s+"
                            r"(?:[a-z-]+\s+){0,2}[a-z]+[^s’'\s]s\b")
"""A sentence opened by a plural common noun ("The pupils returned …"): a group, no one named."""
_CHANTED = re.compile(r"\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)|scream(?:s|ed|ing)|yell(?:s|ed|ing)|(?:chants|shouts|cries) of"
                      r"|sang|singing)\s*[,:]?$")
"""A verb or noun of chanting right before a quotation: its words are a whole utterance."""
_SINGING = r"\b(?:sang|sings?|singing)"
_SANG_TITLE = re.compile(_SINGING + "$")
"""A verb of singing right before a quotation in title case, with no comma or colon to introduce
lines: what was sung is named by its title, not quoted."""
_PASSIVE_AGENT = re.compile(r"\s+by\s+(?=(?P<who>[^,.;:“”\"]{1,60}?)\s+(?:that|to)\b)")
"""The agent of a passive speech verb, up to the clause it reports ("told by a letting agent that")."""
_APPOSITION_BEFORE_VERB = re.compile(r"(?<=\w),\s+(?:the|a|an)\s[^,.;:“”\"]{1,60},\s*$")
"""An apposition set off after a name, right before its verb ("Hugo Ashcombe, the Conservative
member for Tewkesbury, (was heard shouting)")."""
_WHO_BEFORE = re.compile(r",\s+who(?:\s+(?:had|has|have|was|then|also|repeatedly))*$")
"""A relative clause opening right before the verb of chanting: its subject is the name before it."""
_NAME_CALLED_IT = re.compile(r"(?<![\w’'])(?!(?:We|I|They|You|It)\b)[A-Z][\w’'-]*\w,?\s+called\s+it\s*$")
"""A name that called something so ("Moretti called it “a small miracle”"): its words, not a term
as "we called it" (the outlet's own) or "the company … called it" often give."""
_CALLED_IT = re.compile(r"\bcalled\s+it\s*$")
_CHARACTERISATION = re.compile(r"an?\s+[a-z][\w-]*(?:\s+[\w’'-]+){1,}")
"""A lower-case noun phrase of three words or more opening on "a"/"an" ("an important piece of
the puzzle"): what someone "called it", a judgement in their words, not a name given to it."""
_CITATION = re.compile(r"\([^()]*\b\d{4}[a-z]?\b[^()]*\)[.,]?\s*$")
"""The authors and date of a reference before its title ('… (Nov 2008).')."""
_NAMED_OWNER = re.compile(r"\s+(?:for|from|of|by)\s+(?:the\s+)?[A-Z]")
_NEW_PREDICATE = re.compile(r"\band\s+(?:was|were|is|are|seemed|looked|remained|felt|became)\s")
"""A second predicate joined to a speech verb's clause ("had written a letter and was
“ashamed”"): a fragment after it describes that subject, the speech verb does not report it."""
_CLAUSE_SUBJECT = re.compile(r"\b(?:[A-Z][a-z]|(?:he|she|they|it|we|I)\b|(?:his|her|their|its|the|my|our)\s+[a-z]+\s+"
                             r"(?:had|has|have|was|is|were|are|would|will|could|did)\b)")
"""A name, a subject pronoun or a described subject and its verb ("her client had repaid"): the
subject of a clause of its own."""
_SUBORDINATE = re.compile(r"\b(?:before|after|when|because|if|unless|until|while|although|though|whereas)\s|[,–—-]\s+but\s"
                          r"|\bonce\s+(?=(?:the|a|an|it|they|he|she|we)\s|[A-Z])")
"""A subordinate clause opening after the quotation ("… “meet” … once the Senate has confirmed
them"; "once" as a conjunction, not "he once said"): its verb is another clause's."""
_SUBORDINATOR = re.compile(r"\b(?:[Tt]hough|[Aa]lthough|[Ww]hile|[Ww]hereas|[Bb]ecause|[Uu]nless)\s")
"""A subordinate clause opening before the quotation: the verb after the next comma is another clause's."""
_THAT_QUOTE_END = re.compile(r"\b(\w+)\s+that\s+[“\"][^”\"]+[”\"]\s*$")
"""A clause ending "<verb> that “…”" (the quotation another one joins with "and")."""
_CONTRAST = re.compile(r",\s+(?:but|yet|while|whereas)\s+(?=(?:[A-Z]|the\s|a\s|an\s))")
"""A second main clause joined by a contrasting conjunction, its subject after it."""
_SOURCE_CUE = re.compile(r"\b(?:according to|per|(?:directives?|orders?|instructions?|calls?|demands?|"
                         r"appeals?|warnings?)\s+(?:from|by))\s+", re.I)
"""Words that name a quotation's source after them ("according to X", "directives from X")."""
_OBJECT_PRONOUN = re.compile(r"(him|her|them)(?=\s*[,.;:“\"—–]|\s*$)")
"""A pronoun as the source ("According to him, “…”"): the one the pronoun stands for, not a
possessive "her" before a noun ("according to her lawyers, …")."""
_AS_SUBJECT = {"him": "he", "her": "she", "them": "they"}
_DESCRIPTION_SET_OFF = re.compile(r"(?:his|her|their|its|the|an?)\s+(?:[\w’'-]+\s+){0,3}[a-z-]+,\s+")
"""A description the name after it is set off from ("According to his aunt, Jane Starner, …"): the
name is the source."""
_FROM_SOMEONE = re.compile(r"\bfrom\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?(?P<head>[a-z-]+)\s*:$")
"""Words relayed from someone the article does not name, right before them ("She read one aloud,
from a nine-year-old: “…”", "an email from one reader:"): no one named said them."""
_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?P<pronoun>him|her|them)\s+(?:[^.;:“”\"]{0,40}?\s)?as\s+saying\s*[:,]?\s*$")
"""A source relaying someone's words ("Pacific Islands Broadcasting quoted him on Thursday as
saying: “…”"): the one the pronoun stands for is the speaker, not the source (a name after
"quoted" is taken as the nearest subject of "saying" already)."""


@dataclass
class Attribution:
    """What a span's own sentence says about it."""

    kind: str
    """`direct`, `partial` or `none` (not a quotation)."""
    ref: Ref | None
    """The speaker reference, when the sentence gives one."""
    document_source: bool = False
    """The only source given is an unnamed document ("according to a new case report")."""


def _after_verb_is_subject(text: str, verb: re.Match) -> bool:
    after = text[verb.end():verb.end() + 40].lstrip()
    return bool(after) and (after[0].isupper() or after.split()[0].lower() in ("the", "a", "an", "one", "another"))


def _second_predicate(text: str, verb_end: int, opening: int) -> bool:
    """A second predicate of the verb's own subject runs up to the quotation, with no subject
    of another clause before it ("had written a letter of apology and was “…”"), not a clause
    the verb reports ("said Dorsey … and was “…”")."""
    joined = _NEW_PREDICATE.search(text, verb_end, opening)
    return joined is not None and not _CLAUSE_SUBJECT.search(text, verb_end, joined.start())


def _whole_that_clause(text: str, sent_start: int, left_start: int, left: str, close: int) -> bool:
    """The quotation is the whole clause after "said that" (or another such quotation joined
    to it by "and"), closed by punctuation or "and": the speaker's own sentence, not a fragment."""
    if not re.match(r"\s*(?:[.,;:!?]|and\s|$)", text[close:close + 5]):
        return False
    words = left.split()
    if len(words) >= 2 and words[-1] == "that":
        return words[-2].lower() in lexicon.SPEECH_VERBS
    if left.strip() in ("and", "or") and left_start > sent_start:
        joined = _THAT_QUOTE_END.search(text, sent_start, left_start)
        return joined is not None and joined.group(1).lower() in lexicon.SPEECH_VERBS
    return False


def _sentence_right_after_verb(left: str, quoted: str) -> bool:
    """The quotation follows its speech verb with no comma or colon, opens on a capital and
    closes on a sentence's end inside the marks: a whole sentence, not a fragment."""
    words = left.split()
    body = quoted.rstrip("’'‘\"”“ ")
    return bool(words) and words[-1].lower() in lexicon.PAST_SPEECH_VERBS | {"says", "tells"} \
        and quoted[:1].isupper() and body.endswith((".", "!", "?")) and len(body.split()) > 1


def _holds_a_sentence_end(quoted: str) -> bool:
    """A quotation that runs over a sentence end is an utterance, not a fragment."""
    return bool(re.search(r"[a-z][.!?]\s+[A-Z]", quoted))


def _names_a_subject(quoted: str, right: str) -> bool:
    """A few quoted words, no punctuation of their own, then the sentence's verb in lower case
    ("“Humidifier lung” may result from …"): a term the sentence is about, not an utterance."""
    following = right.split(maxsplit=1)
    if not following or len(quoted.split()) > 4 or quoted[-1:] in ",.;:!?…—–-":
        return False
    word = following[0].lower()
    return following[0][:1].islower() and word not in lexicon.SPEECH_VERBS and word not in SUBJECT_PRONOUNS \
        and word not in ("according", "as", "and", "or", "but")


def _title_like(quoted: str) -> bool:
    """Every word capitalised and no closing punctuation: the name of a work, not an utterance."""
    words = [w for w in quoted.split() if any(c.isalpha() for c in w)]
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by"}
    return bool(words) and words[0][:1].isupper() and not quoted.endswith((".", "!", "?")) and \
        all(w.strip("‘’'\"“”([,").lstrip("[")[:1].isupper() or w.lower() in small for w in words)


_LIST_GAP = re.compile(r"[\s,;]*(?:(?:and|or|&)\s*)?")


def listed_titles(text: str, spans: list[Span]) -> set[int]:
    """Indexes of spans that name works in a list ("“Black Water,” “China Grove,” and “Minute
    By Minute”"): two or more title-like spans in a row with only commas or "and" between."""
    listed: set[int] = set()
    for number in range(1, len(spans)):
        before, span = spans[number - 1], spans[number]
        gap = text[before.end + (1 if before.closed else 0):span.start - 1]
        if _LIST_GAP.fullmatch(gap) and _title_like(before.text) and _title_like(span.text):
            listed.update((number - 1, number))
    return listed


_PHRASE_NAMED = re.compile(r"\b(?:slogan|motto|tagline|chorus|refrain)\s*[,:]?$", re.I)
"""A noun right before a quoted span that makes the span the phrase it names, even a whole
sentence (QUOTES.md 2.1: slogans used as names are no quotation)."""
_SUNG = re.compile(_SINGING + r"\b", re.I)
"""A verb of singing earlier in the sentence: the lines of a chorus sung are a quotation ("sang
the chorus, “…”")."""


_SECOND_COMPLEMENT = re.compile(r",\s+(?:but|and)\s+that\s")
"""A second that-clause (", but that"), which goes back to the verb of saying before the last one."""


def _labelled_name(unit: Unit, colon: int, registry: Registry) -> Ref | None:
    """A person's name set off by a comma right before the colon that introduces a quotation ("A
    word from our political correspondent, Aoife Kenny: “…”"): the quotation is the name's."""
    for mention in registry.at(unit.start + max(0, colon - 60), unit.start + colon):
        if mention.end == unit.start + colon and unit.text[:mention.start - unit.start].endswith(", ") \
                and mention.entity is not None and (mention.entity.person or mention.entity.maybe_person):
            return Ref("name", mention.text, mention.start, mention)
    return None


_AUTHORED_AFTER = re.compile(r"\s+(?:had\s+)?(?:sent|wrote|written|posted|texted|emailed)\b")
"""A verb of writing right after a name ("a text message Okafor-Reese sent to one recruit")."""
_DOCUMENT_BEFORE_NAME = re.compile(r"\b([a-z]+)\s+(?:that\s+)?$")
"""The word before a name, past a "that" ("a letter that X had written"): a document noun or not."""


def _document_author(unit: Unit, start: int, colon: int, registry: Registry) -> Ref | None:
    """The writer of a document the clause before a colon brings in by its writer ("X read the
    court a text message Okafor-Reese sent to one recruit …: “…”"): the quotation is the
    document's, its writer's words (QUOTES.md: the originator of words relayed is the speaker)."""
    for mention in registry.at(unit.start + start, unit.start + colon):
        local = mention.start - unit.start
        document = _DOCUMENT_BEFORE_NAME.search(unit.text, max(0, local - 20), local)
        if document and document.group(1) in lexicon.DOCUMENT_NOUNS and mention.entity is not None \
                and not mention.possessive and _AUTHORED_AFTER.match(unit.text, mention.end - unit.start):
            return Ref("name", mention.text, mention.start, mention)
    return None


def attribute(unit: Unit, span: Span, previous_end: int, next_start: int,
              registry: Callable[[], Registry]) -> Attribution:
    """Classify `span` of `unit` and find its said-clause (previous/next span ends bound the search).
    `registry` gives the article's names, built at its first call: a span read as a title or a
    term, or a sentence without a speech verb, needs none."""
    text = unit.text
    opening = span.start - 1
    sent_start, _ = unit.sentence_at(max(opening, 0))
    left_start = max(sent_start, previous_end)
    left = text[left_start:opening]
    close = span.end + (1 if span.closed else 0)
    _, sent_end = unit.sentence_at(min(close, len(text) - 1)) if close < len(text) else (0, len(text))
    right_end = min(next_start, max(sent_end, close))
    right = text[close:right_end]
    stripped_left = left.rstrip()
    starts_sentence = not stripped_left.strip(" \"“‘'`„«(—–-")
    introduced = stripped_left.endswith((":", ",", "—", "–"))
    # (a quotation nested at its end closes first: "…ask, ‘So he’s going to do it?’”)
    utterance_end = span.text.rstrip("’'‘\"”“")
    ends_like_utterance = utterance_end.endswith((",", "?", "!", "—", "–", "…")) or \
        (utterance_end.endswith(".") and not right.strip()[:1].isupper())
    kind = "direct" if starts_sentence or introduced or _holds_a_sentence_end(span.text) \
        or re.search(r"\bcaption(?:ed)?$", stripped_left) or (utterance_end.endswith(("!", "?")) and not lexicon.ends_with_naming_cue(stripped_left)) \
        else "partial"
    if kind == "partial" and _whole_that_clause(text, sent_start, left_start, stripped_left, close):
        kind = "direct"  # said that “all Members of Parliament get gifts”
    if kind == "partial" and _sentence_right_after_verb(stripped_left, span.text):
        kind = "direct"  # One of the guides said “Go home and help your mother.”
    if _SANG_TITLE.search(stripped_left) and _title_like(span.text):
        return Attribution("none", None)  # 'supporters sang “The Fields of Athenry”': the song's title
    chanted = _CHANTED.search(stripped_left) is not None
    if chanted:
        kind = "direct"  # “…” chanted or shouted is a whole utterance, short as it is
    elif _PHRASE_NAMED.search(stripped_left) and not _SUNG.search(stripped_left):
        return Attribution("none", None)  # 'markets under the slogan “Lift Less. Ship More.”': a phrase named, whole as it is
    if stripped_left.endswith(",") and _title_like(span.text) and len(span.text.split()) > 1 and not chanted:
        return Attribution("none", None)
    if starts_sentence and _names_a_subject(span.text, right):
        return Attribution("none", None)  # "“Humidifier lung” may result from …": a term as subject
    if _CITATION.search(text, max(0, opening - 80), opening):
        return Attribution("none", None)  # 'Hamel, P.; Eck, D. (2010). "Learning Features …"': a cited work's title

    if kind == "partial":
        if lexicon.ends_with_naming_cue(stripped_left) and not _NAME_CALLED_IT.search(stripped_left) \
                and not (_CALLED_IT.search(stripped_left) and _CHARACTERISATION.match(span.text)) or re.search(r"\b(?:of|about|on|in|to|for|against)\s+[A-Z]\w*[’']s$", stripped_left):
            return Attribution("none", None)  # a term, or a name's own term ("China's “transnational repression”")
        if _title_like(span.text) or (stripped_left.split() and stripped_left.split()[-1].lower() in lexicon.WORK_NOUNS
                                      and not span.text[:1].islower()):
            return Attribution("none", None)  # (“the video game “Valheim.””: a title; not "called the show “a revelation”")
        following = text[close:close + 30].split()
        if len(span.text.split()) == 1 and stripped_left.split() and stripped_left.split()[-1][:1].isupper() \
                and following and following[0][:1].islower():
            return Attribution("none", None)  # a term inside a noun phrase ("no Israeli “civilians” because")
        if len(span.text.split()) >= 2 and stripped_left.split() and \
                stripped_left.split()[-1].lower() in ("the", "a", "an", "its", "their", "his", "her") \
                and following and following[0][0].islower() and \
                following[0].lower() not in lexicon.FUNCTION_WORDS | lexicon.PREPOSITIONS:
            return Attribution("none", None)

    # passive question: "he was asked, “…?”" — the asker is unnamed
    if kind == "direct" and re.search(r"\b(?:was|were|is|being|been)\s+asked\s*[,:]?\s*$", stripped_left):
        return Attribution(kind, Ref("none", "", unit.start + opening))

    if chanted:
        # a chant is its chanter's: a name right before the verb, or unnamed people the clause
        # has chant ("supporters, who chanted “…”", "a masked man … shouting “…”")
        verb_start = left_start + _CHANTED.search(stripped_left).start()
        before = text[left_start:verb_start].rstrip()
        heard = lexicon.HEARD_BEFORE.search(before)
        if heard:
            verb_start = left_start + heard.start()  # "Holt could be heard shouting “…”": Holt shouting
            before = before[:heard.start()]
        relative = _WHO_BEFORE.search(before) or _APPOSITION_BEFORE_VERB.search(before)
        if relative:
            verb_start = left_start + relative.start()  # "Giles Farrant, who had shouted “…”": the name the clause is on
            before = before[:relative.start()]  # (and "Hugo Ashcombe, the Conservative member for Tewkesbury, was
            # heard shouting “…”": the name the apposition is on)
        named = ref_in(text, max(left_start, verb_start - 60), verb_start, unit, registry(), prefer_last=True) \
            if re.search(r"[A-Z][\w’'-]*\w$", before) else name_given_before(unit, left_start, left_start + len(before),
                                                                          registry())
        if named is not None and named.kind == "name":
            return Attribution(kind, named)
        if any(w in lexicon.PEOPLE_NOUNS for w in re.findall(r"[a-z]+", text[sent_start:verb_start])) \
                or _GROUP_SUBJECT.match(text, sent_start, verb_start) or stripped_left.endswith(" of"):
            # (also "took the stage to chants of “…”": the chant is a crowd's, no one named)
            return Attribution(kind, Ref("none", "", unit.start + opening))

    ref = None
    # 1. a said-clause right after the span: “…,” X said / “…,” said X / “…,” X, a role, said
    right_cue = right.strip()
    sourced_after = _SOURCE_CUE.match(right_cue.lstrip(", "))  # "…,” according to X, …"
    if right_cue and not sourced_after and not right_cue.endswith(":") and (ends_like_utterance or kind == "partial"
                                                      or not right_cue[:1].isupper()):
        for verb in speech_verbs(text, close, right_end):
            if lexicon.PASSIVE_BEFORE.search(text[close:verb.start()]):
                continue
            if _SUBORDINATE.search(text, close, verb.start()):
                break  # "…“deliver” before the administration would agree": another clause's verb
            if "," in text[close:verb.start()] and _SUBORDINATOR.search(text, sent_start, opening) \
                    and speech_verbs(text, sent_start, opening):
                break  # "though X has said there is “no need” …, it has also acknowledged": the main clause's
            if verb.group().lower() in lexicon.COGNITION_VERBS and kind == "direct":
                continue
            before_verb = text[close:verb.start()].strip(" ,")
            if verb.group().lower().endswith("ing") and before_verb.rsplit(None, 1)[-1:] \
                    and before_verb.rsplit(None, 1)[-1].lower() in lexicon.PREPOSITIONS:
                continue  # "… had broken its agreement by announcing the cuts": a gerund, no said-clause
            if before_verb and text[close:verb.start()].rstrip().endswith(","):
                # "…,” X, a role, said" or "… to tackling it, says X"
                ref = subject_before(unit, close, verb, registry(), whole_sentence=False)
                if ref is None and _after_verb_is_subject(text, verb):
                    ref = subject_after(unit, verb, right_end, registry())
            elif before_verb:
                ref = subject_before(unit, close, verb, registry())
                if ref is None and verb.start() - close > 150:
                    break
            elif verb.group().lower().endswith("ing"):
                ref = sentence_subject(unit, sent_start, opening, registry())
                break  # "X called the cuts “short-sighted,” noting that its staff …": a participle has
                # its sentence's subject, not the words after it
            else:
                ref = subject_after(unit, verb, right_end, registry())
            if ref:
                break
    unnamed_source = _FROM_SOMEONE.search(stripped_left) if ref is None and not sourced_after else None
    head = unnamed_source.group("head") if unnamed_source else ""
    if head and (head.endswith("-year-old") or lexicon.is_role_noun(head) or head in lexicon.PEOPLE_NOUNS) \
            and head not in lexicon.SPOKES_WORDS:
        return Attribution(kind, Ref("none", "", unit.start + opening))  # "She read one aloud, from a nine-year-old: “…”"
    relayed = _QUOTED_AS_SAYING.search(stripped_left) if ref is None and not sourced_after else None
    if relayed:
        return Attribution(kind, Ref("pronoun", _AS_SUBJECT[relayed.group("pronoun")],
                                     unit.start + left_start + relayed.start("pronoun")))
    if ref is None and not sourced_after and stripped_left.endswith(":") and left_start == sent_start:
        ref = _document_author(unit, sent_start, opening, registry())  # a document read out, its writer's
    # 2. a said-clause before it: X said: “…” / X said that … “…” / …, saying “…”
    if ref is None and not sourced_after:
        verbs = speech_verbs(text, left_start, opening)
        for verb in reversed(verbs):
            if len(verbs) > 1 and PARENTHETICAL_SAID.search(text, max(0, verb.start() - 40), verb.end() + 2) \
                    and verb is not verbs[0]:
                continue  # "He told his daughter, she says, that it sounded “…”": his words, she relays them
            if verb is not verbs[0] and _SECOND_COMPLEMENT.search(text, verb.end(), opening) \
                    and _SUBORDINATE.search(text, verbs[verbs.index(verb) - 1].end(), verb.start()):
                continue  # "X said she would wait until the officers had reported, but that the lines were
                # “…”": the verb of a subordinate clause; the second that-clause is the verb's before
            if lexicon.PASSIVE_BEFORE.search(text[left_start:verb.start()]):
                agent = _PASSIVE_AGENT.match(text, verb.end(), opening)
                if agent:  # "he had been told by a letting agent that he could “…”": the agent's words
                    ref = ref_in(text, agent.end(), agent.end() + len(agent.group("who")), unit, registry(),
                                 prefer_last=False)
                    if ref is not None:
                        break
                continue
            if verb.group().lower() in lexicon.COGNITION_VERBS and kind == "direct" \
                    and not introduced:
                continue
            if kind == "partial" and verb.group().lower() in lexicon.COGNITION_VERBS \
                    and any(v.group().lower() not in lexicon.COGNITION_VERBS for v in verbs[:verbs.index(verb)]):
                continue  # "X said residents had felt “railroaded”": the view X reports is in X's words
            if kind == "partial" and _second_predicate(text, verb.end(), opening):
                continue  # "He said Dorsey had written a letter and was “genuinely ashamed”": his
            clause_start = left_start if left_start == sent_start else sent_start
            for contrast in _CONTRAST.finditer(text, clause_start, verb.start()):
                clause_start = contrast.end()  # "X has been eager to withdraw, but General Y, …, told": Y's clause
            ref = subject_before(unit, clause_start, verb, registry())
            if ref is None and _after_verb_is_subject(text, verb) and \
                    text[verb.end():opening].strip(" ,:") and \
                    not text[sent_start:verb.start()].strip():
                ref = subject_after(unit, verb, opening, registry())
            if ref:
                break
    # 2b. "Zibulka picks up the story: “…”", "Bekele was gracious in defeat — “…”": the subject of
    # the clause the colon or the dash ends
    if ref is None and stripped_left.endswith((":", "—", "–")) and left_start == sent_start:
        ref = _labelled_name(unit, left_start + len(stripped_left) - 1, registry()) \
            or sentence_subject(unit, sent_start, opening, registry())
    # 3. "according to X", "per X" in the sentence
    document_source = False
    if ref is None:
        sentence = text[sent_start:right_end]
        match = _SOURCE_CUE.search(sentence)
        if match:
            where = sent_start + match.end()
            pronoun = _OBJECT_PRONOUN.match(text, where)
            if pronoun:
                return Attribution(kind, Ref("pronoun", _AS_SUBJECT[pronoun.group(1)], unit.start + where))
            ref = ref_in(text, where, min(right_end, where + 80), unit, registry(), prefer_last=False,
                          objects=True)
            between = text[where:max(where, ref.position - unit.start)] if ref else ""
            apposed = ref is not None and ref.kind == "name" and _DESCRIPTION_SET_OFF.fullmatch(between) is not None \
                and text[ref.position - unit.start + len(ref.text):].startswith(",")
            if ref is not None and not apposed \
                    and not all(w[:1].isupper() or w.lower() in lexicon.TITLES | DETERMINERS for w in between.split()):
                # the source is the words right after the cue ("according to reports, Heidnik …")
                phrase = text[where:right_end].split(",")[0].split()
                ref = None
                document_source = bool(phrase) and phrase[0].strip(".").lower().rstrip("s") in lexicon.DOCUMENT_NOUNS
                if 0 < len(phrase) <= 3 and phrase[-1].lower() in lexicon.PEOPLE_NOUNS:
                    # "according to federal prosecutors, China's ministry …": unnamed people
                    ref = Ref("description", " ".join(phrase), unit.start + where)
            if ref and ref.kind == "description":
                head = ref.text.split()[-1].lower()
                end = ref.position - unit.start + len(ref.text)
                if head in lexicon.DOCUMENT_NOUNS and not _NAMED_OWNER.match(text, end):
                    document_source, ref = True, None
    if ref is not None and ref.kind == "description":
        ref = named_in_apposition(unit, ref, registry()) or ref  # "A spokesman for Globex, Bill Lee, said:"
    return Attribution(kind, ref, document_source)
