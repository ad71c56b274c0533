"""What trails a container's name before its locators and is not part of it.

Between a journal's or a proceedings' name and the first number a reference reads, writers
put the issue date of a newspaper ("Wall Street Journal 4 January"), where a meeting was held
("Proc. … Programming, Berlin", "(Osaka, Japan)"), a volume without a label ("Studies in
African Linguistics 42", "Word XIV"), the volume's editors ("Handbook of Combinatorics,
R. Graham and L. Lovasz, eds."), the publisher ("… (ICCV). IEEE.") and words of the web page
it was copied from ("PDF", "Retrieved from EBL"). Each is cut from the end, repeatedly, as
long as something is left of the name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.refparse.locators import ROMAN_NUMERAL
from citecli.refparse.names import read_names
from citecli.refparse.places import CITIES, COUNTRIES, COUNTRY_ENDINGS
from citecli.refparse.roles import EDITOR_WORD
from citecli.refparse.sentences import _NOT_CONTAINER_SENTENCE_END
from citecli.refparse.text import LOWER, UPPER, first_letter_alternatives, has_any, spellings

# each word with its optional parts ("Jan(?:uary)?", "June?"); see also `_MONTH_ENDINGS`
_MONTH_WORD_FORMS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Fall|"
    r"Winter|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember"
)
# (grouped by first letter, which is found faster: see `first_letter_alternatives`)
_MONTH_WORDS = first_letter_alternatives(_MONTH_WORD_FORMS)
_MONTHS = f"(?:{_MONTH_WORDS})"
_DATE_TAIL = re.compile(
    rf"[,.]?\s*\(?(?:[0-9]{{1,2}}(?:\s*[-–]\s*[0-9]{{1,2}})?\.?\s+)?{_MONTHS}\.?"
    r"(?:\s*\(?[0-9]{1,2}(?:\s*[-–]\s*[0-9]{1,2})?\)?)?\)?$"
    r"|[,.]?\s*[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}$"
)
_PLACE_WORDS = rf"[{UPPER}][\w.'’-]*(?:\s[{UPPER}][\w.'’-]*){{0,2}}"
# ", Santa Clara, CA", " (Osaka, Japan)", ", Pisa, Italy", " Germany": a city with a region or a
# country, a known city, or a country alone
_PLACE_TAIL = re.compile(
    r"(?:,\s*|\s*\()"
    rf"(?:{_PLACE_WORDS},\s*(?:[A-Z]{{2}}\.?|{COUNTRIES}|[A-Z][a-z]{{1,4}}\.)|{CITIES}|{COUNTRIES})"
    r"(?:,\s*[0-9]{4})?\)?$"
)
# a country named without a comma: "USA" in "Proc. Natl. Acad. Sci. USA" belongs to the name
_COUNTRY_TAIL = re.compile(
    # "… Intelligence Pisa, Italy": one word for the city, or the meeting's name goes with it
    rf"\s(?<=[\w.)]\s)\s*(?:[{UPPER}][\w'’-]+,\s*)?(?!USA|UK|U\.)(?:{COUNTRIES})$"
)
# a label left without its number: "Bibliotheca Franciscana, vols.", "NERC News v"
_LABEL_TAIL = re.compile(r"[,\s]+(?:[Vv]ols?|[Vv]|[Nn]os?|[Nn]°)\.?$")
_VOLUME_TAIL = re.compile(
    r"(?:,\s*|\s+)(?:(?:[Vv]ols?|[Vv]|Bd|Part|Pt|Heft|Nr|Suppl)\.?\s*)?"
    rf"(?:[0-9]{{1,5}}|(?=[IVXLC]{{2}}){ROMAN_NUMERAL})"
    r"(?:\.?\s*(?:Jg|serial|Suppl|Aufl|ed|edn|edition)\.?)?$"
)
_WEB_TAIL = re.compile(
    r"[,.]?\s*(?:PDF|Web|Online|[Nn]\.\s?p|[Aa]head of print.*|Retrieved from.*|"
    r"Available (?:at|from|online).*|Special(?: [Ii]ssue)?|\(?Original work published.*)\.?$"
)
# after a full stop ("(ICCV). IEEE."), not in "J. ACM" or "Signal Processing Magazine, IEEE";
# the full stop first, its look-behind after it, so that the regex engine skips ahead to it
_PUBLISHER_TAIL = re.compile(
    r"\.(?<=\w{3}\)\.|\w{4}\.)\s*(?P<publisher>IEEE(?: Computer Society)?(?: Press)?|"
    r"ACM(?: Press)?|AAAI(?: Press)?|"
    r"Citeseer|Springer(?:-Verlag)?|Elsevier|MIT Press|Morgan Kaufmann|Academic Press|"
    rf"(?:[{UPPER}][\w-]*\s){{1,3}}University Press(?:,\s*{_PLACE_WORDS})?)\.?$"
)
_EDITORS_MARK_TAIL = re.compile(rf"[,.]?\s*\(?{EDITOR_WORD}\)?$")
_NAME_START = re.compile(rf"[,.]\s+(?=[{UPPER}])")
# a meeting's name: its place and date may trail it, and a number names it ("CHI 90"); each
# word spelled out in both cases, so that the regex engine skips ahead to their letters. The
# words and the numbered name are two patterns: in one alternation the class that starts the
# second would make the engine try every position.
_MEETING_WORDS = re.compile(
    r"Proc|proc|PROC|Conf|conf|CONF|Symposium|symposium|Workshop|workshop|Meeting|meeting|"
    r"Congress|congress|Presented|presented"
)
_NUMBERED_MEETING = re.compile(
    r"[A-Z](?<![A-Z][A-Z])[A-Z]{2,}\s?'?[0-9]{2}\b"  # "IROS '91": a run of capitals from its start
)


def names_meeting(name: str) -> bool:
    """Whether `name` names a meeting."""
    return _MEETING_WORDS.search(name) is not None or _NUMBERED_MEETING.search(name) is not None


# ", Portland, OR", ", San Jose, California", "(Berlin, 1996)" after a meeting's name
_MEETING_PLACE_TAIL = re.compile(
    rf"(?:,\s*[{UPPER}][{LOWER}]+\.?(?:\s[{UPPER}][{LOWER}]+\.?)?(?:,\s*[A-Z]{{2}}\.?|"
    rf",\s*[{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+)?)?|\s*\([^()]*(?:,|[0-9]{{4}})[^()]*\))\s*$"
)


_NUMBER = re.compile(r"[0-9]+|[IVXLC]{2,}")


# a NamedTuple: as immutable as a frozen dataclass and several times cheaper to build
class Trimmed(NamedTuple):
    name: str
    #: the volume tail as written (", 19", " 42"); see `volume_number`
    volume: str
    publisher: str


def trim_container(name: str, *, meeting: bool | None = None) -> Trimmed:
    """`name` without what trails it; a volume or publisher found there is returned.
    `meeting`: whether `names_meeting(name)`, when the caller has searched already."""
    volume = publisher = ""
    if not name:
        return Trimmed(name, volume, publisher)
    if meeting is None:
        meeting = names_meeting(name)
    for _ in range(4):
        before = name
        end = name[-_LONGEST_TAIL:]
        # a cheap test before each pattern: most names end in none of these tails
        if has_any(end, _PUBLISHER_TRIGGERS):
            name, publisher = _cut_publisher(name, publisher)
        if has_any(end, _WEB_TRIGGERS):
            name = _cut(_WEB_TAIL, name)
        if _may_end_in_month(end) or (end[-1:].isdigit() and "." in end):
            name = _cut(_DATE_TAIL, name)
        # (the pattern, anchored at the end by a country, tried only where one ends the name)
        if meeting and name.endswith(COUNTRY_ENDINGS):
            name = _cut(_COUNTRY_TAIL, name)  # "… Workshop on Agents Germany", "… Pisa, Italy"
        if "," in end or "(" in end:
            name = _cut(_PLACE_TAIL, name)
        if _ends_in_editor_word(name) and has_any(end[-14:], _EDITORS_TRIGGERS):
            name = _cut_editors(name)
        if name.endswith(("vol", "vols", "vol.", "vols.", " v", " v.", "no", "no.", "n°")):
            name = _cut(_LABEL_TAIL, name)
        if not meeting and _may_end_in_volume(name):  # "CHI 90", "IROS '91" name meetings
            tail = _at_end(_VOLUME_TAIL, name)
            if tail and tail.start() > 0:
                volume = volume or tail.group(0)
                name = name[: tail.start()]
        if name == before:
            break
    return Trimmed(name.strip(" ,.;:"), volume, publisher)


_PUBLISHER_TRIGGERS = (
    "IEEE",
    "ACM",
    "AAAI",
    "Citeseer",
    "Springer",
    "Elsevier",
    "Press",
    "Kaufmann",
)
_WEB_TRIGGERS = ("PDF", "Web", "Online", "n.", "N.", "print", "Retrieved", "Available", "Special")
_EDITORS_TRIGGERS = ("ed", "Ed", "Hrsg", "hrsg", "Hg", "hg")


def _ends_in_editor_word(name: str) -> bool:
    """Whether `name` ends as _EDITORS_MARK_TAIL must: in an editor's word (EDITOR_WORD), then
    a full stop and a closing bracket, each optional (a test of the end, where the pattern,
    led by optional parts, is tried at every position)."""
    stem = name[:-1] if name.endswith("\n") else name  # "$" matches before a final newline
    stem = stem[:-1] if stem.endswith(")") else stem
    stem = stem[:-1] if stem.endswith(".") else stem
    return stem.endswith(_EDITOR_WORD_ENDINGS)


# the last letters of each of EDITOR_WORD's words: "eds", "Hrsg", "Hgg", "éd", "dir", "editors",
# "Ed. by", "gen. ed", "a cura di", "ред"
_EDITOR_WORD_ENDINGS = (
    "d",
    "ds",
    "D",
    "DS",
    "rsg",
    "g",
    "rg",
    "dir",
    "or",
    "ors",
    "by",
    "di",
    "ред",
)
_MONTH_WORD = re.compile(_MONTHS)
_VOLUME_TAIL_ENDINGS = ("Jg", "serial", "Suppl", "Aufl", "ed", "edn", "edition")


def _may_end_in_volume(name: str) -> bool:
    end = name.rstrip(" .")
    return end[-1:] in _VOLUME_TAIL_LAST or end.endswith(_VOLUME_TAIL_ENDINGS)


_VOLUME_TAIL_LAST = frozenset("0123456789IVXLC")


def _may_end_in_month(end: str) -> bool:
    """Whether `end` may end as the first alternative of _DATE_TAIL does: in a month's word,
    then spaces, days, brackets and full stops ("May", "Sept. (12-14)")."""
    stem = end.rstrip(_AFTER_MONTH)
    if stem[-1:].isalpha():  # a cheap test first: no pattern's call
        return stem.endswith(_MONTH_ENDINGS)
    return _MONTH_WORD.search(end) is not None  # another character ends it: the pattern decides


_AFTER_MONTH = " .()-–0123456789"
# every word _MONTHS matches, for a test with no pattern's call
_MONTH_ENDINGS = tuple(w for form in _MONTH_WORD_FORMS.split("|") for w in spellings(form))


# Every pattern here is anchored at the end of the name and no tail is longer than this, so
# each search starts this far from the end instead of trying every position of a long name.
_LONGEST_TAIL = 120


def _at_end(pattern: re.Pattern[str], name: str) -> re.Match[str] | None:
    return pattern.search(name, max(0, len(name) - _LONGEST_TAIL))


def cut_meeting_place(name: str, *, meeting: bool | None = None) -> str:
    """A meeting's name without the place (and date) that trail it: "Proc. of the Workshop on
    X, Berlin" -> "Proc. of the Workshop on X"; other names are returned as they are.
    `meeting` as in `trim_container`."""
    if meeting is None:
        meeting = names_meeting(name)
    return _cut(_MEETING_PLACE_TAIL, name) if meeting else name


def _cut(pattern: re.Pattern[str], name: str) -> str:
    match = _at_end(pattern, name)
    return name[: match.start()] if match and match.start() > 0 else name


def _cut_publisher(name: str, publisher: str) -> tuple[str, str]:
    match = _at_end(_PUBLISHER_TAIL, name)
    if match is None or match.start() == 0:
        return name, publisher
    if name[: match.start()].rsplit(" ", 1)[-1] in _NOT_CONTAINER_SENTENCE_END:
        return name, publisher  # "Commun. ACM", "Proc. IEEE": an abbreviated journal's name
    return name[: match.start()], publisher or match.group("publisher")


def _cut_editors(name: str) -> str:
    """ "Handbook of Combinatorics, R. Graham, M. Grotschel and L. Lovasz, eds" -> the
    handbook: the names run from a comma or full stop up to the "eds" mark."""
    mark = _at_end(_EDITORS_MARK_TAIL, name)
    if mark is None or mark.start() == 0:
        return name
    # only as far back as any tail reaches: read_names from every comma of a long list
    # would make this quadratic
    for start in _NAME_START.finditer(name, max(0, mark.start() - _LONGEST_TAIL), mark.start()):
        names = read_names(name, start.end())
        if names.people and names.end >= mark.start() - 1:
            return name[: start.start()]
    return name


def volume_number(tail: str) -> str:
    """The number in a volume tail: " vol. 12" -> "12", ", XIV" -> "XIV"."""
    match = _NUMBER.search(tail)
    return match.group(0) if match else ""
