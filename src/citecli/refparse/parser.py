"""One reference string -> `Work`: the order in which the pieces are read.

1. clean the text, take the leading number;
2. cut identifiers, the access date and "(In Russ.)";
3. read the authors from the start, then an author-date year ("(2011).");
4. read the title (up to "//", a closing quote or a sentence end);
5. read locators, container, place and publisher from what follows.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from citecli.abbreviations import publisher_with_stop, with_abbreviation_stop
from citecli.inflection import editors_in_case, nominative
from citecli.model import Diagnostic, Person, Work, WorkType
from citecli.refparse import archives, dates, kinds, patents
from citecli.refparse.byline import Byline, read_byline, read_leading_name
from citecli.refparse.classics import classic_heading
from citecli.refparse.container import EDITOR_MARK, INVERTED_PROCEEDINGS, Container, read_container
from citecli.refparse.dates import DAY_MONTH, YEAR_DIGITS
from citecli.refparse.edition import edition_of
from citecli.refparse.identifiers_cut import Identified, cut_identifiers
from citecli.refparse.imprint import names_a_publisher
from citecli.refparse.locators import BOOK_PAGES, Locators, read_locators
from citecli.refparse.names import read_authors, read_names
from citecli.refparse.places import CITIES, COUNTRIES
from citecli.refparse.sentences import split_leading_sentences
from citecli.refparse.standards import (
    cut_designation_after_title,
    read_designation,
    standard_title,
)
from citecli.refparse.statement import blank_after_volume, blank_in_container, read_statement
from citecli.refparse.tails import volume_number
from citecli.refparse.text import (
    DIGIT,
    blank,
    normalise,
    single_spaced,
    split_number,
    strip_edges,
)
from citecli.refparse.title import Title, cut_medium, gbt_mark, read_title
from citecli.refparse.transliteration import split_journal_from_title

_YEAR_AFTER_AUTHORS = re.compile(
    rf"\s*[.,:]?\s*(?:\(\s*(?P<year>{YEAR_DIGITS})[a-z]?(?:,[^()]{{0,25}})?\s*\)"
    rf"|(?P<bare>{YEAR_DIGITS})[a-z]?(?:\s?\[[0-9]{{4}}\])?"
    # "(July 1978)", "[Jan 1993]": the month before the year
    rf"|(?:(?P<paren>\()|\[){DAY_MONTH}\s+(?P<dated>{YEAR_DIGITS})[a-z]?(?(paren)\)|\]))"
    r"\s*[.,:]?\s*"
    # "(n.d.)", and a work not yet out: "(forthcoming)", "(in press)"
    r"|\s*[.,]?\s*\((?:n\.\s?d\.|[Ff]orthcoming|[Ii]n press)\)\s*[.,]?\s*"
)
# GOST heads laws and decrees with the jurisdiction and the kind of act, not with an author
_JURISDICTION = re.compile(
    r"(?:Российская Федерация|Россия|Russian Federation|Russia)\.\s+"
    r"(?:Законы|Указы|Постановления|Конституция|Laws|Decrees)\.\s+"
)
_RANGE_AFTER = re.compile(r"\s?[-–—]\s?[0-9]{2,4}(?![0-9])")
_PART_NUMBER = re.compile(r"((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|[0-9]{1,2})\.\s+(?=[A-Z][a-z])")
_PART_OPENINGS = frozenset("IVX0123456789")
_IN_AFTER_SENTENCE = re.compile(r"[.?!]\s+(?:In|in):?\s+(?=[A-Z])")
# "Title. (1987). Journal", "Good chemistry. (1996, September). Wake Forest Magazine"
_YEAR_OPENING_TAIL = re.compile(
    rf"[\s.,]*\(?({YEAR_DIGITS})[a-z]?(?:,\s?[A-Z][a-z]+\.?(?:\s[0-9]{{1,2}})?)?\)?\s*[.,:]\s*"
    r"(?=[A-Z])"
)
# the imprint of a Chicago note: "(New York: Library of America, 1983)"
_IMPRINT_YEAR = re.compile(
    rf"\([^():]{{2,60}}:[^():]{{2,80}}?,\s?({YEAR_DIGITS})[a-z]?\s*[-–]?\s*[0-9]{{0,4}}\)"
)
_YEAR_ENDING_TITLE = re.compile(rf"(?<![,\s])[,\s]+\(?({YEAR_DIGITS})\)?$")
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
# the types whose date next to the year is not one of publication: a meeting's ("Boston, 12
# March 2019"), an act's or a patent's; a book's part is dated by its book's year
_UNDATED_TYPES = frozenset(
    {
        WorkType.CONFERENCE_PAPER,
        WorkType.CHAPTER,
        WorkType.LAW,
        WorkType.PATENT,
        WorkType.STANDARD,
    }
)
# a container that names a meeting, whose date is written with the year
_MEETING = re.compile(
    r"[Pp]roc(?:eedings|\.)|[Cc]onf(?:erence|\.)|[Ss]ymposium|[Ww]orkshop|[Cc]ongress|[Mm]eeting"
    r"|[Кк]онф|[Сс]импоз|[Сс]ъезд|[Фф]орум"
)
# the types whose kind is a genre ("Cand. Sci. (Econ.) diss.", "Technical Report")
_GENRE_TYPES = (WorkType.THESIS, WorkType.REPORT)
# a whole book's imprint and extent: ". Москва : Юрайт, 2021. 300 с."
_BOOK_IMPRINT = re.compile(
    rf"\.\s[А-ЯЁ][\w.-]*(?:\s[А-ЯЁ]?[\w/.-]+)?\s?:\s?[^:;/]{{2,80}}?,\s{YEAR_DIGITS}\.\s[0-9]+\sс\."
)
_FULL_DATE = re.compile(rf"\b[0-9]{{1,2}}\.[0-9]{{1,2}}\.({YEAR_DIGITS})\b")
_LETTERS = re.compile(r"[^\W0-9_]{2}")
# "J.", "Opt.", "ApJ", "MNRAS", "A&A", "Lett.", "Nature" - capitalised, short or abbreviated
_JOURNAL_WORD = re.compile(r"[A-Z][\w&]{0,5}\.?|[A-Z][a-z]+\.|[A-Z]{2,}\w*|[A-Z][a-z]*[A-Z]\w*|&")
_SERIAL_WORDS = re.compile(
    r"Journal|Review|Quarterly|Bulletin|Annals|Proceedings|Proc\.|Transactions|Letters|"
    r"Magazine|Studies|Series|Lecture Notes|Conference|Symposium|Workshop|Revue|Zeitschrift|"
    r"Journ|Times|News|Report|vol\.|Vol\.|Edited|edited|[Ee]d\.|ed\.|[Ee]ds|Trans|trans"
)
# a Russian edition statement between title and imprint: "Второе издание, исправленное"
_RUSSIAN_EDITION = re.compile(
    r"[Ии]зд(?:ание|\.)|[Пп]ерераб|[Ии]спр(?:ав|\.)|[Дд]оп(?:ол|\.)|[Сс]тереотип"
)
# the plural nouns that name a book series: "Graduate texts in mathematics"
_SERIES_NOUN = re.compile(r"\b(?:[Tt]exts|[Rr]eports|[Ss]eries|[Mm]onographs|[Nn]otes|[Pp]apers)\b")
_EDITION_STATEMENT = re.compile(
    r"^(?:[0-9]+\w*|[A-Z][a-z]+)?\s?(?:[Ee]dition|[Ee]dn?\.|[Rr]eprint|[Rr]evised)\b"
)
_LOCATOR_LABELS = re.compile(r"\b(?:pp?|[Vv]ol|[Nn]o)\.")
_MINOR_WORDS = frozenset({"of", "and", "the", "in", "for", "on", "de", "la", "des", "du", "&"})
_ARXIV_NUMBER = re.compile(r"^[0-9]{4}\.[0-9]{4,5}$")
# where a comma-separated title ends in a place, the place seems to open the journal's name
_PLACE_OPENING_JOURNAL = re.compile(rf"((?:(?:{CITIES}),\s)?(?:{COUNTRIES})),\s(?=[A-Z])")
# a year (or years) that opens the other title information: a yearly compendium's ("Регионы
# России. 2023 : стат. сб.", "Россия в цифрах. 2020 : крат. стат. сб."), a history's period
# ("Новейшая история России. 1914–2020 : учебник"), a meeting's ("Строительство и
# архитектура – 2018 : материалы междунар. конф.")
_YEAR_IN_TITLE = re.compile(
    rf"(?:\.|\s[–—-])\s({YEAR_DIGITS}(?:\s?[–—-]\s?{YEAR_DIGITS})?)\s:\s(?=[а-яё])"
)
# a standard's amendments after its title: "(с Изменениями № 1, 2)", "(с изм. 1, 2)", "(в ред.
# Изменения № 1)", "(Изм. № 1, 2)", "(with Amendment 1)"
_AMENDMENTS = re.compile(
    r"\((?:с\s(?:[Ии]зм|[Пп]оправк)|в\sред\.|[Ии]зм\.|with\s[Aa]mendment|incl\.\s[Aa]m)[^()]{0,80}\)"
)
# NLM's kind of a thesis in brackets after its title: "[dissertation]", "[master's thesis]"
_BRACKETED_GENRE = re.compile(
    r"(?:(?:master|doctoral|bachelor|PhD|Ph\.D\.)(?:'s)?\s)?(?:dissertation|thesis)"
    r"(?:\son\sthe\sInternet)?",
    re.IGNORECASE,
)
# the words a Russian journal's name opens with, which no sentence of a title does:
# "Vestnik Permskogo universiteta. Seriya: Ekonomika", "Izvestiya vuzov. Priborostroenie"
_RUSSIAN_JOURNAL_OPENING = re.compile(
    r"(?:Vestnik|Izvestiya|Uchenye zapiski|Nauchnye vedomosti|Trudy|Вестник|Известия"
    r"|Ученые записки|Учёные записки|Научные ведомости|Труды)\b"
)
_TRAILING_VOLUME = re.compile(r"(?:,\s*|\s(?=[A-Z][0-9]))(?P<volume>[A-Z]?[0-9]{1,5})$")


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
    #: the month and day written with `year` ("(2020, March 5)", "(July 1978)"), or None
    month: int | None = None
    day: int | None = None


def _read_head(text: str) -> _Head:
    names = read_authors(text)
    authors = names.people
    editors: tuple[Person, ...] = ()
    pos = names_end = names.end
    et_al = names.et_al
    byline = read_byline(text, pos) if not names.et_al else None
    if byline is None and not authors:
        byline = read_leading_name(text)
        if byline:  # "Kobalava ZhD, Konradi AO, …, et al.": the shapes read on from the second
            more = read_names(text, byline.end + 2)
            if more.people:
                byline = Byline(byline.people + more.people, more.end)
                et_al = more.et_al
    if byline and len(byline.people) >= len(authors):
        authors, pos = byline.people, byline.end
        names_end = pos
    classic = classic_heading(text) if not authors else None
    if classic:  # "Аристотель. Сочинения : в 4 т.": one name, which no shape reads
        authors, pos = (classic[0],), classic[1]
        names_end = pos
    editors_mark = EDITOR_MARK.match(text, pos) if authors else None
    if editors_mark and editors_mark.group(0).strip(" ,.:"):
        editors, authors, pos = authors, (), editors_mark.end()
    year: int | None = None
    author_year = (
        _YEAR_AFTER_AUTHORS.match(text, pos) if pos and _may_open_a_year(text, pos) else None
    )
    if author_year and et_al and author_year.group("bare") and not _punctuated(author_year):
        author_year = None  # Vancouver's "et al. 2018 ESC/ESH Guidelines": the title's year
    year_ends_with_comma = False
    month = day = None
    if author_year and author_year.group(0).strip():
        found_year = (
            author_year.group("year") or author_year.group("dated") or author_year.group("bare")
        )
        if found_year:
            year = int(found_year)
            year_ends_with_comma = author_year.group(0).rstrip().endswith(",")
            if author_year.group("dated") or "," in author_year.group(0):
                month, day = _head_month_day(text, author_year, year)
        pos = author_year.end()
    comma_style = text[names_end : names_end + 1] == "," or year_ends_with_comma
    rest = text[pos:].lstrip(" .,;:")
    return _Head(authors, editors, et_al, year, rest, comma_style, month, day)


# what _YEAR_AFTER_AUTHORS opens with after its spaces and mark: a bracket or a year's digit
_YEAR_OPENINGS = frozenset("([0123456789")


def _may_open_a_year(text: str, pos: int) -> bool:
    """Whether _YEAR_AFTER_AUTHORS may match at `pos`: a cheap test first, as most heads have
    no year after them."""
    opening = text[pos : pos + 8].lstrip().lstrip(".,:").lstrip()
    return not opening or opening[0] in _YEAR_OPENINGS


def _head_month_day(text: str, found: re.Match[str], year: int) -> tuple[int | None, int | None]:
    """The month and day an author-date year is written with: APA's "(2020, March 5)", "(July
    1978)"; (None, None) for "(2011)", "2011." or "(2011, Spring)"."""
    if found.group("dated"):  # the month before the year
        start = found.start("dated")
        return dates.month_day_before(text, found.start(), start, year)
    if found.group("year") and "," in text[found.end("year") : found.end()]:
        return dates.month_day_after(text, found.end("year"), year)
    return None, None


def _without_platform(rest: str) -> str:
    """A book read in an electronic library, described whole before "//": "Экономика. – 2-е
    изд. – Москва : Юрайт, 2021. – 300 с. – Текст : электронный // Образовательная платформа
    Юрайт [сайт]" is the book (its URL is already cut), not a chapter of the platform. What
    follows "//" with numbers is a book the work is part of ("// Собр. соч. Т. 2. С. 5–20")."""
    before, after = rest.split("//", 1)
    return before if _BOOK_IMPRINT.search(before) and not DIGIT.search(after) else rest


def _editors(head: _Head, container: Container, title: Title) -> tuple[tuple[Person, ...], str]:
    """The editors the work keeps (head's, else container's, else title's) in the nominative
    (`citecli.inflection`: "под ред. А. А. Петрова" names Петров), and their role: only a GOST
    statement names it ("/ отв. ред."), never "(eds.)" or "In … (Ed.)"."""
    if head.editors:
        return head.editors, ""
    source = container if container.editors else title
    return editors_in_case(source.editors, source.editor_role, nominative), source.editor_role


def _ends_with_number_sign(text: str, rest: str) -> bool:
    """Whether the head, what `text` holds before `rest`, ends with "No." """
    return text[: len(text) - len(rest)].rstrip(" .").endswith(" No")


def _punctuated(match: re.Match[str]) -> bool:
    return any(mark in match.group(0) for mark in ".,:")


def _parse(raw: str, number: int | None, line: int | None) -> Work:
    text = normalise(raw)
    leading_number, text = split_number(text)
    if number is None:
        number = leading_number
    found = cut_identifiers(text)
    accessed, text = dates.cut_access_date(found.text)
    marked_language, text = kinds.cut_language_mark(text)
    heading = _JURISDICTION.match(text) if text.startswith(("Росси", "Russia")) else None
    if heading:  # "Российская Федерация. Законы. Об образовании… : федер. закон": no author
        text = text[heading.end() :]
    standard = read_designation(text)
    if standard and _in_a_host(_without_amendments(standard.rest)):
        standard = None  # read as the article or chapter it is, designation and all
    if standard:  # "ГОСТ Р 7.0.100–2018. Библиографическая запись…": no author either
        text = standard.rest
    patent = patents.read_heading(text) if standard is None else None
    if patent:  # "Пат. 2 123 456 Рос. Федерация, МПК G06F 17/00. Способ …": nor here
        source = _Source(text, raw, found, accessed, marked_language, number, line)
        return _as_found(_patent(patent, line), source)
    archival = archives.read_file(text) if archives.may_cite_a_file(text) else None
    if archival:  # "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5.": an archive's file, no author
        source = _Source(text, raw, found, accessed, marked_language, number, line)
        return _as_found(archives.to_work(archival), source)
    mark = gbt_mark(text)
    text = single_spaced(cut_medium(text))

    head = _read_head(text) if standard is None else _Head((), (), False, None, text, False)
    if head.authors and head.rest[:1].isdigit() and _ends_with_number_sign(text, head.rest):
        # "Federal Law No. 44-FZ of April 5, 2013 …", "Decree No. 204 of the President …":
        # an act's kind and its number sign, not a body named as the author "Federal Law No"
        head = _Head((), (), False, None, text, False)
    rest = head.rest
    numbered = cut_designation_after_title(rest) if standard is None else None
    if numbered:
        rest = numbered[0]
    designation = standard.text if standard else numbered[1] if numbered else ""
    mention = None
    if standard is None and not numbered and "//" not in rest:
        mention = patents.cut_mention(rest)
    if mention:  # "Sposob … [Data processing method]. Patent RF, no. 2123456, 2020"
        # ("Patent RU 2637215 C1. Vibration mill. 2017": the title after a mention opening it)
        rest, designation = mention.text.lstrip(" .,;:"), mention.number
    inventors = patents.INVENTORS.match(rest) if mention and head.authors else None
    if inventors:  # NLM's "Pagedas AC, inventor; Ancel Surgical R&D Inc., assignee. Title"
        rest = rest[inventors.end() :]
    if "//" in rest and " с." in rest:
        rest = _without_platform(rest)
    # Locators are read once over everything after the authors; when the title turns out
    # to hold none of them (the usual case) they are the tail's locators as well.
    # The law's cue words are looked for once, in all the text: `rest` is most often its end,
    # which then holds none of them when the text holds none.
    script = kinds.script_mark(text)  # (asked once: the law's cues and the language need it)
    law_cue = kinds.has_law_cue(text, cyrillic=script is not None)
    acts = kinds.act_numbers(rest) if law_cue or not text.endswith(rest) else ()
    numbers = rest
    for act_span in acts:  # "от 29.12.2012 № 273-ФЗ" is no issue
        numbers = blank(numbers, *act_span)
    act = acts[0] if acts else None
    titled = _YEAR_IN_TITLE.search(numbers) if " : " in numbers else None
    if titled:  # "Россия в цифрах. 2020 : крат. стат. сб.": the title's year, no locator
        numbers = blank(numbers, *titled.span(1))
    if standard:
        numbers = _without_amendments(numbers)
    # no work is published long after it is read ("Стратегия … до 2030 года. URL: … (дата
    # обращения: 10.02.2024)"); but an issue read online first may carry the next year
    until = accessed.year + 1 if accessed else dates.LATEST_YEAR
    rest_locators = read_locators(numbers, until=until)
    title = read_title(
        rest, strong_locator=rest_locators.first_strong, comma_style=head.comma_style
    )
    if title.translated and _BRACKETED_GENRE.fullmatch(title.translated):
        # NLM's "Title [dissertation]. Moscow; 2015": the kind of work, not a translation
        title = title._replace(translated="", genre=title.genre or title.translated)
    tail = rest[title.end :] if title.end < len(rest) else ""
    title_text = title.title
    blanked = blank_after_volume(tail) if "//" not in rest and "/" in tail else None
    if blanked:  # "Война и мир : в 4 т. Т. 1 / Л. Н. Толстой. – Москва : …"
        tail, named = blanked
        title = title.with_statement(named)
    in_book = blank_in_container(tail) if "//" in rest and " / " in tail else None
    if in_book:  # "// Сборник / под ред. А. А. Петрова. – М. : Наука": the book's editors
        tail = in_book.text
    if head.comma_style and title_text and _is_journal_only(rest):
        # "Bruggen M., 2003, ApJ, 592, 839", "E. Yablonovitch, J. Opt. Soc. Am. 1982, 72, 899":
        # physics and astronomy cite without a title; what came first is the journal
        tail, title_text = rest, ""

    chapter_at = _IN_AFTER_SENTENCE.search(tail) if " In" in tail or " in" in tail else None
    if chapter_at and title_text and not DIGIT.search(tail, 0, chapter_at.start()):
        # "Philosophy of science. How science moves. In M. Hendricks (Ed.), Thinking…": the
        # title went on past the full stop it was cut at, up to the book it is part of
        more = strip_edges(tail[: chapter_at.start() + 1])
        if more:
            title_text = f"{title_text}{'' if title_text[-1:] in '?!' else '.'} {more}"
            tail = tail[chapter_at.start() + 1 :]
    tail_year = None
    year_first = _YEAR_OPENING_TAIL.match(tail) if tail and head.year is None else None
    if year_first and not DIGIT.search(tail, year_first.end()):
        year_first = None  # "Name. 2009. A Title": the names were the title
    tail_month = tail_day = None
    if year_first:  # "Title. (1987). Journal of X, 1, 103-118": the year comes between
        tail_year = int(year_first.group(1))
        if year_first.end(1) + 1 < year_first.end():  # "(1996, September)"
            tail_month, tail_day = dates.month_day_after(tail, year_first.end(1), tail_year)
        tail = tail[year_first.end() :]
    tail_start = len(rest) - len(tail)
    if rest_locators.first >= tail_start:
        locators = rest_locators
        locators.shift(tail_start)
    else:
        locators = read_locators(tail, until=until)
    container = read_container(
        tail,
        locators.first,
        journal_like=bool(locators.volume or locators.pages or locators.bare_number),
        host_marked="//" in rest or bool(locators.issue or locators.bare_number),
    )
    if standard is None:  # (a standard's "container" is the rest of its title)
        container, title_text = _settle_container(container, locators, title_text)
    if in_book and in_book.statement.editors and not container.editors:
        book = in_book.statement
        container = container._replace(editors=book.editors, editor_role=book.editor_role)
    journal_like = bool(locators.volume or locators.pages or locators.bare_number)
    place_first = (
        _PLACE_OPENING_JOURNAL.match(container.name)
        if journal_like and head.comma_style and title_text and "," in container.name
        else None
    )
    if place_first:  # "…impact crater, South Africa, Nature, v. 441": the title's place
        title_text = f"{title_text}, {place_first.group(1)}"
        container = container.replace(name=container.name[place_first.end() :])
    # (a cheap test first: a part's number opens with a digit or a Roman numeral's letter)
    opening = container.name[:1]
    part = _PART_NUMBER.match(container.name) if title_text and opening in _PART_OPENINGS else None
    if part:  # "Fourier integral operators. II. Acta Mathematica": the part is the title's
        title_text = f"{title_text}. {part.group(1)}"
        container = container.replace(name=container.name[part.end() :])
    last_part = None if container.name or container.publisher else _last_comma_part(title_text)
    if last_part and not journal_like and _is_publisher(last_part[1]):
        # "Robot Vision, MIT Press.": the book's publisher after a comma
        title_text = last_part[0]
        container = container.replace(name="", publisher=last_part[1])
    elif last_part and journal_like and _is_journal_name(last_part[1]):
        # "…, defining European identity, Citizenship Studies, vol. 1": the title ran on to
        # the numbers because no full stop ended it
        title_text = last_part[0]
        container = container.replace(name=last_part[1])
    if (
        journal_like
        and not container.chapter
        and "//" not in rest  # GOST delimits it
        and not (title.translated and title_text)  # so does a translation closing the title
        and ". " in container.name  # (a cheap test first: the split needs a sentence's end)
        and not INVERTED_PROCEEDINGS.search(container.name)  # its full stop is the name's
    ):
        before_journal, journal = split_leading_sentences(container.name)
        if before_journal and (
            " = " in before_journal or _RUSSIAN_JOURNAL_OPENING.match(before_journal)
        ):
            # "Vestnik Moskovskogo universiteta. Seriya 6. Ekonomika = Moscow University
            # Economics Bulletin": the sentences open a Russian journal's name, or hold its
            # English name after " = " (the References of Russian journals)
            before_journal = ""
        if before_journal:
            # "Ventral tegmental system: neurobiology. 1. Anatomy and connectivity. Brain
            # Research Reviews": the title went on past the full stop it was cut at
            container = container.replace(name=journal)
            if not title_text:
                title_text = before_journal
            elif not title.quoted:  # a quoted title ended where its quote did
                title_text = f"{title_text}. {before_journal}"
    if (
        # "(In Russ.)", or the journal's English name after " = " as only the References of
        # Russian journals write it: an English title, a transliterated journal
        (marked_language == "ru" or " = " in container.name)
        and journal_like
        and not title.quoted
        and "//" not in rest
        and ". " in title_text
    ):
        split = split_journal_from_title(title_text, container.name)
        if split:
            title_text = split[0]
            container = container.replace(name=split[1])

    year = head.year or tail_year
    month, day = (head.month, head.day) if head.year else (tail_month, tail_day)
    if year is None and not locators.years:
        ending = _YEAR_ENDING_TITLE.search(title_text)
        if ending and int(ending.group(1)) <= until:  # "Title, 1997. Journal, to appear."
            year, title_text = int(ending.group(1)), title_text[: ending.start()]
    if year is None and act and not locators.years:
        # "… : утв. распоряжением Правительства РФ от 17.11.2008 № 1662-р": the act's date,
        # not its number ("1662") nor a year its title names ("до 2030 года")
        dated = _FULL_DATE.search(rest, *act)
        year = int(dated.group(1)) if dated else None
    if year is None:
        year, year_at = _year(locators, text)
        if (
            year is not None
            and year_at >= 0
            # the cheapest tests first: no date follows a year that ends the text ("…, 2019.")
            # or that a bracket or a Vancouver locator closes ("(2019)", "2019;14(1)")
            and len(tail) > year_at + 6
            and tail[year_at + 4] not in ");"
            and dates.MAY_BE_DATED.match(tail, year_at)
        ):
            month, day = dates.month_day(tail, year_at, year)
    if year and year > until and not head.year:  # the year after the authors is the work's
        year = month = day = None

    language = kinds.language_of(text, marked_language, title_text, script=script)
    volume, issue, cumulative = _volume_issue(locators, language, container.name, found.arxiv)
    work_type = _GBT_TYPES.get(mark) or kinds.work_type(
        text,
        container=container.name,
        has_issue=bool(issue),
        has_arxiv=bool(found.arxiv),
        has_url_and_access=bool(found.url and accessed),
        has_publisher=bool(container.publisher or container.place),
        container_published=bool(container.publisher),
        has_locators=bool(volume or issue or locators.pages),
        law_cue=law_cue,
        cyrillic=script is not None,
    )
    if container.chapter and work_type is WorkType.ARTICLE:
        work_type = WorkType.CHAPTER
    series = bool(volume or locators.bare_number_issue)  # "… Planning Report No. 125"
    if work_type in _GENRE_TYPES and standard is None and not series and container.name:
        # "PhD thesis, Rice University": the institution publishes, nothing contains
        container = container.replace(name="", publisher=container.publisher or container.name)

    genre = title.genre or (container.genre if work_type in _GENRE_TYPES else "")
    if numbered:  # APA's "Title (ISO Standard No. 690:2021)", under its body as the author
        work_type = WorkType.STANDARD
    if mention:
        # "U.S. Patent and Trademark Office" after APA's bracket: who issued it
        imprint = container.publisher or container.name
        publisher = mention.office or (imprint if _LETTERS.search(imprint) else "")
        work_type, container = WorkType.PATENT, container.replace(name="", publisher=publisher)
        volume = issue = cumulative = ""
    if standard:  # its title went on past the full stop a book's would end at
        work_type, genre = WorkType.STANDARD, ""
        if "//" not in rest:
            settled = standard_title(title_text, container, standard.kind)
            title_text, genre = settled.title, settled.kind
            container = container.replace(name="", publisher=settled.publisher)
        volume = issue = cumulative = ""  # a number read as one is its title's or an order's
        if year is None and standard.year is not None and standard.year <= until:
            year = standard.year

    # a meeting's date ("In Proceedings of …, May 1990"), an act's or a patent's is not one
    # of publication; but an act's in the newspaper that published it is the newspaper's
    # ("… // Российская газета. – 2006. – 29 июля.")
    in_a_newspaper = work_type is WorkType.LAW and bool(container.name)
    if month is not None and (
        _MEETING.search(container.name) or (work_type in _UNDATED_TYPES and not in_a_newspaper)
    ):
        month = day = None
    authors, et_al = _all_authors(head, title)
    editors, role = _editors(head, container, title)
    diagnostics: list[Diagnostic] = []
    if not title_text:
        diagnostics.append(Diagnostic("no title found", line))
    authorless = work_type is WorkType.LAW or standard is not None
    if not authors and not head.editors and not title.editors and not authorless:
        diagnostics.append(Diagnostic("no authors found", line))
    if year is None:
        diagnostics.append(Diagnostic("no year found", line))

    # the cheap tests of `with_abbreviation_stop` and `publisher_with_stop` first, here: most
    # titles end in no small Cyrillic letter ("… in Europe"), most publishers in no "l"
    if "а" <= title_text[-1:] <= "я":
        title_text = with_abbreviation_stop(title_text)  # "в 4 т" -> "в 4 т."
    container_name = container.name
    if "а" <= container_name[-1:] <= "я":
        container_name = with_abbreviation_stop(container_name)
    publisher = container.publisher
    if publisher[-1:] == "l":
        publisher = publisher_with_stop(publisher)  # "Nauka Publ" -> "Nauka Publ."
    return Work(
        type=work_type,
        title=title_text,
        translated_title=title.translated,
        authors=authors,
        et_al=et_al,
        editors=editors,
        editor_role=role,
        container=container_name,
        container_translated=container.translated,
        publisher=publisher,
        place=container.place,
        year=year,
        month=month,
        day=day,
        volume=volume,
        issue=issue,
        cumulative_issue=cumulative,
        pages=locators.pages,
        article_number=locators.article_number,
        number_of_pages=locators.number_of_pages,
        edition=edition_of(text),
        genre=genre,
        designation=designation,
        authority=mention.authority if mention else "",
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


def _without_amendments(text: str) -> str:
    """`text` with a standard's amendments blanked: their numbers are no issue, volume or pages
    ("(с Изменениями № 1, 2)" had ended the title at an issue 1)."""
    amended = _AMENDMENTS.search(text) if "(" in text else None
    return blank(text, *amended.span()) if amended else text


def _in_a_host(text: str) -> bool:
    """Whether a description that opens with a standard's designation is of a part of a
    journal or a collection ("… // Вестник стандартизации. 2009. № 2. С. 15–40", "ISO 9001
    adoption: evidence. J Clean Prod. 2019;210:1-10"), not of the standard."""
    locators = read_locators(text)  # not "//" alone: "// Кодекс : электрон. фонд"
    return bool(locators.pages or locators.issue)


class _Source(NamedTuple):
    """What was read off a reference before its description: the text left, the raw text,
    the identifiers, the access date and the language mark cut from it, its number and line."""

    text: str
    raw: str
    found: Identified
    accessed: date | None
    marked_language: str
    number: int | None
    line: int | None


def _as_found(work: Work, source: _Source) -> Work:
    """`work`, read by a reader of its own (a patent's, an archival file's), with what every
    reference has: the identifiers and access date cut from it, its language, its number."""
    text, found = source.text, source.found
    script = kinds.script_mark(text)
    language = kinds.language_of(
        text, source.marked_language, work.title or work.archive, script=script
    )
    return work.replace(
        doi=found.doi,
        edn=found.edn,
        url=found.url,
        accessed=source.accessed,
        language=language,
        number=source.number,
        raw=source.raw.strip(),
        line=source.line,
    )


def _patent(patent: patents.Heading, line: int | None) -> Work:
    """A patent under GOST's heading: its title, the application as the other title
    information, the inventors of the statement after " / ", the number of pages."""
    text = single_spaced(patent.rest)
    slash = text.find(" / ")
    application = patents.application(text)
    ends = [at for at in (slash, application.start() if application else -1) if at >= 0]
    before = text[: min(ends)] if ends else text
    title = strip_edges(before.split(" : ", 1)[0])
    inventors: tuple[Person, ...] = ()
    if slash >= 0:
        inventors = read_statement(text, slash + 1, len(text)).authors
    counts = BOOK_PAGES.findall(text)  # the last: "… – 3 с. : ил."
    return Work(
        type=WorkType.PATENT,
        title=title,
        authors=inventors,
        year=patents.year_of(text),
        number_of_pages=counts[-1] if counts else "",
        genre=patent.kind,
        application=application.group(0).strip(" .,;:") if application else "",
        designation=patent.number,
        authority=patent.authority,
        classification=patent.classification,
        line=line,
        diagnostics=() if title else (Diagnostic("no title found", line),),
    )


def _all_authors(head: _Head, title: Title) -> tuple[tuple[Person, ...], bool]:
    """(authors, et al.). GOST heads a book with its first author and names them all after
    the title ("Сидоров С. С. Экономика знаний / С. С. Сидоров, И. И. Иванов"): all of them;
    with four or more authors it has no heading and names the first three after the title."""
    heading, named = head.authors, title.authors
    if not heading or (len(named) > len(heading) == 1 and named[0].family == heading[0].family):
        return named, head.et_al or title.et_al
    # the statement's "[и др.]" after the heading's author: "Мельников А. Б. Управление … / А.
    # Б. Мельников [и др.]"
    same_first = bool(named) and named[0].family == heading[0].family
    return heading, head.et_al or (title.et_al and same_first)


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
        # has no container; what stood between title and imprint is the subtitle, unless it
        # is the edition ("Revised Edition", "Reprint, illustrated")
        if (
            _looks_like_subtitle(container.name)
            or _YEAR_IN_TITLE.search(f". {container.name}")
            or _are_title_sentences(container.name)
            or _is_part(container.name)
        ):
            return container.replace(name=""), f"{title}. {container.name}"
        return container.replace(name=""), title
    # "Artificial Intelligence, 19." ends with a volume; "Report AD 807 258" only with pages
    if (
        container.volume
        and not (locators.volume or locators.bare_number)
        and (container.volume.startswith(",") or locators.pages or locators.issue)
    ):
        locators.volume = volume_number(container.volume)
    if not locators.volume and not locators.bare_number:
        # (a cheap test first: the pattern ends in a digit; the name, cut from single-spaced
        # text, ends in no newline for its "$" to skip)
        name = container.name
        trailing = _TRAILING_VOLUME.search(name) if "0" <= name[-1:] <= "9" else None
        if trailing:  # "Artificial Intelligence, 19." "Proc. R. Soc. London, B200, 269-294"
            locators.volume = trailing.group("volume")
            container = container.replace(name=container.name[: trailing.start()])
    return container, title


# a Russian title's sentence: a capitalised word of three letters or more, then words
_CYRILLIC_SENTENCE = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:[ -][а-яёА-ЯЁ-]+)*")
# what a sentence between a Russian title and its imprint is when it is not the title's: the
# kind of book ("Сборник статей", "Учебник", "Монография", "Очерк истории"), its edition
# ("Второе издание"), its editor or translator ("Под редакцией Петрова"), its approval ("Гриф")
_NOT_TITLE_SENTENCE = re.compile(
    r"(?:Сборник|Учеб|Монограф|Очерк|Материал|Тезис|Справочн|Пособ|Хрестомат|Практикум|Словар"
    r"|Энциклопед|Антолог|Курс|Лекци|Дис|Автореф|Доклад|Отч[её]т|Под\s|Пер(?:\.|евод)|Сост"
    r"|Гриф|Ред|Авт|Перв|Втор|Трет|Четв|Пят|Нов)"
)


# a part of a book (or a code) in several parts, by its number, with or without its own
# title or other information: "Ч. 1", "Ч. 2. Механика", "Кн. 3 : Оптика", "Part 2. Optics",
# "Часть вторая : федер. закон от 26.01.1996 № 14-ФЗ"
_PART = re.compile(
    r"(?:(?:Ч|Кн|Part|Pt|Book)\.?\s?(?:[0-9]{1,3}|[IVX]{1,5})|Часть\s(?:[0-9]{1,3}|[а-яё]+))"
    r"(?:\.\s(?P<title>.+)|\s:\s.+)?"
)


def _is_part(text: str) -> bool:
    """Whether `text`, between a book's title and its imprint, is the part the reference
    cites ("Основы физики. Ч. 1. Механика. – СПб. : Питер"), which stays with the title as
    GOST's colon form of it does ("Основы физики. Ч. 1 : Механика"): there is no field for a
    part, and dropped it left a reference to the whole book. (A bare "Ч. 1." never comes
    here: the locators take its number first, and it is still dropped.)"""
    part = _PART.fullmatch(text)
    if part is None:
        return False
    title = part.group("title")
    return title is None or (title[:1].isupper() and DIGIT.search(title) is None)


def _are_title_sentences(text: str) -> bool:
    """Whether the sentences between a Russian book's title and its imprint go on with the
    title: "Деятельность. Сознание. Личность", "Поэтика. История литературы. Кино", which
    GOST writes with full stops and no statement after them, and which had been dropped. Not
    the book's kind, edition or editor (`_NOT_TITLE_SENTENCE`), nor a part ("Ч. 1")."""
    return all(
        _CYRILLIC_SENTENCE.fullmatch(sentence)
        and not _NOT_TITLE_SENTENCE.match(sentence)
        and not _RUSSIAN_EDITION.search(sentence)  # "Издание второе"
        for sentence in text.split(". ")
    )


def _last_comma_part(title: str) -> tuple[str, str] | None:
    """(what comes before, the part after the last comma) of a title of some length."""
    comma = title.rfind(", ")
    return (title[:comma], title[comma + 2 :]) if comma >= 10 else None


def _is_publisher(part: str) -> bool:
    return (
        2 < len(part) <= 61
        and part[0].isupper()
        and ":" not in part
        and ";" not in part
        and names_a_publisher(part)
    )


def _is_journal_name(part: str) -> bool:
    """Short, in title case, without numbers: "Citizenship Studies"."""
    words = part.split()
    return (
        0 < len(words) <= 8
        and not DIGIT.search(part)
        and all(w[0].isupper() or w in _MINOR_WORDS for w in words)
    )


def _looks_like_subtitle(text: str) -> bool:
    """A phrase of three words or more in sentence case, without numbers: "An eightfold path
    to midlife love", "Obshchie trebovaniya i pravila", not a series ("Current population
    reports", "Graduate texts in mathematics"), "7. ed." or "Diss. University of California"."""
    words = text.split()
    return (
        len(words) >= 3
        and sum(word.islower() for word in words) >= 2
        and not DIGIT.search(text)
        and not _EDITION_STATEMENT.search(text)
        and not _SERIES_NOUN.search(text)
        and not _RUSSIAN_EDITION.search(text)
    )


def _is_journal_only(rest: str) -> bool:
    """Whether what follows the authors (in a comma style) is an abbreviated journal name
    followed by nothing but numbers (volume, pages, year)."""
    digit = DIGIT.search(rest)
    if not digit or _LETTERS.search(_LOCATOR_LABELS.sub("", rest[digit.start() :])):
        return False  # letters after the numbers, other than "pp." in "77, pp. 250–2 (2000)"
    words = rest[: digit.start()].replace(",", " ").split()
    return 0 < len(words) <= 6 and all(_JOURNAL_WORD.fullmatch(word) for word in words)


def _year(locators: Locators, text: str) -> tuple[int | None, int]:
    """The first year after the title, and where its date starts in the tail (the offset
    locators give it); else the last year anywhere (titles hold years too); else the year of
    a full date ("Federal Law of 27.07.2006"): these two with the offset -1 (no month or day
    is taken from a title's date or an act's)."""
    if locators.years:
        # a year before the tail's start (offset below 0) is the title's, read with the
        # locators of all the text: "Economic policy of 2019: national projects. Voprosy
        # Ekonomiki. 2020;(3):5-27" was published in 2020
        after_title = [found for found in locators.years if found[0] >= 0] or locators.years
        # a year that opens a range ("1952-1962", "1922–34") is more often pages or a span
        # than the date of publication: one standing alone is preferred
        alone = [found for found in after_title if not _in_range(text, found[1])]
        at, first = min(alone or after_title)
        # "in Novels, 1871–1880 (New York: Library of America, 1983)": when only a span is
        # left (no year stands alone, so `first` opens a range), it is what the work covers;
        # the imprint says when it was published
        imprint = None if alone else _IMPRINT_YEAR.search(text)
        return (int(imprint.group(1)), -1) if imprint else (first, at)
    years = dates.years_in(text)
    if years:
        return int(years[-1].group(1)), -1
    dated = _FULL_DATE.search(text)
    return (int(dated.group(1)) if dated else None), -1


def _in_range(text: str, year: int) -> bool:
    at = text.find(str(year))
    if at < 0:
        return False
    if text[at - 1 : at] in ("-", "–", "—"):
        return True
    following = text[at + 4 : at + 5]  # a cheap test first: a space or a dash opens the range
    if not (following.isspace() or following in ("-", "–", "—")):
        return False
    return _RANGE_AFTER.match(text, at + 4) is not None


def _volume_issue(
    locators: Locators, language: str, container: str, arxiv: str
) -> tuple[str, str, str]:
    """(volume, issue, cumulative issue), resolving a bare "N …".

    Russian journals number issues within a year and often have no volume, so in a Russian
    reference (In Russ., Cyrillic) "N 3 (11)" is issue 3, cumulative issue 11. Russian lists
    also write "N" for the volume of a Western journal ("Nature. 2020. N 584"), and
    "N 48 (2)" for volume 48, issue 2, so elsewhere the bare number is the volume; but a
    label spelt out ("Voprosy ekonomiki, 1997, no. 12, pp. 4-18", "Report No. 125") names an
    issue in any language. An arXiv identifier written as "N 2304.06975" is neither.
    """
    bare, extra = locators.bare_number, locators.bare_number_extra
    if not bare:
        return locators.volume, locators.issue, locators.cumulative_issue
    if _ARXIV_NUMBER.match(bare) or (arxiv and bare in arxiv) or "arxiv" in container.lower():
        return locators.volume, locators.issue, locators.cumulative_issue
    if language == "ru" or locators.bare_number_issue:
        return locators.volume, bare, extra
    return bare, extra, ""
