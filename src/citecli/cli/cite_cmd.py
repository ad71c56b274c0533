"""`citecli cite FILE --style … [--references] [--format …]`."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from citecli.cli.app import app, reports_errors

STYLE_HELP = "gost, gost-2008, apa, vancouver, bibtex, csl-json or ris."
FORMAT_HELP = (
    "text, markdown, html or latex (citation styles only). Default: text; on a terminal the "
    "italics (APA's journal and volume) are shown as italics."
)


@app.command("cite")
@reports_errors
def cite(
    file: Path = typer.Argument(  # noqa: B008
        ..., help="A page or reference list as text, a .bib file or CSL-JSON; - for stdin."
    ),
    style: str = typer.Option("gost", "--style", "-s", help=STYLE_HELP),
    references: bool = typer.Option(
        False, "--references", "-r", help="Cite every reference of the page, numbered as on it."
    ),
    output_format: str | None = typer.Option(None, "--format", "-f", help=FORMAT_HELP),
) -> None:
    """The citation of the article on a page, or of its references, in a chosen style."""
    from citecli.citeinput import NOTHING_TO_CITE, load_cite_input
    from citecli.styles import citation_lines, export, parse_output_format, parse_style
    from citecli.styles.markup import OutputFormat, render
    from citecli.textio import read_source

    chosen = parse_style(style)
    output = parse_output_format(output_format or "text")
    source = read_source(file)
    loaded = load_cite_input(source, references=references)
    for place in loaded.skipped:
        typer.echo(
            f"citecli: warning: entry {place} has nothing to cite ({NOTHING_TO_CITE}); left out",
            err=True,
        )
    if chosen.is_export:
        typer.echo(export(loaded.works, chosen), nl=False)
        return
    lines = citation_lines(loaded.works, chosen, numbered=loaded.numbered)
    if output is OutputFormat.TEXT and output_format is None and sys.stdout.isatty():
        from citecli.cli.terminal import print_markup

        print_markup(lines)
        return
    for line in lines:
        typer.echo(render(line, output))
