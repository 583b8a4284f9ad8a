"""Body walk rules (crawler.parsers.body), one small HTML snippet per rule."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.parsers.body import WalkRules, walk_body
from crawler.parsers.images import ImageReader

PARAGRAPH = "This is a sentence of ordinary article prose that runs long enough to count as text."


def sections(html: str, **kwargs) -> list[tuple[str | None, list[str]]]:
    """(heading, block texts) of each section of the walked `<div>` snippet."""
    return [(section.heading, [block.text for block in section.blocks])
            for section in walk_body(lxml.html.fromstring(html), **kwargs)]


def blocks(html: str, **kwargs) -> list[tuple[str, str]]:
    """(kind, text) of every block of the walked `<div>` snippet."""
    return [(block.kind, block.text) for section in walk_body(lxml.html.fromstring(html), **kwargs)
            for block in section.blocks]


def headings(html: str, **kwargs) -> list[str | None]:
    return [heading for heading, _blocks in sections(html, **kwargs)]


def test_heading_inside_a_named_anchor_is_kept():
    html = (f"<div><p>{PARAGRAPH}</p><h3><a name='part2'><strong>Second part</strong></a></h3>"
            f"<p>{PARAGRAPH}</p></div>")
    assert headings(html) == [None, "Second part"]


@pytest.mark.parametrize(("paragraph", "kept"), [
    # a sentence that runs through its link is text, however much of it the link holds
    ("Australian-born Assange faces <a href='/doj'>a charge of conspiracy to commit computer intrusion in the US</a>.", True),
    ("Read more: <a href='/other'>Council delays the budget for the third time this year</a>", False),
    ("See also <a href='/other'>Council delays the budget for the third time this year</a>", False),
])
def test_paragraph_mostly_link_text_is_kept_only_as_a_sentence(paragraph, kept):
    html = f"<div><p>{PARAGRAPH}</p><p>{paragraph}</p></div>"
    assert (len(blocks(html)) == 2) is kept


def test_linked_heading_is_a_teaser():
    html = f"<div><p>{PARAGRAPH}</p><h3><a href='/other'>Another story</a></h3><p>{PARAGRAPH}</p></div>"
    assert headings(html) == [None]


def test_short_trailing_box_with_its_own_heading_is_dropped():
    html = (f"<div><p>{PARAGRAPH}</p><h2>Real chapter</h2><p>{PARAGRAPH}</p>"
            "<div class='box'><h3>Citation suggestion</h3><p>Our paper, 20.10.2025, https://x.example/1</p></div></div>")
    assert sections(html) == [(None, [PARAGRAPH]), ("Real chapter", [PARAGRAPH])]


def test_short_last_chapter_in_one_more_of_the_texts_boxes_is_kept():
    # the text is set in a row of like boxes; the last holds a heading and one sentence
    box = "<div class='item'><div class='article-text'>{}</div></div>"
    html = ("<div>" + box.format(f"<h2></h2><p>{PARAGRAPH}</p>")
            + box.format("<h2>Police ask for witnesses</h2><p>Call 0631-3692150 with any information.</p>") + "</div>")
    assert headings(html) == [None, "Police ask for witnesses"]


def test_short_last_chapter_with_a_picture_and_its_lines_is_kept():
    # a blog's last chapter in its own box: a line of text, a photo, and what it shows line by line
    html = (f"<div><p>{PARAGRAPH}</p><h2>Real chapter</h2><p>{PARAGRAPH}</p>"
            "<div class='box'><h3>Subtle</h3><p>Small hoops that go with everything.</p>"
            "<img src='/hoops.jpg' width='600' height='600'><p>Rose gold with longer earrings</p>"
            "<p>Earrings: Leaf Combo</p><p>Cuff: sterling silver</p></div></div>")
    rules = WalkRules(pictures=ImageReader("https://blog.example.org/post"))
    assert headings(html, rules=rules)[-1] == "Subtle"


@pytest.mark.parametrize("before", [
    f"<div class='photo'><img src='/m45.jpg'></div>{PARAGRAPH}<br><br>",  # loose text after a box
    f"{PARAGRAPH}<br>",  # the box's own text
])
def test_short_last_chapter_after_loose_text_in_its_box_is_kept(before):
    # a post set as text and line breaks: the heading has text before it, though no element holds it
    html = f"<div>{before}<h3>Details</h3><ul><li>Camera: EOS 60Da</li><li>ISO: 640</li></ul></div>"
    assert headings(html) == [None, "Details"]


def test_short_last_chapter_after_the_text_is_kept():
    html = f"<div><p>{PARAGRAPH}</p><h2>The bottom line</h2><p>Short and true.</p></div>"
    assert headings(html) == [None, "The bottom line"]


def test_bold_paragraph_is_a_heading_on_a_page_without_heading_tags():
    html = f"<div><p>{PARAGRAPH}</p><p><strong>Water woes</strong></p><p>{PARAGRAPH}</p></div>"
    assert headings(html) == [None, "Water woes"]


def test_bold_paragraph_is_emphasis_on_a_page_that_tags_its_headings():
    html = (f"<div><p>{PARAGRAPH}</p><h3>Morning markets</h3><p>{PARAGRAPH}</p>"
            f"<p><strong>8h47 - Shares fall in Tokyo</strong></p><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH]),
                              ("Morning markets", [PARAGRAPH, "8h47 - Shares fall in Tokyo", PARAGRAPH])]


def test_heading_straight_over_a_bold_line_keeps_it_as_its_first_paragraph():
    # a product review: each product's heading, then its verdict in bold, then the text
    html = (f"<div><p>{PARAGRAPH}</p><h2>How we tested</h2><p>{PARAGRAPH}</p>"
            f"<h2>1. The Deluxe Airer</h2><p><strong>Best overall, 9/10</strong></p><p>{PARAGRAPH}</p>"
            f"<h2>2. The Drying Pod</h2><p><strong>Best value</strong></p><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH]), ("How we tested", [PARAGRAPH]),
                              ("1. The Deluxe Airer", ["Best overall, 9/10", PARAGRAPH]),
                              ("2. The Drying Pod", ["Best value", PARAGRAPH])]


def test_wrapper_of_a_heading_tag_is_not_a_bold_heading():
    html = (f"<div><p>{PARAGRAPH}</p><div><h2><strong>Tagged chapter</strong></h2></div><p>{PARAGRAPH}</p>"
            f"<p><b>Bold line</b></p><p>{PARAGRAPH}</p></div>")
    assert headings(html) == [None, "Tagged chapter"]


def test_class_named_subheading_stays_a_heading_beside_heading_tags():
    html = (f"<div><p>{PARAGRAPH}</p><h2>Tagged</h2><p>{PARAGRAPH}</p>"
            f"<p class='article-subheadline'>Classed</p><p>{PARAGRAPH}</p></div>")
    assert headings(html) == [None, "Tagged", "Classed"]


def test_heading_above_the_first_paragraph_is_text_not_a_chapter():
    dek = "Payments system passes its first test with an online shop"
    html = f"<div><h2>{dek}</h2><p>{PARAGRAPH}</p><h2>A chapter</h2><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [dek, PARAGRAPH]), ("A chapter", [PARAGRAPH])]


@pytest.mark.parametrize(("title", "heading", "kept"), [
    ("Bee Simulator", "Bee Simulator Multiplayer", True),  # a chapter about the thing a short headline names
    ("Bee Simulator", "Who should use Bee Simulator?", True),
    ("Bee Simulator", "Bee Simulator", False),  # the headline itself
    ("The bee simulator that teaches children", "Review: The bee simulator that teaches children", False),  # kicker, headline
])
def test_heading_holding_the_headline_repeats_it_only_when_the_headline_is_more_than_a_name(title, heading, kept):
    html = f"<div><p>{PARAGRAPH}</p><h2>{heading}</h2><p>{PARAGRAPH}</p></div>"
    assert headings(html, title=title) == ([None, heading] if kept else [None])


def test_short_label_above_the_first_paragraph_is_left_out():
    html = f"<div><h3>The short version</h3><p>{PARAGRAPH}</p><h2>A chapter</h2><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH]), ("A chapter", [PARAGRAPH])]


def test_heading_ending_with_a_full_stop_is_a_sentence():
    html = (f"<div><p>{PARAGRAPH}</p><h2>A chapter</h2><p>{PARAGRAPH}</p>"
            f"<h3>Thank you for registering.</h3><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH]),
                              ("A chapter", [PARAGRAPH, "Thank you for registering.", PARAGRAPH])]


def test_an_upper_case_label_of_chrome_between_paragraphs_opens_no_section():
    # a wire-style upper-case line is a sub-heading ("UP NEXT"), unless it names chrome: the label
    # of a teaser box whose links are gone
    html = f"<div><p>{PARAGRAPH}</p><div><span>DON'T MISS</span></div><p>{PARAGRAPH}</p><b>UP NEXT</b><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH]), ("UP NEXT", [PARAGRAPH])]


def test_a_more_stories_label_with_the_sites_name_opens_chrome():
    links = ("<ul><li>The strange life and <a href='/a'>mysterious death of a virtuoso coder</a></li>"
             "<li>How Facebook <a href='/b'>gets the First Amendment backward</a></li>"
             "<li>The enduring power of Asperger's, <a href='/c'>even as a non-diagnosis</a></li>"
             "<li>What Google's Fitbit buy means <a href='/d'>for the future of wearables</a></li>"
             "<li>Want the best tools to get healthy? Check out our Gear team’s picks for the <a href='/e'>best "
             "fitness trackers</a>, <a href='/f'>running gear</a> and <a href='/g'>best headphones</a>.</li></ul>")
    html = f"<div><p>{PARAGRAPH * 6}</p><hr><div class='heading-h3'>More Great WIRED Stories</div>{links}</div>"
    assert sections(html) == [(None, [PARAGRAPH * 6])]


@pytest.mark.parametrize("label", ["Самые популярные диеты", "Читайте также", "Похожие статьи"])
def test_russian_related_and_popular_headings_open_chrome(label):
    teasers = "<p>Легкая диета для студентов. Минус 7 кг за неделю.</p><p>Меню на 7 дней. Быстрая потеря веса.</p>"
    html = f"<div><p>{PARAGRAPH * 6}</p><div><h3>{label}</h3>{teasers}</div><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH * 6, PARAGRAPH])]


def test_related_notes_heading_opens_chrome():
    related = "<h3>Notas relacionadas</h3><p>Jueves 21 abril, 2022</p><p>El ministro dijo ayer que no pagará el rescate.</p>"
    html = f"<div><p>{PARAGRAPH * 6}</p><div>{related}</div><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH * 6, PARAGRAPH])]


def test_chrome_heading_in_a_wrapper_of_its_own_opens_chrome():
    html = (f"<div><p>{PARAGRAPH * 6}</p><div class='box'><span><h2>Bitte beachten:</h2></span>"
            "<div><p>Investments carry risks. You may lose all the money you put in, and loans are a burden.</p></div>"
            f"</div><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH * 6, PARAGRAPH])]


def test_heading_ending_with_an_ellipsis_is_still_a_chrome_heading():
    html = (f"<div><p>{PARAGRAPH * 6}</p><h3>You may also like...</h3><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH * 6])]


@pytest.mark.parametrize("heading", ["Sources", "Verwendete Quellen", "Quellenangaben:"])
def test_heading_over_the_list_of_sources_is_a_chrome_heading(heading):
    html = (f"<div><p>{PARAGRAPH * 6}</p><h3>{heading}</h3><ul><li>Post on Truth Social</li><li>Own research</li></ul></div>")
    assert sections(html) == [(None, [PARAGRAPH * 6])]
    chapter = f"<div><p>{PARAGRAPH * 6}</p><h3>Sources of the money</h3><p>{PARAGRAPH}</p></div>"
    assert headings(chapter) == [None, "Sources of the money"]


@pytest.mark.parametrize("heading", ["Vorschau auf den nächsten Artikel", "Next article", "Nächster Beitrag"])
def test_heading_over_a_preview_of_the_next_article_is_a_chrome_heading(heading):
    html = (f"<div><p>{PARAGRAPH * 6}</p><h3>{heading}</h3><p>{PARAGRAPH} The next part is about savings.</p></div>")
    assert sections(html) == [(None, [PARAGRAPH * 6])]


@pytest.mark.parametrize(("heading", "chrome"), [
    ("Comments", True), ("Kommentare", True), ("Empfohlene Artikel", True), ("Über die Autorin", True),
    ("Weitere Beiträge", True),  # "More posts"
    ("About this series", True), ("Über diese Reihe", True),  # the box describing the series the article is one of
    ("Commentary on Python 3", False), ("Inhaltlicher Schritt", False), ("Shareholders revolt", False),
])
def test_a_chrome_label_is_a_whole_word_of_the_heading(heading, chrome):
    # "Comment" opens "Commentary on Python 3", a chapter of the essay, not its comments
    html = f"<div><p>{PARAGRAPH * 6}</p><h2>{heading}</h2><p>{PARAGRAPH}</p></div>"
    assert (headings(html) == [None]) is chrome


@pytest.mark.parametrize(("heading", "chrome"), [
    ("Popular", True), ("Popular:", True), ("Popular posts", True), ("Popular on the site", True),
    ("Popular bougainvillea varieties", False), ("Popular uprisings in history", False),
])
def test_popular_is_a_chrome_label_alone_or_before_what_is_popular(heading, chrome):
    # a box of popular stories, or a chapter on the popular kinds of a plant
    html = f"<div><p>{PARAGRAPH * 6}</p><h2>{heading}</h2><p>{PARAGRAPH}</p></div>"
    assert (headings(html) == [None]) is chrome


def test_a_box_set_off_by_drawn_lines_ends_at_its_closing_line():
    # a flat article: "____", a "More on …" box of links, "____", and the story goes on
    rule = "<p>" + "_" * 40 + "</p>"
    box = ("<p><strong>More on coronavirus:</strong></p><p><a href='/a'>What you need to know</a></p>"
           "<p><a href='/b'>The pandemic has exposed Britain</a></p>")
    prose = PARAGRAPH * 3
    html = f"<div><p>{PARAGRAPH * 6}</p>{rule}{box}{rule}<p>{prose}</p><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH * 6, prose, PARAGRAPH])]
    # a drawn line before a short call to subscribe does not end a chrome box
    promo = f"<div><p>{PARAGRAPH * 6}</p><p><strong>Zum Weiterlesen:</strong></p><p>A book</p>" \
            "<p>---</p><p>Did you like it? Subscribe to our newsletter!</p></div>"
    assert sections(promo) == [(None, [PARAGRAPH * 6])]


LINK_ROLL = ("<ul>" + "".join(f"<li><p><a href='https://example.net/{i}'>Study {i} questions the subsidy for the press</a></p>"
                               f"<p>via example.net</p></li>" for i in range(3)) + "</ul>")


def test_link_roll_that_is_the_whole_post_is_kept():
    html = f"<div><p>Posted from my reader.</p>{LINK_ROLL}</div>"
    blocks = [text for _, texts in sections(html) for text in texts]
    assert blocks[0] == "Posted from my reader."
    assert "Study 2 questions the subsidy for the press via example.net" in blocks[1]


def test_list_of_bare_links_is_left_out_even_alone():
    menu = "<ul>" + "".join(f"<li><a href='/story/{i}'>Story number {i} of the day</a></li>" for i in range(8)) + "</ul>"
    assert sections(f"<div><p>Posted from my reader.</p>{menu}</div>") == [(None, ["Posted from my reader."])]


def test_link_list_beside_the_text_is_left_out():
    html = f"<div><p>{PARAGRAPH * 3}</p>{LINK_ROLL}<p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH * 3, PARAGRAPH])]


def test_heading_classed_as_an_author_line_is_left_out():
    html = (f"<div><p>{PARAGRAPH}</p><h5 class='wp-block-authorline'>ku Frankfurt</h5><p>{PARAGRAPH}</p>"
            f"<h2>A chapter</h2><p>{PARAGRAPH}</p></div>")
    assert headings(html) == [None, "A chapter"]


def test_single_word_advertisement_label_is_not_a_heading():
    html = f"<div><p>{PARAGRAPH}</p><div><span>REKLAM</span></div><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH])]


def test_wire_style_capitals_line_is_a_heading():
    html = f"<div><p>{PARAGRAPH}</p><p>TIP-INS</p><p>{PARAGRAPH}</p></div>"
    assert headings(html) == [None, "TIP-INS"]


def test_classed_line_break_splits_a_text_run():
    first, second = PARAGRAPH, "Another sentence of prose that is long enough to stand as its own paragraph."
    html = f'<div>{first}<span class="id-r-component br"></span><span class="br"></span>{second}</div>'
    assert sections(html) == [(None, [first, second])]


def test_bold_line_between_line_breaks_is_a_heading():
    html = (f"<div>{PARAGRAPH}<br><strong>Infant found in a bus</strong><br><br>{PARAGRAPH}"
            f"<br><span class='strong'>A crisis demanding attention</span><br>{PARAGRAPH}</div>")
    assert sections(html) == [(None, [PARAGRAPH]), ("Infant found in a bus", [PARAGRAPH]),
                              ("A crisis demanding attention", [PARAGRAPH])]


def test_bold_words_after_an_unfinished_line_stay_in_it():
    html = f"<div>{PARAGRAPH}<br><br>Michael Anastassiades<br><b>Jewels after Jewels</b><br>Milan showroom</div>"
    assert sections(html) == [(None, [PARAGRAPH, "Michael Anastassiades\nJewels after Jewels\nMilan showroom"])]


def test_short_lines_between_line_breaks_stay_lines():
    points = ["Elected the 21st president", "Worked in a factory as a boy", "Became a rights lawyer"]
    html = f"<div><div>{'<br>'.join(points)}</div><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, ["\n".join(points), PARAGRAPH])]
    sentences = ["The mayor said so.", "The council agreed.", "Nobody objected."]  # paragraphs set with line breaks
    assert sections(f"<div><p>{'<br>'.join(sentences)}</p></div>") == [(None, sentences)]


def test_line_break_after_a_full_stop_ends_a_paragraph_but_not_after_a_colon():
    html = "<div><p>“We will go home.<br>We will not come back,” she said.</p><p>He only said:<br>“Ask the ministry.”</p></div>"
    assert sections(html) == [(None, ["“We will go home.", "We will not come back,” she said.", "He only said: “Ask the ministry.”"])]


def test_bold_teaser_inside_a_link_is_not_a_heading():
    html = (f"<div><p>{PARAGRAPH}</p><a href='/other'><div><b>Duel of the best phones</b></div>"
            f"<div>{PARAGRAPH}</div></a><p>{PARAGRAPH}</p></div>")
    assert headings(html) == [None]


def test_figure_caption_is_not_body_text():
    html = (f"<div><p>{PARAGRAPH}</p><figure><img src='a.jpg'><div class='text'>A man at a desk. Photo: Agency</div>"
            f"</figure><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH])]


def test_quote_and_data_table_figures_are_kept():
    html = (f"<div><p>{PARAGRAPH}</p><figure><blockquote>We will win.</blockquote></figure>"
            "<figure><table><tr><td>2023</td><td>140</td></tr></table></figure></div>")
    assert [(block.kind, block.text) for block in walk_body(lxml.html.fromstring(html))[0].blocks] == [
        ("paragraph", PARAGRAPH), ("quote", "We will win."), ("table", "2023 140")]


def test_timestamp_and_byline_lines_are_not_paragraphs():
    html = (f"<div><p>Stand: 24.04.2024 22:58 Uhr</p><p>Von: Bill McCarthy, Marisha Goldhamer</p><p>{PARAGRAPH}</p>"
            "<p>Von der Leyen sagte am Montag in Brüssel, die Verhandlungen gingen weiter.</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, "Von der Leyen sagte am Montag in Brüssel, die Verhandlungen gingen weiter."])]


@pytest.mark.parametrize("label", ["Release Date:", "Aktualisiert:", "Veröffentlicht am:", "Letzte Änderung:", "Gepubliceerd op:"])
def test_a_date_label_whose_date_stood_apart_is_not_a_paragraph(label):
    # the date sits in a box of its own, left out as a date: its label says nothing alone
    html = (f"<div><p>{PARAGRAPH}</p><p><span class='field-label'>{label}</span></p>"
            f"<div class='field-date'><span class='date-display'>Thursday, 28 April 2022</span></div>"
            f"<p>Background:</p><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, "Background:", PARAGRAPH])]


def test_heading_ending_with_a_colon_leads_into_the_text():
    html = (f"<div><p>{PARAGRAPH}</p><h2>A chapter</h2><p>{PARAGRAPH}</p>"
            f"<div class='subhead'>Specs:</div><ul><li>Weight: 2 kg</li></ul></div>")
    assert sections(html) == [(None, [PARAGRAPH]), ("A chapter", [PARAGRAPH, "Specs:", "Weight: 2 kg"])]


def test_title_of_a_list_of_links_is_not_a_heading():
    html = (f"<div><p>{PARAGRAPH}</p><h3>Table of Contents</h3><ol><li><a href='#a'>Best bags</a></li>"
            f"<li><a href='#b'>How we tested</a></li></ol><p>{PARAGRAPH}</p><h2>Best bags</h2><p>{PARAGRAPH}</p></div>")
    assert headings(html) == [None, "Best bags"]


def test_heading_with_a_table_of_contents_id_is_a_jump_target_not_chrome():
    html = (f"<div><p>{PARAGRAPH}</p><h2 id='toc_2' class='article-heading'>A chapter</h2><p>{PARAGRAPH}</p>"
            f"<h2 class='related-title'>Related</h2></div>")
    assert headings(html) == [None, "A chapter"]


def test_a_jump_target_with_an_attribute_name_lxml_refuses_is_still_read():
    """Broken markup can spill a script into a tag, leaving attribute names no new element may
    have ("{", which lxml reads as the start of a namespace): lxml.html.Element raised ValueError."""
    html = (f"<div><p>{PARAGRAPH}</p><h2 id='toc_2' class='article-heading' {{ data-x=1>A chapter</h2>"
            f"<p>{PARAGRAPH}</p></div>")
    assert headings(html) == [None, "A chapter"]


def test_a_list_whose_items_are_sections_is_read_as_headings_and_paragraphs():
    """A live blog's feed set as `<ol><li>` entries (a time, a heading, paragraphs): its entries
    are the body's sections, not one list block with the time glued to the heading ("10:05Update")."""
    entries = "".join(f"<li><time>1{n}:05</time><h3>Update {n}</h3><p>{PARAGRAPH}</p><p>{PARAGRAPH} ({n})</p></li>"
                      for n in range(2))
    assert sections(f"<div><p>{PARAGRAPH}</p><ol class='feed'>{entries}</ol></div>") == [
        (None, [PARAGRAPH]), ("Update 0", [PARAGRAPH, f"{PARAGRAPH} (0)"]), ("Update 1", [PARAGRAPH, f"{PARAGRAPH} (1)"])]


def test_a_link_lists_items_with_a_title_and_a_description_stay_one_list():
    note = "via A Source, the weekly digest of the regional press"
    items = "".join(f"<li><p><a href='https://a.example/{n}'>Linked title {n}</a></p><p>{note}</p></li>" for n in range(3))
    assert blocks(f"<div><p>{PARAGRAPH}</p><ul>{items}</ul></div>") == [
        ("paragraph", PARAGRAPH), ("list", "\n".join(f"Linked title {n} {note}" for n in range(3)))]


def test_long_run_of_short_lines_is_one_paragraph():
    html = "<div>" + "Short line of text here<br>" * 2000 + "</div>"
    [(heading, blocks)] = sections(html)
    assert heading is None and len(blocks) == 1 and blocks[0].count("Short line") == 2000


@pytest.mark.parametrize("line", [
    "25/04/2026 Actualizado a las 15:10h.",
    "Uppdaterad 15.59 | Publicerad 14.14",
    "20 Nisan 2026•Güncelleme: 20 Nisan 2026",
    "Publié le 18 juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06",
    "5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)",
    "thứ tư, 22/10/2025",
    "segunda-feira, 22 de janeiro de 2018 às 0:13",
    "martes, 3 de abril de 2018 - 10:45",
    "18:25Antony Clements-Thrower",
])
def test_date_and_update_lines_are_not_paragraphs(line):
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>") == [(None, [PARAGRAPH])]


def test_editors_note_about_an_update_stays():
    note = "Editor's note: this story was updated at 5:45 p.m. ET to include details from the NASA telecon."
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{note}</p></div>") == [(None, [PARAGRAPH, note])]


@pytest.mark.parametrize("line", [
    "Reporting by Maya Gebeily in Beirut; writing by David Clarke; editing by Daniel Flynn",
    "Additional reporting from PA",
    "—Associated Press writer John Leicester in Paris contributed to this report.",
    "With files from The Associated Press",
    "With reports from Reforma and El Economista",
    "Mit Informationen der Nachrichtenagenturen AFP, AP, dpa und Reuters.",
    "First published in The Conversation.",
    "Dieser Artikel ist zuerst bei \"Capital\" erschienen.",
    "(dmk)",
    "Article continues below",
    "We apologize, but this video has failed to load.",
    "Follow TechRadar on Google News and add us as a preferred source to get our news in your feeds.",
    "By signing up, you confirm that you are over the age of 16 and agree to receive occasional offers.",
])
def test_sign_offs_and_interface_prompts_are_not_paragraphs(line):
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>") == [(None, [PARAGRAPH])]


@pytest.mark.parametrize("line", [
    pytest.param("Von israel news am 21/02/2021. Abgelegt unter Israel. Sie können alle Antworten zu diesem Eintrag "
                 "durch den RSS 2.0. Kommentare und pings sind derzeit geschlossen.", id="blog-footer-de"),
    pytest.param("Posted by Jane on May 3. This entry was filed under News. You can follow any responses to this entry "
                 "through the RSS 2.0 feed.", id="blog-footer-en"),
    pytest.param("Kommentarfeed | Kommentare geschlossen | Trackback-URL", id="blog-footer-links"),
    pytest.param("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter "
                 "Allgemein, Region Halle - Leipzig, Tastings & Events, Veranstaltungskalender abgelegt. Du kannst die "
                 "Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare sind derzeit geschlossen, "
                 "aber Du kannst einen Trackback auf Deiner Seite einrichten.", id="blog-footer-long"),
    pytest.param("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.", id="appeal-de"),
    pytest.param("Gefällt dir unser Magazin? Wir haben entschieden, keine Bezahlschranke einzuführen.", id="appeal-du"),
    pytest.param("If you enjoyed this article, sign up for our newsletter.", id="appeal-en"),
    pytest.param("Did you like this story? Share it with your friends.", id="appeal-question"),
    pytest.param("이 기사가 마음에 들었다면, 좋아요를 눌러주세요.", id="appeal-ko"),
    pytest.param("There's plenty more where that came from. Sign up for The Water Coolest today to get the free daily "
                 "newsletter.", id="sign-up-en"),
    pytest.param("Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. Melde dich hier "
                 "für unseren Newsletter an!", id="sign-up-de"),
    pytest.param("Nichts Neues verpassen! - Newsletter abonnieren", id="sign-up-label"),
    pytest.param("Puede escribirnos o suscribirse aquí a nuestra newsletter.", id="sign-up-es"),
    pytest.param("Receive our monthly newsletter to stay on top of the latest articles.", id="sign-up-receive"),
    pytest.param("Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
                 id="comments-moderated-en"),
    pytest.param("ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão "
                 "aprovados pelo moderador.", id="comments-moderated-pt"),
    pytest.param("Please understand that comments are moderated and it is not always possible to publish all of them.",
                 id="comments-moderated-passive"),
    pytest.param("This website uses cookies to anonymously count visitor numbers. View our privacy policy.", id="cookies"),
])
def test_notes_to_readers_under_the_text_are_not_paragraphs(line):
    # a blog engine's footer, an appeal asking whether the reader liked the article, an
    # invitation to sign up for the newsletter, the comment section's house rules, a cookie note
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>") == [(None, [PARAGRAPH])]


@pytest.mark.parametrize("line", [
    "You can also subscribe to this newsletter here — just tick the box on the form.",
    "Special offer: this includes unlimited access and subscriber-only newsletters.",
    "The council will send a newsletter to every household in the spring, the mayor said.",
    "The senator's comments drew a sharp rebuke from the moderator, who cut her microphone.",
])
def test_a_line_about_a_newsletter_or_a_moderator_stays(line):
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>") == [(None, [PARAGRAPH, line])]


def test_a_question_to_the_reader_about_the_subject_stays():
    question = "Do you like kamaboko? There are all different kinds, from the pink ones to those in oden."
    assert sections(f"<div><p>{question}</p><p>{PARAGRAPH}</p></div>") == [(None, [question, PARAGRAPH])]


def test_drop_cap_joins_its_word():
    html = ("<div><p><span class='initial-letter-outer'><span class='initial-letter'>N</span></span> "
            "<span>a endlich! Es gibt einen Entwurf.</span></p></div>")
    assert sections(html) == [(None, ["Na endlich! Es gibt einen Entwurf."])]


def test_drop_cap_that_is_a_word_keeps_its_space():
    html = "<div><p><span class='dropcap'>A</span> man walked into the council meeting late.</p></div>"
    assert sections(html) == [(None, ["A man walked into the council meeting late."])]


def test_visually_hidden_link_hint_is_left_out():
    hint = ("<span style='border:0;clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;"
            "position:absolute;width:1px'>, opens new tab</span>")
    html = f"<div><p>The <a href='https://x.example/r'>report{hint}</a> found a tank fired two rounds.</p></div>"
    assert sections(html) == [(None, ["The report found a tank fired two rounds."])]


def test_teaser_box_for_another_story_inside_the_text_is_left_out():
    html = (f"<div><p>{PARAGRAPH}</p><div class='teaser-absatz'><p>The minister resigned last week over the flood "
            f"inquiry. <a href='/other'>more</a></p></div><div class='go-teaser-block'><span>New jobs</span></div>"
            f"<p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH])]


def test_lone_dateline_above_the_first_paragraph_is_left_out():
    html = f"<div><div><span>Chemnitz. </span><p>{PARAGRAPH}</p></div><p>Nein.</p><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, "Nein.", PARAGRAPH])]


def test_metadata_items_of_a_list_are_left_out():
    html = (f"<div><p>{PARAGRAPH}</p><ul><li>3 Minuten Lesezeit</li><li>Von: Bill McCarthy, Marisha Goldhamer</li>"
            "<li>Translation: AFP Germany</li><li>The claim is false</li></ul></div>")
    assert sections(html) == [(None, [PARAGRAPH, "The claim is false"])]


def test_caption_ending_with_its_picture_credit_is_not_a_paragraph():
    caption = "People in protective suits walk towards the cruise ship on 11 May 2026 (AFP / Jorge Guerrero)"
    assert sections(f"<div><p>{caption}</p><p>{PARAGRAPH}</p></div>") == [(None, [PARAGRAPH])]


def test_italic_notice_about_the_publication_is_not_a_paragraph():
    html = (f"<div><p>{PARAGRAPH}</p><p><em>Lest den Originalartikel auf Englisch <a href='/x'>hier</a>.</em></p>"
            "<p><em>No one is watching.</em></p></div>")
    assert sections(html) == [(None, [PARAGRAPH, "No one is watching."])]


def test_italic_notice_with_its_link_set_in_italics_is_not_a_paragraph():
    html = (f"<div><p>{PARAGRAPH}</p><p><em>Our evening newsletter brings you the day's news. </em>"
            "<a href='/signup'><em>Sign up here!</em></a></p>"
            "<p><em>The newsletter was late, </em><a href='/x'>she said</a>.</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, "The newsletter was late, she said."])]


@pytest.mark.parametrize("notice", [
    "*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.",
    "This post contains affiliate links: we earn a commission when you buy through them.",
    "Sponsored by the city's tourism board.",
])
def test_italic_advertising_disclosure_is_not_a_paragraph(notice):
    html = f"<div><p><em>{notice}</em></p><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH])]


@pytest.mark.parametrize("notice", [
    "<strong>Got a story? Get in touch with our news team by emailing us at "
    "<a href='mailto:news@example.com'>news@example.com</a>.</strong>",
    "<b><i>Are protests breaking out in your area? Get in touch at news@example.com</i></b>",
    "<strong>For more stories like this, </strong><a href='/news'><strong>check our news page</strong></a>.",
    "<strong>Follow Example.com on <a href='/t'>Twitter</a> and <a href='/f'>Facebook</a> for the latest news.</strong>",
])
def test_bold_or_italic_call_to_readers_is_not_a_paragraph(notice):
    html = f"<div><p>{PARAGRAPH}</p><p>{notice}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH])]


def test_call_to_readers_with_plain_words_is_a_paragraph():
    text = "Readers can get in touch with the council at <strong>help@example.org</strong> until Friday."
    html = f"<div><p>{PARAGRAPH}</p><p>{text}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, "Readers can get in touch with the council at help@example.org until Friday."])]


@pytest.mark.parametrize("text", [
    "We use cookies", "WE USE COOKIES on this site", "Externe Inhalte anzeigen", "Ein Klick für den Datenschutz",
    "By signing up you agree", "Inhalte von X", "I AGREE TO the terms", "\u0130 agree to", "privacy \u017fettings",
    "coo\u212aie settings", "Da\u00df ist kein Hinweis", "ΟΔΟΣ we use cookies", "Accept all cookies", "plain text",
    "Ich bin damit einverstanden, dass", "Daten an Drittplattformen", "Externer Inhalt", "Manage consent",
    "Consent to the display", "Privacy Settings", "by registering you", "aby registering", "Inhalte von YouTube",
    "Empfohlener redaktioneller Inhalt", "Du kannst ihn dir mit einem Klick anzeigen lassen", "Ein Klick genügt",
])
def test_consent_fast_path_agrees_with_the_ignorecase_pattern(text):
    # the lower-case pattern behind a few substring tests gives the pattern's own verdict
    from crawler.parsers.body.lines import _CONSENT, _is_consent

    assert _CONSENT.pattern == _CONSENT.pattern.lower()
    assert _is_consent(text) == (_CONSENT.search(text) is not None)


def test_consent_notice_of_a_blocked_embed_in_three_sentences_is_not_a_paragraph():
    notice = ("Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von "
              "twitter.com blockiert. Wenn Dir Inhalte dieses Anbieters auf dieser Seite angezeigt werden sollen, "
              "stimme bitte den unten genannten Bedingungen zu. Du kannst Deine Zustimmung an dieser Stelle "
              "jederzeit widerrufen. Weitere Informationen findest Du im Bereich Datenschutz.")
    assert 300 < len(notice) < 500
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{notice}</p><p>{PARAGRAPH}</p></div>") == [(None, [PARAGRAPH, PARAGRAPH])]


def test_placeholder_of_a_blocked_embed_leaves_no_line_behind():
    # the placeholder's title and its "show it with a click" line go with its consent notice
    box = ("<div class='info-box'><div class='h3'>Empfohlener redaktioneller Inhalt</div><p>An dieser Stelle "
           "findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.<br>Du kannst ihn dir mit "
           "einem Klick anzeigen lassen und wieder ausblenden.</p></div>")
    assert sections(f"<div><p>{PARAGRAPH}</p>{box}<p>{PARAGRAPH}</p></div>") == [(None, [PARAGRAPH, PARAGRAPH])]


def test_header_closed_late_by_broken_markup_is_walked():
    # an unmatched </ul> left the post inside the attribution <header>
    html = (f"<div><header><a href='/p/1'>#1</a><div><li><a href='/p/1'>Share</a></li>"
            f"<article class='message-body'><p>{PARAGRAPH}</p></article></div></header></div>")
    assert sections(html) == [(None, [PARAGRAPH])]


def test_page_header_is_not_body_text():
    html = f"<div><header><p>A dek of the story that stands under its headline here.</p></header><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH])]


def test_a_header_holding_the_paragraphs_of_a_text_module_is_walked():
    # a page of text modules: each <article> puts its headline and its paragraphs in a <header>
    module = f"<article><header><h2>First module</h2>{f'<p>{PARAGRAPH}</p>' * 5}</header></article>"
    assert [blocks for _heading, blocks in sections(f"<div>{module}</div>")] == [[PARAGRAPH] * 5]
    dek = f"<article><header><h2>First module</h2>{f'<p>{PARAGRAPH}</p>' * 4}</header></article>"
    assert sections(f"<div>{dek}<p>{PARAGRAPH}</p></div>") == [(None, [PARAGRAPH])]


@pytest.mark.parametrize("label", ["Veja Também:", "PUEDES VER:", "Siehe auch:", "Voir aussi :"])
def test_a_see_also_label_before_its_links_is_no_paragraph(label):
    teasers = "<ul><li><a href='/a'>Another story of the day</a></li><li><a href='/b'>One more story</a></li></ul>"
    html = f"<div><p>{PARAGRAPH}</p><div class='title'>{label}</div>{teasers}<p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH])]


def test_a_see_also_teaser_set_as_a_quote_is_no_quote():
    teaser = "<blockquote><b>PUEDES VER: </b><a href='/other'>¿Cómo sacar mi certificado de estudios?</a></blockquote>"
    quote = "<blockquote><p>Puedes ver: the minister said the schools stay open until the end of May.</p></blockquote>"
    assert sections(f"<div><p>{PARAGRAPH}</p>{teaser}<p>{PARAGRAPH}</p></div>") == [(None, [PARAGRAPH, PARAGRAPH])]
    assert len(sections(f"<div><p>{PARAGRAPH}</p>{quote}<p>{PARAGRAPH}</p></div>")[0][1]) == 3


@pytest.mark.parametrize("label", ["<p><strong>Kontakt:</strong></p>", "<div>Kontakt:</div>", "<p>Media contact</p>"])
def test_a_contact_box_after_the_text_is_left_out(label):
    contact = "<p><b>Jan Koch</b><br>Telefon +49 40 49 07 11 06<br><a href='mailto:jk@example.org'>jk@example.org</a></p>"
    html = f"<div>{f'<p>{PARAGRAPH}</p>' * 5}{label}{contact}</div>"
    assert sections(html) == [(None, [PARAGRAPH] * 5)]


def test_a_blog_posts_filing_line_is_no_paragraph():
    filed = "<div>This entry was posted in <a href='/c/general'>General</a>. Bookmark the <a href='/p'>permalink</a>.</div>"
    assert sections(f"<div><p>{PARAGRAPH}</p>{filed}</div>") == [(None, [PARAGRAPH])]


def test_a_results_table_whose_cells_are_divs_stays_a_table():
    rows = "".join(f"<tr><td><div>{place}</div></td><td><div>Runner {place}</div></td><td><div>0:3{place}:10</div></td></tr>"
                   for place in range(1, 6))
    walked = walk_body(lxml.html.fromstring(f"<div><h2>Results</h2><table>{rows}</table></div>"))
    assert [block.kind for section in walked for block in section.blocks] == ["table"]
    assert "Runner 5 0:35:10" in walked[-1].blocks[0].text


def test_a_layout_table_of_text_columns_is_walked_as_text():
    cell = f"<td><div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></td>"
    walked = walk_body(lxml.html.fromstring(f"<div><table><tr>{cell}{cell}</tr></table></div>"))
    assert [block.kind for section in walked for block in section.blocks] == ["paragraph"] * 4


def test_a_line_with_dotted_dates_and_no_clock_time_stays_text():
    # "17.08" of "17.08.2007" is the day and month, not a clock time: no timestamp line
    speech = "Bern, 17.08.2007 - Rede von Moritz Leuenberger beim SP-Städtegipfel, Basel, 18. August 2007"
    stamp = "Stand: 24.04.2024 22:58 Uhr"
    assert sections(f"<div><p>{speech}</p><p>{stamp}</p><p>{PARAGRAPH}</p></div>") == [(None, [speech, PARAGRAPH])]


def test_caption_ending_with_a_photo_credit_in_brackets_is_not_a_paragraph():
    html = f"<div><p>{PARAGRAPH}</p><p><small>The broadcast times of the big events at a glance. (Foto: Getty)</small></p></div>"
    assert sections(html) == [(None, [PARAGRAPH])]


def test_text_beside_a_picture_repeating_its_alt_text_is_its_caption():
    alt = "Chestnut groves grew from the double use of the land as orchard and pasture."
    html = (f"<div><p>{PARAGRAPH}</p><div class='image'><a href='/big.jpg'><img src='x.jpg' alt='{alt}'></a>"
            f"<div class='legend'><div>{alt}<br>Photo © Peter Steiger</div></div></div><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH])]


def test_paragraph_far_from_a_picture_with_the_same_alt_text_stays():
    html = f"<div><div><div><img src='x.jpg' alt='{PARAGRAPH}'></div></div><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH])]


def test_post_classed_as_a_teaser_text_is_the_text():
    html = f"<div><div class='blog_teaser_text blog_detail'>{f'<p>{PARAGRAPH}</p>' * 12}</div></div>"
    assert sections(html) == [(None, [PARAGRAPH] * 12)]


def test_long_teaser_box_of_links_is_left_out():
    links = "".join(f"<p><a href='/job-{i}'>{PARAGRAPH}</a></p>" for i in range(12))
    html = f"<div><p>{PARAGRAPH}</p><div class='go-teaser-block'>{links}</div></div>"
    assert sections(html) == [(None, [PARAGRAPH])]


def test_short_line_in_a_box_with_a_picture_is_its_caption():
    html = (f"<div><p>{PARAGRAPH}</p><div class='x1'><div class='x2'><picture><img src='a.jpg'></picture>"
            f"<div class='x3'>Fans produced a banner backing their captain</div><div class='x4'>REUTERS</div></div></div>"
            f"<p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH])]


@pytest.mark.parametrize("caption", [
    "Abbildung: Vergleich auf dem Gletscher. Die gemessenen Schneehöhen passen gut zusammen.",
    "Fig. 2: The measured snow depths. Both agree well.",
])
def test_line_opening_with_a_figure_label_in_a_box_with_a_picture_is_its_caption(caption):
    # a caption set as sentences: the figure label says what it is
    html = f"<div><p>{PARAGRAPH}</p><div class='imginline'><img src='a.png'><span>{caption}</span></div><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH])]


def test_line_after_a_picture_in_a_paragraph_is_its_caption():
    html = f"<div><p>{PARAGRAPH}</p><p><img src='a.jpg' width='1169'><br><em>The suspect enters the courtroom</em></p></div>"
    assert sections(html) == [(None, [PARAGRAPH])]


def test_sentence_beside_a_picture_stays_text():
    sentence = "A senior official has said in a sworn affidavit that anyone could escape."
    html = f"<div><p><img src='logo.jpg' class='alignright' width='300'>{sentence}</p><p>{PARAGRAPH}</p></div>"
    assert sections(html) == [(None, [sentence, PARAGRAPH])]


def test_short_line_beside_an_icon_stays_text():
    html = f"<div><p>{PARAGRAPH}</p><p><img src='flag.png' width='16'> Germany wins the final in Rome</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, "Germany wins the final in Rome"])]


def test_title_of_a_component_set_into_the_text_is_no_heading_and_no_text():
    html = (f"<div><p>{PARAGRAPH}</p><div class='widget-title__heading'>From our partners</div>"
            f"<p>{PARAGRAPH}</p><h2>A chapter</h2><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH]), ("A chapter", [PARAGRAPH])]


def test_paragraph_classed_as_a_section_heading_is_a_sub_heading():
    html = f"<div><p>{PARAGRAPH}</p><p class='sectionheading'>Where to watch</p><p>{PARAGRAPH}</p></div>"
    assert headings(html) == [None, "Where to watch"]


def test_title_of_an_embedded_video_is_no_heading():
    html = (f"<div><p>{PARAGRAPH}</p><div class='media-box big'><h2>The history of vaccines</h2>"
            f"<video src='v.mp4'></video></div><p>{PARAGRAPH}</p><h2>A chapter</h2><p>{PARAGRAPH}</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, PARAGRAPH]), ("A chapter", [PARAGRAPH])]


def test_heading_of_a_box_with_a_picture_and_text_stays():
    html = (f"<div><p>{PARAGRAPH}</p><div><h2>A chapter</h2><img src='a.jpg'><p>{PARAGRAPH}</p></div>"
            f"<h2>Another chapter</h2><p>{PARAGRAPH}</p></div>")
    assert headings(html) == [None, "A chapter", "Another chapter"]


@pytest.mark.parametrize("label", ["Schon gelesen?", "Veja Também:", "Zum Weiterlesen:", "Leggi anche:"])
def test_see_also_label_and_its_links_are_left_out(label):
    html = (f"<div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
            f"<p><strong>{label}</strong></p><blockquote class='wp-embedded-content'><p><a href='/a'>Another story"
            f"</a></p></blockquote></div>")
    assert sections(html) == [(None, [PARAGRAPH] * 5)]


def test_a_pull_quote_repeating_the_text_is_left_out():
    said = "The harbour will stay open through the winter, whatever the council decides next week."
    html = (f"<div><p>{PARAGRAPH}</p><blockquote class='pullquote'><p>“{said}”</p><p>Mayor Ann Berg</p>"
            f"</blockquote><p>At the meeting the mayor was firm. {said} Nobody objected.</p></div>")
    assert sections(html) == [(None, [PARAGRAPH, f"At the meeting the mayor was firm. {said} Nobody objected."])]


def test_a_pull_quote_whose_sentences_the_text_quotes_one_by_one_is_left_out():
    first, second = "The government must finally move.", "We have to uphold the social model."
    html = (f"<div><p>{PARAGRAPH}</p><blockquote><p>{first} {second}</p></blockquote>"
            f"<p>“{first[:-1]},” she said after her speech. “{second}”</p></div>")
    assert [kind for kind, _text in blocks(html)] == ["paragraph", "paragraph"]


def test_a_link_to_another_page_set_as_a_quote_is_no_quote():
    card = "<blockquote><p><a href='/other'>Second day of protests in the capital after the minister was dismissed</a></p></blockquote>"
    assert blocks(f"<div><p>{PARAGRAPH}</p>{card}<p>{PARAGRAPH}</p></div>") == [("paragraph", PARAGRAPH)] * 2
    cited = "<blockquote><p>The minister <a href='/law'>cited the law</a> and said the schools stay open until May.</p></blockquote>"
    assert [kind for kind, _text in blocks(f"<div><p>{PARAGRAPH}</p>{cited}</div>")] == ["paragraph", "quote"]


def test_a_quotation_not_in_the_text_stays():
    html = (f"<div><p>{PARAGRAPH}</p><blockquote><p>“The harbour will stay open through the winter.”</p>"
            f"</blockquote><p>Nobody at the meeting objected to that.</p></div>")
    kinds = [block.kind for section in walk_body(lxml.html.fromstring(html)) for block in section.blocks]
    assert kinds == ["paragraph", "quote", "paragraph"]


def test_italic_bio_of_the_articles_author_is_not_a_paragraph():
    from crawler.parsers.body import WalkRules

    bio = "<p><em>Jane Doe is a senior researcher at the Institute of Urban Studies.</em></p>"
    html = f"<div><p>{PARAGRAPH}</p>{bio}</div>"
    assert sections(html, rules=WalkRules(authors=("Jane Doe",))) == [(None, [PARAGRAPH])]
    assert sections(html, rules=WalkRules(authors=("John Roe",))) == [
        (None, [PARAGRAPH, "Jane Doe is a senior researcher at the Institute of Urban Studies."])]


def test_byline_naming_the_articles_authors_is_neither_heading_nor_paragraph():
    from crawler.parsers.body import WalkRules

    bold = f"<div><p>{PARAGRAPH}</p><p><strong>Jane Doe/John Roe</strong></p><p>{PARAGRAPH}</p></div>"
    plain = f"<div><p>{PARAGRAPH}</p><p>Jane Doe and John Roe</p><p>{PARAGRAPH}</p></div>"
    authors = WalkRules(authors=("Jane Doe", "John Roe"))
    assert sections(bold, rules=authors) == [(None, [PARAGRAPH, PARAGRAPH])]
    assert sections(plain, rules=WalkRules(authors=("Jane Doe", "John Roe"))) == [(None, [PARAGRAPH, PARAGRAPH])]
    assert headings(bold, rules=WalkRules(authors=("Jane Doe",))) == [None, "Jane Doe/John Roe"]  # a name beside theirs
    assert sections(plain) == [(None, [PARAGRAPH, "Jane Doe and John Roe", PARAGRAPH])]


def test_closing_bio_of_the_articles_author_is_not_a_paragraph():
    from crawler.parsers.body import WalkRules

    bio = "Steph Doe covers politics and the courts. Follow Steph on social media."
    html = f"<div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{bio}</p></div>"
    assert sections(html, rules=WalkRules(authors=("Stephanie Doe",))) == [(None, [PARAGRAPH, PARAGRAPH])]
    assert sections(html, rules=WalkRules(authors=("John Roe",))) == [(None, [PARAGRAPH, PARAGRAPH, bio])]
    inside = f"<div><p>{PARAGRAPH}</p><p>{bio}</p><p>{PARAGRAPH}</p></div>"  # not the last: the story's own text
    assert sections(inside, rules=WalkRules(authors=("Stephanie Doe",))) == [(None, [PARAGRAPH, bio, PARAGRAPH])]


def test_newsletter_sign_up_form_is_not_text_but_a_page_wide_form_is():
    form = ("<form><p>Get our daily news email with exclusive stories and analysis</p>"
            "<input type='email' name='email'><button>Sign up</button></form>")
    assert sections(f"<div><p>{PARAGRAPH}</p>{form}<p>{PARAGRAPH}</p></div>") == [(None, [PARAGRAPH, PARAGRAPH])]
    page_wide = f"<form>{''.join(f'<p>{PARAGRAPH}</p>' for _ in range(12))}<input type='email'></form>"
    assert len(sections(f"<div>{page_wide}</div>")[0][1]) == 12


def test_a_linked_line_opening_with_an_arrow_points_to_another_page():
    pointer = "<p>&gt;&gt; Here you will also find an overview of <a href='/dates'>all the bank's dates</a></p>"
    quoted = "<p>&gt; The rate stays at 4 percent, the bank said on Thursday after its meeting.</p>"
    html = f"<div><p>{PARAGRAPH}</p>{pointer}{quoted}</div>"
    assert sections(html) == [
        (None, [PARAGRAPH, "> The rate stays at 4 percent, the bank said on Thursday after its meeting."])]


def test_a_person_box_is_not_text_but_a_person_named_in_a_sentence_is():
    box = ("<div itemscope itemtype='https://schema.org/Person'><p>Jane Roe</p>"
           "<p>Jane Roe is professor of international politics at the university.</p></div>")
    said = ("<p><span itemscope itemtype='https://schema.org/Person'>Jane Roe</span> said the talks "
            "would go on through the night.</p>")
    assert sections(f"<div><p>{PARAGRAPH}</p>{box}{said}</div>") == [
        (None, [PARAGRAPH, "Jane Roe said the talks would go on through the night."])]


@pytest.mark.parametrize("line", [
    "Published under: 2024 Election , Bailout , Court-Packing , Democratic Donors",
    "Schlagworte: Schule, Bildung",
    "Filed under: Politics |",
    "Themen: Ehrenamt Jugendverbände",
    "Kategorie: Erste Versuche",
    "01.02.2022 Kategorie: Synchronschwimmen, Verband",
    "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo",
    "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder | Rating: 0.0/0",
])
def test_a_line_of_taxonomy_terms_is_not_a_paragraph(line):
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>") == [(None, [PARAGRAPH])]


def test_a_taxonomy_word_opening_a_sentence_stays():
    line = "Tags: the children wrote them on the wall of the school in red paint, the teacher said."
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>") == [(None, [PARAGRAPH, line])]
    lead_in = "Three themes - jobs, rents and schools - and one category: the voters under thirty"
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{lead_in}</p></div>") == [(None, [PARAGRAPH, lead_in])]


def test_a_name_with_an_age_stamp_is_not_a_paragraph():
    assert sections(f"<div><p>Jane Doe2 minutes ago</p><p>{PARAGRAPH}</p><p>vor 3 Stunden</p></div>") == [
        (None, [PARAGRAPH])]


def test_an_advertisement_label_alone_on_its_line_is_not_a_paragraph():
    werbung = "Werbung für das neue Stadion kostete die Stadt im letzten Jahr mehr als zwei Millionen Euro."
    html = f"<div><p>{PARAGRAPH}</p><p>Реклама:</p><p>Werbung</p><p>{werbung}</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, werbung])]


@pytest.mark.parametrize("line", [
    "- Advertisement -", "[Anzeige]", "— Read more —",
    "Aktivieren Sie JavaScript um das Video zu sehen.", "Please enable JavaScript to view the comments.",
    "JavaScript is disabled in your browser.",
    "CONTINUA DEPOIS DA PUBLICIDADE", "La suite après cette publicité", "Artikel wird nach der Anzeige fortgesetzt",
])
def test_framed_stock_line_and_script_notice_are_not_paragraphs(line):
    # a stock line set apart by dashes or brackets; a notice that something needs scripts; the
    # "continued after the advertisement" line
    kept = "We wrote the tool in JavaScript because the team knew it best."
    html = f"<div><p>{PARAGRAPH}</p><p>{line}</p><p>{kept}</p><p>- Not a stock line -</p></div>"
    assert sections(html) == [(None, [PARAGRAPH, kept, "- Not a stock line -"])]


@pytest.mark.parametrize("line", [
    "Watch: Kiev overrun by protesting crowds.", "Listen: the full interview", "More: How the vote was counted",
])
def test_stock_labels_ending_in_a_colon_open_no_paragraph(line):
    # the labels of an embedded video, a player, a teaser ("watch:", "more:"): the colon ends the
    # stock word where a word boundary would not
    kept = "Watching the count took the council all night."
    assert sections(f"<div><p>{PARAGRAPH}</p><p>{line}</p><p>{kept}</p></div>") == [(None, [PARAGRAPH, kept])]


def test_line_of_links_after_the_text_in_one_run_is_dropped():
    # one text run set with line breaks: the text, then a line that is all links (a press kit
    # and a feed); the run as a whole has few links, the line alone is all links. A link that
    # shows its address is a source cited, not a link line
    html = (f"<div><p>{PARAGRAPH}</p><div>{PARAGRAPH} It says more.<br><br>"
            "<a href='/firms/19'>Online press kit - all releases of <em>Example Corp</em></a> | "
            "<a href='/rss'>RSS feed</a><br><br><a href='https://example.org/reports/2024/budget'>https://example.org/reports/2024/budget</a></div></div>")
    texts = [text for _kind, text in blocks(html)]
    assert not any("press kit" in text for text in texts)
    assert f"{PARAGRAPH} It says more." in texts and "https://example.org/reports/2024/budget" in texts


def test_poll_box_with_its_question_is_left_out():
    # the question reads like a paragraph; the radio buttons' labels are chrome already
    poll = ("<div class='sc-c0e0'><div class='sc-55c5'><p>Which of these remedies is your favourite when you have a cold?</p>"
            "</div><div><label><input type='radio' name='poll-answer' value='1'/>A warm soup</label>"
            "<label><input type='radio' name='poll-answer' value='2'/>Ginger tea</label>"
            "<label><input type='radio' name='poll-answer' value='3'/>Lots of sleep</label></div></div>")
    html = f"<div><p>{PARAGRAPH}</p><div class='sc-e17c'>{poll}</div><p>{PARAGRAPH} Again.</p></div>"
    assert blocks(html) == [("paragraph", PARAGRAPH), ("paragraph", PARAGRAPH + " Again.")]


def test_text_around_a_form_of_radio_buttons_is_kept():
    # the page's whole text in one form (a framework's postback form) with a rating widget in it
    rating = ("<div class='rate'><input type='radio' name='stars' value='1'/><input type='radio' name='stars' value='2'/>"
              "</div>")
    html = f"<div><form><p>{PARAGRAPH}</p>{rating}<p>{PARAGRAPH} Again.</p></form></div>"
    assert blocks(html) == [("paragraph", PARAGRAPH), ("paragraph", PARAGRAPH + " Again.")]


def test_label_classed_bold_opens_its_box_like_a_bold_paragraph():
    # a utility class sets the label in bold: "Sources" and the list under it are chrome
    sources = ("<div class='rounded-8 p-12'><div class='grid gap-12'><div class='mb-4 text-14 font-bold'>Sources</div>"
               "<ul><li>Post on a social network</li><li>Own research</li></ul></div></div>")
    html = f"<div><p>{PARAGRAPH}</p><p>{PARAGRAPH} Two.</p><p>{PARAGRAPH} Three.</p><p>{PARAGRAPH} Four.</p>" \
           f"<p>{PARAGRAPH} Five.</p>{sources}</div>"
    assert [kind for kind, _text in blocks(html)] == ["paragraph"] * 5


@pytest.mark.parametrize("line", [
    "Bildquelle: Peter Ferstl", "Bildnachweis: Quelle, cc-Lizenz", "Beitragsbild: Stefan Mang",
    "Titelbild: Flickr, CC BY 2.0", "Photocredits MYMARINI: Christin Schwarzer",
    "Featured image by Alberto Riva/The Points Guy.", "Lesezeit: 1 min", "Reading time: 4 minutes",
])
def test_labelled_picture_credit_or_reading_time_is_no_paragraph(line):
    assert blocks(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>") == [("paragraph", PARAGRAPH)]


@pytest.mark.parametrize("line", [
    "Bildquellen wie Archive und Museen halfen bei der Suche nach den Fotos.",
    "Reading time matters: 4 minutes is what most readers give an article.",
])
def test_sentence_opening_with_a_credit_word_is_kept(line):
    assert blocks(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>") == [("paragraph", PARAGRAPH), ("paragraph", line)]


@pytest.mark.parametrize("label", ["Dieses Thema im Programm:", "Diese Artikel könnten dich ebenfalls interessieren:",
                                   "Links:"])
def test_label_left_last_by_the_box_it_led_into_is_dropped(label):
    # the broadcast box's heading went as chrome ("A | B | 06.07.2026"); its label stayed last
    html = (f"<div><p>{PARAGRAPH}</p><p>{PARAGRAPH} Two.</p><div class='relatedbroadcast'><p>{label}</p>"
            "<h3>MDR SACHSEN-ANHALT | HEUTE | 06.07.2026 | 19:00 Uhr</h3></div></div>")
    assert blocks(html) == [("paragraph", PARAGRAPH), ("paragraph", PARAGRAPH + " Two.")]


def test_lead_in_with_a_colon_before_more_text_is_kept():
    html = f"<div><p>{PARAGRAPH}</p><p>She said only this:</p><p>{PARAGRAPH} Two.</p></div>"
    assert len(blocks(html)) == 3


@pytest.mark.parametrize(("line", "kept"), [(".", False), ("， ， ， ，", False), ("=)", True)])
def test_paragraph_of_punctuation_only_is_dropped(line, kept):
    assert (len(blocks(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>")) == 2) is kept


@pytest.mark.parametrize(("line", "kept"), [
    ("Übersetzung und Adaptierung: AFP Deutschland", False), ("Translated by Jane Doe", False),
    ("Traducción: María López", False),
    ("Übersetzungen ins Deutsche sind bei dem Verlag seit Jahren die Ausnahme, sagt die Lektorin.", True),
])
def test_translators_credit_under_the_text_is_no_paragraph(line, kept):
    assert (len(blocks(f"<div><p>{PARAGRAPH}</p><p>{line}</p></div>")) == 2) is kept
