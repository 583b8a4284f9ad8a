"""The Scrapy item stages: parse, validate, normalize, store (into SQLite or a Redis stream)."""
