"""Body walk: the article container in document order -> sections of blocks.

`<h2>`..`<h6>`, sub-heading-classed paragraphs and short all-bold paragraphs or lines between
`<br>`s start sections; paragraphs (incl. text runs split by `<br>`s), lists, tables and quote
blocks become blocks. Boilerplate subtrees, figures' captions (not a photo gallery's, which tell
its story: `gallery`), link-heavy lists/paragraphs and stock, byline and timestamp lines are
left out (a line of the article's author names too, and their closing bio), and so are pull quotes (quote blocks repeating the text). What only looks
like a sub-heading is not one: a label above the first paragraph, a line ending with a full
stop or colon, the title of a list of links, a trailing box after the article, and all-bold
paragraphs on a page that tags its sub-headings. A site profile can name elements to treat as
headings, quote blocks, attribution lines or drops (`WalkRules`).

`walker` walks the container, `elements` tells what an element is before the walker enters
it, `lines` what a run of inline text is, `sections` puts the walked sections in order.
"""

from crawler.parsers.body.elements import visible_text
from crawler.parsers.body.walker import WalkRules, walk_body

__all__ = ["WalkRules", "visible_text", "walk_body"]
