"""Rendering parsed pages for people (rich panel and table) and scripts (JSON, CSL-JSON).

Only this module and `citecli.cli` import rich.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from citecli.csl import CslItem, work_to_csl
from citecli.model import Page, Person, Work, WorkType

_SHORT_TYPES = {
    WorkType.ARTICLE: "article",
    WorkType.CONFERENCE_PAPER: "paper",
    WorkType.WEBPAGE: "web",
    WorkType.LAW: "law",
    WorkType.PREPRINT: "preprint",
    WorkType.DOCUMENT: "doc",
}

# Author fields that only our `json` format carries: CSL names have no variable for them.
_NAME_EXTRAS = ("affiliation", "city", "country", "email", "ORCID")


def page_to_json(page: Page) -> dict[str, Any]:
    """`{"article": ITEM, "references": [ITEM, ...]}`, every ITEM a CSL-JSON item.

    The page's own diagnostics ("no references found", a second reference list) join the
    article's `custom.warnings`; the "For citations" line is `custom.citation-line`.
    """
    article = work_to_csl(page.article, item_id="article")
    custom = article.setdefault("custom", {})
    if page.citation_line:
        custom["citation-line"] = page.citation_line
    if page.diagnostics:
        custom.setdefault("warnings", []).extend(str(d) for d in page.diagnostics)
    if not custom:
        del article["custom"]
    return {"article": article, "references": _reference_items(page.references)}


def page_to_csl_items(page: Page) -> list[CslItem]:
    """A plain CSL-JSON array for pandoc and Zotero: the article (when the page has one), then
    the references; names carry only CSL name parts."""
    items = _reference_items(page.references)
    if page.article.title:
        items.insert(0, work_to_csl(page.article, item_id="article"))
    for item in items:
        for role in ("author", "editor"):
            for name in item.get(role, ()):
                for key in _NAME_EXTRAS:
                    name.pop(key, None)
    return items


def _reference_items(references: Sequence[Work]) -> list[CslItem]:
    """CSL items with unique ids: "ref<number>" when the numbers are unique, else by position."""
    numbers = [ref.number for ref in references]
    by_number = None not in numbers and len(set(numbers)) == len(numbers)
    return [
        work_to_csl(ref, item_id=f"ref{ref.number if by_number else i}")
        for i, ref in enumerate(references, 1)
    ]


def warnings(page: Page, *, references: bool) -> list[str]:
    """The page's and the article's warnings, and with `references` every reference's too."""
    lines = [str(d) for d in (*page.diagnostics, *page.article.diagnostics)]
    if references:
        for i, ref in enumerate(page.references, 1):
            label = f"reference {ref.number if ref.number is not None else i}"
            lines.extend(f"{label}: {d}" for d in ref.diagnostics)
    return lines


def print_page(page: Page, console: Console) -> None:
    """The article panel and the references table."""
    if page.article.title or page.citation_line:
        console.print(_article_panel(page))
    if page.references:
        console.print(_references_table(page.references, console.width))


def _article_panel(page: Page) -> Panel:
    work = page.article
    rows = Table.grid(padding=(0, 1))
    rows.add_column(style="bold cyan", no_wrap=True)
    rows.add_column()
    for person in work.authors:
        rows.add_row("author", _person(person))
    rows.add_row("journal", _journal(work))
    if work.doi:
        rows.add_row("DOI", work.doi.value)
    if work.edn:
        rows.add_row("EDN", work.edn)
    if work.language:
        rows.add_row("language", work.language)
    if work.keywords:
        rows.add_row("keywords", "; ".join(work.keywords))
    if work.abstract:
        abstract = work.abstract if len(work.abstract) <= 300 else work.abstract[:299] + "…"
        rows.add_row("abstract", abstract)
    if page.citation_line:
        rows.add_row("cited as", page.citation_line)
    title = Text(work.title or "(no title)", style="bold")
    return Panel(Group(title, rows), title="article", title_align="left")


def _person(person: Person) -> str:
    details = [person.affiliation, person.city, person.country, person.email]
    if person.orcid:
        details.append(f"ORCID {person.orcid}")
    shown = [d for d in details if d]
    return person.display + (f" ({', '.join(shown)})" if shown else "")


def _journal(work: Work) -> str:
    parts = [work.container or "?"]
    if work.year is not None:
        parts.append(str(work.year))
    parts.append(_locator(work))
    return ", ".join(p for p in parts if p)


def _locator(work: Work) -> str:
    parts = []
    if work.volume:
        parts.append(f"vol. {work.volume}")
    if work.issue:
        parts.append(f"no. {work.issue}")
    if work.pages or work.article_number:
        parts.append(f"pp. {work.pages}" if work.pages else f"art. {work.article_number}")
    return ", ".join(parts)


#: below this console width the table keeps n, authors, year, title and DOI/EDN only
WIDE_TABLE = 120


def _references_table(references: Sequence[Work], width: int) -> Table:
    wide = width >= WIDE_TABLE
    table = Table(title=f"{len(references)} references", title_justify="left", expand=True)
    table.add_column("n", style="dim", no_wrap=True, justify="right")
    table.add_column("authors", ratio=2, min_width=12)
    table.add_column("year", no_wrap=True)
    table.add_column("title", style="bold", ratio=4, min_width=20)
    if wide:
        table.add_column("container", style="italic", ratio=2, min_width=10)
        table.add_column("vol/iss/pp", ratio=1, min_width=10)
    table.add_column("DOI/EDN", style="cyan", ratio=2, overflow="fold")
    if wide:
        table.add_column("type", style="dim", no_wrap=True)
        table.add_column("lang", style="dim", no_wrap=True)
    for i, ref in enumerate(references, 1):
        number = str(ref.number if ref.number is not None else i)
        title: str | Text = ref.title or Text(ref.raw, style="dim")
        identifier = ref.doi.value if ref.doi else (f"EDN {ref.edn}" if ref.edn else "")
        if wide:
            # a standard's designation or a patent's number is where it is found: "ISO 690:2021",
            # and an archival file's search data in its archive: "ГАРФ", "Ф. Р-5446. Оп. 1. …"
            parts = (ref.designation, ref.archive_location, ref.volume, ref.issue, ref.pages)
            locator = ", ".join(p for p in parts if p)
            kind = _SHORT_TYPES.get(ref.type, ref.type.value)
            table.add_row(
                number, _authors(ref), str(ref.year or ""), title, ref.container or ref.archive,
                locator, identifier, kind, ref.language,
            )  # fmt: skip
        else:
            table.add_row(number, _authors(ref), str(ref.year or ""), title, identifier)
    return table


def _authors(work: Work) -> str:
    """The first author, and "et al." for the rest: the table is for finding, not citing.
    An edited book without authors shows its first editor, marked "(ed.)" or "(eds.)"."""
    if work.authors:
        first = work.authors[0].display
        return f"{first} et al." if len(work.authors) > 1 or work.et_al else first
    if not work.editors:
        return ""
    first = work.editors[0].display
    return f"{first} et al. (eds.)" if len(work.editors) > 1 else f"{first} (ed.)"
