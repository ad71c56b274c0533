"""Where an English title ends and a transliterated Russian journal name begins.

The "References" lists of Russian journals translate the title and transliterate the
journal's name, and write both in sentences: "Data analysis methods. Izvestiya vysshikh
uchebnykh zavedenii. Povolzhskii region. Tekhnicheskie nauki [University proceedings. Volga
region. Engineering sciences], 2018, vol. 3". Without the "//" of GOST nothing but the
languages tells where the journal starts: its words carry the letters and endings of
transliterated Russian ("kh", "zh", "-ogo", "-ykh", "-iya"), which English words rarely have.
"""

from __future__ import annotations

import re

# endings English words seldom have ("Moskovskogo", "vysshikh", "Izvestiya", "Vestnik")
_RUSSIAN_ENDING = re.compile(
    r"(?:ogo|ego|ykh|ikh|iya|ii|yi|yy|skaya|skoe|skie|nye|naya|stvo|stva|niya|nie|nik)$"
)
# letters a transliteration gives many words, and a few English ones ("layer", "Khan")
_RUSSIAN_LETTERS = re.compile(r"kh|zh|shch|yu|ya")
_WORD = re.compile(r"[^\W0-9_]{3,}")
# a sentence's end, not an initial's full stop ("Philosophy of F. M. Dostoevskii. Voprosy …")
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])\.\s")


def _looks_transliterated(sentence: str) -> bool:
    """Whether most of the sentence's words look transliterated: one such word in English
    ("The case of San Diego", "Lessons from Hawaii") does not make it so."""
    words = [word.lower() for word in _WORD.findall(sentence)]
    marked = sum(
        bool(_RUSSIAN_ENDING.search(word) or _RUSSIAN_LETTERS.search(word)) for word in words
    )
    return bool(words) and marked * 2 >= len(words)


def split_journal_from_title(title: str, journal: str) -> tuple[str, str] | None:
    """(title, journal) with the title's closing sentences that are transliterated moved to
    the front of the journal's name; None when the title ends in English.

    Only the longest run of transliterated sentences that closes the title moves, and only
    after a sentence in English: "Innovation policy. Vestnik Moskovskogo universiteta" +
    "Seriya 6. Ekonomika" -> "Innovation policy" + "Vestnik Moskovskogo universiteta. Seriya 6.
    Ekonomika"."""
    sentences = _SENTENCE_STOP.split(title)
    first = len(sentences)
    while first > 1 and _looks_transliterated(sentences[first - 1]):
        first -= 1
    if first == len(sentences) or _looks_transliterated(sentences[first - 1]):
        return None
    moved = ". ".join(sentences[first:])
    return ". ".join(sentences[:first]), f"{moved}. {journal}" if journal else moved
