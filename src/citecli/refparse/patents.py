"""Patents in GOST's forms, described under the patent's heading, not under an inventor:

- GOST R 7.0.100-2018: "Патент № 2637215 Российская Федерация, МПК B02C 19/16. Вибрационная
  мельница : № 2017105030 : заявл. 15.02.2017 : опубл. 01.12.2017 / Артеменко К. И.,
  Богданов Н. Э. ; заявитель БГТУ. – 4 с.";
- GOST 7.1-2003 / 7.0.5-2008: "Пат. 2187888 Российская Федерация, МПК7 H 04 B 1/38.
  Приемопередающее устройство / Чугаева В. И. ; заявитель … – № 2000131736/09 ; заявл.
  18.12.00 ; опубл. 20.08.02, Бюл. № 23. – 3 с.";
- and in the References of Russian journals, where it follows the title: "Sposob … [Data
  processing method]. Patent RF, no. 2123456, 2020", "Patent RU 2123456 C1, 2020".

The application's number and dates are the patent's other title information, kept as they
are written; the year is the publication's ("опубл."), else the application's.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.refparse.dates import YEAR_DIGITS

_HEADING = re.compile(
    r"(?:Пат\.|Патент)\s*(?:№\s*)?(?P<number>\d[\d\s]{0,12}\d|\d)\s+"
    r"(?P<authority>Рос(?:\.|сийская)\s*Федерация|РФ|СССР|Респ\.\s*Беларусь|Казахстан|"
    r"США|[A-ZА-ЯЁ]{2}\b)"
    # the classification, to the full stop before the title: "МПК7 H 04 B 1/38, H 04 J 13/00"
    # with its editions' years in brackets: "МПК B02C 19/16 (2006.01)"
    r"(?:\s*,\s*(?P<classification>(?:МПК|IPC|МКИ)\d?\s(?:[^.(]|\([^()]{0,20}\)){1,200}?))?\.\s+"
)
# GOST 7.0.100 gives the application as the title's other information ("… : № 2017105030 :
# заявл. 15.02.2017 : опубл. 01.12.2017"), GOST 7.1 as an area of its own after the statement
# ("– № 2000131736/09 ; заявл. 18.12.00 ; опубл. 20.08.02, Бюл. № 23")
_APPLICATION = re.compile(r"№\s*\d[\d/]*\s*[:;]\s*заявл\.[^/]*?(?=\s/\s|\.\s\d+\sс\.|$)")
_PUBLISHED = re.compile(r"опубл\.\s*\d{1,2}\.\d{1,2}\.(\d{4}|\d{2})\b")
_FILED = re.compile(r"заявл\.\s*\d{1,2}\.\d{1,2}\.(\d{4}|\d{2})\b")
# "Patent RF, no. 2123456, 2020", "Patent RU 2123456 C1", "Patent 2345678 Russian Federation"
_NUMBER = r"(?P<number>\d{1,3}(?:[,\s]\d{3})+(?!\d)|\d+)"
_LATIN_AUTHORITY = r"RF|RU|SU|US|EP|WO|Russian Federation"
_LATIN_PATENT = re.compile(
    # "US patent 4 005 488" with its office first
    rf"\s*(?:(?P<before>US|U\.S\.|EP|RU)\s[Pp]atent|Pat(?:ent|\.))\s+"
    rf"(?:(?P<authority>{_LATIN_AUTHORITY}),?\s*)?(?:no\.\s*)?{_NUMBER}"
    rf"(?:\s?[A-C]\d)?(?:\s(?P<after>{_LATIN_AUTHORITY}))?,?"
)
# APA's "(U.S. Patent No. 1,234,567)"
_APA_PATENT = re.compile(rf"\s*\((?P<authority>[A-Z][\w. ]{{0,30}}?\s)?Patent\sNo\.\s{_NUMBER}\)")


class Heading(NamedTuple):
    number: str
    authority: str
    classification: str
    #: the description after the heading
    rest: str


def read_heading(text: str) -> Heading | None:
    """GOST's patent heading at the start of `text`: "Пат. 2 123 456 Рос. Федерация, МПК …"."""
    found = _HEADING.match(text) if text.startswith("Пат") else None
    if found is None:
        return None
    classification = found.group("classification") or ""
    return Heading(
        " ".join(found.group("number").split()),
        " ".join(found.group("authority").split()),
        classification.strip(),
        text[found.end() :],
    )


def application(text: str) -> str:
    """The application's number and dates as written: "№ 2019123456 : заявл. 01.02.2019 :
    опубл. 10.06.2020"."""
    found = _APPLICATION.search(text) if "заявл." in text else None
    return found.group(0).strip(" .,;:") if found else ""


def year_of(text: str) -> int | None:
    """The year of publication ("опубл. 20.08.02" is 2002), else of the application."""
    found = _PUBLISHED.search(text) or _FILED.search(text)
    if not found:
        return None
    year = found.group(1)
    if len(year) == 2:  # GOST 7.1's "20.08.02"
        return 2000 + int(year) if int(year) <= 30 else 1900 + int(year)
    return int(year) if re.fullmatch(YEAR_DIGITS, year) else None


class Mention(NamedTuple):
    number: str
    authority: str
    #: the text without the mention
    text: str


def cut_mention(text: str) -> Mention | None:
    """The patent a Latin-script reference names after its title ("Patent RF, no. 2123456")
    or APA names in brackets ("(U.S. Patent No. 1,234,567)"), cut from `text`."""
    if "Pat" not in text and "patent" not in text:
        return None
    found = _APA_PATENT.search(text) or _LATIN_PATENT.search(text)
    if found is None:
        return None
    groups = found.groupdict()
    authority = found.group("authority") or groups.get("after") or groups.get("before") or ""
    authority = authority.strip()
    number = " ".join(found.group("number").split())
    return Mention(number, authority, text[: found.start()] + text[found.end() :])
