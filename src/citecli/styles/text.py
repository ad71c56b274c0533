"""Small text helpers every style shares: page-range dashes and closing punctuation."""

from __future__ import annotations

from citecli.abbreviations import with_abbreviation_stop

EN_DASH = "–"


def page_range(pages: str, dash: str = EN_DASH) -> str:
    """ "148-159" -> "148–159"; single pages and article numbers pass through."""
    return pages.replace("-", dash, 1) if pages else ""


def bare_title(title: str) -> str:
    """A title without its closing full stop, but with an abbreviation's ("в 4 т.", "учеб."),
    which the record keeps and records read from exports that dropped it get back."""
    return with_abbreviation_stop(title.strip().rstrip(". "))


def close(text: str, mark: str = ".") -> str:
    """End `text` with `mark` unless it already ends with a sentence mark (?, !, .)."""
    text = text.rstrip()
    if not text or text[-1] in ".?!":
        return text
    return text + mark


def date_dmy(day: int, month: int, year: int) -> str:
    return f"{day:02d}.{month:02d}.{year:04d}"


def join_areas(areas: list[str], separator: str = f" {EN_DASH} ") -> str:
    """Join description areas with ". – " (GOST 7.1-2003 §4.7.1), never doubling a period."""
    return separator.join(close(area) for area in areas if area)


def ordinal(number: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd"."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def edition_statement(edition: str, *, russian: bool) -> str:
    """A bare edition number as the edition area gives it: "4th ed." / "4-е изд."."""
    if not edition.isdigit():
        return edition
    return f"{edition}-е изд." if russian else f"{ordinal(int(edition))} ed."


# the kinds of GOST's patent headings other than a plain patent, as APA and NLM name them, by
# how the kind ends
_PATENT_KINDS_IN_ENGLISH = {
    "Авторское свидетельство": "Inventor's Certificate",
    "Патент на полезную модель": "Utility Model",
    "Патент на промышленный образец": "Industrial Design",
    "программы для ЭВМ": "Computer Program Registration Certificate",
    "базы данных": "Database Registration Certificate",
    "топологии интегральной микросхемы": "Integrated Circuit Layout Registration Certificate",
}


def patent_kind_in_english(kind: str) -> str:
    """A patent's kind (`Work.genre`) as the English styles name it: "" is "Patent", "Патент
    на полезную модель" "Utility Model"; a kind they have no name for is written as it is."""
    if not kind:
        return "Patent"
    for russian, english in _PATENT_KINDS_IN_ENGLISH.items():
        if kind.endswith(
            russian
        ):  # (a certificate by what it registers, with or without "государственной")
            return english
    return kind
