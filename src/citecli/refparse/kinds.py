"""What kind of work a reference describes, and in which language it is written."""

from __future__ import annotations

import re

from citecli.model import WorkType
from citecli.refparse.text import has_any, word_alternatives
from citecli.script import CYRILLIC, CYRILLIC_OR_CJK

# Only whether it occurs counts. "\b(?:[Dd]iss\.|dis\.|…|[Tt]hesis\b|…)", written so that each
# alternative starts with a literal letter, which the regex engine skips ahead to, where the
# leading "\b" had it try every position (see `word_alternatives`)
_THESIS = re.compile(
    word_alternatives(
        r"Diss\.|diss\.|dis\.|дис\.|диссертац|автореф|Ph\.?\s?D\.? thesis|"
        r"Ph\.?\s?D\.? dissertation|PhD thesis|Doctoral thesis|Doctoral dissertation|"
        r"doctoral thesis|doctoral dissertation|Master'?s thesis|M\.?Sc\.? thesis|"
        r"Dissertation|dissertation|Thesis\b|thesis\b|Thèse|канд\.|д-ра|Projektarbeit|"
        r"Diplomarbeit|Masterarbeit|Bachelorarbeit"
    )
)
_LAW = re.compile(
    # GOST writes the kind in lower case after a colon: "Об образовании : федер. закон"
    r"\b(?:Federal (?:Constitutional )?Law|Decree No\.|[Фф]едеральный закон|[Фф]едер\. закон|"
    r"[Фф]едер\. конституц\. закон|"
    # (in the instrumental too: "утв. распоряжением Правительства РФ от 17.11.2008 № 1662-р")
    r"[Уу]каз(?:ом)? Президента|Постановление|[Пп]остановлением? Правительства|"
    r"[Рр]аспоряжени(?:е|ем) Правительства|"
    # a ministry's or agency's order: "Приказ от 12.01.2017 № 13", "приказ Минфина России …"
    r"[Пп]риказ\s(?:от\s[0-9]|Министерств|Мин[а-яё]{2,12}\s|Федеральн|Росстат|ФНС|ФАС)|"
    # a law, a ministry's letter or a court's ruling named with its body and date: "Закон РФ
    # от 07.02.1992 № 2300-1", "Письмо Минобрнауки России от 18.08.2017 № 09-1672",
    # "Определение Конституционного Суда РФ от 04.12.2003 № 418-О"
    r"(?:Закон|[Пп]исьмо|[Оо]пределение|[Рр]ешение)\s[^«»\"/.]{2,80}?\sот\s[0-9]{1,2}[.\s]|"
    r"Закон (?:РФ|Российской Федерации|РСФСР|СССР)\b|"
    r"Кодекс|(?:[Гг]ражданский|[Нн]алоговый|[Тт]рудовой|[Уу]головный|[Сс]емейный|[Зз]емельный"
    r"|[Бб]юджетный|[Жж]илищный|[Аа]рбитражный процессуальный|[Уу]головно-процессуальный)"
    r" кодекс|Code of the Russian|Decree of|Law of the|Act of [0-9]{4}|Regulation \(EU\)|"
    # transliterated, and translated, for the References of Russian journals: "Federal'nyi zakon
    # ot 06.10.2003 No. 131-FZ", "Postanovlenie Pravitel'stva RF", "Resolution of the Government"
    r"Federal'nyi zakon|(?:Postanovlenie|Rasporyazhenie) Pravitel'stva|Ukaz Prezidenta|"
    r"(?:Resolution|Order) of the (?:Government|Ministry))",
)
_PREPRINT = re.compile(r"\b(?:arXiv|bioRxiv|medRxiv|SSRN|preprint|Preprint|Research Square)\b")
_CONFERENCE = re.compile(
    r"\b(?:Conference|Conf\.|Symposium|Symp\.|Workshop|Congress|Meeting|Colloquium|"
    r"Материалы|конференц|симпозиум|Proceedings|Proc\.|Materialy|konferents|simpozium)",
    re.IGNORECASE,
)
_STRONG_CONFERENCE = re.compile(
    r"\b(?:Conference|Conf\.|Symposium|Workshop|конференц|konferents)", re.IGNORECASE
)
# _CONFERENCE and _STRONG_CONFERENCE for lower-cased ASCII text (see `_is_conference`)
_CONFERENCE_LOWER = re.compile(
    word_alternatives(
        r"conference|conf\.|symposium|symp\.|workshop|congress|meeting|colloquium|proceedings|"
        r"proc\.|materialy|konferents|simpozium"
    )
)
_STRONG_CONFERENCE_LOWER = re.compile(
    word_alternatives(r"conference|conf\.|symposium|workshop|konferents")
)
# Only whether it occurs counts: "\b(?:Technical [Rr]eport|…|отч[её]т)" led by its letters, as
# _THESIS is. Not "доклад": a talk at a meeting ("Тезисы докладов конференции") or a journal
# ("Доклады Академии наук") far more often than a body's report
_REPORT = re.compile(
    word_alternatives(
        r"Technical [Rr]eport|Tech\. [Rr]ep\.|Working [Pp]aper|Report No|Discussion [Pp]aper|"
        r"White [Pp]aper|Research [Rr]eport|отч[её]т"
    )
)
# Only whether it occurs counts. "\bIn:|(?:^|[.,]\s)In\s|…|\b[Ee]ds?\.|…", written so that each
# alternative starts with a literal character, which the regex engine skips ahead to.
_CHAPTER = re.compile(
    word_alternatives(r"In:|Eds?\.|eds?\.|ред\.")
    + r"|In(?<=^In)\s|In(?<=[.,]\sIn)\s|//\s*(?:Сб\.|Сборник|В кн\.)|\([Ee]ds?\.?\)|\(Hrsg\.\)"
    r"|В кн\.:"
)
# a collection named as such in the other title information: "// Экономика и управление :
# сб. науч. тр.", "… : сборник статей" (substrings: a pattern led by a space is tried at each)
_COLLECTION_CUES = (" : сб.", " : сборник")

# "320 с.", "88 p."; the look-behind after the first digit, which the engine skips ahead to
_PAGE_COUNT = re.compile(r"[0-9](?<![0-9][0-9])[0-9]*\s*(?:с|p|pp|S)\.(?:\s|$)")
# "(In Russ.)", "[in Russian]", and with the abstract's language: "(In Russ., abstract in Engl.)"
_ABSTRACT_IN = r"(?:,\s*(?:abstract|summary)\s+in\s+Engl(?:\.|ish)?)?"
_RUSSIAN_MARK = re.compile(
    rf"\(\s*(?:[Ii]n\s+)?(?:Russ\.?|Russian){_ABSTRACT_IN}\s*\)\.?"
    rf"|\[\s*(?:[Ii]n\s+)?(?:Russ\.?|Russian){_ABSTRACT_IN}\s*\]",
)
# "\b(?:the|of|…)\b", led by the words' letters (see `word_alternatives`)
_ENGLISH_WORDS = re.compile(
    rf"(?:{word_alternatives('the|of|and|in|for|with|on|to|from|between|through')})\b"
)


def cut_language_mark(text: str) -> tuple[str, str]:
    """ "(In Russ.)" and the like -> ("ru", text without it); else ("", text)."""
    match = _RUSSIAN_MARK.search(text) if "Russ" in text else None
    if not match:
        return "", text
    # "craters (in Russian). Kosmicheskoe …": the full stop after the mark still ends the title
    stop = ". " if match.group(0).endswith(".") and text[match.end() :].strip() else " "
    return "ru", text[: match.start()].rstrip() + stop + text[match.end() :].lstrip()


def script_mark(text: str) -> re.Match[str] | None:
    """The first Cyrillic letter or Chinese character of `text`; None where it holds neither
    (the language and the law's cues ask it, so the parser asks once)."""
    # a cheap test first: ASCII text is neither Cyrillic nor Chinese
    return None if text.isascii() else CYRILLIC_OR_CJK.search(text)


def language_of(text: str, marked: str, title: str, *, script: re.Match[str] | None) -> str:
    """ISO 639-1 code. A mark such as "(In Russ.)" wins; then script (Cyrillic -> "ru",
    Chinese characters -> "zh"); then "en" when the title is Latin text with English function
    words; "" when unsure (a German or French title, no title at all).
    `script`: `script_mark(text)`.
    """
    if marked:
        return marked
    if script:  # Cyrillic anywhere makes "ru", even after a Chinese character
        cyrillic = CYRILLIC.match(script.group()) or CYRILLIC.search(text, script.end())
        return "ru" if cyrillic else "zh"
    if title and _ENGLISH_WORDS.search(title.lower()):
        return "en"
    return ""


# Substrings without which a pattern cannot match: a substring test is far cheaper than a scan.
_LAW_TRIGGERS = (
    "Law",
    "Code of",
    "Decree",
    "Act of",
    "Regulation",
    "zakon",
    "Pravitel'stva",
    "Ukaz",
    "of the Government",
    "of the Ministry",
)
# tested only in text that is not all ASCII (a flag Python keeps, so free to test)
_CYRILLIC_LAW_TRIGGERS = (
    "закон",
    "Закон",
    "Указ",
    "указ",
    "Постановл",
    "постановл",
    "риказ",
    "аспоряжени",
    "Кодекс",
    " кодекс",
)
# each with its Latin part alone, for text without a Cyrillic letter (see `work_type`)
_LATIN_THESIS_TRIGGERS = ("iss", "hesis", "Thèse", "arbeit")
_THESIS_TRIGGERS = (*_LATIN_THESIS_TRIGGERS, "дис", "автореф", "канд", "д-ра")
_LATIN_REPORT_TRIGGERS = ("eport", "Rep.", "aper")
_REPORT_TRIGGERS = (*_LATIN_REPORT_TRIGGERS, "отч")
_PREPRINT_TRIGGERS = ("rXiv", "Rxiv", "SSRN", "reprint", "Research Square")
# "In", "//", "Ed." / "eds." / "(ed)", "(Hrsg.)", "ред.", "В кн.:"
_LATIN_CHAPTER_TRIGGERS = ("In", "//", "d.", "ds", "d)", "Hrsg")
_CHAPTER_TRIGGERS = (*_LATIN_CHAPTER_TRIGGERS, "ред", "В кн")
# in lower case, for ASCII text, which the case-insensitive patterns can only match in English
_CONFERENCE_TRIGGERS = (
    "conf",
    "symp",
    "workshop",
    "congress",
    "meeting",
    "colloquium",
    "proc",
    "materialy",  # the transliterated lists of Russian journals: "Materialy konferentsii"
    "konferents",
    "simpozium",
)
_STRONG_CONFERENCE_TRIGGERS = ("conf", "symposium", "workshop", "konferents")


def _is_conference(container: str, *, has_issue: bool) -> bool:
    """A conference's name ("Proceedings of …", "Symposium on …"); a journal issue is not one
    unless the name says "Conference", "Symposium" or "Workshop"."""
    if container.isascii():
        # a cheap test first: case-insensitive patterns are slow to search, and in ASCII
        # text they can only match where the lower-cased text holds a trigger
        lowered = container.lower()
        strong = has_any(lowered, _STRONG_CONFERENCE_TRIGGERS)
        if not strong and (has_issue or not has_any(lowered, _CONFERENCE_TRIGGERS)):
            return False
        # and there they match where their lower-case forms match the lower-cased text, which,
        # led by literal letters and not by "\b", are found several times faster
        return bool(
            _STRONG_CONFERENCE_LOWER.search(lowered)
            or (not has_issue and _CONFERENCE_LOWER.search(lowered))
        )
    return bool(
        _STRONG_CONFERENCE.search(container) or (_CONFERENCE.search(container) and not has_issue)
    )


# an act's date and number, part of its title: "от 29.12.2012 № 273-ФЗ", "от 27 июля 2006 г.
# № 152-ФЗ", "of 27.07.2006 No. 149-FZ", "ot 15.04.2014 No. 316", "от 10.10.2019 № 490"; or a
# federal law's number alone
_ACT_DATE = (
    r"(?:от|of|ot)\s(?:[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}|[0-9]{1,2}\s[а-яё]{3,8}\.?\s[0-9]{4}\s?г\."
    r"|[A-Z][a-z]{2,8}\s[0-9]{1,2},\s[0-9]{4})"
)
_ACT_NUMBER = re.compile(
    rf"(?:{_ACT_DATE},?\s"
    r"(?:№|No\.?|N)\s?(?:[А-ЯЁA-Z]{1,5})?[0-9][0-9-]*(?:[А-ЯЁA-Z]{1,4})?"
    # the number first: "Decree No. 204 of May 7, 2018", "Order … No. 123 of 12.03.2019"
    rf"|No\.\s?[0-9][0-9-]*\s(?:[a-z ]{{0,40}}[A-Z][A-Za-z ]{{0,60}}\s)?{_ACT_DATE}"
    r"|(?:№|No\.?|N)\s?[0-9]{1,4}-(?:ФК?З|FK?Z)(?!\w))"
)


# words titles hold too ("решение задач", "определение понятия"): an act named by them has its
# date after " от " (see `_LAW`), so they count only with it
_DATED_ACT_TRIGGERS = ("исьмо", "пределение", "ешение")


def has_law_cue(text: str, *, cyrillic: bool = True) -> bool:
    """Whether `text` holds a word that every law or decree `_LAW` finds holds ("закон",
    "Decree"): the cheap test before that search. `cyrillic`: False where the caller knows
    that `text` holds no Cyrillic letter (`script_mark`), so that its cues are not looked for."""
    if has_any(text, _LAW_TRIGGERS):
        return True
    if not cyrillic or text.isascii():
        return False
    return has_any(text, _CYRILLIC_LAW_TRIGGERS) or (
        " от " in text and has_any(text, _DATED_ACT_TRIGGERS)
    )


def act_numbers(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each of a law's or decree's dates and numbers, which no locator reader
    should take for an issue ("№ 273") or a year; () when `text` names no act. A translated
    act names them twice: "ot 06.10.2003 No. 131-FZ … [Federal Law of 06.10.2003 No. 131-FZ]"."""
    if not (has_law_cue(text) and _LAW.search(text)):
        return ()
    return tuple(found.span() for found in _ACT_NUMBER.finditer(text))


def work_type(
    text: str,
    *,
    container: str,
    has_issue: bool,
    has_arxiv: bool,
    has_url_and_access: bool,
    has_publisher: bool,
    container_published: bool = False,
    has_locators: bool = True,
    law_cue: bool,
    cyrillic: bool = True,
) -> WorkType:
    """The `WorkType` from cue words; a journal-looking container makes an article.
    `law_cue`: `has_law_cue(text)`, which the caller has already tested; `cyrillic`: False
    where the caller knows that `text` holds no Cyrillic letter, whose cues are then not
    looked for."""
    if law_cue and _LAW.search(text):
        return WorkType.LAW
    thesis_cues, report_cues, chapter_cues = (
        (_THESIS_TRIGGERS, _REPORT_TRIGGERS, _CHAPTER_TRIGGERS)
        if cyrillic
        else (_LATIN_THESIS_TRIGGERS, _LATIN_REPORT_TRIGGERS, _LATIN_CHAPTER_TRIGGERS)
    )
    if has_any(text, thesis_cues) and _THESIS.search(text):
        return WorkType.THESIS
    preprint_text = container or text
    if has_arxiv or (
        has_any(preprint_text, _PREPRINT_TRIGGERS) and _PREPRINT.search(preprint_text)
    ):
        return WorkType.PREPRINT
    if has_any(text, report_cues) and _REPORT.search(text):
        return WorkType.REPORT
    if container and _is_conference(container, has_issue=has_issue):
        return WorkType.CONFERENCE_PAPER
    if container and has_any(text, chapter_cues) and _CHAPTER.search(text):
        return WorkType.CHAPTER
    if container and has_any(container, _COLLECTION_CUES):
        return WorkType.CHAPTER
    if container and container_published:
        # "Sbornik trudov. Moscow: Nauka Publ., 2019, pp. 5-9": a container with a publisher
        # of its own is a book; journals are cited without one
        return WorkType.CHAPTER
    if container and has_url_and_access and not has_locators:
        # "Сведения о населении // Росстат : [сайт]. – URL: … (дата обращения: …)": a page of
        # a site, which has no volume, issue or pages
        return WorkType.WEBPAGE
    if container:
        return WorkType.ARTICLE
    if has_publisher and _has_page_count(text):
        # a book read online ("Москва : Юрайт, 2021. – 300 с. – URL: …") is a book; a page
        # with its site's publisher ("London: BBC. Available at: …") is a page
        return WorkType.BOOK
    if has_url_and_access:
        return WorkType.WEBPAGE
    if has_publisher:
        return WorkType.BOOK
    return WorkType.BOOK if _has_page_count(text) else WorkType.DOCUMENT


def _has_page_count(text: str) -> bool:
    # a cheap test first: the pattern starts with a digit, which the regex engine tests one
    # character at a time, and the words after the count are rarer than digits
    return has_any(text, _PAGE_COUNT_WORDS) and _PAGE_COUNT.search(text) is not None


_PAGE_COUNT_WORDS = ("с.", "p.", "S.")
