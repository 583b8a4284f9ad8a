"""Date choice on small inline pages: one test per rule of `crawler.parsers.dates`."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.parsers import parse_html
from crawler.parsers.datelines import _AFTER, _BEFORE, read_date_line
from crawler.parsers.document import load_document
from crawler.parsers.dates import shown_offset
from crawler.parsers.pagetexts import BodyTexts
from crawler.parsers.text import clean_text

URL = "https://news.example.org/story"
PROSE = ("The council met on Tuesday evening to discuss the new budget, which has been delayed "
         "twice this year because of disagreements over school funding. ")


def _root(body: str):
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


# ---------------------------------------------------------------- the offset the page shows
@pytest.mark.parametrize(("published", "date_line", "expected"), [
    ("2022-05-04T02:41:00+00:00", "3/5/2022 22:41", "2022-05-03T22:41:00-04:00"),
    ("2020-02-25T02:25:54+00:00", "Feb 24, 2020 | 9:25pm", "2020-02-24T21:25:54-05:00"),
    ("2023-11-08T21:56:18+00:00", "November 8, 2023 at 4:56 p.m.", "2023-11-08T16:56:18-05:00"),
    ("2024-05-03T14:24:00+00:00", "03.05.2024, 16:24 Uhr", "2024-05-03T16:24:00+02:00"),
    ("2026-07-08T03:00:07+00:00", "Stand: 08.07.2026 05:00 Uhr", "2026-07-08T05:00:07+02:00"),
])
def test_a_utc_time_takes_the_offset_of_the_clock_time_the_page_shows(published, date_line, expected):
    page = _root(f"<header><a href='/'>Home</a></header><h1>Budget delayed</h1><p>{date_line}</p><p>{PROSE}</p>")
    assert shown_offset(published, BodyTexts(page)) == expected


@pytest.mark.parametrize(("published", "date_line"), [
    ("2024-10-23T15:48:15+00:00", "October 23, 2024, 3:48 Uhr"),  # 3:48 or 15:48 shifted by 12 hours
    ("2022-05-04T03:05:00+00:00", "4 May 2022, 3:05"),  # shown in UTC itself
    ("2022-05-04T03:05:00+00:00", "4 May 2022, 5:05"),  # 5:05 or 17:05: two offsets fit
    ("2022-05-04T03:05:00+00:00", "Opening hours 9:00 to 17:00"),  # no clock with the minutes
])
def test_a_utc_time_stays_when_the_page_shows_no_single_local_clock_time(published, date_line):
    assert shown_offset(published, BodyTexts(_root(f"<p>{date_line}</p>"))) == published


def test_offsets_and_dates_in_the_text_are_not_clock_times():
    page = _root("<p>22.11.2024</p><p>2024-11-22T07:57:00+01:00</p><p>22.11.2024 07.57</p>")
    assert shown_offset("2024-11-22T06:57:50+00:00", BodyTexts(page)) == "2024-11-22T07:57:50+01:00"


def test_dates_with_an_offset_or_without_a_time_are_left_alone():
    page = _root("<p>3/5/2022 22:41</p>")
    assert shown_offset("2022-05-04T02:41:00+02:00", BodyTexts(page)) == "2022-05-04T02:41:00+02:00"
    assert shown_offset("2022-05-04", BodyTexts(page)) == "2022-05-04"
    assert shown_offset(None, BodyTexts(page)) is None


def test_parse_html_dates_the_article_on_the_publishers_calendar_day():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget delayed",'
            ' "datePublished": "Wed, 04 May 2022 02:41:00 GMT"}</script>')
    body = f"<article><h1>Budget delayed</h1><span>3/5/2022 22:41</span><p>{PROSE}</p><p>{PROSE}</p></article>"
    article = parse_html(f"<html lang='es'><head>{head}</head><body>{body}</body></html>", URL)
    assert article.published == "2022-05-03T22:41:00-04:00"
    assert article.published_raw == "Wed, 04 May 2022 02:41:00 GMT"


# ---------------------------------------------------------------- the date line beside the headline
@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Stand: 28.04.2020 18:00 Uhr", "de", "2020-04-28"),
    ("05.02.2020", "de", "2020-02-05"),
    ("4.\u20092.\u20092022.", "de", "2022-02-04"),
    ("Monday, 6 January 2020", "en", "2020-01-06"),
    ("Updated May 06, 2019", "en", "2019-05-06"),
    ("07 Dezember, 2022", "de", "2022-12-07"),
    ("26. Januar 2022, 14:30 Uhr", "de", "2022-01-26"),
    ("04 de mayo 2022, 12:00 A. M.", "es", "2022-05-04"),
    ("1er janvier 2021", "fr", "2021-01-01"),
    ("Written: 2023-11-07 15:03:30", "en", "2023-11-07"),
    ("3/5/2022", "de", "2022-05-03"),
    ("13/5/2022", "en", "2022-05-13"),
    ("5/13/2022", "en", "2022-05-13"),
    ("3/5/2022", "en", None),  # March 5 or 3 May
    ("Copyright © 2000-2022", "de", None),
    ("Mars rover lands in 2021", "en", None),
    ("Turniere 2021", "de", None),
    ("31.02.2022", "de", None),
])
def test_a_date_line_is_read_in_the_pages_language(line, language, expected):
    day = read_date_line(clean_text(line), language)
    assert (day.isoformat() if day else None) == expected


def _dated_page(head: str, header: str, lang: str = "de") -> str | None:
    body = f"<article>{header}<p>{PROSE}</p><p>{PROSE}</p></article>"
    return parse_html(f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>", URL).published


def test_the_date_line_under_the_headline_outranks_a_meta_tag_date():
    head = "<meta name='date' content='2020-04-29T11:52:23'>"
    assert _dated_page(head, "<h1>Budget delayed</h1><span>Stand: 28.04.2020 18:00 Uhr</span>") == "2020-04-28"
    assert _dated_page(head, "<h1>Budget delayed</h1><span>Stand: 29.04.2020 18:00 Uhr</span>") == "2020-04-29T11:52:23"


def test_a_date_line_indented_by_its_markup_is_still_a_date_line():
    head = "<meta name='pubdate' content='2021-12-14T15:41:07+01:00'>"
    indent = " " * 120
    header = f"<h1>Budget delayed</h1><p><strong>\n    04.02.2022 | 15:33 Uhr\n    |\n{indent}<span>Dennis Steimels</span></strong></p>"
    assert _dated_page(head, header) == "2022-02-04"
    prose = f"<h1>Budget delayed</h1><p>{indent}The budget was first announced in a speech on 04.02.2022 before parliament and the press.</p>"
    assert _dated_page(head, prose) == "2021-12-14T15:41:07+01:00"


def test_the_date_line_outranks_a_modified_date_when_nothing_gives_the_publication_date():
    head = "<meta property='og:updated_time' content='2022-12-16T17:30:38+01:00'>"
    assert _dated_page(head, "<p class='kicker'>Führung</p><h1>Budget delayed</h1><span>07 Dezember, 2022</span>") \
        == "2022-12-07"


def test_jsonld_and_the_address_outrank_the_date_line():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget delayed",'
            ' "datePublished": "2020-01-03T09:48:24+01:00"}</script>')
    assert _dated_page(head, "<h1>Budget delayed</h1><span>Monday, 6 January 2020</span>", "en") \
        == "2020-01-03T09:48:24+01:00"


def test_a_slashed_date_that_could_be_read_two_ways_does_not_outrank_the_date_line():
    # "10/05/2022" is 5 October month first; the Spanish page shows which day it is
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget delayed",'
            ' "datePublished": "10/05/2022 05:22 pm"}</script>')
    assert _dated_page(head, "<h1>Budget delayed</h1><span>10/05/2022 05:22 pm</span>", "es") == "2022-05-10"
    assert _dated_page(head, "<h1>Budget delayed</h1>", "es") == "2022-10-05T17:22:00"  # no line to say otherwise


def test_a_dotted_date_in_metadata_is_read_day_first():
    assert _dated_page("<meta name='date' content='10.05.2022'>", "<h1>Budget delayed</h1>") == "2022-05-10"


def test_the_date_line_beside_the_headline_outranks_jsonld_when_it_shows_the_modified_day():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget delayed",'
            ' "datePublished": "2020-01-03T09:48:24+01:00", "dateModified": "2020-01-06T09:22:36+01:00"}</script>')
    assert _dated_page(head, "<h1>Budget delayed</h1><span>Monday, 6 January 2020</span>", "en") == "2020-01-06"
    far = "".join(f"<p>Standfirst line {i}.</p>" for i in range(25))
    assert _dated_page(head, f"<h1>Budget delayed</h1>{far}<span>Monday, 6 January 2020</span>", "en") \
        == "2020-01-03T09:48:24+01:00"
    assert _dated_page(head, "<h1>Budget delayed</h1><span>Tuesday, 7 January 2020</span>", "en") \
        == "2020-01-03T09:48:24+01:00"
    blank = "".join("<div>\n  <span> </span>\n</div>" for _ in range(12))
    assert _dated_page(head, f"<h1>Budget delayed</h1>{blank}<span>Monday, 6 January 2020</span>", "en") \
        == "2020-01-06"


def test_a_modified_stamp_before_the_publication_is_no_update_the_date_line_may_show():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget delayed",'
            ' "datePublished": "2022-12-30T07:00:40+01:00", "dateModified": "2022-12-29T15:36:19+01:00"}</script>')
    assert _dated_page(head, "<h1>Budget delayed</h1><span>29. Dezember 2022</span>", "de") \
        == "2022-12-30T07:00:40+01:00"


def test_an_iso_timestamp_written_as_text_is_no_date_line():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget delayed",'
            ' "datePublished": "2022-12-25T11:00:02+00:00", "dateModified": "2022-12-07T10:10:52+01:00"}</script>')
    header = "<h1>Budget delayed</h1><span class='updated'>2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span>"
    assert _dated_page(head, header)[:10] == "2022-12-25"


def test_a_caption_or_teaser_that_mentions_a_date_is_no_date_line():
    head = "<meta name='date' content='2023-04-28'>"
    caption = "<h1>Budget delayed</h1><figure><img src='x.jpg'><p>Soldiers of the brigade near the front line, 24. April 2023</p></figure>"
    assert _dated_page(head, caption) == "2023-04-28"


def test_a_date_in_a_link_beside_the_headline_is_no_date_line():
    head = "<meta name='date' content='2020-04-29'>"
    assert _dated_page(head, "<h1>Budget delayed</h1><a href='/archive'>28.04.2020</a>") == "2020-04-29"


def test_a_time_element_that_writes_out_a_date_is_a_date_line_wherever_it_is():
    head = "<meta property='og:article:published_time' content='2022-01-15'>"
    far = "".join(f"<p>Paragraph {i} of the standfirst.</p>" for i in range(70))
    header = f"<h1>Budget delayed</h1>{far}<time datetime='2022-01-25'>25.01.2022</time>"
    assert _dated_page(head, header) == "2022-01-25"
    quoted = f"<h1>Budget delayed</h1>{far}<blockquote><time>25.01.2022</time></blockquote>"
    assert _dated_page(head, quoted) == "2022-01-15"


def test_elements_whose_class_names_a_date_are_found_in_page_order():
    # the XPath looks for "dat" (for "date" and "datum") and "fecha"; a class that only holds
    # "dat" ("data-block", "validation") is no date class
    from crawler.parsers.datelines import _DATE_CLASSED, _names_date

    root = _root("<div class='data-block'>x</div><span class='post-date'>a</span><p class='validation'>y</p>"
                 "<div class='Datum datum-zeile'>b</div><span class='fecha'>c</span><i class='updated'>d</i>")
    assert [el.text for el in filter(_names_date, _DATE_CLASSED(root))] == ["a", "b", "c", "d"]
    three = root.xpath("//body/descendant::*/@class[contains(., 'date') or contains(., 'datum') or contains(., 'fecha')]/..")
    assert list(filter(_names_date, _DATE_CLASSED(root))) == three


def test_a_time_element_in_a_reader_comment_does_not_date_the_article():
    comment = ("<div class='comments'><article class='comment-body'><footer class='comment-meta'>"
               "<time datetime='2019-08-24T03:36:11+02:00'>24. August 2019</time></footer>"
               "<p>Great episode, thanks!</p></article></div>")
    head = "<meta name='date' content='2019-08-16'>"
    far = "".join(f"<p>Paragraph {i} of the episode notes.</p>" for i in range(70))
    assert _dated_page(head, f"<h1>Budget delayed</h1>{far}{comment}") == "2019-08-16"
    opinion = "<div class='kommentar'><time datetime='2019-10-19T14:37:24+02:00'>19.10.2019</time></div>"
    assert _dated_page("", f"<h1>Budget delayed</h1>{opinion}") == "2019-10-19T14:37:24+02:00"  # an opinion column


def test_a_line_labelled_as_the_publication_date_dates_the_article_wherever_it_stands():
    far = "".join(f"<p>Paragraph {i} of the episode notes.</p>" for i in range(70))
    footer = f"<h1>Budget delayed</h1>{far}<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p>"
    assert _dated_page("<meta name='description' content='x'>", footer) == "2019-08-16"
    comment = ("<div class='comment-list'><time datetime='2019-08-24T03:36:11+02:00'>24. August 2019</time></div>")
    assert _dated_page("", footer + comment) == "2019-08-16"  # over htmldate's guess
    sentence = f"<h1>Budget delayed</h1>{far}<p>Published on the council's site, the budget was delayed on 16.08.2019 by a vote.</p>"
    assert _dated_page("<meta name='date' content='2019-08-20'>", sentence) == "2019-08-20"


def test_the_day_in_the_address_outranks_a_stamp_more_than_a_month_later():
    head = '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2019-06-17T18:28:00+0200"}</script>'
    page = f"<html lang='de'><head>{head}</head><body><article><h2>Montauk</h2><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    assert parse_html(page, "https://blog.example.org/home/2017/7/12/montauk").published == "2017-07-12"
    assert parse_html(page, "https://blog.example.org/home/2019/6/16/montauk").published == "2019-06-17T18:28:00+02:00"


@pytest.mark.parametrize(("stamp", "lang", "expected"), [
    ("2022-11-06T23:00:00.000Z", "de", "2022-11-07T00:00:00+01:00"),  # winter: midnight at +01:00
    ("2022-07-06T22:00:00Z", "de", "2022-07-07T00:00:00+02:00"),  # summer time
    ("2022-11-06T22:00:00Z", "de", "2022-11-06T22:00:00+00:00"),  # 23:00 there: a real time
    ("2022-11-06T23:00:00Z", "en", "2022-11-06T23:00:00+00:00"),  # a language of other zones
])
def test_a_utc_stamp_at_central_european_midnight_carries_that_day(stamp, lang, expected):
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{stamp}"}}</script>'
    assert _dated_page(head, "<h1>Budget delayed</h1>", lang) == expected


def test_a_comment_date_under_a_short_article_is_no_date_line():
    comments = ("<div class='comment-box'><p><span class='author'>Marth</span>"
                "<span class='comment-date'>02.12.2022, 15:57:32</span></p><p>Well said.</p></div>")
    head = "<meta name='date' content='2022-11-29'>"
    assert _dated_page(head, f"<h1>Budget delayed</h1>{comments}") == "2022-11-29"


def test_a_paragraph_opening_with_its_dateline_dates_a_page_without_structured_dates():
    head = "<meta name='date' content='2022-12-02'>"
    opening = f"<h1>Budget delayed</h1><p>29.11.2022 – {PROSE}</p>"
    assert _dated_page(head, opening) == "2022-11-29"
    assert _dated_page("", "<h1>Budget delayed</h1><p><strong>Bern, 17.08.2007 - Rede beim Städtegipfel</strong></p>") \
        == "2007-08-17"
    assert _dated_page(head, f"<h1>Budget delayed</h1><p>{PROSE} The vote of 29.11.2022 – a surprise.</p>") \
        == "2022-12-02"  # a date inside the prose is no dateline


def test_the_body_texts_are_listed_once_for_the_date_and_the_byline(monkeypatch):
    import crawler.parsers.pagetexts as pagetexts

    walks = []
    listed = pagetexts._TEXTS
    monkeypatch.setattr(pagetexts, "_TEXTS", lambda root: walks.append(root) or listed(root))
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-05-04T02:41:00Z"}</script>'
    article = parse_html(f"<html><head>{head}</head><body><h1>Budget delayed</h1><p>3/5/2022 22:41</p>"
                         f"<p>By Ann Lee</p><p>{PROSE * 3}</p></body></html>", URL)
    assert (article.published, article.authors) == ("2022-05-03T22:41:00-04:00", ["Ann Lee"])
    assert len(walks) == 1


def test_a_page_pasted_together_lists_the_texts_of_each_body_in_turn():
    # libxml2 keeps a <body> per <html>; one XPath over all of them merges node sets in quadratic time
    page = "<!DOCTYPE html>\n<html><head><title>A story</title></head><body><p>First</p><p>By Ann Lee</p></body></html>"
    _, root = load_document((page + page.replace("First", "Second").replace("Ann", "Bo")).encode(), "text/html")
    texts = BodyTexts(root)
    assert len(root.xpath("//body")) == 2
    assert texts.strings == ["First", "By Ann Lee", "Second", "By Bo Lee"]
    assert [texts.node(index).getparent().text for index in (1, 3)] == ["By Ann Lee", "By Bo Lee"]


@pytest.mark.parametrize("before, after", [(3, 5), (25, 140)])
def test_the_texts_around_the_headline_are_the_nearest_in_page_order(before, after):
    def paragraphs(prefix: str, count: int) -> str:
        return "".join(f"<p>{prefix} {n} <b>bold {n}</b> tail {n}</p>" for n in range(count))

    _, root = load_document(f"<html><body>{paragraphs('above', before)}<div><h1>Headline</h1></div>"
                            f"{paragraphs('below', after)}</body></html>".encode())
    h1 = root.find(".//h1")
    for found, axis, reach in ((_BEFORE(h1), "preceding", 10), (_AFTER(h1), "following", 60)):
        assert [str(t) for t in found] == [str(t) for t in h1.xpath(f"{axis}::text()[position() <= {reach}]")]


def _undated_page(footer: str) -> str | None:
    prose = "".join(f"<p>The club trains every week on the field behind the school, number {n}, in all weather.</p>"
                    for n in range(4))
    html = (f"<html><head><title>Our club</title></head><body><article><h1>Our club</h1>{prose}</article>"
            f"<footer>{footer}</footer></body></html>")
    return parse_html(html, "https://club.example.org/about").published


def test_a_year_alone_dates_no_page():
    assert _undated_page("<p>© 2016 Example Club</p><a href='/wiki/1996-1997_season'>1996-1997 season</a>") is None


def test_a_day_shown_in_the_page_still_dates_it():
    assert _undated_page("<p>Last updated: 3 March 2016</p>").startswith("2016-03-03")


def test_a_labelled_last_change_dates_a_page_that_gives_no_publication_date():
    text = "".join(f"<p>Paragraph {i} of the report.</p>" for i in range(70)) + "<p>Datensatz vom 09.03.2016</p>"
    label = "<div><label>Letzte Änderung:</label><div class='label_content'>\n  14.01.2022 um 09:25  </div></div>"
    assert _dated_page("", f"<h1>Snow cover</h1>{text}{label}") == "2022-01-14"  # not the data set's day
    assert _dated_page("<meta name='date' content='2021-12-20'>", f"<h1>Snow cover</h1>{text}{label}") == "2021-12-20"
    sentence = "<p>Last updated maps were drawn in spring and first shown on 14.01.2022 to the council.</p>"
    assert _dated_page("", f"<h1>Snow cover</h1>{text}{sentence}") == "2016-03-09"  # a sentence, not a label
