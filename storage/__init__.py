"""The SQLite library: schema and migrations, opening the database, the article writer with its
revisions, de-duplication and full-text indexes, export rendering, queries and maintenance.

From the crawler it knows only the item schema (`crawler.items`) and URLs (`crawler.urls`).
"""
