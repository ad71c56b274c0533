"""Place and publisher: "Farnham: Ashgate", "М. : Наука", "Moscow, Nauka Publ.".

An imprint is told by the colon between a place and a publisher, looked for before the
locators and, failing that, at the very end of the reference; without one, by a publisher's
word ("Press", "Verlag", "Изд-во", "Publ.") or a known city beside it. The colon's patterns
are built so that the regex engine can skip ahead to a mark: see `_imprint_patterns`.
"""

from __future__ import annotations

import re

from citecli.refparse.locators import FRONT_MATTER
from citecli.refparse.places import (
    ABBREVIATED_CITIES,
    CITIES,
    CITY_THEN_PUBLISHER,
    CYRILLIC_CITIES,
    PUBLISHER_THEN_CITY,
    ROSTOV,
    RUSSIAN_CITY,
)
from citecli.refparse.text import (
    LOWER,
    UPPER,
    first_letter_alternatives,
    strip_edges,
    word_alternatives,
)

# the end of a place's word: its letters backed off one by one leave a letter, an apostrophe or a
# hyphen next, which nothing after the word can start with but a hyphen before a capital
# ("Rostov-Don"); without this test each shorter word was tried, and in a place of three
# words each combination of their lengths
_WORD_END = rf"(?![{LOWER}'’]|-(?![{UPPER}]))"
_PLACE = (
    r"[\u4e00-\u9fff]{2,6}|"  # "北京"
    # "Rio de Janeiro", "Newcastle upon Tyne", "Washington DC", "White River Junction (VT)"
    # the first word is no initial ("Ed. A. Benjamin. Coventry: Warwick UP"), but "М.", "К."
    # (and "M.", "SPb.": the References that transliterate GOST's abbreviated cities)
    rf"(?:[{UPPER}][{LOWER}]{{1,2}}\.|[{UPPER}][{LOWER}'’-]+{_WORD_END}"
    rf"|СПб\.?|Спб\.?|{ROSTOV}\.?|[А-ЯЁ]\.?"
    r"|M\.(?=\s?:)|SPb\.)"
    # (a later word is no lone capital with a full stop: "Т. V. М." is a volume and a place)
    rf"(?:(?:\s(?:de|do|da|upon|on|am|an|sur|del|la))?[ -][{UPPER}]"
    rf"(?:[{LOWER}'’-]+{_WORD_END}\.?|(?!\.))){{0,2}}"
    r"(?:\s?(?:DC|D\.C\.)|\s\([A-Z]{2,3}\))?"
    r"(?:,\s?(?:[A-Z]{2,3}\.?|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
)
_PLACE_AND_PUBLISHER = (
    # GOST's several places ("Москва ; Берлин : Директ-Медиа"), at most four: a start at
    # every ", " of an unbounded run of them would rescan the rest of it (quadratic)
    rf"(?P<place>(?:{_PLACE})(?:\s;\s(?:{_PLACE})){{0,3}})\s?:\s?"
    # an initial's full stop may stand inside the name ("Frank S. Holby", "J. Johnson"), and
    # a Russian acronym's ("БИНОМ. Лаборатория знаний"); GOST's several publishers ("Наука :
    # Юрайт") and place-publisher groups ("Питер ; М. : Наука") are kept as written, and the
    # "им." of a body named after someone ("РЭУ им. Г. В. Плеханова")
    rf"(?P<publisher>[{UPPER}\"«\u4e00-\u9fff](?:[^:;().]|(?<=\b[{UPPER}])\.|(?<=Bros)\.|(?<=[А-ЯЁ]{{3}})\.|(?<=\sим)\.|\.(?!\s[{UPPER}])"
    rf"|\s[:;]\s(?=[{UPPER}«\"])){{1,80}}?)"
)
# The imprint opens the text or follows ". ", ", ", "(" or "( ". The mark before it is read,
# not looked behind for: a pattern that opens with look-behinds is tried at every position,
# one that opens with a class lets the regex engine skip ahead to the class's characters. The
# opening of the text takes a pattern of its own, and the imprint starts at the "place" group.
_AFTER_MARK = r"[.,(](?:\s|(?<=\())"


def _imprint_patterns(ending: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The imprint followed by `ending`: at the opening of a text, and after a mark."""
    imprint = _PLACE_AND_PUBLISHER + ending
    return re.compile(imprint), re.compile(_AFTER_MARK + imprint)


def _search_imprint(
    patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str
) -> re.Match[str] | None:
    """The first imprint in `text` (see `_imprint_patterns`), as one search would find it."""
    at_opening, after_mark = patterns
    return at_opening.match(text) or after_mark.search(text)


# before the locators: "Farnham: Ashgate, 2009", "М.: Наука, 2010. 320 с."
_PLACE_PUBLISHER = _imprint_patterns(r"(?=\s*[.,;)]?\s*$)")
# after the locators ("(Vol. 3, pp. 1761-1800). London: Elsevier."): only at the very end
_PLACE_PUBLISHER_LAST = _imprint_patterns(
    # GOST closes a book with its page count: "Москва : Наука, 1979. – 420 с.", "XII, 420 с."
    # (its first character tested first: the look-ahead is tried after each character of the
    # publisher's name, and a letter fails it there)
    r"(?=(?=[\s.,;)0-9]|\Z)\s*[.,;)]?\s*(?:[0-9]{4}[a-z]?)?"
    + rf"(?:\.\s*(?:{FRONT_MATTER})?[0-9]{{1,5}}\s?(?:с|p|S)\.?)?\.?\s*$)"
)
# the colon and the publisher's first letter, without which neither pattern above can match;
# it starts with a literal, so it is found much faster than they fail to be
_COLON_THEN_PUBLISHER = re.compile(rf":\s?[{UPPER}\"«\u4e00-\u9fff]")
_RUSSIAN_CITY_ONLY = re.compile(RUSSIAN_CITY)
_PUBLISHER_AND_PLACE = re.compile(
    rf"(?P<publisher>[^,]{{3,80}}),\s*(?P<place>[{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+)?"
    r",\s?(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.))$"
)
# GOST: "Материалы конференции «…». СПб., 2018. С. 12–15", "… : сб. ст. – Москва, 2018. – С. 5"
# - the city, abbreviated or in full, closes the container
_TRAILING_RUSSIAN_CITY = re.compile(
    rf"[.,]\s*(?:{RUSSIAN_CITY}|{first_letter_alternatives(CYRILLIC_CITIES)})\s*$"
)
# a city closing a sentence of what precedes the publisher ("…. Moscow" of "…. Moscow, Nauka
# Publ."), the place written before it with a comma instead of a colon
_TRAILING_CITY = re.compile(rf"\.\s+((?:{CITIES}))[\s,]*$")
# whole words ("\b" before each, see `word_alternatives`)
_PUBLISHER_WORD_LIST = (
    r"Press|Publishers?|Publishing|Publications|Verlag|Books|Wiley|Springer|Elsevier|"
    r"Routledge|Macmillan|Penguin|Blackwell|Sage|SAGE|Éditions|Editions|Editora|Edizioni|"
    r"Kaufmann|Wesley|Prentice|Hall|Verlag|Erlbaum|Kluwer|McGraw|Holland|Sons|Freeman|"
    r"Pergamon|Birkh[äa]user|Academic|Harper|Norton|Knopf|Dover|Pearson|Thomson|Mouton|"
    r"Univ\.|Pr\.?$|Pub\.?$|Scientific$|House|Gallimard|"
    r"Издательство|Изд-во|Inc\.|Ltd\.?|GmbH|Co\.|"
    r"Publ\."  # the transliterated lists of Russian journals: "Moscow: Nauka Publ."
)
_PUBLISHER_WORDS = re.compile(
    rf"(?:{word_alternatives(_PUBLISHER_WORD_LIST)})(?![a-z])"  # "Springer", not "Springerplus"
)
# not before the last word of a publisher's name ("Sinauer Associates, Inc.", "Harvard Univ. Press")
_PART_BOUNDARY = re.compile(
    r"[.,](?<!\b[A-Z][.,])\s+(?=[A-Z])(?!(?:Inc|Ltd|Co|Corp|GmbH|Press|Pr|Publishers?|Verlag)\b)"
)


def _abbreviated(city: str) -> str:
    """A Russian imprint's city with the full stop of its abbreviation ("М." but "Ростов н/Д",
    "Н. Новгород")."""
    return f"{city}." if city in ABBREVIATED_CITIES else city


def _with_full_stop(place: str) -> str:
    """`place`, and the full stop an abbreviated Russian city ("М") lost with the punctuation
    around it."""
    if place and not place.endswith(".") and _RUSSIAN_CITY_ONLY.fullmatch(place):
        return _abbreviated(place)
    return place


def names_a_publisher(text: str) -> bool:
    """Whether `text` holds a publisher's word ("Press", "Verlag", "Wiley", …)."""
    return _PUBLISHER_WORDS.search(text) is not None


def _comma_imprint(name: str) -> re.Match[str] | None:
    if "," not in name:
        return None
    return PUBLISHER_THEN_CITY.search(name) or CITY_THEN_PUBLISHER.search(name)


def _cut_publisher(name: str) -> tuple[str, str]:
    """ "Proceedings of X. Morgan Kaufmann" -> ("Proceedings of X", "Morgan Kaufmann")."""
    if not _PUBLISHER_WORDS.search(name):
        return name, ""
    for boundary in _PART_BOUNDARY.finditer(name):
        after = name[boundary.end() :]
        if _PUBLISHER_WORDS.match(after) or _PUBLISHER_WORDS.search(after.split(",", 1)[0]):
            return name[: boundary.start()], strip_edges(after)
    return name, ""
