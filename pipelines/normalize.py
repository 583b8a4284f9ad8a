"""NormalizePipeline: one form for text and the canonical URL, whatever produced the article.

The parser already gives dates as ISO 8601 and authors de-duplicated; this stage applies the one
text cleaner (`crawler.parsers.text.clean_lines`: NFC, invisible characters dropped, spaces
collapsed, newlines between list items and table rows kept) to every text field, drops what
cleaning empties, and sets the canonical URL (`crawler.urls.canonical_url`, the form the store
keys articles by and looks them up by).
"""

from __future__ import annotations

from crawler.items import Article, Image
from crawler.parsers.text import clean_lines
from crawler.urls import canonical_url


def clean_field(text: str | None) -> str | None:
    """`clean_lines`, or None for text that cleans to nothing."""
    return clean_lines(text) or None


def normalize_article(article: Article) -> Article:
    """Normalize every text field and the canonical URL in place."""
    article.title = clean_field(article.title)
    article.section = clean_field(article.section)
    article.lead = clean_field(article.lead)
    article.authors = [name for name in map(clean_field, article.authors) if name]
    article.nav = [label for label in map(clean_field, article.nav) if label]
    article.topics = [topic for topic in map(clean_field, article.topics) if topic]
    article.publisher = clean_field(article.publisher)
    for image in article.images:
        normalize_image(image)
    for section in article.body:
        section.heading = clean_field(section.heading)
        for block in section.blocks:
            block.text = clean_field(block.text) or ""
            block.speaker = clean_field(block.speaker)
            block.role = clean_field(block.role)
            if block.image is not None:
                normalize_image(block.image)
        section.blocks = [block for block in section.blocks if block.text or block.image is not None]
    article.body = [section for section in article.body if section.blocks or section.heading]
    for quote in article.quotes:
        quote.text = clean_field(quote.text) or ""
        quote.speaker = clean_field(quote.speaker)
        quote.role = clean_field(quote.role)
    article.quotes = [quote for quote in article.quotes if quote.text]
    article.canonical_url = canonical_url(article.canonical_url or article.url)
    return article


def normalize_image(image: Image) -> Image:
    """Clean a picture's caption, alt text and credits in place."""
    image.caption = clean_field(image.caption)
    image.alt = clean_field(image.alt)
    image.credits = [credit for credit in map(clean_field, image.credits) if credit]
    return image


class NormalizePipeline:
    """Apply `normalize_article` to every article."""

    def process_item(self, item):
        if isinstance(item, Article):
            normalize_article(item)
        return item
