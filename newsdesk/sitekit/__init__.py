"""The site-profile toolkit: what `newsdesk site ...` and `newsdesk sites` run.

    fixtures  -- golden fixtures: naming, saving a page plus its parse, regenerating, loading
    goldens   -- a site's golden tests, field by field
    skeleton  -- a profile module pre-filled from what the generic parser found on a page
    fetch     -- one page fetched through the real spider settings
    drift     -- per-site field fill rates of a run and the sharp drops against earlier runs
    render    -- the optional JavaScript renderer (scrapy-playwright driving Debian's chromium)
"""
