"""Recipe and how-to steps declared in JSON-LD join the body when the walk missed them."""

from __future__ import annotations

import json

from crawler.items import Block, Section
from crawler.parsers import parse_html
from crawler.parsers.recipes import with_declared_steps

URL = "https://food.example.org/recipes/porridge"
NOTE = ("Oats are rich in fibre and calcium, and the soluble fibre in them helps to keep the level "
        "of cholesterol in the blood down. ")
STEPS = ["Bring the oat milk to the boil with the oats, vanilla and cinnamon, then simmer for two minutes.",
         "Toast the nuts in a dry pan. Wash, core and dice the apples, and serve the porridge with both."]
RECIPE = {"@type": "Recipe", "name": "Apple porridge", "recipeIngredient": ["300 ml oat milk", "80 g oats"],
          "recipeInstructions": [{"@type": "HowToStep", "text": step} for step in STEPS]}


def body(*texts: str) -> list[Section]:
    return [Section(heading=None, blocks=[Block(kind="paragraph", text=text) for text in texts])]


def texts(sections: list[Section]) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for section in sections for block in section.blocks]


def test_steps_the_body_lacks_follow_it_with_the_ingredients():
    found = with_declared_steps(body(NOTE.strip()), RECIPE)
    assert texts(found) == [("paragraph", NOTE.strip()), ("list", "300 ml oat milk\n80 g oats"),
                            ("paragraph", STEPS[0]), ("paragraph", STEPS[1])]


def test_a_body_that_shows_most_steps_is_left_as_it_is():
    # the first step split around a picture, the second set word for word: nothing is added twice
    shown = body(NOTE.strip(), "300 ml oat milk", "80 g oats", "Bring the oat milk to the boil with the oats,",
                 "then simmer for two minutes.", STEPS[1])
    assert with_declared_steps(shown, RECIPE) == shown


def test_ingredients_the_body_lacks_are_added_alone_when_it_shows_the_steps():
    assert texts(with_declared_steps(body(NOTE.strip(), *STEPS), RECIPE))[-1] == ("list", "300 ml oat milk\n80 g oats")


def test_no_declared_steps_leave_the_body_alone():
    assert with_declared_steps(body(NOTE.strip()), None) == body(NOTE.strip())
    assert with_declared_steps(body(NOTE.strip()), {"@type": "Recipe", "name": "x"}) == body(NOTE.strip())


def test_steps_in_sections_and_markup_are_read_as_lines():
    declared = {"@type": "HowTo", "step": [
        {"@type": "HowToSection", "name": "Cutting", "itemListElement": [
            {"@type": "HowToStep", "text": "<p>Measure the <a href='/t'>table top</a> first.</p><p>Then cut the cloth.</p>"}]},
        "Hem the edge all round.\nIron it flat."]}
    assert texts(with_declared_steps(body(NOTE.strip()), declared))[1:] == [
        ("paragraph", "Measure the table top first."), ("paragraph", "Then cut the cloth."),
        ("paragraph", "Hem the edge all round."), ("paragraph", "Iron it flat.")]


def test_a_recipe_page_whose_steps_a_script_renders_gets_them_from_its_json_ld():
    page = ("<html><head><title>Apple porridge</title><script type='application/ld+json'>"
            f"{json.dumps(RECIPE)}</script></head><body><article><h1>Apple porridge</h1>"
            f"<p>{NOTE * 2}</p><div id='steps'></div></article></body></html>")
    article = parse_html(page, URL)
    assert [block.text for section in article.body for block in section.blocks][-2:] == STEPS
