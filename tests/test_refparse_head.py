"""The shortcuts of reading a reference's head pinned against the patterns they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citecli.refparse import parser

# what follows the authors: spaces, marks, brackets, years, dates, the title's words
_AFTER_AUTHORS = ("", " ", "  ", "\u00a0", ".", ",", ":", ";", "(", ")", "[", "]", "2019", "1987a")
_AFTER_AUTHORS += ("July ", "5 May ", "n.d.", "n. d.", "forthcoming", "In press", "Title", "x")
_AFTER_AUTHORS += ("(2019)", "(n.d.)", "(July 1978)", "[Jan 1993]")
_AFTER_AUTHORS_TEXTS = st.lists(st.sampled_from(_AFTER_AUTHORS), max_size=8).map("".join)


@settings(max_examples=1000)  # the marks and brackets combine rarely
@given(st.sampled_from(("", "Smith J", "Иванов И. И.")), _AFTER_AUTHORS_TEXTS)
def test_a_year_after_the_authors_is_never_skipped(head: str, text: str) -> None:
    text = head + text
    if parser._YEAR_AFTER_AUTHORS.match(text, len(head)):
        assert parser._may_open_a_year(text, len(head))
