"""Page text -> `Page`: sections, header, authors, "For citations" line, references.

First cut: finds the reference list and splits it into references; the header comes next.
"""

from __future__ import annotations

import re

from citecli.model import Diagnostic, Page, Work
from citecli.refparse import parse_reference

_REFERENCES_HEADING = re.compile(
    r"^\s*(?:References|Список литературы|Литература|Bibliography)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_NUMBERED = re.compile(r"^\s*\[?\d{1,4}[.)\]]\s+")


def parse_page(text: str, *, source: str = "") -> Page:
    """Parse a whole page, or a bare reference list. Never raises."""
    heading = _REFERENCES_HEADING.search(text)
    start = heading.end() if heading else 0
    first_line = text.count("\n", 0, start) + 1
    references: list[Work] = []
    for offset, line in enumerate(text[start:].split("\n")):
        if _NUMBERED.match(line):
            references.append(parse_reference(line, line=first_line + offset))
    diagnostics = () if references else (Diagnostic("no references found"),)
    return Page(article=Work(), references=tuple(references), source=source,
                diagnostics=diagnostics)
