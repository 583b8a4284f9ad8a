"""Article pictures (crawler.parsers.images): which images are the article's, their largest
rendition, the cover, and where they stand in the body. One small page per rule, parsed whole."""

from __future__ import annotations

import lxml.html

from crawler.parsers import parse_html
from crawler.parsers.images import parse_srcset, picture_key, rendition
from crawler.sites import GENERIC

URL = "https://news.example.org/world/2024/05/03/a-story"
PARAGRAPH = ("This is a sentence of ordinary article prose that runs long enough to count as text, "
             "and the article goes on with another one that says a little more about the matter.")
TEXT = "".join(f"<p>{PARAGRAPH} ({number})</p>" for number in range(4))


def parse(body: str, head: str = ""):
    html = f"<html><head><title>A story</title>{head}</head><body>{body}</body></html>"
    return parse_html(html, URL, GENERIC)


def article_page(inside: str, before: str = "", head: str = ""):
    """A page whose `<article>` holds a headline, `before` (above the text) and `inside` (in it)."""
    return parse(f"<nav><a href='/'><img src='/logo-big.png' alt='News'></a></nav>"
                 f"<article><h1>A story about things</h1>{before}<div class='body'>{inside}</div></article>"
                 "<footer><p>Footer</p></footer>", head)


def urls(article) -> list[str]:
    return [image.url for image in article.images]


def img(name: str, extra: str = "") -> str:
    return f"<img src='https://cdn.example.org/pictures/{name}.jpg' alt='{name} alt' {extra}>"


def test_srcset_candidates_keep_commas_inside_urls():
    value = "https://a.example/w=640,h=256/x.jpg 640w, https://a.example/w=1280,h=512/x.jpg 1280w,/y.jpg 2x"
    assert parse_srcset(value) == [("https://a.example/w=640,h=256/x.jpg", 640, None),
                                   ("https://a.example/w=1280,h=512/x.jpg", 1280, None), ("/y.jpg", None, 2.0)]


def test_the_widest_rendition_of_srcset_and_picture_sources_wins():
    picture = lxml.html.fromstring(
        "<picture><source srcset='/p-1600.webp 1600w, /p-800.webp 800w' type='image/webp'>"
        "<img src='/p-400.jpg' srcset='/p-400.jpg 400w, /p-1200.jpg 1200w' width='1200' height='800'></picture>")
    assert rendition(picture.find(".//img"), URL, 1200, 800) == ("https://news.example.org/p-1600.webp", 1600, None)


def test_a_srcset_density_and_a_lazy_loading_attribute_stand_in_for_widths():
    dense = lxml.html.fromstring("<img src='/a.jpg' srcset='/a.jpg 1x, /a@2x.jpg 2x'>")
    lazy = lxml.html.fromstring("<img src='data:image/gif;base64,R0lGOD' data-src='/real-picture.jpg'>")
    assert rendition(dense, URL)[0] == "https://news.example.org/a@2x.jpg"
    assert rendition(lazy, URL)[0] == "https://news.example.org/real-picture.jpg"


def test_a_transparent_placeholder_src_is_no_picture():
    article = article_page(f"{TEXT[:300]}<figure><img src='https://cdn.example.org/index-transparent_h-3.gif'>"
                           f"<noscript>{img('the-real-picture')}</noscript></figure>{TEXT}")
    assert urls(article) == ["https://cdn.example.org/pictures/the-real-picture.jpg"]


def test_pictures_in_the_text_are_image_blocks_where_they_stand():
    article = article_page(f"<p>{PARAGRAPH}</p><figure>{img('first-picture')}<figcaption>A caption."
                           f"</figcaption></figure><p>{PARAGRAPH} more</p>{TEXT}")
    blocks = article.body[0].blocks
    assert [block.kind for block in blocks[:3]] == ["paragraph", "image", "paragraph"]
    assert blocks[1].text == "" and blocks[1].image is article.images[0]
    assert article.images[0].caption == "A caption." and article.images[0].alt == "first-picture alt"


def test_image_blocks_add_no_text():
    with_pictures = article_page(f"<p>{PARAGRAPH}</p><figure>{img('first-picture')}<figcaption>A caption."
                                 f"</figcaption></figure>{TEXT}")
    without = article_page(f"<p>{PARAGRAPH}</p>{TEXT}")
    assert with_pictures.text == without.text


def test_a_picture_inside_a_paragraph_follows_the_paragraph():
    article = article_page(f"<p>{PARAGRAPH} {img('inline-picture')} and more words.</p>{TEXT}")
    assert [block.kind for block in article.body[0].blocks[:2]] == ["paragraph", "image"]
    assert article.body[0].blocks[0].text.endswith("and more words.")


def test_a_heading_over_pictures_alone_does_not_make_a_section():
    article = article_page(f"{TEXT}<h2>Gallery</h2><figure>{img('picture-under-heading')}</figure><h2>Next part</h2>{TEXT}")
    assert [section.heading for section in article.body] == [None, "Next part"]
    assert article.body[0].blocks[-1].image.url.endswith("picture-under-heading.jpg")


def test_the_picture_between_headline_and_text_is_the_cover():
    article = article_page(TEXT, before=f"<figure>{img('lead-picture')}<figcaption>The lead.</figcaption></figure>")
    assert urls(article) == ["https://cdn.example.org/pictures/lead-picture.jpg"]
    assert article.images[0].is_cover and article.images[0].caption == "The lead."


def test_a_picture_above_the_first_paragraph_is_the_cover_and_later_ones_are_not():
    article = article_page(f"<figure>{img('top-picture')}</figure>{TEXT}<figure>{img('middle-picture')}</figure>{TEXT}")
    assert [(image.url.rsplit("/", 1)[-1], image.is_cover) for image in article.images] == [
        ("top-picture.jpg", True), ("middle-picture.jpg", False)]
    blocks = article.body[0].blocks
    assert blocks[0].kind == "paragraph", "the cover stands above the text, as a profile's narrower body leaves it"
    assert [block.image.url.rsplit("/", 1)[-1] for block in blocks if block.kind == "image"] == ["middle-picture.jpg"]


def test_pictures_after_the_last_paragraph_follow_the_article():
    article = article_page(f"{TEXT}<figure>{img('teaser-below')}</figure>")
    assert urls(article) == []


def test_logos_avatars_icons_pixels_ads_and_teasers_are_not_article_pictures():
    chrome = (f"<div class='author-box'>{img('portrait-of-writer')}</div>"
              f"<p>{img('tiny-share-icon', 'width=24 height=24')}</p>"
              f"<p>{img('styled-tracking-pixel', 'style=position:absolute;width:1px;height:1px')}</p>"
              f"<div class='ad-slot'>{img('advertisement-banner')}</div>"
              f"<div><a href='/world/other-story'>{img('other-story-thumbnail')}</a></div>"
              "<img src='https://cdn.example.org/static/logos/brand-name.png'>"
              "<img src='https://cdn.example.org/arc-authors/site/9450e41e-903a-4681-86d5-38a9faa6e758.png'>"
              "<img src='https://cdn.example.org/pictures/vector-drawing.svg'>")
    article = article_page(f"<p>{PARAGRAPH}</p>{chrome}<figure>{img('real-picture')}</figure>{TEXT}")
    assert urls(article) == ["https://cdn.example.org/pictures/real-picture.jpg"]


def test_an_analytics_noscript_pixel_and_an_empty_lazy_src_are_not_pictures():
    # a tracker's <noscript> image has no size to give it away: no alt and no picture file do
    tracker = "<noscript><img src='https://sb.analytics.example.net/p?c1=2&c2=6398301&cv=2.0'></noscript>"
    empty = "<figure><img src='//:0' data-expand='300'></figure>"
    lazy_copy = f"<noscript>{img('lazy-picture')}</noscript>"
    article = article_page(f"<p>{PARAGRAPH}</p>{tracker}{empty}{lazy_copy}{TEXT}")
    assert urls(article) == ["https://cdn.example.org/pictures/lazy-picture.jpg"]


def test_a_picture_its_own_class_calls_shareable_is_kept_but_share_icons_are_not():
    shareable = img("shareable-picture", "class='blkBorder img-share'")
    icons = img("network", "class='share-icon'") + f"<div class='share-bar'>{img('network-logo')}</div>"
    article = article_page(f"<p>{PARAGRAPH}</p><div>{icons}</div><div class='image-wrap'>{shareable}</div>{TEXT}")
    assert urls(article) == ["https://cdn.example.org/pictures/shareable-picture.jpg"]


def test_the_article_box_names_do_not_make_its_pictures_chrome():
    # the publisher names the whole article text box a "teaser"; inside it, pictures are the article's
    body = (f"<article><h1>A story about things</h1><div class='article__teaser'><p>{PARAGRAPH}</p>"
            f"<figure><picture class='embed'>{img('chart')}</picture></figure>{TEXT}</div></article>"
            f"<aside><div class='teaser'>{img('other-story')}<p>Another story</p></div></aside>")
    assert urls(parse(body)) == ["https://cdn.example.org/pictures/chart.jpg"]


def test_a_picture_linking_to_its_own_photo_page_is_kept():
    linked = "<a href='/photo/20241203-OYT1I50202/'><img src='/media/20241203-OYT1I50202-1.jpg'></a>"
    article = article_page(f"<p>{PARAGRAPH}</p><figure>{linked}<figcaption>Caption</figcaption></figure>{TEXT}")
    assert urls(article) == ["https://news.example.org/media/20241203-OYT1I50202-1.jpg"]


def test_a_picture_linking_to_its_own_photo_page_file_is_kept():
    numbered = ("<a href='/news/pictures/slaughterhouse-visit-118.html'>"
                "<img src='https://cdn.example.org/news/slaughterhouse-visit-118_v-big16x9_w-576.jpg'></a>")
    named = "<a href='/pictures/protest-sign.html?view=lightbox'><img src='/pictures/protest-sign.jpg?blob=poster'></a>"
    article = article_page(f"<p>{PARAGRAPH}</p><figure>{numbered}<figcaption>Caption</figcaption></figure>"
                           f"<p>{PARAGRAPH}</p><figure>{named}<figcaption>Another</figcaption></figure>{TEXT}")
    assert urls(article) == ["https://cdn.example.org/news/slaughterhouse-visit-118_v-big16x9_w-576.jpg",
                             "https://news.example.org/pictures/protest-sign.jpg?blob=poster"]


def test_a_picture_in_a_link_urllib_cannot_read_is_kept():
    """urlsplit raises ValueError on an unclosed IPv6 bracket: such a link leads nowhere, so the
    picture in it is no teaser (the page once became a "parser error" reject)."""
    broken = "<a href='http://[broken/gallery'><img src='/media/harbour-at-dawn.jpg'></a>"
    article = article_page(f"<p>{PARAGRAPH}</p><figure>{broken}<figcaption>Caption</figcaption></figure>{TEXT}")
    assert urls(article) == ["https://news.example.org/media/harbour-at-dawn.jpg"]


def test_a_picture_whose_address_urllib_cannot_read_is_no_picture():
    """A bracketed host that is no IP address ("http://[…]/…": ipaddress raises ValueError in
    urlsplit) or a lone bracket ("https://cdn]/…") is a malformed address: no picture, and the
    page is parsed."""
    article = article_page(f"<p>{PARAGRAPH}</p><figure><img src='http://[…]/media/harbour.jpg'></figure>"
                           f"<p>{PARAGRAPH}</p><figure><img src='https://cdn]/media/dock.jpg'></figure>"
                           f"<p>{PARAGRAPH}</p><figure>{img('quay-at-night')}</figure>{TEXT}")
    assert urls(article) == ["https://cdn.example.org/pictures/quay-at-night.jpg"]


def test_a_thumbnail_named_after_the_article_it_links_to_is_a_teaser():
    teaser = "<a href='/buckwheat-diet.html'><img src='/thumbs/buckwheat-diet-pop.jpg' width='155' height='155'></a>"
    article = article_page(f"<p>{PARAGRAPH}</p>{TEXT}<div class='grid'><div class='r'>{teaser}</div></div>")
    assert urls(article) == []


def test_a_captioned_box_the_text_walk_skips_still_gives_its_picture():
    box = f"<div class='wp-caption'>{img('wordpress-picture')}<p class='wp-caption-text'>WordPress caption</p></div>"
    article = article_page(f"<p>{PARAGRAPH}</p>{box}{TEXT}")
    assert [(image.url.rsplit("/", 1)[-1], image.caption) for image in article.images] == [
        ("wordpress-picture.jpg", "WordPress caption")]


def test_a_figure_set_in_a_slide_viewer_button_is_an_article_picture_with_its_caption():
    # React pages put each figure in a <button> that opens the slide viewer, its figcaption
    # after the figure's one-child wrapper and a "View 3 Images" label inside the figure
    viewer = ("<button class='slide-viewer-button'><div class='image-embed'><div class='image-container'>"
              f"<figure>{img('viewer-picture')}<div class='count-label'>View 3 Images</div></figure></div>"
              "<figcaption>The caption under it</figcaption></div></button>")
    article = article_page(f"<p>{PARAGRAPH}</p>{viewer}{TEXT}")
    assert [(image.url.rsplit("/", 1)[-1], image.caption) for image in article.images] == [
        ("viewer-picture.jpg", "The caption under it")]


def test_one_picture_shown_twice_is_one_picture():
    wide = img("same-picture-file", "srcset='https://cdn.example.org/w800/same-picture-file.jpg 800w'")
    article = article_page(f"<figure>{wide}</figure>{TEXT}<figure>{img('same-picture-file')}</figure>{TEXT}")
    assert len(article.images) == 1
    assert picture_key("https://a.example/w800/same-picture-file.jpg") == picture_key("https://b.example/same-picture-file.jpg?w=1")


def test_a_page_that_shows_no_picture_gets_its_declared_one_as_cover():
    head = "<meta property='og:image' content='https://cdn.example.org/share/social-card.jpg'>"
    article = article_page(TEXT, head=head)
    assert [(image.url, image.is_cover) for image in article.images] == [
        ("https://cdn.example.org/share/social-card.jpg", True)]


def test_the_declared_picture_is_not_added_beside_pictures_the_page_shows():
    head = "<meta property='og:image' content='https://cdn.example.org/share/social-card.jpg'>"
    article = article_page(f"<p>{PARAGRAPH}</p><figure>{img('shown-in-text')}</figure>{TEXT}", head=head)
    assert urls(article) == ["https://cdn.example.org/pictures/shown-in-text.jpg"]
    assert not article.images[0].is_cover


def test_css_set_inside_the_picture_boxes_does_not_hide_the_figure_caption():
    # CSS-in-JS pages put a <style> into every box: its rules are no text around the picture
    css = "".join(f"<style>.css-{n}{{position:absolute;left:0;right:0;top:0;bottom:0;margin:{n}px}}</style>"
                  for n in range(20))
    figure = (f"<figure>{css}<div>{css}<div>{css}<picture>{img('marathon')}</picture></div></div>"
              "<figcaption>The winner at the finish. <small>(Foto: Ann Lee/AFP)</small></figcaption></figure>")
    article = article_page(TEXT, before=figure)
    assert [(image.caption, image.credits) for image in article.images] == [
        ("The winner at the finish.", ["Ann Lee/AFP"])]


def test_json_ld_image_comes_with_its_caption_and_credit():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A story about things", '
            '"image": {"@type": "ImageObject", "url": "/pictures/json-ld-picture.jpg", "caption": "From JSON-LD", '
            '"copyrightHolder": {"@type": "Person", "name": "picture alliance/dpa | Daniel Vogl"}}}</script>')
    article = article_page(TEXT, head=head)
    assert [(image.url, image.caption, image.credits, image.is_cover) for image in article.images] == [
        ("https://news.example.org/pictures/json-ld-picture.jpg", "From JSON-LD", ["picture alliance/dpa", "Daniel Vogl"], True)]


def test_a_lead_picture_boxed_with_the_byline_takes_only_its_own_credit():
    # the picture's box holds its caption and rights; the box around it the byline and date
    lead = ("<div class='head'><p class='author'>von Anna Example</p><p class='webtime'>Stand: 28. April 2023</p>"
            f"<div class='media'><div class='imageWrapper'>{img('lead-picture')}</div>"
            "<div class='mediaInfo'><span class='mediaSubtitle'>Workers in the hall.</span>"
            "<span class='mediaRights'>Bildrechte: Example/Anna Example</span></div></div></div>")
    article = article_page(f"{lead}<p>{PARAGRAPH}</p>{TEXT}")
    assert [(image.caption, image.credits) for image in article.images] == [
        ("Workers in the hall.", ["Example/Anna Example"])]
