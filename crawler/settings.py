"""Scrapy settings for newsdesk (`scrapy.cfg` points here; the CLI reads the same module).

Custom settings are named `NEWS_*`.
"""

BOT_NAME = "newsdesk"

SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are, so outlets can reach a human.
NEWS_CONTACT = "https://github.com/newsdesk/newsdesk"
USER_AGENT = f"newsdesk/0.1 (+{NEWS_CONTACT})"

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
DOWNLOAD_DELAY_JITTER = 0.5  # each delay is 0.5x to 1.5x DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# 429 is not retried by Scrapy: crawler.politeness waits for its Retry-After (capped) and retries once.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
# Longest Retry-After (seconds) a run waits for.
NEWS_RETRY_AFTER_CAP = 600

# Incremental runs (crawler.incremental): stored articles published within this many days
# are re-checked with a conditional GET; older ones are not fetched again. 0 articles = no limit.
NEWS_INCREMENTAL = True
# Where the incremental middleware learns what is stored (a class with from_settings(settings)).
NEWS_REVISIT_STATE = "storage.revisit.DatabaseRevisitState"
NEWS_REVISIT_DAYS = 3
NEWS_MAX_ARTICLES = 0
# Only follow sitemap and feed entries dated on or after this ISO 8601 date ("" = all).
NEWS_SINCE = ""

# Resumable runs: with JOBDIR set (newsdesk crawl sets it), pending requests are kept in SQLite
# (WAL), committed one by one, so a killed run is continued by the next; the dupefilter is per run.
SCHEDULER_DISK_QUEUE = "crawler.queues.PickleFifoWalQueue"
SCHEDULER_START_DISK_QUEUE = "crawler.queues.PickleFifoWalQueue"
DUPEFILTER_CLASS = "crawler.runs.RunDupeFilter"
EXTENSIONS = {
    "crawler.runs.RunInfoExtension": 500,
    # Per-site field fill rates of each run (news/fill/<site>/<field>), for layout-drift checks.
    "crawler.fill.FieldFillExtension": 510,
    # A progress bar on stderr when NEWS_PROGRESS is on (run_spider turns it on for a terminal).
    "crawler.progress.ProgressExtension": 520,
}
NEWS_PROGRESS = False

# Bounded downloads, applied by Scrapy while a body streams in (a Content-Length over the limit
# is refused before any of the body is read; a body that grows past it is cut off) and while it
# is decompressed (a gzip bomb stops at the limit): nothing larger is ever held whole. Pages are
# limited to what the parser accepts (crawler.parsers.document.MAX_BYTES); sitemaps to the
# sitemap protocol's 50 MiB.
DOWNLOAD_MAXSIZE = 12_000_000
DOWNLOAD_WARNSIZE = 4_000_000
NEWS_SITEMAP_MAXSIZE = 50 * 1024 * 1024

# Python's garbage collector during a run (crawler.runner.collector_tuned): a young collection
# after this many net allocations (Python's default 700; 0 = leave the collector alone). 5,000
# cut collector CPU from 0.48 to 0.15 s per 1,000 pages of benchmarks/crawl.py, same peak RSS.
NEWS_GC_GEN0_THRESHOLD = 5000

# Scrapy re-reads and parses a generator callback's source to warn about `return value` in it
# whenever its weak cache misses, which for requests read back from the disk queue is every
# response (0.2 ms each); tests/test_spider_callbacks.py runs the same check once per callback.
WARN_ON_GENERATOR_RETURN_VALUE = False

# No remote consoles: neither telnet nor Scrapy's HTTP remote control.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    # First: drop what is already stored before anything else spends effort on it.
    "crawler.incremental.IncrementalMiddleware": 50,
    # Between Scrapy's retries (550) and redirects (600): 429 / Retry-After handled here.
    "crawler.politeness.RetryAfterMiddleware": 560,
    # Sees a body before HttpCompressionMiddleware (590) decompresses it: a gzip/deflate stream
    # cut short is retried, then flagged (crawler.truncation).
    "crawler.truncation.TruncatedBodyMiddleware": 595,
    # Sees a 3xx before RedirectMiddleware (600) follows it.
    "crawler.traps.RedirectLoopMiddleware": 610,
    # After redirects and cookies, so they see the outlet's real URLs; before DownloaderStats
    # (850), so a rerouted request is counted once.
    "crawler.middlewares.BaseUrlMiddleware": 800,
    # After rerouting, so it judges the address actually fetched.
    "crawler.safety.PrivateAddressMiddleware": 960,
}

SPIDER_MIDDLEWARES = {
    "crawler.traps.ListingBudgetMiddleware": 800,
}
# Spider traps: at most this many listing pages per host and run, and this many clicks deep.
NEWS_MAX_LISTING_PAGES = 500
DEPTH_LIMIT = 25

# No requests to private, loopback or link-local addresses (SSRF), checked on the URL and
# again on what host names resolve to. The host of an explicit NEWS_BASE_URL on loopback is allowed.
TWISTED_DNS_RESOLVER = "crawler.safety.GuardedResolver"
NEWS_ALLOW_LOOPBACK = False
NEWS_ALLOW_PRIVATE = False

# Items of one response pass the pipelines one at a time: every pipeline is synchronous, so more
# in parallel gains nothing, and Scrapy starts this many tasks per response (~1 ms CPU at its 100).
CONCURRENT_ITEMS = 1

ITEM_PIPELINES = {
    "pipelines.parse.ParsePipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.normalize.NormalizePipeline": 300,
    "pipelines.store.StorePipeline": 500,
}

# Where articles go.
NEWS_DB = "output/newsdesk.db"
# The store commits in batches (WAL): every this many items or seconds, when idle, and at close.
NEWS_STORE_BATCH_SIZE = 100
NEWS_STORE_BATCH_SECONDS = 2.0
# Keep each article's fetched bytes (compressed) so `newsdesk reparse` can re-parse it later.
NEWS_STORE_RAW_PAGES = True
# Route an outlet's requests to another server (a mirror, the demo's local copy): "" = off.
NEWS_BASE_URL = ""
# Site profile for parsing every page: "auto" lets each page's spider or domain choose, "generic"
# switches profiles off, a site key forces that profile.
NEWS_SITE = "auto"
# JavaScript rendering (crawler.render; the `js` extra and Debian's chromium): off unless a
# site profile sets render_js; True renders every request. The browser is the system's, never a download.
NEWS_RENDER_JS = False
NEWS_CHROMIUM = "/usr/bin/chromium"

FEED_EXPORT_ENCODING = "utf-8"
LOG_FORMATTER = "crawler.logformat.NewsLogFormatter"
LOG_LEVEL = "INFO"
# Echo the run's log (its LOG_FILE) on stderr too: `newsdesk crawl/ingest-warc/reparse -v`.
NEWS_LOG_ECHO = False
