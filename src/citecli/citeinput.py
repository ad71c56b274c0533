"""What `citecli cite` (and `check-dois`) read: a page, a .bib file or CSL-JSON, detected by
name and content.

A page gives its article (or, with `references`, its numbered references), and so does the
page as `citecli parse --format json` wrote it. A .bib or CSL-JSON file is a bibliography
already: every entry is cited, numbered in file order, with or without `references` (there is
no "article of the file" to single out).
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
    #: places in the file (from 1) of the entries left out because they hold nothing to cite
    skipped: tuple[int, ...] = ()


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
    if text.lstrip()[:1] in ("[", "{") and _is_json(text):
        return InputKind.CSL_JSON
    return InputKind.PAGE


def _is_json(text: str) -> bool:
    """Whether text that opens like JSON is JSON: "[1] Smith J. …" opens like an array too."""
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def _load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{source}: not valid JSON: {error.msg} in line {error.lineno}",
            hint="cite reads CSL-JSON: an array of items or one item",
        ) from None


def _is_parse_output(data: Any) -> bool:
    """`citecli parse --format json`'s {"article": ITEM, "references": [ITEM, ...]}."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("article"), dict)
        and isinstance(data.get("references"), list)
    )


def _items(data: Any, source: str) -> tuple[Work, ...]:
    from citecli.csl import work_from_csl

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
        data = _load_json(source.text, source.name)
        if _is_parse_output(data):
            article = _items(data["article"], source.name)[0]
            return _page_works(
                source.name, article, _items(data["references"], source.name), references=references
            )
        works = _items(data, source.name)
    else:
        from citecli.page import parse_page

        page = parse_page(source.text, source=source.name)
        return _page_works(source.name, page.article, page.references, references=references)
    if not works:
        raise InputError(f"{source.name}: no entries")
    citable = tuple(work for work in works if _has_something_to_cite(work))
    if not citable:
        raise InputError(
            f"{source.name}: no entry has anything to cite (a title, author, container or link)"
        )
    skipped = tuple(
        place for place, work in enumerate(works, 1) if not _has_something_to_cite(work)
    )
    return CiteInput(kind, citable, numbered=True, skipped=skipped)


def _has_something_to_cite(work: Work) -> bool:
    """An empty CSL item ({}) or a .bib entry of unknown fields only would print as "1. "."""
    return bool(
        work.title or work.authors or work.editors or work.container or work.doi or work.url
    )


def _page_works(
    name: str, article: Work, listed: tuple[Work, ...], *, references: bool
) -> CiteInput:
    """A page's article, or with `references` its numbered references."""
    if references:
        if not listed:
            raise InputError(f"{name}: no references found")
        return CiteInput(InputKind.PAGE, listed, numbered=True)
    if not article.title:
        raise InputError(
            f"{name}: no article title found on the page",
            hint="--references cites the reference list instead",
        )
    return CiteInput(InputKind.PAGE, (article,), numbered=False)
