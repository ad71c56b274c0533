"""Vancouver (ICMJE / NLM), in the shape of Elpub's own "For citations" lines:
`Nalivkina A.D. Title. Journal. 2025;(3):148-159. (In Russ.) https://doi.org/… EDN: X`.

NLM: up to six authors, then "et al." ("и др." for Cyrillic records); books and chapters as
`Place: Publisher; Year.` and `In: Editors, editors. Book. …; Year. p. 115-129.`. Initials with
periods and no spaces ("A.D.") and a hyphen in page ranges are Elpub's habit, kept because it is
what Russian journals print.
"""

from __future__ import annotations

from citecli import months
from citecli.model import Person, Work, WorkType
from citecli.script import has_cyrillic
from citecli.styles import names
from citecli.styles.markup import Markup, join_markup
from citecli.styles.text import bare_title, close, edition_statement, patent_kind_in_english

MAX_AUTHORS = 6


def _people(people: tuple[Person, ...], et_al: bool, russian: bool) -> str:
    text = ", ".join(names.compact(p) for p in people[:MAX_AUTHORS])
    if et_al or len(people) > MAX_AUTHORS:
        text += ", и др." if russian else ", et al."
    return text


def _nlm_date(year: int, month: int | None, day: int | None) -> str:
    """NLM's date: "2002 Jul 25", "2019 Mar", "2020"."""
    text = str(year)
    if month is not None:
        text += f" {months.ENGLISH[month - 1][:3]}"
        if day is not None:
            text += f" {day}"
    return text


def _journal_source(work: Work) -> str:
    text = _nlm_date(work.year, work.month, work.day) if work.year is not None else ""
    volume = work.volume + (f"({work.issue})" if work.issue else "")
    location = work.pages or work.article_number
    if volume:
        text += f";{volume}"
    if location:
        text += f":{location}"
    return text


def _imprint(work: Work) -> str:
    """ "Hoboken: Pearson; 2020" (NLM's place, publisher and date)."""
    text = ": ".join(p for p in (work.place, work.publisher) if p)
    if work.year is not None:
        date = _nlm_date(work.year, work.month, work.day)
        text = f"{text}; {date}" if text else date
    return text


def format_vancouver(work: Work) -> Markup:
    # (an archival file has its archive's name alone: "ГАРФ")
    russian = has_cyrillic(work.title, work.container or work.archive)
    # a standard is cited under its designation: "ISO 690:2021. Information and documentation…"
    heading = _people(work.authors, work.et_al, russian)
    if work.standard_designation:
        heading = work.standard_designation
    elif work.type is WorkType.PATENT and heading:  # NLM's "Pagedas AC, inventor."
        heading += ", inventors" if len(work.authors) > 1 or work.et_al else ", inventor"
    parts = [close(heading), close(work.title.strip())]
    edition = close(edition_statement(work.edition, russian=russian)) if work.edition else ""
    if work.type in (WorkType.BOOK, WorkType.THESIS, WorkType.REPORT, WorkType.STANDARD):
        # "[dissertation]", not a standard's "национальный стандарт Российской Федерации"
        genre = work.genre if work.type is not WorkType.STANDARD else ""
        if genre:  # NLM: "Title [dissertation]." (the bracket inside the title's sentence)
            parts[-1] = close(f"{bare_title(work.title)} [{genre}]")
        parts += [edition, close(_imprint(work))]
    elif work.type is WorkType.PATENT:  # "United States patent US 20020103498. 2002."
        kind = patent_kind_in_english(work.genre)  # NLM writes it in lower case
        kind = kind.lower() if kind.isascii() else kind
        patent = f"{work.authority} {kind} {work.designation}".strip()
        parts += [close(patent), close(str(work.year)) if work.year is not None else ""]
    elif work.archival:
        # NLM's unpublished material held in an archive: "Title. Date. Located at: Archive;
        # call number."
        held = "; ".join(p for p in (work.archive, work.archive_location) if p)
        dated = work.year is not None and str(work.year) not in work.title
        year = close(str(work.year)) if dated else ""  # once: "… 12 марта 1925 г."
        parts += [year, close(f"Located at: {held}") if held else ""]
    elif work.type is WorkType.CHAPTER:
        editors = _people(work.editors, False, russian)
        label = "редакторы" if russian else "editors"
        parts += ["In:", f"{editors}, {label}." if editors else "", close(work.container)]
        parts += [edition, close(_imprint(work))]
        parts.append(f"p. {work.pages}." if work.pages else "")
    elif work.type is WorkType.WEBPAGE and (work.place or work.publisher):
        # NLM's page of a body's site: "Hypertension [Internet]. Geneva: WHO; 2023 [cited 2024
        # Jan 10]. Available from: …"
        a = work.accessed
        cited = f" [cited {_nlm_date(a.year, a.month, a.day)}]" if a else ""
        parts += [close(work.container), close(_imprint(work) + cited)]
    else:
        parts += [close(work.container), close(_journal_source(work))]
    if work.language == "ru" and not russian:
        parts.append("(In Russ.)")
    parts.append(work.doi.url if work.doi else work.url)
    if work.edn:
        parts.append(f"EDN: {work.edn}")
    return join_markup([" ".join(p for p in parts if p)])
