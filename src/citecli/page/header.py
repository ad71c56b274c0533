"""The lines above the first heading: title, DOI, EDN.

Journal sites put a rubric ("Research article"), a UDC code, the DOI and the EDN around the
title; the title is the line the "For citations" line cites, or else the first line that is
none of these (a copied page may start with the site's menu).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecli import identifiers
from citecli.model import Doi

_METADATA_LINE = re.compile(
    r"\s*(?:(?:DOI|EDN|UDC|УДК|ББК|JEL|ISSN)\b|https?://|www\.|doi\.org/)", re.IGNORECASE
)
_RUBRIC_LINE = re.compile(
    r"\s*(?:(?:Research|Original|Review|Scientific|Short) (?:article|paper|communication)"
    r"|(?:Научная|Оригинальная|Обзорная|Исследовательская) статья|Article|Статья)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Header:
    title: str = ""
    title_line: int | None = None
    doi: Doi | None = None
    edn: str = ""


def read_header(lines: list[tuple[int, str]]) -> Header:
    title, title_line = "", None
    doi: Doi | None = None
    edn = ""
    for index, line in lines:
        text = " ".join(line.split())
        if not text:
            continue
        if _METADATA_LINE.match(text):
            doi = doi or identifiers.find_doi(text)
            edn = edn or identifiers.find_edn(text)
        elif not title and not _RUBRIC_LINE.match(text):
            title, title_line = text, index + 1
    return Header(title=title, title_line=title_line, doi=doi, edn=edn)


def find_title(lines: list[tuple[int, str]], cited_title: str) -> tuple[str, int] | None:
    """The header line that is the cited title (case, spacing and final stop aside)."""
    wanted = _comparable(cited_title)
    if not wanted:
        return None
    for index, line in lines:
        text = " ".join(line.split())
        if _comparable(text) == wanted:
            return text, index + 1
    return None


def _comparable(title: str) -> str:
    return " ".join(title.casefold().split()).rstrip(" .")
