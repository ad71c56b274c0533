"""Sentence case and title case for APA 7 titles, keeping proper nouns and acronyms.

Sentence case cannot know every proper noun, so the rule is layered:
1. a word with a capital after its first letter, a digit, or all capitals is kept ("COVID-19",
   "DHIS2", "LLaMA", "AI");
2. a word in the curated list of countries, nationalities, languages and regions is kept
   ("Russia", "Chinese", "Côte");
3. if the original title is not in title case (most of its longer words are lower case), its
   remaining capitals were put there on purpose and are kept too (names like "Gibb");
4. otherwise the word is lower-cased, except the first word and the first word after a colon,
   question or exclamation mark, or em dash, which are capitalised.
"""

from __future__ import annotations

import re

from citecli import months
from citecli.script import transliterate

_PROPER = frozenset(
    """
    Africa African America American Americas Arab Arabic Asia Asian Atlantic Australia
    Australian Austria Balkan Balkans Baltic Belarus Belarusian Brazil Brazilian Britain British
    Canada Canadian Caucasus China Chinese Côte Crimea Danish Dutch England English Eurasia
    Eurasian Europe European Finland Finnish France French Georgia German Germany Greece Greek
    Hindi India Indian Indonesia Iran Iranian Israel Italian Italy Japan Japanese Kazakh
    Kazakhstan Korea Korean Kyrgyzstan Latin Mexico Moscow Mongolia Netherlands Nordic Norway
    Pacific Persian Petersburg Poland Polish Portugal Portuguese Russia Russian Russians
    Scandinavia Siberia Siberian Soviet Spain Spanish Sweden Swedish Switzerland Tajikistan
    Turkey Turkish Ukraine Ukrainian Uzbekistan USSR Vietnam Ivoire Arctic Antarctica
    Mediterranean Ural Urals Volga Caspian Sino Chinese-Russian Russian-Chinese Sino-Russian
    """.split()  # noqa: SIM905  (a word list reads better as text)
) | frozenset(
    # months and weekdays are proper nouns in English; "May" is also the verb ("Why trust may
    # fail") and "March" the noun ("The march of science"): these two are kept only beside a
    # number, see `_is_dated_month`
    [name for name in months.ENGLISH if name not in ("May", "March")]
    + [
        f"{day}day{plural}"
        for day in ["Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"]
        for plural in ("", "s")
    ]
)

SMALL_WORDS = frozenset(
    """
    a an and as at but by for from in into nor of off on onto or out over per so the to up via
    with vs yet
    """.split()  # noqa: SIM905  (a word list reads better as text)
)

_WORD = re.compile(r"[^\W_][\w'’\-]*", re.UNICODE)
_BREAK = re.compile(r"[:?!—]\s*$")


def _is_marked(word: str) -> bool:
    """Capitals that cannot be a title-case artefact: inner capitals, digits, acronyms."""
    core = word.strip("'’-")
    if any(c.isdigit() for c in core):
        return True
    if len(core) > 1 and core.isupper():
        return True
    return any(c.isupper() for part in core.split("-") for c in part[1:])


def _is_proper(word: str) -> bool:
    return word in _PROPER or all(p in _PROPER for p in word.split("-") if p)


def is_title_case(title: str) -> bool:
    """True when most words longer than three letters start with a capital."""
    words = [w for w in _WORD.findall(title) if len(w) > 3 and w.lower() not in SMALL_WORDS]
    if len(words) < 2:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals * 2 > len(words)


# a day or a year beside "May" makes it the month: "12 May 1921", "May 1921", "May 12"; not
# the end of a name ("COVID-19 May Increase the Risk")
_NUMBER_AFTER = re.compile(r"\s+[0-9]{1,4}(?![\w-])")
_NUMBER_BEFORE = re.compile(r"(?<![\w-])[0-9]{1,4}\s+$")


def _is_dated_month(title: str, match: re.Match[str]) -> bool:
    return match.group() in ("May", "March") and bool(
        _NUMBER_AFTER.match(title, match.end())
        or _NUMBER_BEFORE.search(title, max(0, match.start() - 6), match.start())
    )


def keeps_capital(word: str, title_cased: bool) -> bool:
    """Whether sentence case must keep `word`'s capitals (rules 1-3 of the module docstring)."""
    return _is_marked(word) or _is_proper(word) or (not title_cased and word[:1].isupper())


def capitalised_words(title: str) -> list[tuple[int, int]]:
    """Spans of the words whose capitals must survive any case change (BibTeX protects them).

    A sentence's first word is left out unless it is marked or proper: every case style keeps
    its capital anyway.
    """
    title_cased = is_title_case(title)
    spans = []
    last = 0
    for number, match in enumerate(_WORD.finditer(title)):
        word = match.group()
        # the break stands between the words: searched there, not in all the text before
        starts_sentence = number == 0 or bool(_BREAK.search(title, last, match.start()))
        last = match.end()
        dated_month = _is_dated_month(title, match)
        if not any(c.isupper() for c in word) or not (
            keeps_capital(word, title_cased) or dated_month
        ):
            continue
        if starts_sentence and not (_is_marked(word) or _is_proper(word) or dated_month):
            continue
        spans.append(match.span())
    return spans


def sentence_case(title: str) -> str:
    title_cased = is_title_case(title)
    out: list[str] = []
    last = 0
    first = True
    for match in _WORD.finditer(title):
        between = title[last : match.start()]
        out.append(between)
        word = match.group()
        keep = keeps_capital(word, title_cased) or _is_dated_month(title, match)
        if first or _BREAK.search(title, last, match.start()):
            word = word[0].upper() + (word[1:] if keep else word[1:].lower())
        elif not keep:
            word = word.lower()
        out.append(word)
        first = False
        last = match.end()
    out.append(title[last:])
    return "".join(out)


#: Russian prepositions and conjunctions: minor words of a title, as English ones are
RUSSIAN_SMALL_WORDS = frozenset(
    "в во и о об на по с со к ко из от для при над под без у за до".split()  # noqa: SIM905
)
#: the same transliterated, small in title case: "Upravlenie v Sovremennykh Sistemakh"
TRANSLITERATED_SMALL_WORDS = frozenset(transliterate(word) for word in RUSSIAN_SMALL_WORDS)


def title_case(title: str, *, small: frozenset[str] = SMALL_WORDS) -> str:
    """Capitalise major words (APA 7: words of four letters or more and all major words);
    words already holding capitals are left alone, and `small` words stay lower case."""
    if is_title_case(title):  # already title case: its lower-case words are deliberate ("npj")
        return title
    out: list[str] = []
    last = 0
    first = True
    for match in _WORD.finditer(title):
        out.append(title[last : match.start()])
        word = match.group()
        after_break = bool(_BREAK.search(title, last, match.start()))
        if word.islower() and (first or after_break or word not in small):
            word = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
        out.append(word)
        first = False
        last = match.end()
    out.append(title[last:])
    return "".join(out)
