"""Quotations in an article's body and who said them: `extract_quotes(article) -> list[Quote]`.

`reader` reads the article in order (its docstring tells how a speaker is settled); `document`
lays it out as units, `spans` finds the quoted spans, `mentions` the names and the people and
organisations they refer to, `attribution` each span's said-clause, `speakers` the fullest name
for a reference, `surroundings` the text around a quotation its sentence does not attribute,
`quotation` the quotation being read, `lexicon` the word lists.
"""

from crawler.parsers.quotes.reader import extract_quotes

__all__ = ["extract_quotes"]
