"""Citation keys shared by the BibTeX and CSL-JSON exports: `familyYEARword`, unique."""

from __future__ import annotations

from collections.abc import Sequence

from citecli.model import Work
from citecli.styles.case import RUSSIAN_SMALL_WORDS, SMALL_WORDS
from citecli.styles.translit import ascii_key

#: words a key never takes: English minor words and short Russian prepositions / conjunctions
_SKIPPED = SMALL_WORDS | RUSSIAN_SMALL_WORDS


def citation_key(work: Work) -> str:
    """`familyYEARword`: "nalivkina2025political" (first author, or first editor of an edited
    book, or a standard's body, "gost2018bibliograficheskaya", or an archival file's archive,
    "garf1925protokol"; year; first main title word)."""
    people = work.authors or work.editors
    first = people[0] if people else None
    who = ascii_key(first.family or first.literal) if first else ""
    designation = work.standard_designation
    body = designation.split()[0] if designation else ""
    if not who and body[:1].isalpha():
        who = ascii_key(body)  # "ISO 690:2021", not a bare "690:2021" or a patent's number
    archive_words = [w for w in work.archive.lower().split() if w not in _SKIPPED]
    if not who and archive_words:  # an archival file under its archive: "garf", "national"
        who = ascii_key(archive_words[0])
    year = str(work.year) if work.year is not None else ""
    words = (w.lower().strip(".,:;!?()[]«»\"'") for w in work.title.split())
    word = next((ascii_key(w) for w in words if w not in _SKIPPED and ascii_key(w)), "")
    return f"{who[:32] or 'anon'}{year}{word}"


def unique_keys(works: Sequence[Work]) -> list[str]:
    """`citation_key` of each work, repeated keys suffixed a, b, … in order."""
    keys: list[str] = []
    taken: set[str] = set()
    for work in works:
        key = base = citation_key(work)
        suffix = 0
        while key in taken:
            key = base + _letters(suffix)
            suffix += 1
        taken.add(key)
        keys.append(key)
    return keys


def _letters(n: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa": the suffixes BibTeX users expect."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out
