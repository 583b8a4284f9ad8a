"""newsdesk's Scrapy side: items, URLs, parsers, site profiles, spiders, middlewares and settings.

It fetches and parses; it knows nothing of storage (`storage`), the item stages (`pipelines`) or
the application that wires them (`newsdesk`).
"""

__version__ = "0.1.0"
