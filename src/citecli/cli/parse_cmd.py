"""`citecli parse FILE`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from citecli.cli.app import app, reports_errors


@app.command("parse")
@reports_errors
def parse(
    file: Path = typer.Argument(..., help="A page or reference list as text; - for stdin."),
) -> None:
    """Structured metadata of an article page and every reference on it."""
    from citecli.page import parse_page
    from citecli.report import page_to_json
    from citecli.textio import read_source

    source = read_source(file)
    page = parse_page(source.text, source=source.name)
    typer.echo(json.dumps(page_to_json(page), ensure_ascii=False, indent=2))
