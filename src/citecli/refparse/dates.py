"""Years and access dates.

An access date ("date of access: 24.03.2025", "Accessed March 3, 2020") is never the year of
publication, so it is found and cut out before any year is looked for.
"""

from __future__ import annotations

import re
from datetime import date

from citecli import months
from citecli.refparse.text import first_letter_alternatives, has_any, spellings

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
# the last three characters of every word _MONTH_WORD matches ("Jan", "January", "Sept": "Jan",
# "ary", "ept"; none is shorter) and of a day with its ordinal ("21st": "1st")
_DATE_LAST_THREE = frozenset(
    [word[-3:] for form in _MONTH_WORDS.split("|") for word in spellings(form)]
    + [digit + ordinal for digit in "0123456789" for ordinal in ("st", "nd", "rd", "th")]
)


def _may_end_in_date(before: str) -> bool:
    """Whether `before`, the text before a year, may end in a date as _DATE_BEFORE_YEAR finds
    one: in a month's word or a day after it, then a full stop, a comma and spaces ("June ",
    "Dec. ", "June 21, ", "8 May ", "May 21st "). A test with no pattern's call: the text
    before most years names no month ("Press, 2019", "Vol. 14, 2019", "pp. 57-69, 2019")."""
    end = before.rstrip().rstrip(",.")
    if end[-1:].isdigit():  # a day, after its month ("June 21")
        end = end.rstrip("0123456789").rstrip().rstrip(".")
    return end[-3:] in _DATE_LAST_THREE


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if groups["y1"]:
            return date(int(groups["y1"]), int(groups["m1"]), int(groups["d1"]))
        if groups["y2"]:
            return date(int(groups["y2"]), int(groups["m2"]), int(groups["d2"]))
        if groups["y3"]:
            month = months.NUMBERS.get(groups["mon3"].lower())
            return date(int(groups["y3"]), month, int(groups["d3"])) if month else None
        if groups["y4"]:
            month = months.NUMBERS.get(groups["mon4"].lower())
            return date(int(groups["y4"]), month, int(groups["d4"])) if month else None
        if groups["y5"]:
            month = months.NUMBERS.get(groups["mon5"].lower())
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
RUSSIAN_MONTH_ABBREVIATIONS = tuple(
    name for names in months.RUSSIAN_ABBREVIATIONS for name in names
)
# a day (or days) and a Russian month before a year that "г." follows: "(Томск, 12–14 мая 2019 г.)";
# or a month alone, named in the nominative too: "(г. Пермь, апрель 2011 г.)", "Казань, май 2019 г."
_RUSSIAN_DAY_MONTH = re.compile(
    r"(?:[0-9]{1,2}(?:\s?[-–—]\s?[0-9]{1,2})?\s)?(?<![а-яё])"
    + "(?:"
    + "|".join(months.RUSSIAN_GENITIVE + months.RUSSIAN)  # "марта" before "март"
    + r"|(?:"
    + "|".join(RUSSIAN_MONTH_ABBREVIATIONS)
    + r")\.)\s$"
)
# a meeting's city and year in brackets: "материалы Всерос. конф. (Москва, 2020 г.)"
_BRACKETED_CITY = re.compile(r"\((?:г\.\s?)?[А-ЯЁ][а-яё-]+(?:\s[А-ЯЁ][а-яё-]+)?,\s$")


def _is_event_date(text: str, start: int) -> bool:
    """Whether the year at `start` dates a conference or an act ("материалы конф. (Томск,
    12–14 мая 2019 г.)", "(Москва, 2020 г.)", "закон от 27 июля 2006 г."): GOST writes a year
    of publication bare, never after a month or in a meeting's brackets, so this one is part of
    a name, not a locator."""
    if not text.startswith(" г.", start + 4) and not text.startswith("г.", start + 4):
        return False
    if text.startswith(")", text.index("г.", start + 4) + 2) and _BRACKETED_CITY.search(
        text, max(0, start - 40), start
    ):
        return True
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
        # the cheap tests first: a date ends in a space before its year ("June 2013"), and in a
        # month's word or a day before that
        if (
            text[start - 1 : start].isspace()
            and _may_end_in_date(text[window:start])
            and _LETTER.search(text, max(0, start - 12), start)
        ):
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


# The day and month of the year of publication, written next to it: before it ("12 March
# 2019", "March 5, 2020", "Mar. 2019") or after it ("2002 Jul 25;", "2019 Mar;", "2019. –
# 12 марта.", "2019, 12 March,", "(2020, March 5)"). The month is any word of months.NUMBERS
# (English, French, German, Spanish, Russian genitive and nominative); a season ("Spring") is
# no month. A range ("March - December 1994", "12–14 March", "2019 Mar-Apr") gives neither.
_MONTH_NAME = r"[A-Za-zÀ-ÿА-Яа-яЁё]{3,10}"
_ORDINAL = r"(?:st|nd|rd|th)?"
# what ends just before the year (searched from where its date starts): "12 March ", "March 5, "
_DATE_ENDING = re.compile(
    rf"(?<![0-9])(?:(?P<d1>[0-9]{{1,2}}){_ORDINAL}\s+)?(?P<m>{_MONTH_NAME})\.?"
    rf"(?:\s+(?P<d2>[0-9]{{1,2}}){_ORDINAL})?,?\s+$"
)
# what starts just after the year: " Jul 25;", ". – 12 марта.", ", March 5)", ", 12 March,"
_DATE_OPENING = re.compile(
    r"[a-z]?\s?[.,]?\s?(?:[–—-]\s)?"
    rf"(?:(?P<d1>[0-9]{{1,2}})\s(?P<m1>{_MONTH_NAME})"
    rf"|(?P<m2>{_MONTH_NAME})\.?(?:\s(?P<d2>[0-9]{{1,2}}){_ORDINAL})?)"
    r"(?![0-9A-Za-zÀ-ÿА-Яа-яЁё])"
)
# a second month or day after the first, which makes the date a range ("Mar-Apr", "5–7"), or
# a year after it, which makes it a date of its own: MLA's access date in "28 Mar. 2002. 15
# May 2002 <http://…>"
_RANGE_ON = re.compile(
    rf"\.?\s?[-–—/]\s?(?:[0-9]|(?P<month>{_MONTH_NAME}))|\.?,?\s?[0-9]{{4}}(?![0-9])"
)
# after a month alone (no day) following the year, what shows it is a date: punctuation that
# ends it, or the end; "2019. Mar. Ecol. Prog. Ser." is a journal's name
_MONTH_ALONE_ENDS = re.compile(r"\.?\s?(?:[;:,)\]]|$)|\.\s?[–—-]\s|\.\s?[0-9]")
_NO_DATE: tuple[int | None, int | None] = (None, None)


def _checked(year: int, month_word: str, day_text: str | None) -> tuple[int | None, int | None]:
    """(month, day) if `month_word` names a month and the day (if any) is one of it."""
    month = months.NUMBERS.get(month_word.lower())
    if month is None:
        return _NO_DATE
    if not day_text:
        return month, None
    day = months.day_of(year, month, int(day_text))
    return _NO_DATE if day is None else (month, day)


def _is_range(text: str, end: int) -> bool:
    """Whether another month or day follows the date ending at `end` after a dash."""
    more = _RANGE_ON.match(text, end)
    return more is not None and (
        more.group("month") is None or more.group("month").lower() in months.NUMBERS
    )


def month_day_before(
    text: str, start: int, year_at: int, year: int
) -> tuple[int | None, int | None]:
    """(month, day) of a date that ends in the year at `year_at`, looked for in
    text[start:year_at] (`start`: where `dated_years` found the date to start)."""
    # most often the date is all of text[start:year_at]; else it ends a locator ("37 (February
    # 1931)") or a range ("March - December 1994")
    found = _DATE_ENDING.match(text, start, year_at) or _DATE_ENDING.search(
        text, max(start, year_at - 20), year_at
    )
    if found is None:
        return _NO_DATE
    before = text[max(0, found.start() - 5) : found.start()].rstrip()
    if before[-1:] in ("-", "–", "—", "/"):  # "March - December 1994", "12–14 March 2019"
        return _NO_DATE
    if before.endswith("Web."):  # MLA 7's access date: "Web. 25 Mar. 2010."
        return _NO_DATE
    return _checked(year, found.group("m"), found.group("d1") or found.group("d2"))


def _words_before(
    text: str, start: int, year_at: int, year: int
) -> tuple[int | None, int | None] | None:
    """What `month_day_before` finds, read cheaply from the words of text[start:year_at] when
    they are a month and perhaps a day ("12 March", "March 5,", "Mar.", "21st June"); None
    when they are something else, for `month_day_before` to read."""
    words = text[start:year_at].replace(",", " ").replace(".", " ").split()
    if len(words) == 1:
        month_word, day_text = words[0], None
    elif len(words) == 2 and words[0][:1].isdigit():
        day_text, month_word = words[0].rstrip("stndrh"), words[1]
    elif len(words) == 2 and words[1][:1].isdigit():
        month_word, day_text = words[0], words[1].rstrip("stndrh")
    else:
        return None
    if month_word.lower() not in months.NUMBERS:
        return None
    if day_text is not None and not day_text.isdigit():
        return None
    before = text[max(0, start - 3) : start].rstrip()[-1:]
    if before.isdigit():  # "pp. 955–962 Sep 1989": no day
        return None
    if before in ("-", "–", "—", "/"):  # "12–14 March 2019", "March -- December 1994"
        return _NO_DATE
    if "Web." in text[max(0, start - 6) : start]:  # MLA 7's access date: "Web. 25 Mar. 2010."
        return _NO_DATE
    return _checked(year, month_word, day_text)


def month_day_after(text: str, year_end: int, year: int) -> tuple[int | None, int | None]:
    """(month, day) of a date that the year ending at `year_end` opens ("2002 Jul 25;",
    "2019. – 12 марта.", "2020, March 5)")."""
    found = _DATE_OPENING.match(text, year_end)
    if found is None or _is_range(text, found.end()):
        return _NO_DATE
    if found.group("m1"):
        return _checked(year, found.group("m1"), found.group("d1"))
    if not found.group("d2") and not _MONTH_ALONE_ENDS.match(text, found.end()):
        return _NO_DATE
    return _checked(year, found.group("m2"), found.group("d2"))


def month_day(text: str, start: int, year: int) -> tuple[int | None, int | None]:
    """(month, day) written with the year `year` whose date `dated_years` (or a locator)
    found to start at `start` in `text`; (None, None) when none is written or the year's
    digits are not where they should be."""
    if text[start : start + 4].isdigit():  # (most often) the year itself: no date before it
        year_at = start
    else:  # a month before the year ("12 March 2019"), or a locator's start ("34 (2012)")
        year_at = text.find(str(year), start, start + 40)
        if year_at < 0:
            return _NO_DATE
        # a date before the year ends in a space ("March 5, 2020"), not in "(" ("34 (2012)")
        if text[year_at - 1 : year_at] == " ":
            found = _words_before(text, start, year_at, year)
            if found is None:  # not the date's words alone: "37 (February 1931)"
                found = month_day_before(text, start, year_at, year)
            if found[0] is not None:
                return found
    # the cheap test first: a month's first letters after the separators and a day (" Jul",
    # ". – 12 марта", ", March"), not a label ("Vol.", ". – С. 3") or a number (";14(1)")
    after = text[year_at + 4 : year_at + 14].lstrip(" .,–—-")
    first = after[:1]
    if first.isdigit():
        after = after.lstrip("0123456789")[1:]
        first = after[:1]
    if first not in _MONTH_INITIALS or not after[1:3].isalpha():
        return _NO_DATE
    return month_day_after(text, year_at + 4, year)


# the first letters of the months' names in months.NUMBERS, in both cases
_MONTH_INITIALS = frozenset("".join(name[0] + name[0].upper() for name in months.NUMBERS))
#: what `month_day` may find a date in, tested with one cheap match at the offset a locator
#: gives the year: a date that starts before the year (the offset is not the year's), or a
#: month's first letters after the year, its separators and a day (" Jul", ". – 12 марта")
MAY_BE_DATED = re.compile(
    r"(?![0-9]{4})|[0-9]{4}[a-z]?[ .,–—-]{0,4}(?:[0-9]{1,2}\s)?"
    rf"[{''.join(sorted(_MONTH_INITIALS))}][^\W0-9_]{{2}}"
)
