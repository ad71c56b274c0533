"""Russian surnames after "под ред.": read into the nominative, printed back in the genitive."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecli.inflection import genitive, nominative
from citecli.refparse import parse_reference
from citecli.styles.apa import format_apa
from citecli.styles.bibtex import works_to_bibtex
from citecli.styles.gost import format_gost
from citecli.styles.markup import to_text


@pytest.mark.parametrize(
    ("written", "own"),
    [
        ("Петрова", "Петров"),  # a man: a woman's genitive is "Петровой"
        ("Кузнецовой", "Кузнецова"),
        ("Ильина", "Ильин"),
        ("Чайковского", "Чайковский"),
        ("Достоевской", "Достоевская"),
        ("Соловьёва", "Соловьёв"),
        ("Вяземского", "Вяземский"),
        # no ending whose two forms map one to one: left as written
        ("Гранберга", "Гранберга"),
        ("Толстого", "Толстого"),
        ("Ина", "Ина"),
        ("Petrova", "Petrova"),
    ],
)
def test_nominative_and_back(written: str, own: str) -> None:
    assert nominative(written) == own
    assert genitive(own) == written


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыьэюяАБВГДЕКМНПРСТ", max_size=12))
def test_a_name_read_from_the_genitive_prints_back_the_same(family: str) -> None:
    # what is changed on the way in is changed back on the way out, letter for letter
    if nominative(family) != family:
        assert genitive(nominative(family)) == family
    if genitive(family) != family:
        assert nominative(genitive(family)) == family


def test_editors_in_every_style() -> None:
    work = parse_reference(
        "Экономика регионов : учеб. пособие / под общ. ред. Е. В. Кузнецовой, А. А. "
        "Чайковского. – М. : Юрайт, 2019. – 200 с."
    )
    assert [p.family for p in work.editors] == ["Кузнецова", "Чайковский"]
    assert "/ под общ. ред. Е. В. Кузнецовой, А. А. Чайковского. –" in to_text(format_gost(work))
    assert to_text(format_apa(work)).startswith("Кузнецова, Е. В., & Чайковский, А. А. (Eds.).")
    assert "editor = {Кузнецова, Е. В. and Чайковский, А. А.}" in works_to_bibtex([work])
    # "отв. ред." takes the nominative: nothing changes
    nominal = parse_reference("Экономика / отв. ред. А. Г. Гранберг. – М. : Наука, 2019.")
    assert [p.family for p in nominal.editors] == ["Гранберг"]
    assert "/ отв. ред. А. Г. Гранберг." in to_text(format_gost(nominal))
