"""`citecli parse FILE`."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from citecli.cli.app import app, reports_errors

if TYPE_CHECKING:
    from citecli.model import Page


class OutputFormat(str, Enum):
    TABLE = "table"
    JSON = "json"
    CSL_JSON = "csl-json"
    BIBTEX = "bibtex"


_FORMATS = ", ".join(f.value for f in OutputFormat)


@app.command("parse")
@reports_errors
def parse(
    file: Annotated[Path, typer.Argument(help="A page or reference list as text; - for stdin.")],
    output_format: Annotated[
        Optional[str],  # noqa: UP045 - Typer evaluates the annotation on Python 3.10 too
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=f"{_FORMATS}. Default: table on a terminal, json otherwise.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Structured metadata of an article page and every reference on it."""
    from citecli.errors import UsageError
    from citecli.page import parse_page
    from citecli.textio import read_source

    try:
        chosen = OutputFormat(output_format or ("table" if sys.stdout.isatty() else "json"))
    except ValueError:
        raise UsageError(f"unknown format {output_format!r}", hint=f"choose {_FORMATS}") from None
    source = read_source(file)
    page = parse_page(source.text, source=source.name)
    _render(page, chosen)


def _render(page: Page, chosen: OutputFormat) -> None:
    from rich.console import Console

    from citecli import report

    for line in report.warnings(page, references=chosen is OutputFormat.TABLE):
        typer.echo(f"citecli: warning: {line}", err=True)
    if chosen is OutputFormat.TABLE:
        report.print_page(page, Console())
    elif chosen is OutputFormat.JSON:
        typer.echo(json.dumps(report.page_to_json(page), ensure_ascii=False, indent=2))
    elif chosen is OutputFormat.CSL_JSON:
        typer.echo(json.dumps(report.page_to_csl_items(page), ensure_ascii=False, indent=2))
    elif chosen is OutputFormat.BIBTEX:
        from citecli.styles.bibtex import works_to_bibtex

        works = ((page.article,) if page.article.title else ()) + page.references
        typer.echo(works_to_bibtex(works), nl=False)
    else:  # pragma: no cover - exhaustive
        raise AssertionError(chosen)
