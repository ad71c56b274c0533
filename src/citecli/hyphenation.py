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
  linking vowel, the second a whole adjective. Syllable breaks end otherwise ("эконо-мика",
  "регио-нальный", "разви-тие") or leave no adjective after them ("точно-сти",
  "крово-обращения"); a few stems of that shape make one word ("сельско-хозяйственный").

Both lists miss compounds ("эколого-", "психолого-", "-like"), which are then joined, as
before: a wrong join and a wrong hyphen cost the same, so a rule is kept only where it is
nearly always right.
"""

from __future__ import annotations

import re

_ENGLISH_FIRST = frozenset(["self", "cross", "well", "long", "short", "high", "low", "half"])
# what follows those at a syllable break instead of a word: "high-est", "low-ering", "short-age"
_ENGLISH_ENDINGS = frozenset(
    ["est", "ing", "ering", "ness", "age", "ages", "ish", "er", "ers", "ed", "ly", "comings"]
)
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
# prefixes before those that make one word: "in-dependent", "un-related", "nation-wide"
_ENGLISH_PREFIXES = frozenset(["in", "un", "non", "dis", "inter", "nation", "over", "under"])
# an adjective's stem and its linking vowel: "-ально", "-ично", "-енно", "-ико", "-ско", "-ово"
_RUSSIAN_FIRST = re.compile(r"[а-яё]{2,}(?:[ьчнвтр]но|[ис]ко|[ое]во)")
# the second part is a whole adjective or participle, in any case: "-ый", "-ого", "-ыми"; "-ие"
# only after the letters of "-ские", "-ческие", as nouns end in "-ние", "-тие" ("образование")
_RUSSIAN_ADJECTIVE = re.compile(
    r"[а-яё]{3,}(?:ая|яя|ое|ее|ые|[кгхжшщч]ие|ый|ий|ой|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)"
)
# stems of the same shape that make one word: "сельскохозяйственный", "вечнозелёный"
_RUSSIAN_CLOSED = frozenset(["сельско", "крово", "осново", "равно", "черно", "вечно"])


def keeps_hyphen(first: str, second: str) -> bool:
    """Whether "first-" at a line's end and "second" opening the next line are one hyphenated
    compound (`second` in lower case: a capital after the break keeps the hyphen anyway)."""
    first, second = first.lower(), second.lower()
    if first in _ENGLISH_FIRST:
        return len(second) >= 3 and second not in _ENGLISH_ENDINGS
    if second in _ENGLISH_SECOND:
        return len(first) >= 3 and first not in _ENGLISH_PREFIXES
    return (
        first not in _RUSSIAN_CLOSED
        and bool(_RUSSIAN_FIRST.fullmatch(first))
        and bool(_RUSSIAN_ADJECTIVE.fullmatch(second))
    )
