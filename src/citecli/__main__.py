"""`python -m citecli`."""

from citecli.cli import main

main()
