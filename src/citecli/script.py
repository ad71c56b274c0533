"""Writing systems: whether text is Cyrillic, and Cyrillic transliterated to Latin.

One definition for the whole package, so the parser, the comparison with registry records
and the citation keys agree on what counts as Cyrillic and how it reads in Latin letters.
"""

from __future__ import annotations

import re

#: the Cyrillic block: Russian, and the Ukrainian and Belarusian letters around it
_CYRILLIC_BLOCK = "\u0400-\u04ff"
CYRILLIC = re.compile(f"[{_CYRILLIC_BLOCK}]")
#: a Cyrillic letter or a CJK ideograph: text in neither Latin script
CYRILLIC_OR_CJK = re.compile(f"[{_CYRILLIC_BLOCK}\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")

# Lower-case Cyrillic to Latin as Russian reference lists transliterate (BGN/PCGN-like):
# "Виловатых" -> "vilovatykh", "национальной" -> "natsionalnoi"; the hard and soft signs vanish.
_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "є": "ye", "ї": "i", "ґ": "g",
    }
)  # fmt: skip


def has_cyrillic(*texts: str) -> bool:
    return any(CYRILLIC.search(text) for text in texts)


def mostly_cyrillic(text: str) -> bool:
    """More Cyrillic than Latin letters: a Russian title, even with Latin acronyms in it."""
    return len(CYRILLIC.findall(text)) > len(LATIN.findall(text))


def transliterate(text: str) -> str:
    """`text` in lower case with its Cyrillic letters in Latin ones."""
    return text.lower().translate(_TO_LATIN)
