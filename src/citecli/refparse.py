"""One reference string -> `Work`, with diagnostics.

First cut: identifiers, number, year and language only; the field grammar comes next.
"""

from __future__ import annotations

import re

from citecli import identifiers
from citecli.model import Diagnostic, Work

_NUMBER = re.compile(r"^\s*\[?(\d{1,4})[.)\]]\s+")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_IN_RUSS = re.compile(r"\((?:In|in) Russ(?:\.|ian)\)")


def parse_reference(raw: str, *, number: int | None = None, line: int | None = None) -> Work:
    """Parse one reference (wrapped lines already joined). Never raises."""
    text = " ".join(raw.split())
    numbered = _NUMBER.match(text)
    if numbered:
        number = number if number is not None else int(numbered.group(1))
        text = text[numbered.end():]
    year_match = _YEAR.search(text)
    language = "ru" if _IN_RUSS.search(text) or _CYRILLIC.search(text) else ""
    diagnostics = () if year_match else (Diagnostic("no year found", line),)
    return Work(
        raw=raw.strip(),
        number=number,
        line=line,
        doi=identifiers.find_doi(text),
        edn=identifiers.find_edn(text),
        arxiv=identifiers.find_arxiv(text),
        isbn=identifiers.find_isbn(text),
        url=next(iter(identifiers.find_urls(text)), ""),
        year=int(year_match.group(1)) if year_match else None,
        language=language,
        diagnostics=diagnostics,
    )
