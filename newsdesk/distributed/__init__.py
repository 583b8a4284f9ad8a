"""Distributed runs: one worker of an outlet's shared crawl (`worker`) and the single writer that
stores what every worker pushes (`writer`). The frontier and stream they share are the crawler's
(`crawler.distributed`)."""
