"""The article's language: the page's declaration unless its text surely says otherwise."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_html
from crawler.parsers.language import language_code, reads_as, text_language

URL = "https://news.example.org/story"
ENGLISH = ["The council met on Tuesday evening to discuss the new budget, which has been delayed "
           "twice this year because of disagreements over school funding and road repairs.",
           "Members of the opposition said they would not vote for a plan that cuts the hours of "
           "the public libraries, and the mayor promised to find the money elsewhere.",
           "A final vote is expected next month, after the summer recess and a public hearing."]
GERMAN = ["Der Gemeinderat hat am Dienstagabend über den neuen Haushalt beraten, der sich in diesem "
          "Jahr wegen eines Streits über die Finanzierung der Schulen zweimal verzögert hat.",
          "Die Opposition kündigte an, einem Plan nicht zuzustimmen, der die Öffnungszeiten der "
          "Stadtbibliotheken kürzt, und der Bürgermeister versprach, das Geld anderswo zu finden.",
          "Die Abstimmung wird für den kommenden Monat nach der Sommerpause erwartet."]


def test_a_declaration_the_text_agrees_with_stands():
    assert text_language("en", ENGLISH) == "en"
    assert text_language("de", GERMAN) == "de"


def test_a_template_default_the_text_contradicts_is_overruled():
    assert text_language("en", GERMAN) == "de"


def test_a_declared_language_other_than_the_template_default_is_trusted():
    assert text_language("de", ENGLISH) == "de"
    assert text_language("nb", GERMAN) == "nb"


def test_whether_a_text_reads_surely_as_a_language_whatever_was_declared():
    # (what the quote reader asks of a page that declares German: is its text English all the same?)
    assert reads_as(ENGLISH, "en") and not reads_as(GERMAN, "en") and reads_as(GERMAN, "de")
    assert not reads_as(["The council met on Tuesday."], "en"), "too short to read surely"


def test_a_page_that_declares_nothing_takes_the_texts_language():
    assert text_language(None, GERMAN) == "de"


def test_a_short_text_is_not_read():
    assert text_language("en", ["Der Gemeinderat tagt am Dienstag."]) == "en"
    assert text_language(None, ["Der Gemeinderat tagt am Dienstag."]) is None


def _page(lang: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f"<html lang='{lang}'><head><title>Budget delayed</title></head><body><article>"
            f"<h1>Budget delayed</h1>{body}</article></body></html>")


def test_an_english_page_that_declares_nothing_gets_its_quotes_read():
    said = ['"We will not vote for this plan," said Anna Berg, the leader of the opposition.']
    article = parse_html(_page("", [*ENGLISH, *said]), URL)
    assert article.language == "en"
    assert [quote.speaker for quote in article.quotes] == ["Anna Berg"]


@pytest.mark.parametrize("declared", ["en", ""])
def test_a_german_page_served_as_english_or_as_nothing_keeps_the_english_rules_off_its_text(declared):
    # read with the English said-clause rules, this quote would be given to "Sommerpause"
    said = ['"Wir stimmen diesem Plan nicht zu", sagte Anna Berg, die Fraktionschefin der Opposition.']
    article = parse_html(_page(declared, [*GERMAN, *said]), URL)
    assert article.language == "de"
    assert article.quotes == []


@pytest.mark.parametrize(("tag", "code"), [
    ("en-US", "en"), ("en_GB", "en"), ("DE", "de"), ("zh-Hant", "zh"),
    ("iw", "he"), ("jw", "jv"), ("deu", "de"), ("eng", "en"),  # old and long forms: one spelling per language
    ("utf-8", None), ("und", None), ("mul", None), ("x-default", None), ("", None), (None, None), ("{{lang}}", None),
])
def test_language_codes_are_standard_and_name_a_language(tag, code):
    assert language_code(tag) == code


def test_a_declaration_that_names_no_language_gives_way_to_the_next_one():
    # the meta's French stands (a declared language other than English is trusted, whatever
    # the text): read from the meta, not from the text, which would say English
    page = _page("utf-8", ENGLISH).replace("<head>", "<head><meta http-equiv='content-language' content='fr-FR'>")
    assert parse_html(page, URL).language == "fr"


def test_a_declaration_that_names_no_language_is_no_declaration():
    # "utf" kept as the page's language used to stop the text from being read
    assert parse_html(_page("utf", GERMAN), URL).language == "de"
