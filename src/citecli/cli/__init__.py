"""Command-line interface: options in, one library call, rendering, exit code out.

Only this package imports Typer. Each command lives in its own module and registers itself
on the shared `app` when imported.
"""

from __future__ import annotations

from citecli.cli import check_cmd, cite_cmd, parse_cmd  # noqa: F401  (registers the commands)
from citecli.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app(prog_name="citecli")
