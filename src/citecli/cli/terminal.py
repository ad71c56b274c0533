"""Citations on a terminal through rich: italic runs shown in italics (APA's journal, volume)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from citecli.styles.markup import Markup


def to_rich(markup: Markup) -> Text:
    text = Text()
    for run in markup:
        text.append(run.text, style="italic" if run.italic else "")
    return text


def print_markup(lines: Sequence[Markup], console: Console | None = None) -> None:
    console = console or Console(highlight=False, soft_wrap=True)
    for markup in lines:
        console.print(to_rich(markup))
