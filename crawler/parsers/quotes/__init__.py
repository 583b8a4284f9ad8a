"""Quotations in an article's body and who said them: `extract_quotes(article) -> list[Quote]`.

`reader` reads the article in order (its docstring tells how a speaker is settled); `document`
lays it out as units (a transcript's labelled lines as its speakers' block quotes), `spans` finds
the quoted spans, `repeats` the pull quotes set as paragraphs, `names` the names written in a unit
(`name_positions` tells where a name stands in its sentence), `mentions` links them into the
people and organisations of `entities` (`entity_evidence` reads what the words around a name
teach about its entity), `attribution` reads each span's said-clause (with `speaker_references`
for speech verbs and their subjects), `speakers` gives the fullest name for a reference (with
`salience` for the person a he or she most likely means, `organisations` for an organisation,
`document_authors` for a document's author, `unnamed_people` for people the article describes
and never names, `sentence_bounds` for where the sentence before starts, `resolution_context` for
what was read before), `surroundings` reads the text around a quotation its sentence does not
attribute, `quotation` is the quotation being read, `lexicon` the word lists and word shapes.
"""

from crawler.parsers.quotes.reader import extract_quotes

__all__ = ["extract_quotes"]
