"""The generic parser knows no site: no URL, domain name or profiled outlet's name in
`crawler/parsers/` (site knowledge lives in `crawler/sites/`). String literals and comments are
read, docstrings included: an example copied from a page is site knowledge too."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from crawler.sites import SITES

PARSERS = Path(__file__).resolve().parent.parent / "crawler" / "parsers"
AGENCIES = {"ap", "reuters"}
"""Profiled outlets that are also news agencies: every outlet credits and syndicates them, so
their names are generic vocabulary (picture credits, bylines)."""
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac"}
"""Second levels of country domains ("co.uk"): a public suffix, not a site."""
_URL = re.compile(r"\b(?:https?://|(?=www\.))([\w-][\w.-]*)", re.I)
_TLDS = ("com|net|org|info|biz|io|tv|news|gov|edu|de|at|ch|fr|es|it|nl|be|lu|pl|cz|sk|hu|ro|ru|ua|se|no|dk|fi|"
         "pt|br|ar|cl|pe|mx|co|uk|ie|us|ca|au|nz|jp|cn|kr|in|za|tr|gr")
_DOMAIN = re.compile(rf"\b((?:[a-z0-9-]+\.)+(?:{_TLDS}))\b(?!\.?\w)", re.I)
_ALLOWED_HOST = re.compile(r"(?:^|\.)example(?:\.(?:com|net|org))?$|^(?:[\w-]+\.)*(?:schema\.org|w3\.org|ogp\.me)$|^www$",
                           re.I)
"""RFC 2606's example domains (and its reserved .example), the hosts of the standards pages
declare themselves in, and a bare "www." (code that strips it)."""


def texts(path: Path):
    """(line, text) of every string literal and comment in a Python file."""
    kinds = {tokenize.STRING, tokenize.COMMENT, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if token.type in kinds:
            yield token.start[0], token.string


def outlet_names() -> set[str]:
    """Each profiled outlet's key and its domains' own names ("theguardian", "foxbusiness")."""
    names = set()
    for profile in SITES:
        names.add(profile.key.lower())
        for domain in profile.domains:
            labels = domain.lower().split(".")[:-1]
            while len(labels) > 1 and labels[-1] in SECOND_LEVEL:
                labels.pop()
            names.add(labels[-1])
    return names - AGENCIES


def site_knowledge(path: Path) -> list[str]:
    """"line: what" for every URL, domain name and outlet name in the file's strings and comments."""
    outlets = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(outlet_names()))) + r")\b", re.I)
    found = []
    for line, text in texts(path):
        found += [f"{line}: URL {match.group()!r}" for match in _URL.finditer(text)
                  if not _ALLOWED_HOST.search(match.group(1).rstrip("."))]
        found += [f"{line}: domain {match.group(1)!r}" for match in _DOMAIN.finditer(text)
                  if not _ALLOWED_HOST.search(match.group(1)) and match.group(1).split(".")[0].lower() not in SECOND_LEVEL]
        found += [f"{line}: outlet {match.group()!r}" for match in outlets.finditer(text)]
    return found


@pytest.mark.parametrize("path", sorted(PARSERS.rglob("*.py")), ids=lambda path: str(path.relative_to(PARSERS)))
def test_parser_module_names_no_site(path):
    found = site_knowledge(path)
    assert not found, "site knowledge in the generic parser (move it to crawler/sites/ or make it generic):\n" + "\n".join(found)


def test_the_check_finds_site_knowledge(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""Strips \' For Dailymail.com\' and the Guardian\'s kicker."""\n'
                      'URL = "https://news.site.de/x"  # see www.foxnews.com/politics\n'
                      'ALLOWED = ("https://schema.org/NewsArticle", f"http://{host}/", "ann.example.org", "co.uk")\n'
                      'host = url.removeprefix("www.")\n', encoding="utf-8")
    assert site_knowledge(sample) == [
        "1: domain 'Dailymail.com'", "1: outlet 'Guardian'", "2: URL 'https://news.site.de'", "2: domain 'news.site.de'",
        "2: URL 'www.foxnews.com'", "2: domain 'www.foxnews.com'", "2: outlet 'foxnews'"]
