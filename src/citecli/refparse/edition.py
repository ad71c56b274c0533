"""The edition a reference names: "11th ed.", "2nd edn", "7. ed.", "2-е изд.", "3rd edition"."""

from __future__ import annotations

import re

# the digit first, its look-behind after it, so that the regex engine skips ahead to digits;
# the look-ahead holds the characters that can follow the number (a suffix's, a space, a
# word's), so that a year or a page fails there, before the suffixes and words are tried
_EDITION = re.compile(
    r"(?P<number>[0-9](?<![\w-][0-9])[0-9]?)(?=[stnr.\-еeиAé\s])(?:st|nd|rd|th|\.|-?е|-?e)?\s?"
    r"(?:ed(?:n|ition)?\b\.?(?![.\s]*by\b)|изд\.|Aufl\.|éd\.)"  # not "vol. 3. ed. by J. Jones"
)

# the word before the number, as older Russian lists write it: "Изд. 2-е, испр. и доп.",
# "Изд. 5, испр." (not "Изд. дом", "Изд-во")
_EDITION_WORD_FIRST = re.compile(r"Изд\.\s?(?P<number>[0-9]{1,2})(?:-е)?(?![0-9])")


def edition_of(text: str) -> str:
    """The edition number as digits ("11"), or "" when the text names none."""
    if "Изд. " in text:
        word_first = _EDITION_WORD_FIRST.search(text)
        if word_first:
            return word_first.group("number")
    if "ed" not in text and "изд" not in text and "Aufl" not in text and "éd" not in text:
        return ""
    found = _EDITION.search(text)
    return found.group("number") if found else ""
