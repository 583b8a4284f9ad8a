"""Broken markup must not lose the article: pages whose tags nest past libxml2's limit or whose
closing tags are missing, so that the article ends up inside the site's menu, a link, a button or
a form (the "nested" and "unclosed" breakages of `benchmarks/mutations.py`)."""

from __future__ import annotations

from crawler.items import FetchedPage
from crawler.parsers import parse_page
from crawler.parsers.document import load_document
from crawler.parsers.endtags import close_left_open
from crawler.sites import GENERIC

URL = "https://news.example/2024/05/a-story/"
PARAGRAPHS = [
    "The council met on Tuesday evening to decide how the new bridge over the river would be paid for.",
    "Residents had asked for a footpath on both sides, and the engineers said the budget could allow it.",
    "A vote on the final design is planned for the autumn, after a second round of public hearings.",
    "Until then the old ferry keeps running every half hour, the operator said in a statement.",
    "The ferry's crew, who have worked the crossing for years, said they were glad to see it replaced.",
    "Shops on the south bank expect more customers once walking across takes two minutes instead of ten.",
]
ARTICLE = ("<article><h1>Council decides how to pay for the new bridge</h1>"
           + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article>")


def _body_text(markup: str) -> str:
    article = parse_page(FetchedPage(url=URL, body=markup.encode(), headers={"content-type": "text/html"},
                                     site="generic"), GENERIC)
    return " ".join(block.text for section in article.body for block in section.blocks)


def test_text_after_thousands_of_unclosed_tags_is_parsed():
    markup = "<html><body><p>Before.</p>" + "<div>" * 3000 + "<p>After the deep nesting.</p></body></html>"
    _, root = load_document(markup.encode())
    assert "After the deep nesting." in root.text_content()


def test_an_article_after_thousands_of_unclosed_divs_is_read():
    markup = ("<html><head><title>Council decides</title></head><body><header>Menu</header>"
              + "<div>" * 3000 + ARTICLE + "</body></html>")
    assert PARAGRAPHS[2] in _body_text(markup)


def test_a_run_of_unclosed_divs_inside_the_headline_leaves_the_text_outside_it():
    # one unclosed <div> kept in the <h1> would take the rest of the page into the headline
    markup = "<html><body><h1>Council decides" + "<div>" * 3000 + " how to pay</h1><p>The text.</p></body></html>"
    _, root = load_document(markup.encode())
    assert root.find(".//p").getparent().tag == "body"


def test_an_article_left_inside_the_menu_link_is_read():
    # the menu's closing tags are missing: the rest of the page is inside its link and <noscript>
    markup = ("<html><head><title>Council decides</title></head><body><header class='site-header'>"
              "<div class='main-navigation'><a href='/donate'><noscript><img src='/px.gif'>"
              f"<main class='site-main'>{ARTICLE}</main></body></html>")
    assert PARAGRAPHS[0] in _body_text(markup) and PARAGRAPHS[3] in _body_text(markup)


def test_an_article_left_inside_a_button_and_a_form_is_read():
    markup = ("<html><head><title>Council decides</title></head><body><form class='search'>"
              "<textarea></textarea><button class='menu-toggle'><span>Menu</span>"
              f"<div class='content'>{ARTICLE}</div></body></html>")
    assert PARAGRAPHS[1] in _body_text(markup)


def test_an_article_left_inside_a_link_and_a_caption_is_read():
    # the brand link and, inside the article, the picture's caption are left open around the text
    markup = ("<html><head><title>Council decides</title></head><body><div class='consent'><p>We use cookies "
              "to improve your experience on this website, as our privacy policy describes.</p></div>"
              "<header><nav class='navbar'><a class='navbar-brand' href='/'><article class='post'><h1>Council decides how to pay for the new bridge</h1>"
              "<figure><img src='/bridge.jpg'><figcaption>The old ferry. Photo: City archive"
              + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article></body></html>")
    assert PARAGRAPHS[2] in _body_text(markup)


def test_a_page_left_inside_a_menu_button_is_read():
    # no element marks the article: the lenient look reads the button that holds its paragraphs
    markup = ("<html><head><title>Council decides</title></head><body><div class='top-bar'>"
              "<button class='dropdown-button'><span>Sections</span><div class='story'>"
              "<h1>Council decides how to pay for the new bridge</h1>"
              + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</div></body></html>")
    assert PARAGRAPHS[2] in _body_text(markup)


def test_a_story_after_a_credit_link_left_holding_an_open_div_is_read():
    # libxml2 ignores the </a>, </figcaption> and </figure> after the open <div>: the paragraphs
    # would be the picture's caption; the page is parsed again with that div closed where a
    # browser closes it
    markup = ("<html><head><title>Council decides</title></head><body><article>"
              "<h1>Council decides how to pay for the new bridge</h1><figure><img src='/bridge.jpg'><figcaption>"
              "The old ferry. <a href='/archive'><div class='credit'>City archive</a></figcaption></figure>"
              + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article></body></html>")
    text = _body_text(markup)
    assert PARAGRAPHS[0] in text and PARAGRAPHS[5] in text and "archive" not in text


def test_divs_left_open_are_closed_before_the_end_tag_they_would_make_libxml2_ignore():
    markup = b"<nav><a href='/'><div><div>Home</a></nav><p>Text</p>"
    assert close_left_open(markup) == b"<nav><a href='/'><div><div>Home</div></div></a></nav><p>Text</p>"
    _, root = load_document(close_left_open(markup))
    assert root.find(".//p").getparent().tag == "body"


def test_markup_libxml2_reads_as_written_is_left_alone():
    for markup in (b"<div><a href='/'><div>Home</div></a></div><p>Text</p>",
                   b"<table><tr><td><div>cell</td></tr></table>",  # a cell's end closes its div in libxml2 too
                   b"<script>if (a) document.write('</a>')</script><a><div>x</div></a>"):
        assert close_left_open(markup) is markup
