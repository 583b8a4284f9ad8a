"""Authors: people (or an organisation) from JSON-LD, meta tags, microdata or the visible byline.

No "By", no roles, no "Staff"; one name per item, in the page's order, without duplicates.

`choice` reads the sources in order of trust and picks the answer, `bylines` finds the bylines a
page shows, `names` turns the strings of any source into names (visible bylines are accepted
only when every part reads as a name, a role or a date).
"""

from crawler.parsers.authors.choice import choose_authors
from crawler.parsers.authors.names import clean_authors

__all__ = ["choose_authors", "clean_authors"]
