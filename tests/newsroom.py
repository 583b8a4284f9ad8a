"""A small newsroom database for the inspecting tests, written through the real StorePipeline.

Four articles on two sites, three sections and three days; block quotes with speaker and role,
inline and partial quotes, an accented name for diacritic folding.
"""

from __future__ import annotations

from pathlib import Path

from scrapy.utils.test import get_crawler

from crawler.items import Article, Block, FetchedPage, Quote, Section
from pipelines.store import StorePipeline

REFERENCE_URL = "https://outlet.example/news/world/1001-summit-ends/"


def _article(
    url: str, site: str, title: str, section: str, published: str, body: list[Section], quotes: list[Quote],
    lead: str | None = None,
) -> Article:
    return Article(
        url=url, canonical_url=url, site=site, title=title, section=section, published=published,
        published_raw=published[:10], authors=["Ann Writer"], nav=["News", section], lead=lead,
        language="en", body=body, quotes=quotes, parser="test@1", fetched_at="2025-09-24T08:00:00+00:00",
        page=FetchedPage(url=url, body=b"<html>" + title.encode() + b"</html>", fetched_at="2025-09-24T08:00:00+00:00"),
    )


def newsroom_articles() -> list[Article]:
    """The articles the inspecting tests store."""
    return [
        _article(
            REFERENCE_URL, "outlet", "Summit ends with a pledge on grain", "World", "2025-09-23T13:05:00+03:00",
            [
                Section(None, [
                    Block("paragraph", "Leaders met in the capital for two days of talks on grain exports."),
                    Block("quote", "“We will keep the ports open.”", "Maria Ortega", "Minister of Trade"),
                ]),
                Section("What comes next", [
                    Block("paragraph", "Ports will stay open through the winter, Zelenský said by video link."),
                    Block("quote", "“Nobody should go hungry.”", "Volodymyr Zelenský", None),
                    Block("list", "wheat\nbarley\nmaize"),
                ]),
            ],
            [
                Quote("“We will keep the ports open.”", "Maria Ortega", "Minister of Trade", "block"),
                Quote("“Nobody should go hungry.”", "Volodymyr Zelenský", None, "block"),
                Quote("a historic day", "Maria Ortega", "Minister of Trade", "partial"),
            ],
            lead="A two-day summit closed with a pledge to keep grain moving.",
        ),
        _article(
            "https://outlet.example/news/business/1002-ports-busy/", "outlet", "Ports report a busy season",
            "Business", "2025-09-22T09:00:00+03:00",
            [Section(None, [
                Block("paragraph", "The grain summit was mentioned once, in passing, by the port authority."),
                Block("paragraph", "Shipping volumes rose by a tenth compared with last year."),
            ])],
            [Quote("Volumes are up and still rising.", "Maria Ortega", None, "inline")],
        ),
        _article(
            "https://outlet.example/news/science/1003-comet/", "outlet", "A comet visible to the naked eye",
            "Science", "2025-09-20T20:00:00+03:00",
            [Section(None, [Block("paragraph", "Astronomers expect the comet to be brightest next week.")])],
            [],
        ),
        _article(
            "https://other.example/world/77-talks/", "other", "Talks continue abroad",
            "World", "2025-09-23T07:30:00+00:00",
            [Section(None, [
                Block("paragraph", "Delegations stayed for a third day."),
                Block("quote", "“Talks are going well.”", "Ken Ito", "Spokesman"),
            ])],
            [Quote("“Talks are going well.”", "Ken Ito", "Spokesman", "block")],
        ),
    ]


def store_articles(db_path: Path, articles: list[Article]) -> Path:
    """Store `articles` into `db_path` through StorePipeline, as one finished run."""
    crawler = get_crawler(settings_dict={"NEWS_DB": str(db_path)})
    pipeline = StorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    for article in articles:
        pipeline.process_item(article)
    pipeline.close_spider()
    pipeline.spider_closed("finished")
    return db_path


def build_newsroom(db_path: Path) -> Path:
    """Store `newsroom_articles()` into `db_path` through StorePipeline, as one finished run."""
    return store_articles(db_path, newsroom_articles())
