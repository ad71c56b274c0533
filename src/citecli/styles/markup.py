"""A tiny markup model for formatted citations: runs of text, some italic.

Formatters build `Markup` (a tuple of `Run`s) and know nothing about output formats; the
renderers here turn it into plain text, Markdown, HTML or LaTeX. The rich rendering for
terminals lives in the CLI, the only place that imports rich.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    italic: bool = False


Markup = tuple[Run, ...]


class OutputFormat(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    LATEX = "latex"


def plain(text: str) -> Run:
    return Run(text)


def italic(text: str) -> Run:
    return Run(text, italic=True)


def join_markup(parts: Iterable[Markup | Run | str]) -> Markup:
    """Flatten runs, strings and markup into one markup, merging neighbours of the same style."""
    runs: list[Run] = []
    for part in parts:
        items: Iterable[Run]
        if isinstance(part, str):
            items = (Run(part),)
        elif isinstance(part, Run):
            items = (part,)
        else:
            items = part
        for run in items:
            if not run.text:
                continue
            if runs and runs[-1].italic == run.italic:
                runs[-1] = Run(runs[-1].text + run.text, run.italic)
            else:
                runs.append(run)
    return tuple(runs)


def to_text(markup: Markup) -> str:
    return "".join(run.text for run in markup)


def render(markup: Markup, output: OutputFormat) -> str:
    if output is OutputFormat.TEXT:
        return to_text(markup)
    if output is OutputFormat.MARKDOWN:
        return "".join(_markdown(run) for run in markup)
    if output is OutputFormat.HTML:
        return "".join(
            f"<i>{html.escape(r.text, quote=False)}</i>"
            if r.italic
            else html.escape(r.text, quote=False)
            for r in markup
        )
    if output is OutputFormat.LATEX:
        return "".join(
            f"\\textit{{{latex_escape(r.text)}}}" if r.italic else latex_escape(r.text)
            for r in markup
        )
    raise AssertionError(output)  # pragma: no cover - exhaustive over the enum


_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\*_`[]<>"})


def _markdown(run: Run) -> str:
    text = run.text.translate(_MARKDOWN_SPECIAL)
    if not run.italic:
        return text
    # emphasis markers must touch the text: keep surrounding spaces outside them
    core = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}*{core}*{trail}" if core else text


_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex_escape(text: str) -> str:
    return "".join(_LATEX_SPECIAL.get(c, c) for c in text)
