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

from citecli.refparse.segments import Container

# the issuing bodies' prefixes, one or several ("ГОСТ Р ИСО", "ISO/IEC", "DIN EN ISO")
_BODY = (
    r"(?:ГОСТ|ОСТ|СНиП|СанПиН|СП|СТО|ИСО|МЭК|GOST|SNiP|SanPiN|ISO|IEC|IEEE\sStd|ASTM|DIN|BS|EN"
    r"|ANSI|NIST\sSP)"
)
_DESIGNATION = re.compile(
    rf"{_BODY}(?:[\s/](?:{_BODY}|[РR](?=\s)))*\s?"
    # the number: "7.0.100–2018", "690:2021", "42.13330.2016", "D638-14", "2.01.07-85*",
    # "60601-1:2005+AMD1:2012"
    r"(?P<number>[A-Z]?\d+(?:[.:/–—-][A-Z]?\d+)*(?:\+[A-Z]*\d+(?::\d+)*)*\*?)"
    r"(?![\w-])"
)
# a year closing the number: ":2021", "–2018", ".2016", and two digits after a hyphen ("-95")
_YEAR = re.compile(r"[:.–—-]((?:19|20)\d\d)\*?$|-(\d\d)\*?$")
# what follows a " : " in GOST's title area is the other title information, up to the next
# area ("… : национальный стандарт Российской Федерации : издание официальное : введен
# впервые : дата введения 2019-07-01. – Москва : Стандартинформ, 2018"), whose dash the
# text has lost by now (`text.normalise`): up to the next sentence
_AREA_END = re.compile(r"\.\s(?=[A-ZА-ЯЁ])")
_OTHER_INFORMATION = " : "


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
    """The designation opening `text`, if it opens with one."""
    found = _DESIGNATION.match(text)
    if found is None:
        return None
    after = text[found.end() :]
    if after and after[0] not in " .,;:":
        return None
    year_found = _YEAR.search(found.group("number"))
    year = None
    if year_found and year_found.group(1):
        year = int(year_found.group(1))
    elif year_found:  # "ГОСТ 2.105-95": the century of a two-digit year
        two_digits = int(year_found.group(2))
        year = 2000 + two_digits if two_digits <= 30 else 1900 + two_digits
    rest = after.lstrip(" .,;:")
    colon = rest.find(_OTHER_INFORMATION)
    area_end = _AREA_END.search(rest, colon) if colon >= 0 else None
    if area_end:  # cut before its dates and numbers are read as the work's
        kind = rest[colon + len(_OTHER_INFORMATION) : area_end.start()]
        return Designation(found.group(0), year, rest[:colon] + rest[area_end.start() :], kind)
    return Designation(found.group(0), year, rest)


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


class StandardTitle(NamedTuple):
    title: str
    kind: str
    publisher: str


def standard_title(title: str, container: Container, kind: str) -> StandardTitle:
    """A standard's title, kind and publisher from what a book's reading took for its title
    and container: the two are one title, up to its other title information; a single word
    left after it is the body that published it ("… between Systems. IEEE; 2021")."""
    rest, publisher = container.name, container.publisher
    if rest and " " not in rest and not publisher:
        rest, publisher = "", rest
    whole = f"{title}. {rest}" if title and rest else title or rest
    name, _, more = whole.partition(_OTHER_INFORMATION)
    return StandardTitle(name.strip(" .,;:"), kind or more.strip(" .,;:"), publisher)
