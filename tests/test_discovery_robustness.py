"""Property: whatever a feed, sitemap or robots.txt holds (garbage bytes spliced in, undeclared
prefixes, dates no calendar has, links urllib cannot read), discovery returns its links and
dates or nothing, and never raises: a raise in a spider callback loses every link after it."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.discovery import is_older, parse_feed, parse_sitemap, sitemaps_in_robots

SINCE = datetime(2025, 1, 1, tzinfo=timezone.utc)
FEED = '<?xml version="1.0"?><rss><channel><item><link>{link}</link><pubDate>{date}</pubDate></item></channel></rss>'
SITEMAP = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{link}</loc>'
           '<lastmod>{date}</lastmod><news:news><news:publication_date>{date}</news:publication_date></news:news></url></urlset>')
DATES = st.text(max_size=30) | st.sampled_from(
    ["2025-13-45", "0000-00-00", "99999-01-01", "2025-01-01T25:61:00+99:00", "Mon, 32 Foo 2025", "1e400", "today"])
LINKS = st.text(max_size=40) | st.sampled_from(["http://[broken/", "http://[…]/a", "//", "javascript:void(0)"])
SPLICES = st.binary(max_size=40) | st.sampled_from([b"<", b":", b"<:x>", b"]]>", b"<!--", b"&xxe;", b"\x00", b"</urlset>"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from([FEED, SITEMAP]), link=LINKS, date=DATES, splice=SPLICES, at=st.integers(0, 400))
def test_discovery_reads_what_it_can_and_never_raises(template, link, date, splice, at):
    body = template.format(link=link, date=date).encode("utf-8", "surrogatepass")
    body = body[:at] + splice + body[at:]
    for found in (*parse_feed(body), *parse_sitemap(body).links):
        assert isinstance(found.url, str)
        is_older(found.hints, SINCE)
    assert all(isinstance(url, str) for url in sitemaps_in_robots(body))
