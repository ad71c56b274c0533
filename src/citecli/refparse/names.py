"""Author and editor lists: "Ivanov I. I., Petrov P. P.", "Smith AB, Jones CD",
"A. B. Smith and C. Jones", "Smith, J., & Jones, B.", "Adams, Nicholson B.", "Eric J. Rossetter".

A list is read name by name from the start of a string. Each name is tried against a few
shapes; a shape only counts when what follows it can follow a name (a separator or the end
of the list), which is what tells "Gusev A. V. Prospects of…" (a name, then a title) from a
name that goes on. Full-name shapes ("Given Family") look like ordinary capitalised words, so
they are only tried first in the list, after "and"/"&", or after another full name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.model import Person
from citecli.refparse.text import LOWER, UPPER

_U = f"[{UPPER}]"
_L = f"[{LOWER}]"
_APOS = "['’]"
# "Nalivkina", "Pérez-Higueras", "O'Brien", "McNamara", "LODI" (upper-case families are
# accepted only where initials follow, see _FAMILY_INITIALS).
_FAMILY = rf"(?:{_U}{_APOS})?{_U}{_L}+(?:{_APOS}{_U}?{_L}+)?(?:{_U}{_L}+)?(?:-{_U}?{_L}+)*"
_FAMILY_CAPS = rf"{_U}{{2,}}(?:-{_U}{{2,}})*(?=[,\s])"
_PARTICLE = (
    r"(?:Le Polain de|[Vv]an [Dd]er|[Vv]an [Dd]en|[Vv]an de|[Vv]on der|[Dd]e la|de los|"
    r"[Vv]an|[Vv]on|[Dd]e|der|den|[Dd]el|della|[Dd]i|[Dd]a|dos|das|[Dd]u|la|le|ten|ter|zu|al|el|bin)"
)
# "A.", "J.-P.", and the two-letter initials of transliterated names ("Yu.", "Zh.", "Ch.")
_INITIAL = (
    rf"(?:(?:Yu|Ya|Ye|Yo|Zh|Ch|Sh|Kh|Ts|Th|Ph|St|Sch|Chr|Wm|{_U})\.(?:\s?-\s?{_U}{_L}?\.)?"
    rf"|{_U}-{_U}\.)"  # "J-P."
)
_INITIALS = rf"{_INITIAL}(?:\s?{_INITIAL}){{0,3}}"
_CLUSTER = rf"{_U}{{1,3}}(?![\w'’-])"  # Vancouver's "AB" in "Smith AB"
_GIVEN = rf"{_U}{_L}+(?:{_U}{_L}+)?(?:-{_U}?{_L}+)?"  # "Jean-Paul", "ChewLim"

_SUFFIX = r"(?:,?\s(?P<suffix>Jr\.?|Sr\.?|III|II|IV)(?![\w]))?"
_FAMILY_INITIALS = re.compile(
    rf"(?:(?P<particle>{_PARTICLE})\s)?(?P<family>{_FAMILY}|{_FAMILY_CAPS}){_SUFFIX},?\s?"
    rf"(?P<given>{_INITIALS})"
)
_FAMILY_CLUSTER = re.compile(
    rf"(?:(?P<particle>{_PARTICLE})\s)?(?P<family>{_FAMILY}|{_FAMILY_CAPS}),?\s(?P<given>{_CLUSTER})"
)
_INITIALS_FAMILY = re.compile(
    rf"(?P<given>{_INITIALS}(?:\s{_GIVEN}(?=\s{_U}))?)\s?(?:(?P<particle>{_PARTICLE})\s)?(?P<family>{_FAMILY})(?![\w'’-]){_SUFFIX}"
)
_FAMILY_COMMA_GIVEN = re.compile(
    rf"(?:(?P<particle>{_PARTICLE})\s)?(?P<family>{_FAMILY}|{_FAMILY_CAPS}),\s"
    rf"(?P<given>{_GIVEN}(?:\s{_GIVEN}){{0,2}}(?:\s{_INITIAL}|\s{_U}(?![\w.'’-]))?)"
    r"(?:,?\s(?P<suffix>Jr|Sr)\.?)?"
)
_GIVEN_FAMILY = re.compile(
    r"(?!(?:The|A|An|In|On|Of|For|From|To|With|And|La|Le|Les|Der|Die|Das|El)\s)"
    rf"(?P<given>{_GIVEN}(?:\s(?:{_INITIAL}|{_U}(?=\s{_U})))?(?:\s{_GIVEN}(?=\s{_U}))?)\s"
    rf"(?:(?P<particle>{_PARTICLE})\s)?(?P<family>{_FAMILY})(?![.\w]\w){_SUFFIX}"
)
# a lone "Given I. Family." is a full name when a sentence follows ("Sarita V. Adve. Using…")
_MIDDLE_INITIAL_THEN_STOP = re.compile(rf"{_GIVEN}\s{_U}\.\s{_FAMILY}[.,]\s[{UPPER}“\"«]")
# Chinese names in GB/T 7714 lists: "张三, 李四"
_CJK_NAME = re.compile(r"(?P<family>[\u4e00-\u9fff])(?P<given>[\u4e00-\u9fff]{1,3})(?P<particle>)")
_ABBREVIATION_NEXT = re.compile(rf"\.\s{_U}{_L}{{0,5}}\.")
_AFTER_LISTED_NAME = re.compile(r"\s*(?:[,;&.(]|and\b|$)")
_QUOTED_TITLE_NEXT = re.compile(r"\s*,\s*[“\"«‘]")
_INITIALS_SHAPES = (_FAMILY_INITIALS, _FAMILY_CLUSTER, _INITIALS_FAMILY, _CJK_NAME)
_FULL_SHAPES = (_FAMILY_COMMA_GIVEN, _GIVEN_FAMILY)
_ALL_SHAPES = _INITIALS_SHAPES + _FULL_SHAPES

_SEPARATOR = re.compile(
    r"\s*(?:[,，、]\s*(?=[\u4e00-\u9fff])|;\s*(?:and|&)\s+|,\s*(?:\.\.\.|…)\s*|,\s*(?:and|&|и)\s+|,\s*|;\s*|\s+(?:and|&|und|et|и|y|e)\s+)"
)
# a role after a name: "Davidson, J. (Director)", "Marshall, F. (Producers)"
_ROLE = re.compile(
    r"\s*\((?:[Dd]irectors?|[Pp]roducers?|[Ww]riters?|[Cc]omposers?|[Tt]ranslators?|[Tt]rans\.|"
    r"[Cc]ompilers?|[Pp]erformers?|[Hh]osts?|[Nn]arrators?|[Ii]llustrators?)(?:/[A-Za-z]+)?\.?\)"
    # or the real name or a nickname: "Stendhal (Henri Beyle)", "Esty, Joshua (Jed)"
    rf"|\s*\((?:{_U}[\w.'’-]*\s?){{1,4}}\)(?=\.)"
)
_AND = re.compile(r"and|&|und|et|и")
_ET_AL = re.compile(
    r"\s*,?\s*(?:&\s*)?(?:et\.? al\b\.?|и\s*др\b\.?|et alii\b|u\. a\.|&\s*al\b\.?)", re.IGNORECASE
)
# After the last name the list ends at punctuation, a year, "//", a quotation mark, a title.
_CAN_END = re.compile(r"\s*(?:$|[.,:;(\[/]|[“\"«‘']|\d{4}\b)")
_ORGANISATION = re.compile(
    rf"(?P<name>{_U}[{UPPER}0-9&]+|(?:{_U}[\w&'’-]*\s(?:(?:of|for|and|the|on|de|des|du|"
    rf"für|und)\s)*){{1,6}}{_U}[\w’'-]*)(?=\s*(?:\(\d{{4}}|\.\s*\d{{4}}|\.\s))"
)
# "———." or "—." for "the same author(s) as above"
_REPEATED_AUTHOR = re.compile(r"^(?:[-–—_]{2,}\s?\.?|[–—]\.),?\s*")


# a NamedTuple: as immutable as a frozen dataclass and several times cheaper to build
class NameList(NamedTuple):
    people: tuple[Person, ...]
    et_al: bool
    #: offset just after the list (after "et al." when present)
    end: int


def _person(match: re.Match[str]) -> Person:
    family = match.group("family")
    if family.isupper() and len(family) > 1:
        family = family.capitalize()
    return Person(
        family=family,
        given=" ".join(match.group("given").split()),
        particle=match.group("particle") or "",
        # not groupdict(), which builds a dictionary of every group
        suffix=(match.group("suffix") if "suffix" in match.re.groupindex else None) or "",
    )


def _can_follow(text: str, match: re.Match[str]) -> bool:
    end = match.end()
    if match.re is _INITIALS_FAMILY and _ABBREVIATION_NEXT.match(text, end):
        return False  # "J. Opt. Soc. Am.": a journal's abbreviated name, not "Opt J."
    return bool(
        match.group(0).endswith(".") or _CAN_END.match(text, end) or _SEPARATOR.match(text, end)
    )


def _first_full_name(text: str, match: re.Match[str], shape: re.Pattern[str]) -> bool:
    """Whether a full-name shape may open the list (see `_one_name`)."""
    separator = _SEPARATOR.match(text, match.end())
    following = _one_name(text, separator.end(), "full") if separator else None
    # the next name must end like a name in a list, not like "Imagined Communities: Reflections"
    if following and _AFTER_LISTED_NAME.match(text, following[0].end()):
        return True
    if shape is _FAMILY_COMMA_GIVEN:
        return _can_follow(text, match)
    if shape is not _GIVEN_FAMILY:
        return False
    name_and_next = match.group(0) + text[match.end() : match.end() + 3]
    # "Sarita V. Adve. Using…", "Henry James, “Nathaniel Hawthorne,”"
    return bool(_MIDDLE_INITIAL_THEN_STOP.match(name_and_next)) or bool(
        _QUOTED_TITLE_NEXT.match(text, match.end())
    )


def _one_name(text: str, pos: int, mode: str) -> tuple[re.Match[str], bool] | None:
    """The longest shape that matches at `pos` and can be followed by a separator or an end.

    `mode` says which shapes may be tried: "first" (start of the list: a full name only when
    another name follows it, since "Denisov E. I. Robots, artificial…" is a name and a
    title), "full" (after a full name or "and": all shapes, so that "Albert B. Bishop" beats
    "Albert B." and "De Raedt, L." beats "De Raedt"), "initials" (after an initials name).
    """
    best: tuple[re.Match[str], bool] | None = None
    if mode == "first":
        for shape in _FULL_SHAPES:
            match = shape.match(text, pos)
            if match and _first_full_name(text, match, shape):
                best = match, True
                break
    for shape in _ALL_SHAPES if mode == "full" else _INITIALS_SHAPES:
        match = shape.match(text, pos)
        # the cheap test first: only a longer match than the best so far needs _can_follow
        if match and (best is None or match.end() > best[0].end()) and _can_follow(text, match):
            best = match, shape in _FULL_SHAPES
    return best


def read_names(text: str, pos: int = 0) -> NameList:
    """Names from `pos` on; an empty list (end == pos) when the text does not start with one."""
    people: list[Person] = []
    end = pos
    mode = "first"
    while True:
        found = _one_name(text, pos, mode)
        if not found:
            break
        match, was_full = found
        people.append(_person(match))
        end = match.end()
        role = _ROLE.match(text, end) if "(" in text[end : end + 3] else None
        if role:
            end = role.end()
        window = text[end : end + 12].lower()
        et_al = (
            _ET_AL.match(text, end)
            if "al" in window or "др" in window or "others" in window
            else None
        )
        if et_al:
            return NameList(tuple(people), True, et_al.end())
        separator = _SEPARATOR.match(text, end)
        if not separator:
            break
        joined_by_and = bool(_AND.search(separator.group(0)))
        mode = "full" if was_full or joined_by_and else "initials"
        pos = separator.end()
    return NameList(tuple(people), False, end)


def read_authors(text: str) -> NameList:
    """The author list at the start of a reference, organisations included."""
    repeated = _REPEATED_AUTHOR.match(text)
    if repeated:
        return NameList((), False, repeated.end())
    names = read_names(text)
    if names.people:
        return names
    organisation = _ORGANISATION.match(text)
    if organisation:
        name = organisation.group("name")
        return NameList((Person(literal=name),), False, organisation.end())
    return names
