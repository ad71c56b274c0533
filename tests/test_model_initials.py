"""Initials of given names as every style prints them (`citecli.model.initials_of`)."""

from __future__ import annotations

import pytest

from citecli.model import Person, initials_of
from citecli.styles import names
from timing import scales_linearly


@pytest.mark.parametrize(
    ("given", "initials"),
    [
        ("Alena D.", "A. D."),
        ("A.D.", "A. D."),
        ("Jean-Paul", "J.-P."),
        ("J.-P.", "J.-P."),  # not "J. P.": the hyphen is the name's
        ("J.-P. A.", "J.-P. A."),
        # Vancouver writes initials without full stops; each capital is one
        ("JT", "J. T."),
        ("AO", "A. O."),
        ("ИИ", "И. И."),
        ("ABC", "A. B. C."),
        # and transliterated Russian names have two-letter initials
        ("ZhD", "Zh. D."),
        ("YuV", "Yu. V."),
        ("A. Yu.", "A. Yu."),  # as Russian journals' English lists write them
        ("Zh.D.", "Zh. D."),
        ("Dzh. Yu.", "Dzh. Yu."),
        ("Дж. М.", "Дж. М."),
        # names, not clusters
        ("Jo", "J."),
        ("JOHN", "J."),
        ("ChewLim", "C."),
        ("", ""),
    ],
)
def test_initials_of(given: str, initials: str) -> None:
    assert initials_of(given) == initials


def test_a_family_name_in_capitals_has_its_given_names_in_capitals() -> None:
    assert Person(family="LEE", given="ANN").initials == "A."


def test_initials_take_linear_time() -> None:
    # a hyphen group re-joined on every part took 2.3 s at 200,000 parts
    assert scales_linearly(initials_of, "J.-" * 25_000, "J.-" * 200_000)


def test_vancouver_initials_survive_into_every_style() -> None:
    # "Kobalava ZhD, Konradi AO": APA, GOST and Vancouver printed "Z." and "A."
    person = Person(family="Kobalava", given="ZhD")
    assert names.inverted(person) == "Kobalava, Zh. D."
    assert names.direct(person) == "Zh. D. Kobalava"
    assert names.compact(person) == "Kobalava Zh.D."
