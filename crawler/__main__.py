"""`python -m crawler` runs the `newsdesk` command."""

from crawler.cli import main

main()
