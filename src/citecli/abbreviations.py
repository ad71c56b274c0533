"""The abbreviated words of GOST R 7.0.12-2011 that may close a title or a host's name:
"Война и мир : в 4 т.", "Сборник науч. тр.", "Стратегия … до 2030 г.", "Россия в XIX в.".

The full stop after such a word belongs to the word, not to the punctuation between fields
that the parser takes off, so the parser keeps it and every style prints it, BibTeX and
CSL-JSON too. The GOST styles also put it back for records read from elsewhere.
"""

from __future__ import annotations

import re

# "ил." (illustrations) is not among them: it closes the physical description, never a
# title, where "ил" is the word for silt ("Активный ил")
_CLOSING_WORDS = (
    "т ч кн вып изд доп перераб испр сб ст стат учеб моногр справ энцикл тр докл конф науч"
    " практ междунар г гг в вв англ нем фр"
)
_LONGEST = max(map(len, _CLOSING_WORDS.split()))
# a whole word: no letter before it ("науч.-практ", "(в 2 т", "2030 г")
_CLOSING = re.compile(rf"(?<![^\W0-9_])(?:{'|'.join(_CLOSING_WORDS.split())})$")


def with_abbreviation_stop(text: str) -> str:
    """`text` with the full stop of an abbreviation that closes it: "в 4 т" -> "в 4 т."."""
    # the cheap test first: every such word ends in a small Cyrillic letter; the search
    # starts a word's length from the end (its look-behind still sees the character before)
    if "а" <= text[-1:] <= "я" and _CLOSING.search(text, max(0, len(text) - _LONGEST)):
        return f"{text}."
    return text


def publisher_with_stop(publisher: str) -> str:
    """`publisher` with the full stop of the "Publ." that closes the Russian journals'
    transliterated publishers ("Moscow, Nauka Publ., 2019"): "Nauka Publ" -> "Nauka Publ."."""
    if publisher.endswith(" Publ"):
        return f"{publisher}."
    return publisher
