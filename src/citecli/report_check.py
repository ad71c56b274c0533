"""Rendering `check-dois` results: a rich table for people, JSON and JSON Lines for scripts.

JSON shape (README, "check-dois"): one file gives `{"results": [...], "summary": {...}}`, several
give `{"files": [{"file", "results", "summary"}, ...]}`; `registered` is a CSL-JSON item.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from citecli.check import CheckReport, CheckResult, Status
from citecli.csl import work_to_csl

STYLES = {
    Status.OK: "green",
    Status.REPAIRED: "cyan",
    Status.CORRECTIONS: "yellow",
    Status.MISMATCH: "bold red",
    Status.NOT_FOUND: "red",
    Status.INVALID: "red",
    Status.RETRACTED: "bold magenta",
    Status.UNREACHABLE: "bright_black",
    Status.NO_DOI: "dim",
}


def result_to_json(result: CheckResult) -> dict[str, Any]:
    return {
        "n": result.n,
        "doi": result.doi,
        "raw_doi": result.raw_doi,
        "status": result.status.value,
        "differences": [
            {"field": d.field, "cited": d.cited, "registered": d.registered}
            for d in result.differences
        ],
        "registered": work_to_csl(result.registered) if result.registered else None,
        "suggested_doi": result.suggested_doi,
        "score": result.score,
        "message": result.message,
        "line": result.line,
    }


def reports_to_json(reports: Sequence[CheckReport]) -> dict[str, Any]:
    def one(report: CheckReport) -> dict[str, Any]:
        return {
            "results": [result_to_json(r) for r in report.results],
            "summary": report.summary,
        }

    if len(reports) == 1:
        return one(reports[0])
    return {"files": [{"file": r.source, **one(r)} for r in reports]}


def reports_to_jsonl(reports: Sequence[CheckReport]) -> Iterator[str]:
    """One JSON object per reference; `file` added when there are several files."""
    for report in reports:
        for result in report.results:
            item = result_to_json(result)
            if len(reports) > 1:
                item = {"file": report.source, **item}
            yield json.dumps(item, ensure_ascii=False)


def render_tables(reports: Sequence[CheckReport], console: Console) -> None:
    for report in reports:
        table = Table(title=report.source or None, title_justify="left", expand=False)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("status", no_wrap=True)
        table.add_column("DOI", overflow="fold")
        table.add_column("details", overflow="fold")
        for result in report.results:
            table.add_row(
                str(result.n if result.n is not None else ""),
                Text(result.status.value, style=STYLES[result.status]),
                result.doi or result.suggested_doi or result.raw_doi or "",
                _details(result),
            )
        console.print(table)
        console.print(summary_line(report))


def _details(result: CheckResult) -> Text:
    text = Text(result.message)
    for d in result.differences:
        text.append(f"\n{d.field}: ", style="bold")
        text.append(d.cited or "—", style="yellow")
        text.append(" → ")
        text.append(d.registered, style="green")
    return text


def summary_line(report: CheckReport) -> Text:
    counts = report.summary
    line = Text(f"{len(report.results)} references: ")
    parts = [(f"{counts[s.value]} {s.value}", STYLES[s]) for s in Status if s.value in counts]
    for i, (label, style) in enumerate(parts):
        if i:
            line.append(", ")
        line.append(label, style=style)
    return line


@contextmanager
def progress_bar(console: Console, total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on `console` (stderr) while DOIs are looked up; silent off a terminal."""
    if not console.is_terminal or total == 0:
        yield lambda done: None
        return
    with Progress(
        TextColumn("checking DOIs"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("check", total=total)
        yield lambda done: progress.advance(task, done)
