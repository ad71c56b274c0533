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
        ("Достоевской", "Достоевская"),
        ("Соловьёва", "Соловьёв"),
        ("Ёлкина", "Ёлкин"),
        # a double surname, part by part
        ("Петрова-Водкина", "Петров-Водкин"),
        # no ending whose two forms map one to one: left as written ("-ского" is
        # Чайковский's and Трубецкой's), and a double surname with such a part, whole
        ("Чайковского", "Чайковского"),
        ("Трубецкого", "Трубецкого"),
        ("Римского-Корсакова", "Римского-Корсакова"),
        ("Гранберга", "Гранберга"),
        ("Толстого", "Толстого"),
        ("Ина", "Ина"),
        ("Petrova", "Petrova"),
    ],
)
def test_nominative_and_back(written: str, own: str) -> None:
    assert nominative(written) == own
    assert genitive(own) == written


_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщыьэюя"
_ENDINGS = [
    "ова",
    "ева",
    "ёва",
    "ина",
    "ына",
    "овой",
    "евой",
    "иной",
    "ской",
    "цкой",
    "ского",
    "ого",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from("АБВГДЕЁКМНПРСТ"),
            st.text(alphabet=_LETTERS, max_size=8),
            st.sampled_from([*_ENDINGS, ""]),
        ),
        min_size=1,
        max_size=2,
    )
)
def test_a_name_read_from_the_genitive_prints_back_the_same(
    parts: list[tuple[str, str, str]],
) -> None:
    # surnames built on the endings, single or double: what is changed on the way in is
    # changed back on the way out, letter for letter, so GOST prints the source's form
    family = "-".join(capital + stem + ending for capital, stem, ending in parts)
    if nominative(family) != family:
        assert genitive(nominative(family)) == family


def test_editors_in_every_style() -> None:
    work = parse_reference(
        "Экономика регионов : учеб. пособие / под общ. ред. Е. В. Кузнецовой, А. А. "
        "Соловьёва. – М. : Юрайт, 2019. – 200 с."
    )
    assert [p.family for p in work.editors] == ["Кузнецова", "Соловьёв"]
    assert "/ под общ. ред. Е. В. Кузнецовой, А. А. Соловьёва. –" in to_text(format_gost(work))
    assert to_text(format_apa(work)).startswith("Кузнецова, Е. В., & Соловьёв, А. А. (Eds.).")
    assert "editor = {Кузнецова, Е. В. and Соловьёв, А. А.}" in works_to_bibtex([work])
    # "отв. ред." takes the nominative: nothing changes
    nominal = parse_reference("Экономика / отв. ред. А. Г. Гранберг. – М. : Наука, 2019.")
    assert [p.family for p in nominal.editors] == ["Гранберг"]
    assert "/ отв. ред. А. Г. Гранберг." in to_text(format_gost(nominal))
