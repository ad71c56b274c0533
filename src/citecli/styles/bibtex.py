"""BibTeX output through pybtex: the one place `Work` becomes a `BibliographyData`.

pybtex's writer escapes `% & _ # ~` itself but not `\\ $ { }` (formatting.md §4), so field values
get those escaped here first; braces added afterwards are deliberate: they protect the capitals
of proper nouns and acronyms in titles (`{COVID-19}`, `{Russia}`) from BibTeX styles that
lower-case titles. `citecli.bibtex_input` reads the output back to the same `Work` fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from pybtex.database import BibliographyData, Entry
from pybtex.database import Person as BibPerson
from pybtex.database.output.bibtex import Writer

from citecli import months
from citecli.model import Person, Work, WorkType
from citecli.styles.case import capitalised_words
from citecli.styles.keys import unique_keys

ENTRY_TYPES: dict[WorkType, str] = {
    WorkType.ARTICLE: "article",
    WorkType.BOOK: "book",
    WorkType.CHAPTER: "incollection",
    WorkType.CONFERENCE_PAPER: "inproceedings",
    WorkType.THESIS: "phdthesis",
    WorkType.REPORT: "techreport",
    WorkType.WEBPAGE: "online",
    WorkType.DATASET: "dataset",
    WorkType.DOCUMENT: "misc",
    # no BibTeX type: @misc with biblatex's `entrysubtype` saying what it is
    WorkType.LAW: "misc",
    WorkType.PREPRINT: "misc",
    WorkType.STANDARD: "standard",  # biblatex's; BibTeX's styles print it as @misc
    WorkType.PATENT: "patent",  # biblatex's, its country in `location`
    # a document "not formally published" (BibTeX's and biblatex's), as Better BibTeX and
    # pandoc map CSL's "manuscript"
    WorkType.MANUSCRIPT: "unpublished",
}
SUBTYPES = {WorkType.LAW: "legislation", WorkType.PREPRINT: "preprint"}

#: ISO 639-1 -> the language names babel and biblatex use
LANGUAGES = {
    "ru": "russian",
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "uk": "ukrainian",
    "zh": "chinese",
    "kk": "kazakh",
    "pl": "polish",
}

# BibTeX counts every brace, escaped or not, so literal braces become commands
_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "$": r"\$",
    # pybtex writes "~" as "\textasciitilde\ ", which latexcodec cannot read back at a field's end
    "~": r"\textasciitilde{}",
}


# TeX ligatures that would change the text: -- ---, '' `` ,,, ?` !`; "{}" between breaks them
_LIGATURE = re.compile(r"(?<=-)(?=-)|(?<=')(?=')|(?<=`)(?=`)|(?<=,)(?=,)|(?<=[?!])(?=`)")


def escape(text: str) -> str:
    """Escape what pybtex's writer leaves alone; it escapes `% & _ # ~` itself."""
    return _LIGATURE.sub("{}", "".join(_ESCAPES.get(c, c) for c in text))


def protect_title(title: str) -> str:
    """Escape `title` and brace the words whose capitals must survive: "{COVID-19}"."""
    out: list[str] = []
    last = 0
    for start, end in capitalised_words(title):
        out.append(escape(title[last:start]))
        out.append("{" + escape(title[start:end]) + "}")
        last = end
    out.append(escape(title[last:]))
    return "".join(out)


def bib_person(person: Person) -> BibPerson:
    if person.is_organisation:
        # braces keep an organisation's name one unparsed last name
        return BibPerson(last="{" + escape(person.literal) + "}")
    family = escape(person.family)
    if " " in family or "," in family:
        family = "{" + family + "}"
    return BibPerson(
        first=escape(person.given),
        prelast=escape(person.particle),
        last=family,
        lineage=escape(person.suffix),
    )


def _issue(work: Work) -> str:
    return f"{work.issue} ({work.cumulative_issue})" if work.cumulative_issue else work.issue


def _dates(work: Work) -> dict[str, str]:
    """`month` as a macro written bare (`month = mar`), which every style prints in its
    language and biblatex reads as the month's number; and biblatex's `date` when the day is
    known too ("2020-03-05"): BibTeX has no field for the day."""
    if work.year is None or work.month is None:
        return {}
    dated = {"month": months.BIBTEX_MACROS[work.month - 1]}
    if work.day is not None:
        dated["date"] = f"{work.year:04d}-{work.month:02d}-{work.day:02d}"
    return dated


def archive_note(work: Work) -> str:
    """An archival document's archive and search data in `note` ("ГАРФ. Ф. Р-5446. Оп. 1.
    Д. 123. Л. 4–5"), as GOST R 7.0.5 writes them: neither BibTeX nor biblatex has a field for
    them, `note` is the one every style prints (and @unpublished requires), and
    `citecli.bibtex_input` reads them back from it."""
    return ". ".join(part for part in (work.archive, work.archive_location) if part)


def entry_for(work: Work) -> Entry:
    fields: dict[str, str] = {}
    if work.title:
        fields["title"] = protect_title(work.title)
    container_field = "journal" if work.type is WorkType.ARTICLE else "booktitle"
    if work.type in (
        WorkType.WEBPAGE,
        WorkType.PREPRINT,
        WorkType.LAW,
        WorkType.DOCUMENT,
        WorkType.DATASET,
    ):
        container_field = "howpublished"
    publisher_field = {WorkType.THESIS: "school", WorkType.REPORT: "institution"}.get(
        work.type, "publisher"
    )
    plain = {
        container_field: work.container,
        "series": work.collection,
        publisher_field: work.publisher,
        "address": work.place,
        "location": work.authority,
        "year": str(work.year) if work.year is not None else "",
        **_dates(work),
        "volume": work.volume,
        # a standard's designation is its number, as in biblatex's @standard
        "number": work.designation or _issue(work),
        "pages": work.pages,
        "eid": work.article_number,
        "pagetotal": work.number_of_pages,
        "edition": work.edition,
        "type": work.genre,
        "doi": work.doi.value if work.doi else "",
        "edn": work.edn,
        "url": work.url,
        "urldate": work.accessed.isoformat() if work.accessed else "",
        "eprint": work.arxiv,
        "archiveprefix": "arXiv" if work.arxiv else "",
        "isbn": work.isbn,
        "issn": work.issn,
        "pmid": work.pmid,
        "language": LANGUAGES.get(work.language, work.language),
        "keywords": ", ".join(work.keywords),
        # (a patent's application: biblatex's @patent has no field for it, and its `type`
        # is the patent's kind, which it prints in the place of "Patent")
        "note": archive_note(work) or work.application,
        "entrysubtype": SUBTYPES.get(work.type, ""),
    }
    fields.update({name: escape(value) for name, value in plain.items() if value})
    if work.pages:  # BibTeX's range dash, which escape() would have broken up
        fields["pages"] = "--".join(escape(part) for part in work.pages.split("-", 1))
    if work.translated_title:
        fields["titleaddon"] = protect_title(work.translated_title)
    persons: dict[str, list[BibPerson]] = {}
    if work.authors:
        persons["author"] = [bib_person(p) for p in work.authors]
        if work.et_al:
            persons["author"].append(BibPerson("others"))
    if work.editors:
        persons["editor"] = [bib_person(p) for p in work.editors]
    return Entry(ENTRY_TYPES[work.type], fields=fields, persons=persons)


class _BraceWriter(Writer):  # type: ignore[misc]
    """Always `field = {value}`: the form most .bib files use (pybtex prefers quotes)."""

    def quote(self, s: str) -> str:
        self.check_braces(s)
        return "{" + s + "}"

    def _write_field(self, stream: TextIO, type: str, value: str) -> None:
        if type == "month" and value in months.BIBTEX_MACROS:  # a macro: `month = mar`
            stream.write(f",\n    {type} = {value}")
        else:
            super()._write_field(stream, type, value)


def works_to_bibtex(works: Sequence[Work]) -> str:
    """One entry per work, keys `familyYEARword` made unique with a, b, … suffixes."""
    data = BibliographyData()
    for work, key in zip(works, unique_keys(works), strict=True):
        data.add_entry(key, entry_for(work))
    return str(_BraceWriter().to_string(data))
