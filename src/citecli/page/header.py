"""The lines above the first heading: title, DOI, EDN.

Journal sites put a rubric ("Research article"), a UDC code, the DOI and the EDN around the
title; the title is the line the "For citations" line cites, or else the first line that is
none of these (a copied page may start with the site's menu).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecli import identifiers
from citecli.model import Doi, Person
from citecli.page.byline import footnote, read_byline, with_affiliations

_METADATA_LINE = re.compile(
    r"\s*(?:(?:DOI|EDN|UDC|УДК|ББК|JEL|ISSN)\b|https?://|www\.|doi\.org/)", re.IGNORECASE
)
_RUBRIC_LINE = re.compile(
    r"\s*(?:(?:Research|Original|Review|Scientific|Short) (?:article|paper|communication)"
    r"|(?:Научная|Оригинальная|Обзорная|Исследовательская) статья|Article|Статья)\s*$",
    re.IGNORECASE,
)


# eLibrary's labelled facts, several to a line: "Номер: 2 (58)  Год: 2022  Страницы: 41-55"
_FIELD_NAMES = {
    "журнал": "journal", "journal": "journal", "год": "year", "year": "year",
    "том": "volume", "volume": "volume", "номер": "issue", "issue": "issue",
    "выпуск": "issue", "страницы": "pages", "pages": "pages", "язык": "language",
    "language": "language",
}  # fmt: skip
_FIELD_LABEL = "|".join(_FIELD_NAMES)
_FIELD = re.compile(
    rf"(?<!\w)(?P<label>{_FIELD_LABEL})\s*:\s*(?P<value>.*?)(?=\s+(?:{_FIELD_LABEL}|Тип|Type)\s*:|$)",
    re.IGNORECASE,
)
_LANGUAGES = {"русский": "ru", "russian": "ru", "английский": "en", "english": "en"}


@dataclass(frozen=True, slots=True)
class Header:
    title: str = ""
    title_line: int | None = None
    doi: Doi | None = None
    edn: str = ""
    #: eLibrary's labelled facts: journal, year, volume, issue, pages, language (ISO code)
    fields: tuple[tuple[str, str], ...] = ()
    #: authors under the title with the affiliations their footnote marks point to
    byline: tuple[Person, ...] = ()

    def field(self, name: str) -> str:
        return next((value for key, value in self.fields if key == name), "")


def read_header(lines: list[tuple[int, str]]) -> Header:
    title, title_line = "", None
    doi: Doi | None = None
    edn = ""
    fields: list[tuple[str, str]] = []
    authors: tuple[tuple[Person, tuple[str, ...]], ...] = ()
    notes: dict[str, str] = {}
    after_title = False
    for index, line in lines:
        text = " ".join(line.split())
        if not text:
            continue
        found = _fields(text)
        if found:
            fields.extend(found)
        elif _METADATA_LINE.match(text):
            doi = doi or identifiers.find_doi(text)
            edn = edn or identifiers.find_edn(text)
        elif not title and not _RUBRIC_LINE.match(text):
            title, title_line = text, index + 1
        elif title and not after_title:  # only the line right under the title
            after_title = True
            authors = read_byline(text)
        elif authors and (note := footnote(text)):
            notes.setdefault(*note)
    return Header(
        title=title,
        title_line=title_line,
        doi=doi,
        edn=edn,
        fields=tuple(fields),
        byline=with_affiliations(authors, notes),
    )


def _fields(text: str) -> list[tuple[str, str]]:
    found = []
    for match in _FIELD.finditer(text):
        name, value = _FIELD_NAMES[match.group("label").casefold()], match.group("value").strip()
        if name == "language":
            value = _LANGUAGES.get(value.casefold(), "")
        if value:
            found.append((name, value))
    return found


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
