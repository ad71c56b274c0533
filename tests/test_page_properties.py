"""parse_page never raises and takes linear time, whatever the text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecli.model import Page
from citecli.page import parse_page
from timing import scales_linearly, seconds

_PIECES = st.sampled_from(
    [
        "References\n", "Список литературы\n", "For citations:\n", "Для цитирования: ",
        "About the Author\n", "A. NalivkinaRussian Federation\n", "Keywords: a; b\n",
        "1. ", "[2] ", "3) ", "2019. ", "N 1 (49). ", "P. 57–69. ", "(In Russ.)", "DOI: 10.1/x",
        "infor-\n", "Russian-\n", "Ivanov I. I., ", "Alena D. Nalivkina, ", "e-mail: a@b.c\n",
        "\r\n", "\n", " ", "(", ")", "//", "—", "https://doi.org/", "\u00ad",
        "Журнал: ", "Номер: 2 (58) ", "Год: 2022", "Кравченко Е.А.1, ", "¹ ", "1.\n",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=2000),
    st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=200).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_never_raises(text: str) -> None:
    page = parse_page(text)
    assert isinstance(page, Page)
    for ref in page.references:
        assert ref.line is not None and 1 <= ref.line <= text.count("\n") + text.count("\r") + 1


HOSTILE: dict[str, Callable[[int], str]] = {
    "one long line": lambda n: "a" * n,
    "one long line of words": lambda n: "Ivanov I. I. " * (n // 13),
    "parentheses": lambda n: "(" * n + ")" * n,
    "newlines": lambda n: "\n" * n,
    "headings": lambda n: "References\nAbstract\n" * (n // 20),
    "numbered lines": lambda n: "".join(f"{i}. A. B. 2020.\n" for i in range(n // 16)),
    "unnumbered wrapped": lambda n: "References\n" + "Smith, J. Title of\n" * (n // 18),
    "hyphens": lambda n: "References\n1. " + "infor-\nmation " * (n // 14),
    "author block": lambda n: "T\nAbout the Author\n" + "A. NalivkinaRussia\n" * (n // 19),
    "long author line": lambda n: "T\nAbout the Authors\nA. B, " + "a " * (n // 2) + "Russia",
    "long e-mail-like run": lambda n: "T\nAbout the Authors\n" + "a" * n + "@",
    "spaces after a label": lambda n: "Keywords:" + " " * n + "x\nReferences\n1. A. 2020.",
    "long citation line": lambda n: "T\nFor citations: " + "Ivanov I. I. " * (n // 13),
    "long header line": lambda n: "DOI " + "1" * n + "\nReferences\n1. A. B. 2020.",
    "labelled facts": lambda n: "T\n" + "Год: 2020 " * (n // 10) + "\nReferences\n1. A. 2020.",
    "label then spaces": lambda n: "T\nЖурнал: " + " " * n + "x\nReferences\n1. A. 2020.",
    "byline": lambda n: "Title\n" + "Ivanov I.I.1, " * (n // 13) + "\nAbstract\nx",
    "link labels on a line": lambda n: "References\n1. A. 2020. " + "Scopus " * (n // 7) + "x",
    "lines of link labels": lambda n: "References\n" + "Crossref | Google Scholar\n" * (n // 26),
    # just under the length a line of labels may have, and no label at its end: a regex that
    # can split each space two ways backtracks 2^47 times on one such line
    "almost a line of labels": lambda n: "References\n" + ("CAS " * 47 + "x\n") * (n // 190),
}  # fmt: skip


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_takes_linear_time(make: Callable[[int], str]) -> None:
    assert scales_linearly(parse_page, make(75_000), make(300_000))


def test_twenty_thousand_parentheses_and_newlines_mixed() -> None:
    assert seconds(parse_page, "References\n1. " + "(\n" * 20_000 + ")" * 20_000) < 2.0
