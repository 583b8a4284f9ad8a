"""The outlet's name as the page gives it: og:site_name, else the article's JSON-LD publisher,
else the `application-name` meta tag."""

from __future__ import annotations

from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.text import clean_text


def read_publisher(meta: PageMetadata) -> str | None:
    """The publisher's name, or None when the page does not name one."""
    name = meta.first_meta("og:site_name")
    if name:
        return name
    for obj in meta.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and "@id" in publisher and "name" not in publisher:
            publisher = meta.jsonld_named.get(publisher["@id"], publisher)
        for value in jsonld_strings(publisher):
            if clean_text(value):
                return clean_text(value)
    return meta.first_meta("application-name")
