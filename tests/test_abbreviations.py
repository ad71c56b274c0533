"""The abbreviation that closes a title keeps its full stop, in the record and in every style."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecli import abbreviations
from citecli.abbreviations import publisher_with_stop, with_abbreviation_stop
from citecli.refparse import parse_reference
from citecli.styles.apa import format_apa
from citecli.styles.bibtex import works_to_bibtex
from citecli.styles.gost import format_gost
from citecli.styles.markup import to_text
from citecli.styles.vancouver import format_vancouver


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Война и мир : в 4 т", "Война и мир : в 4 т."),
        ("Сборник науч. тр", "Сборник науч. тр."),
        ("материалы междунар. науч.-практ", "материалы междунар. науч.-практ."),
        ("Стратегия развития до 2030 г", "Стратегия развития до 2030 г."),
        ("Россия в XIX в", "Россия в XIX в."),
        ("Регионы России. 2023 : стат. сб", "Регионы России. 2023 : стат. сб."),
        ("Конкуренция : пер. с англ", "Конкуренция : пер. с англ."),
        ("Экономика (в 2 т", "Экономика (в 2 т."),
        # whole words only, and no word that is a word as well as an abbreviation
        ("Активный ил", "Активный ил"),
        ("Мост", "Мост"),
        ("Свет и тень", "Свет и тень"),
        ("Война и мир", "Война и мир"),
        ("Statistics in Russia", "Statistics in Russia"),
        ("", ""),
    ],
)
def test_the_closing_abbreviation_keeps_its_stop(text: str, expected: str) -> None:
    assert with_abbreviation_stop(text) == expected


_WHOLE_TEXT = re.compile(abbreviations._CLOSING.pattern)


@settings(max_examples=1000)
@given(st.text(alphabet="твгсбдклрчпи.-( 2Tg", max_size=30))
def test_the_bounded_search_agrees_with_a_search_of_the_whole_text(text: str) -> None:
    # the search starts a word's length from the end; its look-behind must still see before
    assert (with_abbreviation_stop(text) != text) == bool(_WHOLE_TEXT.search(text))


def test_the_record_keeps_the_stop_and_no_style_doubles_it() -> None:
    work = parse_reference(
        "Толстой Л. Н. Война и мир : роман : в 4 т. Т. 1. – Москва : Эксмо, 2019. – 300 с."
    )
    assert work.title == "Война и мир : роман : в 4 т."
    assert "title = {Война и мир : роман : в 4 т.}" in works_to_bibtex([work])
    assert "в 4 т. Эксмо." in to_text(format_apa(work))
    assert "Война и мир : роман : в 4 т. Т. 1 / Л. Н. Толстой." in to_text(format_gost(work))
    host = parse_reference("Петров П. П. Статья // Сборник науч. тр. – 2019. – С. 5–10.")
    assert host.container == "Сборник науч. тр."
    assert "// Сборник науч. тр. – 2019." in to_text(format_gost(host))


@pytest.mark.parametrize(
    ("publisher", "expected"),
    [
        ("Nauka Publ", "Nauka Publ."),
        ("Nauka Publ.", "Nauka Publ."),
        ("Springer", "Springer"),
        ("Republ", "Republ"),  # no word of its own
        ("", ""),
    ],
)
def test_publisher_with_stop(publisher: str, expected: str) -> None:
    assert publisher_with_stop(publisher) == expected


def test_a_closing_abbreviation_keeps_its_stop_inside_other_marks() -> None:
    # APA's edition and Vancouver's bracketed genre follow the title inside its sentence,
    # where no sentence's full stop puts the abbreviation's back
    book = parse_reference(
        "Иванов И. И. Экономика : учеб. – 3-е изд. – СПб. : Питер, 2020. – 350 с."
    )
    assert "Экономика: учеб. (3rd ed.)." in to_text(format_apa(book))
    thesis = parse_reference(
        "Ivanov I.I. Ekonomicheskii rost. Cand. Sci. (Econ.) diss. Moscow, 2019. 200 p."
    )
    assert "Ekonomicheskii rost [Cand. Sci. (Econ.) diss.]. Moscow; 2019." in to_text(
        format_vancouver(thesis)
    )
