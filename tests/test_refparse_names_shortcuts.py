"""The shortcuts of the name reader pinned against the plain forms they stand for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecli.refparse import names
from citecli.refparse.names import ORGANISATION_WORD

# a first word, then a space, a capital and what may follow it: every shape a word and the
# capital after it rule out (see `names._next_kind`) must fail there
_FIRST_WORDS = (
    "Smith",
    "SMITH",
    "LE",
    "van",
    "De",
    "Le",
    "Adam",
    "A",
    "Agabiti",
    "O'Neil",
    "Jean-Paul",
)
_CAPITALS = ("J", "D", "Y", "S", "I", "R", "O", "Ч", "É")
_SECONDS = (
    ",",
    ";",
    "1",
    "",
    ".",
    "-",
    " ",
    "'",
    "’",
    "T",
    "I",
    "u",
    "h",
    "r",
    ")",
    "(",
    "ǅ",
    "ⓐ",
    "\u00a0",
)
_TAILS = (
    "",
    " ",
    ", ",
    ". ",
    "T.",
    " Kramer",
    " KRAMER,",
    "osei E",
    "Neil E",
    "Brien",
    "ose",
    "-P.",
    " (J.)",
    " and ",
    "ones",
)


@settings(max_examples=1000)
@given(
    st.sampled_from(_FIRST_WORDS),
    st.sampled_from(_CAPITALS),
    st.sampled_from(_SECONDS),
    st.lists(st.sampled_from(_TAILS), max_size=4).map("".join),
)
def test_the_shapes_ruled_out_after_a_capital_do_not_match(
    word: str, capital: str, second: str, tail: str
) -> None:
    text = f"{word} {capital}{second}{tail}"
    kind = names._next_kind(text[len(word) + 1 : len(word) + 3])
    for shape in names._NOT_AFTER_CAPITAL_BY_NEXT.get(kind, ()):
        assert shape.match(text) is None, (kind, shape.pattern[:40])


_BODY_WORDS = [
    "Commission",
    "Association",
    "Organisation",
    "Organization",
    "Institute",
    "Department",
    "Ministry",
    "Council",
    "Society",
    "Agency",
    "Office",
    "Bureau",
    "Foundation",
    "Group",
    "Committee",
    "Board",
    "Centre",
    "Center",
    "Service",
    "Administration",
    "Federation",
    "Union",
    "Bank",
    "Fund",
    "Authority",
    "Corporation",
    "Company",
    "Network",
]
_OLD_ORGANISATION_WORD = re.compile(rf"\b(?:{'|'.join(_BODY_WORDS)})\b")


# every word, glued to a letter, digit or underscore before or after it, or standing alone
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_BODY_WORDS),
            st.sampled_from(_BODY_WORDS).map(lambda word: word[:-1]),  # "Centr", "Fun"
            st.sampled_from(("Human Rights ", "x", "_", "1", " ", ".", "é", "s", "-", "’")),
        ),
        max_size=8,
    ).map("".join)
)
def test_organisation_word_is_found_where_the_plain_form_finds_it(text: str) -> None:
    assert bool(ORGANISATION_WORD.search(text)) == bool(_OLD_ORGANISATION_WORD.search(text))


@pytest.mark.parametrize("word", _BODY_WORDS)
@pytest.mark.parametrize("context", ["{}", "World {} of", "x{}", "{}s", "{}_", "1{}", "{}é"])
def test_each_body_word_is_found_as_the_plain_form_finds_it(word: str, context: str) -> None:
    text = context.format(word)
    assert bool(ORGANISATION_WORD.search(text)) == bool(_OLD_ORGANISATION_WORD.search(text))
