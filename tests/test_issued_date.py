"""The month and day of the date of publication: parsed where written next to the year,
written by every style, kept by CSL-JSON, BibTeX and RIS.

The strings are written for these tests (invented works in each style's punctuation).
"""

from __future__ import annotations

from datetime import date

import pytest

from citecli.bibtex_input import read_bibtex
from citecli.csl import work_from_csl, work_to_csl
from citecli.model import Person, Work, WorkType
from citecli.refparse import parse_reference
from citecli.styles.apa import format_apa
from citecli.styles.bibtex import works_to_bibtex
from citecli.styles.gost import format_gost
from citecli.styles.gost2008 import format_gost2008
from citecli.styles.markup import to_text
from citecli.styles.ris import work_to_ris
from citecli.styles.vancouver import format_vancouver

NEWSPAPER = "Иванов И. И. Новые времена // Известия. 2019. 12 марта. С. 3."
ACT_IN_A_NEWSPAPER = (
    "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных» // Российская газета. –"
    " 2006. – 29 июля."
)

# (reference, year, month, day)
DATED = [
    (NEWSPAPER, 2019, 3, 12),
    (
        "Иванов, И. И. Новые времена / И. И. Иванов. – Текст : непосредственный // Известия."
        " – 2019. – 12 марта. – С. 3.",
        2019,
        3,
        12,
    ),
    (
        "Ivanov I. Novye vremena [New times]. Izvestiya, 2019, 12 March, p. 3. (In Russ.)",
        2019,
        3,
        12,
    ),
    ("Smith J. Storm hits coast. The New York Times. 2020 Mar 5;Sect. A:1.", 2020, 3, 5),
    ("Smith J. Storm hits coast. The New York Times. 2020 May 15:A1.", 2020, 5, 15),
    (
        "Halpern SD, Ubel PA, Caplan AL. Solid-organ transplantation in HIV-infected patients."
        " N Engl J Med. 2002 Jul 25;347(4):284-7.",
        2002,
        7,
        25,
    ),
    ("Horton R. Offline: a title. Lancet. 2019 Mar;393(10175):100-10.", 2019, 3, None),
    ("Smith, J. (2020, March 5). Storm hits coast. The New York Times.", 2020, 3, 5),
    ("Smith, J. (2020, March). Storm hits coast. The New York Times.", 2020, 3, None),
    ("Smith, J. (July 1978). Storm hits coast. The New York Times.", 1978, 7, None),
    ("Good chemistry. (1996, September). Wake Forest Magazine, p. 8.", 1996, 9, None),
    ("Smith J. Storm hits coast. The New York Times, 12 March 2019, p. 3.", 2019, 3, 12),
    ("Smith J. Storm hits coast. The New York Times, March 5, 2020, p. 3.", 2020, 3, 5),
    ("Dupont J. Le titre. Le Monde, 8 mai 2014, p. 2.", 2014, 5, 8),
    ("Müller J. Der Titel. Die Zeit, 3. März 2015, S. 4.", 2015, 3, None),
    # GOST R 7.0.12's abbreviated months, and an act in the newspaper that published it
    ("Иванов И. Реформа // Российская газета. – 2021. – 17 сент. – С. 3.", 2021, 9, 17),
    ("Сидоров С. Итоги // Известия. – 2020. – 30 дек. – № 240. – С. 1–2.", 2020, 12, 30),
    ("Петров П. Рынок // Коммерсантъ. 2022. 3 февр. С. 5.", 2022, 2, 3),
    (ACT_IN_A_NEWSPAPER, 2006, 7, 29),
    # but not an act's own date
    (
        "О внесении изменений : федер. закон от 29 июля 2017 г. № 216-ФЗ. – М., 2017.",
        2017,
        None,
        None,
    ),
    # not a date: the access date, a meeting's, a range, a season, a date in a title
    (
        "Smith J. Web page. 2020. Available at: https://example.com (Accessed March 3, 2021).",
        2020,
        None,
        None,
    ),
    ("Сайт. 2023. – URL: https://x.ru (дата обращения: 10.02.2024).", 2023, None, None),
    (
        "Петров П. П. Статья // Материалы конф. (Томск, 12–14 мая 2019 г.). Томск, 2019. С. 5–7.",
        2019,
        None,
        None,
    ),
    (
        "Smith J. A paper. In: Proceedings of the Conference on Things, Boston, 12 March 2019."
        " pp. 1-5.",
        2019,
        None,
        None,
    ),
    ("Smith J. Title. Journal, March - December 1994, 5, 1-10.", 1994, None, None),
    ("Smith J. Title. The Times, 12–14 March 2019, p. 3.", 2019, None, None),
    ("Smith J. Title. J Something. 2019 Mar-Apr;5(2):1-10.", 2019, None, None),
    ("Smith J. Title. Journal, Spring 2001, 5, 1-10.", 2001, None, None),
    ("Smith, J. (2001, Spring). Title. Vogue, p. 3.", 2001, None, None),
    ("Ivanov I. Events of 12 March 2019 // Izvestiya. 2019. P. 3.", 2019, None, None),
    # MLA: the second date is the access date
    (
        'Levy, S. "Great Minds." Newsweek 27 May 2002. 10 June 2002 <http://www.x.com/a.asp>.',
        2002,
        5,
        27,
    ),
    # a day the month has not
    ("Smith J. Title. The Times, 31 February 2019, p. 3.", 2019, None, None),
    ("Smith J. Title. Some journal. 2019. May I help you, p. 3.", 2019, None, None),
]


@pytest.mark.parametrize(("text", "year", "month", "day"), DATED)
def test_month_and_day_next_to_the_year(
    text: str, year: int, month: int | None, day: int | None
) -> None:
    work = parse_reference(text)
    assert (work.year, work.month, work.day) == (year, month, day)


def _newspaper(**changes: object) -> Work:
    return parse_reference(NEWSPAPER).replace(**changes)


APA = [
    (
        "Smith, J. (2020, March 5). Storm hits coast. The New York Times.",
        "Smith, J. (2020, March 5). Storm hits coast. The New York Times.",
    ),
    (
        "Smith, J. (2020, March). Storm hits coast. The New York Times.",
        "Smith, J. (2020, March). Storm hits coast. The New York Times.",
    ),
    (  # a journal's article with a volume keeps the year alone
        "Halpern SD, Ubel PA, Caplan AL. Solid-organ transplantation in HIV-infected patients."
        " N Engl J Med. 2002 Jul 25;347(4):284-7.",
        "Halpern, S. D., Ubel, P. A., & Caplan, A. L. (2002). Solid-organ transplantation in"
        " HIV-infected patients. N Engl J Med, 347(4), 284–287.",
    ),
    (NEWSPAPER, "Иванов, И. И. (2019, March 12). Новые времена. Известия, 3."),
]


@pytest.mark.parametrize(("text", "expected"), APA)
def test_apa_dates_newspapers_by_day(text: str, expected: str) -> None:
    assert to_text(format_apa(parse_reference(text))) == expected


def test_apa_keeps_the_year_alone_for_books() -> None:
    work = Work(type=WorkType.BOOK, title="A book", year=2020, month=3, day=5, publisher="X")
    assert "(2020)." in to_text(format_apa(work))


def test_gost_dates_a_newspaper_after_its_year() -> None:
    assert to_text(format_gost(parse_reference(NEWSPAPER))) == (
        "Иванов, И. И. Новые времена / И. И. Иванов // Известия. – 2019. – 12 марта. – С. 3."
    )
    assert to_text(format_gost(parse_reference(ACT_IN_A_NEWSPAPER))) == ACT_IN_A_NEWSPAPER
    # an act alone (as reference managers give its date of enactment) keeps its year alone
    act = Work(type=WorkType.LAW, title="О персональных данных", year=2006, month=7, day=27)
    assert to_text(format_gost(act)) == "О персональных данных. – 2006."
    assert to_text(format_gost2008(parse_reference(NEWSPAPER))) == (
        "Иванов И. И. Новые времена // Известия. 2019. 12 марта. С. 3."
    )


def test_gost_month_alone_latin_script_and_numbered_issues() -> None:
    assert "– 2019. – Март. – С. 3." in to_text(format_gost(_newspaper(day=None)))
    latin = _newspaper(title="New times", container="Izvestiya", language="en")
    assert "// Izvestiya. – 2019. – 12 March. – P. 3." in to_text(format_gost(latin))
    numbered = to_text(format_gost(_newspaper(issue="45")))
    assert "марта" not in numbered and "– 2019. – № 45. – С. 3." in numbered


def test_vancouver_writes_nlm_dates() -> None:
    work = parse_reference(
        "Halpern SD, Ubel PA, Caplan AL. Solid-organ transplantation in HIV-infected patients."
        " N Engl J Med. 2002 Jul 25;347(4):284-7."
    )
    assert "N Engl J Med. 2002 Jul 25;347(4):284-287." in to_text(format_vancouver(work))
    assert "2002 Jul;347(4)" in to_text(format_vancouver(work.replace(day=None)))
    assert "2002;347(4)" in to_text(format_vancouver(work.replace(month=None, day=None)))


def test_ris_date() -> None:
    lines = work_to_ris(_newspaper()).splitlines()
    assert "PY  - 2019" in lines and "DA  - 2019/03/12/" in lines
    assert "DA  - 2019/03//" in work_to_ris(_newspaper(day=None)).splitlines()
    assert not any(
        line.startswith("DA") for line in work_to_ris(_newspaper(month=None, day=None)).splitlines()
    )


def test_bibtex_month_macro_and_date_read_back() -> None:
    work = _newspaper()
    text = works_to_bibtex([work])
    assert "    month = mar,\n" in text and "date = {2019-03-12}" in text
    (back,) = read_bibtex(text)
    assert (back.year, back.month, back.day) == (2019, 3, 12)
    (month_only,) = read_bibtex(works_to_bibtex([_newspaper(day=None)]))
    assert (month_only.month, month_only.day) == (3, None)
    assert "month" not in works_to_bibtex([_newspaper(month=None, day=None)])


@pytest.mark.parametrize(
    ("field", "month"),
    [
        ("{3}", 3),
        ("{March}", 3),
        ("{Mar.}", 3),
        ("dec", 12),
        ("{Sept.}", 9),
        ("{mars}", 3),  # the French name, as a French list's export writes it
        ("{13}", None),
        ("{spring}", None),
        ("{June/July}", None),  # two months name no single one (this had read as June)
        ("{Juneteenth}", None),
    ],
)
def test_bibtex_month_field_as_files_write_it(field: str, month: int | None) -> None:
    (work,) = read_bibtex(f"@article{{a, title={{T}}, year={{2020}}, month={field}}}")
    assert (work.month, work.day) == (month, None)


@pytest.mark.parametrize(
    ("fields", "issued"),
    [
        ("date={2020-03-05}", (2020, 3, 5)),  # biblatex's date alone: no `year` field
        ("date={2020-03}", (2020, 3, None)),
        ("date={2020}", (2020, None, None)),
        ("date={2020-03-05/2020-03-07}", (2020, 3, 5)),  # a range: its start
        ("date={2020-02-30}", (2020, 2, None)),  # no such day
        ("date={2020-13}", (2020, None, None)),
        ("year={2020}, date={2020-03-05}", (2020, 3, 5)),
        ("year={2020}, month={mar}, date={2020-03-05}", (2020, 3, 5)),
        ("year={2020}, month={apr}, date={2020-03-05}", (2020, 4, None)),  # they disagree
        ("year={2019}, date={2020-03-05}", (2019, None, None)),  # two years: `year`'s alone
        ("month={mar}", (None, None, None)),  # a month without a year dates nothing
    ],
)
def test_bibtex_year_month_and_biblatex_date(fields: str, issued: tuple[int | None, ...]) -> None:
    (work,) = read_bibtex(f"@article{{a, title={{T}}, {fields}}}")
    assert (work.year, work.month, work.day) == issued


def test_csl_issued_parts_and_round_trip() -> None:
    work = _newspaper()
    assert work_to_csl(work)["issued"] == {"date-parts": [[2019, 3, 12]]}
    assert work_to_csl(work.replace(day=None))["issued"] == {"date-parts": [[2019, 3]]}
    assert work_to_csl(work.replace(month=None, day=None))["issued"] == {"date-parts": [[2019]]}
    for changed in (work, work.replace(day=None), work.replace(month=None, day=None)):
        assert work_from_csl(work_to_csl(changed)) == changed


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([[2020, 3, 5]], (2020, 3, 5)),
        ([[2020, "3"]], (2020, 3, None)),
        ([[2020, 2, 30]], (2020, 2, None)),  # no such day
        ([[2020, 13]], (2020, None, None)),
        ([[2020]], (2020, None, None)),
    ],
)
def test_csl_reader_validates_month_and_day(
    parts: list[list[object]], expected: tuple[int, int | None, int | None]
) -> None:
    work = work_from_csl({"type": "article-newspaper", "issued": {"date-parts": parts}})
    assert (work.year, work.month, work.day) == expected


def test_a_bodys_web_page_keeps_its_day_beside_its_imprint() -> None:
    page = Work(
        type=WorkType.WEBPAGE,
        title="Hypertension",
        authors=(Person(literal="World Health Organization"),),
        place="Geneva",
        publisher="WHO",
        year=2023,
        month=3,
        day=5,
        url="https://www.who.int/x",
        accessed=date(2024, 1, 10),
    )
    assert "– Geneva : WHO, 2023. – 5 March." in to_text(format_gost(page))
    assert "Geneva: WHO; 2023 Mar 5 [cited 2024 Jan 10]." in to_text(format_vancouver(page))
