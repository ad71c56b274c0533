"""GOST R 7.0.100-2018: the analytic (article) and monographic descriptions.

Areas are separated by ". – " (an en dash between spaces, as in the standard's own examples);
the host document follows " // " and the statement of responsibility " / ". Labels follow the
script of the record: Russian ("Т.", "№", "С.", "[и др.]") for Cyrillic, English otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecli import months
from citecli.inflection import editors_in_case, genitive
from citecli.model import Person, Work, WorkType
from citecli.script import has_cyrillic
from citecli.styles import names
from citecli.styles.markup import Markup, join_markup
from citecli.styles.text import (
    bare_title,
    close,
    date_dmy,
    edition_statement,
    join_areas,
    page_range,
)


@dataclass(frozen=True, slots=True)
class Labels:
    volume: str
    issue: str
    page: str
    pages_total: str
    article: str
    et_al: str
    accessed: str
    edited: str
    no_place: str
    patent: str


RUSSIAN = Labels(
    "Т.", "№", "С.", "с.", "Ст.", "[и др.]", "дата обращения", "под ред.", "[Б. м.]", "Патент №"
)
ENGLISH = Labels(
    "Vol.",
    "No.",
    "P.",
    "p.",
    "Art.",
    "[et al.]",
    "date of access",
    "ed. by",
    "[S. l.]",
    "Patent No.",
)


def labels_for(work: Work) -> Labels:
    return RUSSIAN if has_cyrillic(work.title, work.container) else ENGLISH


def heading_and_responsibility(
    authors: tuple[Person, ...], et_al: bool, labels: Labels
) -> tuple[str, str]:
    """The heading (first author, for one to three persons) and the names after "/".

    GOST 7.80-2000 §5.2 / GOST 7.1-2003 §5.2.6.8-9: one to three authors -> heading with the
    first, all of them after "/"; four -> no heading, all four; five or more (or a source that
    said "et al.") -> no heading, the first three and "[et al.]".
    """
    persons = tuple(p for p in authors if not p.is_organisation)
    organisations = tuple(p for p in authors if p.is_organisation)
    many = et_al or len(persons) >= 5
    shown = persons[:3] if many else persons
    responsibility = ", ".join(names.direct(p) for p in shown)
    if many:
        responsibility += f" {labels.et_al}"
    if organisations:
        groups = [responsibility] if responsibility else []
        responsibility = " ; ".join(groups + [o.literal for o in organisations])
    heading = ""
    if persons and not many and len(persons) <= 3:
        heading = names.inverted(persons[0])
    return heading, responsibility


def editors_statement(work: Work, labels: Labels) -> str:
    """ "под ред. А. А. Петрова", with the role the source wrote where it wrote one ("отв.
    ред. А. Г. Гранберг"): a record keeps names in the nominative, and "под ред." takes the
    genitive (`citecli.inflection`)."""
    role = work.editor_role if labels is RUSSIAN and work.editor_role else labels.edited
    editors = editors_in_case(work.editors, role, genitive)
    return f"{role} " + ", ".join(names.direct(p) for p in editors)


def _title_part(work: Work, labels: Labels, *, genre: str = "", with_editors: bool = False) -> str:
    heading, responsibility = heading_and_responsibility(work.authors, work.et_al, labels)
    heading = work.standard_designation or heading  # a standard under its designation
    if with_editors and work.editors:
        # "/ С. С. Сидоров ; под ред. А. А. Петрова": a further statement after a semicolon
        edited = editors_statement(work, labels)
        responsibility = f"{responsibility} ; {edited}" if responsibility else edited
    title = bare_title(work.title)
    if work.translated_title:
        title += f" = {work.translated_title.strip('[]. ')}"
    if genre:
        title += f" : {genre}"
    if with_editors and work.volume:  # one volume of several: "… : в 4 т. Т. 1 / …"
        title = f"{title.rstrip('.')}. {labels.volume} {work.volume}"
    text = f"{close(heading)} {title}" if heading else title
    if responsibility:
        text += f" / {responsibility}"
    return text


def volume_issue(work: Work, labels: Labels) -> str:
    parts = []
    if work.volume:
        parts.append(f"{labels.volume} {work.volume}")
    if work.issue:
        issue = f"{labels.issue} {work.issue}"
        if work.cumulative_issue:
            issue += f" ({work.cumulative_issue})"
        parts.append(issue)
    return ", ".join(parts)


# the works GOST dates by day and month after the year when they have no volume or issue: a
# newspaper's or a magazine's article ("// Известия. – 2019. – 12 марта. – С. 3."), a web
# page, an act in the newspaper that published it ("// Российская газета. – 2006. – 29 июля";
# an act alone is dated by the year of its publication, its own date being in its title)
_DATED_TYPES = (WorkType.ARTICLE, WorkType.WEBPAGE, WorkType.DOCUMENT, WorkType.LAW)


def issue_date(work: Work, labels: Labels) -> str:
    """ "12 марта" ("12 March" in a record in Latin script), "Март" for a month alone; "" for
    a work numbered by volume or issue, or one whose month is not known."""
    if work.month is None or work.type not in _DATED_TYPES or work.volume or work.issue:
        return ""
    if work.type is WorkType.LAW and not work.container:  # the act's own date, not an issue's
        return ""
    russian = labels is RUSSIAN
    if work.day is None:
        return (months.RUSSIAN if russian else months.ENGLISH)[work.month - 1].capitalize()
    month = (months.RUSSIAN_GENITIVE if russian else months.ENGLISH)[work.month - 1]
    return f"{work.day} {month}"


def location_areas(work: Work, labels: Labels) -> list[str]:
    areas = []
    if work.pages:
        areas.append(f"{labels.page} {page_range(work.pages)}")
    if work.article_number:
        areas.append(f"{labels.article} {work.article_number}")
    return areas


def publication(work: Work, labels: Labels) -> str:
    place = work.place
    text = ""
    if place or work.publisher:
        text = place or labels.no_place
        if work.publisher:
            text += f" : {work.publisher}"
    if work.year is not None:
        text = f"{text}, {work.year}" if text else str(work.year)
    return text


def identifier_areas(work: Work, labels: Labels) -> list[str]:
    """DOI and URL areas. EDN is not printed: GOST R 7.0.100-2018 predates it (docs/styles.md)."""
    areas = []
    if work.url and (work.type is WorkType.WEBPAGE or not work.doi):
        url = f"URL: {work.url}"
        if work.accessed:
            a = work.accessed
            url += f" ({labels.accessed}: {date_dmy(a.day, a.month, a.year)})"
        areas.append(url)
    if work.doi:
        areas.append(f"DOI: {work.doi.value}")
    return areas


def format_gost(work: Work) -> Markup:
    labels = labels_for(work)
    published_alone = work.type is WorkType.LAW and not work.container and work.publisher
    if work.type is WorkType.PATENT:
        return join_markup([close(join_areas(patent_areas(work, labels)))])
    if work.archival:
        return join_markup([close(join_areas(archival_areas(work, labels)))])
    monographs = (WorkType.BOOK, WorkType.THESIS, WorkType.REPORT)
    # a standard in a collection or database is described as its part: "… // Кодекс"
    alone = work.type is WorkType.STANDARD and not work.container
    if work.type in monographs or published_alone or alone:
        return _monograph(work, labels)
    areas: list[str] = []
    described = _title_part(work, labels, genre=work.genre if work.type is WorkType.LAW else "")
    host = bare_title(work.container)  # "… : сб. науч. тр."
    # proceedings with an imprint are described as the book they are, like a collection's
    in_book = work.type is WorkType.CHAPTER or (
        work.type is WorkType.CONFERENCE_PAPER and bool(work.place or work.publisher)
    )
    if in_book and work.editors:
        host += f" / {editors_statement(work, labels)}"
    if in_book:
        edition = edition_statement(work.edition, russian=labels is RUSSIAN)
        host = join_areas([host, edition, publication(work, labels)])
    elif work.type is WorkType.WEBPAGE and (work.place or work.publisher):
        # a body's site: "– Geneva : WHO, 2023. – 5 March"
        areas += [publication(work, labels), issue_date(work, labels)]
    elif work.year is not None:
        areas += [str(work.year), issue_date(work, labels)]
    if host:
        described += f" // {host}"
    volume_and_issue = volume_issue(work, labels)
    if volume_and_issue:
        areas.append(volume_and_issue)
    areas += location_areas(work, labels)
    if work.type is WorkType.PREPRINT and work.arxiv:
        areas.append(f"arXiv:{work.arxiv}")
    areas += identifier_areas(work, labels)
    return join_markup([close(join_areas([described, *areas]))])


# the application's dates, which give the year already: "заявл. 15.02.2017 : опубл. 01.12.2017"
_DATED = re.compile(r"(?:заявл|опубл)\.\s*\d")


def patent_areas(work: Work, labels: Labels) -> list[str]:
    """A patent under its heading, every inventor after "/" (GOST R 7.0.100-2018's form):
    "Патент № 2637215 Российская Федерация, МПК B02C 19/16. Вибрационная мельница : №
    2017105030 : заявл. 15.02.2017 : опубл. 01.12.2017 / К. И. Артеменко, Н. Э. Богданов",
    then the number of pages. Another kind of document is headed by its kind: "Авторское
    свидетельство № 1007970 СССР", "Свидетельство о государственной регистрации программы для
    ЭВМ № 2019610989 Российская Федерация"."""
    kind = f"{work.genre} {labels.issue}" if work.genre else labels.patent
    heading = f"{kind} {work.designation}".strip()
    if work.authority:
        heading += f" {work.authority}"
    if work.classification:
        heading += f", {work.classification}"
    described = f"{close(heading)} {bare_title(work.title)}"
    if work.translated_title:
        described += f" = {work.translated_title.strip('[]. ')}"
    if work.application:
        described += f" : {work.application}"
    inventors = ", ".join(names.direct(p) for p in work.authors if not p.is_organisation)
    if inventors:
        described += f" / {inventors}" + (f" {labels.et_al}" if work.et_al else "")
    areas = [described]
    if work.year is not None and not _DATED.search(work.application):
        areas.append(str(work.year))  # the dates of the application, when not given
    if work.number_of_pages:
        areas.append(f"{work.number_of_pages} {labels.pages_total}")
    return areas + identifier_areas(work, labels)


def archival_areas(work: Work, labels: Labels, *, dash: bool = True) -> list[str]:
    """An archival file under its archive's name, the search data after it (GOST R 7.0.5-2008
    §11, with GOST R 7.0.100's ". – " between the two): "ГАРФ. – Ф. Р-5446. Оп. 1. Д. 123.
    Л. 4–5"; a document of the file before " // ": "Протокол заседания … 1925 г. // ГАРФ. –
    Ф. …". Without `dash`, GOST R 7.0.5's form: the archive and its search data one area,
    "ГАРФ. Ф. Р-5446 …" (§4.9.1)."""
    archive = work.archive
    if not dash and work.archive_location:
        archive = f"{close(archive)} {work.archive_location}" if archive else work.archive_location
    if work.title:
        described = _title_part(work, labels)
        archive = f"{described} // {archive}" if archive else described
    areas = [archive]
    if work.year is not None and str(work.year) not in work.title:
        areas.append(str(work.year))  # the document's date, when its description lacks it
    if dash and work.archive_location:
        areas.append(work.archive_location)
    if work.genre:  # the notes on the copy (§11.10), "Подлинник. Машинопись", and "Опубл.: …"
        areas.append(work.genre)
    return areas + identifier_areas(work, labels)


def _monograph(work: Work, labels: Labels) -> Markup:
    genre = work.genre if work.type is not WorkType.BOOK else ""
    areas = [_title_part(work, labels, genre=genre, with_editors=True)]
    if work.edition:
        areas.append(edition_statement(work.edition, russian=labels is RUSSIAN))
    imprint = publication(work, labels)
    if imprint:
        areas.append(imprint)
    if work.number_of_pages:
        areas.append(f"{work.number_of_pages} {labels.pages_total}")
    if work.isbn:
        areas.append(f"ISBN {work.isbn}")
    areas += identifier_areas(work, labels)
    return join_markup([close(join_areas(areas))])
