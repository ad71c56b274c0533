"""Person names as the styles print them: GOST headings, APA inverted names, Vancouver."""

from __future__ import annotations

from citecli.model import Person


def surname(person: Person) -> str:
    """Family name with its non-dropping particle ("van Gogh"), or an organisation's name."""
    if person.is_organisation:
        return person.literal
    return f"{person.particle} {person.family}".strip()


def inverted(person: Person, *, comma: bool = True) -> str:
    """ "Nalivkina, A. D." (GOST R 7.0.100 heading, APA) or "Nalivkina A. D." (GOST R 7.0.5)."""
    if person.is_organisation:
        return person.literal
    initials = person.initials
    name = surname(person)
    if initials:
        name = f"{name}{',' if comma else ''} {initials}"
    if person.suffix:
        name = f"{name}, {person.suffix}"
    return name


def direct(person: Person) -> str:
    """ "A. D. Nalivkina": GOST's statement of responsibility after "/"."""
    if person.is_organisation:
        return person.literal
    return f"{person.initials} {surname(person)}".strip()


def compact(person: Person) -> str:
    """ "Nalivkina A.D.": Vancouver / Elpub, initials without spaces."""
    if person.is_organisation:
        return person.literal
    return f"{surname(person)} {person.initials.replace(' ', '')}".strip()
