"""Requests as plain JSON for the shared Redis queue, and back -- never pickle.

Whoever can write to the Redis a worker reads from must not be able to run code on that worker:
a pickle can make its reader call anything. A queued request is therefore JSON with a fixed set
of fields (`FIELDS`): URL, method, headers, body (base64), cookies, priority, `dont_filter`,
flags, the callback and errback *by name*, and the meta keys newsdesk sets
(`crawler.meta.NEWSDESK_KEYS`) plus the Scrapy ones a request needs to carry on where it left
off (`SCRAPY_META_KEYS`: depth, redirect and retry counts, size limit, ...). Other meta keys
(Scrapy's per-download bookkeeping) are left behind. Decoding checks every field's type and
names only public methods of the spider as callbacks; anything else is `BadRequestPayload`.

A JSON round trip turns tuples into lists: meta values are read back as lists.
"""

from __future__ import annotations

import base64
from typing import Any

import orjson
from scrapy.http import Request

from crawler.meta import NEWSDESK_KEYS

FORMAT = 1
"""The payload's format version (`"v"`); a payload of another version is refused."""

SCRAPY_META_KEYS = (
    "depth", "download_maxsize", "download_timeout", "allow_offsite", "dont_obey_robotstxt",
    "redirect_times", "redirect_ttl", "redirect_urls", "redirect_reasons", "dont_redirect",
    "retry_times", "max_retry_times", "dont_retry", "handle_httpstatus_list", "handle_httpstatus_all",
    "playwright",
)
"""Scrapy's (and scrapy-playwright's) meta keys a queued request keeps."""
META_KEYS = frozenset((*NEWSDESK_KEYS, *SCRAPY_META_KEYS))

FIELDS = frozenset(("v", "url", "method", "headers", "body", "cookies", "meta", "priority", "dont_filter",
                    "flags", "callback", "errback", "encoding"))


class BadRequestPayload(ValueError):
    """A queued payload that is not a request in newsdesk's JSON form (a pickle, garbage, a
    callback the spider does not have)."""


def encode_request(request: Request, spider: Any) -> bytes:
    """The request as JSON bytes; TypeError for a Request subclass or a meta value JSON cannot hold."""
    if type(request) is not Request:
        raise TypeError(f"only plain scrapy.Request objects are queued in Redis, not {type(request).__name__}")
    document = {
        "v": FORMAT,
        "url": request.url,
        "method": request.method,
        "headers": {
            name.decode("latin-1"): [value.decode("latin-1") for value in values]
            for name, values in request.headers.items()
        },
        "body": base64.b64encode(request.body).decode("ascii"),
        "cookies": request.cookies if isinstance(request.cookies, dict) else {},
        "meta": {key: value for key, value in request.meta.items() if key in META_KEYS},
        "priority": request.priority,
        "dont_filter": request.dont_filter,
        "flags": list(request.flags),
        "callback": _method_name(spider, request.callback),
        "errback": _method_name(spider, request.errback),
        "encoding": request.encoding,
    }
    return orjson.dumps(document)


def decode_request(payload: bytes, spider: Any) -> Request:
    """The request `encode_request` made of it; BadRequestPayload for anything else."""
    try:
        document = orjson.loads(payload)
    except orjson.JSONDecodeError:
        raise BadRequestPayload(f"not JSON (starts {payload[:12]!r}): a pickle or other foreign payload") from None
    if not isinstance(document, dict) or document.get("v") != FORMAT:
        raise BadRequestPayload("not a newsdesk request (no format version 1)")
    unknown = set(document) - FIELDS
    if unknown:
        raise BadRequestPayload(f"unknown fields {sorted(unknown)}")
    meta = _typed(document, "meta", dict)
    if set(meta) - META_KEYS:
        raise BadRequestPayload(f"meta keys newsdesk does not carry: {sorted(set(meta) - META_KEYS)}")
    headers = _typed(document, "headers", dict)
    if not all(isinstance(values, list) and all(isinstance(v, str) for v in values) for values in headers.values()):
        raise BadRequestPayload("headers must map names to lists of strings")
    try:
        body = base64.b64decode(_typed(document, "body", str), validate=True)
    except ValueError:
        raise BadRequestPayload("body is not base64") from None
    return Request(
        url=_typed(document, "url", str),
        method=_typed(document, "method", str),
        headers={name: values for name, values in headers.items()},
        body=body,
        cookies=_typed(document, "cookies", dict),
        meta=meta,
        priority=_typed(document, "priority", int),
        dont_filter=_typed(document, "dont_filter", bool),
        flags=_typed(document, "flags", list),
        callback=_spider_method(spider, document.get("callback")),
        errback=_spider_method(spider, document.get("errback")),
        encoding=_typed(document, "encoding", str),
    )


def _method_name(spider: Any, method: Any) -> str | None:
    """The name of the spider's method `method` (None for None); ValueError for anything else.
    (Scrapy's `Request.to_dict` finds it by listing the spider's members, ~0.4 ms a request.)"""
    if method is None:
        return None
    name = getattr(method, "__name__", None)
    if getattr(method, "__self__", None) is not spider or not name or getattr(spider, name, None) != method:
        raise ValueError(f"{method!r} is not a method of the spider {spider!r}: a queued request names its callback")
    return name


def _typed(document: dict, name: str, kind: type) -> Any:
    value = document.get(name)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BadRequestPayload(f"field {name!r} must be {kind.__name__}, got {type(value).__name__}")
    return value


def _spider_method(spider: Any, name: Any):
    """The spider's public method called `name` (None for None)."""
    if name is None:
        return None
    if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
        raise BadRequestPayload(f"callback {name!r} is not a public method name")
    method = getattr(spider, name, None)
    if not callable(method) or getattr(method, "__self__", None) is not spider:
        raise BadRequestPayload(f"the spider has no method {name!r}")
    return method
