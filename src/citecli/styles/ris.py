"""RIS export (the tagged format of EndNote, Zotero, Mendeley): one record per work."""

from __future__ import annotations

from collections.abc import Sequence

from citecli.model import Work, WorkType

RIS_TYPES = {
    WorkType.ARTICLE: "JOUR",
    WorkType.BOOK: "BOOK",
    WorkType.CHAPTER: "CHAP",
    WorkType.CONFERENCE_PAPER: "CPAPER",
    WorkType.THESIS: "THES",
    WorkType.REPORT: "RPRT",
    WorkType.WEBPAGE: "ELEC",
    WorkType.LAW: "STAT",
    WorkType.STANDARD: "STAND",
    WorkType.PATENT: "PAT",
    WorkType.PREPRINT: "UNPB",
    WorkType.DATASET: "DATA",
    WorkType.DOCUMENT: "GEN",
    WorkType.MANUSCRIPT: "MANSCPT",
}


def _person(family: str, given: str, literal: str) -> str:
    return literal or (f"{family}, {given}" if given else family)


def _date(work: Work) -> str:
    """RIS's DA, "YYYY/MM/DD/other": "2020/03/05/", "2020/03//"; "" without a month (PY has
    the year)."""
    if work.year is None or work.month is None:
        return ""
    day = f"{work.day:02d}" if work.day is not None else ""
    return f"{work.year:04d}/{work.month:02d}/{day}/"


def work_to_ris(work: Work) -> str:
    tags: list[tuple[str, str]] = [("TY", RIS_TYPES[work.type])]
    for person in work.authors:
        family = f"{person.particle} {person.family}".strip()
        tags.append(("AU", _person(family, person.given, person.literal)))
    for person in work.editors:
        family = f"{person.particle} {person.family}".strip()
        tags.append(("ED", _person(family, person.given, person.literal)))
    tags += [
        ("TI", work.title),
        ("TT", work.translated_title),
        ("T2", work.container),
        ("T3", work.collection),
        ("PY", str(work.year) if work.year is not None else ""),
        ("DA", _date(work)),
        ("VL", work.volume),
        ("IS", work.issue),
        ("SP", work.first_page or work.article_number),
        ("EP", work.last_page),
        ("ET", work.edition),
        ("PB", work.publisher),
        ("CY", work.place or work.authority),
        ("M3", work.genre),
        ("M1", work.designation),  # the number field of RIS's types that have one
        ("DO", work.doi.value if work.doi else ""),
        ("UR", work.url),
        ("Y2", work.accessed.strftime("%Y/%m/%d") if work.accessed else ""),
        ("SN", work.isbn or work.issn),
        ("LA", work.language),
        # an archive and its file's search data as Zotero writes and reads them (its RIS
        # translator's DB "archive" and AN "archiveLocation"); the RIS 2011 specification
        # names DB the database and AN the accession number, the nearest it has
        ("DB", work.archive),
        ("AN", work.archive_location),
        # a patent's application: RIS has no tag for it as written
        ("N1", f"Application: {work.application}" if work.application else ""),
        ("N1", f"EDN: {work.edn}" if work.edn else ""),
        ("N1", f"arXiv: {work.arxiv}" if work.arxiv else ""),
    ]
    lines = [f"{tag}  - {value}" for tag, value in tags if value]
    lines.append("ER  - ")
    return "\n".join(lines)


def works_to_ris(works: Sequence[Work]) -> str:
    return "\n\n".join(work_to_ris(w) for w in works) + "\n"
