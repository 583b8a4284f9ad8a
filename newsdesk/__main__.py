"""`python -m newsdesk` runs the `newsdesk` command."""

from newsdesk.cli import main

main()
