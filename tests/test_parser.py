"""Parser units on small inline pages: document bounds, metadata, title, dates, authors, lead,
body walk (sections, lists, tables, boilerplate) and quote blocks."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.items import FetchedPage
from crawler.parsers import GENERIC, parse_html, parse_page
from crawler.parsers.authors import clean_authors
from crawler.parsers.boilerplate import boilerplate_token
from crawler.parsers.dates import parse_date
from crawler.parsers.document import MAX_BYTES, MAX_ELEMENTS, load_document
from crawler.parsers.errors import NotAnArticle
from crawler.parsers.lead import without_byline
from crawler.parsers.metadata import read_metadata
from crawler.parsers.quoteblocks import is_quote_container, parse_attribution
from crawler.parsers.titles import choose_title
from crawler.sites import profile_for
from tests.helpers import recorded_searches

URL = "https://news.example.org/2024/05/03/story"
PROSE = ("The council met on Tuesday evening to discuss the new budget, which has been delayed "
         "twice this year because of disagreements over school funding. ")


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head>{head}</head><body>{body}</body></html>"


def article(inner: str, head: str = "") -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(8)) + "</ul></nav>"
    return page(f"<header>{nav}</header><main><article><h1>Budget delayed again</h1>{inner}</article></main>"
                "<footer><p>© Example News</p></footer>", head)


# ---------------------------------------------------------------- document
@pytest.mark.parametrize(("body", "headers", "reason"), [
    (b"", {}, "empty page"),
    (b"   ", {}, "empty page"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", {"content-type": "image/png"}, "not html (image/png)"),
    (b"\x00\x01\x02binary", {}, "binary content"),
])
def test_non_pages_are_rejected_with_a_reason(body, headers, reason):
    with pytest.raises(NotAnArticle, match=r"^" + reason.replace("(", r"\(").replace(")", r"\)") + "$"):
        parse_page(FetchedPage(url=URL, body=body, headers=headers), GENERIC)


def test_a_page_with_a_stray_nul_byte_is_still_a_page():
    html = article(f"<p>{PROSE}</p>").replace("<article>", "<article>\x00").replace("<h1>", "<\x00h1>")
    assert "council met" in parse_page(FetchedPage(url=URL, body=html.encode(), headers={}), GENERIC).text


def test_nul_bytes_in_a_pages_first_tags_do_not_turn_them_into_text():
    # "<\0html" is no tag to libxml2: the body would open there, before the head, with the tag as text
    html = "<\x00!DOCTYPE html><\x00html lang='en'><head><title>Budget delayed</title></head><body><p>Text.</p></body></html>"
    _text, root = load_document(html.encode())
    assert root.find("head/title") is not None and "html lang" not in root.find("body").text_content()


def test_a_page_with_a_burst_of_garbage_bytes_near_its_top_is_still_a_page():
    # 64 bytes of a corrupted transfer in the first 2 KB, a dozen control bytes among them: a
    # binary file holds such bytes throughout, this page only there
    html = article(f"<p>{PROSE}</p>" * 40).encode()
    garbage = bytes(range(32)) * 2
    page = FetchedPage(url=URL, body=html[:300] + garbage + html[300:], headers={})
    assert "council met" in parse_page(page, GENERIC).text


def test_control_bytes_throughout_are_binary_content_whatever_comes_first():
    noise = bytes(range(256)) * 40  # an image's or an archive's bytes
    for body in (noise, b"<html><body><p>" + noise):
        with pytest.raises(NotAnArticle, match="^binary content$"):
            parse_page(FetchedPage(url=URL, body=body, headers={}), GENERIC)


def test_huge_pages_are_rejected():
    with pytest.raises(NotAnArticle, match="page too large"):
        load_document(b"<p>" + b"x" * MAX_BYTES)


def test_the_tightest_markup_over_the_element_limit_is_still_counted():
    # three bytes per element: short pages skip the count, but not one that can hold too many
    with pytest.raises(NotAnArticle, match="page too large"):
        load_document(b"<p>" * MAX_ELEMENTS)


def test_the_element_limit_counts_every_element_of_the_page():
    # libxml2 adds <html> and <body> around the paragraphs: the last page has one element too many
    load_document(b"<p>" * (MAX_ELEMENTS - 2))
    with pytest.raises(NotAnArticle, match="page too large"):
        load_document(b"<p>" * (MAX_ELEMENTS - 1))


def test_deep_nesting_is_bounded():
    """50,000 nested divs neither stall the walks nor hide the text beneath them."""
    html = "<div>" * 50_000 + PROSE + "</div>" * 50_000
    article = parse_html(html, URL)
    assert article.body and article.body[0].blocks


def test_http_charset_wins_over_a_stale_meta_charset():
    html = "<html><head><meta charset='iso-8859-15'></head><body><p>Привет, мир</p></body></html>"
    _text, root = load_document(html.encode("utf-8"), "text/html; charset=utf-8")
    assert "Привет" in root.text_content()


def test_meta_charset_used_without_header():
    html = "<html><head><meta charset='windows-1251'></head><body><p>Привет</p></body></html>"
    _text, root = load_document(html.encode("cp1251"))
    assert "Привет" in root.text_content()


def test_no_body_text_is_not_an_article():
    with pytest.raises(NotAnArticle, match="no body text"):
        parse_html(page("<nav><a href='/'>Home</a></nav>"), URL)


# ---------------------------------------------------------------- metadata
def test_jsonld_graph_is_read():
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example"},
        {"@type": "NewsArticle", "headline": "From the graph", "datePublished": "2024-05-03T10:00:00+02:00"}]}
        </script>"""
    _text, root = load_document(page("<p>x</p>", head))
    meta = read_metadata(root)
    assert meta.jsonld[0]["headline"] == "From the graph"
    assert meta.language == "en"


def test_broken_jsonld_is_ignored():
    _text, root = load_document(page("<p>x</p>", '<script type="application/ld+json">{nope</script>'))
    assert read_metadata(root).jsonld == []


# ---------------------------------------------------------------- title
def _meta(head: str):
    return read_metadata(load_document(page("<p>x</p>", head))[1])


def test_title_drops_the_site_suffix_of_og_title():
    meta = _meta("<title>Budget delayed again | Example News</title>"
                 "<meta property='og:title' content='Budget delayed again | Example News'>"
                 "<meta property='og:site_name' content='Example News'>")
    assert choose_title(meta, ["Budget delayed again"]) == "Budget delayed again"


def test_title_prefers_the_h1_part_of_a_kicker_title():
    meta = _meta("<meta property='og:title' content='Council | Budget delayed again'>")
    assert choose_title(meta, ["Budget delayed again"]) == "Budget delayed again"


def test_title_falls_back_to_title_parts():
    meta = _meta("<title>Budget delayed again - Example News</title>"
                 "<meta property='og:site_name' content='Example News'>")
    assert choose_title(meta, []) == "Budget delayed again"


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize(("raw", "expected"), [
    ("2025-09-23T13:05:00+03:00", "2025-09-23T13:05:00+03:00"),
    ("2024-05-03", "2024-05-03"),
    ("May 3, 2024 10:00 AM EDT", "2024-05-03T10:00:00-04:00"),
    ("Tue, 23 Sep 2025 10:00:00 GMT", "2025-09-23T10:00:00+00:00"),
    ("not a date", None),
    ("", None),
])
def test_dates_keep_their_offset(raw, expected):
    assert parse_date(raw) == expected


def test_published_comes_from_article_meta():
    html = article(f"<p>{PROSE}</p>", "<meta property='article:published_time' content='2024-05-03T08:00:00+01:00'>")
    assert parse_html(html, URL).published == "2024-05-03T08:00:00+01:00"


# ---------------------------------------------------------------- authors
@pytest.mark.parametrize(("raw", "expected"), [
    (["By John Smith and Jane Doe"], ["John Smith", "Jane Doe"]),
    (["Maria Lopez | Senior Correspondent"], ["Maria Lopez"]),
    (["Staff"], []),
    (["https://example.org/authors/x"], []),
    (["Anna Berg", "anna berg"], ["Anna Berg"]),
])
def test_authors_are_names_only(raw, expected):
    assert clean_authors(raw) == expected


def test_byline_markup_gives_each_name():
    html = article(f"<div class='byline'>By <a href='/a'>Ann Lee</a> and <a href='/b'>Bo Chen</a></div><p>{PROSE}</p>")
    assert parse_html(html, URL).authors == ["Ann Lee", "Bo Chen"]


# ---------------------------------------------------------------- body
def test_a_results_table_that_is_the_whole_content_is_the_body():
    rows = "".join(f"<tr><td><div>{place}</div></td><td><div>Runner {place} Smith</div></td>"
                   f"<td><div>Club {place % 5}</div></td><td><div>0:3{place % 10}:1{place % 7}</div></td></tr>"
                   for place in range(1, 40))
    html = page("<nav><ul><li><a href='/'>Home</a></li><li><a href='/results'>Results</a></li></ul></nav>"
                f"<main><h1>Results of the 10 km city race</h1><table>{rows}</table></main>"
                "<footer><p>Copyright 2022 City Athletics Club.</p></footer>")
    body = parse_html(html, "https://club.example.org/results/10k").body
    assert [block.kind for section in body for block in section.blocks] == ["table"]
    assert "39 Runner 39 Smith Club 4 0:39:14" in body[0].blocks[0].text


def test_sections_lists_tables_in_document_order():
    html = article(
        f"<p>{PROSE}</p><h2>What changes</h2><p>{PROSE}</p><ul><li>Schools</li><li>Roads</li></ul>"
        "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Schools</td><td>12</td></tr></table>"
        f"<h3>Next steps</h3><p>{PROSE}</p>")
    body = parse_html(html, URL).body
    assert [s.heading for s in body] == [None, "What changes", "Next steps"]
    assert [b.kind for b in body[1].blocks] == ["paragraph", "list", "table"]
    assert body[1].blocks[1].text == "Schools\nRoads"
    assert body[1].blocks[2].text == "Item Cost\nSchools 12"


def test_program_code_is_a_code_block_with_its_lines_and_no_quotations():
    """A <pre> holding <code> (or classed as code) keeps its lines and indentation, and its
    string literals are not quotations; a plain <pre> of prose stays a paragraph."""
    code = 'names = ["Ann", "Bo"]\nfor name in names:\n    print(f"hello {name}")'
    html = article(f"<p>{PROSE}</p><div class='highlight'><pre><code>{code}\n</code></pre></div>"
                   f"<pre class='language-python'>x = 'y'</pre><pre>A poem set out\nline by line</pre>")
    parsed = parse_html(html, URL)
    blocks = [(b.kind, b.text) for b in parsed.body[0].blocks]
    assert blocks[1:] == [("code", code), ("code", "x = 'y'"), ("paragraph", "A poem set out line by line")]
    assert parsed.quotes == []


def test_boilerplate_is_left_out():
    html = article(
        f"<p>{PROSE}</p><div class='share-bar'><a href='#'>Share on X</a> Share this</div>"
        "<figure><img src='a.jpg'><figcaption>A caption</figcaption></figure>"
        "<div class='newsletter-box'><p>Sign up for our newsletter to get every story first.</p></div>"
        "<p>Read more: <a href='/x'>Another story about something else entirely</a></p>"
        f"<p>{PROSE.upper()}</p><aside class='related'><ul><li><a href='/r'>Related story</a></li></ul></aside>")
    text = parse_html(html, URL).text
    for chrome in ("Share", "caption", "newsletter", "Read more", "Related"):
        assert chrome not in text
    assert PROSE.strip() in text and PROSE.upper().strip() in text


def test_chrome_heading_skips_what_follows_it():
    html = article(f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><h2>More from Example</h2>"
                   "<p>A teaser paragraph that belongs to another story entirely, not this one.</p>")
    article_ = parse_html(html, URL)
    assert "teaser" not in article_.text and [s.heading for s in article_.body] == [None]


def test_lead_is_kept_out_of_the_body():
    lead = "The city's spending plan slips for a third time as talks stall."
    html = article(f"<p class='article-lead'>{lead}</p><p>{PROSE}</p>")
    parsed = parse_html(html, URL)
    assert parsed.lead == lead
    assert lead not in parsed.text


def test_byline_closing_the_lead_is_not_part_of_it():
    lead = "The city's spending plan slips for a third time as talks stall."
    author = "<meta name='author' content='Eva Muster'>"
    parsed = parse_html(article(f"<p class='article-lead'>{lead} <i>By Eva Muster</i></p><p>{PROSE}</p>", author), URL)
    assert (parsed.authors, parsed.lead) == (["Eva Muster"], lead)
    phrase = f"{lead} A comment by Eva Muster"  # the standfirst's own words, not a byline after it
    assert parse_html(article(f"<p class='article-lead'>{phrase}</p><p>{PROSE}</p>", author), URL).lead == phrase


@pytest.mark.parametrize("lead, kept", [
    ("Die Altstadt wird wieder lebendig. VON eva muster", "Die Altstadt wird wieder lebendig."),  # any case
    ("Die Altstadt wird wieder lebendig. Von Eva Muster und Jan Roe", None),  # not a name of hers alone
    ("Le centre revit. Par ailleurs, Eva Muster", None),  # a byline word, no byline
    ("The old town comes back to life, Eva Muster writes", None),  # no byline word at all
])
def test_lead_loses_only_a_closing_byline_of_an_author(lead, kept):
    assert without_byline(lead, ["Jan Roe", "Eva Muster"]) == (kept or lead)


def test_bold_paragraph_is_a_sub_heading():
    html = article(f"<p>{PROSE}</p><p><strong>Why it matters</strong></p><p>{PROSE}</p>")
    assert [s.heading for s in parse_html(html, URL).body] == [None, "Why it matters"]


@pytest.mark.parametrize("value", ["share-bar", "related_links", "ad-slot", "c-byline", "newsletter"])
def test_boilerplate_class_names(value):
    assert boilerplate_token(value)


@pytest.mark.parametrize("value", ["article-body", "has-sidebar", "load-more", "headline", "post-123 tag-foo"])
def test_content_class_names(value):
    assert not boilerplate_token(value)


# ---------------------------------------------------------------- quote blocks
def _quote_blocks(html: str):
    return [b for s in parse_html(html, URL).body for b in s.blocks if b.kind == "quote"]


def test_blockquote_with_following_attribution_line():
    blocks = _quote_blocks(article(
        f"<p>{PROSE}</p><blockquote><p>“We will not give up.”</p></blockquote>"
        f"<p>— Jane Roe, Mayor of Springfield</p><p>{PROSE}</p>"))
    assert [(b.text, b.speaker, b.role) for b in blocks] == [("“We will not give up.”", "Jane Roe", "Mayor of Springfield")]
    assert "— Jane Roe" not in parse_html(article(
        f"<p>{PROSE}</p><blockquote><p>“We will not give up.”</p></blockquote><p>— Jane Roe</p>"), URL).text


def test_figure_quote_with_figcaption():
    blocks = _quote_blocks(article(
        f"<p>{PROSE}</p><figure><blockquote>Budgets are moral documents.</blockquote>"
        "<figcaption>— Sam Park, Treasurer</figcaption></figure>"))
    assert [(b.speaker, b.role) for b in blocks] == [("Sam Park", "Treasurer")]
    assert blocks[0].text == "Budgets are moral documents."


@pytest.mark.parametrize(("signature", "speaker"), [
    ("&mdash; Rep. Jane Example (@janeexample) <a href='https://twitter.com/janeexample/status/1'>May 3, 2025</a>",
     "Rep. Jane Example"),
    ("— MAKS 26 🇺🇦👀 (@Maks_Example) <a href='https://x.com/Maks_Example/status/2'>July 18, 2026</a>", "MAKS 26"),
    ("— (@nameless) <a href='https://x.com/nameless/status/3'>July 18, 2026</a>", "@nameless"),
    ("<p>— CDU/CSU (@cdu_example) <a href='https://twitter.com/cdu_example/status/4'>November 2, 2021</a></p>", "CDU/CSU"),
])
def test_an_embedded_x_post_is_a_quote_block_of_its_signer(signature, speaker):
    post = ("<blockquote class='twitter-tweet'><p lang='en' dir='ltr'>We will keep counting every vote. "
            f"pic.twitter.com/AbC123</p>{signature}</blockquote>"
            "<script async src='https://platform.twitter.com/widgets.js'></script>")
    blocks = _quote_blocks(article(f"<p>{PROSE}</p>{post}<p>{PROSE}</p>"))
    assert [(b.text, b.speaker) for b in blocks] == [("We will keep counting every vote. pic.twitter.com/AbC123", speaker)]


def test_an_embedded_bluesky_post_is_a_quote_block_of_its_signer():
    post = ("<blockquote class='bluesky-embed' data-bluesky-uri='at://did:plc:abc/app.bsky.feed.post/3k'>"
            "<p lang='en'>We will keep counting every vote.</p>&mdash; Jane Example "
            "(<a href='https://bsky.app/profile/did:plc:abc'>@jane.bsky.social</a>) "
            "<a href='https://bsky.app/profile/did:plc:abc/post/3k'>May 3, 2025 at 9:04 PM</a></blockquote>")
    blocks = _quote_blocks(article(f"<p>{PROSE}</p>{post}<p>{PROSE}</p>"))
    assert [(b.text, b.speaker) for b in blocks] == [("We will keep counting every vote.", "Jane Example")]


def test_an_embedded_instagram_post_stays_out_of_the_body():
    post = ("<blockquote class='instagram-media'><a href='https://www.instagram.com/p/1/'>View this post on Instagram</a>"
            "<p><a href='https://www.instagram.com/p/1/'>A post shared by Jane (@jane)</a></p></blockquote>")
    assert "Instagram" not in parse_html(article(f"<p>{PROSE}</p>{post}<p>{PROSE}</p>"), URL).text


def test_an_embedded_post_in_a_blockquote_named_as_social_chrome_stays_in_the_body():
    post = ("<blockquote class='social-embed'><p>We will keep counting every vote.</p>"
            "<p class='embed-attribution'>— Rep. Jane Example (@janeexample) May 3, 2025</p></blockquote>")
    assert "We will keep counting every vote." in parse_html(article(f"<p>{PROSE}</p>{post}<p>{PROSE}</p>"), URL).text


def test_pull_quote_div_with_cite():
    blocks = _quote_blocks(article(
        f"<p>{PROSE}</p><div class='pull-quote'><p>“It is time.”</p><cite>Lee Kim</cite></div>"))
    assert [(b.text, b.speaker, b.role) for b in blocks] == [("“It is time.”", "Lee Kim", None)]


@pytest.mark.parametrize("markup, verdict", [
    ("<blockquote>x</blockquote>", True),
    ("<blockquote class='twitter-tweet'>x</blockquote>", True),
    ("<blockquote class='reddit-card'>x</blockquote>", False),
    ("<figure class='Instagram-Media'><blockquote>x</blockquote></figure>", False),
    ("<figure><blockquote>x</blockquote></figure>", True),
    ("<figure class='pullquote'>x</figure>", True),
    ("<div class='pull-quote'>x</div>", True),
    ("<div class='pull-quote tiktok-embed'>x</div>", False),
    ("<div id='quote'>x</div>", True),
    ("<div class='quotes-of-the-day-promo'>x</div>", False),
    ("<span class='quote'>x</span>", False),
    ("<div class='Article-PullQuote'>x</div>", True),
    ("<section class='QUOTATION'>x</section>", True),
])
def test_quote_containers_and_embeds(markup, verdict):
    # the embed names are looked for after the quote names: the verdicts stay those of either order
    assert is_quote_container(lxml.html.fragment_fromstring(markup)) is verdict


def test_a_box_named_without_quot_is_not_searched(monkeypatch):
    """The quote-name search runs only on names holding "quot" in some case."""
    import crawler.parsers.quoteblocks as quoteblocks

    searched = recorded_searches(monkeypatch, quoteblocks, "_QUOTE_CLASS", "search")
    assert not is_quote_container(lxml.html.fragment_fromstring("<div class='article-body' id='main'>x</div>"))
    assert is_quote_container(lxml.html.fragment_fromstring("<div class='Block-Quote'>x</div>"))
    assert searched == ["Block-Quote "]


def test_quote_paragraph_followed_by_dash_line():
    blocks = _quote_blocks(article(f"<p>{PROSE}</p><p>“Nobody asked us.”</p><p>— Ana Ruiz</p><p>{PROSE}</p>"))
    assert [(b.text, b.speaker) for b in blocks] == [("“Nobody asked us.”", "Ana Ruiz")]


@pytest.mark.parametrize(("line", "expected"), [
    ("— Kim Jong Un, Leader of North Korea", ("Kim Jong Un", "Leader of North Korea")),
    ("– Vyacheslav Volodin", ("Vyacheslav Volodin", None)),
    ("-- Ann Lee, CEO, Acme", ("Ann Lee", "CEO, Acme")),
    ("No dash here", None),
    ("— lowercase start", None),
    ("NZ Transport Agency Tairāwhiti (@NZTA_Tairawhiti) June 24, 2025", ("NZ Transport Agency Tairāwhiti", None)),
    ("Photo: (@someone)", None),
])
def test_attribution_lines(line, expected):
    assert parse_attribution(line) == expected


# ---------------------------------------------------------------- article
def test_article_header_fields_and_parser_name():
    head = ("<meta property='og:title' content='Budget delayed again'><link rel='canonical' href='/canon'>"
            "<meta property='article:section' content='Politics'>")
    parsed = parse_html(article(f"<p>{PROSE}</p>", head), URL)
    assert (parsed.title, parsed.section, parsed.language) == ("Budget delayed again", "Politics", "en")
    assert parsed.canonical_url == "https://news.example.org/canon"
    assert (parsed.site, parsed.parser) == ("generic", "generic@1")


def test_unknown_site_name_is_a_usage_error_when_the_profile_is_chosen():
    with pytest.raises(ValueError, match="unknown site 'nosuchsite'; known: auto, generic, pravda"):
        profile_for(URL, "nosuchsite")


def test_visible_meta_description_under_the_headline_is_the_lead():
    dek = "The city's spending plan slips for a third time as talks stall again."
    html = article(f"<div class='sub'>{dek}</div><p>{PROSE}</p>", f"<meta name='description' content=\"{dek}\">")
    parsed = parse_html(html, URL)
    assert parsed.lead == dek and dek not in parsed.text


def test_lead_after_an_indented_date_line_is_found():
    # a CMS template indents its date and category line over many lines: read, it is a short
    # line, not the text's first paragraph, and the lead-classed teaser after it is the lead
    dek = "Volunteers fix broken appliances at the repair café on Friday, from three to six."
    indent = "\n" + " " * 40
    date_line = f"<p>{indent}<time>27.01.2020</time>{indent}<span>Community{indent}Home{indent}App</span>{indent}</p>"
    html = page(f"<div class='article'><h3>Repair café on Friday</h3><div class='footer'>{date_line}</div>"
                f"<div class='teaser-text'><p>{dek}</p></div><div class='news-text'><p>{PROSE}</p><p>{PROSE}</p></div></div>")
    parsed = parse_html(html, URL)
    assert parsed.lead == dek and dek not in parsed.text


def test_jsonld_article_body_when_the_page_renders_no_text():
    body = "First paragraph of the story, long enough to count as text. " * 5
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rendered by script",'
            f' "articleBody": "{body}\\n{body}"}}</script>')
    parsed = parse_html(page("<div id='app'></div>", head), URL)
    assert [b.text for b in parsed.body[0].blocks] == [body.strip(), body.strip()]


def test_pages_with_too_many_elements_are_rejected_quickly():
    html = page("<div><p>Some text that is long enough to be a paragraph.</p></div>" * 40_000)
    with pytest.raises(NotAnArticle, match="page too large"):
        parse_html(html, URL)


def test_embed_consent_notices_are_left_out():
    notice = ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. "
              "Personenbezogene Daten können an Drittplattformen übermittelt werden.")
    text = parse_html(article(f"<p>{PROSE}</p><div class='box'><p>{notice}</p></div><p>{PROSE}</p>"), URL).text
    assert "einverstanden" not in text


def test_visible_date_search_leaves_the_page_tree_alone():
    """htmldate cleans a copy of the tree it is given (scripts, footers, ...): the body walk
    after it still sees the page as it was."""
    import lxml.html

    from crawler.parsers.dates import _visible_date

    html = ("<html><body><script>var x = 1;</script><nav>Menu</nav><article><p>Posted on 3 March 2024."
            "</p><p>Text of the article that is long enough.</p></article><footer>(c) 2024</footer>"
            "</body></html>")
    root = lxml.html.document_fromstring(html)
    before = lxml.html.tostring(root)
    assert _visible_date(root) == "2024-03-03"
    assert lxml.html.tostring(root) == before


def test_page_elements_give_the_text_lxml_html_gives():
    _text, root = load_document(page(
        "<div id='box'>Caf&eacute; <b>na&#239;ve</b><script>var x = 1;</script><p>Ann&nbsp;Lee</p>"
        "<!-- note --> end</div> after", ""))
    box = root.find(".//div")
    assert box.text_content() == "Café naïvevar x = 1;Ann\xa0Lee end"
    assert box.text_content() == lxml.html.HtmlElement.text_content(box)


def test_headline_block_spelled_as_the_jsonld_alternative_headline_is_no_paragraph():
    # the story is shown under a kicker and a second headline that JSON-LD names alternativeHeadline
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget delayed again",'
            ' "alternativeHeadline": "Council in trouble - Schools wait for their money"}</script>')
    block = ("<h2><span>Council in trouble </span><div class='font-bold'>Schools wait for their money</div></h2>")
    parsed = parse_html(article(f"{block}<p>{PROSE}</p><p>{PROSE}</p>", head), URL)
    assert "Schools wait" not in parsed.text
