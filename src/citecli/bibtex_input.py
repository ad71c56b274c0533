"""BibTeX input through pybtex: entries of a .bib file -> `Work`s.

Reads what `citecli.styles.bibtex` writes back to the same fields, and ordinary .bib files from
Zotero, JabRef or Google Scholar: LaTeX accents are decoded (latexcodec, a pybtex dependency),
protective braces dropped, `others` in a name list becomes `et_al`.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

import latexcodec  # noqa: F401  (registers the "ulatex" codec)
from pybtex.database import BibliographyData, Entry, parse_string
from pybtex.database import Person as BibPerson
from pybtex.exceptions import PybtexError

from citecli import months
from citecli.errors import InputError
from citecli.identifiers import normalize_doi
from citecli.model import DESIGNATED_TYPES, Doi, Person, Work, WorkType
from citecli.styles.bibtex import ENTRY_TYPES, LANGUAGES, SUBTYPES

if TYPE_CHECKING:
    from citecli.refparse.archives import ArchivalFile

_TYPES: dict[str, WorkType] = {name: kind for kind, name in ENTRY_TYPES.items() if name != "misc"}
_TYPES.update(
    {
        "misc": WorkType.DOCUMENT,
        "mastersthesis": WorkType.THESIS,
        "thesis": WorkType.THESIS,
        "inbook": WorkType.CHAPTER,
        "conference": WorkType.CONFERENCE_PAPER,
        "www": WorkType.WEBPAGE,
        "electronic": WorkType.WEBPAGE,
        "report": WorkType.REPORT,
        "manual": WorkType.DOCUMENT,
        "booklet": WorkType.BOOK,
        "proceedings": WorkType.BOOK,
        "collection": WorkType.BOOK,
    }
)
_SUBTYPES = {name: kind for kind, name in SUBTYPES.items()}
_LANGUAGE_CODES = {name: code for code, name in LANGUAGES.items()}
# escaped braces, dollars and backslashes must survive the removal of protective braces
_KEEP = {
    r"\textbackslash{}": "\x00",
    r"\textbraceleft{}": "\x01",
    r"\textbraceright{}": "\x02",
    r"\$": "\x03",
    r"\textasciitilde{}": "\x04",
    r"\{": "\x01",
    r"\}": "\x02",
}
_RESTORE = {"\x00": "\\", "\x01": "{", "\x02": "}", "\x03": "$", "\x04": "~"}
_SPACES = re.compile(r"[ \t\r\n]+")
_ISSUE = re.compile(r"^(?P<issue>.*?)\s*\((?P<cumulative>[^()]+)\)$")


def latex_to_text(value: str) -> str:
    for latex, mark in _KEEP.items():
        value = value.replace(latex, mark)
    with contextlib.suppress(UnicodeDecodeError):  # LaTeX latexcodec cannot read stays as is
        value = str(codecs.decode(value, "ulatex"))  # type: ignore[call-overload]
    value = value.replace("{", "").replace("}", "")
    for mark, char in _RESTORE.items():
        value = value.replace(mark, char)
    return _SPACES.sub(" ", value).strip()


def read_bibtex(text: str, *, source: str = "") -> tuple[Work, ...]:
    """Every entry of a .bib text, in file order; a syntax error is an `InputError`."""
    try:
        data: BibliographyData = parse_string(text, "bibtex")
    except PybtexError as error:
        raise InputError(f"{source or 'BibTeX input'}: {error}") from None
    return tuple(work_from_entry(entry) for entry in data.entries.values())


def _person(person: BibPerson) -> Person:
    last = " ".join(person.last_names)
    if (
        not person.first_names
        and not person.middle_names
        and last.startswith("{")
        and len(person.last_names) == 1
    ):
        return Person(literal=latex_to_text(last))
    given = " ".join([*person.first_names, *person.middle_names])
    return Person(
        family=latex_to_text(last),
        given=latex_to_text(given),
        particle=latex_to_text(" ".join(person.prelast_names)),
        suffix=latex_to_text(" ".join(person.lineage_names)),
    )


def _persons(entry: Entry, role: str) -> tuple[tuple[Person, ...], bool]:
    people = list(entry.persons.get(role, ()))
    et_al = bool(people) and str(people[-1]) == "others"
    if et_al:
        people = people[:-1]
    return tuple(_person(p) for p in people), et_al


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# biblatex's `date`: "2020", "2020-03", "2020-03-05", or a range that starts so ("2020-03/2020-04")
_BIBLATEX_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(?![0-9])")


class _Issued(NamedTuple):
    year: int | None
    month: int | None
    day: int | None


def _issued(year_field: str, month_field: str, date_field: str) -> _Issued:
    """The date of issue from BibTeX's `year` and `month` and biblatex's `date`.

    `date` is the more precise where both are written and agree; a `month` biblatex's date
    does not contradict is kept. pybtex expands the month macros to the English names; files
    also write numbers ("3") or names, abbreviated or not ("Mar.", "March"), and sometimes two
    months ("June/July"), which name no single month."""
    year = int(year_field[:4]) if year_field[:4].isdigit() else None
    month = months.month_number(month_field) if month_field else None
    dated = _BIBLATEX_DATE.match(date_field.strip())
    if dated is None:
        return _Issued(year, month if year else None, None)
    written_year = int(dated.group(1))
    if year is not None and written_year != year:
        return _Issued(year, month, None)  # two different years: the `year` field's alone
    written_month = int(dated.group(2)) if dated.group(2) else None
    if written_month is None or not 1 <= written_month <= 12:
        return _Issued(written_year, month, None)
    if month is not None and month != written_month:
        return _Issued(written_year, month, None)
    day = (
        months.day_of(written_year, written_month, int(dated.group(3))) if dated.group(3) else None
    )
    return _Issued(written_year, written_month, day)


def _archival_file(note: str) -> ArchivalFile | None:
    """The archive and search data an @unpublished entry's note holds, as citecli writes them.
    Imported here: the reference parser compiles its patterns on import (0.75 s), which no
    other .bib entry needs."""
    from citecli.refparse.archives import read_file

    return read_file(note)


# biblatex's keys for a patent's kind ("patentus", "patreqde"), which its styles print in the
# reader's language: no kind as its source wrote it
_PATENT_KIND_KEY = re.compile(r"pat(?:ent|req)[a-z]{0,2}")


def _genre(written: str, kind: WorkType) -> str:
    if kind is WorkType.PATENT and _PATENT_KIND_KEY.fullmatch(written):
        return ""
    return written


def work_from_entry(entry: Entry) -> Work:
    def get(name: str) -> str:
        return latex_to_text(str(entry.fields.get(name, "")))

    kind = _TYPES.get(entry.type.lower(), WorkType.DOCUMENT)
    kind = _SUBTYPES.get(get("entrysubtype"), kind)
    authors, et_al = _persons(entry, "author")
    editors, _ = _persons(entry, "editor")
    issue, cumulative = get("number"), ""
    designation = ""
    if kind in DESIGNATED_TYPES:  # the number is the designation
        issue, designation = "", issue
    split = _ISSUE.match(issue)
    if split:
        issue, cumulative = split.group("issue"), split.group("cumulative")
    doi_text = get("doi")
    doi_value = normalize_doi(doi_text) if doi_text else None
    issued = _issued(get("year"), get("month"), get("date"))
    language = get("language").lower()
    archival = _archival_file(get("note")) if kind is WorkType.MANUSCRIPT else None
    if kind is WorkType.MANUSCRIPT and archival is None:
        # a plain @unpublished ("Manuscript submitted for publication"): no archive holds it
        kind = WorkType.DOCUMENT
    return Work(
        type=kind,
        title=get("title"),
        translated_title=get("titleaddon"),
        authors=authors,
        et_al=et_al,
        editors=editors,
        container=get("journal") or get("journaltitle") or get("booktitle") or get("howpublished"),
        collection=get("series"),
        publisher=get("publisher") or get("school") or get("institution"),
        place=get("address") or ("" if kind is WorkType.PATENT else get("location")),
        authority=get("location") if kind is WorkType.PATENT else "",
        year=issued.year,
        month=issued.month,
        day=issued.day,
        volume=get("volume"),
        issue=issue,
        cumulative_issue=cumulative,
        pages=get("pages").replace("--", "-").replace("–", "-"),
        article_number=get("eid"),
        designation=designation,
        number_of_pages=get("pagetotal"),
        edition=get("edition"),
        archive=archival.archive if archival else "",
        archive_location=archival.location if archival else "",
        doi=Doi(value=doi_value, raw=doi_text) if doi_value else None,
        edn=get("edn"),
        url=get("url"),
        accessed=_date(get("urldate")),
        arxiv=get("eprint") if get("archiveprefix").lower() == "arxiv" else "",
        isbn=get("isbn"),
        issn=get("issn"),
        pmid=get("pmid"),
        language=_LANGUAGE_CODES.get(language, language),
        genre=_genre(get("type"), kind),
        application=get("note") if kind is WorkType.PATENT else "",
        keywords=tuple(k.strip() for k in get("keywords").split(",") if k.strip()),
    )
