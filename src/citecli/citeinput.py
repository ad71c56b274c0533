"""What `citecli cite` reads: a page, a .bib file or CSL-JSON, detected by name and content.

A page gives its article (or, with `references`, its numbered references). A .bib or CSL-JSON
file is a bibliography already: every entry is cited, numbered in file order, with or without
`references` (there is no "article of the file" to single out).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from citecli.errors import InputError
from citecli.model import Work
from citecli.textio import Source


class InputKind(str, Enum):
    PAGE = "page"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"


@dataclass(frozen=True, slots=True)
class CiteInput:
    """The works to cite and whether they are a numbered list (references, bibliography)."""

    kind: InputKind
    works: tuple[Work, ...]
    numbered: bool


# a .bib file starts with an entry, perhaps after comments or blank lines
_BIBTEX_START = re.compile(r"\A\s*(?:%[^\n]*\n\s*)*@\w+\s*[{(]")


def detect_kind(name: str, text: str) -> InputKind:
    lower = name.lower()
    if lower.endswith(".bib"):
        return InputKind.BIBTEX
    if lower.endswith(".json"):
        return InputKind.CSL_JSON
    if _BIBTEX_START.match(text):
        return InputKind.BIBTEX
    if text.lstrip()[:1] in ("[", "{"):
        return InputKind.CSL_JSON
    return InputKind.PAGE


def read_csl_json(text: str, *, source: str = "") -> tuple[Work, ...]:
    from citecli.csl import work_from_csl

    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{source}: not valid JSON: {error.msg} in line {error.lineno}",
            hint="cite reads CSL-JSON: an array of items or one item",
        ) from None
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(item, dict) for item in items):
        raise InputError(f"{source}: not CSL-JSON: expected an object or an array of objects")
    return tuple(work_from_csl(item) for item in items)


def load_cite_input(source: Source, *, references: bool) -> CiteInput:
    """The works `cite` formats for `source`; `InputError` when there is nothing to cite."""
    kind = detect_kind(source.name, source.text)
    if kind is InputKind.BIBTEX:
        from citecli.bibtex_input import read_bibtex

        works = read_bibtex(source.text, source=source.name)
    elif kind is InputKind.CSL_JSON:
        works = read_csl_json(source.text, source=source.name)
    else:
        from citecli.page import parse_page

        page = parse_page(source.text, source=source.name)
        if references:
            if not page.references:
                raise InputError(f"{source.name}: no references found")
            return CiteInput(kind, page.references, numbered=True)
        if not page.article.title:
            raise InputError(
                f"{source.name}: no article title found on the page",
                hint="--references cites the reference list instead",
            )
        return CiteInput(kind, (page.article,), numbered=False)
    if not works:
        raise InputError(f"{source.name}: no entries")
    return CiteInput(kind, works, numbered=True)
