"""Citation styles: the `Style` enum and the registry from a style to its formatter.

Citation styles (gost, gost-2008, apa, vancouver) format one `Work` into `Markup` that any output
format can render; export styles (bibtex, csl-json, ris) turn a whole list into a file's text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from citecli.errors import UsageError
from citecli.model import Work
from citecli.styles.apa import format_apa
from citecli.styles.gost import format_gost
from citecli.styles.gost2008 import format_gost2008
from citecli.styles.markup import Markup, OutputFormat, join_markup
from citecli.styles.vancouver import format_vancouver


class Style(str, Enum):
    GOST = "gost"
    GOST_2008 = "gost-2008"
    APA = "apa"
    VANCOUVER = "vancouver"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"
    RIS = "ris"

    @property
    def is_export(self) -> bool:
        return self not in CITATION_FORMATTERS


CITATION_FORMATTERS: dict[Style, Callable[[Work], Markup]] = {
    Style.GOST: format_gost,
    Style.GOST_2008: format_gost2008,
    Style.APA: format_apa,
    Style.VANCOUVER: format_vancouver,
}


def _choice(name: str, values: Sequence[str], what: str) -> str:
    wanted = name.strip().lower()
    if wanted not in values:
        raise UsageError(f"unknown {what} {name!r}; valid {what}s: {', '.join(values)}")
    return wanted


def parse_style(name: str) -> Style:
    return Style(_choice(name, [s.value for s in Style], "style"))


def parse_output_format(name: str) -> OutputFormat:
    return OutputFormat(_choice(name, [f.value for f in OutputFormat], "format"))


def citation_lines(works: Sequence[Work], style: Style, *, numbered: bool) -> list[Markup]:
    """One markup per work; with `numbered`, prefixed "N. " by the page's number or position."""
    formatter = CITATION_FORMATTERS[style]
    lines = []
    for position, work in enumerate(works, 1):
        markup = formatter(work)
        if numbered:
            number = work.number if work.number is not None else position
            markup = join_markup([f"{number}. ", markup])
        lines.append(markup)
    return lines


def export(works: Sequence[Work], style: Style) -> str:
    """The text of a .bib, CSL-JSON or RIS file holding `works`."""
    # imported here: pybtex is slow to import and only these styles need it
    if style is Style.BIBTEX:
        from citecli.styles.bibtex import works_to_bibtex

        return works_to_bibtex(works)
    if style is Style.CSL_JSON:
        from citecli.styles.csljson import works_to_csl_json

        return works_to_csl_json(works)
    if style is Style.RIS:
        from citecli.styles.ris import works_to_ris

        return works_to_ris(works)
    raise ValueError(f"{style.value} is a citation style, not an export format")
