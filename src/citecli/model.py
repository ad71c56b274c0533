"""The records that flow from the parsers to the checker and the formatters.

Everything here is a frozen, slotted dataclass holding tuples, never lists, so records can be
shared between threads, cached and compared by value. No I/O and no parsing happens here;
CSL-JSON conversion lives in `citecli.csl`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from citecli.frozen import quick_init


class WorkType(str, Enum):
    """What kind of work a record describes; values are CSL 1.0.2 item types."""

    ARTICLE = "article-journal"
    BOOK = "book"
    CHAPTER = "chapter"
    CONFERENCE_PAPER = "paper-conference"
    THESIS = "thesis"
    REPORT = "report"
    WEBPAGE = "webpage"
    LAW = "legislation"
    STANDARD = "standard"
    PATENT = "patent"
    #: CSL has no "preprint" type; Zotero and citeproc-js use "article" for preprints
    PREPRINT = "article"
    DATASET = "dataset"
    DOCUMENT = "document"
    #: an archival file or document ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5.")
    MANUSCRIPT = "manuscript"


#: the types whose CSL `number` is their designation (Work.designation), not an article number
DESIGNATED_TYPES = frozenset({WorkType.STANDARD, WorkType.PATENT})


class Level(str, Enum):
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something a parser could not do cleanly, tied to a line of the input where known."""

    message: str
    line: int | None = None
    level: Level = Level.WARNING

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.message}"


@dataclass(frozen=True, slots=True)
class Person:
    """An author or editor: a person (family + given) or an organisation (literal).

    `given` holds what the source gives, full names or initials ("Alena D.", "A. A.").
    `particle` is CSL's non-dropping particle ("van", "de", "Le Polain de").
    The contact fields are filled only for the authors of the article a page describes.
    """

    family: str = ""
    given: str = ""
    particle: str = ""
    suffix: str = ""
    literal: str = ""
    affiliation: str = ""
    city: str = ""
    country: str = ""
    email: str = ""
    orcid: str = ""

    @property
    def is_organisation(self) -> bool:
        return bool(self.literal) and not self.family

    @property
    def initials(self) -> str:
        """Given names reduced to initials: "Alena D." -> "A. D.", "Jean-Paul" -> "J.-P."."""
        # a family name in capitals ("LEE, ANN") writes its given names in capitals too
        return initials_of(self.given, capitals_are_initials=not self.family.isupper())

    @property
    def display(self) -> str:
        if self.is_organisation:
            return self.literal
        family = f"{self.particle} {self.family}".strip()
        return f"{family} {self.given}".strip()


def initials_of(given: str, *, capitals_are_initials: bool = True) -> str:
    """ "Alena D." -> "A. D.", "Jean-Paul" -> "J.-P.", "A. Yu." -> "A. Yu."; with
    `capitals_are_initials`, Vancouver's "AO" -> "A. O." and "ZhD" -> "Zh. D." too."""
    groups: list[list[str]] = []  # each name's initials, joined by its hyphens
    for word in given.replace(".", ". ").split():
        cluster = _vancouver_initials(word) if capitals_are_initials else []
        if cluster:
            groups.extend([f"{initial}."] for initial in cluster)
            continue
        initials = [_initial(piece) for piece in word.split("-") if piece]
        if not initials:
            continue
        if word.startswith("-") and groups:  # "J.-P.", split at its full stop above
            groups[-1].extend(initials)
        else:
            groups.append(initials)
    return " ".join("-".join(group) for group in groups)


def _initial(name: str) -> str:
    """ "Alena" -> "A.", and a transliterated digraph written as an initial stays: "Yu." """
    if name.endswith(".") and name[:-1] in _DIGRAPHS:
        return name
    return f"{name[0]}."


# the two-letter initials of transliterated Russian names: "Zh" for Zhanna, "Yu" for Yuri
_DIGRAPHS = frozenset(["Zh", "Yu", "Ya", "Ye", "Yo", "Kh", "Ch", "Sh", "Ts", "Dzh", "Дж"])


def _vancouver_initials(word: str) -> list[str]:
    """The initials of a Vancouver given name written without full stops ("JT" in "Wright JT",
    "ZhD" in "Kobalava ZhD", "ИИ"): two or three capitals, each perhaps a transliterated
    digraph; [] for a name ("Jo", "ChewLim", "JOHN")."""
    initials: list[str] = []
    position = 0
    while position < len(word) and len(initials) <= 3:
        if not word[position].isupper():
            return []
        step = 2 if word[position : position + 2] in _DIGRAPHS else 1
        initials.append(word[position : position + step])
        position += step
    return initials if 2 <= len(initials) <= 3 and position == len(word) else []


@dataclass(frozen=True, slots=True)
class Doi:
    """A DOI as normalised (`value`, lower case, no prefix) and as written (`raw`).

    `repaired` is true when the text had to be mended beyond case and prefixes
    ("1 0.30491/…", a space inside, a URL glued to the next word).
    """

    value: str
    raw: str
    repaired: bool = False

    def __str__(self) -> str:
        return self.value

    @property
    def url(self) -> str:
        return f"https://doi.org/{self.value}"


@dataclass(frozen=True, slots=True)
class Work:
    """One bibliographic item: the article a page describes or one of its references.

    Text fields are "" when unknown, numbers None. `pages` is a range with a hyphen-minus
    ("57-69", abbreviated ranges already expanded); formatters choose the dash.
    `issue` is the issue within the volume and `cumulative_issue` the running number that
    Russian journals add in parentheses ("N 1 (49)" -> issue "1", cumulative "49").
    """

    type: WorkType = WorkType.ARTICLE
    title: str = ""
    #: an English translation or transliteration given in square brackets after the title
    translated_title: str = ""
    authors: tuple[Person, ...] = ()
    #: the source wrote "et al." / "и др." after the listed authors
    et_al: bool = False
    editors: tuple[Person, ...] = ()
    #: the editors' role as a GOST statement wrote it ("отв. ред.", "под общ. ред."), which
    #: sets the case of their names; "" for plain editors
    editor_role: str = ""
    container: str = ""
    #: the bracketed transliteration or translation of the container ("[Ekonomika: …]")
    container_translated: str = ""
    collection: str = ""
    publisher: str = ""
    place: str = ""
    year: int | None = None
    #: the month (1-12) and day of the month of the date of publication, where the source
    #: wrote them next to the year ("2002 Jul 25", "(2020, March 5)", "2019. – 12 марта");
    #: a day only with a month, both None when unknown
    month: int | None = None
    day: int | None = None
    volume: str = ""
    issue: str = ""
    cumulative_issue: str = ""
    pages: str = ""
    article_number: str = ""
    #: a standard's designation ("ГОСТ Р 7.0.100–2018", "ISO 690:2021") or a patent's number
    #: ("2637215"), CSL's `number`
    designation: str = ""
    #: the country or office that granted a patent ("Российская Федерация"), CSL's `authority`
    authority: str = ""
    #: a patent's classification as written ("МПК B02C 19/16 (2006.01)")
    classification: str = ""
    #: a patent's application as written, its number and dates ("№ 2017105030 : заявл.
    #: 15.02.2017 : опубл. 01.12.2017"), which GOST gives as the title's other information
    application: str = ""
    number_of_pages: str = ""
    edition: str = ""
    #: the archive that holds an archival file or document ("ГАРФ", "Российский
    #: государственный архив экономики (РГАЭ)"), CSL's `archive`
    archive: str = ""
    #: the file's search data as written ("Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5"), CSL's
    #: `archive_location`
    archive_location: str = ""
    doi: Doi | None = None
    edn: str = ""
    url: str = ""
    accessed: date | None = None
    arxiv: str = ""
    isbn: str = ""
    issn: str = ""
    pmid: str = ""
    #: ISO 639-1 code: "ru" for "(In Russ.)", "(in Russian)" or Cyrillic text; "" unknown
    language: str = ""
    #: the work's kind as its source names it, CSL's `genre`: a thesis's ("Cand. Sci. (Econ.)
    #: diss."), a report's, a law's; for a patent, the kind its heading names where that is not
    #: a plain patent ("Авторское свидетельство", "Патент на полезную модель"); an archival
    #: document's notes on the copy ("Подлинник. Машинопись")
    genre: str = ""
    abstract: str = ""
    keywords: tuple[str, ...] = ()
    #: the number the page gave the reference, or None
    number: int | None = None
    #: the text the record was parsed from, verbatim
    raw: str = ""
    #: 1-based line of the input where `raw` starts
    line: int | None = None
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def replace(self, **changes: object) -> Work:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def standard_designation(self) -> str:
        """The designation a standard is cited under instead of its authors ("ГОСТ Р
        7.0.100–2018"); "" for any other work, a patent's number included."""
        return self.designation if self.type is WorkType.STANDARD else ""

    @property
    def archival(self) -> bool:
        """Whether the work is a file or document an archive holds ("ГАРФ. Ф. Р-5446 …"),
        which the styles cite by its archive; a manuscript from a reference manager without
        one (Zotero's "manuscript" is also an unpublished draft) is cited as a document."""
        return self.type is WorkType.MANUSCRIPT and bool(self.archive or self.archive_location)

    @property
    def first_page(self) -> str:
        return self.pages.split("-", 1)[0] if self.pages else ""

    @property
    def last_page(self) -> str:
        return self.pages.split("-", 1)[1] if "-" in self.pages else ""


@dataclass(frozen=True, slots=True)
class Page:
    """A journal article page: the article, its references and what went wrong reading it.

    `citation_line` is the "For citations:" / "Для цитирования:" text kept verbatim;
    `article` is completed from it and from the rest of the page.
    """

    article: Work
    references: tuple[Work, ...] = ()
    citation_line: str = ""
    source: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()


# the records built for every reference (see `citecli.frozen`)
for _record in (Diagnostic, Person, Doi, Work):
    quick_init(_record)
del _record
