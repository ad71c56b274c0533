"""Person names as the author block of a page writes them, and countries glued to them.

"A. Nalivkina", "И. И. Иванов" (short names), "Alena D. Nalivkina", "Иванов Иван Иванович"
(full names). Which word is the family name is decided by the shape: an initial in the middle
("Alena D. Nalivkina") or a Latin name puts it last; a Russian patronymic or a Cyrillic name
puts it first, unless a known family name (from a short name or the "For citations" line) says
otherwise ("Nalivkina Alena Dmitrievna").
"""

from __future__ import annotations

import re

from citecli.model import Person
from citecli.script import has_cyrillic

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_LOW = "a-zß-öø-ÿа-яё"
_WORD = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*"
_INITIAL = rf"[{_UP}][{_LOW}]?\.(?:\s?-\s?[{_UP}]\.)?"
_SHORT_NAME = re.compile(rf"(?P<given>(?:{_INITIAL}\s?){{1,3}})\s?(?P<family>{_WORD})")
_FULL_NAME = re.compile(rf"(?:{_WORD}|{_INITIAL})(?:\s(?:{_WORD}|{_INITIAL})){{1,3}}")
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|оглы|кызы)$")
# words that make "Moscow State University" an institution, not a person
_INSTITUTION_STEMS = (
    "univers",
    "institut",
    "academ",
    "state",
    "national",
    "federal",
    "center",
    "centre",
    "school",
    "college",
    "hospital",
    "clinic",
    "depart",
    "chair",
    "facult",
    "laborator",
    "research",
    "ministry",
    "company",
    "bank",
    "russian",
    "medical",
    "scien",
    "library",
    "университет",
    "институт",
    "академ",
    "государствен",
    "национальн",
    "федеральн",
    "центр",
    "школ",
    "колледж",
    "больниц",
    "клиник",
    "кафедр",
    "факультет",
    "лаборатор",
    "министерств",
    "банк",
    "российск",
    "научн",
    "медицинск",
    "библиотек",
)
# "Moscow", "Санкт-Петербург", "Rostov-on-Don", "St. Petersburg", "г. Нижний Новгород"
_CITY = re.compile(
    rf"(?:г\.\s?)?(?:(?:St\.|Saint|Sankt|Nizhny|Nizhniy|Veliky|New|Нижний|Великий)\s)?"
    rf"[{_UP}][{_LOW}]+(?:-[{_UP}{_LOW}]+)*"
)
_MAX_CITY = 30

COUNTRIES = (
    "Russian Federation",
    "Russia",
    "Российская Федерация",
    "Россия",
    "Republic of Belarus",
    "Belarus",
    "Республика Беларусь",
    "Беларусь",
    "Kazakhstan",
    "Казахстан",
    "Uzbekistan",
    "Узбекистан",
    "Kyrgyzstan",
    "Кыргызстан",
    "Armenia",
    "Армения",
    "Azerbaijan",
    "Азербайджан",
    "Tajikistan",
    "Таджикистан",
    "Mongolia",
    "Монголия",
    "China",
    "Китай",
    "People's Republic of China",
    "Vietnam",
    "Вьетнам",
    "India",
    "Индия",
    "Iran",
    "Иран",
    "Turkey",
    "Türkiye",
    "Турция",
    "Serbia",
    "Сербия",
    "Germany",
    "Германия",
    "France",
    "Франция",
    "Italy",
    "Италия",
    "Spain",
    "Испания",
    "United Kingdom",
    "UK",
    "United States",
    "USA",
    "США",
    "Canada",
    "Канада",
    "Japan",
    "Япония",
    "Poland",
    "Польша",
    "Czech Republic",
    "Чехия",
    "Finland",
    "Финляндия",
    "Netherlands",
    "Switzerland",
    "Brazil",
    "Egypt",
    "Египет",
    "Israel",
    "Australia",
    "South Korea",
    "Republic of Korea",
)
_COUNTRY_AT_END = re.compile(
    r"(?P<rest>.*?)[\s,]*(?P<country>"
    + "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True))
    + r")\s*$"
)


def split_country(line: str) -> tuple[str, str]:
    """("A. Nalivkina", "Russian Federation") for "A. NalivkinaRussian Federation"."""
    match = _COUNTRY_AT_END.fullmatch(line.strip())
    if not match:
        return line.strip(), ""
    return match.group("rest").strip(" ,"), match.group("country")


def short_name(text: str) -> Person | None:
    """A short name, initials first: "A. Nalivkina", "И.И. Иванов"."""
    match = _SHORT_NAME.fullmatch(text.strip())
    if not match:
        return None
    return Person(family=match.group("family"), given=" ".join(match.group("given").split()))


def full_name(text: str, *, families: tuple[str, ...] = ()) -> Person | None:
    """A full name in either order: "Alena D. Nalivkina", "Иванов Иван Иванович"."""
    text = " ".join(text.split())
    if not _FULL_NAME.fullmatch(text) or short_name(text):
        return None
    words = text.split(" ")
    if any(fold(w).startswith(_INSTITUTION_STEMS) for w in words):
        return None
    known = {fold(family) for family in families}
    for i, word in enumerate(words):
        if fold(word) in known:  # a family name the page gives elsewhere decides
            return Person(family=word, given=" ".join(words[:i] + words[i + 1 :]))
    if all(w.endswith(".") for w in words[1:]) and not words[0].endswith("."):
        family_first = True  # "Ivanov I. I."
    elif any(w.endswith(".") for w in words[1:-1]) or words[0].endswith("."):
        family_first = False  # "Alena D. Nalivkina", "A. Dmitrievna Nalivkina"
    else:
        family_first = has_cyrillic(text) or bool(_PATRONYMIC.search(words[-1]))
    if family_first:
        return Person(family=words[0], given=" ".join(words[1:]))
    return Person(family=words[-1], given=" ".join(words[:-1]))


def fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def same_person(initialled: Person, full: Person) -> bool:
    """True when `full` can be `initialled` written out: same family, first initials agree."""
    if fold(initialled.family) != fold(full.family):
        return False
    short, long = initialled.initials, full.initials
    return not short or not long or fold(long).startswith(fold(short)[:1])


def is_city(text: str) -> bool:
    return len(text) <= _MAX_CITY and bool(_CITY.fullmatch(text))
