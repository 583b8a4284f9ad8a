"""Validation: reject only what is not an article, flag what an article lacks."""

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import Article, Block, FetchedPage, Section
from pipelines.validate import ValidatePipeline, quality_flags, rejection


def article(text="", **fields):
    body = [Section(None, [Block("paragraph", text)])] if text else []
    return Article(url="https://outlet.example/a/", body=body, **fields)


def test_no_body_text_is_rejected():
    assert rejection(article()) == "no body text"
    assert rejection(article("   ")) == "no body text"


def test_a_brief_is_an_article_with_a_flag():
    brief = article("Two sentences of news. That is all.", title="Brief", published="2025-09-23")
    assert rejection(brief) is None
    assert "short_body" in quality_flags(brief)


def test_missing_header_fields_are_flags_not_rejects():
    flags = quality_flags(article("x" * 400))
    assert {"no_title", "no_date", "no_authors", "no_section"} <= set(flags)


def test_pipeline_drops_with_reason_and_passes_other_items():
    pipeline = ValidatePipeline.from_crawler(get_crawler())
    with pytest.raises(DropItem, match="no body text"):
        pipeline.process_item(article())
    page = FetchedPage(url="https://outlet.example/", body=b"")
    assert pipeline.process_item(page) is page
    kept = pipeline.process_item(article("x" * 400, title="T"))
    assert "no_title" not in kept.quality_flags and "no_date" in kept.quality_flags
