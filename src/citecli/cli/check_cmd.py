"""`citecli check-dois FILE...`."""

from __future__ import annotations

import sys
import warnings
from enum import Enum
from pathlib import Path

import typer

from citecli.cli.app import app, reports_errors


class OutputFormat(str, Enum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


@app.command("check-dois")
@reports_errors
def check_dois(
    files: list[Path] = typer.Argument(  # noqa: B008
        ...,
        help="Pages or reference lists as text, lists of DOIs, .bib or CSL-JSON libraries, "
        "or parse --format json output; - for stdin.",
    ),
    output: OutputFormat = typer.Option(  # noqa: B008
        OutputFormat.TABLE, "--format", "-f", help="Output format."
    ),
    suggest: bool = typer.Option(
        False, "--suggest", help="Look up a DOI for references without one."
    ),
    strict: bool = typer.Option(
        False, "--strict", help="Exit 1 also for unreachable and corrections."
    ),
    concurrency: int | None = typer.Option(
        None, "--concurrency", min=1, help="Requests in flight per service, at most."
    ),
    mailto: str = typer.Option(
        "", "--mailto", envvar="CITECLI_MAILTO", help="Your e-mail, sent to Crossref (polite pool)."
    ),
    timeout: float = typer.Option(10.0, "--timeout", min=0.1, help="Seconds per request."),
    retries: int = typer.Option(3, "--retries", min=0, help="Retries after a timeout, 429 or 5xx."),
    cache_dir: Path | None = typer.Option(  # noqa: B008
        None, "--cache-dir", envvar="CITECLI_CACHE_DIR", help="Where the lookup cache lives."
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the cache."),
    max_age: float = typer.Option(30.0, "--max-age", min=0, help="Days a cached answer is valid."),
    deadline: float = typer.Option(
        600.0,
        "--deadline",
        min=1,
        help="Seconds the whole run may take; what is undecided by then is unreachable.",
    ),
    doi_url: str = typer.Option("https://doi.org", "--doi-url", envvar="CITECLI_DOI_URL"),
    crossref_url: str = typer.Option(
        "https://api.crossref.org", "--crossref-url", envvar="CITECLI_CROSSREF_URL"
    ),
    datacite_url: str = typer.Option(
        "https://api.datacite.org", "--datacite-url", envvar="CITECLI_DATACITE_URL"
    ),
) -> None:
    """Check every reference's DOI against doi.org, Crossref and DataCite."""
    import asyncio
    import json

    from rich.console import Console

    from citecli.check import (
        DAY,
        CheckOptions,
        check_pages,
        looks_like_references,
        references_of,
    )
    from citecli.errors import ExitCode, InputError, UsageError
    from citecli.report_check import progress_bar, render_tables, reports_to_json, reports_to_jsonl
    from citecli.textio import read_source

    for name, url in (
        ("--doi-url", doi_url),
        ("--crossref-url", crossref_url),
        ("--datacite-url", datacite_url),
    ):
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"{name}: {url!r} is not an http(s) URL")
    pages = []
    for file in files:
        source = read_source(file)
        page = references_of(source.text, source=source.name)
        if not looks_like_references(page):
            raise InputError(
                f"{source.name}: no references found",
                hint="give a page with a References section, or a list of DOIs one a line",
            )
        pages.append(page)
    options = CheckOptions(
        doi_url=doi_url,
        crossref_url=crossref_url,
        datacite_url=datacite_url,
        mailto=mailto,
        timeout=timeout,
        retries=retries,
        concurrency=concurrency,
        suggest=suggest,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        max_age=max_age * DAY,
        deadline=deadline,
    )
    errors = Console(stderr=True)
    total = len({w.doi.value for p in pages for w in p.references if w.doi})
    with warnings.catch_warnings(record=True) as caught, progress_bar(errors, total) as advance:
        warnings.simplefilter("always")
        reports, _ = asyncio.run(check_pages(pages, options, progress=advance))
    for warning in caught:
        print(f"citecli: warning: {warning.message}", file=sys.stderr)
    if output is OutputFormat.JSON:
        typer.echo(json.dumps(reports_to_json(reports), ensure_ascii=False, indent=2))
    elif output is OutputFormat.JSONL:
        for line in reports_to_jsonl(reports):
            typer.echo(line)
    else:
        render_tables(reports, Console())
    undecided = sum(r.summary.get("unreachable", 0) for r in reports)
    if undecided and not strict:
        # exit 0 must not read as "all fine" when nothing could be asked
        print(
            f"citecli: warning: {undecided} DOI(s) could not be checked (unreachable);"
            " they are not counted as broken: run again later, or use --strict to fail on them",
            file=sys.stderr,
        )
    if any(r.has_problems(strict=strict) for r in reports):
        raise typer.Exit(int(ExitCode.PROBLEMS))
