"""Photo galleries ("In pictures"): the captions of the slides are the story, so they are body
paragraphs after the intro, and every slide's picture is an image with its caption; an
ordinary article's few captioned photos keep their captions out of the body.

The galleries are golden fixtures of the generic parser, `tests/fixtures/generic/<date>_<slug>.html`
beside the expected `.json` (sorted keys; `url` is an input too), one test per field.
"""

from __future__ import annotations

import dataclasses
import json
from itertools import zip_longest
from pathlib import Path

import pytest

from crawler.items import FetchedPage
from crawler.parsers import GENERIC, parse_html, parse_page
from crawler.parsers.document import load_document
from crawler.parsers.gallery import find_gallery

FIXTURES = Path(__file__).parent / "fixtures" / "generic"
CASES = sorted(FIXTURES.glob("*.json"))
CRAWL_ONLY = ("fetched_at", "quality_flags", "page")


def _expected(case: Path) -> dict:
    return json.loads(case.read_text(encoding="utf-8"))


_PARSED: dict[Path, dict] = {}


def parsed(case: Path) -> dict:
    """The generic parse of a fixture page, once per module, as its expected JSON holds it."""
    if case not in _PARSED:
        page = FetchedPage(url=_expected(case)["url"], body=case.with_suffix(".html").read_bytes(),
                           headers={"content-type": "text/html"})
        data = dataclasses.asdict(parse_page(page, GENERIC))
        _PARSED[case] = {name: value for name, value in data.items() if name not in CRAWL_ONLY}
    return _PARSED[case]


@pytest.mark.parametrize(("case", "field"), [pytest.param(case, field, id=f"{case.stem}:{field}")
                                             for case in CASES for field in sorted(_expected(case))])
def test_gallery_golden_field(case, field):
    assert parsed(case)[field] == _expected(case)[field]


def test_there_are_gallery_fixtures_of_both_markups():
    pages = [case.with_suffix(".html").read_text(encoding="utf-8") for case in CASES]
    assert any("<figcaption>" in page for page in pages) and any('class="slideshow"' in page for page in pages)


URL = "https://news.example.org/2026/04/02/harbour-wall"
CAPTIONS = [
    "Divers inspect the foot of the harbour wall, where the storm of 12 March tore out a section of the old stonework.",
    "The harbourmaster, Ellen Voss, points to the cracks along the quay. “We have patched this wall for thirty years,” she said.",
    "Fishing boats were moved to the inner basin on Tuesday while engineers checked the moorings along the east side.",
]
PROSE = ("The council will decide next month whether to rebuild the harbour wall in stone or in concrete, after "
         "engineers found that the storm in March had loosened more of the structure than first thought. ")


def photo_page(paragraphs: int, prose: str = PROSE) -> str:
    """An article with three captioned photos among `paragraphs` paragraphs of `prose`."""
    figures = [f"<figure><img src='/img/harbour-{index}.jpg' alt='Harbour picture {index}' width='1200' height='800'>"
               f"<figcaption>{caption}</figcaption></figure>" for index, caption in enumerate(CAPTIONS)]
    text = [f"<p>{prose}Paragraph {index} of the report.</p>" for index in range(paragraphs)]
    body = "".join(part for pair in zip_longest(text, figures, fillvalue="") for part in pair)
    return (f"<html lang='en'><head><title>Harbour wall</title></head><body><main><article>"
            f"<h1>Harbour wall to be rebuilt after storm damage</h1>{body}</article></main></body></html>")


def test_an_ordinary_article_keeps_its_captions_out_of_the_body():
    article = parse_html(photo_page(paragraphs=8), URL)
    texts = [block.text for section in article.body for block in section.blocks if block.kind == "paragraph"]
    assert len(texts) == 8 and not any(caption[:40] in text for caption in CAPTIONS for text in texts)
    assert [image.caption for image in article.images] == CAPTIONS


def test_an_ordinary_article_with_three_captioned_photos_is_no_gallery():
    _text, root = load_document(photo_page(paragraphs=8))
    assert find_gallery(root, text_chars=8 * len(PROSE)) is None


def test_the_same_photos_beside_a_short_intro_are_a_gallery():
    article = parse_html(photo_page(paragraphs=1, prose="Engineers surveyed the harbour wall after the storm. "), URL)
    blocks = [(block.kind, block.text) for section in article.body for block in section.blocks]
    assert [text for kind, text in blocks if kind == "paragraph"][1:] == CAPTIONS
    assert [kind for kind, _text in blocks].count("image") == 3
    assert [image.caption for image in article.images] == CAPTIONS
