"""Vancouver (ICMJE / NLM), in the shape of Elpub's own "For citations" lines:
`Nalivkina A.D. Title. Journal. 2025;(3):148-159. (In Russ.) https://doi.org/… EDN: X`.

NLM: up to six authors, then "et al."; initials without periods between spaces are Elpub's
habit ("A.D."), kept because it is what Russian journals print; hyphen in page ranges.
"""

from __future__ import annotations

from citecli.model import Work, WorkType
from citecli.styles import names
from citecli.styles.markup import Markup, join_markup
from citecli.styles.text import close

MAX_AUTHORS = 6


def _authors(work: Work) -> str:
    shown = work.authors[:MAX_AUTHORS]
    text = ", ".join(names.compact(p) for p in shown)
    if work.et_al or len(work.authors) > MAX_AUTHORS:
        text += ", et al."
    return text


def _source(work: Work) -> str:
    year = str(work.year) if work.year is not None else ""
    volume = work.volume + (f"({work.issue})" if work.issue else "")
    location = work.pages or work.article_number
    text = year
    if volume:
        text += f";{volume}"
    if location:
        text += f":{location}"
    return text


def format_vancouver(work: Work) -> Markup:
    parts = []
    authors = _authors(work)
    if authors:
        parts.append(authors if authors.endswith(".") else authors + ".")
    parts.append(close(work.title.strip()))
    if work.type in (WorkType.BOOK, WorkType.THESIS, WorkType.REPORT):
        place = f"{work.place}: " if work.place else ""
        if work.publisher or work.place:
            parts.append(
                close(f"{place}{work.publisher}".strip(": "))
                if work.publisher
                else close(work.place)
            )
        if work.year is not None:
            parts.append(f"{work.year}.")
    else:
        if work.container:
            prefix = "In: " if work.type is WorkType.CHAPTER else ""
            parts.append(close(prefix + work.container))
        source = _source(work)
        if source:
            parts.append(close(source))
    if work.language == "ru" and not names.is_cyrillic(work.title):
        parts.append("(In Russ.)")
    if work.doi:
        parts.append(work.doi.url)
    elif work.url:
        parts.append(work.url)
    if work.edn:
        parts.append(f"EDN: {work.edn}")
    return join_markup([" ".join(p for p in parts if p)])
