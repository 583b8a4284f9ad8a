"""Topics (crawler.parsers.topics): the outlet's tags as the page lists them, one page per source."""

from __future__ import annotations

from tests.helpers import jsonld_article as jsonld
from tests.helpers import parse_story


def topics(head: str = "", body: str = "") -> list[str]:
    return parse_story(head, body).topics


def test_json_ld_keywords_come_first_split_and_unique():
    head = jsonld(keywords="Gaza, Hamas; Israel, gaza") + "<meta name='keywords' content='Other'>"
    assert topics(head) == ["Gaza", "Hamas", "Israel"]


def test_json_ld_keywords_as_a_list():
    assert topics(jsonld(keywords=["Bahn", "Bus", "Verdi"])) == ["Bahn", "Bus", "Verdi"]


def test_meta_keywords_in_order_news_keywords_first():
    head = "<meta name='keywords' content='b, c'><meta name='news_keywords' content='Unfall, Berlin'>"
    assert topics(head) == ["Unfall", "Berlin"]


def test_article_tag_metas_each_a_topic():
    head = "<meta property='article:tag' content='Wine'><meta property='article:tag' content='Wine Guy'>"
    assert topics(head) == ["Wine", "Wine Guy"]


def test_other_meta_named_for_keywords():
    assert topics("<meta name='custom-keywords' content='Aufsichtsrat, Deutsche Bank'>") == ["Aufsichtsrat", "Deutsche Bank"]


def test_identifiers_and_host_names_are_not_topics():
    head = jsonld(keywords="Trump, 100312362, cce15240-c52a-4887-a61a-cd64701d6596, theprovince.com, KI")
    assert topics(head) == ["Trump", "KI"]


def test_addresses_e_mail_addresses_and_dates_are_not_topics():
    head = jsonld(keywords=["Radon", "https://twitter.com/AP_Sports", "DeinBeispiel@mailinator.com", "13. März 2019",
                            "15/07/2014", "Formula 1 2024"])
    assert topics(head) == ["Radon", "Formula 1 2024"]


def test_a_tag_lists_prompts_are_not_topics():
    body = ("<div class='post-tags'><a href='/t/garten'>Garten</a><a href='#comments'>↓ Zu den Kommentaren</a>"
            "<a href='/author/x'>Alle Beiträge von Anna Bauer →</a><a href='#respond'>Hier klicken, um zu antworten.</a>"
            "<a href='/t/us'>U.S.</a><a href='/t/tatort'>»Tatort«</a></div>")
    assert topics(body=body) == ["Garten", "U.S.", "»Tatort«"]


def test_cms_identifiers_with_underscores_are_not_topics():
    head = jsonld(keywords="Instagram, editors_pick, _commerce, cat_neuro-science, Social Media")
    assert topics(head) == ["Instagram", "Social Media"]


def test_a_wire_services_subject_codes_are_not_topics():
    codes = "AER, AERO, AIRL, AIRS08, CRSH, GEN, INDG08, MEAST, ASIA"
    head = f"<meta name='keywords' content='{codes}'><meta property='article:tag' content='Aviation'>"
    assert topics(head) == ["Aviation"]
    assert topics(jsonld(keywords="EU, NATO, USA")) == ["EU", "NATO", "USA"]  # a few acronyms are topics


def test_the_subjects_of_analytics_facets_are_the_topics():
    head = jsonld(keywords=["Day: Friday", "Page Type: Article", "Medium", "WC: 1000-1999", "Subject: Justice",
                            "Subject: Politics", "Partner: Factiva"])
    assert topics(head) == ["Justice", "Politics"]


def test_the_kind_a_cms_files_a_topic_under_is_not_its_name():
    head = jsonld(keywords=["sections/sverige", "topic/misshandel & överfall", "deportes/formula-1", "AC/DC"])
    assert topics(head) == ["sverige", "misshandel & överfall", "formula-1", "AC/DC"]


def test_a_visible_tag_list():
    body = ("<div class='article-tags'><a href='/tag/parlament'>Parlament</a>"
            "<a href='/tag/protest'>Protest</a></div>")
    assert topics(body=body) == ["Parlament", "Protest"]


def test_links_that_are_tags_themselves():
    body = ("<p><a rel='tag' href='/t/a'>Covid-19</a> <a href='/t/b'><span class='tag-like'>Impfungen</span></a></p>")
    assert topics(body=body) == ["Covid-19", "Impfungen"]


def test_a_topics_menu_in_the_navigation_is_the_sites_not_the_articles():
    body = ("<nav><ul class='topics'><li><a href='/health'>Health</a></li><li><a href='/climate'>Climate</a></li></ul></nav>"
            "<div class='nav-group-topics'><a href='/migration'>Migration</a></div>")
    assert topics(body=body) == []


def test_a_hidden_box_and_share_buttons_in_a_tag_list_are_no_topics():
    body = ("<div class='tags'><a href='/thema/meloni'>Giorgia Meloni</a>"
            "<div class='maxTopics' style='display: none;'><a href='/profil/themen/'>Themen bearbeiten</a></div>"
            "<a class='social-sharing-button' href='https://share.example.com/?u=x'>Facebook</a></div>")
    assert topics(body=body) == ["Giorgia Meloni"]
