"""GOST R 7.0.5-2008, the reference-list form Russian journals print.

§4.9.1 lets ". –" become "." (the form journals use); §4.10.1-2: a heading for one to three
authors holding all their names, no comma after the surname, not repeated after "/".
Four and more authors go after "/" as in GOST R 7.0.100 (see `gost.heading_and_responsibility`).
"""

from __future__ import annotations

from citecli.model import Work, WorkType
from citecli.styles import names
from citecli.styles.gost import (
    RUSSIAN,
    Labels,
    archival_areas,
    editors_statement,
    heading_and_responsibility,
    identifier_areas,
    issue_date,
    labels_for,
    location_areas,
    patent_areas,
    publication,
    volume_issue,
)
from citecli.styles.markup import Markup, join_markup
from citecli.styles.text import bare_title, close, edition_statement


def _authors(work: Work, labels: Labels) -> tuple[str, str]:
    persons = [p for p in work.authors if not p.is_organisation]
    if persons and len(persons) <= 3 and not work.et_al:
        return ", ".join(names.inverted(p, comma=False) for p in persons), ""
    _, responsibility = heading_and_responsibility(work.authors, work.et_al, labels)
    return "", responsibility


# the types whose kind of document follows the title: "… : дис. … канд. экон. наук"
_GENRE_TYPES = (WorkType.THESIS, WorkType.LAW, WorkType.REPORT, WorkType.STANDARD)


def format_gost2008(work: Work) -> Markup:
    labels = labels_for(work)
    if work.type is WorkType.PATENT:  # GOST 7.0.5 §4.9.1: ". –" written as "."
        return join_markup([" ".join(close(p) for p in patent_areas(work, labels))])
    if work.archival:  # "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5."
        areas = archival_areas(work, labels, dash=False)
        return join_markup([" ".join(close(p) for p in areas)])
    if work.standard_designation:  # its authors all after "/"
        heading = work.standard_designation
        responsibility = heading_and_responsibility(work.authors, work.et_al, labels)[1]
    else:
        heading, responsibility = _authors(work, labels)
    title = bare_title(work.title)
    if work.genre and work.type in _GENRE_TYPES:
        title += f" : {work.genre}"
    first = f"{close(heading)} {title}" if heading else title
    if responsibility:
        first += f" / {responsibility}"
    if work.container:
        first += f" // {bare_title(work.container)}"
        if work.type is WorkType.CHAPTER and work.editors:
            first += f" / {editors_statement(work, labels)}"
    parts = [
        edition_statement(work.edition, russian=labels is RUSSIAN),
        publication(work, labels),
        issue_date(work, labels) if work.year is not None else "",
        volume_issue(work, labels),
        *location_areas(work, labels),
        f"{work.number_of_pages} {labels.pages_total}" if work.number_of_pages else "",
        *identifier_areas(work, labels),
    ]
    return join_markup([" ".join(close(p) for p in [first, *parts] if p)])
