"""The case of Russian surnames after "под ред.": GOST writes the editors in the genitive
("под ред. А. А. Петрова", "под ред. Е. В. Кузнецовой"), while a record keeps each name in
its own form, the nominative (Петров, Кузнецова), which APA, BibTeX and reference managers
print.

Only the endings whose two forms map one to one are changed; any other name (Гранберг,
Гайдай, Толстой) is left as it is written, in whichever case that is, so a name read from
the genitive and printed into it again comes back unchanged either way.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from citecli.model import Person
from citecli.script import CYRILLIC

# (genitive, nominative) endings that map one to one, the longest first: -ова is a man's
# genitive (Петрова of Петров), a woman's is -овой (Кузнецовой of Кузнецова). A man's -ского
# does not: it is Чайковский's and Трубецкой's alike, so it is left as written.
_TO_NOMINATIVE = (
    ("ской", "ская"),
    ("цкой", "цкая"),
    ("овой", "ова"),
    ("евой", "ева"),
    ("ёвой", "ёва"),
    ("иной", "ина"),
    ("ыной", "ына"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ына", "ын"),
)
# the way back, longest first; a nominative -ский has one genitive, -ского
_TO_GENITIVE = tuple(
    sorted(
        [(n, g) for g, n in _TO_NOMINATIVE] + [("ский", "ского"), ("цкий", "цкого")],
        key=lambda pair: -len(pair[0]),
    )
)
#: the GOST roles after which the editors' names stand in the genitive, as a statement's
#: reader stores them (single spaces): "под ред.", "под общ. ред.", "под общей редакцией",
#: every pairing `citecli.refparse.statement` reads
#: the roles GOST names besides an editor's ("сост.", "предисл.", "вступ. ст. и коммент."),
#: which the statement's reader keeps with the editor's, as no field of their own
SIDE_ROLE = r"(?:сост|предисл|коммент|примеч|вступ\.\s+ст|подгот\.\s+текста)\."
GENITIVE_ROLE = re.compile(
    r"(?:под (?:(?:общ|науч)\. |(?:общей|научной) )?(?:ред\.|редакцией)|общ\. ред\.)"
    # (with the roles named after the editor's: "общ. ред., сост. и предисл.")
    rf"(?:,?\s(?:и\s)?{SIDE_ROLE})*"
)


def editors_in_case(
    editors: tuple[Person, ...], role: str, case: Callable[[str], str]
) -> tuple[Person, ...]:
    """`editors` with their family names put in `case` (`nominative` or `genitive`) after a
    role that governs the genitive ("под ред. А. А. Петрова"); after any other, as given."""
    # (nearly every work names no editors, whose role need not be read)
    if not editors or not GENITIVE_ROLE.fullmatch(role):
        return editors
    return tuple(dataclasses.replace(person, family=case(person.family)) for person in editors)


def nominative(family: str) -> str:
    """ "Петрова" (after "под ред.") -> "Петров", "Кузнецовой" -> "Кузнецова"."""
    return _each_part(family, _TO_NOMINATIVE)


def genitive(family: str) -> str:
    """ "Петров" -> "Петрова", "Кузнецова" -> "Кузнецовой", "Гранберг" -> "Гранберг"."""
    return _each_part(family, _TO_GENITIVE)


def _each_part(family: str, endings: tuple[tuple[str, str], ...]) -> str:
    """Every part of a double surname changed ("Петрова-Водкина" -> "Петров-Водкин"), or
    none ("Римского-Корсакова" stays: its first part's ending is not certain)."""
    parts = family.split("-")
    changed = [_changed(part, endings) for part in parts]
    if any(new == part for new, part in zip(changed, parts, strict=True)):
        return family
    return "-".join(changed)


def _changed(part: str, endings: tuple[tuple[str, str], ...]) -> str:
    for old, new in endings:
        if _declinable(part, old):
            return part[: -len(old)] + new
    return part


def _declinable(family: str, ending: str) -> bool:
    # a stem of two letters at least before the ending ("Ина" is no "-ина" surname), and
    # Cyrillic: a transliterated "Petrova" keeps its form
    return (
        family.endswith(ending)
        and len(family) > len(ending) + 1
        and CYRILLIC.match(family) is not None
    )
