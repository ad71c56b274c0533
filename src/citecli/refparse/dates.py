"""Years and access dates.

An access date ("date of access: 24.03.2025", "Accessed March 3, 2020") is never the year of
publication, so it is found and cut out before any year is looked for.
"""

from __future__ import annotations

import re
from datetime import date

from citecli.refparse.text import first_letter_alternatives, has_any

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "janvier", "januar", "enero", "января", "январь"),
            ("feb", "february", "février", "februar", "febrero", "февраля", "февраль"),
            ("mar", "march", "mars", "märz", "marzo", "марта", "март"),
            ("apr", "april", "avril", "abril", "апреля", "апрель"),
            ("may", "mai", "mayo", "мая", "май"),
            ("jun", "june", "juin", "juni", "junio", "июня", "июнь"),
            ("jul", "july", "juillet", "juli", "julio", "июля", "июль"),
            ("aug", "august", "août", "agosto", "августа", "август"),
            ("sep", "sept", "september", "septembre", "septiembre", "сентября", "сентябрь"),
            ("oct", "october", "octobre", "oktober", "octubre", "октября", "октябрь"),
            ("nov", "november", "novembre", "noviembre", "ноября", "ноябрь"),
            ("dec", "december", "décembre", "dezember", "diciembre", "декабря", "декабрь"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-zÀ-ÿА-Яа-я]{3,10})\.?"
_NUMERIC_DMY = r"(?P<d1>[0-9]{1,2})[./](?P<m1>[0-9]{1,2})[./](?P<y1>[0-9]{4})"
_ISO = r"(?P<y2>[0-9]{4})-(?P<m2>[0-9]{1,2})-(?P<d2>[0-9]{1,2})"
_MDY = rf"{_MONTH.replace('month', 'mon3')}\s+(?P<d3>[0-9]{{1,2}}),?\s+(?P<y3>[0-9]{{4}})"
_DMY = rf"(?P<d4>[0-9]{{1,2}})[\s-]+{_MONTH.replace('month', 'mon4')}[\s-]+(?P<y4>[0-9]{{4}})"
# Vancouver's year first: "[cited 2021 Mar 5]"
_YMD = rf"(?P<y5>[0-9]{{4}})\s+{_MONTH.replace('month', 'mon5')}\s+(?P<d5>[0-9]{{1,2}})(?![0-9])"
_ANY_DATE = rf"(?:{_NUMERIC_DMY}|{_ISO}|{_YMD}|{_MDY}|{_DMY})"

_ACCESS_LABEL = (
    r"(?:date of (?:the )?(?:access|address|accession|request|application|reference)"
    r"|дата обращения|дата доступа|accessed(?: on)?|access(?:ed)? date|last accessed"
    r"|retrieved(?: on)?|viewed(?: on)?|cited|consulté le|abgerufen am|zugegriffen am)"
)
# The look-ahead holds every character a match can open with: a bracket, a space, a label's
# first letter. The pattern has no first character the regex engine could skip ahead to, so
# it is tried at every position; the look-ahead fails there much sooner than the labels do.
_ACCESS = re.compile(
    r"(?=[\[(\sdдalrvcz])"
    # Vancouver's date of update before it names no field: "[updated 2021 Sep 27; cited …]"
    rf"[\[(]?\s*(?:updated\s[^;\[\]()]{{4,24}};\s*)?"
    rf"{_ACCESS_LABEL}\s*:?\s*{_ANY_DATE}\s*[\])]?(?:,?\s*from\b)?",
    re.IGNORECASE,
)

#: the latest year taken for a year of publication (YEAR_DIGITS below stops there too)
LATEST_YEAR = 2049


def full_year(two_digits: int) -> int:
    """The year a two-digit one names in a designation or a patent's dates ("ГОСТ 2.105-95",
    "опубл. 20.08.02"): this century's up to 30, else the last's."""
    return 2000 + two_digits if two_digits <= 30 else 1900 + two_digits


#: a plausible year of publication, 1500-2049 (the other modules build their patterns on it)
YEAR_DIGITS = r"(?:1[5-9][0-9][0-9]|20[0-4][0-9])"
YEAR_PATTERN = rf"(?<![0-9./-])({YEAR_DIGITS})(?![0-9])"
_YEAR = re.compile(YEAR_PATTERN)
_MONTH_WORDS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn|Winter|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"Januar|Februar|März|Juni|Juli|Oktober|Dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
_MONTH_WORD = f"(?:{first_letter_alternatives(_MONTH_WORDS)})"
_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
#: a month (and day) before a year: "July", "Jan.", "8 May", "June 21,"
DAY_MONTH = rf"(?:{_DAY}\s+)?{_MONTH_WORD}\.?(?:\s+{_DAY},?)?"
# what may stand before a year and belongs to its date: "June 2013", "Dec. 1991", "8 May 2014",
# "March - December 1994", "Spring 2001" (searched in a short window ending at the year)
_DATE_BEFORE_YEAR = re.compile(
    rf"(?:{_DAY}\s+)?{_MONTH_WORD}\.?(?:\s+{_DAY})?(?:\s*[-–/]\s*{_MONTH_WORD}\.?)?,?\s+$"
)
# a run of exactly four digits, not after ".", "/" or "-" and not followed by a word ("до
# 2030 года"); an abbreviation after it leaves it a year ("2019 г.", "2019 стр. 300" where a
# copy lost the full stop); a digit starts the pattern (the look-behind follows it): a
# pattern led by a literal class is found much faster than one led by a look-behind or an
# optional group
_FOUR_DIGITS = re.compile(
    r"[0-9](?<![0-9./-][0-9])[0-9]{3}(?![0-9])(?![ \t]*(?:[A-Za-z]|[а-яё]+(?![а-яё.])))"
)
_LETTER = re.compile(r"[^\W0-9_]")
# _DATE_BEFORE_YEAR needs a month word; found alone, one is found much faster
_ANY_MONTH_WORD = re.compile(_MONTH_WORD)


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if groups["y1"]:
            return date(int(groups["y1"]), int(groups["m1"]), int(groups["d1"]))
        if groups["y2"]:
            return date(int(groups["y2"]), int(groups["m2"]), int(groups["d2"]))
        if groups["y3"]:
            month = _MONTHS.get(groups["mon3"].lower())
            return date(int(groups["y3"]), month, int(groups["d3"])) if month else None
        if groups["y4"]:
            month = _MONTHS.get(groups["mon4"].lower())
            return date(int(groups["y4"]), month, int(groups["d4"])) if month else None
        if groups["y5"]:
            month = _MONTHS.get(groups["mon5"].lower())
            return date(int(groups["y5"]), month, int(groups["d5"])) if month else None
    except ValueError:
        return None
    return None


_ACCESS_TRIGGERS = (
    "access",
    "address",
    "обращ",
    "доступ",
    "retriev",
    "viewed",
    "cited",
    "consult",
    "abgerufen",
    "zugegriffen",
    "date of",
)


def cut_access_date(text: str) -> tuple[date | None, str]:
    """The access date and `text` with it (and its label) replaced by a space."""
    lowered = text.lower()
    if not has_any(lowered, _ACCESS_TRIGGERS):
        return None, text
    match = _ACCESS.search(text)
    if not match:
        return None, text
    return _to_date(match), text[: match.start()] + " " + text[match.end() :]


def years_in(text: str) -> list[re.Match[str]]:
    return list(_YEAR.finditer(text))


#: the abbreviated Russian months a meeting's dates are written with ("апр.", "сент.")
RUSSIAN_MONTH_ABBREVIATIONS = (
    "янв",
    "фев",
    "февр",
    "мар",
    "апр",
    "авг",
    "сен",
    "сент",
    "окт",
    "ноя",
    "нояб",
    "дек",
)
# a day (or days) and a Russian month before a year that "г." follows: "(Томск, 12–14 мая 2019 г.)"
_RUSSIAN_DAY_MONTH = re.compile(
    r"[0-9]{1,2}(?:\s?[-–—]\s?[0-9]{1,2})?\s(?:января|февраля|марта|апреля|мая|июня|июля|августа|"
    r"сентября|октября|ноября|декабря|(?:" + "|".join(RUSSIAN_MONTH_ABBREVIATIONS) + r")\.)\s$"
)


def _is_event_date(text: str, start: int) -> bool:
    """Whether the year at `start` dates a conference or an act ("материалы конф. (Томск,
    12–14 мая 2019 г.)", "закон от 27 июля 2006 г."): GOST writes a year of publication bare,
    never after a day and month, so this one is part of a name, not a locator."""
    if not text.startswith(" г.", start + 4) and not text.startswith("г.", start + 4):
        return False
    return _RUSSIAN_DAY_MONTH.search(text, max(0, start - 24), start) is not None


def dated_years(text: str, first_digit: int, *, until: int = LATEST_YEAR) -> list[tuple[int, int]]:
    """(offset, year) for each year, the offset taken before a month or day written with it;
    looked for from `first_digit`, where the first digit of `text` is (a year starts at one).

    Not a year: one inside a longer number, a date or range ("1.2019", "/2019", "-2019"), one
    followed by a word ("Proceedings of the 1987 International Conference"), or one after
    `until` (the year the work was accessed: "Strategy up to 2030. Available at: …").
    """
    found = []
    for run in _FOUR_DIGITS.finditer(text, first_digit):
        year = int(run.group())
        if not 1500 <= year <= until:
            continue
        start = run.start()
        if _is_event_date(text, start):
            continue
        window = max(0, start - 40)
        month = None
        # the cheap test first: a date ends in a space before its year ("June 2013")
        if text[start - 1 : start].isspace() and _LETTER.search(text, max(0, start - 12), start):
            word = _ANY_MONTH_WORD.search(text, window, start)
            if word:  # the date starts at its first month word or at the day before it
                day = _day_before(text, word.start(), window)
                month = _DATE_BEFORE_YEAR.search(text, day, start)
        found.append((month.start() if month else start, year))
    return found


def _day_before(text: str, month: int, window: int) -> int:
    """Where a day before the month word at `month` ("8 May", "21st June") can start at the
    earliest: two digits and "st", "nd", "rd" or "th" before the spaces."""
    while month > window and text[month - 1].isspace():
        month -= 1
    return max(window, month - len("21st"))
