"""Whether a hyphen at a line break is the word's own: "self-" + "reported" keeps it,
"infor-" + "mation" loses it.

Text copied from a PDF keeps the typesetter's hyphens at line ends. Most split a word where a
syllable ends; some are the hyphen of a compound that the break happened to fall on. Without a
dictionary the two look alike, so only compounds whose parts say so are kept:

- English first parts almost always written with a hyphen ("self-reported", "cross-sectional",
  "well-being", "long-term") and second parts that make compound adjectives ("evidence-based",
  "age-related", "large-scale");
- Russian compound adjectives ("социально-экономический", "научно-практический",
  "медико-санитарный", "финансово-кредитный"): the first part is an adjective's stem with its
  linking vowel, the second a whole word. Syllable breaks end otherwise ("эконо-мика",
  "регио-нальный", "разви-тие") or leave a short ending ("точно-сти", "полно-стью").
"""

from __future__ import annotations

import re

_ENGLISH_FIRST = frozenset(["self", "cross", "well", "long", "short", "high", "low", "half", "ex"])
_ENGLISH_SECOND = frozenset(
    [
        "based",
        "related",
        "term",
        "scale",
        "specific",
        "dependent",
        "induced",
        "associated",
        "mediated",
        "oriented",
        "driven",
        "free",
        "wide",
    ]
)
# an adjective's stem and its linking vowel: "-ально", "-ично", "-енно", "-ико", "-ско", "-ово"
_RUSSIAN_FIRST = re.compile(r"[а-яё]{2,}(?:[ьчнвтр]но|[ис]ко|[ое]во)")
# the second part of a compound adjective is a whole word, not the rest of one
_RUSSIAN_SECOND_MIN = 6


def keeps_hyphen(first: str, second: str) -> bool:
    """Whether "first-" at a line's end and "second" opening the next line are one hyphenated
    compound (`second` in lower case: a capital after the break keeps the hyphen anyway)."""
    first, second = first.lower(), second.lower()
    if first in _ENGLISH_FIRST or second in _ENGLISH_SECOND:
        return True
    return len(second) >= _RUSSIAN_SECOND_MIN and bool(_RUSSIAN_FIRST.fullmatch(first))
