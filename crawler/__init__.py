"""newsdesk's Scrapy project: settings, spiders, parsers, site profiles, items and the CLI."""

__version__ = "0.1.0"
