"""What the reference parser still reads wrong, written as the right answers.

Each row is a strict expected failure: it documents a known gap (see the README's "Accuracy
and speed") and starts failing, as a reminder to move it into the passing tables, the day
a change reads it right.
"""

from __future__ import annotations

import pytest

from citecli.refparse import parse_reference
from refparse_helpers import observed

# (reference, expected fields, why it fails today)
GAPS: list[tuple[str, dict[str, object], str]] = [
    (
        "Freed, S. (1985). Abrégé. (A. Berman, Trans.). Paris, France : PUF. (Original work "
        "published 1938).",
        {"place": "Paris, France", "publisher": "PUF"},
        "a country after the city is read as the start of the publisher",
    ),
    (
        "Hall, A. The Monastic Theology (tr. Columban Heaney), Shannon: Irish UP, 1969.",
        {"title": "The Monastic Theology"},
        "a translator in brackets is cut only when it closes the title",
    ),
    (
        "Benedict Andersen, Imagined Communities (1991), pages 9-65.",
        {"authors": ["Andersen Benedict"]},
        "a two-word title before a year reads as a second name",
    ),
    (
        "Morton, Michael S. Scott. Interactive Display Systems. Management Review, 9, 70-81.",
        {"authors": ["Morton Michael S. Scott"], "title": "Interactive Display Systems"},
        "a given name after a middle initial ends the name too early",
    ),
    (
        "Delanty Gerard, Models of citizenship, Citizenship Studies, vol. 1, n. 3, 1997",
        {"authors": ["Delanty Gerard"], "title": "Models of citizenship"},
        "family-first full names without initials are not read",
    ),
    (
        "Stewart III, Charles and Mary Smith (1999). Title of the paper. Journal of X, 3, 1-5.",
        {"title": "Title of the paper"},
        "a suffix before the given name reads as Vancouver initials",
    ),
    (
        "Stepanov V.G. Machine learning methods. Herald of the Bauman Moscow State Technical "
        "University. Series Instrument Engineering, 2020, no. 3, pp. 4-20. (In Russ.)",
        {"title": "Machine learning methods"},
        "a journal's English name written in sentences is told from the title only when "
        "transliterated",
    ),
    (
        "Петров П. П. Патентная защита // Patent 2020 : сб. тр. конф. – М., 2020. – С. 5–9.",
        {"container": "Patent 2020 : сб. тр. конф."},
        'a year inside a collection\'s name after "//" ends the name there',
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason=why)) for t, e, why in GAPS],
)
def test_known_gap(text: str, expected: dict[str, object]) -> None:
    assert observed(parse_reference(text), expected) == expected
