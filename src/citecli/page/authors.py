"""The "About the authors" block: who wrote the article, where they work, how to reach them.

Elpub/NEICON sites print each author as a short name (often glued to the country when copied:
"A. NalivkinaRussian Federation"), then the full name with the position and affiliation
("Alena D. Nalivkina, Postgraduate Student of …"), a city line, and e-mail / ORCID lines.
OJS sites print the full name and the affiliation on separate lines. A new author starts at a
name line that does not complete the current author's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citecli.model import Person
from citecli.page.names import full_name, is_city, same_person, short_name, split_country

# starts only where a word starts, so a long run of letters is scanned once
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: longer lines are prose (an affiliation, a biography): not searched for names and countries
_MAX_NAME_LINE = 300
_ORCID = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
_LABEL_ONLY = re.compile(
    r"\s*(?:e-?mail|эл\.?\s*почта|электронная почта|orcid|researcher\s?id|scopus\s?id|spin"
    r"|author\s?id)\b[^\w]*",
    re.IGNORECASE,
)
# "Alena D. Nalivkina, Postgraduate Student …" / "Иванов Иван Иванович — доктор наук, …"
_NAME_THEN_TEXT = re.compile(r"(?P<name>[^,—–]{3,60}?)\s*(?:,|\s[—–-])\s*(?P<text>.+)")


@dataclass(slots=True)
class _Draft:
    """An author being read; becomes a frozen `Person`."""

    short: Person | None = None
    full: Person | None = None
    lines: list[str] = field(default_factory=list)
    city: str = ""
    country: str = ""
    email: str = ""
    orcid: str = ""

    @property
    def named(self) -> bool:
        return self.short is not None or self.full is not None

    def person(self) -> Person:
        name = self.full or self.short or Person()
        return Person(
            family=name.family,
            given=name.given,
            affiliation="; ".join(self.lines),
            city=self.city,
            country=self.country,
            email=self.email,
            orcid=self.orcid,
        )


def read_authors(lines: list[str], *, families: tuple[str, ...] = ()) -> tuple[Person, ...]:
    """The authors of an author block; `families` are family names known from elsewhere on the
    page (the "For citations" line), which tell the family name in a full name."""
    drafts: list[_Draft] = []
    draft = _Draft()
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if _take_contact(draft, line):
            continue
        if len(line) > _MAX_NAME_LINE:
            draft.lines.append(line)
            continue
        name_part, country = split_country(line)
        if not name_part or is_city(name_part):
            draft.country = draft.country or country
            draft.city = draft.city or name_part
            continue
        short = short_name(name_part)
        if short:
            if draft.named:
                drafts.append(draft)
                draft = _Draft()
            draft.short, draft.country = short, country or draft.country
            continue
        known = (draft.short.family, *families) if draft.short else families
        named = _name_line(name_part, known)
        if named:
            person, text = named
            if draft.full or (draft.short and not same_person(draft.short, person)):
                drafts.append(draft)
                draft = _Draft()
            draft.full = person
            draft.country = country or draft.country
            if text:
                draft.lines.append(text)
        else:
            draft.country = draft.country or country
            draft.lines.append(name_part)
    if draft.named:
        drafts.append(draft)
    return tuple(d.person() for d in drafts)


def _take_contact(draft: _Draft, line: str) -> bool:
    """Read an e-mail or ORCID line into `draft`; False when the line is something else."""
    email, orcid = _EMAIL.search(line), _ORCID.search(line)
    if not email and not orcid:
        return False
    if email and not draft.email:
        draft.email = email.group()
    if orcid and not draft.orcid:
        draft.orcid = orcid.group()
    rest = _EMAIL.sub("", _ORCID.sub("", line))
    rest = re.sub(r"https?://(?:www\.)?orcid\.org/?", "", rest)
    return not _LABEL_ONLY.sub("", rest).strip(" ,;:()")


def _name_line(line: str, families: tuple[str, ...]) -> tuple[Person, str] | None:
    person = full_name(line, families=families)
    if person:
        return person, ""
    match = _NAME_THEN_TEXT.fullmatch(line)
    if match:
        person = full_name(match.group("name"), families=families)
        if person:
            return person, match.group("text").strip()
    return None
