"""The months' names: one table for the parser that reads them and the styles that write them.

Each tuple lists January first, so a month's number is its index plus one.
"""

from __future__ import annotations

from datetime import date

#: English names, as APA, Vancouver (their first three letters) and GOST's English items write them
ENGLISH = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Russian names in the nominative ("март"), GOST's month standing alone
RUSSIAN = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
#: Russian names in the genitive a date writes them in ("12 марта")
RUSSIAN_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
#: BibTeX's month macros ("mar"), which every BibTeX style prints in its own language
BIBTEX_MACROS = tuple(name[:3].lower() for name in ENGLISH)

#: the Russian abbreviations (GOST R 7.0.12-2011's and the shorter ones lists also use), which
#: a newspaper's date ("2021. – 17 сент.") and a meeting's ("13–30 апр. 2021 г.") are written with
RUSSIAN_ABBREVIATIONS = (
    ("янв",),
    ("фев", "февр"),
    ("мар",),
    ("апр",),
    (),
    (),
    (),
    ("авг",),
    ("сен", "сент"),
    ("окт",),
    ("ноя", "нояб"),
    ("дек",),
)
# the names references are written with in the other languages lists mix in, and the
# abbreviations that are not a name's first three letters ("Sept.")
_OTHER_NAMES = (
    ("janvier", "januar", "enero"),
    ("février", "februar", "febrero"),
    ("mars", "märz", "marzo"),
    ("avril", "abril"),
    ("mai", "mayo"),
    ("juin", "juni", "junio"),
    ("juillet", "juli", "julio"),
    ("août", "agosto"),
    ("sept", "septembre", "septiembre"),
    ("octobre", "oktober", "octubre"),
    ("novembre", "noviembre"),
    ("décembre", "dezember", "diciembre"),
)

#: every name and abbreviation above in lower case, to the month's number: "mar", "march",
#: "mars", "марта", "март" and "мар" are all 3
NUMBERS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        zip(
            BIBTEX_MACROS,
            ENGLISH,
            RUSSIAN,
            RUSSIAN_GENITIVE,
            _OTHER_NAMES,
            RUSSIAN_ABBREVIATIONS,
            strict=True,
        ),
        start=1,
    )
    for name in (*(part.lower() for part in names[:4]), *names[4], *names[5])
}


def day_of(year: int, month: int, day: int) -> int | None:
    """`day` where that month of that year has it (no 30 February), else None: a date's day
    is kept only when it is one, whichever reader found it."""
    try:
        date(year, month, day)
    except ValueError:
        return None
    return day


def month_number(word: str) -> int | None:
    """The month a whole word names, written out or abbreviated ("March", "Mar.", "mars",
    "марта", "3"); None for anything else, a pair of months ("June/July") included."""
    word = word.strip(" .").lower()
    if word.isdigit():
        number = int(word)
        return number if 1 <= number <= 12 else None
    return NUMBERS.get(word)
