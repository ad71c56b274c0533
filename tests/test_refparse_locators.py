"""The locators' shortcuts pinned against the full reading they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citecli.refparse import locators
from citecli.refparse.dates import LATEST_YEAR
from citecli.refparse.text import has_any

# pieces of what follows a title, without a digit: labels, Roman numbers, the marks around
_NO_DIGIT_PIECES = ("Vol.", "vol", "v.", "V.", "Т.", "т.", "Band", "Tom", "Bd.", "No.", "pp.")
_NO_DIGIT_PIECES += ("XV", "I", "IV", "XIII", "C", "LX", "ICCV", "Word", "Journal", "М.", "xii")
_NO_DIGIT_PIECES += (" ", ", ", ",", ".", ". ", "(", ")", ": ", " pp", "-", " – ", "Наука")
_NO_DIGIT_TEXTS = st.lists(st.sampled_from(_NO_DIGIT_PIECES), max_size=10).map("".join)


@settings(max_examples=1000)  # a Roman volume needs its label or its comma
@given(_NO_DIGIT_TEXTS)
def test_a_text_without_digits_is_read_as_in_full(text: str) -> None:
    full = locators._read_from(text, len(text), until=LATEST_YEAR)
    assert locators.read_locators(text) == full


# pieces of unlabelled locators: numbers, dashes of each kind, commas, words
_NUMBER_PIECES = ("12", "2019", "5", "S12", "-", "–", "—", "‐", " - ", "--", ", ", ",", " ", ".")
_NUMBER_PIECES += ("(", ")", ":", "/", "Report", "TR ", "April", "с.", "x", "57–69", "3—4", "1-9")
_NUMBER_TEXTS = st.lists(st.sampled_from(_NUMBER_PIECES), max_size=10).map("".join)


@settings(max_examples=500)
@given(_NUMBER_TEXTS)
def test_a_range_or_a_pair_is_never_skipped(text: str) -> None:
    # read_locators tries these patterns only where their dash or comma stands
    if locators._BARE_RANGE.search(text):
        assert has_any(text, locators._RANGE_DASHES)
    if locators._NUMBER_PAIR.search(text):
        assert "," in text
