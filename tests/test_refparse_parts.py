"""The parts on their own: author lists, page ranges, access dates, numbering, the "N" rule."""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecli.model import Person
from citecli.refparse import parse_reference
from citecli.refparse.dates import cut_access_date
from citecli.refparse.locators import expand_pages
from citecli.refparse.names import read_authors
from citecli.refparse.text import (
    _AREA_DASH_GLUED,
    _AREA_DASH_GLUED_MARKS,
    _OTHER_DIGIT,
    LOWER,
    UPPER,
    dashes_to_hyphens,
    has_any,
    normalise,
    single_spaced,
    split_number,
)

# (text, expected people as (family, given, particle) or literal, et al., text left after)
NAMES: list[tuple[str, list[tuple[str, str, str]], bool, str]] = [
    (
        "Alimbaev A. A., Bitenova B. S. Digital economy",
        [("Alimbaev", "A. A.", ""), ("Bitenova", "B. S.", "")],
        False,
        " Digital economy",
    ),
    (
        "Gusev A. V. Prospects of neural networks",
        [("Gusev", "A. V.", "")],
        False,
        " Prospects of neural networks",
    ),
    (
        "Denisov E. I. Robots, artificial intelligence",
        [("Denisov", "E. I.", "")],
        False,
        " Robots, artificial intelligence",
    ),
    ("Smith AB, Jones CD. Title", [("Smith", "AB", ""), ("Jones", "CD", "")], False, ". Title"),
    (  # an English name in a Russian list: "Дж." is one initial
        "Стиглиц Дж. Ю., Уолш К. Экономика",
        [("Стиглиц", "Дж. Ю.", ""), ("Уолш", "К.", "")],
        False,
        " Экономика",
    ),
    (  # and the same initial transliterated
        "Stiglits Dzh. Yu., Uolsh K. Ekonomika",
        [("Stiglits", "Dzh. Yu.", ""), ("Uolsh", "K.", "")],
        False,
        " Ekonomika",
    ),
    (
        "A. B. Smith and C. Jones, “Title,”",
        [("Smith", "A. B.", ""), ("Jones", "C.", "")],
        False,
        ", “Title,”",
    ),
    (
        "Romero, C., Paunesku, D., & Dweck, C. (2011).",
        [("Romero", "C.", ""), ("Paunesku", "D.", ""), ("Dweck", "C.", "")],
        False,
        " (2011).",
    ),
    (
        "Muggleton, S., & De Raedt, L. (1994).",
        [("Muggleton", "S.", ""), ("Raedt", "L.", "De")],
        False,
        " (1994).",
    ),
    (
        "Kuehnel A., de Waroux O. L. Event-based",
        [("Kuehnel", "A.", ""), ("Waroux", "O. L.", "de")],
        False,
        " Event-based",
    ),
    (
        "Smith J, Le Polain de Waroux O. Title",
        [("Smith", "J", ""), ("Waroux", "O.", "Le Polain de")],
        False,
        " Title",
    ),
    (
        "Eric J. Rossetter, Joshua P. Switkes, and J. Christian Gerdes. Experimental",
        [
            ("Rossetter", "Eric J.", ""),
            ("Switkes", "Joshua P.", ""),
            ("Gerdes", "J. Christian", ""),
        ],
        False,
        ". Experimental",
    ),
    (
        "Weiss, Susan Forscher and Ichiro Fujinaga. “Digital",
        [("Weiss", "Susan Forscher", ""), ("Fujinaga", "Ichiro", "")],
        False,
        ". “Digital",
    ),
    (
        "Harrison F.A. et al. 2005, Experimental Astronomy",
        [("Harrison", "F.A.", "")],
        True,
        " 2005, Experimental Astronomy",
    ),
    (
        "Иванов И. И., Петров П. П. и др. Заглавие",
        [("Иванов", "И. И.", ""), ("Петров", "П. П.", "")],
        True,
        " Заглавие",
    ),
    ("Vilovatykh Yu. V. Artificial", [("Vilovatykh", "Yu. V.", "")], False, " Artificial"),
    ("Béland, J-P. (2006).", [("Béland", "J-P.", "")], False, " (2006)."),
]


@pytest.mark.parametrize(("text", "people", "et_al", "left"), NAMES, ids=[n[0][:30] for n in NAMES])
def test_author_lists(
    text: str, people: list[tuple[str, str, str]], et_al: bool, left: str
) -> None:
    names = read_authors(text)
    assert [(p.family, p.given, p.particle) for p in names.people] == people
    assert names.et_al is et_al
    assert text[names.end :] == left


def test_organisation_as_author() -> None:
    names = read_authors("World Health Organization. (2019). Report on diabetes.")
    assert names.people == (Person(literal="World Health Organization"),)


def test_suffix_is_kept() -> None:
    [person] = read_authors("Guerney, Jr., B. G. (2001). Title").people
    assert (person.family, person.suffix, person.given) == ("Guerney", "Jr.", "B. G.")


@pytest.mark.parametrize(
    ("written", "pages"),
    [
        ("57–69", "57-69"),
        ("2603-15", "2603-2615"),
        ("573–77", "573-577"),
        ("398", "398"),
        ("e12 – e20", "e12-e20"),
        ("1 - 2", "1-2"),
    ],
)
def test_expand_pages(written: str, pages: str) -> None:
    assert expand_pages(written) == pages


def _cleaned(pages: str) -> str:
    """The clean-up expand_pages did to every value before its cheap test."""
    return re.sub(r"-+", "-", re.sub(r"\s+", "", dashes_to_hyphens(pages)).replace("?", "-"))


@given(st.text(alphabet="0123456789 -–—?Se\t", max_size=14))
def test_expand_pages_skips_only_a_clean_up_that_changes_nothing(written: str) -> None:
    # a value cleaned first needs no clean-up: whatever the cheap test skipped must not differ
    assert expand_pages(written) == expand_pages(_cleaned(written))


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        ("URL: https://x.ru (date of access: 24.03.2025).", date(2025, 3, 24)),
        ("URL: https://x.ru (дата обращения: 24.03.2025).", date(2025, 3, 24)),
        ("URL: https://x.ru (date of the address: 24.03.2025).", date(2025, 3, 24)),
        ("Available at: https://x.org. Accessed March 3, 2020.", date(2020, 3, 3)),
        ("[Accessed 3 Mar 2020]", date(2020, 3, 3)),
        ("[Accessed: 19-Oct-2017].", date(2017, 10, 19)),
        ("Retrieved March 3, 2020, from https://x.org", date(2020, 3, 3)),
        ("(accessed 2020-03-03)", date(2020, 3, 3)),
        ("(accessed 31.02.2020)", None),  # no such day: the label is still cut
    ],
)
def test_access_dates(text: str, accessed: date | None) -> None:
    found, rest = cut_access_date(text)
    assert found == accessed
    assert "2020" not in rest and "2025" not in rest and "2017" not in rest


def test_access_date_is_never_the_year() -> None:
    work = parse_reference("Doe J. Page title. URL: https://x.org (date of access: 24.03.2025).")
    assert work.year is None and work.accessed == date(2025, 3, 24)
    assert [d.message for d in work.diagnostics] == ["no year found"]


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [
        ("1. Smith", 1, "Smith"),
        ("[12] Smith", 12, "Smith"),
        ("3) Smith", 3, "Smith"),
        ("(32) Lee", 32, "Lee"),
        ("16 Kelly", 16, "Kelly"),
        ("[Allison2006] G. Allison", None, "G. Allison"),
        ("2019. Title", None, "2019. Title"),
        ("Smith", None, "Smith"),
    ],
)
def test_leading_number(text: str, number: int | None, rest: str) -> None:
    assert split_number(text) == (number, rest)


def test_number_argument_wins_over_the_written_one() -> None:
    assert parse_reference("7. Smith J. Title. Nature. 2020;1:1-2.", number=3).number == 3


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("infor- mation retrieval", "information retrieval"),
        ("low- and middle-income", "low- and middle-income"),
        ("self- reported", "self-reported"),  # a compound's own hyphen: see test_hyphenation
        ("Социально- экономическое", "Социально-экономическое"),
        ("эконо- мика", "экономика"),
        ("Title.. Journal,, 2018", "Title. Journal, 2018"),
        ("Vol.14.N1", "Vol. 14. N 1"),
        ("analysis.Ekonomicheskii zhurnal", "analysis. Ekonomicheskii zhurnal"),
        ("НГУЭУ.2021.№ 2", "НГУЭУ. 2021. № 2"),
        # GOST's area dash and "//" copied without their spaces
        ("практика.-2015.-№ 12.-С.45-53.", "практика. 2015. № 12. С. 45-53."),
        ("Журнал. -2021. -№ 3. -С. 5-9.", "Журнал. 2021. № 3. С. 5-9."),
        ("бизнеса.-М.:Финансы", "бизнеса. М.:Финансы"),
        ("самозанятых//Юрист.2020.№7", "самозанятых // Юрист. 2020. № 7"),
        # after a one-letter word too ("Серия Б.", "Phys. Rev. B.", an author's initial)
        ("Серия Б.-2019.-№ 2.-С. 45-53.", "Серия Б. 2019. № 2. С. 45-53."),
        ("Петров П.П.-М.: Наука, 2010.-200 с.", "Петров П.П. М.: Наука, 2010. 200 с."),
        # but not a hyphenated initial, an abbreviation's hyphen or a link's slashes
        ("Сартр Ж.-П. Бытие", "Сартр Ж.-П. Бытие"),
        ("– С.-Пб. : Наука", "– С.-Пб. : Наука"),
        ("https://site.org//Docs/a", "https://site.org//Docs/a"),
        ("Robert, P.-Ch. 1878", "Robert, P.-Ch. 1878"),
        ("http://site.ru/a.-2019.pdf", "http://site.ru/a.-2019.pdf"),
        ("doi:10.1000/j.abc.-2019.12", "doi:10.1000/j.abc.-2019.12"),
        # links, DOIs and dotted names keep their full stops
        ("www.ConsultantPlus.ru (accessed", "www.ConsultantPlus.ru (accessed"),
        ("doi:10.5281/zenodo.2021.", "doi:10.5281/zenodo.2021."),
        ("https://example.org/report.2021, accessed", "https://example.org/report.2021, accessed"),
        ("IEEE J.Select.Areas Commun.", "IEEE J.Select.Areas Commun."),
        ("Вестник НГУЭУ.2021.№ 2.С.108-120.", "Вестник НГУЭУ. 2021. № 2.С. 108-120."),
        ("doi:10.1016/j.econ.2019.118", "doi:10.1016/j.econ.2019.118"),
        ("Финансы и кредит.2018.Т.24,№5.С.1030", "Финансы и кредит. 2018.Т. 24,№ 5.С. 1030"),
        ("Модели экономичес\u00adкого роста", "Модели экономического роста"),
        (
            "Labour market analysis.Ekonomicheskii zhurnal",
            "Labour market analysis. Ekonomicheskii zhurnal",
        ),
        ("https://example.org/report.Final", "https://example.org/report.Final"),
        ("a\n  b\tc", "a b c"),
        ("Т. ５, № ３. С. １０–２０", "Т. 5, № 3. С. 10–20"),  # fullwidth digits
        ("2019;14(1):57-69 ٢٠١٩", "2019;14(1):57-69 2019"),  # Arabic-Indic
        # a link's address stays as written (also once a broken one is joined), a DOI's not
        (
            "٢٠١٩. URL: https://fa.wikipedia.org/wiki/۱۳۵۷",
            "2019. URL: https://fa.wikipedia.org/wiki/۱۳۵۷",
        ),
        ("URL: http://www. site۱.ru ١٢", "URL: http://www.site۱.ru 12"),
        ("doi:10.1016/s0140-6736(２１)01330-1", "doi:10.1016/s0140-6736(21)01330-1"),
        ("https://doi.org/١٠.١٠١٦/x", "https://doi.org/10.1016/x"),
        # dates, issues and pages written with a "/" are no links
        ("Accessed １２/０３/２０２０", "Accessed 12/03/2020"),
        ("№ ３/４", "№ 3/4"),
    ],
)
def test_normalise(raw: str, clean: str) -> None:
    assert normalise(raw) == clean


@pytest.mark.parametrize("space", ["", " "])
@pytest.mark.parametrize("dash", ["-", "–", "—"])
@pytest.mark.parametrize("after", ["2015", "№ 3", "С.45", "Vol. 5", "М.:", "432 с.", "12 p."])
def test_the_glued_area_dash_is_repaired_in_each_of_its_forms(
    space: str, dash: str, after: str
) -> None:
    # every form the pattern repairs passes the substring test before it
    text = f"практика.{space}{dash}{after}"
    assert _AREA_DASH_GLUED.search(text)
    assert has_any(text, _AREA_DASH_GLUED_MARKS)
    assert normalise(text).startswith(f"практика. {after[:2]}")


@given(
    st.lists(
        st.sampled_from([".", " ", "-", "–", "—", "2015", "№", "С.", "45", "М.:", "432 с.", "а"]),
        max_size=8,
    ).map("".join)
)
def test_the_glued_area_dash_is_repaired_wherever_its_pattern_finds_one(text: str) -> None:
    # the substring test before the pattern refuses no text the pattern would repair
    if _AREA_DASH_GLUED.search(single_spaced(text)):
        assert has_any(single_spaced(text), _AREA_DASH_GLUED_MARKS)


# Fullwidth digits (copied from Chinese text) and those of other scripts are read as the
# ASCII ones they stand for: the patterns write "[0-9]", which matches ASCII digits only.
OTHER_SCRIPT_DIGITS = [
    "Иванов И. И. Статья // Журнал. 2019. Т. 5, № 3. С. 10–20. EDN ABCDEF",
    "Smith J, Jones K. A title of some length. Lancet. 2019;14(1):57-69.",
    "Brown, A. (2020). Title of the work. Journal of Things, 12(3), 100–110.",
    "王明, 李华. 论文题目[J]. 中国科学, 2018, 48(2): 123-130.",
]


def test_every_digit_outside_ascii_is_found() -> None:
    others = [chr(code) for code in range(0x80, 0x110000) if chr(code).isdecimal()]
    assert len(others) > 600
    assert all(_OTHER_DIGIT.fullmatch(digit) for digit in others)
    assert not any(_OTHER_DIGIT.search(char) for char in "0123456789²–—№«»“”…Ж中")


@pytest.mark.parametrize("zero", [0xFF10, 0x0660, 0x0966])  # fullwidth, Arabic-Indic, Devanagari
@pytest.mark.parametrize("raw", OTHER_SCRIPT_DIGITS)
def test_digits_of_other_scripts_read_as_ascii(raw: str, zero: int) -> None:
    other = raw.translate({ord("0") + value: zero + value for value in range(10)})
    assert other != raw
    assert dataclasses.replace(parse_reference(other), raw=raw) == parse_reference(raw)


# The "N" rule: issue in Russian references, volume (issue) elsewhere; arXiv numbers neither.
N_RULE = [
    ("A. Title // Sotsiodinamika. 2019. N 5. P. 43–58. (In Russ.)", "", "5", ""),
    ("A. Title // Chelovek. 2018. N 3 (11). P. 17–28. (In Russian)", "", "3", "11"),
    ("Иванов И. И. Заглавие // Журнал. 2018. N 3 (11). С. 17–28.", "", "3", "11"),
    ("Gibb R. Title // Nature. 2020. N 584. P. 398–405.", "584", "", ""),
    ("Ugyel L. Title // Policy Polit. 2020. N 48 (4). P. 15–22.", "48", "4", ""),
    ("A. Title // J. 2020. Vol. 7. N 48 (4). P. 15–22.", "7", "48", "4"),
    ("Wang H. Title // arXiv. 2023. N 2304.06975.", "", "", ""),
    # a spelt-out "no." is an issue whatever the language; the brackets hold its running number
    ("Orlov K.N. Title. Vestnik MGTU, 2020, no. 3 (132), pp. 4-20.", "", "3", "132"),
    # … and alone, with no volume given: "Voprosy ekonomiki, 1997, no. 12", "Report No. 125"
    ("Kornai J. Title. Voprosy ekonomiki, 1997, no. 12, pp. 4-18.", "", "12", ""),
    ("Smith J. Title. Journal of Studies, No. 3 (2012), pp. 4-20.", "", "3", ""),
    # (the bare "N" still gives a volume outside Russian lists, "Nature. 2020. N 584" above)
    ("Smith J. Title // Lancet. 2020. N 395. P. 4-20.", "395", "", ""),
    # a four-digit running number that cannot be a year, or follows the work's year
    ("Иванов И. И. Статья // Газета. – 2021. – № 100 (8450). – С. 5.", "", "100", "8450"),
    ("Иванов И. И. Статья // Газета. – 2021. – № 45 (1234). – С. 5.", "", "45", "1234"),
    ("Иванов И. И. Статья // Газета. – 2021. – № 45 (1999). – С. 5.", "", "45", "1999"),
    # (but pages after it are no year: "n° 7 (1981): 1523-1526")
    (
        "Nisancioglu K. «Cathodic Behavior.» Journal of Electrochemical Society 128, n° 7 "
        "(1981): 1523-1526.",
        "128",
        "7",
        "",
    ),
    # a bracketed number below the issue's, or after "nº", is the issue of a volume
    ("Smith J. Title. Journal of Studies. 2019, No. 12 (3), 4-20.", "12", "3", ""),
    ("Garcia J. Titulo. Revista de Historia, 2019, nº 45 (2), pp. 4-20.", "45", "2", ""),
    ("Orlov K.N. Title. Vestnik MGTU, 2020, Iss. 3 (132), pp. 4-20.", "", "3", "132"),
]


@pytest.mark.parametrize(("raw", "volume", "issue", "cumulative"), N_RULE)
def test_number_sign_rule(raw: str, volume: str, issue: str, cumulative: str) -> None:
    work = parse_reference(raw)
    assert (work.volume, work.issue, work.cumulative_issue) == (volume, issue, cumulative)


@pytest.mark.parametrize(("body", "cased"), [(UPPER, str.isupper), (LOWER, str.islower)])
def test_letter_classes_hold_exactly_the_cased_letters_below_u2000(
    body: str, cased: Callable[[str], bool]
) -> None:
    # the classes are written with ranges; a range must not take in a neighbour of its run
    letter = re.compile(f"[{body}]")
    wrong = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if bool(letter.fullmatch(chr(code)))
        != (0x41 <= code < 0x2000 and chr(code).isalpha() and cased(chr(code)))
    ]
    assert not wrong


def test_the_separator_s_only_groups_are_its_conjunctions() -> None:
    # read_names asks `lastindex` whether the names were joined by "and": another group in
    # _SEPARATOR would answer for it
    from citecli.refparse import names

    assert names._SEPARATOR.groups == 3
    assert names._SEPARATOR.match(", and ").lastindex is not None  # type: ignore[union-attr]
    assert names._SEPARATOR.match(", ").lastindex is None  # type: ignore[union-attr]
