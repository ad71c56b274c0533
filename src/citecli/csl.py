"""CSL-JSON in and out: the interchange format at citecli's edges.

`work_to_csl` writes standard CSL 1.0.2 variables; what CSL has no variable for goes under
`custom` (the convention of CSL-JSON extensions): `custom.edn`, `custom.raw`,
`custom.translated-title`, `custom.warnings`, ... `work_from_csl` reads it back, and also
reads plain CSL-JSON from Zotero, pandoc or Crossref (whose `title` may be a list).
The round trip `work_from_csl(work_to_csl(w)) == w` holds for every field listed here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from citecli import months
from citecli.model import DESIGNATED_TYPES, Diagnostic, Doi, Person, Work, WorkType

CslItem = dict[str, Any]

# Person fields that CSL-JSON names carry; the rest go into the name's `custom`-like extras.
_PERSON_EXTRAS = ("affiliation", "city", "country", "email", "orcid")


def person_to_csl(person: Person) -> dict[str, Any]:
    if person.is_organisation:
        out: dict[str, Any] = {"literal": person.literal}
    else:
        out = {"family": person.family}
        if person.given:
            out["given"] = person.given
        if person.particle:
            out["non-dropping-particle"] = person.particle
        if person.suffix:
            out["suffix"] = person.suffix
    for name in _PERSON_EXTRAS:
        value = getattr(person, name)
        if value:
            # "affiliation" is used by Crossref and Zotero; we keep a plain string per author
            out[name.upper() if name == "orcid" else name] = value
    return out


def person_from_csl(data: Mapping[str, Any]) -> Person:
    affiliation = data.get("affiliation", "")
    if isinstance(affiliation, list):  # Crossref: [{"name": ...}]
        affiliation = "; ".join(
            str(a.get("name", "")) if isinstance(a, Mapping) else str(a) for a in affiliation
        )
    family = str(data.get("family", ""))
    literal = str(data.get("literal", ""))
    if not family and not literal and data.get("name"):
        literal = str(data["name"])
    return Person(
        family=family,
        given=str(data.get("given", "")),
        particle=str(data.get("non-dropping-particle", "") or data.get("dropping-particle", "")),
        suffix=str(data.get("suffix", "")),
        literal=literal,
        affiliation=str(affiliation),
        city=str(data.get("city", "")),
        country=str(data.get("country", "")),
        email=str(data.get("email", "")),
        orcid=str(data.get("ORCID", "") or data.get("orcid", "")),
    )


def work_to_csl(work: Work, *, item_id: str | None = None) -> CslItem:
    """One CSL-JSON item for `work`; empty fields are left out."""
    item: CslItem = {"type": work.type.value}
    if item_id:
        item["id"] = item_id
    if work.number is not None:
        item["citation-number"] = work.number
    simple = {
        "title": work.title,
        "container-title": work.container,
        "collection-title": work.collection,
        "publisher": work.publisher,
        "publisher-place": work.place,
        "volume": work.volume,
        "issue": work.issue,
        "page": work.pages,
        # a standard's designation or a patent's number is its number too
        "number": work.article_number or work.designation,
        "authority": work.authority,
        "number-of-pages": work.number_of_pages,
        "edition": work.edition,
        "archive": work.archive,
        "archive_location": work.archive_location,
        "URL": work.url,
        "ISBN": work.isbn,
        "ISSN": work.issn,
        "PMID": work.pmid,
        "language": work.language,
        "genre": work.genre,
        "abstract": work.abstract,
    }
    item.update({key: value for key, value in simple.items() if value})
    if work.doi:
        item["DOI"] = work.doi.value
    if work.authors:
        item["author"] = [person_to_csl(p) for p in work.authors]
    if work.editors:
        item["editor"] = [person_to_csl(p) for p in work.editors]
    if work.year is not None:
        item["issued"] = {"date-parts": [issued_parts(work)]}
    if work.accessed:
        a = work.accessed
        item["accessed"] = {"date-parts": [[a.year, a.month, a.day]]}
    if work.keywords:
        item["keyword"] = ", ".join(work.keywords)
    custom = _custom(work)
    if custom:
        item["custom"] = custom
    return item


def issued_parts(work: Work) -> list[int]:
    """[year], [year, month] or [year, month, day]: as much of the date as is known."""
    parts = [work.year] if work.year is not None else []
    if parts and work.month is not None:
        parts.append(work.month)
        if work.day is not None:
            parts.append(work.day)
    return parts


def _custom(work: Work) -> dict[str, Any]:
    custom: dict[str, Any] = {}
    pairs = {
        "edn": work.edn,
        "arxiv": work.arxiv,
        "translated-title": work.translated_title,
        "container-title-translated": work.container_translated,
        "cumulative-issue": work.cumulative_issue,
        "editor-role": work.editor_role,
        "classification": work.classification,
        "application": work.application,
    }
    custom.update({key: value for key, value in pairs.items() if value})
    if work.et_al:
        custom["et-al"] = True
    if work.doi and work.doi.raw and work.doi.raw != work.doi.value:
        custom["raw-doi"] = work.doi.raw
    if work.doi and work.doi.repaired:
        custom["doi-repaired"] = True
    if work.keywords:
        custom["keywords"] = list(work.keywords)
    if work.raw:
        custom["raw"] = work.raw
    if work.line is not None:
        custom["line"] = work.line
    if work.diagnostics:
        custom["warnings"] = [str(d) for d in work.diagnostics]
    return custom


# a patent's application as GOST writes it ("№ 2017105030 : заявл. 15.02.2017 : …"); not
# refparse.patents.application, whose import would compile the parser's patterns for every
# CSL-JSON file `cite` reads
_WRITTEN_APPLICATION = re.compile(r"№\s?[0-9].*заявл\.")


def work_from_csl(item: Mapping[str, Any]) -> Work:
    """A `Work` from one CSL-JSON item (ours, Zotero's, pandoc's or Crossref's)."""
    custom = item.get("custom") if isinstance(item.get("custom"), Mapping) else {}
    assert isinstance(custom, Mapping)
    doi = None
    if item.get("DOI"):
        value = _text(item["DOI"]).lower()
        doi = Doi(
            value=value,
            raw=_text(custom.get("raw-doi")) or value,
            repaired=bool(custom.get("doi-repaired", False)),
        )
    keywords: tuple[str, ...] = ()
    if isinstance(custom.get("keywords"), list):
        keywords = tuple(str(k) for k in custom["keywords"])
    elif item.get("keyword"):
        keywords = tuple(k.strip() for k in _text(item["keyword"]).split(",") if k.strip())
    number = item.get("citation-number")
    line = custom.get("line")
    kind = _work_type(_text(item.get("type", "")))
    # CSL's number: an article's number, or a standard's designation or a patent's number
    item_number = _text(item.get("number", "") or item.get("article-number", ""))
    designated = kind in DESIGNATED_TYPES
    month, day = _month_day(item.get("issued"))
    genre, application = _text(item.get("genre", "")), _text(custom.get("application"))
    if kind is WorkType.PATENT and not application and _WRITTEN_APPLICATION.match(genre):
        # (CSL-JSON written by earlier citecli kept a patent's application where its kind is)
        genre, application = "", genre
    return Work(
        type=kind,
        title=_text(item.get("title", "")),
        translated_title=_text(custom.get("translated-title")),
        authors=tuple(person_from_csl(p) for p in _names(item.get("author"))),
        et_al=bool(custom.get("et-al", False)),
        editors=tuple(person_from_csl(p) for p in _names(item.get("editor"))),
        editor_role=_text(custom.get("editor-role")),
        container=_text(item.get("container-title", "")),
        container_translated=_text(custom.get("container-title-translated")),
        collection=_text(item.get("collection-title", "")),
        publisher=_text(item.get("publisher", "")),
        place=_text(item.get("publisher-place", "")),
        year=_year(item.get("issued")),
        month=month,
        day=day,
        volume=_text(item.get("volume", "")),
        issue=_text(item.get("issue", "")),
        cumulative_issue=_text(custom.get("cumulative-issue")),
        pages=_text(item.get("page", "")).replace("–", "-").replace("—", "-"),
        article_number="" if designated else item_number,
        designation=item_number if designated else "",
        # a patent's country (CSL's authority is a court's or legislature's too)
        authority=_text(item.get("authority", "")) if kind is WorkType.PATENT else "",
        classification=_text(custom.get("classification")),
        application=application,
        number_of_pages=_text(item.get("number-of-pages", "")),
        edition=_text(item.get("edition", "")),
        archive=_text(item.get("archive", "")),
        archive_location=_text(item.get("archive_location", "")),
        doi=doi,
        edn=_text(custom.get("edn")),
        url=_text(item.get("URL", "")),
        accessed=_date(item.get("accessed")),
        arxiv=_text(custom.get("arxiv")),
        isbn=_text(item.get("ISBN", "")),
        issn=_text(item.get("ISSN", "")),
        pmid=_text(item.get("PMID", "")),
        language=_text(item.get("language", "")),
        genre=genre,
        abstract=_text(item.get("abstract", "")),
        keywords=keywords,
        number=int(number) if isinstance(number, (int, str)) and str(number).isdigit() else None,
        raw=_text(custom.get("raw")),
        line=int(line) if isinstance(line, int) else None,
        diagnostics=tuple(_diagnostic(str(w)) for w in custom.get("warnings", ()) or ()),
    )


_WARNING_LINE = re.compile(r"line (\d+): (.*)", re.DOTALL)


def _diagnostic(text: str) -> Diagnostic:
    """The inverse of `str(Diagnostic)`: "line 12: no year found" -> its message and line."""
    match = _WARNING_LINE.fullmatch(text)
    return Diagnostic(match.group(2), int(match.group(1))) if match else Diagnostic(text)


_TYPE_ALIASES = {
    # Crossref's types, seen in its CSL-JSON (`journal-article`) and REST records
    "journal-article": WorkType.ARTICLE,
    "proceedings-article": WorkType.CONFERENCE_PAPER,
    "book-chapter": WorkType.CHAPTER,
    "posted-content": WorkType.PREPRINT,
    "dissertation": WorkType.THESIS,
    "monograph": WorkType.BOOK,
    "edited-book": WorkType.BOOK,
    "reference-book": WorkType.BOOK,
}


def _work_type(name: str) -> WorkType:
    try:
        return WorkType(name)
    except ValueError:
        return _TYPE_ALIASES.get(name, WorkType.DOCUMENT if name else WorkType.ARTICLE)


def _text(value: Any) -> str:
    if isinstance(value, Sequence) and not isinstance(value, str):
        value = value[0] if value else ""
    return "" if value is None else str(value).strip()


def _names(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _date_parts(value: Any) -> list[Any]:
    if isinstance(value, Mapping):
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list):
            return [p for p in parts[0] if p is not None]
        if value.get("raw") or value.get("literal"):
            digits = str(value.get("raw") or value.get("literal"))[:4]
            return [int(digits)] if digits.isdigit() else []
    return []


def _year(value: Any) -> int | None:
    parts = _date_parts(value)
    try:
        return int(parts[0]) if parts else None
    except (TypeError, ValueError):
        return None


def _month_day(value: Any) -> tuple[int | None, int | None]:
    """The month and day of a CSL date, where its parts give a valid one ([2020, 3, 5] ->
    (3, 5), [2020, 3] -> (3, None)); (None, None) for a year alone or parts out of range."""
    parts = _date_parts(value)
    try:
        numbers = [int(p) for p in parts[:3]]
    except (TypeError, ValueError):
        return None, None
    if len(numbers) < 2 or not 1 <= numbers[1] <= 12:
        return None, None
    if len(numbers) == 2:
        return numbers[1], None
    return numbers[1], months.day_of(numbers[0], numbers[1], numbers[2])


def _date(value: Any) -> date | None:
    parts = _date_parts(value)
    try:
        if len(parts) >= 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (TypeError, ValueError):
        return None
    return None
