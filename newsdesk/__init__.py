"""The newsdesk application: the `newsdesk` command, scheduled runs and their locks, the demo,
WARC ingest and re-parse orchestration, distributed workers and writer, Datasette, the site toolkit.

It wires the three libraries below it: `crawler` (fetch and parse), `pipelines` (the Scrapy item
stages) and `storage` (the SQLite library).
"""

from crawler import __version__

__all__ = ["__version__"]
