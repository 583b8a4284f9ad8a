"""Captions and credits of a picture (crawler.parsers.credits), one figure per rule."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.parsers.credits import caption_and_credits, credit_names, split_credit


def read(html: str) -> tuple[str | None, list[str]]:
    """(caption, credits) of the first picture of a snippet whose root holds it with its caption."""
    root = lxml.html.fromstring(html)
    return caption_and_credits(root, next(root.iter("img")))


def test_figcaption_is_the_caption_and_a_credit_element_inside_it_is_not():
    html = ("<figure><img src='/a.jpg'><figcaption>Protesters in the square. "
            "<span class='photo-credit'>Photo: Jane Doe/Reuters</span></figcaption></figure>")
    assert read(html) == ("Protesters in the square.", ["Jane Doe/Reuters"])


def test_a_figure_footer_and_copyright_names_are_credits():
    html = ("<figure><img src='/a.jpg'><figcaption>The caption</figcaption>"
            "<footer><span class='copyright'>APA/AFP/Mandel Ngan</span></footer></figure>")
    assert read(html) == ("The caption", ["APA/AFP/Mandel Ngan"])


def test_credit_line_by_its_first_word_without_a_class():
    html = "<div><img src='/a.jpg'><small>The school in Lienz</small><small>© André Schmidt</small></div>"
    assert read(html) == ("The school in Lienz", ["André Schmidt"])


def test_a_credit_the_caption_ends_with_is_split_off():
    assert split_credit("Yahya Sinwar speaks in Gaza. (Adel Hana/Associated Press)") == (
        "Yahya Sinwar speaks in Gaza.", ["Adel Hana/Associated Press"])
    assert split_credit("Kawasaki wie 2024 wird es nicht mehr geben, Foto: LAT Images") == (
        "Kawasaki wie 2024 wird es nicht mehr geben", ["LAT Images"])
    assert split_credit("Rainer de Meijer, Irene Lingg | Foto: Zvg.") == ("Rainer de Meijer, Irene Lingg", ["Zvg."])
    assert split_credit("Firefighters at work. Photograph: Jorge Gil/Europa Press") == (
        "Firefighters at work.", ["Jorge Gil/Europa Press"])


def test_east_asian_credit_marks_are_split_off():
    assert split_credit("尹大統領の発言をテレビで見る国民（ソウルで、３日）＝ＡＰ") == ("尹大統領の発言をテレビで見る国民（ソウルで、３日）", ["ＡＰ"])
    assert split_credit("이재명 대통령 당선인 모습. [사진 출처 = 연합뉴스]") == ("이재명 대통령 당선인 모습.", ["연합뉴스"])


@pytest.mark.parametrize(("caption", "expected"), [
    ("Doctors at work. Ảnh: Bệnh viện cung cấp", ("Doctors at work.", ["Bệnh viện cung cấp"])),
    ("Rejoice Ndlovu. Isithombe: Sithunyelwe", ("Rejoice Ndlovu.", ["Sithunyelwe"])),
    ("She will succeed him. | Ann Lee/PA Images via Getty Images", ("She will succeed him.",
                                                                   ["Ann Lee/PA Images via Getty Images"])),
    ("A map | the route", ("A map | the route", [])),
])
def test_a_labelled_or_barred_credit_the_caption_ends_with(caption, expected):
    assert split_credit(caption) == expected


def test_a_symbolic_picture_note_before_a_caption_is_no_credit():
    html = ("<div><img src='/a.jpg'><span class='text'>Symbolbild: Ann Lee made important discoveries,</span> "
            "<span class='source'>©BillionPhotos.com - stock.adobe.com</span></div>")
    assert read(html)[1] == ["BillionPhotos.com - stock.adobe.com"]


def test_a_caption_without_a_credit_is_left_whole():
    assert split_credit("Ben Osborn (Sheffield United) in a tackle") == ("Ben Osborn (Sheffield United) in a tackle", [])


def test_the_last_short_line_of_a_caption_is_its_credit():
    html = ("<figure><img src='/a.jpg'><figcaption><span>Ursula von der Leyen speaks.</span>"
            "<span class='x7f'>Philipp von Ditfurth/dpa</span></figcaption></figure>")
    assert read(html) == ("Ursula von der Leyen speaks.", ["Philipp von Ditfurth/dpa"])


def test_the_last_short_line_beside_a_picture_in_its_wrappers_is_its_credit():
    # class names that say nothing (CSS-in-JS); the caption and credit lines sit one wrapper down
    html = ("<div class='sc-ixz'><div class='sc-fun'><picture><img src='/a.jpg'></picture>"
            "<div class='sc-hzh'>Chelsea beat Tottenham on Thursday night</div>"
            "<div class='sc-fhj'>Getty Images</div></div></div>")
    assert read(html) == ("Chelsea beat Tottenham on Thursday night", ["Getty Images"])


def test_the_short_last_line_of_a_teasers_linked_caption_is_no_credit():
    html = ("<figure><img src='/a.jpg'><figcaption><a href='/other-story'><h5>Another story</h5>"
            " <span>Read more</span></a></figcaption></figure>")
    assert read(html) == ("Another story Read more", [])


def test_a_line_after_the_picture_wrapper_that_repeats_the_alt_text_is_the_caption():
    def caption_after(following: str) -> str | None:
        root = lxml.html.fromstring("<div><div class='f3e0'><picture><img src='/a.jpg' alt='Recovered jewellery'>"
                                    f"</picture></div>{following}<p>The police said so.</p></div>")
        wrapper = root.find("div")
        return caption_and_credits(wrapper, wrapper.find(".//img"))[0]

    assert caption_after("<div class='f46b'><span>Recovered jewellery</span></div>") == "Recovered jewellery"
    assert caption_after("<div class='w'><h1>Recovered jewellery</h1></div>") is None  # the headline it repeats


def test_the_separator_before_a_credit_taken_out_does_not_end_the_caption():
    html = ("<figure><img src='/a.jpg'><figcaption>Thousands rallied in Tbilisi on Monday. <span>-&nbsp;</span>"
            "<span class='caption__copyright'>Copyright&nbsp;</span><span class='caption__credit'>Ann Lee/AP</span>"
            "</figcaption></figure>")
    assert read(html)[0] == "Thousands rallied in Tbilisi on Monday."


def test_img_title_after_the_alt_text_names_the_credit():
    html = ("<div><img src='/a.jpg' alt='Andrew Robertson of Liverpool' "
            "title='Andrew Robertson of Liverpool | Bild: picture alliance/dpa | Daniel Vogl'></div>")
    assert read(html) == (None, ["picture alliance/dpa", "Daniel Vogl"])


def test_a_caption_standing_right_after_the_picture_wrapper():
    root = lxml.html.fromstring("<div><picture><img src='/a.jpg'></picture>"
                                "<figcaption><span>Caption after it, Foto: LAT Images</span></figcaption></div>")
    picture = root.find("picture")
    assert caption_and_credits(picture, picture.find("img")) == ("Caption after it", ["LAT Images"])


def test_a_figcaption_set_after_its_figure_is_the_figures_caption():
    root = lxml.html.fromstring("<div><figure><a href='/big.jpg'><picture><img src='/a.jpg'></picture></a></figure>"
                                "<figcaption>Ministers at the press conference <span>Foto: Ann Lee/imago</span>"
                                "</figcaption></div>")
    figure = root.find("figure")
    assert caption_and_credits(figure, figure.find(".//img")) == ("Ministers at the press conference",
                                                                   ["Ann Lee/imago"])


@pytest.mark.parametrize(("line", "names"), [
    ("Photo by ipopba", ["ipopba"]),
    ("(Foto: Urs Flueeler (Keystone))", ["Urs Flueeler (Keystone)"]),
    ("Shakh Aivazov/Copyright 2024 The AP. All rights reserved", ["Shakh Aivazov"]),
    ("Bildrechte: MDR/David Straub", ["MDR/David Straub"]),
    ("Getty Images, iStockphoto", ["Getty Images", "iStockphoto"]),
    ("Foto: Bild: SN/APA/KEYSTONE", ["Bild: SN/APA/KEYSTONE"]),
    ("Image credit: Blue Origin", ["Blue Origin"]),
    ("Symbolfoto: picture alliance/dpa", ["picture alliance/dpa"]),
    ("Источник: Фундация DEJURE", ["Фундация DEJURE"]),
    ("Fotoğraf : Ann Lee/AA", ["Ann Lee/AA"]),
])
def test_credit_names_lose_their_label_brackets_and_rights_notice(line, names):
    assert credit_names(line) == names


def test_a_wrapper_with_a_paragraph_has_no_caption():
    html = f"<div><img src='/a.jpg'><p>{'Body text that happens to follow the picture. ' * 3}</p></div>"
    assert read(html) == (None, [])


def test_an_image_objects_microdata_when_the_page_prints_no_caption():
    html = ("<figure itemprop='image' itemscope itemtype='http://schema.org/ImageObject'>"
            "<meta itemprop='description' content='English Ivy is easy to grow'>"
            "<meta itemprop='author' content='(Image: Getty Images/iStockphoto)'><img src='/a.jpg'></figure>")
    assert read(html) == ("English Ivy is easy to grow", ["Getty Images/iStockphoto"])


def test_the_text_a_box_shows_leaves_out_its_css_and_scripts():
    from crawler.parsers.credits import shown_chars

    box = lxml.html.fragment_fromstring(
        "<div>Ann <style>.x{color:red}</style><b>Lee <script>var a=1;</script>tail</b>"
        "<span><style>.y{}</style>©</span> end</div>")
    assert shown_chars(box) == len("Ann Lee tail© end")
    assert shown_chars(box) == sum(map(len, box.xpath(".//text()[not(ancestor::style or ancestor::script)]")))
