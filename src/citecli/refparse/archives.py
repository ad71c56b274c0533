"""Archival references: a file or a document held in an archive, cited by the archive's name
and the file's search data (its fond, inventory, file and leaves), as Russian history, law and
humanities journals cite them (GOST R 7.0.5-2008 §11):

- the file alone: "ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5.", "Российский государственный архив
  экономики (РГАЭ). Ф. 4372. Оп. 66. Д. 1. Л. 1–20.", "ЦГА СПб. Ф. 7384. Оп. 18. Д. 1234.";
- its letter-for-letter transliteration in the References: "RGAE (Russian State Archive of the
  Economy). F. 4372. Op. 66. D. 1. L. 1–20.";
- a document of the file, before "//" or before the archive's name: "Докладная записка … 12
  марта 1925 г. // ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5 об.", "Протокол заседания … 1925 г.
  ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4."

The archive's name goes to CSL's `archive`, the search data as written to `archive_location`,
the document's title (if any) to the title and the year of its date to the year; the type is
CSL's "manuscript". "Там же. Л. 7." ("Ibid.") names no archive and is left to the parser.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.abbreviations import with_abbreviation_stop
from citecli.model import Person, Work, WorkType
from citecli.refparse import dates
from citecli.refparse.text import strip_edges

# a unit's number: "Р-5446" (a fond of the Soviet period), "4372", "1234а", "R-5446", "12/3"
_NUMBER = r"(?:[А-ЯЁA-Z]{1,3}-?)?[0-9]+[а-яёa-z]?(?:/[0-9]+)?"
# the leaves: "4–5", "4–5 об.", "4 об.–5", "1, 3–5", "12 ob."
_SIDE = r"(?:\s?(?:об|ob)\.)?"
_LEAVES = rf"[0-9]+{_SIDE}(?:\s?[,–—-]\s?[0-9]+{_SIDE})*"
# a file (or storage unit) and its leaves: "Д. 123. Л. 4–5", "Ед. хр. 185. Лл. 1–3", "D. 1. L. 1"
_FILE = rf"(?:Д|D|Ед\.\s?хр|Ed\.\s?khr)\.\s?{_NUMBER}(?:[.,]\s(?:Лл|Л|Ll|L)\.\s?{_LEAVES})?"
# the search data from the fond on: "Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5", "F. 4372. Op. 66. D. 1.
# L. 1–20", "Ф. 573. Картон 41. Д. 55. Л. 18", "Ф. 2908. Оп. 1. Ед. хр. 185. Лл. 1–3", and
# further files of the fond after a semicolon: "… Д. 123. Л. 4; Оп. 2. Д. 7. Л. 1". Without
# the inventory only in Cyrillic ("Ф. 573. Картон 41. Д. 55"): "F. 12. D. 5" would be initials
_SEARCH_DATA = re.compile(
    rf"(?<!\w)(?:(?:Ф\.|Фонд|F\.)\s?{_NUMBER}\.\s(?:Оп|Op)\.\s?{_NUMBER}|(?:Ф\.|Фонд)\s?{_NUMBER})"
    rf"(?:\.\s(?:Картон|Карт\.|Kart\.)\s?{_NUMBER})?"
    rf"\.\s{_FILE}(?:;\s(?:(?:Оп|Op)\.\s?{_NUMBER}\.\s)?{_FILE})*"
)
# what GOST R 7.0.5 §11.10 notes after the search data: the copy's authenticity and its form
# ("… Л. 4–5. Подлинник. Машинопись.", "Копия", "Автограф", the References' "Typescript")
_NOTES = re.compile(
    r"(?:(?:Подлинник|Подл\.|Копия|Заверенная копия|Машинопись|Машинописная копия|Рукопись"
    r"|Автограф|Отпуск|Черновик|Original|Copy|Typescript|Manuscript|Autograph)"
    r"(?:\s[а-яёa-z]+){0,4}[.,;]?\s?)+$"
)
# where the document was published or is cited from, after the search data and the notes
# ("… Л. 4–5. Опубл.: Советская деревня … Т. 1. М., 1998. С. 45.", "Цит. по: Иванов И. И.
# Блокада. – СПб., 2004", the References' "Publ.: …"): kept with the notes, since it
# describes where else the document stands, not the file
_PUBLICATION = re.compile(
    r"(?:Опубл(?:\.|иковано|икован[аоы]?)|Цит(?:\.|ируется)\s?по|Publ(?:\.|ished\sin)"
    r"|Opubl\.|Cit(?:ed)?\.?\s(?:po|from|in))\s?:?\s\S"
)
# the British National Archives' reference that ends a citation: department, series and piece
# ("National Archives (Kew), FO 371/12345.", "TNA, CAB 24/123, f. 5")
_DEPARTMENT_REFERENCE = re.compile(
    r"[,.]\s(?P<location>[A-Z]{1,4}\s[0-9]{1,4}/[0-9]+(?:/[0-9]+)?"
    r"(?:,\s(?:ff?|fols?)\.\s?[0-9]+(?:[–-][0-9]+)?)?)\.?$"
)
# where the fond may open the search data: its mark before a number
_FOND = re.compile(rf"(?<!\w)(?:Ф\.|F\.|Фонд)\s?{_NUMBER}\.\s")
# the sentence that names the archive after a document's title: an acronym ("ГАРФ", "РГАЭ",
# "ОР РГБ", "GARF") or a word that names a repository ("архив", "Archive", "библиотека")
_NAMES_AN_ARCHIVE = re.compile(
    r"[А-ЯЁA-Z]{2,}\b|.{0,80}?(?:[Аа]рхив|[Aa]rchiv|[Бб]иблиотек|[Мм]узе|[Ll]ibrary|[Mm]useum)"
)
# a sentence's end before a capital, where the archive's name may begin
_SENTENCE_END = re.compile(r"\.\s(?=[А-ЯЁA-Z])")
# GOST's heading of a document: its author's surname and initials ("Куфаев М. Н. Письмо …")
_HEADING = re.compile(
    r"(?P<family>[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?)\s"
    r"(?P<given>[А-ЯЁA-Z]\.(?:\s?[А-ЯЁA-Z]\.)?)\s(?=\S)"
)
# the kinds of document whose addressee's initials follow ("Письмо Б. С. Боднарскому"): no
# author's surname
_DOCUMENT_KINDS = frozenset(
    [
        "Письмо",
        "Записка",
        "Протокол",
        "Доклад",
        "Справка",
        "Приказ",
        "Телеграмма",
        "Донесение",
        "Рапорт",
        "Отчет",
        "Отчёт",
        "Постановление",
        "Распоряжение",
        "Стенограмма",
        "Заявление",
        "Докладная",
        # and the documents named with their author's in the genitive ("Дневник Н. И.
        # Тургенева", "Дело И. И. Иванова")
        "Дневник",
        "Дневники",
        "Воспоминания",
        "Дело",
        "Записки",
        "Мемуары",
        "Письма",
        "Переписка",
        "Автобиография",
        "Показания",
        "Протоколы",
        "Материалы",
        "Речь",
        "Рукопись",
        "Letter",
        "Report",
        "Memorandum",
        "Diary",
        "Memoirs",
    ]
)


def may_cite_a_file(text: str) -> bool:
    """The cheap test before `read_file`: the inventory's mark ("Оп.", "Op."), or a Cyrillic
    fond's and a file's ("Ф." and "Д."; an initial's "Ф. Д." passes here and fails there), or
    the British National Archives' name ("Archives", "TNA")."""
    if "Op." in text or "Archives" in text or "TNA" in text:
        return True
    if text.isascii():
        return False
    if "Оп." in text:
        return True
    fond = "Ф." in text or "Фонд" in text
    return fond and ("Д." in text or "Ед." in text or "D." in text or "Ed." in text)


class ArchivalFile(NamedTuple):
    #: the document's description before the archive ("" for the file alone)
    document: str
    archive: str
    #: the search data as written: "Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5 об."
    location: str
    #: the notes after them: "Подлинник. Машинопись", and where the document was published
    #: or is cited from ("Опубл.: Советская деревня … М., 1998. С. 45.")
    notes: str = ""


def read_file(text: str) -> ArchivalFile | None:
    """The archive and the search data at the end of `text`, and what precedes them; None
    when the text names no fond and file, or no archive before them."""
    if "/" in text and ("Archives" in text or "TNA" in text):
        department = _DEPARTMENT_REFERENCE.search(text)
        if department:  # "National Archives (Kew), FO 371/12345."
            head = text[: department.start()]
            document, archive = _split_archive(head)
            return ArchivalFile(strip_edges(document), strip_edges(archive), department["location"])
    found = None
    for fond in _FOND.finditer(text):  # (a title's "Ф. 3." before the archive's is no fond)
        found = _SEARCH_DATA.match(text, fond.start())
        if found:
            break
    if found is None:
        return None
    after = text[found.end() :].lstrip(" .;,")
    publication = _PUBLICATION.search(after) if after else None
    published = after[publication.start() :].rstrip() if publication else ""
    after = after[: publication.start()] if publication else after
    notes = _NOTES.match(after) if after else None
    if after and notes is None:
        return None  # what follows is neither notes nor a publication: no file of an archive
    head = text[: found.start()].rstrip(" .,;")
    document, slash, archive = head.rpartition("//")
    if not slash:
        document, archive = _split_archive(head)
    archive = strip_edges(archive)
    if not archive:
        return None
    notes_text = ". ".join(
        part for part in (strip_edges(notes.group(0)) if notes else "", published) if part
    )
    return ArchivalFile(strip_edges(document), archive, found.group(0), notes_text)


def _split_archive(head: str) -> tuple[str, str]:
    """(the document, the archive) of what precedes the fond without "//": the last sentence
    that names an archive ("Протокол заседания … 1925 г. ГАРФ"), else the whole
    ("Центральный государственный архив г. Москвы")."""
    ends = [found.end() for found in _SENTENCE_END.finditer(head)]
    for start in reversed(ends):
        if _NAMES_AN_ARCHIVE.match(head, start):
            return head[:start], head[start:]
    return "", head


def to_work(archival: ArchivalFile) -> Work:
    """The `Work` of an archival file or document: a manuscript, its author read from the
    document's description where it opens with one ("Куфаев М. Н. Письмо …"). Without a
    document it has no title, and its search data stand for its date: no warning is due."""
    title = archival.document
    heading = _HEADING.match(title)
    authors: tuple[Person, ...] = ()
    if heading and heading.group("family") not in _DOCUMENT_KINDS:
        authors = (Person(family=heading.group("family"), given=heading.group("given")),)
        title = title[heading.end() :]
    translated = ""
    bracket = title.rfind(" [") if title.endswith("]") else -1
    if bracket > 0:  # the References' translation: "Doklad … [Report of …]"
        title, translated = title[:bracket].rstrip(" ."), title[bracket + 2 : -1]
    if "а" <= title[-1:] <= "я":
        title = with_abbreviation_stop(title)  # "… 12 марта 1925 г"
    years = dates.years_in(title)
    return Work(
        type=WorkType.MANUSCRIPT,
        title=title,
        translated_title=translated,
        authors=authors,
        year=int(years[-1].group(1)) if years else None,
        genre=archival.notes,
        archive=archival.archive,
        archive_location=archival.location,
    )
