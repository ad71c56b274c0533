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

    works: tuple[Work, ...]
    numbered: bool
    #: the numbers of the entries left out (their places where they have none): nothing to cite
    skipped: tuple[int, ...] = ()


# a .bib file starts with an entry, perhaps after comments or blank lines
_BIBTEX_START = re.compile(r"\A\s*(?:%[^\n]*\n\s*)*@\w+\s*[{(]")


# JSON's opening as CSL-JSON and `parse --format json` write it: an array of objects (or empty),
# an object with a key (or empty). "[1] Smith J." opens with a bracket too, but not like this.
_JSON_OPENING = re.compile(r'\s*(?:\[\s*[{\]]|\{\s*["}])')


def detect_kind(name: str, text: str) -> InputKind:
    lower = name.lower()
    if lower.endswith(".bib"):
        return InputKind.BIBTEX
    if lower.endswith(".json"):
        return InputKind.CSL_JSON
    if _BIBTEX_START.match(text):
        return InputKind.BIBTEX
    if _JSON_OPENING.match(text):
        return InputKind.CSL_JSON
    return InputKind.PAGE


@dataclass(frozen=True, slots=True)
class Contents:
    """What a file holds: a page's article and references (`article` set), or the entries of a
    bibliography (`article` None), all of them in file order."""

    article: Work | None
    works: tuple[Work, ...]


def read_contents(text: str, name: str, kind: InputKind | None = None) -> Contents:
    """A page (text, or as `parse --format json` wrote it) or a .bib / CSL-JSON bibliography,
    read from `text` (the file `name`); `kind` where the caller has detected it already."""
    kind = kind or detect_kind(name, text)
    if kind is InputKind.BIBTEX:
        from citecli.bibtex_input import read_bibtex

        return Contents(None, _numbered(read_bibtex(text, source=name)))
    if kind is InputKind.CSL_JSON:
        data = _load_json(text, name)
        if _is_parse_output(data):
            article = _items(data["article"], name)[0]
            return Contents(article, _items(data["references"], name))
        return Contents(None, _numbered(_items(data, name)))
    from citecli.page import parse_page

    page = parse_page(text, source=name)
    return Contents(page.article, page.references)


def _numbered(entries: tuple[Work, ...]) -> tuple[Work, ...]:
    """A bibliography's entries with their place in the file as their number, where they have
    none: what `cite` prints before each and `check-dois` reports, whatever is left out."""
    return tuple(
        entry if entry.number is not None else entry.replace(number=place)
        for place, entry in enumerate(entries, 1)
    )


def _load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{source}: not valid JSON: {error.msg} in line {error.lineno}",
            hint="cite reads CSL-JSON: an array of items or one item",
        ) from None
    except RecursionError:  # "[[[[…": json's decoder recurses once per level
        raise InputError(f"{source}: not CSL-JSON: nested too deeply") from None


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
    contents = read_contents(source.text, source.name)
    name = source.name
    if contents.article is not None and not references:
        if not contents.article.title:
            raise InputError(
                f"{name}: no article title found on the page",
                hint="--references cites the reference list instead",
            )
        return CiteInput((contents.article,), numbered=False)
    listed = contents.works
    if not listed:
        page = contents.article is not None
        raise InputError(f"{name}: no references found" if page else f"{name}: no entries")
    citable: list[Work] = []
    skipped: list[int] = []
    for place, work in enumerate(listed, 1):
        if _has_something_to_cite(work):
            citable.append(work)
        else:
            skipped.append(work.number if work.number is not None else place)
    if not citable:
        raise InputError(f"{name}: no entry has anything to cite ({NOTHING_TO_CITE})")
    return CiteInput(tuple(citable), numbered=True, skipped=tuple(skipped))


#: what an entry needs to be cited
NOTHING_TO_CITE = "no title, author, container, archive, number or link"


def _has_something_to_cite(work: Work) -> bool:
    """An empty CSL item ({}) or a .bib entry of unknown fields only would print as "1. "."""
    return bool(
        work.title
        or work.authors
        or work.editors
        or work.container
        or work.doi
        or work.url
        or work.designation
        or work.archive  # an archival file alone: "ГАРФ. – Ф. Р-5446. Оп. 1. Д. 123."
    )
