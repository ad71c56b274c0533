"""The "For citations:" / "Для цитирования:" line: the journal's own reference to the article.

It is parsed like any reference (Elpub writes it Vancouver-like: "Nalivkina A. Title.
Administrative Consulting. 2025;(3):148-159. (In Russ.) EDN: PHCYCH") and gives the journal,
year, volume, issue, pages and language; its initialled authors are completed from the
author block ("Nalivkina A." + "Alena D. Nalivkina").
"""

from __future__ import annotations

import dataclasses

from citecli.model import Person
from citecli.page.names import same_person
from citecli.page.sections import Section


def citation_text(section: Section) -> tuple[str, int]:
    """The citation as one line (wrapped lines joined, up to a blank line) and its 1-based line."""
    lines: list[str] = []
    first = section.line
    for index, text in section.body:
        if not text.strip():
            if lines:
                break
            continue
        if not lines:
            first = index
        lines.append(" ".join(text.split()))
    return " ".join(lines), first + 1


def merge_authors(cited: tuple[Person, ...], listed: tuple[Person, ...]) -> tuple[Person, ...]:
    """The cited authors in their order, each completed from the listed author it matches.

    Listed authors the citation leaves out (an "et al." citation) follow; when no name matches
    at all (the block is in another script than the citation), the listed authors are kept.
    """
    if not cited:
        return listed
    used: set[int] = set()
    merged: list[Person] = []
    for person in cited:
        match = next(
            (i for i, full in enumerate(listed) if i not in used and same_person(person, full)),
            None,
        )
        if match is None:
            merged.append(person)
            continue
        used.add(match)
        full = listed[match]
        merged.append(full if len(full.given) >= len(person.given) else _contact(full, person))
    if listed and not used:
        return listed
    return (*merged, *(p for i, p in enumerate(listed) if i not in used))


def _contact(full: Person, name: Person) -> Person:
    """`name`'s spelling with `full`'s affiliation and contacts."""
    return dataclasses.replace(
        full, family=name.family, given=name.given, particle=name.particle, suffix=name.suffix
    )
