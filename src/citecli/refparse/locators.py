"""Volume, issue, pages and article number in the part of a reference after its title.

Each pattern that matches is blanked out of the working text, so later, looser patterns
cannot read the same digits twice, and the earliest match marks where the container's name
ends. Labelled forms ("Vol. 14", "N 1 (49)", "pp. 57-69", "Т. 14, № 1. С. 57–69") come first,
then the compact ones ("14(1):57-69", "2019;14(1):57-69", "584 (2020) 398", ", 20, 131").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citecli import months
from citecli.refparse.dates import LATEST_YEAR, dated_years
from citecli.refparse.text import DIGIT, blank, dashes_to_hyphens, has_any, word_alternatives


def _label(words: str, then: str = "", not_after: str = r"[\w.]") -> str:
    """An alternation of the label words "Vol|vol|…", each followed by `then`, that do not
    continue a word or an abbreviation ("No", not the end of "Piano" or of "e.no"); written
    so that the regex engine can skip ahead to the words' first letters (`word_alternatives`).
    """
    return word_alternatives(_each_then(words, then), not_after=not_after)


def _each_then(words: str, then: str) -> str:
    return "|".join(word + then for word in words.split("|"))


def _number(not_after: str, most: int = 0) -> str:
    r"""Digits (at most `most`) not preceded by a character of the class `not_after`:
    "(?<!X)[0-9]+" written as "[0-9](?<!X[0-9])[0-9]*", so that the pattern starts with a
    digit, which the regex engine skips ahead to (see `word_alternatives`).

    The run is taken whole ("(?![0-9])"): every pattern here wants something other than a
    digit after its number, so a shorter run could never match, and the look-ahead spares
    the engine from trying each one in turn."""
    rest = rf"[0-9]{{0,{most - 1}}}" if most else r"[0-9]*"
    return rf"[0-9](?<!{not_after}[0-9]){rest}(?![0-9])"


_RANGE = r"[0-9]+[A-Za-z]?(?:\s*[-–—‐‑‒−]+\s*[A-Za-z]?[0-9]+)?"
_PAGES_RANGE = r"[A-Za-z]?[0-9]+(?:\s*[-–—‐‑‒−?]+\s*[A-Za-z]?[0-9]+)?"
# not glued to a word, a number, a bracket, a slash or a dash ("1.5", "(3", "/4", "-5")
_VOLUME = _number(r"[\w.(/-]")

# One alternation of the three kinds of label, so that the words sharing a first letter
# ("V", "v", "T") are tested once for all (see `word_alternatives`); not inside a hyphenated
# word either: "histone-H3-like" holds no issue "H. 3"
_VOLUME_LABEL_WORDS = word_alternatives(
    "|".join(
        (
            _each_then("Vol|vol|VOL|Volume|volume|Vols|Tom|Bd|Jg|tome|Band|Том|том", r"\.?"),
            # "v. 5", "Т. 14": a one-letter label needs its full stop and an Arabic number
            # (not an edition's number: "в 3 т. – 2-е изд.")
            _each_then("v|V|Т|т|T|t", r"\.(?=\s*[0-9](?![0-9]*-е\s?изд))"),
            # "v. X, pp. 570": a Roman number only before a comma (not "T. C. Smith")
            _each_then("v|V", r"\.(?=\s*[IVXLC]+\s?,)"),
            # "Т. IV. – М.", "Т. II, кн. 1": the Cyrillic label with a Roman number (Latin
            # letters, which a Russian initial is not); one letter only before a comma or the
            # end, as a copy that put a Latin "C" for "С" may have written "Т. C. Петров"
            _each_then("Т|т", r"\.(?=\s?[IVXLC]{2,}(?![\w-]))"),
            _each_then("Т|т", r"\.(?=\s?[IVXLC](?![^,;:)]))"),
            # … or before the imprint's place ("Т. V. – М. : Наука", "Т. V. – Москва : Наука",
            # normalised to "Т. V. М. : Наука"), which a family name is not ("Т. C. Петров")
            _each_then("Т|т", r"\.(?=\s?[IVXLC]\.\s[А-ЯЁ][А-Яа-яё]{0,2}\.\s?[:,])"),
            _each_then("Т|т", r"\.(?=\s?[IVXLC]\.\s[А-ЯЁ][а-яё-]+\s?:)"),
        )
    ),
    not_after=r"[\w.-]",
)
_VOLUME_LABEL = re.compile(
    rf"(?:{_VOLUME_LABEL_WORDS})\s*"
    r"(?P<volume>" + _RANGE + r"|[IVXLC]+\b)"
)
# "N" alone is the GOST/Russian sign for a number; "n°", "№" as well.
_ISSUE_WORD_LIST = "No|no|NO|Nos|nos|Nr|nr|Iss|iss|Issue|issue|Heft|H|Вып|вып|Number|number|N|n"
_ISSUE_WORDS = _label(
    _ISSUE_WORD_LIST,
    then=r"\.?",
    not_after=r"[\w.-]",
)
_ISSUE_LABEL = re.compile(
    rf"(?:{_ISSUE_WORDS}|№|N°|n°|Nº|nº)\s*"
    # a double issue ("№ 3/4") before a single one; "№ 3/2019" is issue and year, not that
    rf"(?P<issue>[0-9]{{1,2}}/[0-9]{{1,2}}(?![0-9/])|{_RANGE}|[0-9]+\.[0-9]+)(?:\s*\(\s?(?P<extra>[\w-]{{1,8}})\s?\))?"
)
_PAGES_WORD_LIST = "pp|PP|Pp|p|P|S|С|с|Стр|стр|pages|page|Pages|Page|pgs|pg"
_PAGES_WORDS = _label(_PAGES_WORD_LIST)
_PAGES_LABEL = re.compile(rf"(?:{_PAGES_WORDS})\.?\s*(?P<pages>{_PAGES_RANGE})(?![0-9])")
_ARTICLE_LABEL = re.compile(
    # "Ст. 3448": the article of a law's gazette ("Собрание законодательства РФ. № 31. Ст. 3448")
    r"(?<![\w.])(?:Article(?: number| No\.?)?|Art\.(?: No\.?)?|Paper|e-?locator|Ст\.)\s*:?\s*"
    r"(?P<article>[A-Za-z]?[0-9]+)",
    re.IGNORECASE,
)
_COUNT = _number(r"[\w.-]")
#: a book's (or patent's) count of pages: "320 с.", "88 p." (and "248 c.", a Latin "c" typed
#: for the Cyrillic one)
BOOK_PAGES = re.compile(rf"(?P<count>{_COUNT})\s*(?:с|c|p|pp|S|стр|pages)\.?(?![\w-])")
#: a well-formed Roman numeral in capitals, not empty (the start looks ahead for one letter)
ROMAN_NUMERAL = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
#: the three-letter English months, before a newspaper's day or after a range of days
_MONTH_ABBREVIATIONS = "|".join(name[:3] for name in months.ENGLISH)
#: the front matter's pages in Roman numerals before a book's count ("XII, 320 с.", "xii,
#: 320 p."), a well-formed number in one case ("civil" is none): what `_FRONT_MATTER` and an
#: imprint's end (imprint) accept
FRONT_MATTER = rf"(?:{ROMAN_NUMERAL}|{ROMAN_NUMERAL.lower()}),\s?"
_FRONT_MATTER = re.compile(rf"(?<![\w.]){FRONT_MATTER}$")
# a label whose number a Roman number after it is ("Вып. III, 120 с.", "Part II, 320 p."):
# then it is no front matter
_LABEL_BEFORE = re.compile(
    r"(?<!\w)(?:Вып|Ч|Т|Кн|Разд|Прил|Part|Pt|Book|Vol|Ch|Chap|Chapter|Annex|App|Appendix|"
    r"Suppl|No|Issue|Bd|Tom|Tome|Heft|Sect|Section)\.?\s?$"
)
# "2019;14(1):57-69", "2019 Jan;14(1):57", "2025;(3):148-159"
_VANCOUVER = re.compile(
    r"(?P<year>[0-9]{4})(?:\s+[A-Z][a-z]{2}(?:\s[0-9]{1,2})?)?\s*;\s*(?P<volume>[0-9]+)?\s*"
    r"(?:\((?P<issue>[^()]{1,12})\))?\s*(?::\s*(?P<pages>" + _PAGES_RANGE + r"))?"
)
# NLM's newspaper: a date before "day:page", no volume ("New York Times. 2020 May 15:A1")
_NLM_DATE_BEFORE = re.compile(rf"(?P<year>[0-9]{{4}})\s(?:{_MONTH_ABBREVIATIONS})\s$")
# "584 (2020) 398", "34 (2012): 285-292"
# "34 (2012): 285-292", "37 (February 1931): 269", MLA "13.2 (1989): 287-292", "B428 (1998) 105"
_VOLUME_YEAR_PAGES = re.compile(
    r"(?<![\w.(])(?P<volume>[A-Z]?[0-9]+)(?:\.(?P<issue>[0-9]+))?\s*"
    r"\((?:[A-Za-z][A-Za-z.,/–-]*\s+)?(?P<year>[0-9]{4})\)\s*[:,]?\s*(?:pp?\.\s*)?"
    r"(?P<pages>" + _PAGES_RANGE + r")(?![0-9)])"
)
# ACS: "Physical Review B 2002, 65, (11)", "Nano Letters 10, (10), 4242-4248"
_VOLUME_BRACKETED_ISSUE = re.compile(
    r"(?<![\w.(/-])(?:(?P<year>[0-9]{4}),\s*)?(?P<volume>[0-9]+),\s*\((?P<issue>[\w-]{1,8})\)"
)
# a well-formed Roman numeral of two letters or more ("XIII", not "ICCV")
_ROMAN_VOLUME = re.compile(
    rf"(?<![\w.])(?P<volume>(?=[IVXLC]{{2}}){ROMAN_NUMERAL})"
    r"(?=\s*[,(:]|\s+pp)"
)
# what _ROMAN_VOLUME needs, found much faster: its look-ahead and look-behind make the engine
# try the whole pattern at every position
_TWO_ROMAN_LETTERS = re.compile(r"[IVXLC][IVXLC]")  # not "{2}": the engine skips ahead to a class
# ACM: "36, 3 (1988), 454-469"
_VOLUME_ISSUE_YEAR = re.compile(
    rf"(?P<volume>{_VOLUME}),\s*(?P<issue>[0-9]+)\s*\((?:[A-Z][a-z]+\.?\s+)?(?P<year>[0-9]{{4}})\)"
)
# "33:3: 333", "45:12: 3787": volume, issue and pages all after colons
_VOLUME_COLON_ISSUE_PAGES = re.compile(
    rf"(?P<volume>{_VOLUME}):(?P<issue>[0-9]+):\s*(?P<pages>{_PAGES_RANGE})(?![0-9)])"
)
# "50: 2, pp.679-698": volume and issue before labelled pages (taken once the pages are)
_VOLUME_COLON_ISSUE = re.compile(rf"(?P<volume>{_VOLUME}):\s(?P<issue>[0-9]{{1,3}}),")
# German "10. Jg." (Jahrgang, the volume) written number first
_JAHRGANG = re.compile(r"(?P<volume>[0-9]{1,3})\.\s?Jg\.")
# "14(1):57-69", "70: 1200-1209", "9(1), 69-80", "57 (1): 451-454"
_VOLUME_ISSUE_PAGES = re.compile(
    rf"(?P<volume>{_VOLUME})\s*(?:\((?P<issue>[^()]{{1,12}})\))?\s*(?P<sep>[:,])\s*"
    rf"(?:pp?\.\s*)?(?P<pages>{_PAGES_RANGE})(?![0-9)])"
)
# "18(3)" without pages
_VOLUME_ISSUE = re.compile(rf"(?P<volume>{_VOLUME})\s*\((?P<issue>[0-9][\w-]{{0,10}})\)")
_FIRST_PAGE = _number(r"[\w./-]")
_BARE_RANGE = re.compile(rf"(?P<pages>{_FIRST_PAGE}\s*[-–—]\s*[0-9]+)(?![\w/-])")
#: the dashes _BARE_RANGE needs one of
_RANGE_DASHES = ("-", "–", "—")
_PAIR_NUMBER = _number(r"[\w./'-]", most=5)
_VOLUME_BEFORE_ISSUE = re.compile(rf"(?P<number>{_PAIR_NUMBER}),\s*$")
_REPORT_BEFORE = re.compile(r"(?:Report|Rep\.|Rpt\.|TR|Note|Paper|#|No\.?|Memo)\s*$")
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTH_ABBREVIATIONS}|janv|févr|mars|avr|mai|juin|juil)")
_NUMBER_BEFORE = re.compile(r"(?<![\w./'-])(?P<number>[A-Z]?[0-9]{1,5})[\s,:]*$")
# the page in a look-ahead, so that "1982, 72, 899" yields (1982, 72) and then (72, 899)
_NUMBER_PAIR = re.compile(
    rf"(?P<volume>{_PAIR_NUMBER}),\s*(?=(?P<page>[A-Za-z]?[0-9]{{1,6}})(?![\w/-]|\.[0-9]))"
)

# compiled once here rather than looked up in re's cache on every call
_SPACES = re.compile(r"\s+")
_HYPHENS = re.compile(r"-+")


@dataclass(slots=True)
class Locators:
    volume: str = ""
    issue: str = ""
    cumulative_issue: str = ""
    pages: str = ""
    article_number: str = ""
    number_of_pages: str = ""
    years: list[tuple[int, int]] = field(default_factory=list)  # (offset, year)
    #: offset of the first locator, where the container's name ends
    first: int = -1
    #: offset of the first unmistakable locator ("Vol. 5", "14(1):57-69"), not a bare number
    first_strong: int = -1
    #: the "N …" value when no "Vol." was given (its meaning depends on the language)
    bare_number: str = ""
    bare_number_extra: str = ""
    #: whether its label is a word ("no. 12", "No. 3 (2012)"), which names an issue even
    #: where no volume was given: Russian journals, transliterated too, mostly have none
    bare_number_issue: bool = False

    def shift(self, offset: int) -> None:
        """Count the offsets from `offset` on (a later start of the text), in place: the
        locators of the whole text become those of its tail without a copy."""
        self.years = [(at - offset, year) for at, year in self.years]
        self.first = self.first - offset if self.first >= 0 else -1
        self.first_strong = self.first_strong - offset if self.first_strong >= 0 else -1

    def mark(self, start: int, *, strong: bool = False) -> None:
        if self.first < 0 or start < self.first:
            self.first = start
        if strong and (self.first_strong < 0 or start < self.first_strong):
            self.first_strong = start


def expand_pages(pages: str) -> str:
    """ "57–69" -> "57-69", "2603-15" -> "2603-2615", "573–77" -> "573-577"."""
    pages = dashes_to_hyphens(pages)
    # the cheap test first: most pages are "57" or "57-69", with no space, "?" or "--"
    if not pages.replace("-", "", 1).isalnum():
        pages = _HYPHENS.sub("-", _SPACES.sub("", pages).replace("?", "-"))
    first, dash, last = pages.partition("-")
    if not dash:
        return first
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}-{last}"


def _taken(match: re.Match[str], found: Locators, *, strong: bool = True) -> str:
    """The text `match` was found in, the match blanked out and marked in `found`; called
    only on a match, as most searches find none."""
    found.mark(match.start(), strong=strong)
    return blank(match.string, match.start(), match.end())


def _spelt_out(label: str) -> bool:
    """Whether the label of "no. 3" is a word ("no.", "Iss.", "Вып."), which names an issue;
    not the bare "N" or "Nº" that lists also write for a volume ("N 48 (4)", "nº 45 (2)")."""
    return label[:2].isalpha() and label[1:2] != "º"


def _bracketed_year(extra: str, years: list[tuple[int, int]], label_at: int) -> bool:
    """Whether the bracketed number of "No. 3 (2012)" is its year: one that could be
    (not "№ 100 (8450)", "№ 45 (1234)") and no other year before it is the work's
    ("Российская газета. – 2021. – № 100 (1999)": a newspaper's running number; pages after
    it may look like one: "128, n° 7 (1981): 1523-1526")."""
    if not _is_year(extra):
        return False
    year = int(extra)
    return all(found == year for at, found in years if at < label_at)


def _running_number(label: str, number: str, extra: str) -> bool:
    """Whether "no. 3 (132)" is an issue and its running number: a spelt-out label (see
    `_spelt_out`), and a number in brackets that is no year ("No. 3 (2012)") and runs past
    the issue's, as a count of every issue does ("No. 12 (3)" is a volume and its issue)."""
    return (
        _spelt_out(label)
        and extra.isdigit()
        and len(extra) < 4
        and number.isdigit()
        and int(extra) > int(number)
    )


def read_locators(text: str, *, until: int = LATEST_YEAR) -> Locators:
    """Locators in `text` (the part after the title), with its years (see `dated_years`: none
    after `until`)."""
    digit = DIGIT.search(text)
    if digit is None:  # a fifth of the texts: most of the patterns need a digit
        return _roman_volume(text)
    return _read_from(text, digit.start(), until=until)


def _roman_volume(text: str) -> Locators:
    """The locators of a text without a digit (what `_read_from` finds there): a volume in
    Roman numerals, labelled ("Vol. XV") or not ("Word XIV, …"), or none."""
    found = Locators()
    match = _VOLUME_LABEL.search(text)
    if match:
        _taken(match, found)
        found.volume = dashes_to_hyphens(match.group("volume"))
    elif _TWO_ROMAN_LETTERS.search(text):
        match = _ROMAN_VOLUME.search(text)
        if match:
            _taken(match, found, strong=False)
            found.volume = match.group("volume")
    return found


def _read_from(text: str, at: int, *, until: int) -> Locators:
    """`read_locators` of a text whose first digit is at `at`."""
    # Every pattern but the labels' starts at a digit (or at a capital just before one, as
    # in "B428"), so each searches from the first digit instead of scanning the words
    # before it: the engine tests a digit class one character at a time. Blanking only
    # removes digits, so no digit of `work` comes before this one.
    before_at = max(0, at - 1)
    years = dated_years(text, at, until=until)
    found = Locators(years=years)
    pages_at = -1  # where unlabelled pages start: a bare volume may stand just before them
    for offset, _ in years:
        found.mark(offset)
    work = text

    match = _VANCOUVER.search(work, at) if ";" in work else None
    if match:
        work = _taken(match, found)
        # "… in adults. Clinical guidelines 2020. Russian Journal of Cardiology.
        # 2020;25(3):3786": a year before the Vancouver locator belongs to the title
        found.first = match.start()
        found.volume = match.group("volume") or ""
        found.issue = match.group("issue") or ""
        found.pages = expand_pages(match.group("pages") or "")
        found.years.append((match.start(), int(match.group("year"))))
    match = _VOLUME_LABEL.search(work)
    if match:
        work = _taken(match, found)
    if match and not found.volume:
        found.volume = dashes_to_hyphens(match.group("volume"))
    # The issue, pages and article labels are searched from just before the first digit
    # (see `_labelled_from`) instead of across the title and name before it.
    labelled_from = _labelled_from(work, at)
    match = _ISSUE_LABEL.search(work, max(0, labelled_from - _LONGEST_ISSUE_LABEL))
    if match:
        work = _taken(match, found)
    if match and not found.issue:
        number = dashes_to_hyphens(_SPACES.sub("", match.group("issue")))
        extra = match.group("extra") or ""
        before = None if found.volume else _VOLUME_BEFORE_ISSUE.search(work, at, match.start())
        if before and _is_year(before.group("number")):
            before = None
        if before:  # "American Literature 20, no. 3": the number before "no." is the volume
            found.volume = before.group("number")
            found.mark(before.start())
        if found.volume or _running_number(match.group(0), number, extra):
            found.issue, found.cumulative_issue = number, extra
        else:
            found.bare_number, found.bare_number_extra = number, extra
            found.bare_number_issue = _spelt_out(match.group(0)) and not extra
        # "No. 3 (2012)": a year in brackets after the number
        if _bracketed_year(extra, found.years, match.start()):
            found.years.append((match.start(), int(extra)))
            found.cumulative_issue = found.bare_number_extra = ""
            found.bare_number_issue = _spelt_out(match.group(0))
    if match:  # the blanked issue may have been the first digit
        labelled_from = _labelled_from(work, at)
    match = _PAGES_LABEL.search(work, max(0, labelled_from - _LONGEST_PAGES_LABEL))
    if match:
        work = _taken(match, found)
    if match and not found.pages:
        found.pages = expand_pages(match.group("pages"))
        pages_at = match.start()
    lowered = work.lower()
    has_article_label = (
        "art" in lowered or "paper" in lowered or "locator" in lowered or "ст." in lowered
    )
    if has_article_label:
        if match:
            labelled_from = _labelled_from(work, at)
        article_from = max(0, labelled_from - _LONGEST_ARTICLE_LABEL)
        match = _ARTICLE_LABEL.search(work, article_from)
        if match:
            work = _taken(match, found)
    else:
        match = None
    if match:
        found.article_number = match.group("article")
    if not found.volume and "(" in work:
        match = _VOLUME_ISSUE_YEAR.search(work, at)
        if match:
            work = _taken(match, found)
            found.volume, found.issue = match.group("volume"), match.group("issue")
            found.years.append((match.start(), int(match.group("year"))))
    if not found.pages and not found.volume and "(" in work:
        match = _VOLUME_YEAR_PAGES.search(work, before_at)
        if match:
            work = _taken(match, found)
            found.volume = match.group("volume")
            found.issue = found.issue or match.group("issue") or ""
            found.pages = expand_pages(match.group("pages"))
            found.years.append((match.start(), int(match.group("year"))))
    if not found.pages and not found.volume and ":" in work:
        match = _VOLUME_COLON_ISSUE_PAGES.search(work, at)
        if match:
            work = _taken(match, found)
            found.volume, found.issue = match.group("volume"), match.group("issue")
            found.pages = expand_pages(match.group("pages"))
    if found.pages and not found.volume and ":" in work:
        match = _VOLUME_COLON_ISSUE.search(work, at)
        if match:
            work = _taken(match, found)
            found.volume, found.issue = match.group("volume"), match.group("issue")
    if not found.volume and "Jg." in work:
        match = _JAHRGANG.search(work, at)
        if match:  # "10. Jg. (2004), Heft 4": the "Heft" read before is the issue
            work = _taken(match, found)
            found.volume = match.group("volume")
            found.issue = found.issue or found.bare_number
            found.bare_number = found.bare_number_extra = ""
    if not found.pages:
        match = _VOLUME_ISSUE_PAGES.search(work, at)
        if match and not (
            match.group("sep") == ","
            and (_is_year(match.group("volume")) or _is_year(match.group("pages")))
        ):
            found.mark(match.start(), strong=True)
            work = blank(work, match.start(), match.end())
            dated = (
                _NLM_DATE_BEFORE.search(work, max(0, match.start() - 9), match.start())
                if match.group("sep") == ":" and not match.group("issue")
                else None
            )
            if dated:  # "2020 May 15:A1": the day and page of a newspaper, which has no volume
                found.years.append((dated.start(), int(dated.group("year"))))
                found.mark(dated.start(), strong=True)
            elif not found.volume:
                found.volume = match.group("volume")
                found.issue = found.issue or (match.group("issue") or "").strip()
            found.pages = expand_pages(match.group("pages"))
    if not found.volume and not found.bare_number and "(" in work:
        match = _VOLUME_BRACKETED_ISSUE.search(work, at)
        if match:
            work = _taken(match, found)
            found.volume, found.issue = match.group("volume"), match.group("issue")
            if match.group("year"):
                found.years.append((match.start(), int(match.group("year"))))
    if not found.volume and not found.bare_number and "(" in work:
        match = _VOLUME_ISSUE.search(work, at)
        if match:
            work = _taken(match, found)
            found.volume, found.issue = match.group("volume"), match.group("issue")
            if _is_year(found.issue):  # "Diabetes Educ., 36 (2010), pp. 629-639"
                found.years.append((match.start(), int(found.issue)))
                found.issue = ""
    # (a cheap test first: two texts in three hold no dash for a range)
    if not found.pages and has_any(work, _RANGE_DASHES):
        match = _bare_range(
            work, at, journal=bool(found.volume or found.issue or found.bare_number)
        )
        if match:
            found.mark(match.start())
            work = blank(work, match.start(), match.end())
            found.pages = expand_pages(match.group("pages"))
            pages_at = match.start()
    if not found.number_of_pages and not found.pages:  # a book's count, not an article's
        match = BOOK_PAGES.search(work, at)
        if match:
            start = match.start()
            front = _FRONT_MATTER.search(work, max(0, start - 12), start)
            if front and not _LABEL_BEFORE.search(work, max(0, front.start() - 12), front.start()):
                start = front.start()  # (before the first digit: no other reader took it)
            found.number_of_pages = work[start : match.start()] + match.group("count")
            found.mark(start)
            work = blank(work, start, match.end())
    if not found.volume and not found.bare_number:
        _bare_volume(work, at, found, pages_at)
    if not found.volume and not found.bare_number and _TWO_ROMAN_LETTERS.search(work):
        match = _ROMAN_VOLUME.search(work)
        if match:
            work = _taken(match, found, strong=False)
            found.volume = match.group("volume")
    return found


# the longest words _ISSUE_WORDS and _PAGES_WORDS hold ("number", "pages")
_LONGEST_ISSUE_LABEL = max(map(len, _ISSUE_WORD_LIST.split("|")))
_LONGEST_PAGES_LABEL = max(map(len, _PAGES_WORD_LIST.split("|")))
_LONGEST_ARTICLE_LABEL = len("article number")  # the longest of _ARTICLE_LABEL's words


def _labelled_from(work: str, at: int) -> int:
    """Where the punctuation before the first digit of `work` starts: between a label and
    its number ("No. 3", "pp. S12", "Article: e123") stand at most full stops, a colon,
    spaces and one letter, so no label ends before this. `at`: where the first digit was
    before `work` was blanked (the blanks may have taken it); len(work) when no digit is
    left."""
    if at >= len(work):
        return len(work)
    start = at if work[at].isdecimal() else _first_digit(work, at)
    if start < 0:
        return len(work)
    start -= 1  # one letter ("pp. S12")
    while start > 0 and (work[start - 1].isspace() or work[start - 1] in ".:"):
        start -= 1
    return start


def _first_digit(work: str, at: int) -> int:
    digit = DIGIT.search(work, at)
    return digit.start() if digit else -1


def _bare_range(work: str, at: int, *, journal: bool) -> re.Match[str] | None:
    """The first unlabelled range that is pages: not a report number ("Technical Report
    92-43", "TR 95-50"), not days of a month ("25-30 April"), and a span of years
    ("Palestine 1945-1948") only in a journal reference ("128 (1981): 1523-1526") where
    no other range follows. `at`: the first digit of `work`."""
    years: re.Match[str] | None = None
    for match in _BARE_RANGE.finditer(work, at):
        if _REPORT_BEFORE.search(work, max(0, match.start() - 12), match.start()):
            continue
        if _MONTH_AFTER.match(work, match.end()):
            continue
        first, _, last = dashes_to_hyphens(match.group("pages")).replace(" ", "").partition("-")
        if _is_year(first) and _is_year(last) and int(first) < int(last):
            if BOOK_PAGES.search(work, match.end()):
                continue  # "Москва, 1978–1985. – Т. 5. – 430 с.": the years of a set of volumes
            before = _VOLUME_BEFORE_ISSUE.search(work, at, match.start())
            if journal or (
                before and not _is_year(before.group("number"))
            ):  # "2011, 83, 1637–1641"
                years = years or match
            continue
        return match
    return years


def _bare_volume(work: str, at: int, found: Locators, pages_at: int) -> None:
    """A volume without a label: just before unlabelled pages ("Cybernetics, 55 367-375") or
    as the first of two numbers ("Experimental Astronomy, 20, 131"). `at`: the first digit."""
    if pages_at > 0:
        before = _NUMBER_BEFORE.search(work, max(0, at - 1), pages_at)
        if before and not _is_year(before.group("number")):
            found.volume = before.group("number")
            found.mark(before.start())
        return
    if "," not in work:  # (a cheap test first: no pair without its comma)
        return
    pair = next(
        (
            pair
            for pair in _NUMBER_PAIR.finditer(work, at)
            if not _is_year(pair.group("volume")) and not _is_year(pair.group("page"))
        ),
        None,
    )
    if pair:
        found.volume = pair.group("volume")
        found.mark(pair.start())
        if not found.pages:
            found.pages = pair.group("page")


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1500 <= int(number) <= LATEST_YEAR
