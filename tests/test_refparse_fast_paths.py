"""The parser's shortcuts pinned against the plain forms they stand for: on any text, each
must find exactly what the plain form finds."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citecli.refparse import (
    archives,
    container,
    dates,
    edition,
    imprint,
    kinds,
    places,
    tails,
    title,
)

# pieces of imprints, joined at random and in an imprint's order: places, publishers, the
# marks around them
_MARKS = ("", ". ", ", ", "(", "( ", ",", ".", " ", "A. ")
_PLACES = ("London", "New York", "Rio de Janeiro", "М.", "СПб.", "Washington DC", "Barre (VT)")
_PLACES += ("Berkeley, CA", "London ; New York", "Москва ; Берлин", "北京", "a", "")
_COLONS = (":", ": ", " : ", " :", ";", "")
_PUBLISHERS = ("Routledge", "J. Wiley", "Nauka Publ.", "Наука", "БИНОМ. Лаборатория", "Press")
_PUBLISHERS += (" : ", " ; ", ":", ".", ". ", " ", "(", ")", "«", "Bros.", "a", "A", "2019")
_ENDS = ("", ".", ", ", ", 2019.", ")", ". 420 с.", "2019. 12 p.", ", 2019. XII, 420 с.", " x")
_IMPRINT_TEXTS = st.one_of(
    st.lists(st.sampled_from(_MARKS + _PLACES + _COLONS + _PUBLISHERS + _ENDS)).map("".join),
    st.tuples(
        st.lists(st.sampled_from(_MARKS + _PLACES + _PUBLISHERS), max_size=4).map("".join),
        st.sampled_from(_MARKS),
        st.sampled_from(_PLACES),
        st.sampled_from(_COLONS),
        st.lists(st.sampled_from(_PUBLISHERS), min_size=1, max_size=4).map("".join),
        st.sampled_from(_ENDS),
    ).map("".join),
)


def _imprint(found: re.Match[str] | None) -> tuple[int, int, dict[str, str]] | None:
    return None if found is None else (found.start("place"), found.end(), found.groupdict())


@given(_IMPRINT_TEXTS)
def test_an_imprint_is_found_where_one_search_finds_it(text: str) -> None:
    # the end's test of its first character, which only the imprint after the locators has
    shortcut = r"(?=[\s.,;)0-9]|\Z)"
    assert shortcut in imprint._PLACE_PUBLISHER_LAST[0].pattern
    for patterns in (imprint._PLACE_PUBLISHER, imprint._PLACE_PUBLISHER_LAST):
        # the imprint's mark as a look-behind: one pattern, tried at every position; the end
        # without the test of its first character
        plain = patterns[0].pattern.replace(shortcut, "")
        one_search = re.compile(r"(?:^|(?<=[.,(]\s)|(?<=\())" + plain)
        assert _imprint(imprint._search_imprint(patterns, text)) == _imprint(
            one_search.search(text)
        )


# places of words joined by hyphens, apostrophes and spaces, the words cut anywhere
_PLACE_WORDS = ("Rostov", "Don", "Kazan", "Aix", "New", "York", "М", "Ab", "c", "D", "de", "on")
_PLACE_JOINS = ("-", " ", "-on-", "'", "’", " de ", "", ".", "-d", "'-")
_PLACE_WORD_TEXTS = st.tuples(
    st.sampled_from(_MARKS),
    st.lists(
        st.tuples(st.sampled_from(_PLACE_WORDS), st.sampled_from(_PLACE_JOINS)).map("".join),
        min_size=1,
        max_size=4,
    ).map("".join),
    st.sampled_from((*_PLACE_WORDS, "", ", MA", " DC")),
    st.sampled_from(_COLONS),
    st.lists(st.sampled_from(_PUBLISHERS), min_size=1, max_size=3).map("".join),
    st.sampled_from(_ENDS),
).map("".join)


@settings(max_examples=1000, deadline=None)  # the first example compiles the patterns
@given(st.one_of(_IMPRINT_TEXTS, _PLACE_WORD_TEXTS))
def test_a_place_word_is_tried_as_with_every_shorter_length(text: str) -> None:
    for patterns in (imprint._PLACE_PUBLISHER, imprint._PLACE_PUBLISHER_LAST):
        every_length = _without_word_ends(patterns)
        assert _imprint(imprint._search_imprint(patterns, text)) == _imprint(
            imprint._search_imprint(every_length, text)
        )


@functools.cache  # compiled once for all the examples
def _without_word_ends(
    patterns: tuple[re.Pattern[str], re.Pattern[str]],
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    assert all(imprint._WORD_END in pattern.pattern for pattern in patterns)
    at_opening, after_mark = (
        re.compile(pattern.pattern.replace(imprint._WORD_END, "")) for pattern in patterns
    )
    return at_opening, after_mark


_EDITION_PIECES = ("1", "2", "11", "2019", "st", "nd", "rd", "th", ".", "-", "е", "e", "-е", "ed")
_EDITION_PIECES += ("edn", "edition", "изд.", "Aufl.", "éd.", " ", "\t", "by", "x", "Vol", "(", "a")
_EDITION_TEXTS = st.lists(st.sampled_from(_EDITION_PIECES), max_size=12).map("".join)


@given(_EDITION_TEXTS)
def test_an_edition_is_found_as_without_the_look_ahead(text: str) -> None:
    look_ahead = r"(?=[stnr.\-еeиAé\s])"
    assert look_ahead in edition._EDITION.pattern
    plain = re.compile(edition._EDITION.pattern.replace(look_ahead, ""))
    found, expected = edition._EDITION.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


_MEDIUM_PIECES = ("[", "]", "Online", "ТЕКСТ", "Текст", "text", " : ", ":", ". ", ".", " ", "сайт")
_MEDIUM_PIECES += ("электронный", "Electronic", "unmediated", "resource", "a", "–")
_MEDIUM_TEXTS = st.lists(st.sampled_from(_MEDIUM_PIECES), max_size=10).map("".join)


@settings(max_examples=1000)  # the labels and dates combine rarely
@given(_MEDIUM_TEXTS)
def test_a_medium_is_never_cut_without_its_core(text: str) -> None:
    if title._MEDIUM.search(text):
        assert title._MEDIUM_CORE.search(text)


_ACCESS_PIECES = ("[", "(", " ", "Accessed", "ACCESSED", "дата обращения", "Дата доступа", ":")
_ACCESS_PIECES += ("retrieved on", "Viewed", "cited", "consulté le", "Zugegriffen am", "date of ")
_ACCESS_PIECES += ("last accessed", "access", "12.03.2020", "2020-3-12", "May 29, 2013")
# letters that only ignoring case makes a label's: "ᲁ" is a "д", "ſ" an "s"
_ACCESS_PIECES += ("5 May 2020", "ᲁата доступа", "acceſſed")
_ACCESS_PIECES += (")", "]", ", from", "x", "a")
_ACCESS_TEXTS = st.lists(st.sampled_from(_ACCESS_PIECES), max_size=8).map("".join)


@settings(max_examples=1000)  # the labels and dates combine rarely
@given(_ACCESS_TEXTS)
def test_an_access_date_is_found_as_without_the_look_ahead(text: str) -> None:
    look_ahead = r"(?=[\[(\sdдalrvcz])"
    assert dates._ACCESS.pattern.startswith(look_ahead)
    plain = re.compile(dates._ACCESS.pattern.removeprefix(look_ahead), re.IGNORECASE)
    found, expected = dates._ACCESS.search(text), plain.search(text)
    assert (found and (found.span(), found.groupdict())) == (
        expected and (expected.span(), expected.groupdict())
    )


_OPENING_PIECES = ("In", "in", "В", "в", "(abstract)", "(In Russian)", "Review of", "review of")
_OPENING_PIECES += ("Special Issue", "Supplement", "Gain", ", by ", "R. Powers", "2001", "1997. ")
_OPENING_PIECES += (" ", ":", ".", ". ", ",", "X", "(", ")", "IEEE", " Conference", "Proceedings")
_OPENING_TEXTS = st.lists(st.sampled_from(_OPENING_PIECES), max_size=10).map("".join)


@given(_OPENING_TEXTS)
def test_what_the_cheap_tests_skip_would_not_match(text: str) -> None:
    # read_container tries these patterns only where their first characters stand
    if container._LEADING_NOTE.match(text):
        assert text[0] in container._NOTE_OPENINGS
    if container._IN_CONTAINER.match(text):
        assert text[0] in container._IN_OPENINGS
    if container.INVERTED_PROCEEDINGS.match(text):
        assert text[4] == "."


@given(st.from_regex(re.compile(f"(?:{tails._MONTH_WORDS})"), fullmatch=True))
def test_the_month_endings_hold_every_month_word(word: str) -> None:
    assert word.endswith(tails._MONTH_ENDINGS)


# what stands before a year: a date's pieces, or the ends of other text before it
_BEFORE_YEAR_PIECES = ("Press", "Vol. 14", "pp. 57-69", "21st", "2nd", "August", "Sept", "3")
_BEFORE_YEAR_PIECES += (" ", "\u00a0", "\t", ",", ".", "-", "–", "/", "x", "(", "\u0663")
_BEFORE_YEAR_TEXTS = st.one_of(
    st.lists(st.sampled_from(_BEFORE_YEAR_PIECES), max_size=8).map("".join),
    st.tuples(
        st.lists(st.sampled_from(_BEFORE_YEAR_PIECES), max_size=3).map("".join),
        st.from_regex(dates._DATE_BEFORE_YEAR, fullmatch=True),
    ).map("".join),
)


@settings(max_examples=1000)  # the month's spellings are many
@given(_BEFORE_YEAR_TEXTS)
def test_a_date_before_a_year_is_never_skipped(text: str) -> None:
    # dated_years looks for a month word before a year only where the cheap test lets it
    if dates._DATE_BEFORE_YEAR.search(text):
        assert dates._may_end_in_date(text)


@settings(max_examples=1000)  # the month's spellings are many
@given(st.from_regex(dates._ANY_MONTH_WORD, fullmatch=True))
def test_the_date_endings_hold_every_month_word(word: str) -> None:
    assert dates._may_end_in_date(word + " ")


_DATE_PIECES = ("May", "Sept", "Spring", "mars", "Summer", "Proc", " ", "\u2009", ".", "(", ")")
_DATE_PIECES += ("12", "3", "\u0663", "-", "–", ",", "x", "Journal")
_DATE_TEXTS = st.lists(st.sampled_from(_DATE_PIECES), max_size=10).map("".join)


@given(_DATE_TEXTS)
def test_a_date_tail_is_never_skipped(text: str) -> None:
    # trim_container tries _DATE_TAIL where a month may end the name, or a date of digits
    if tails._DATE_TAIL.search(text):
        assert tails._may_end_in_month(text) or (text[-1:].isdigit() and "." in text)


_LAW_PIECES = st.sampled_from(
    [
        "Письмо Минобрнауки России",
        "Определение Конституционного Суда РФ",
        "Решение Верховного Суда",
        "решение задач",
        "Закон РФ",
        " от ",
        "от 18.08.2017",
        " ",
        "№ 09-1672",
        "Federal Law",
        "Гражданский кодекс",
        "распоряжением Правительства",
        "x",
    ]
)


@settings(max_examples=1000)
@given(st.lists(_LAW_PIECES, max_size=8).map("".join))
def test_every_text_the_law_pattern_finds_holds_a_law_cue(text: str) -> None:
    # has_law_cue is the cheap test before _LAW; it may say yes wrongly, never no wrongly
    if kinds._LAW.search(text):
        assert kinds.has_law_cue(text)


_ARCHIVAL_PIECES = st.sampled_from(
    [
        "ГАРФ. ",
        "The National Archives, Kew, ",
        "TNA, ",
        "Протокол 1925 г. // ",
        "Ф. Р-5446. ",
        "F. 4372. ",
        "Фонд 12. ",
        "Оп. 1. ",
        "Op. 66. ",
        "Картон 41. ",
        "Д. 123",
        "D. 1",
        "Ед. хр. 185",
        ". Л. 4–5 об.",
        ", L. 1",
        "; Д. 124",
        "FO 371/12345",
        ", f. 5",
        ". Копия.",
        ".",
        " ",
        "x",
    ]
)


@settings(max_examples=1000)
@given(st.lists(_ARCHIVAL_PIECES, max_size=10).map("".join))
def test_every_text_read_as_an_archival_file_passes_the_cheap_test(text: str) -> None:
    # may_cite_a_file is the cheap test before read_file; it may say yes wrongly, never no
    if archives.read_file(text) is not None:
        assert archives.may_cite_a_file(text)


# the \b-led forms that _THESIS and _REPORT stand for: an alternation tried at every position
_THESIS_PLAIN = re.compile(
    r"\b(?:[Dd]iss\.|dis\.|дис\.|диссертац|автореф|Ph\.?\s?D\.? (?:thesis|dissertation)|"
    r"PhD thesis|[Dd]octoral (?:thesis|dissertation)|Master'?s thesis|M\.?Sc\.? thesis|"
    r"[Dd]issertation|[Tt]hesis\b|Thèse|канд\.|д-ра|(?:Projekt|Diplom|Master|Bachelor)arbeit)"
)
_REPORT_PLAIN = re.compile(
    r"\b(?:Technical [Rr]eport|Tech\. [Rr]ep\.|Working [Pp]aper|Report No|Discussion [Pp]aper|"
    r"White [Pp]aper|Research [Rr]eport|отч[её]т)"
)
_KIND_WORDS = ("Diss.", "diss", "dis.", "дис.", "PhD", "Ph. D.", "Ph.D", " thesis", "Thesis")
_KIND_WORDS += ("theses", "Doctoral", "doctoral", " dissertation", "Master's", "M.Sc.", "Thèse")
_KIND_WORDS += ("канд.", "д-ра", "Diplomarbeit", "arbeit", "автореф", "диссертация", "Technical")
_KIND_WORDS += (" Report", " report", "Tech.", " rep.", "Working", " Paper", "No", "Research")
_KIND_WORDS += ("отчёт", "отчет", "Доклад", "доклад", " ", "x", "_", "1", ".", "-", "ё", "(")
_KIND_PIECES = st.sampled_from(_KIND_WORDS)


@settings(max_examples=1000)
@given(st.lists(_KIND_PIECES, max_size=8).map("".join))
def test_the_kinds_are_found_as_by_their_plain_forms(text: str) -> None:
    assert bool(kinds._THESIS.search(text)) == bool(_THESIS_PLAIN.search(text))
    assert bool(kinds._REPORT.search(text)) == bool(_REPORT_PLAIN.search(text))


_CONFERENCE_WORDS = ("Conference", "CONF.", "conf", "Symp.", "symposium", "Workshop", "Proc")
_CONFERENCE_WORDS += ("Colloquium", "Proceedings", "proc.", "Materialy", "Konferents", "MEETING")
_CONFERENCE_WORDS += ("simpozium", "Congress", " ", "x", "_", "1", ".", "-", "(", "of")
_CONFERENCE_PIECES = st.sampled_from(_CONFERENCE_WORDS)


@settings(max_examples=1000)
@given(st.lists(_CONFERENCE_PIECES, max_size=6).map("".join))
def test_a_conference_is_found_in_lower_case_as_ignoring_case(text: str) -> None:
    # _is_conference searches lower-cased ASCII text with case-sensitive patterns
    lowered = text.lower()
    assert bool(kinds._CONFERENCE.search(text)) == bool(kinds._CONFERENCE_LOWER.search(lowered))
    assert bool(kinds._STRONG_CONFERENCE.search(text)) == bool(
        kinds._STRONG_CONFERENCE_LOWER.search(lowered)
    )


_TAIL_WORDS = ("eds", "Eds.", "(ed.)", "EDS", "Hrsg.", "Hgg", "Hrg", "éd.", "dir", "editors")
_TAIL_WORDS += ("Ed. by", "gen. ed", "a cura di", "ред.", "Italy", "U.K.", "USA", "Pisa, ")
_TAIL_WORDS += ("The Netherlands", "New Mexico", " ", ",", ".", ")", "(", "x", "\n", "Workshop")
_TAIL_TEXTS = st.lists(st.sampled_from(_TAIL_WORDS), max_size=8).map("".join)


@settings(max_examples=1000)
@given(_TAIL_TEXTS)
def test_an_editors_or_country_tail_is_never_skipped(text: str) -> None:
    # trim_container tries these patterns only where the name ends as they need
    if tails._EDITORS_MARK_TAIL.search(text):
        assert tails._ends_in_editor_word(text)
    if tails._COUNTRY_TAIL.search(text) and not text.endswith("\n"):  # (names are one line)
        assert text.endswith(places.COUNTRY_ENDINGS)
