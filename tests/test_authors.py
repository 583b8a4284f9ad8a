"""Authors on small inline pages: one test per rule of `crawler.parsers.authors`."""

from __future__ import annotations

import json

import pytest

from crawler.parsers import parse_html
from crawler.parsers.authors import choose_authors, clean_authors
from crawler.parsers.document import load_document
from crawler.parsers.metadata import read_metadata

PROSE = "<p>The council met on Tuesday evening to discuss the new budget, delayed twice this year.</p>"


def authors_of(body: str = "", head: str = "", jsonld: dict | None = None) -> list[str]:
    if jsonld is not None:
        head += f"<script type='application/ld+json'>{json.dumps(jsonld)}</script>"
    html = f"<html><head>{head}</head><body><article><h1>Budget delayed</h1>{body}{PROSE}</article></body></html>"
    _, root = load_document(html.encode(), "text/html; charset=utf-8")
    return choose_authors(read_metadata(root), root)


def news(author, publisher: str = "Example News") -> dict:
    return {"@type": "NewsArticle", "headline": "Budget delayed", "author": author,
            "publisher": {"@type": "Organization", "name": publisher}}


# ---------------------------------------------------------------- cleaning
@pytest.mark.parametrize(("raw", "expected"), [
    (["Analysis by Chris Cillizza"], ["Chris Cillizza"]),
    (["Autorin/Autor Roman Goncharenko"], ["Roman Goncharenko"]),
    (["(责编：牛镛、岳弘彬)"], ["牛镛", "岳弘彬"]),
    (["by Jeff Foust — November 18, 2019"], ["Jeff Foust"]),
    (["Staff Writer"], []),
    (["MND Staff"], ["MND Staff"]),
    (["BR24 Redaktion"], ["BR24 Redaktion"]),
    (["Updated Monday"], []),
    (["Bruce Y. Lee"], ["Bruce Y. Lee"]),
    (["Enkosi Selane Journalist"], ["Enkosi Selane"]),
    (["Holger Zschäpitz, Leitender Wirtschaftsredakteur"], ["Holger Zschäpitz"]),
    (["AP National Political Writer"], ["AP National Political Writer"]),
    (["Guardian staff reporter"], ["Guardian staff reporter"]),
    (["By Dolores Chang For Dailymail.Com"], ["Dolores Chang"]),
    (["Center for Strategic Studies"], ["Center for Strategic Studies"]),
    (["Kommentar von Jan Sellner"], ["Jan Sellner"]),
    (["News", "Lance Ulanoff", "Share"], ["Lance Ulanoff"]),
    (["admin"], []),
    (["Ana y Juan Pérez", "LISA MASCARO AND ERIC TUCKER"], ["Ana", "Juan Pérez", "Lisa Mascaro", "Eric Tucker"]),
    (["MARY O'BRIEN", "NATURSTROM AG", "AFP", "Bill MCCARTHY"], ["Mary O'Brien", "NATURSTROM AG", "AFP", "Bill MCCARTHY"]),
    (["Trevor Daugherty is the Senior Editor of 9to5Toys. Since joining in 2014, he has specialized in "
      "product reviews, exclusive discounts and the New Toy of the Day. Contact him by e-mail."], []),
    (["Amelie Nishizawa Tokyo-based French writer and fan of Japanese puns."], []),
    (["Erstellt von Andri Bryner"], ["Andri Bryner"]),
    (["Grant Tinsley, PhD"], ["Grant Tinsley"]),
    (["LD"], ["LD"]),
    (["Frank Bueltge - http://bueltge.de"], ["Frank Bueltge"]),
    (["Deutsche Welle (www.dw.com)"], []),
    (["No Author"], []),
    (["Ana María de la Cruz van der Berg"], ["Ana María de la Cruz van der Berg"]),  # particles aside, 5 words
    (["Les Membres du Choeur de Radio France"], ["Les Membres du Choeur de Radio France"]),
    (["Ann Bea Cora Dee Eve Fay"], []),  # six words: a phrase
    (["Eberhard Fuhr (Pressesprecher des Vereins)"], ["Eberhard Fuhr"]),
    (["Ann Lee (Text), Bo Chan (Fotos)"], ["Ann Lee"]),
    (["Redaktion: Ann Lee"], ["Ann Lee"]),
    (["Redaktion Berlin"], ["Redaktion Berlin"]),
    (["deinen Hochzeitsbloggern"], []),
    (["bell hooks", "mix1.de Redaktion", "bergportal GmbH"], ["bell hooks", "mix1.de Redaktion", "bergportal GmbH"]),
    (["Von FOCUS-Online-Experte Robin Tschöpe"], ["Robin Tschöpe"]),
    (["dpa/lno", "MDR THÜRINGEN/ls"], ["dpa/lno", "MDR THÜRINGEN/ls"]),
    (["Redaktion"], ["Redaktion"]),
    (["Eine Kolumne von Ann Lee"], ["Ann Lee"]),
    (["radio.example.de, Frankfurt, Germany"], ["radio.example.de"]),
    (["Ann Lee, Redaktion"], ["Ann Lee"]),
    (["Ann Lee", "Redaktion"], ["Ann Lee"]),  # a desk listed after the writer, as JSON-LD lists it
    (["Ann Lee/Bo Chan", "APA/AP"], ["Ann Lee", "Bo Chan", "APA", "AP"]),
    (["Von Ann Lee/dpa"], ["Ann Lee", "dpa"]),
    (["Ein Gastbeitrag von Ann Lee", "Gastautorin: Bo Chan"], ["Ann Lee", "Bo Chan"]),
    (["Von unserem Korrespondenten Ann Lee"], ["Ann Lee"]),
    (["Mit Material von dpa"], ["dpa"]),
    (["Text: Ann Lee; Fotos: Bo Chan"], ["Ann Lee"]),
    (["Markus M. Haefliger, London, Beat Bumbacher"], ["Markus M. Haefliger", "Beat Bumbacher"]),  # a dateline
    (["Ann Lee, AP, Bo Chan", "Ann Lee, Reuters"], ["Ann Lee", "AP", "Bo Chan", "Reuters"]),
])
def test_clean_authors(raw, expected):
    assert clean_authors(raw) == expected


# ---------------------------------------------------------------- structured sources
def test_declared_organisation_beside_a_person_is_a_co_author():
    author = [{"@type": "Person", "name": "Paula Steiger"}, {"@type": "Organization", "name": "SDA"}]
    assert authors_of(jsonld=news(author)) == ["Paula Steiger", "SDA"]


def test_nested_jsonld_author_lists_are_flattened():
    author = [{"@type": "Person", "name": "Engin Haupt"}, [{"@type": "Person", "name": "Lea Kurz"}]]
    assert authors_of(jsonld=news(author)) == ["Engin Haupt", "Lea Kurz"]


def test_an_html_entity_in_a_jsonld_author_name_is_unescaped_not_split():
    assert authors_of(jsonld=news({"@type": "Person", "name": "Lindsey O&#039;Donnell"})) == ["Lindsey O'Donnell"]
    assert authors_of(jsonld=news(["Ann Lee", "Bo O&#39;Brien"])) == ["Ann Lee", "Bo O'Brien"]


def test_jsonld_author_references_are_resolved_in_the_graph():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": "Budget delayed", "author": {"@id": "https://x.org/#/schema/person/1"}},
        {"@type": "Person", "@id": "https://x.org/#/schema/person/1", "name": "Yoav Schumacher"}]}
    assert authors_of(jsonld=graph) == ["Yoav Schumacher"]


@pytest.mark.parametrize(("meta", "expected"), [
    ("Ann Lee, Bo Chan", ["Ann Lee", "Bo Chan"]),  # JSON-LD kept the first writer only
    ("Bo Chan, Cy Dunn", ["Ann Lee"]),  # other people: JSON-LD is trusted
    ("Ann Lee, Example News", ["Ann Lee"]),  # the meta tag adds the outlet, not a writer
])
def test_an_author_meta_tag_naming_the_jsonld_author_and_more_adds_the_co_authors(meta, expected):
    head = f"<meta name='author' content='{meta}'>"
    assert authors_of(head=head, jsonld=news({"@type": "Person", "name": "Ann Lee"})) == expected


def test_a_desk_is_the_answer_when_nobody_is_named():
    assert authors_of(jsonld=news({"@type": "Person", "name": "MND Staff"})) == ["MND Staff"]


def test_a_named_person_beats_the_outlet_named_as_author_earlier():
    head = "<meta name='author' content='Example News'><meta property='og:site_name' content='Example News'>"
    assert authors_of("<p class='byline'>By Ann Lee</p>", head) == ["Ann Lee"]


def test_an_email_in_meta_author_does_not_hide_written_by():
    head = ("<meta name='author' content='a.sleegers@example.org'>"
            "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Anna Sleegers'>")
    assert authors_of(head=head) == ["Anna Sleegers"]


@pytest.mark.parametrize("tag", ["name='shareaholic:article_author_name'", "property='article:author_name'",
                                 "property='og:author'"])
def test_more_author_meta_tags(tag):
    assert authors_of(head=f"<meta {tag} content='Ann Lee'>") == ["Ann Lee"]


def test_twitter_misc_written_by_meta():
    assert authors_of(head="<meta name='twitter:misc:Written by' content='Dieter Kuckelkorn'>") == ["Dieter Kuckelkorn"]


def test_an_agency_comes_after_a_named_person_in_any_source():
    head = "<meta property='article:author' content='Associated Press in Valencia'>"
    assert authors_of(head=head, jsonld=news({"@type": "Person", "name": "Staff reporter Ann Lee"})) \
        == ["Staff reporter Ann Lee"]
    assert authors_of(head=head, jsonld=news({"@type": "Person", "name": "Example staff reporter"})) \
        == ["Example staff reporter"]


def test_job_titles_and_degrees_are_not_co_authors():
    head = "<meta name='author' content='Greg Beacham, AP Sports Writer'>"
    assert authors_of(head=head) == ["Greg Beacham"]
    assert authors_of(head="<meta name='author' content='Rachael Link, MS'>") == ["Rachael Link"]


def test_the_outlet_beside_a_person_in_a_byline_is_not_a_co_author():
    head = "<meta property='og:site_name' content='MDR'>"
    assert authors_of("<p class='author'>von David Straub, MDR THÜRINGEN</p>", head) == ["David Straub"]


# ---------------------------------------------------------------- visible bylines
def page_authors(html: str) -> list[str]:
    _, root = load_document(html.encode(), "text/html; charset=utf-8")
    return choose_authors(read_metadata(root), root)


@pytest.mark.parametrize("after", [
    "<div class='comments'><span class='author-name'>Ann Lee</span><p>Great piece!</p></div>",
    "<div class='more'><a href='/autor/ann-lee'>Ann Lee</a></div>",
])
def test_bylines_after_the_pages_one_article_are_not_its_byline(after):
    article = f"<article><h1>Budget delayed</h1>{PROSE}</article>"
    assert page_authors(f"<html><body>{article}{after}</body></html>") == []


def test_a_byline_after_the_main_region_holding_the_headline_is_not_its_byline():
    html = (f"<html><body><main><h1>Budget delayed</h1>{PROSE}</main>"
            f"<div class='comments'><span class='author-name'>Ann Lee</span></div></body></html>")
    assert page_authors(html) == []


def test_a_page_whose_headline_is_outside_its_article_is_searched_whole():
    html = (f"<html><body><header><h1>Budget delayed</h1><span class='author-name'>Ann Lee</span></header>"
            f"<article>{PROSE}</article></body></html>")
    assert page_authors(html) == ["Ann Lee"]


def test_by_prefix_before_an_author_link():
    body = "<p class='meta-info'>von <a href='/autoren/max-kolter'>Dr. Max Kolter</a></p>"
    head = "<meta name='author' content='LTO'><link rel='canonical' href='https://www.lto.de/recht/1'>"
    assert authors_of(body, head) == ["Dr. Max Kolter"]


def test_by_prefix_alone_in_a_span():
    body = "<ul><li class='list-item'><span>von</span> <span class='bold'>Jemima Kelly</span></li></ul>"
    assert authors_of(body) == ["Jemima Kelly"]


def test_label_cell_before_the_name():
    body = "<ul class='small'><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>"
    assert authors_of(body) == ["Roman Goncharenko"]


def test_by_label_with_several_linked_names():
    body = ("<li class='information-item'>Von: <span><a href='/bill'>Bill MCCARTHY</a>, </span>"
            "<span><a href='/marisha'>Marisha GOLDHAMER</a></span></li>")
    assert authors_of(body) == ["Bill MCCARTHY", "Marisha GOLDHAMER"]


def test_cjk_editor_label():
    assert authors_of("<div class='edit'>(责编：牛镛、岳弘彬)</div>") == ["牛镛", "岳弘彬"]


@pytest.mark.parametrize(("line", "expected"), [("责任编辑： 焦鹏", ["焦鹏"]), ("Von Berlin", [])])
def test_one_word_after_a_label_in_a_line_is_a_full_name_only_in_a_script_without_case(line, expected):
    body = f"<div class='tags'><span class='icon'><img src='/x.gif'></span> {line} <br>{'Mehr dazu. ' * 20}</div>"
    assert authors_of(body) == expected


@pytest.mark.parametrize("line", ["Posted on September 21, 2020 by Ann Lee", "Veröffentlicht am 21.09.2020 von Ann Lee"])
def test_a_posting_date_before_the_by_prefix(line):
    assert authors_of(f"<div class='page-meta'><div class='page-meta--writer'>{line}</div></div>") == ["Ann Lee"]


@pytest.mark.parametrize("line", ["---- by Ann Lee", "— von Ann Lee"])
def test_dashes_before_the_by_prefix(line):
    assert authors_of(f"<div><span><strong><em>{line}</em></strong></span></div>") == ["Ann Lee"]


@pytest.mark.parametrize("link", ["Alles von Ann Lee", "Autorenseite von Ann Lee", "More by Ann Lee",
                                  "All posts by Ann Lee", "Weitere Informationen zu Ann Lee", "More about Ann Lee"])
def test_an_author_page_link_names_the_author_without_its_words(link):
    assert authors_of(f"<div class='author'><a href='/autor/ann-lee'>{link}</a></div>") == ["Ann Lee"]


def test_the_first_author_page_link_of_the_body_outside_navigation_is_read():
    # a link without an address, one whose path only starts like an author page's, and an
    # author link in the menu come first; the walk goes on to the byline's link
    body = ("<nav><a href='/autor/redaktion/'>Redaktion</a></nav><p><a name='top'>Top</a> "
            "<a href='/available-offers'>Offers</a></p><div class='meta'><a href='/autor/ann-lee/'>Ann Lee</a></div>")
    assert authors_of(body) == ["Ann Lee"]


@pytest.mark.parametrize(("before", "href", "expected"), [
    ("<div class='expert-name'>Ann Lee</div>", "/experten/ann-lee", ["Ann Lee"]),
    ("<h4>Ann Lee</h4>", "/autor/ann-lee", ["Ann Lee"]),
    ("<p>Our recipes are tested twice in our kitchen.</p>", "/autor/ann-lee", []),
])
def test_the_name_before_an_author_page_link_that_names_nobody(before, href, expected):
    body = f"<div class='box'>{before}<a href='{href}'>zu allen Rezepten vom Autor</a></div>"
    assert authors_of(body) == expected


def test_a_forum_members_page_link_names_the_poster():
    body = "<h4 class='message-name'><a href='/members/pepemaus.81656/' class='username'>Pepemaus</a></h4>"
    assert authors_of(body) == ["Pepemaus"]


@pytest.mark.parametrize(("link", "expected"), [("delta201", ["delta201"]), ("ann_lee", ["ann_lee"]),
                                                ("profile", [])])
def test_an_author_page_link_written_as_a_login_name_with_a_digit_or_a_separator(link, expected):
    body = f"<div><span>by</span> <h3><a href='/profile/1424'>{link}</a></h3></div>"
    assert authors_of(body) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("<img alt=''> von <span><strong>lupa</strong></span> am Mo 13. Apr 2020, 20:27", ["lupa"]),
    ("by <a href='/u/7'>kat_88</a> » Tue Jan 07, 2020", ["kat_88"]),
    ("von allen gelesen, am <b>Montag</b>", []),  # a lower-case word of the line, not set apart
    ("by <strong>admin</strong>", []),  # a site account
])
def test_a_login_name_set_apart_after_the_by_label_of_a_byline_element(line, expected):
    assert authors_of(f"<p class='author'>{line}</p>") == expected


@pytest.mark.parametrize(("after_headline", "expected"), [
    ("<p class='credit'>JIJI</p>", ["JIJI"]),
    ("<figure><img src='a.jpg'><p class='credit'>Ann Lee</p></figure>", []),  # a picture's credit
])
def test_a_credit_line_after_the_group_the_headline_closes(after_headline, expected):
    html = (f"<html><body><article><header><hgroup><h3>Crime</h3><h1>Masks stolen</h1></hgroup>{after_headline}"
            f"</header>{PROSE}</article></body></html>")
    _, root = load_document(html.encode(), "text/html; charset=utf-8")
    assert choose_authors(read_metadata(root), root) == expected


def test_a_byline_that_is_only_a_web_address_names_the_site():
    body = "<span class='post-meta-author'>Autor: <a href='/author/koffer/'>www.koffer.example.org</a></span>"
    assert authors_of(body) == ["www.koffer.example.org"]


def test_a_web_address_named_as_author_gives_way_to_a_person():
    head = "<meta name='author' content='www.koffer.example.org'>"
    assert authors_of("<p class='byline'>By Ann Lee</p>", head=head) == ["Ann Lee"]


def test_a_label_element_before_the_name_on_its_line():
    body = "<div class='info'><h5>Datum:</h5>03.11.2021<br><h5>Autor:</h5>Ann Lee/SP-X</div>"
    assert authors_of(body) == ["Ann Lee"]


def test_a_label_inside_a_long_block_reads_the_rest_of_its_line():
    body = ("<div>Das Gericht wies die Klage ab.<br><br>Autor: <a href='/rechtsanwalt/'>Rechtsanwalt</a> Ann Lee"
            "<br>Mehr zum Thema</div>")
    assert authors_of(body) == ["Ann Lee"]


def test_a_byline_line_is_read_where_it_stands_among_the_page_texts():
    # a "By" line in the menu comes first and is passed over; the one far down the text is read
    menu = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(40)) + "</ul>" \
           "<p>By Nav Person</p></nav>"
    body = menu + PROSE * 20 + "<div>Das Gericht wies die Klage ab.<br><br>Autor: <b>Ann Lee</b><br>Mehr</div>"
    assert authors_of(body) == ["Ann Lee"]


def test_a_byline_line_among_blank_texts_is_read_in_page_order():
    """The texts searched for a "By" line skip the blanks between tags, not their order."""
    body = "\n  <div>\n <span>\n</span>\n</div>\n" * 30 + PROSE * 3 + "<p>\n  By Ann Lee\n</p>" + PROSE
    assert authors_of(body) == ["Ann Lee"]


def test_a_line_of_single_words_after_von_is_prose():
    assert authors_of("<div>Ein Fest für alle, gestaltet<br>von Künstlern, Bands und DJs<br>Eintritt frei</div>") == []


def test_a_paragraph_opening_with_von_and_a_sentence_is_prose():
    body = "<p>Von den umliegenden Höfen kaufte der Burgherr noch zusätzlich Speck, Kaminwurzen, Hartbrot und Kartoffeln.</p>"
    assert authors_of(body) == []
    assert authors_of("<p>Von Ann Lee und Bo Chan, dpa</p>") == ["Ann Lee", "Bo Chan"]


def test_the_links_of_an_author_bio_inside_the_byline_box_are_not_names():
    body = ("<div class='author-details'><h3>Veröffentlicht von <a href='/author/lee/'>Ann Lee</a></h3>"
            "<p class='author-description'>Ann Lee schreibt seit Jahren über Sprache. Bücher bei "
            "<a href='/shop'>Amazon</a> und <a href='/buch'>Thalia</a></p></div>")
    assert authors_of(body) == ["Ann Lee"]


def test_a_desk_named_by_the_outlets_domain_in_a_byline():
    body = "<div class='article-author'>von <a rel='author' href='/impressum'>example.de Redaktion</a></div>"
    assert authors_of(body) == ["example.de Redaktion"]


def test_a_list_inside_a_byline_box_is_breadcrumbs_not_names():
    body = ("<div class='article-author'>von <address><a rel='author' href='/team/ann'>Ann Lee</a></address>"
            "<ul class='crumbs'>in Rubrik: <li><a href='/cars'>Cars</a></li><li><a href='/cars/tests'>Car Tests</a>"
            "</li></ul></div>")
    assert authors_of(body) == ["Ann Lee"]


@pytest.mark.parametrize(("account", "expected"), [("oradmin", ["oradmin"]), ("mywake.news", ["mywake.news"]),
                                                    ("admin", []), ("the editors", []), ("me", [])])
def test_a_login_name_in_a_rel_author_link(account, expected):
    body = f"<div class='meta'><div class='date'>2. August 2012</div>By <a rel='author' href='/u/1'>{account}</a></div>"
    assert authors_of(body) == expected


@pytest.mark.parametrize(("byline", "expected"), [
    ("<span class='author vcard'><a class='url fn n' href='/author/surfguard/'>surfguard</a></span>", ["surfguard"]),
    ("<span class='author vcard fn'>oradmin</span>", ["oradmin"]),
    ("by <span class='author vcard fn'>oz</span>", ["oz"]),
    ("<span class='author vcard'><a class='url fn n' href='/author/admin/'>admin</a></span>", []),
    ("<span class='author vcard'><span class='fn'>surfguard</span> und Freunde</span>", []),
])
def test_a_login_name_an_hcard_gives_as_its_name(byline, expected):
    body = f"<div class='entry-meta'><time>1. November 2016</time><span class='byline'> {byline}</span></div>"
    assert authors_of(body) == expected


def test_the_team_after_the_names_in_a_byline_is_their_desk():
    body = "<span class='byline-author'>Posted by Ann Lee, Bo Chan and Cy Dee - Safe Browsing team</span>"
    assert authors_of(body) == ["Ann Lee", "Bo Chan", "Cy Dee"]


def test_a_bold_author_link_in_a_byline_with_a_date():
    body = ("<div class='left author'>Author: <a href='index.php?site=profile&amp;id=58'><b>Bo2man</b></a>"
            " am 29.12.2010, 13:36 Uhr</div>")
    assert authors_of(body) == ["Bo2man"]


@pytest.mark.parametrize(("line", "expected"), [
    ("11.12.2019 - Ann Lee", ["Ann Lee"]),
    ("Ann Lee | 2019-12-11", ["Ann Lee"]),
    ("Ann Lee, Bo Chan", []),
    ("11.12.2019 - Ann Lee sagt, was sie denkt", []),
    ("04.02.2022 | 13:10 Uhr | Ann Lee", ["Ann Lee"]),
])
def test_a_dated_line_under_the_headline_names_its_authors(line, expected):
    assert authors_of(f"<p class='text-muted'>{line}</p>") == expected


def test_a_dated_line_under_the_headlines_dek_names_its_authors():
    body = ("<h4>Der Ausbau der Ladesäulen geht weiter, teilte der Verband mit.</h4>"
            "<div class='row'><span>Ann Lee &nbsp;|</span><span>05.04.2025 - Güncelleme : 05.04.2025</span></div>")
    assert authors_of(body) == ["Ann Lee"]


def test_a_dated_line_over_the_headline_names_its_authors():
    html = (f"<html><body><div><small>04.02.2022 | 13:10 Uhr | Ann Lee</small><h1>Budget delayed</h1>"
            f"{PROSE}</div></body></html>")
    _, root = load_document(html.encode(), "text/html; charset=utf-8")
    assert choose_authors(read_metadata(root), root) == ["Ann Lee"]


@pytest.mark.parametrize(("line", "expected"), [("Quelle: <a href='/x'>kathpress</a>", ["kathpress"]),
                                              ("Quelle: eigene Darstellung", [])])
def test_an_agency_credited_as_the_source_in_lower_case(line, expected):
    head = "<meta name='author' content='news.example.org'><link rel='canonical' href='https://news.example.org/a/1'>"
    expected = expected or ["news.example.org"]
    assert authors_of(f"<div><p>First paragraph.</p><p style='text-align:right'>{line}</p></div>", head) == expected


def test_a_label_cell_alone_before_the_name_cell():
    body = ("<div class='credits'><div class='credit'><div class='label'> Interview </div><div class='text'> ANN LEE "
            "</div></div><div class='credit'><div class='label'> FOTOGRAF </div><div class='text'> BO CHAN </div></div></div>")
    assert authors_of(body) == ["Ann Lee"]


def test_a_sentence_starting_with_von_is_not_a_byline():
    body = "<p><strong>von Montag, den 1. Mai bis einschließlich Sonntag, den 7. Mai 2023</strong></p>"
    assert authors_of(body, "<meta name='author' content='Example News'>") == ["Example News"]


def test_a_navigation_link_named_authors_is_not_a_byline():
    body = "<div class='menu'><a href='/r'>Rechtsgebiete</a><a href='/t'>Themen</a><a href='/a'>Autoren</a></div>"
    assert authors_of(body) == []


def test_byline_dateline_place_and_date_are_left_out():
    assert authors_of("<p class='byline'>Von Ines Zöttl, Washington</p>") == ["Ines Zöttl"]
    assert authors_of("<p class='byline'>By <a href='/a'>Mike Wuerthele and Malcolm Owen</a><br>"
                      "<span>Monday, November 18, 2019, 04:05 pm PT</span></p>") == ["Mike Wuerthele", "Malcolm Owen"]


def test_an_organisation_beside_names_in_a_visible_byline_is_a_credit_line():
    assert authors_of("<span class='byline'>By Sandee LaMotte, CNN</span>") == ["Sandee LaMotte"]


def test_an_agency_in_lower_case_after_the_names_is_a_credit_line():
    # the outlet's domain in meta author must not win over the visible "Von …, dpa" byline
    head = "<link rel='canonical' href='https://www.example.de/a/1'><meta name='author' content='example.de'>"
    assert authors_of("<div>Quelle: dpa-AFX</div><byline>Von Ann Lee, dpa</byline>", head) == ["Ann Lee"]
    assert authors_of("<p class='byline'>Von Ann Lee und Max Roe, afp</p>") == ["Ann Lee", "Max Roe"]


def test_byline_parts_that_are_not_names_reject_the_byline():
    assert authors_of("<p class='author'>red, ORF.at/Agenturen</p>") == []


def test_hidden_labels_and_social_widgets_are_not_names():
    body = ("<div class='authors'><span class='u-visually-hidden'>capital</span> <span>von</span> "
            "<span class='name'>Jemima Kelly</span></div>")
    assert authors_of(body) == ["Jemima Kelly"]
    contact = "<div class='author-info'><a rel='author'>Example News</a><b>News:</b> <b>Telephone:</b></div>"
    assert authors_of(contact) == ["Example News"]  # the rel=author link alone, not the labels
    social = "<div class='author-contact-wrapper'><span class='tooltiptext'>Facebook</span></div>"
    assert authors_of(social, "<meta name='author' content='Example News'>") == ["Example News"]


def test_the_parts_of_a_byline_that_named_someone_are_not_read_again():
    body = ("<div class='article-author'><a class='article-author__name' href='/author/pti'>PTI, </a>"
            "<span class='article-author__name'> Washington, </span></div>")
    assert authors_of(body) == ["PTI"]


# ---------------------------------------------------------------- outlet, agencies, signatures
def test_a_name_jsonld_declares_an_organization_is_one_in_meta_too():
    head = "<meta name='author' content='VnExpress'><meta property='og:url' content='https://vnexpress.net/1.html'>"
    body = "<div class='text'><p>First paragraph of the story.</p><p>Second paragraph.</p>" \
           "<p style='text-align:right'><strong>Lê Phương</strong></p></div>"
    assert authors_of(body, head, news({"@type": "Organization", "name": "VnExpress"})) == ["Lê Phương"]


def test_a_company_is_an_organisation_not_a_person():
    body = "<p class='byline'>Von Heilmittel GmbH &amp; Co. KG Informationsstelle</p>"
    desk = news({"@type": "Organization", "name": "Redaktion Heilmittel"})
    assert authors_of(body, jsonld=desk) == ["Redaktion Heilmittel"]


def test_a_name_spelled_as_the_address_is_the_outlet():
    head = "<meta name='author' content='Citynews'><link rel='canonical' href='https://www.cityne.ws/a/1'>"
    assert authors_of("<p class='byline'>By Ann Lee</p>", head) == ["Ann Lee"]
    outlet = "<meta name='author' content='El Diario'><link rel='canonical' href='https://www.eldiario.example/a/1'>"
    assert authors_of("<div class='autor'><h6>Ann Lee | Publicado hace 3 horas</h6></div>", outlet) == ["Ann Lee"]
    blog = "<meta name='author' content='Ann Lee'><link rel='canonical' href='https://annlee.example/a/1'>"
    assert authors_of("<p>A post on my own blog.</p>", blog) == ["Ann Lee"], "nobody else named: the blog's owner"


def test_the_outlets_name_after_an_article_is_the_outlet():
    head = "<meta name='author' content='The Example Times'><link rel='canonical' href='https://exampletimes.example/a/1'>"
    assert authors_of("<p class='byline'>By Ann Lee</p>", head) == ["Ann Lee"]


def test_a_login_name_finds_the_byline_that_writes_it_with_accents():
    body = "<p class='byline'>Author: <a href='/autoren/gabor'>Gàbor Muniér</a></p>"
    assert authors_of(body, "<meta name='author' content='gabor_munier'>") == ["Gàbor Muniér"]


def test_the_outlet_with_an_editors_initials_is_that_editors_credit():
    head = "<meta name='author' content='rts/hosb;kesm'><link rel='canonical' href='https://www.rts.example/news/1'>"
    assert authors_of(head=head) == ["rts/hosb", "kesm"]
    body = "<div><p>First paragraph.</p><p>Second paragraph.</p><p><em>Quelle: EXAMPLE INFO/ls</em></p></div>"
    head = "<meta name='author' content='Example Info'><meta property='og:site_name' content='Example Info'>"
    assert authors_of(body, head) == ["EXAMPLE INFO/ls"]


@pytest.mark.parametrize(("opening", "expected"), [
    ("Hamburg (dpa/lno) – Trotz eines Gesprächs blieb der Streit.", ["dpa/lno"]),
    ("Paris (AFP) - The talks resumed on Monday.", ["AFP"]),
    ("Kiel (Germany) - The talks resumed on Monday.", []),
])
def test_the_agency_a_dateline_names_when_nobody_else_is_named(opening, expected):
    body = f"<div><p>{opening}</p><p>Second paragraph of the story.</p><p>Third one.</p></div>"
    assert authors_of(body) == expected


def test_a_desk_named_alone_is_the_answer_when_nobody_is_named():
    assert authors_of(jsonld=news({"@type": "Person", "name": "Redaktion"})) == ["Redaktion"]
    body = "<p class='byline'>Von Ann Lee</p>"
    assert authors_of(body, jsonld=news({"@type": "Person", "name": "Redaktion"})) == ["Ann Lee"]


def test_an_agency_in_metadata_is_not_replaced_by_a_teaser_byline():
    body = "<div class='appetizer-author'>Von Christoph Reisinger</div>"
    assert authors_of(body, jsonld=news({"@type": "Organization", "name": "dpa"})) == ["dpa"]


def test_a_byline_inside_a_teaser_link_is_the_linked_storys():
    body = ("<div class='teaser'><a href='/other-story'><span>Rescue the rich</span>"
            "<span>Von Ines Zöttl, Washington</span></a></div>")
    assert authors_of(body, jsonld=news({"@type": "Organization", "name": "Example News"})) == ["Example News"]
    assert authors_of("<p>Von <a href='/people/ann-lee'>Ann Lee</a></p>") == ["Ann Lee"]


def test_byline_markup_inside_a_teaser_link_is_the_linked_storys():
    body = ("<p>Par <span class='vcard author'><a class='url fn' href='/auteur/example-news'>Example News</a></span></p>"
            "<div class='more'><a href='/other-story'>Another story <span class='vcard author'>"
            "<span class='fn'>Ann Lee</span></span></a>"
            "<a href='/third-story'><span>A third story</span><div class='listing__item__author'>Von <span>Bo Chan"
            "</span> am <span>08.12.2022</span></div></a></div>")
    assert authors_of(body, jsonld=news(None)) == ["Example News"]


def test_a_by_line_in_a_related_storys_card_is_that_storys():
    body = ("<div class='gallery-author'>Von <a href='/user/example-news'>Example News</a></div>"
            "<div class='gallery-related'><div class='gallery-related__item'><a href='/other'>Another story</a>"
            "<div class='gallery-related__item__author'><span>Von <a href='/user/ann-lee'>Ann Lee</a></span></div>"
            "</div></div>")
    assert authors_of(body, jsonld=news(None)) == ["Example News"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Autorin: Ann Lee, Projektleiterin der Stiftung in Tunis.", ["Ann Lee"]),
    ("Autorin: Ann Lee, Bo Chan", ["Ann Lee", "Bo Chan"]),
    ("Autorin: Ann Lee, Telefon:", []),
    ("Von Ann Lee, Projektleiterin der Stiftung in Tunis.", []),
])
def test_an_author_label_line_closing_with_the_persons_description(line, expected):
    assert authors_of(f"<div><p>First paragraph.</p><p><strong>{line}</strong></p></div>") == expected


def test_a_company_or_association_in_metadata_is_no_agency():
    head = "<meta name='author' content='Example Stiftung e.V.'>"
    assert authors_of("<p class='byline'>Von Ann Lee</p>", head) == ["Ann Lee"]
    assert authors_of("", head) == ["Example Stiftung e.V"]


def test_the_outlet_in_the_page_address_is_not_an_agency():
    head = "<link rel='canonical' href='https://faktencheck.afp.com/doc.1'>"
    body = "<li class='information-item'>Von: <a href='/bill'>Bill MCCARTHY</a></li>"
    assert authors_of(body, head, news({"@type": "Organization", "name": "AFP"}, "Faktencheck")) == ["Bill MCCARTHY"]


def test_a_closing_signature_when_nobody_else_is_named():
    body = "<div><p>First paragraph of the story.</p><p>Second paragraph.</p><p><em>IN-Redaktion</em></p>" \
           "<p><b>Did you like this article?</b> Support us.</p></div>"
    assert authors_of(body) == ["IN-Redaktion"]


def test_a_closing_signature_wrapped_in_font_or_span_styling():
    body = ("<div><p>First paragraph of the story.</p><p>Second paragraph.</p><p align='right'><span><em>"
            "<font size='2'>Ann Lee</font></em></span></p><p>(1) A footnote.</p></div>")
    assert authors_of(body) == ["Ann Lee"]


def test_a_login_name_in_metadata_is_written_as_the_visible_byline_writes_it():
    body = "<p class='byline'>Von <a href='/autor/arian'>Arian Schlichenmayer</a></p>"
    assert authors_of(body, jsonld=news({"@type": "Person", "name": "arianschlichenmayer"})) == ["Arian Schlichenmayer"]
    assert authors_of("", jsonld=news({"@type": "Person", "name": "edilson.la.rosa"})) == ["edilson.la.rosa"]


def test_a_first_name_alone_in_metadata_is_written_as_the_byline_writes_it_in_full():
    body = "<div class='entry'><p><strong>Eine Kolumne von Ann Lee</strong></p><p>First paragraph.</p></div>"
    assert authors_of(body, jsonld=news({"@type": "Person", "name": "Ann"})) == ["Ann Lee"]
    assert authors_of("<p>First paragraph.</p>", jsonld=news({"@type": "Person", "name": "Ramona"})) == ["Ramona"]


def test_a_bold_byline_opening_the_text_when_metadata_names_only_the_outlet():
    body = ("<div><p><em>…as villages count the damage</em></p><p><strong>Mathatisi Sebusi/Mohalenyane Phakela"
            "</strong></p><p>First paragraph of the story.</p><p>Second paragraph.</p></div>")
    outlet = news({"@type": "Person", "name": "Example News"})
    assert authors_of(body, jsonld=outlet) == ["Mathatisi Sebusi", "Mohalenyane Phakela"]


@pytest.mark.parametrize("opening", [
    "<p><strong>Analysis</strong></p>",
    "<p><strong>Mr Wirth, why do conflicts start?</strong></p>",
    "<p>Jane Doe wrote <strong>this</strong></p>",
])
def test_an_opening_bold_line_that_is_not_only_full_names_is_no_byline(opening):
    body = f"<div>{opening}<p>First paragraph of the story.</p><p>Second one.</p><p>Third one.</p><p>Last one.</p></div>"
    assert authors_of(body, jsonld=news({"@type": "Person", "name": "Example News"})) == ["Example News"]


def test_a_press_contact_when_nothing_else_names_anyone():
    body = "<p><strong>Pressekontakt</strong><br>Dr. Tim Loppe<br>Pressesprecher<br>Tel.: 0211 77900 363</p>"
    assert authors_of(body) == ["Dr. Tim Loppe"]
    assert authors_of("<div>Kontakt:</div><p><b>Jan Koch<br></b>Telefon 040 49 07 11 06</p>") == ["Jan Koch"]
    assert authors_of(body, "<meta name='author' content='Example News'>") == ["Example News"]
    assert authors_of("<p><strong>Pressekontakt</strong><br>Presse und Kommunikation<br></p>") == []


def test_a_byline_with_a_desk_label():
    assert authors_of("<div class='timedata'>05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher)</span></div>") \
        == ["Eberhard Fuhr"]


# ---------------------------------------------------------------- pages whose metadata names nobody
def test_label_and_name_in_separate_cells_are_read_with_a_space():
    body = "<div class='meta'><dt>von</dt><div><a href='/x'><dd>Michelle de Oliveira</dd></a></div></div>"
    assert authors_of(body) == ["Michelle de Oliveira"]


def test_an_aside_inside_the_article_is_its_header_box():
    body = "<aside class='box'><div><span>Von <a href='/autor/sz/'>Sina Zehrfeld</a></span></div></aside>"
    assert authors_of(body) == ["Sina Zehrfeld"]


def test_a_footer_inside_the_article_is_its_author_line():
    body = ("<footer class='post-footer'><span class='author'>Posted by <span class='vcard'>"
            "<a class='url fn' rel='author' href='/author/gwk/'>Günter W. Kienitz</a></span> at 18:52</span></footer>")
    assert authors_of(body) == ["Günter W. Kienitz"]


def test_the_page_footer_is_not_read():
    html = ("<html><body><article><h1>Budget delayed</h1>" + PROSE + "</article><footer><p class='byline'>"
            "By Other Person</p></footer></body></html>")
    _, root = load_document(html.encode(), "text/html; charset=utf-8")
    assert choose_authors(read_metadata(root), root) == []


def test_an_aside_outside_the_article_is_not_read():
    html = ("<html><body><aside><p class='byline'>By Other Person</p></aside><article><h1>Budget delayed</h1>"
            f"{PROSE}</article></body></html>")
    _, root = load_document(html.encode(), "text/html; charset=utf-8")
    assert choose_authors(read_metadata(root), root) == []


def test_links_to_author_pages():
    body = "<p class='css-1'><a href='https://news.example.org/autoren/lars-brunckhorst-1.14'>Lars Brunckhorst</a></p>"
    assert authors_of(body) == ["Lars Brunckhorst"]


def test_co_authors_written_as_sibling_links():
    body = ("<address>Von <a rel='author' class='name' href='/a/1'>Sebastian Kohler</a>, "
            "<a rel='author' class='name' href='/a/2'>Andreas Gandzior</a> und "
            "<a rel='author' class='name' href='/a/3'>Philipp Siebert</a></address>")
    assert authors_of(body) == ["Sebastian Kohler", "Andreas Gandzior", "Philipp Siebert"]


def test_the_link_in_a_byline_with_a_date_after_the_name():
    body = "<p class='meta'> By <a href='/staff/louis-jacobson/'>Louis Jacobson</a> on Monday, November 18th, 2019</p>"
    assert authors_of(body) == ["Louis Jacobson"]


@pytest.mark.parametrize("name", ["Андрей Колесников", "배윤경", "दैनिक भास्कर", "Chus del Pino"])
def test_names_in_any_script_read_as_names_in_a_byline(name):
    assert authors_of(f"<p class='byline'>{name}</p>") == [name]


def test_an_icon_title_in_an_author_link_is_not_text():
    body = ("<div class='x'><a href='/av/amanda-hallsten'><p>Amanda Hällsten</p><p><svg aria-hidden='true'>"
            "<title>chevron-right</title></svg></p></a></div>")
    assert authors_of(body) == ["Amanda Hällsten"]


@pytest.mark.parametrize("escaped", ["Jane &lt;script&gt;alert(1)&lt;/script&gt; Doe", "Jane &lt;b&gt;Doe&lt;/b&gt;"])
def test_markup_escaped_into_a_byline_is_text_never_cut_into_fragments(escaped):
    html = (f'<html><head><meta name="author" content="{escaped}"><title>T</title></head><body><article>'
            f'<h1>A headline for this story</h1><p>{"Some prose long enough to be a paragraph of the body. " * 8}</p>'
            "</article></body></html>")
    authors = parse_html(html, "https://news.example.org/2024/05/03/story").authors
    assert not any("<" in name or ">" in name or name in ("b", "Doe") for name in authors), authors
    assert clean_authors(["Ann Lee/Bo Chen"]) == ["Ann Lee", "Bo Chen"], "a slash outside tags still splits"


def test_a_link_to_a_section_named_like_an_author_page_names_nobody():
    # "/profile/" is the outlet's "Profile" section; an author page's path carries the writer
    sections = "<ul class='cat-list'><li><a href='/real-estate/'>Real Estate</a></li><li><a href='/profile/'>Profile</a></li></ul>"
    assert authors_of(sections) == []
    assert authors_of(sections + "<div class='post-head'><a href='/profile/jroe/'>Jane Roe</a></div>") == ["Jane Roe"]


def test_the_outlets_name_as_meta_author_is_not_split_into_people():
    # "Jobs & Hire" is the site (the end of <title>), not two people called Jobs and Hire
    head = "<title>What to know about the new clinic : Home : Jobs & Hire</title><meta name='author' content='Jobs & Hire'>"
    assert authors_of("<div class='byline'>By Jane Roe</div>", head=head) == ["Jane Roe"]
    assert authors_of("", head=head) == ["Jobs & Hire"]
