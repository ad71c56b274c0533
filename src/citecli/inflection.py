"""The case of Russian surnames after "под ред.": GOST writes the editors in the genitive
("под ред. А. А. Петрова", "под ред. Е. В. Кузнецовой"), while a record keeps each name in
its own form, the nominative (Петров, Кузнецова), which APA, BibTeX and reference managers
print.

Only the endings whose two forms map one to one are changed; any other name (Гранберг,
Гайдай, Толстой) is left as it is written, in whichever case that is, so a name read from
the genitive and printed into it again comes back unchanged either way.
"""

from __future__ import annotations

# (genitive, nominative) endings, the longest first: -ова is a man's genitive (Петрова of
# Петров), a woman's is -овой (Кузнецовой of Кузнецова)
_ENDINGS = (
    ("ского", "ский"),
    ("цкого", "цкий"),
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
# the nominative endings, longest first, for the way back
_BACK = tuple(sorted(((n, g) for g, n in _ENDINGS), key=lambda pair: -len(pair[0])))
#: the GOST roles after which the editors' names stand in the genitive
GENITIVE_ROLES = ("под ред.", "под общ. ред.", "под науч. ред.")


def nominative(family: str) -> str:
    """ "Петрова" (after "под ред.") -> "Петров", "Кузнецовой" -> "Кузнецова"."""
    for genitive_ending, nominative_ending in _ENDINGS:
        if _declinable(family, genitive_ending):
            return family[: -len(genitive_ending)] + nominative_ending
    return family


def genitive(family: str) -> str:
    """ "Петров" -> "Петрова", "Кузнецова" -> "Кузнецовой", "Гранберг" -> "Гранберг"."""
    for nominative_ending, genitive_ending in _BACK:
        if _declinable(family, nominative_ending):
            return family[: -len(nominative_ending)] + genitive_ending
    return family


def _declinable(family: str, ending: str) -> bool:
    # a stem of two letters at least before the ending ("Ина" is no "-ина" surname), and
    # Cyrillic: a transliterated "Petrova" keeps its form
    return (
        family.endswith(ending)
        and len(family) > len(ending) + 1
        and "а" <= family[0].lower() <= "я"
    )
