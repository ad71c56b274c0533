"""One reference string -> `Work`: the order in which the pieces are read.

1. clean the text, take the leading number;
2. cut identifiers, the access date and "(In Russ.)";
3. read the authors from the start, then an author-date year ("(2011).");
4. read the title (up to "//", a closing quote or a sentence end);
5. read locators, container, place and publisher from what follows.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.model import Diagnostic, Person, Work, WorkType
from citecli.refparse import dates, kinds
from citecli.refparse.dates import YEAR_DIGITS
from citecli.refparse.identifiers_cut import cut_identifiers
from citecli.refparse.locators import Locators, read_locators
from citecli.refparse.names import read_authors
from citecli.refparse.segments import (
    Container,
    cut_medium,
    gbt_mark,
    read_container,
    read_title,
)
from citecli.refparse.text import normalise, split_number

_YEAR_AFTER_AUTHORS = re.compile(
    rf"\s*[.,:]?\s*(?:\(\s*(?P<year>{YEAR_DIGITS})[a-z]?(?:,[^()]{{0,25}})?\s*\)"
    rf"|(?P<bare>{YEAR_DIGITS})[a-z]?(?:\s?\[\d{{4}}\])?)\s*[.,:]?\s*"
    r"|\s*[.,]?\s*\(n\.\s?d\.\)\s*[.,]?\s*"
)
_YEAR_ENDING_TITLE = re.compile(rf"(?<![,\s])[,\s]+\(?({YEAR_DIGITS})\)?$")
_EDITORS_MARK = re.compile(
    r"\s*,?\s*\(?(?:eds?|Eds?|EDS?|[Ee]ditors?|Hrsg|ред)\b\.?\)?\s*[.,:]?\s*"
)
_GBT_TYPES = {
    "J": WorkType.ARTICLE,
    "M": WorkType.BOOK,
    "C": WorkType.CONFERENCE_PAPER,
    "A": WorkType.CHAPTER,
    "D": WorkType.THESIS,
    "R": WorkType.REPORT,
    "EB/OL": WorkType.WEBPAGE,
    "N": WorkType.ARTICLE,
}
_FULL_DATE = re.compile(rf"\b\d{{1,2}}\.\d{{1,2}}\.({YEAR_DIGITS})\b")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_FIRST_DIGIT = re.compile(r"\d")
# "J.", "Opt.", "ApJ", "MNRAS", "A&A", "Lett.", "Nature" - capitalised, short or abbreviated
_JOURNAL_WORD = re.compile(r"[A-Z][\w&]{0,5}\.?|[A-Z][a-z]+\.|[A-Z]{2,}\w*|[A-Z][a-z]*[A-Z]\w*|&")
_SERIAL_WORDS = re.compile(
    r"Journal|Review|Quarterly|Bulletin|Annals|Proceedings|Proc\.|Transactions|Letters|"
    r"Magazine|Studies|Series|Lecture Notes|Conference|Symposium|Workshop|Revue|Zeitschrift|"
    r"Journ|Times|News|Report|vol\.|Vol\.|Edited|edited|[Ee]d\.|ed\.|[Ee]ds|Trans|trans"
)
_ARXIV_NUMBER = re.compile(r"^\d{4}\.\d{4,5}$")
_TRAILING_VOLUME = re.compile(r"(?:,\s*|\s(?=[A-Z]\d))(?P<volume>[A-Z]?\d{1,5})$")


def parse_reference(raw: str, *, number: int | None = None, line: int | None = None) -> Work:
    """Parse one reference (wrapped lines already joined). Never raises."""
    try:
        return _parse(raw, number, line)
    except Exception as error:
        return Work(
            raw=raw.strip(),
            number=number,
            line=line,
            diagnostics=(
                Diagnostic(f"reference not parsed: internal {type(error).__name__}", line),
            ),
        )


# a NamedTuple: as immutable as a frozen dataclass and several times cheaper to build
class _Head(NamedTuple):
    """What stands before the title: authors (or editors) and an author-date year."""

    authors: tuple[Person, ...]
    editors: tuple[Person, ...]
    et_al: bool
    year: int | None
    #: the text after the head, where the title starts
    rest: str
    #: the names or year ended with a comma: fields are separated by commas, not full stops
    comma_style: bool


def _read_head(text: str) -> _Head:
    names = read_authors(text)
    authors, editors = names.people, ()
    pos = names.end
    editors_mark = _EDITORS_MARK.match(text, pos) if authors else None
    if editors_mark and editors_mark.group(0).strip(" ,.:"):
        authors, editors, pos = (), authors, editors_mark.end()
    year: int | None = None
    author_year = _YEAR_AFTER_AUTHORS.match(text, pos) if pos else None
    year_ends_with_comma = False
    if author_year and author_year.group(0).strip():
        found_year = author_year.group("year") or author_year.group("bare")
        if found_year:
            year = int(found_year)
            year_ends_with_comma = author_year.group(0).rstrip().endswith(",")
        pos = author_year.end()
    comma_style = text[names.end : names.end + 1] == "," or year_ends_with_comma
    return _Head(authors, editors, names.et_al, year, text[pos:].lstrip(" .,;:"), comma_style)


def _parse(raw: str, number: int | None, line: int | None) -> Work:
    text = normalise(raw)
    leading_number, text = split_number(text)
    if number is None:
        number = leading_number
    found = cut_identifiers(text)
    accessed, text = dates.cut_access_date(found.text)
    marked_language, text = kinds.cut_language_mark(text)
    mark = gbt_mark(text)
    text = " ".join(cut_medium(text).split())

    head = _read_head(text)
    rest = head.rest
    # Locators are read once over everything after the authors; when the title turns out
    # to hold none of them (the usual case) they are the tail's locators as well.
    rest_locators = read_locators(rest, years=dates.dated_years(rest))
    title = read_title(
        rest, strong_locator=rest_locators.first_strong, comma_style=head.comma_style
    )
    tail = rest[title.end :] if title.end < len(rest) else ""
    title_text = title.title
    if head.comma_style and title_text and _is_journal_only(rest):
        # "Bruggen M., 2003, ApJ, 592, 839", "E. Yablonovitch, J. Opt. Soc. Am. 1982, 72, 899":
        # physics and astronomy cite without a title; what came first is the journal
        tail, title_text = rest, ""

    tail_start = len(rest) - len(tail)
    if rest_locators.first >= tail_start:
        locators = rest_locators.shifted(tail_start)
    else:
        locators = read_locators(tail, years=dates.dated_years(tail))
    container = read_container(
        tail,
        locators.first,
        journal_like=bool(locators.volume or locators.pages or locators.bare_number),
    )
    container, title_text = _settle_container(container, locators, title_text)

    year = head.year
    if year is None and not locators.years:
        ending = _YEAR_ENDING_TITLE.search(title_text)
        if ending:  # "Title, 1997. Journal, to appear."
            year, title_text = int(ending.group(1)), title_text[: ending.start()]
    if year is None:
        year = _year(locators, text)

    language = kinds.language_of(text, marked_language, title_text)
    volume, issue, cumulative = _volume_issue(locators, language, container.name, found.arxiv)
    work_type = _GBT_TYPES.get(mark) or kinds.work_type(
        text,
        container=container.name,
        has_issue=bool(issue),
        has_arxiv=bool(found.arxiv),
        has_url_and_access=bool(found.url and accessed),
        has_publisher=bool(container.publisher or container.place),
    )
    if container.chapter and work_type is WorkType.ARTICLE:
        work_type = WorkType.CHAPTER
    if work_type in (WorkType.THESIS, WorkType.REPORT) and not volume and container.name:
        # "PhD thesis, Rice University": the institution publishes, nothing contains
        container = container.replace(name="", publisher=container.publisher or container.name)

    diagnostics: list[Diagnostic] = []
    if not title_text:
        diagnostics.append(Diagnostic("no title found", line))
    if not head.authors and not head.editors and work_type is not WorkType.LAW:
        diagnostics.append(Diagnostic("no authors found", line))
    if year is None:
        diagnostics.append(Diagnostic("no year found", line))

    return Work(
        type=work_type,
        title=title_text,
        translated_title=title.translated,
        authors=head.authors,
        et_al=head.et_al,
        editors=head.editors or container.editors,
        container=container.name,
        container_translated=container.translated,
        publisher=container.publisher,
        place=container.place,
        year=year,
        volume=volume,
        issue=issue,
        cumulative_issue=cumulative,
        pages=locators.pages,
        article_number=locators.article_number,
        number_of_pages=locators.number_of_pages,
        doi=found.doi,
        edn=found.edn,
        url=found.url,
        accessed=accessed,
        arxiv=found.arxiv,
        isbn=found.isbn,
        language=language,
        number=number,
        raw=raw.strip(),
        line=line,
        diagnostics=tuple(diagnostics),
    )


def _settle_container(
    container: Container, locators: Locators, title: str
) -> tuple[Container, str]:
    """A book's "container" is the subtitle; a trailing number of a journal is its volume."""
    if (
        container.name
        and (container.publisher or container.place)
        and not (locators.volume or locators.bare_number or locators.pages or locators.issue)
        and not container.chapter
        and not _SERIAL_WORDS.search(container.name)
        and title
    ):
        # "The authentic heart. An eightfold path to midlife love. New York: Wiley.": a book
        # has no container; what stood between title and imprint is the subtitle
        return container.replace(name=""), f"{title}. {container.name}"
    if not locators.volume and not locators.bare_number:
        trailing = _TRAILING_VOLUME.search(container.name)
        if trailing:  # "Artificial Intelligence, 19." "Proc. R. Soc. London, B200, 269-294"
            locators.volume = trailing.group("volume")
            container = container.replace(name=container.name[: trailing.start()])
    return container, title


def _is_journal_only(rest: str) -> bool:
    """Whether what follows the authors (in a comma style) is an abbreviated journal name
    followed by nothing but numbers (volume, pages, year)."""
    digit = _FIRST_DIGIT.search(rest)
    if not digit or _LETTERS.search(rest, digit.start()):
        return False
    words = rest[: digit.start()].replace(",", " ").split()
    return 0 < len(words) <= 6 and all(_JOURNAL_WORD.fullmatch(word) for word in words)


def _year(locators: Locators, text: str) -> int | None:
    """The first year after the title; else the last year anywhere (titles hold years too);
    else the year of a full date ("Federal Law of 27.07.2006")."""
    if locators.years:
        return min(locators.years)[1]
    years = dates.years_in(text)
    if years:
        return int(years[-1].group(1))
    dated = _FULL_DATE.search(text)
    return int(dated.group(1)) if dated else None


def _volume_issue(
    locators: Locators, language: str, container: str, arxiv: str
) -> tuple[str, str, str]:
    """(volume, issue, cumulative issue), resolving a bare "N …".

    Russian journals number issues within a year and often have no volume, so in a Russian
    reference (In Russ., Cyrillic) "N 3 (11)" is issue 3, cumulative issue 11. Russian lists
    also write "N" for the volume of a Western journal ("Nature. 2020. N 584"), and
    "N 48 (2)" for volume 48, issue 2, so elsewhere the bare number is the volume. An arXiv
    identifier written as "N 2304.06975" is neither.
    """
    bare, extra = locators.bare_number, locators.bare_number_extra
    if not bare:
        return locators.volume, locators.issue, locators.cumulative_issue
    if _ARXIV_NUMBER.match(bare) or (arxiv and bare in arxiv) or "arxiv" in container.lower():
        return locators.volume, locators.issue, locators.cumulative_issue
    if language == "ru":
        return locators.volume, bare, extra
    return bare, extra, ""
