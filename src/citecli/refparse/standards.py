"""Standards, described under their designation and never under an author: "ГОСТ Р
7.0.100–2018. Библиографическая запись…", "ISO 690:2021. Information and documentation…",
"СП 42.13330.2016. Градостроительство…", "ASTM D638-14 Standard Test Method…".

The designation is cut before the rest is read like a book without authors; what the book
reading then takes for a container is the rest of the standard's title, which runs over
several sentences ("Библиографическая запись. Библиографическое описание. Общие требования
и правила составления"), and what follows its first " : " is the kind of document
("национальный стандарт Российской Федерации").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.refparse.container import Container
from citecli.refparse.dates import YEAR_DIGITS, full_year
from citecli.refparse.places import IMPRINT_START

# the issuing bodies' prefixes, one or several ("ГОСТ Р ИСО", "ISO/IEC/IEEE", "DIN EN ISO"),
# and the kinds of document some of them name ("ISO/TS", "ISO/IEC Guide"); a company's
# standard names the company in up to three words ("СТО Газпром 2-2.1-249-2008", "СТО ОАО
# РЖД 08.001-2009")
_BODY = (
    r"(?:ГОСТ|ОСТ|СНиП|СанПиН|СП|СТО(?:(?:\s[А-ЯЁ][А-ЯЁа-яё-]{1,30}){1,3}(?=\s[0-9]))?|ИСО|МЭК"
    r"|GOST|SNiP|SanPiN|ISO|IEC|IEEE(?:\sStd)?|ASTM|DIN"
    r"|BS|EN|ANSI|NIST\sSP|TS|TR|PAS|Guide)"
)
# "7.0.100–2018", "690:2021", "42.13330.2016", "D638-14", "E8/E8M-22", "2.01.07-85*",
# "60601-1:2005+AMD1:2012", "800-53 Rev. 5"
_NUMBER = (
    r"[A-Z]?[0-9]+[A-Z]?(?:[.:/–—-][A-Z]?[0-9]+[A-Z]?)*(?:\+[A-Z]*[0-9]+(?::[0-9]+)*)*\*?"
    r"(?:\sRev\.\s?[0-9]+)?"
)
_PREFIX = rf"{_BODY}(?:[\s/](?:{_BODY}|[РR](?=\s)))*\s?"
_DESIGNATION = re.compile(
    rf"{_PREFIX}(?P<number>{_NUMBER})(?![\w-])"
    # a second designation of the same standard: "ГОСТ Р ИСО 14971-2009/ISO 14971:2007",
    # "ГОСТ 31610.0-2014 (IEC 60079-0:2011)"
    rf"(?:/{_PREFIX}{_NUMBER}(?![\w-])|\s\({_PREFIX}{_NUMBER}\))?"
)
# the first letter of the next word, spaces, quotes and dashes skipped
_FIRST_LETTER = re.compile(r"\s*[«\"“(—–-]*\s*([^\W0-9_])")
# a number that is only a year ("DIN 2019 Jahresbericht", "СП 2019: Сборник") names none
_YEAR_ONLY = re.compile(YEAR_DIGITS)
# a year closing the number: ":2021", "–2018", ".2016", "DIN EN ISO 9001:2015-11" (its month)
_YEAR = re.compile(rf"[:.–—-]({YEAR_DIGITS})(?:-[0-9][0-9])?\*?$")
# two digits after a hyphen are a year in Russian designations and ASTM's ("ГОСТ 2.105-95",
# "ASTM D638-14"), a part in ISO's and IEC's ("ISO 10993-10", "IEC 61000-4-30")
_TWO_DIGIT_YEAR = re.compile(r"-([0-9][0-9])\*?$")
_TWO_DIGIT_BODIES = ("ГОСТ", "ОСТ", "СНиП", "СанПиН", "СП", "СТО", "GOST", "SNiP", "ASTM")
# The title area ends where the imprint starts (". М. : Стандартинформ", ". Moscow,") or at
# a year, a link or GOST's "Текст : непосредственный"; the dash before it the text has lost
# by now (`text.normalise`), and abbreviations ("утв. Приказом") do not end it.
_TITLE_AREA_END = re.compile(
    rf"\.\s(?={IMPRINT_START}|[0-9]{{4}}\b|URL|Текст|Электронный|\[Б\.\s?м\.\])"
)
# what follows a " : " in the title area is the other title information: "… : национальный
# стандарт Российской Федерации : издание официальное : введен впервые : дата введения
# 2019-07-01"
_OTHER_INFORMATION = " : "
# GOST 7.1's area of the date it came into force: ". – Взамен ГОСТ 7.1–84 ; введ. 2004–07–01"
_ENTRY_INTO_FORCE = re.compile(
    r"\.\s(?P<text>(?:Взамен\s[^;]{1,60};\s)?[Вв]вед(?:ен)?\.\s[0-9]{4}[-–][0-9][0-9][-–][0-9][0-9])(?=\.)"
)


class Designation(NamedTuple):
    #: "ГОСТ Р 7.0.100–2018", "ISO 690:2021"
    text: str
    #: the year the designation ends with, or None
    year: int | None
    #: the description after it, without `kind`
    rest: str
    #: the other title information of a GOST description, "национальный стандарт …"
    kind: str = ""


def read_designation(text: str) -> Designation | None:
    """The designation opening `text`, if it opens with one: followed by punctuation or by
    a capitalised title ("ISO 9001 adoption and firm performance" is an article's title)."""
    found = _DESIGNATION.match(text)
    if found is None or _YEAR_ONLY.fullmatch(found.group("number")):
        return None
    after = text[found.end() :]
    first_letter = _FIRST_LETTER.match(after)
    if first_letter and first_letter.group(1).islower():
        return None
    rest = after.lstrip(" .,;:")
    kinds = []
    force = _ENTRY_INTO_FORCE.search(rest) if "вед" in rest else None
    if force:  # cut before its dates are read as the work's year and pages
        kinds.append(force.group("text"))
        rest = rest[: force.start()] + rest[force.end() :]
    area_end = _TITLE_AREA_END.search(rest)
    title_end = area_end.start() if area_end else len(rest)
    colon = rest.find(_OTHER_INFORMATION, 0, title_end)
    if colon >= 0 and area_end:  # cut before its dates and numbers are read as the work's
        kinds.insert(0, rest[colon + len(_OTHER_INFORMATION) : title_end])
        rest = rest[:colon] + rest[title_end:]
    year = _year(found.group(0), found.group("number"))
    return Designation(found.group(0), year, rest, " ; ".join(kinds))


def _year(designation: str, number: str) -> int | None:
    """The year the (first) number ends with."""
    found = _YEAR.search(number)
    if found:
        return int(found.group(1))
    two_digits = (
        _TWO_DIGIT_YEAR.search(number) if designation.startswith(_TWO_DIGIT_BODIES) else None
    )
    if two_digits is None:
        return None
    return full_year(int(two_digits.group(1)))


# APA's form, the designation after the title: "… citations (ISO Standard No. 690:2021)"
_NUMBER_AFTER_TITLE = re.compile(
    r"\s*\((?:(?P<body>[A-Z][A-Za-z/]{1,10})\s)?Standard\sNo\.\s?(?P<number>[^()]{1,40})\)"
)


def cut_designation_after_title(text: str) -> tuple[str, str] | None:
    """(text without it, designation) of "Title (ISO Standard No. 690:2021). URL", or None."""
    found = _NUMBER_AFTER_TITLE.search(text) if "Standard No" in text else None
    if found is None:
        return None
    body, number = found.group("body"), found.group("number").strip()
    designation = f"{body} {number}" if body and not number.startswith(body) else number
    return text[: found.start()] + text[found.end() :], designation


# a body's acronym alone after the title: "… between Systems. IEEE; 2021"
_BODY_ONLY = re.compile(r"[A-Z]{2,8}")


class StandardTitle(NamedTuple):
    title: str
    kind: str
    publisher: str


def standard_title(title: str, container: Container, kind: str) -> StandardTitle:
    """A standard's title, kind and publisher from what a book's reading took for its title
    and container: the two are one title, up to its other title information; a single word
    left after it is the body that published it ("… between Systems. IEEE; 2021")."""
    rest, publisher = container.name, container.publisher
    if rest and not publisher and _BODY_ONLY.fullmatch(rest):
        rest, publisher = "", rest
    whole = f"{title}. {rest}" if title and rest else title or rest
    name, _, more = whole.partition(_OTHER_INFORMATION)
    return StandardTitle(name.strip(" .,;:"), kind or more.strip(" .,;:"), publisher)
