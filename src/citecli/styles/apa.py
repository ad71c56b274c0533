"""APA 7 references: authors, (year), title in sentence case, italic source, DOI as a URL.

Rules (Publication Manual 7th ed., chapter 9, as distilled in formatting.md §2): up to 20
authors with "&" before the last; 21 or more: the first 19, ". . .", the last. Journal titles in
title case, journal and volume italic, issue in parentheses, en dash in page ranges, DOI as
https://doi.org/…, no final period after a DOI or URL. A translated title goes in square
brackets after the original one.
"""

from __future__ import annotations

import dataclasses
import re

from citecli import months
from citecli.model import Person, Work, WorkType
from citecli.script import has_cyrillic
from citecli.styles import names
from citecli.styles.case import (
    SMALL_WORDS,
    TRANSLITERATED_SMALL_WORDS,
    sentence_case,
    title_case,
)
from citecli.styles.markup import Markup, Run, italic, join_markup
from citecli.styles.text import (
    bare_title,
    close,
    edition_statement,
    page_range,
    patent_kind_in_english,
)

MAX_LISTED = 20
_SPACES = re.compile(" {2,}")


def _apa_name(person: Person) -> str:
    # APA 7 writes "Jr." and "Sr." with their full stop; Vancouver lists drop it ("Wright JT Jr")
    if person.suffix in ("Jr", "Sr"):
        person = dataclasses.replace(person, suffix=f"{person.suffix}.")
    return names.inverted(person)


def author_list(authors: tuple[Person, ...], et_al: bool = False) -> str:
    written = [_apa_name(p) for p in authors]
    if len(written) > MAX_LISTED:
        return ", ".join(written[: MAX_LISTED - 1]) + ", . . . " + written[-1]
    if et_al:
        return ", ".join(written) + ", et al."
    if len(written) <= 1:
        return "".join(written)
    if len(written) == 2:
        return f"{written[0]}, & {written[1]}"
    return ", ".join(written[:-1]) + ", & " + written[-1]


def _title(work: Work) -> str:
    # GOST's " : " before other title information is APA's ": "
    title = bare_title(work.title).replace(" : ", ": ")
    # sentence case is an English rule; Russian titles are already in Russian sentence case
    if not has_cyrillic(title):
        title = sentence_case(title)
    if work.translated_title:
        title += f" [{sentence_case(work.translated_title.strip('[]. '))}]"
    return title


def _journal(work: Work) -> str:
    # like citeproc-js with apa.csl: title case only for English-language records, and for
    # the English (or transliterated) name a Russian article's "References" entry gives its
    # journal ("Economics: strategy and practice", "(In Russ.)")
    if work.language in ("", "en"):
        return title_case(work.container)
    if work.language == "ru" and not has_cyrillic(work.container):
        return title_case(work.container, small=SMALL_WORDS | TRANSLITERATED_SMALL_WORDS)
    return work.container


def _link(work: Work) -> str:
    if work.doi:
        return work.doi.url
    return work.url


def _periodical(work: Work) -> list[Run | str]:
    if not work.container:
        return []
    parts: list[Run | str] = [italic(_journal(work))]
    if work.volume:
        parts += [", ", italic(work.volume)]
    if work.issue:
        parts.append(f"({work.issue})" if work.volume else f", ({work.issue})")
    if work.pages:
        parts.append(f", {page_range(work.pages)}")
    elif work.article_number:
        parts.append(f", Article {work.article_number}")
    parts.append(".")
    return parts


def _publisher(work: Work) -> str:
    return close(work.publisher) if work.publisher else ""


Parts = list[Run | str]


def format_apa(work: Work) -> Markup:
    """`Authors. (Year). Title. Source. Link`; without authors `Title. (Year). Source. Link`."""
    authors = author_list(work.authors, work.et_al)
    if not authors and work.editors and work.type is not WorkType.CHAPTER:
        # an edited book: the editors take the author position, "(Ed.)" / "(Eds.)"
        label = "(Ed.)" if len(work.editors) == 1 else "(Eds.)"
        authors = f"{author_list(work.editors)} {label}"
    year = f"({_date(work)})." if work.year is not None else "(n.d.)."
    title, source = _title_and_source(work)
    if authors:
        parts: Parts = [close(authors), " ", year, " ", *title, " ", *source]
    else:  # the title moves to the author position
        parts = [*title, " ", year, " ", *source]
    link = _link(work)
    if link:
        parts.append(" " + link)
    return _tidy(join_markup(parts))


# the types APA 7 dates with their month and day where known (§9.14, §10.2's newspaper and
# magazine articles, §10.16's webpages); a journal's article with a volume or an issue, a
# book, a chapter, a thesis, a report keep the year alone
_DATED_TYPES = (WorkType.ARTICLE, WorkType.WEBPAGE, WorkType.DOCUMENT)


def _date(work: Work) -> str:
    """ "2020", "2020, March", "2020, March 5"."""
    dated = work.type in _DATED_TYPES and not (
        work.type is WorkType.ARTICLE and (work.volume or work.issue)
    )
    if not dated or work.month is None:
        return str(work.year)
    text = f"{work.year}, {months.ENGLISH[work.month - 1]}"
    return f"{text} {work.day}" if work.day is not None else text


def _title_and_source(work: Work) -> tuple[Parts, Parts]:
    """The title element (with its closing period) and what follows it, by type."""
    title = _title(work)
    kind = work.type
    # the title's own closing mark ends the element: "*Война и мир: в 4 т.*", "*Why?*"
    stop = "" if title[-1:] in ".?!" else "."
    if kind in (WorkType.BOOK, WorkType.REPORT):
        edition = f" ({_edition(work)})." if work.edition else stop
        return [italic(title), edition], [_publisher(work)]
    if kind is WorkType.STANDARD:
        # as a report with its number (APA 7 §10.4): "Title (5th ed., ISO 9001:2015)."
        numbers = ", ".join(d for d in (_edition(work), work.designation) if d)
        return [italic(title), f" ({numbers})." if numbers else stop], [_publisher(work)]
    if kind is WorkType.PATENT:
        # APA 7's legal references (chapter 11): "Title (U.S. Patent No. 1,234,567). Office."
        office = f"{work.authority} " if work.authority else ""
        named = patent_kind_in_english(work.genre)  # "Inventor's Certificate No. 1007970"
        return [italic(title), f" ({office}{named} No. {work.designation})."], [_publisher(work)]
    if kind is WorkType.THESIS:
        where = f", {work.publisher}" if work.publisher else ""
        return [italic(title), f" [{work.genre or 'Thesis'}{where}]."], []
    if kind is WorkType.CHAPTER:
        source: Parts = ["In "]
        if work.editors:
            label = "(Ed.)" if len(work.editors) == 1 else "(Eds.)"
            editors = [f"{p.initials} {names.surname(p)}".strip() for p in work.editors]
            source.append(_and_join(editors) + f" {label}, ")
        source.append(italic(work.container))
        details = [_edition(work), f"pp. {page_range(work.pages)}" if work.pages else ""]
        shown = ", ".join(d for d in details if d)
        source += [f" ({shown})." if shown else ".", " " + _publisher(work)]
        return [close(title)], source
    if kind in (WorkType.WEBPAGE, WorkType.LAW, WorkType.DOCUMENT, WorkType.DATASET):
        # the site name is left out when it is the author
        site_is_author = any(p.literal == work.container for p in work.authors)
        site = close(work.container) if work.container and not site_is_author else ""
        return [italic(title), "."], [site]
    if work.archival:
        # APA 7's archival documents: "Title [Description]. (Year). Archive (location)." An
        # untitled file is described in brackets instead (§9.21)
        described = f"{title} [Archival document]." if title else "[Archival file]."
        archive = work.archive
        if work.archive_location:  # (as written: "Л. 4–5 об." keeps its full stop)
            location = work.archive_location
            archive = f"{archive} ({location})" if archive else location
        return [described], [close(archive)] if archive else []
    if kind is WorkType.PREPRINT:
        return [title + " [Preprint]."], [close(work.container)]
    return [close(title)], _periodical(work)


def _edition(work: Work) -> str:
    return edition_statement(work.edition, russian=False) if work.edition else ""


def _and_join(items: list[str]) -> str:
    if len(items) <= 2:
        return " & ".join(items)
    return ", ".join(items[:-1]) + ", & " + items[-1]


def _tidy(markup: Markup) -> Markup:
    """Collapse the double spaces that empty elements leave and trim the ends."""
    runs = [Run(_SPACES.sub(" ", r.text), r.italic) for r in markup]
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].italic)
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].italic)
    return join_markup(runs)
