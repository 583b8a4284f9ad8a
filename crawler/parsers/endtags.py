"""End tags libxml2 ignores: the `</div>`s a page leaves open, closed where a browser closes them.

libxml2's HTML parser lets an end tag close only elements of lower or equal "end priority"
(`<div>` 150, table parts 160-190, every other tag 100). So a `<div>` left open inside a link, a
menu, an aside or a footer makes it ignore that element's `</a>`, `</nav>`, `</aside>` or
`</footer>`, and the rest of the section, often the rest of the page and the article with it,
lands inside the link or the menu. A browser closes the open divs there (the HTML standard pops
the elements above a closed block; a link's text ends at `</a>`). `close_left_open` writes the
missing `</div>`s before each such end tag, as libxml2's own rules would reach it.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    rb"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>", re.S | re.I)
"""Comments and raw-text scripts and styles (passed over whole), and tags."""
_END_PRIORITY = {b"div": 150, b"td": 160, b"th": 160, b"tr": 170, b"thead": 180, b"tbody": 180, b"tfoot": 180,
                 b"table": 190, b"head": 200, b"body": 200, b"html": 220}
"""libxml2's end priorities (`htmlEndPriority`); any other tag has 100."""
_DEFAULT_PRIORITY = 100
_VOID = frozenset({b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param",
                   b"source", b"track", b"wbr", b"keygen", b"basefont", b"frame", b"isindex"})
_BLOCKS = frozenset({b"p", b"div", b"ul", b"ol", b"dl", b"table", b"h1", b"h2", b"h3", b"h4", b"h5", b"h6", b"pre",
                     b"blockquote", b"form", b"section", b"article", b"aside", b"header", b"footer", b"nav", b"main",
                     b"figure", b"address", b"fieldset", b"li", b"hr"})
_CLOSED_BY = {b"p": _BLOCKS, b"li": frozenset({b"li"}), b"dt": frozenset({b"dt", b"dd"}),
              b"dd": frozenset({b"dt", b"dd"}), b"td": frozenset({b"td", b"th", b"tr"}),
              b"th": frozenset({b"td", b"th", b"tr"}), b"tr": frozenset({b"tr"}), b"a": frozenset({b"a"}),
              b"option": frozenset({b"option", b"optgroup"})}
"""Open elements a start tag closes when they are the current one (the cases of libxml2's
`htmlStartClose` that keep the stack of divs right)."""
_DIV = b"div"
_CLOSE_DIV = b"</div>"


def close_left_open(markup: bytes) -> bytes:
    """`markup` with `</div>` written before each end tag that open divs (and only divs, not
    table parts) would make libxml2 ignore, one for each such div, so that the end tag closes
    its element; the markup itself when there is none."""
    stack: list[bytes] = []
    pieces: list[bytes] = []
    done = 0
    for match in _TOKEN.finditer(markup):
        name = match.group(3)
        if name is None:
            continue  # a comment, a script, a style
        name = name.lower()
        if not match.group(2):
            _open(stack, name, bool(match.group(4)))
            continue
        divs = _divs_in_the_way(stack, name)
        if divs is None:
            continue  # not open, or a table part in the way: libxml2 ignores it, and so would a browser
        if divs:
            pieces.append(markup[done:match.start()])
            pieces.append(_CLOSE_DIV * divs)
            done = match.start()
        while stack.pop() != name:
            pass
    if not pieces:
        return markup
    pieces.append(markup[done:])
    return b"".join(pieces)


def _open(stack: list[bytes], name: bytes, self_closed: bool) -> None:
    while stack and name in _CLOSED_BY.get(stack[-1], ()):
        stack.pop()
    if name not in _VOID and not self_closed:
        stack.append(name)


def _divs_in_the_way(stack: list[bytes], name: bytes) -> int | None:
    """How many open divs stand between the end tag `name` and its open element (each would
    make libxml2 ignore it); None when it has no open element or something else blocks it."""
    priority = _END_PRIORITY.get(name, _DEFAULT_PRIORITY)
    divs = 0
    for index in range(len(stack) - 1, -1, -1):
        open_name = stack[index]
        if open_name == name:
            return divs
        open_priority = _END_PRIORITY.get(open_name, _DEFAULT_PRIORITY)
        if open_priority > priority:
            if open_name != _DIV:
                return None
            divs += 1
    return None
