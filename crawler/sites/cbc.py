"""cbc.ca news: headline `h1.detailHeadline` (og:title is a different, shorter line), deck
`h2.deck`, body `div.story`; embedded videos leave "WATCH | ..." caption paragraphs in the text.
(Written with `newsdesk site new` and the README's "Add a site" checklist.)"""

from __future__ import annotations

from crawler.parsers.profile import PageView, SiteProfile
from crawler.parsers.text import clean_text


class CbcProfile(SiteProfile):
    """CBC News article layout as of 2024."""

    key = "cbc"
    version = 1
    domains = ("cbc.ca",)

    title = "h1.detailHeadline"
    date = "time[datetime]"
    authors = "div.authorprofile-name-container a"
    lead = "h2.deck"
    body = "div.story"
    headings = "div.story h2, div.story h3"
    drop = ("figure", ".embed", ".relatedLinks", "aside")

    def walk_rules(self, page: PageView):
        """Also drop the "WATCH | ..." / "LISTEN | ..." lead-in of each embedded video or audio
        card: a bold or italic run that opens its block (the card follows it in the same div)."""
        rules = super().walk_rules(page)
        for element in page.select("div.story strong, div.story em"):
            parent = element.getparent()
            opens_block = element.getprevious() is None and not (parent.text or "").strip()
            if opens_block and clean_text(element.text_content()).startswith(("WATCH |", "LISTEN |")):
                rules.drop.add(element)
        return rules
