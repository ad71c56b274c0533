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

from citecli.refparse.dates import YEAR_DIGITS, full_year

# the granting countries GOST names, in full or abbreviated
_AUTHORITY = (
    r"Рос(?:\.|сийская)\s*Федерация|РФ|СССР|США|ЕПВ|Респ(?:\.|ублика)\s*[А-ЯЁ][а-яё]+"
    r"|Беларусь|Казахстан|Украина|Япония|Германия|Франция|Китай|[A-ZА-ЯЁ]{2}\b"
)
_HEADING = re.compile(
    # the heading's kind: a patent, GOST 7.1's abbreviation of one, the Soviet inventor's
    # certificate ("А. с. 1234567 СССР, МКИ B23K 9/00."), a patent on a utility model or a
    # design, and the certificate of a registered program or database, which GOST describes
    # in the same form ("Свидетельство о государственной регистрации программы для ЭВМ №
    # 2019610989 Российская Федерация. …")
    r"(?P<kind>Пат\.|Патент|(?P<certificate>А\.\s?с\.|Авт\.\s?свид\.|Авторское\s+свидетельство)"
    r"|Свидетельство\s+о\s+(?:государственной\s+)?регистрации\s+"
    r"(?:программы\s+для\s+ЭВМ|базы\s+данных|топологии\s+интегральной\s+микросхемы))"
    r"(?:\s+на\s+(?:изобретение|(?P<object>полезную\s+модель|промышленный\s+образец)))?\s*"
    # the country first ("Патент США № 6 123 456", "Пат. RU 2637215")
    rf"(?:(?P<before>RU|SU|{_AUTHORITY})\s+)?(?:№\s*)?(?P<number>[0-9][0-9\s]{{0,12}}[0-9]|[0-9])"
    # the kind code ("C1", "U1"), then the country ("Пат. 2712345 C1 Рос. Федерация")
    rf"(?:\s?[A-CU][0-9])?(?:\s+(?P<authority>{_AUTHORITY}))?"
    # the classification, to the full stop before the title: "МПК7 H 04 B 1/38, H 04 J 13/00"
    # with its editions' years in brackets ("МПК B02C 19/16 (2006.01)"), its edition raised
    # in a copy from a PDF ("МПК⁷")
    r"(?:\s*,\s*(?P<classification>(?:МПК|IPC|МКИ)[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]?\s(?:[^.(]|\([^()]{0,20}\)){1,200}?))?"
    r"\.\s+"
)
# GOST 7.0.100 gives the application as the title's other information ("… : № 2017105030 :
# заявл. 15.02.2017 : опубл. 01.12.2017"), GOST 7.1 as an area of its own after the statement
# ("– № 2000131736/09 ; заявл. 18.12.00 ; опубл. 20.08.02, Бюл. № 23"); a Soviet number
# carries its examining department after a hyphen ("№ 3360585/25-08")
_APPLICATION = re.compile(r"№\s*[0-9][0-9/-]*\s*[:;]\s*заявл\.[^/]*?(?=\s/\s|\.\s[0-9]+\sс\.|$)")
_PUBLISHED, _FILED = (
    # ("Опубл. 20.07.2012" opening GOST 7.1's area after the statement)
    re.compile(rf"{word}\.\s*[0-9]{{1,2}}\.[0-9]{{1,2}}\.({YEAR_DIGITS}|[0-9]{{2}})\b")
    for word in ("[Оо]публ", "[Зз]аявл")
)
# A patent's number in the Latin-script styles: five digits at least or digits grouped in
# thousands ("2123456", "4 005 488", "1,234,567"), not a version, a range or a ratio ("Patent
# 2.0", "US patent 1990-2000 boom", "Patent 101: A primer")
_NUMBER = r"(?P<number>[0-9]{1,3}(?:[,\s][0-9]{3})+(?![0-9])|[0-9]{5,})(?![.:–-]?[0-9]|:)"
_LATIN_AUTHORITY = r"RF|RU|SU|US|EP|WO|Russian Federation"
# "Patent RF, no. 2123456, 2020", "Patent RU 2123456 C1", "Patent 2345678 Russian Federation",
# "US patent 4 005 488": named with its office or "no.", which a title's "Patent …" is not
_LATIN_PATENT = re.compile(
    rf"\s*(?:(?P<before>USA|US|U\.S\.|EP|RU)\s[Pp]atent|Pat(?:ent|\.))\s+"
    rf"(?:(?P<authority>{_LATIN_AUTHORITY}),?\s*)?(?P<no>[Nn]o\.\s*)?{_NUMBER}"
    rf"(?:\s?[A-C][0-9])?(?:\s(?P<after>{_LATIN_AUTHORITY}))?,?"
)
# NLM's (Vancouver's) "United States patent US 20020103498", "Рос. Федерация patent 2 123 456"
_NLM_PATENT = re.compile(
    rf"\.\s(?P<authority>[A-ZА-ЯЁ][\w.]*(?:\s[A-ZА-ЯЁ][\w.]*){{0,2}})\spatent\s"
    rf"(?:[A-Z]{{2}}\s?)?{_NUMBER}(?![\w/])"
)
# the patent office's bulletin that announced it, which names no publisher: "Byul. no. 15"
_BULLETIN = re.compile(r"[.,;]?\s*(?:Byul|Bull?)\.\s*[Nn]o\.\s*[0-9]+")
# NLM's byline: "Pagedas AC, inventor; Ancel Surgical R&D Inc., assignee."
INVENTORS = re.compile(r"inventors?(?:;\s*[^;]{1,120}?,\s*assignees?)?\.\s*")
# APA's "(U.S. Patent No. 1,234,567). U.S. Patent and Trademark Office."
_APA_PATENT = re.compile(
    rf"\s*\((?P<authority>[A-Z][\w. ]{{0,30}}?\s)?Patent\sNo\.\s{_NUMBER}\)"
    r"(?:\.\s*(?P<office>[A-Z][^()]{2,80}?)\.?\s*(?=https?:|$))?"
)


class Heading(NamedTuple):
    #: what the heading names where it is not a plain patent ("Авторское свидетельство",
    #: "Патент на полезную модель"), written out; "" for a patent
    kind: str
    number: str
    authority: str
    classification: str
    #: the description after the heading
    rest: str


_HEADING_STARTS = ("Пат", "А. с.", "А.с.", "Авт", "Свидетельство")


def read_heading(text: str) -> Heading | None:
    """GOST's patent heading at the start of `text`: "Пат. 2 123 456 Рос. Федерация, МПК …"."""
    found = _HEADING.match(text) if text.startswith(_HEADING_STARTS) else None
    if found is None:
        return None
    authority = found.group("authority") or found.group("before")
    if not authority:
        return None
    classification = found.group("classification") or ""
    return Heading(
        _kind(found),
        " ".join(found.group("number").split()),
        " ".join(authority.split()),
        classification.strip(),
        text[found.end() :],
    )


def _kind(heading: re.Match[str]) -> str:
    """The heading's kind written out as GOST R 7.0.100 writes it: "А. с." is "Авторское
    свидетельство"; a patent on an invention is a plain patent ("")."""
    if heading.group("certificate"):
        return "Авторское свидетельство"
    if heading.group("object"):
        return "Патент на " + " ".join(heading.group("object").split())
    if heading.group("kind").startswith("Пат"):
        return ""
    return " ".join(heading.group("kind").split())


def application(text: str) -> re.Match[str] | None:
    """The application's number and dates as written ("№ 2019123456 : заявл. 01.02.2019 :
    опубл. 10.06.2020"), where they begin (GOST 7.1's area after the title: ". – №
    2019101010 ; заявл. …")."""
    return _APPLICATION.search(text) if "заявл." in text else None


def year_of(text: str) -> int | None:
    """The year of publication ("опубл. 20.08.02" is 2002), else of the application."""
    found = _PUBLISHED.search(text) or _FILED.search(text)
    if not found:
        return None
    year = found.group(1)
    if len(year) == 2:  # GOST 7.1's "20.08.02"
        return full_year(int(year))
    return int(year)


class Mention(NamedTuple):
    number: str
    authority: str
    #: the text without the mention
    text: str
    #: the office APA names after the number
    office: str = ""


def cut_mention(text: str) -> Mention | None:
    """The patent a Latin-script reference names after its title ("Patent RF, no. 2123456")
    or APA names in brackets ("(U.S. Patent No. 1,234,567)"), cut from `text`."""
    if "Pat" not in text and "patent" not in text:
        return None
    found = _APA_PATENT.search(text) or _LATIN_PATENT.search(text) or _NLM_PATENT.search(text)
    if found is None:
        return None
    groups = found.groupdict()
    authority = found.group("authority") or groups.get("after") or groups.get("before") or ""
    if found.re is _LATIN_PATENT and not (authority or groups.get("no")):
        return None
    number = " ".join(found.group("number").split())
    office = (groups.get("office") or "").strip()
    # (NLM's mention keeps the full stop that ends the title before it)
    start = found.start() + (found.re is _NLM_PATENT)
    rest = text[:start] + text[found.end() :]
    if "yul." in rest or "ull." in rest:  # "Patent RF, no. 2654321, 2018. Byul. no. 15."
        rest = _BULLETIN.sub("", rest)
    return Mention(number, authority.strip(), rest, office)
