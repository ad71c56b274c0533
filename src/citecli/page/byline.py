"""Authors printed under the title, as eLibrary and many OJS sites do:
"Кравченко Е.А.1, Ли Д.С.2" or "Dmitry V. Orlov¹, Anna K. Belova²", with the affiliations on
the following lines, each behind its footnote mark ("1 Новосибирский государственный …").
"""

from __future__ import annotations

import re

from citecli.model import Person
from citecli.page.names import full_name, short_name

_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# "Кравченко Е.А.1,2*" -> the name and its marks
_MARKED = re.compile(r"(?P<name>.*?[^\d\s,*])\s*(?P<marks>[\d,*]*)")
_FOOTNOTE = re.compile(r"(?P<mark>\d{1,2}|\*)\s*(?P<text>\D.*)")
_GLUED_INITIALS = re.compile(r"(?<=\.)(?=[A-ZА-ЯЁ]\.)")
#: a byline is short; longer lines are prose
_MAX_BYLINE = 400


def read_byline(line: str) -> tuple[tuple[Person, tuple[str, ...]], ...]:
    """Each author of a byline with their footnote marks; () when the line is not a byline."""
    text = " ".join(line.translate(_SUPERSCRIPTS).split())
    if not text or len(text) > _MAX_BYLINE:
        return ()
    authors: list[tuple[Person, tuple[str, ...]]] = []
    for part in re.split(r",\s+(?=\D)|\s+(?:and|и)\s+", text):
        marked = _MARKED.fullmatch(part.strip())
        if not marked:
            return ()
        name = _GLUED_INITIALS.sub(" ", marked.group("name"))
        person = short_name(name) or full_name(name)
        if person is None:
            return ()
        authors.append((person, tuple(m for m in re.split(r"[,\s]+", marked.group("marks")) if m)))
    return tuple(authors)


def footnote(line: str) -> tuple[str, str] | None:
    """("1", "Новосибирский государственный …") for a footnoted affiliation line."""
    match = _FOOTNOTE.fullmatch(" ".join(line.translate(_SUPERSCRIPTS).split()))
    return (match.group("mark"), match.group("text").strip()) if match else None


def with_affiliations(
    authors: tuple[tuple[Person, tuple[str, ...]], ...], notes: dict[str, str]
) -> tuple[Person, ...]:
    """The byline's people, each with the affiliations its marks point to (or the only one)."""
    only = next(iter(notes.values())) if len(notes) == 1 else ""
    people = []
    for person, marks in authors:
        places = [notes[m] for m in marks if m in notes] or ([only] if only else [])
        people.append(
            Person(family=person.family, given=person.given, affiliation="; ".join(places))
        )
    return tuple(people)
