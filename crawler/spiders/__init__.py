"""Spiders: crawling only (discovery, follow rules); parsing happens in the item pipelines."""
