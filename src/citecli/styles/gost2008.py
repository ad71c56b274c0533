"""GOST R 7.0.5-2008, the reference-list form Russian journals print.

§4.9.1 lets ". –" become "." (the form journals use); §4.10.1-2: a heading for one to three
authors holding all their names, no comma after the surname, not repeated after "/".
Four and more authors go after "/" as in GOST R 7.0.100 (see `gost.heading_and_responsibility`).
"""

from __future__ import annotations

from citecli.model import Work, WorkType
from citecli.styles import names
from citecli.styles.gost import RUSSIAN, Labels, heading_and_responsibility, labels_for
from citecli.styles.markup import Markup, join_markup
from citecli.styles.text import close, date_dmy, edition_statement, page_range


def _authors(work: Work, labels: Labels) -> tuple[str, str]:
    persons = [p for p in work.authors if not p.is_organisation]
    if persons and len(persons) <= 3 and not work.et_al:
        return ", ".join(names.inverted(p, comma=False) for p in persons), ""
    _, responsibility = heading_and_responsibility(work.authors, work.et_al, labels)
    return "", responsibility


def format_gost2008(work: Work) -> Markup:
    labels = labels_for(work)
    heading, responsibility = _authors(work, labels)
    title = work.title.rstrip(". ")
    if work.genre and work.type in (WorkType.THESIS, WorkType.LAW, WorkType.REPORT):
        title += f" : {work.genre}"
    first = f"{close(heading)} {title}" if heading else title
    if responsibility:
        first += f" / {responsibility}"
    parts: list[str] = []
    if work.container:
        first += f" // {work.container}"
        if work.type is WorkType.CHAPTER and work.editors:
            first += f" / {labels.edited} " + ", ".join(names.direct(p) for p in work.editors)
    if work.edition:
        parts.append(edition_statement(work.edition, russian=labels is RUSSIAN))
    if work.place or work.publisher:
        place = work.place or labels.no_place
        parts.append(f"{place} : {work.publisher}" if work.publisher else place)
        if work.year is not None:
            parts[-1] += f", {work.year}"
    elif work.year is not None:
        parts.append(str(work.year))
    volume_issue = []
    if work.volume:
        volume_issue.append(f"{labels.volume} {work.volume}")
    if work.issue:
        cumulative = f" ({work.cumulative_issue})" if work.cumulative_issue else ""
        volume_issue.append(f"{labels.issue} {work.issue}{cumulative}")
    if volume_issue:
        parts.append(", ".join(volume_issue))
    if work.pages:
        parts.append(f"{labels.page} {page_range(work.pages)}")
    if work.article_number:
        parts.append(f"{labels.article} {work.article_number}")
    if work.number_of_pages:
        parts.append(f"{work.number_of_pages} {labels.pages_total}")
    if work.url and (work.type is WorkType.WEBPAGE or not work.doi):
        url = f"URL: {work.url}"
        if work.accessed:
            a = work.accessed
            url += f" ({labels.accessed}: {date_dmy(a.day, a.month, a.year)})"
        parts.append(url)
    if work.doi:
        parts.append(f"DOI: {work.doi.value}")
    return join_markup([" ".join(close(p) for p in [first, *parts])])
