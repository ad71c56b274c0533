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
from itertools import product
from typing import NamedTuple

from citecli.model import Person
from citecli.refparse.roles import EDITOR_WORD
from citecli.refparse.text import LOWER, UPPER, first_letter_alternatives, word_alternatives
from citecli.script import has_cyrillic

_U = f"[{UPPER}]"
_L = f"[{LOWER}]"
_APOS = "['’]"
_APOSTROPHES = ("'", "’")
_STOP_OR_HYPHEN = (".", "-")
# A whole run of lower-case letters. Where a name's run of them ends, every shape below that
# uses it needs a separator, a capital or a bracket next, never another lower-case letter,
# so the look-ahead only spares the engine from trying each shorter run in turn (the
# possessive "+" of Python 3.11 would say the same). Not in _GIVEN_FAMILY's family, whose
# end test "(?![.\w]\w)" can pass after a shorter run.
_WHOLE_RUN = rf"{_L}+(?!{_L})"


# "(?:X|)" below is "(?:X)?" written as an alternative with an empty branch: the same matches,
# tried in the same order, but Python's engine runs it as a plain branch where "(?:X)?" of
# more than one character is a repeat, several times dearer (a sixth of a shape's time). The
# bounded and unbounded repeats of groups are written so too, see `up_to` and `_any_number`.


def up_to(unit: str, most: int) -> str:
    """ "(?:unit){0,most}" as nested alternatives, "(?:unit(?:unit|)|)" for two: the same
    matches tried in the same order (more units first; `unit` never matches empty), without the
    repeat context the engine builds for a group's repeat on every match."""
    if most < 1:
        return ""
    return f"(?:{unit}{up_to(unit, most - 1)}|)"


def _any_number(unit: str) -> str:
    """ "(?:unit)*" as "(?:unit(?:unit)*|)": the same matches in the same order, the repeat
    built only where one unit matched ("-Higueras"), not on every name without one."""
    return f"(?:{unit}(?:{unit})*|)"


def _family_pattern(lowers: str) -> str:
    """ "Nalivkina", "Pérez-Higueras", "O'Brien", "McNamara", with `lowers` for each run of
    lower-case letters."""
    return rf"(?:{_U}{_APOS}|){_U}{lowers}(?:{_APOS}{_U}?{lowers}|)(?:{_U}{lowers}|)" + _any_number(
        f"-{_U}?{lowers}"
    )


# upper-case families ("LODI") are accepted only where initials follow, see _FAMILY_INITIALS
_FAMILY = _family_pattern(f"{_L}+")
_WHOLE_FAMILY = _family_pattern(_WHOLE_RUN)
_FAMILY_CAPS = rf"(?:{_U}{_APOS}|){_U}{{2,}}" + _any_number(rf"[-\s]{_U}{{2,}}") + r"(?=[,\s])"
# the particles before a family name, longer ones first ("van der" before "van"), each in
# the cases lists write it
_PARTICLES = (
    "Le Polain de",
    *("Van Der", "Van der", "van Der", "van der", "Van Den", "Van den", "van Den", "van den"),
    *("Van de", "van de", "Von der", "von der", "De la", "de la", "de los"),
    *("Van", "van", "Von", "von", "De", "de", "der", "den", "Del", "del", "della", "Di", "di"),
    *("Da", "da", "dos", "das", "Du", "du", "la", "le", "ten", "ter", "zu", "Al", "al", "El"),
    *("el", "bin", "Abu", "Ben"),
    # and as Russian lists write them: "Ван Дейк Т. А.", "Ле Гофф Ж.", "Де Соссюр Ф."
    *("Ван дер", "ван дер", "Ван ден", "ван ден", "Фон дер", "фон дер", "Де ла", "де ла"),
    *("Ван", "ван", "Фон", "фон", "Де", "де", "Ле", "ле", "Ла", "ла", "Дю", "дю", "Дель"),
    *("дель", "Ди", "ди", "Да", "да"),
)
# (grouped by first letter, see `first_letter_alternatives`: in the particles' order)
_PARTICLE = f"(?:{first_letter_alternatives('|'.join(_PARTICLES))})"
# The particle before a family, tried only at one of the particles' first letters: the
# look-ahead fails at once where the four dozen alternatives would each be tried in vain.
_PARTICLE_LETTERS = frozenset(particle[0] for particle in _PARTICLES)
_PARTICLE_FIRST_LETTERS = "".join(sorted(_PARTICLE_LETTERS))
#: "van", "Van", "Le", …: the first word of each particle
_PARTICLE_WORDS = frozenset(particle.split()[0] for particle in _PARTICLES)
_OPTIONAL_PARTICLE = rf"(?:(?=[{_PARTICLE_FIRST_LETTERS}])(?P<particle>{_PARTICLE})\s|)"
#: initials of more than one letter
_LONG_INITIALS = "Yu|Ya|Ye|Yo|Zh|Ch|Sh|Kh|Ts|Th|Ph|St|Sch|Chr|Wm|Dzh|Дж"
# "A.", "J.-P.", and the two-letter initials of transliterated names ("Yu.", "Zh.", "Ch.") and
# of English names in Russian ("Кейнс Дж. М.", transliterated "Keins Dzh. M."); the long
# ones grouped by first letter, which the engine then tests once
_INITIAL = (
    rf"(?:(?:{first_letter_alternatives(_LONG_INITIALS)}|{_U})\.(?:\s?-\s?{_U}{_L}?\.|)"
    rf"|{_U}-{_U}\.)"  # "J-P."
)
# "J. J Koenderink": an initial whose full stop was lost, between two that kept theirs
_INITIALS = _INITIAL + up_to(rf"(?:\s?{_INITIAL}|\s{_U}(?=\s{_U}[{LOWER}]))", 3)
# Vancouver's "AB" in "Smith AB", and transliterated "ZhD", "YuV" in "Kobalava ZhD"
_CLUSTER_LETTER = f"(?:Zh|Yu|Ya|Ye|Yo|Kh|Ch|Sh|Ts|{_U})"
_CLUSTER = rf"{_CLUSTER_LETTER}{up_to(_CLUSTER_LETTER, 2)}(?![\w'’-])"
_GIVEN = rf"{_U}{_WHOLE_RUN}(?:{_U}{_WHOLE_RUN}|)(?:-{_U}?{_WHOLE_RUN}|)"  # "Jean-Paul", "ChewLim"

_SUFFIX = r"(?:,?\s(?P<suffix>Jr\.?|Sr\.?|III|II|IV)(?![\w])|)"
# APA puts a particle after the initials: "Andrade, S. M. de. (2017)." (see `_person`)
_LATE_PARTICLE = r"(?:\s(?=[dv])(?:de|da|dos|das|del|van|von)(?=[.,;]))"
# a particle inside a family of two words: "Teilhard de Chardin P.", "Ortega y Gasset J.",
# "Тейяр де Шарден П.", "Мартинес де ла Роса Ф." (a look-ahead at the letters they open with
# fails at once after most families)
_INNER_PARTICLE_LETTERS = frozenset("dvyдвф")
_INNER_PARTICLE = (
    r"\s(?=[dvyдвф])(?:de\sla|de\slos|della|del|des|de|da|das|dos|du|di|van\sder|van\sden|van"
    r"|von\sder|von|y|де\sла|дель|де|да|ди|дю|ван\sдер|ван|фон\sдер|фон)\s"
)
# a family's first word before its inner particle: the shapes that need a particle after
# the first word then stay in the running, as after "van" (see `_one_name`)
_INNER_PARTICLE_NEXT = re.compile(rf"{_INNER_PARTICLE}{_U}")
_FAMILY_INITIALS = re.compile(
    rf"{_OPTIONAL_PARTICLE}(?P<family>{_WHOLE_FAMILY}|{_FAMILY_CAPS}){_SUFFIX},?\s?"
    rf"(?P<given>{_INITIALS}(?:{_LATE_PARTICLE}|))"
)
# (tried only where `_INNER_PARTICLE_NEXT` found the particle: a shape of its own, so that
# the common "Smith J." pays nothing for it)
_INNER_PARTICLE_FAMILY_INITIALS = re.compile(
    rf"(?P<particle>)(?P<family>{_WHOLE_FAMILY}{_INNER_PARTICLE}{_WHOLE_FAMILY}){_SUFFIX},?\s?"
    rf"(?P<given>{_INITIALS})"
)
_FAMILY_CLUSTER = re.compile(
    rf"{_OPTIONAL_PARTICLE}(?P<family>{_WHOLE_FAMILY}|{_FAMILY_CAPS}),?\s(?P<given>{_CLUSTER})"
    r"(?:\s(?P<suffix>Jr\.?|Sr\.?|III|II|IV)(?!\w)|)"  # "Wright JT Jr"
)
# "Agabiti Rosei E": a family name of two words before Vancouver initials, tried only after
# another initials name ("Microsoft Windows TCP/IP" opening a reference is no name)
_TWO_WORD_FAMILY_CLUSTER = re.compile(
    rf"(?P<particle>)(?P<suffix>)(?P<family>{_WHOLE_FAMILY}\s{_WHOLE_FAMILY})\s(?P<given>{_CLUSTER})"
)
_INITIALS_FAMILY = re.compile(
    rf"(?P<given>{_INITIALS}(?:\s{_GIVEN}(?=\s{_U})|))\s?{_OPTIONAL_PARTICLE}(?P<family>{_FAMILY})(?![\w'’-]){_SUFFIX}"
)
_FAMILY_COMMA_GIVEN = re.compile(
    rf"{_OPTIONAL_PARTICLE}(?P<family>{_WHOLE_FAMILY}|{_FAMILY_CAPS}),\s"
    rf"(?P<given>{_GIVEN}" + up_to(rf"\s{_GIVEN}", 2) + rf"(?:\s{_INITIAL}|\s{_U}(?![\w.'’-])|))"
    r"(?:,?\s(?P<suffix>Jr|Sr)\.?|)"
)
_GIVEN_FAMILY = re.compile(
    r"(?!(?:The|A|An|In|On|Of|For|From|To|With|And|La|Le|Les|Der|Die|Das|El)\s)"
    # "Adam DI Kramer", "C Lawrence Zitnick": initials without full stops
    rf"(?P<given>(?:{_U}\s|){_GIVEN}(?:\s(?:{_INITIAL}|{_U}{{1,2}}(?=\s{_U}))|)(?:\s{_GIVEN}(?=\s{_U})|))\s"
    rf"{_OPTIONAL_PARTICLE}(?!(?:Jr|Sr)\b)(?P<family>{_FAMILY})(?![.\w]\w){_SUFFIX}"
)
# a lone "Given I. Family." is a full name when a sentence follows ("Sarita V. Adve. Using…")
_MIDDLE_INITIAL_THEN_STOP = re.compile(rf"{_GIVEN}\s{_U}\.\s{_FAMILY}[.,]\s[{UPPER}“\"«]")
# ... unless that sentence is no title but what follows one: a journal and its year or number
# ("Smith J. Globalization. Journal of Economics, 2019, vol. 5", "Smith J. Title. Working
# Paper, no. 123") or an imprint ("Smith J. History. London: Verso, 1990."); the name is then
# "Family I." and the one word after it the title
_CONTAINER_AFTER_WORD = re.compile(
    r"\.\s[^.;]{0,80}?(?:,\s(?:[0-9]{4}(?=[,.;\s])|[Nn]o\.|[Vv]ol\.)|\s[Nn]o\.\s?[0-9])"
)
# Chinese names in GB/T 7714 lists: "张三, 李四"
_CJK_NAME = re.compile(
    r"(?P<family>[\u4e00-\u9fff])(?P<given>[\u4e00-\u9fff]{1,3})(?P<particle>)(?P<suffix>)"
)
_ABBREVIATION_NEXT = re.compile(rf"\.\s{_U}{_L}{{0,5}}\.")
_AFTER_LISTED_NAME = re.compile(r"\s*(?:[,;&.(]|and\b|$)")
_QUOTED_TITLE_NEXT = re.compile(r"\s*,\s*[“\"«‘]")
# French capitals: "ALY (M.I.)", "A. BERTRAND", "BACHER Pierre", "Maria GREENWALD"
_CAPS = (
    rf"(?:{_U}{_APOS}|){_U}{{2,}}"
    + _any_number(rf"[-\s](?:{_U}{_APOS}|){_U}{{2,}}")
    + r"(?![\w'’])"
)
_FAMILY_BRACKETED_INITIALS = re.compile(
    rf"(?P<particle>)(?P<suffix>)(?P<family>{_WHOLE_FAMILY}|{_CAPS})\s\((?P<given>{_INITIALS}|{_U}[a-z]?\.-{_U}\.)\)"
)
_INITIALS_CAPS = re.compile(
    rf"(?P<given>{_INITIALS})\s?(?P<particle>)(?P<suffix>)(?P<family>{_CAPS})"
)
# only inside a list: a comma, semicolon or "and" must follow ("IEEE Trans. …" is no name)
_LISTED = r"(?=\s*[,;]|\s(?:and|&|et)\s)"
# words of a body's name, not given names: "SPRINT Research Group"
_BODY_WORD = (
    r"(?!(?:Group|Research|Study|Society|Association|Committee|Council|Institute|"
    r"Collaboration|Consortium|Network|Foundation|Cent(?:er|re)|Organi[sz]ation)\b)"
)
_CAPS_GIVEN = re.compile(
    rf"(?P<particle>)(?P<suffix>)(?P<family>{_U}{{3,}}{_any_number(f'-{_U}{{2,}}')})\s"
    rf"(?P<given>{_BODY_WORD}{_GIVEN}(?:[\s-]{_BODY_WORD}{_GIVEN}|))" + _LISTED
)
_GIVEN_CAPS = re.compile(
    rf"(?P<given>{_GIVEN}(?:\s(?:{_GIVEN}|{_INITIAL})|))\s(?P<particle>)(?P<suffix>)"
    rf"(?P<family>{_U}{{3,}}{_any_number(f'-{_U}{{2,}}')})(?![\w'’])(?=\s*[,;]|\s(?:and|&|et)\s|\.\s)"
)
# "Pate, C. Marvin.", "Ansoff, H. Igor.": an initial, then the name used
_FAMILY_COMMA_INITIAL_GIVEN = re.compile(
    rf"(?P<particle>)(?P<suffix>)(?P<family>{_WHOLE_FAMILY}),\s(?P<given>{_INITIALS}\s{_GIVEN})"
    r"(?=[.,;]\s)"
)
# (_CJK_NAME is tried apart, see `_one_name`)
_INITIALS_SHAPES = (
    _FAMILY_INITIALS,
    _INNER_PARTICLE_FAMILY_INITIALS,
    _FAMILY_CLUSTER,
    _INITIALS_FAMILY,
    _FAMILY_COMMA_INITIAL_GIVEN,
)
_FULL_SHAPES = (_FAMILY_COMMA_GIVEN, _GIVEN_FAMILY)
_CAPITALS_SHAPES = (_FAMILY_BRACKETED_INITIALS, _INITIALS_CAPS, _CAPS_GIVEN, _GIVEN_CAPS)
# which shapes each position in a list may take (see `_one_name`), without and with the
# shapes of names in capitals, tried only where a run of capitals is (see `read_names`)
_SHAPES_BY_MODE = {
    "first": _INITIALS_SHAPES,
    "initials": (*_INITIALS_SHAPES, _TWO_WORD_FAMILY_CLUSTER),
    "full": _INITIALS_SHAPES + _FULL_SHAPES,
}
_SHAPES_BY_MODE_WITH_CAPITALS = {
    mode: shapes + _CAPITALS_SHAPES for mode, shapes in _SHAPES_BY_MODE.items()
}
# The shapes that open with an initial ("A.", "J-P.", "Yu.") need a full stop or hyphen after
# the first letter, or one of the two-letter initials; every other shape opens with a word
# (a capital, then a letter, an apostrophe or, in "C Lawrence Zitnick", a space) and cannot
# match before a full stop or hyphen. The letters at a position thus rule out one of the two
# kinds without trying it: the kinds keep their order, so the longest match wins as before.
_INITIAL_LED = (_INITIALS_FAMILY, _INITIALS_CAPS)
_TWO_LETTER_INITIALS = frozenset(i[:2] for i in _LONG_INITIALS.split("|"))
_INITIAL_ONLY, _WORD_ONLY, _EITHER = 0, 1, 2
# Each shape's first word (a particle, a family, a given name, an initial's letters) is made
# of letters, apostrophes and hyphens, and what ends it is fixed by the shape: a comma
# ("Smith, J."), a space ("Smith J.", "van Dijk", "Eric Rossetter") or a full stop ("J. Smith",
# "SmithJ."). The character after the first run of word characters (a superset of those
# letters, without comma, space and full stop) thus rules out the shapes that end their first
# word otherwise, and every shape where it is none of the three.
_FIRST_WORD = re.compile(r"[\w'’-]*")
_AFTER_COMMA = (
    _FAMILY_INITIALS,
    _FAMILY_CLUSTER,
    _FAMILY_COMMA_GIVEN,
    _FAMILY_COMMA_INITIAL_GIVEN,
)
_AFTER_SPACE = (
    _FAMILY_INITIALS,
    _INNER_PARTICLE_FAMILY_INITIALS,
    _FAMILY_CLUSTER,
    _FAMILY_COMMA_GIVEN,  # after a particle ("van Dijk, Jan") or capitals ("LE GOFF, J")
    _GIVEN_FAMILY,
    _TWO_WORD_FAMILY_CLUSTER,
    _FAMILY_BRACKETED_INITIALS,
    _CAPS_GIVEN,
    _GIVEN_CAPS,
)
_AFTER_STOP = (_FAMILY_INITIALS, *_INITIAL_LED)
# After a comma the family ended there (a particle or a family in capitals holds spaces), and
# what follows the comma rules out more: a space, a capital and a small letter for
# _FAMILY_COMMA_GIVEN ("Smith, John"), which the initials and clusters of the other shapes
# have only as a two-letter initial ("Smith, Yu.") or a suffix ("Smith, Jr., J.").
_AFTER_COMMA_NO_GIVEN = tuple(s for s in _AFTER_COMMA if s is not _FAMILY_COMMA_GIVEN)
_GIVEN_OR_INITIAL_LEADS = _TWO_LETTER_INITIALS | {"Jr", "Sr"}
# After a space, most shapes need a capital next (an initial, a cluster, a second word of a
# name); _FAMILY_COMMA_GIVEN there needs a particle ("van Dijk, Jan") or capitals ("LE GOFF, J")
# first; the capitals of _CAPS_GIVEN and _FAMILY_BRACKETED_INITIALS ("ALY (M.I.)") open it,
# or a bracket follows a family ("Smith (J.)"); particles and given-first names may go on
# with a small letter ("van der Berg", "Ludwig van Beethoven"). A family without a particle
# ends with the first word, so _FAMILY_INITIALS and _FAMILY_CLUSTER need initials, a cluster
# or a suffix after its space: a capital and a small letter there ("Susan Horwitz") only as a
# two-letter initial ("Smith Yu.") or a suffix ("Smith Jr.").
_NEED_CAPITAL_NEXT = (_TWO_WORD_FAMILY_CLUSTER, _CAPS_GIVEN, _GIVEN_CAPS)
_NEED_PARTICLE_OR_CAPITALS = (_FAMILY_COMMA_GIVEN,)
_NEED_CAPITALS = (_CAPS_GIVEN,)
_NEED_INITIALS_NEXT_OR_PARTICLE = (_FAMILY_INITIALS, _FAMILY_CLUSTER)
_NEED_PARTICLE = (_INNER_PARTICLE_FAMILY_INITIALS,)


def _after_space(
    capital_next: bool, word_next: bool, capitals: bool, particle: bool
) -> tuple[re.Pattern[str], ...]:
    return tuple(
        s
        for s in _AFTER_SPACE
        if (capital_next or s not in _NEED_CAPITAL_NEXT)
        and (particle or capitals or s not in _NEED_PARTICLE_OR_CAPITALS)
        and (capitals or s not in _NEED_CAPITALS)
        and (particle or s not in _NEED_PARTICLE)
        and (
            (capital_next and not word_next) or particle or s not in _NEED_INITIALS_NEXT_OR_PARTICLE
        )
        and (capitals or not capital_next or s is not _FAMILY_BRACKETED_INITIALS)
    )


_SHAPES_AFTER: dict[str, tuple[re.Pattern[str], ...]] = {
    ",": _AFTER_COMMA,
    ",-": _AFTER_COMMA_NO_GIVEN,
    ",G": (_FAMILY_COMMA_GIVEN,),
    ".": _AFTER_STOP,
}
# After the space, a capital then neither a small letter nor an apostrophe ("J.", "JT") opens
# no family name ("Rosei", "O'Brien"), as the second word of _TWO_WORD_FAMILY_CLUSTER must be.
# A capital then none of a capital, a full stop, a hyphen or a space either ("J,", "J" at the
# end) is no initial ("J.", "J-P.", "Yu."), capitals ("GOFF"), given name or bare initial ("D"
# of "Adam D Kramer"), nor a bracket: only a Vancouver cluster.
_NOT_AFTER_CAPITAL_BY_NEXT = {
    "I": (_TWO_WORD_FAMILY_CLUSTER,),
    "L": tuple(s for s in _AFTER_SPACE if s is not _FAMILY_CLUSTER),
}
# after a space: " ", then "U" where a capital follows, "W" where a capital and a small letter
# open a word (not a two-letter initial nor a suffix), "I" or "L" where a capital and what is
# said above, then whether the word is in capitals ("C") or a particle ("P")
_SHAPES_AFTER.update(
    (
        " " + next_kind + "C" * capitals + "P" * particle,
        tuple(
            s
            for s in _after_space(bool(next_kind), next_kind == "W", capitals, particle)
            if s not in _NOT_AFTER_CAPITAL_BY_NEXT.get(next_kind, ())
        ),
    )
    for next_kind in ("", "U", "W", "I", "L")
    for capitals, particle in product((False, True), repeat=2)
)


_ShapeTable = dict[tuple[str, int, str], tuple[re.Pattern[str], ...]]


def _by_lead(shapes_by_mode: dict[str, tuple[re.Pattern[str], ...]]) -> _ShapeTable:
    table: _ShapeTable = {}
    for mode, shapes in shapes_by_mode.items():
        for after, possible in _SHAPES_AFTER.items():
            shapes_here = tuple(s for s in shapes if s in possible)
            table[mode, _INITIAL_ONLY, after] = tuple(s for s in shapes_here if s in _INITIAL_LED)
            table[mode, _WORD_ONLY, after] = tuple(s for s in shapes_here if s not in _INITIAL_LED)
            table[mode, _EITHER, after] = shapes_here
    return table


_SHAPES = _by_lead(_SHAPES_BY_MODE)
_SHAPES_WITH_CAPITALS = _by_lead(_SHAPES_BY_MODE_WITH_CAPITALS)
_FULL_SHAPES_AFTER = {
    after: tuple(s for s in _FULL_SHAPES if s in possible)
    for after, possible in _SHAPES_AFTER.items()
}
_CAPITALS_RUN = re.compile(rf"{_U}{_U}")
# the places in a list where the shapes of names in capitals may be tried: after a comma
# none is (see `_SHAPES_AFTER`), and there a list need not look for capitals at all
_CAPITALS_MATTER = frozenset(key for key in _SHAPES if _SHAPES[key] != _SHAPES_WITH_CAPITALS[key])


class _Capitals:
    """Whether a run of capitals is in the 400 characters from a list's start (its names may
    then be in capitals, see `read_names`); looked for only when a name's shapes depend on it,
    as most lists of "Smith, J." never do, and then once for the list."""

    __slots__ = ("found", "start", "text")

    def __init__(self, text: str, start: int, found: bool | None = None) -> None:
        self.text = text
        self.start = start
        self.found = found

    def look(self) -> bool:
        if self.found is None:
            self.found = bool(_CAPITALS_RUN.search(self.text, self.start, self.start + 400))
        return self.found


# for the names read ahead of a list's first full name, without the shapes of capitals
_NO_CAPITALS = _Capitals("", 0, found=False)

# Between names: a comma (before a Chinese name, an ellipsis, a conjunction or alone), a
# semicolon (with "and" or alone), or a conjunction between spaces. The alternatives are
# grouped by their first character, which the engine tests once. The conjunctions that join
# by "and" ("y" and "e" do not) are the pattern's only groups: one took part (`lastindex`)
# when the names are joined by "and".
_SEPARATOR = re.compile(
    r"\s*(?:,\s*(?:(?=[\u4e00-\u9fff])|(?:\.\.\.|…)\s*|(?:(and|&|и|et|und)|y)\s+|)"
    r"|[，、]\s*(?=[\u4e00-\u9fff])|;\s*(?:(and|&)\s+)?|\s+(?:(and|&|und|et|и)|y|e)\s+)"
)
# a full stop between names, where the next one is unmistakable: "ROUSSILLON, René.
# CHABERT, Catherine.", "Goss DL. Moore JH. Compliance …"
# what plainly closes a list of names: a year, a quoted title, a colon
_LIST_END = re.compile(r"\s*[,.]?\s*(?:[“\"«‘]|\(?[0-9]{4}\b|:)")
_STOP_BETWEEN_NAMES = re.compile(
    rf"\.\s+(?={_U}{{2,}}[{UPPER}-]*,\s{_U}|{_U}{_L}+\s{_U}{{1,3}}\.\s)"
)
# a role after a name: "Davidson, J. (Director)", "Marshall, F. (Producers)"
_ROLE = re.compile(
    r"\s*\((?:[Dd]irectors?|[Pp]roducers?|[Ww]riters?|[Cc]omposers?|"
    r"(?P<translators>[Tt]ranslators?|[Tt]rans\.)|"
    r"[Cc]ompilers?|[Pp]erformers?|[Hh]osts?|[Nn]arrators?|[Ii]llustrators?)(?:/[A-Za-z]+)?\.?\)"
    # or the real name or a nickname: "Stendhal (Henri Beyle)", "Esty, Joshua (Jed)"; not an
    # editor's role ("Hobfoll, S. E. (Ed.). (1998).", which `parser` reads)
    rf"|\s*\((?!{EDITOR_WORD}\))(?:{_U}[\w.'’-]*\s?){{1,4}}\)(?=\.)"
)
# GOST 7.0.100 brackets it after the third name: "Кузнецов В. В., … Иванова О. П. [и др.]"
_ET_AL = re.compile(
    r"\s*[,;]?\s*(?:&\s*)?(?P<bracket>\[)?(?:et\.? al\b\.?|и\s*др\b\.?|et alii\b|u\. a\.|"
    r"&\s*al\b\.?|and others\b)(?(bracket)\])",
    re.IGNORECASE,
)
# After the last name the list ends at punctuation, a year, "//", a quotation mark, a title.
_CAN_END = re.compile(r"\s*(?:$|[.,:;(\[/]|[“\"«‘']|[0-9]{4}\b)")
# the characters that _CAN_END accepts at once, tested without it
_ENDING_CHARACTERS = ".,:;([/“\"«‘'"
_ORGANISATION = re.compile(
    rf"(?P<name>{_U}[{UPPER}0-9&]+|(?:U\.\s?S\.\s|U\.\s?K\.\s)?(?:{_U}[\w&'’-]*\s(?:(?:of|for|and|the|on|de|des|du|"
    # "NCD Risk Factor Collaboration (NCD-RisC)." with its acronym
    rf"für|und)\s)*){{1,6}}{_U}[\w’'-]*(?:\s\({_U}[\w&-]{{1,15}}\))?)"
    r"(?=\s*(?:\([0-9]{4}|\.\s*[0-9]{4}|\.\s|;\s))"
)
# words naming a body: a list of them is one organisation, not people (led by the words'
# letters, see `word_alternatives`)
ORGANISATION_WORD = re.compile(
    "(?:"
    + word_alternatives(
        "Commission|Association|Organi[sz]ation|Institute|Department|Ministry|Council|"
        "Society|Agency|Office|Bureau|Foundation|Group|Committee|Board|Centre|Center|Service|"
        "Administration|Federation|Union|Bank|Fund|Authority|Corporation|Company|Network"
    )
    + r")\b"
)
# A Russian title is in sentence case, so its capitalised proper nouns ("Регионы России")
# look like a body's name: a Cyrillic body heads a description only with a word that names
# one ("Министерство …", "Институт …") or as an acronym ("ВОЗ")
# the bodies named in one word, whose name is not in sentence case
_ONE_WORD_BODIES = (
    "Росстат",
    "Минфин",
    "Минэкономразвития",
    "Минздрав",
    "Минобрнауки",
    "Минпросвещения",
    "Минтруд",
    "Росреестр",
    "Роспатент",
    "Госкомстат",
    "Росстандарт",
)
_RUSSIAN_BODY_WORD = re.compile(
    r"Министерств|Федеральн|Служб|Агентств|Комитет|Институт|Университет|Академи|Банк|Центр|"
    r"Ассоциаци|Обществ|Союз|Организаци|Правительств|Администраци|Департамент|Управлени|Фонд|"
    r"Палат|Совет|Дума|Инспекци|" + "|".join(_ONE_WORD_BODIES)
)


# GOST heads a description with the state body that issued it, its name in sentence case up
# to the full stop: "Росстат. Регионы России. …", "Министерство финансов Российской Федерации.
# Основные направления …"; only bodies whose name no book title opens with, and before a
# title's word, not before an imprint ("Банк России. – М., 2020" is a book of that title).
# The name goes on only with the words a body's name has: not with "как", "в", a number
# ("Министерство финансов как институт …", "… в годы войны" are titles)
_BODY_NAME_WORD = (
    r"(?:Российской|Федерации|России|РФ|Рос\.(?=\sФедерации)|Rossii|RF|"
    r"(?!(?:как|в|во|на|о|об|при|для|с|со|до|после|и\sее|и\sего)\b)[а-яё-]{1,30})"
)
_STATE_BODY_OPENINGS = (
    "Министерство",
    "Федеральн(?:ая служба|ое агентство|ая налоговая служба)",
    "Правительство Российской",
    *_ONE_WORD_BODIES,
    "Центральный банк(?=\\s(?:Российской|России|РФ))",
    "Сч[её]тная палата",
    # the References' transliteration of the one-word names ("Rosstat. Regiony Rossii. …")
    *("Rosstat", "Minfin", "Minzdrav", "Minobrnauki", "Minekonomrazvitiya", "Rosreestr"),
    *("Rospatent", "Goskomstat"),
)
_RUSSIAN_STATE_BODY = re.compile(
    rf"(?P<name>(?:{'|'.join(_STATE_BODY_OPENINGS)})(?:\s{_BODY_NAME_WORD}){{0,6}})"
    # before a title's word, or a law's "О"/"Об" ("… Федерации. Об основах охраны здоровья")
    r"\.\s(?=[А-ЯЁA-Z](?:[а-яёa-z]{2}|б?\s))"
    r"(?![^\s.:]+(?:\s?:\s|,\s[0-9]))"  # (not an imprint: "Москва : Финансы", "Moscow, 2020")
)


# (what _RUSSIAN_STATE_BODY can start with)
_STATE_BODY_LETTERS = frozenset(opening[0] for opening in _STATE_BODY_OPENINGS)


def _not_a_russian_body(name: str) -> bool:
    return has_cyrillic(name) and not name.isupper() and not _RUSSIAN_BODY_WORD.search(name)


# "———." or "—." for "the same author(s) as above"
_REPEATED_AUTHOR = re.compile(r"^(?:[-–—_]{2,}\s?\.?|[–—]\.),?\s*")
_DASHES = frozenset("-–—_")  # what _REPEATED_AUTHOR starts with


# a NamedTuple: as immutable as a frozen dataclass and several times cheaper to build
class NameList(NamedTuple):
    people: tuple[Person, ...]
    et_al: bool
    #: offset just after the list (after "et al." when present)
    end: int
    #: the list ended with the translators' role, read with the last name: "(trans.)"
    translators: bool = False


def family_case(family: str) -> str:
    """ "ACKET" -> "Acket", "GISCARD D'ESTAING" -> "Giscard D'Estaing": capitals mark the
    family in French and Czech lists and in Vancouver ones; they are not part of the name."""
    return family.title() if family.isupper() and len(family) > 1 else family


def _person(match: re.Match[str]) -> Person:
    # every shape has the four groups, empty where it has no particle or suffix: one call
    # reads them (not groupdict(), which builds a dictionary of every group)
    family, given, particle, suffix = match.group("family", "given", "particle", "suffix")
    if given[-1:].islower() and match.re is _FAMILY_INITIALS:  # "S. M. de": see _LATE_PARTICLE
        given, particle = given.rsplit(" ", 1)
    return Person(family_case(family), " ".join(given.split()), particle or "", suffix or "")


def _given_name_at(text: str, pos: int) -> bool:
    """Whether a space and a given name's first two letters may be at `pos`."""
    three = text[pos : pos + 3]  # (one slice, not one per character)
    return len(three) == 3 and three[0].isspace() and three[1].isupper() and three[2].islower()


def _next_kind(next_two: str) -> str:
    """ "W" where `next_two` open a capitalised word ("Horwitz"), not a two-letter initial or a
    suffix ("Yu.", "Jr."); "I" where a capital and a capital, a full stop, a hyphen or a space
    ("JT", "J."); "L" where a capital and none of those nor a small letter or an apostrophe
    ("J,"); "U" where another capital; "" where none (see `_SHAPES_AFTER`)."""
    if not next_two[:1].isupper():
        return ""
    second = next_two[1:]  # (what the patterns' classes and "\s" test, one character)
    if second.islower():
        if second.isalpha() and next_two not in _GIVEN_OR_INITIAL_LEADS:
            return "W"
        return "U"
    if second in _APOSTROPHES:
        return "U"
    if second.isupper() or second in _STOP_OR_HYPHEN or second.isspace():
        return "I"
    return "L"


def _can_follow(text: str, match: re.Match[str]) -> bool:
    end = match.end()
    if match.re is _INITIALS_FAMILY and _ABBREVIATION_NEXT.match(text, end):
        return False  # "J. Opt. Soc. Am.": a journal's abbreviated name, not "Opt J."
    return bool(
        # (the match is not empty: its last character is the one before its end)
        text[end - 1] == "."
        or text[end : end + 1] in _ENDING_CHARACTERS  # (the empty string too: the text's end)
        or _CAN_END.match(text, end)
        or _SEPARATOR.match(text, end)
    )


# a name found at an offset, with whether a full-name shape read it; None: no name there
_Found = tuple[re.Match[str], bool] | None


def _first_full_name(
    text: str, match: re.Match[str], shape: re.Pattern[str], ahead: dict[int, _Found]
) -> bool:
    """Whether a full-name shape may open the list (see `_one_name`). The name read after it
    is kept in `ahead` under its offset, for the list to take instead of reading it again."""
    separator = _SEPARATOR.match(text, match.end())
    following = None
    if separator:
        following = ahead[separator.end()] = _one_name(
            text, separator.end(), "full", _NO_CAPITALS, ahead
        )
    # the next name must end like a name in a list, not like "Imagined Communities: Reflections"
    if following and _AFTER_LISTED_NAME.match(text, following[0].end()):
        return True
    if shape is _FAMILY_COMMA_GIVEN:
        return _can_follow(text, match)
    if shape is not _GIVEN_FAMILY:
        return False
    name_and_next = match.group(0) + text[match.end() : match.end() + 3]
    if _MIDDLE_INITIAL_THEN_STOP.match(name_and_next):
        # "Sarita V. Adve. Using…", not "Маркс К. Капитал. М. : Политиздат" (Russian lists
        # write no "Given I. Family") nor "Petrov P. Stagflation. Voprosy ekonomiki, 2019"
        return not has_cyrillic(match.group("given")) and not _CONTAINER_AFTER_WORD.match(
            text, match.end()
        )
    # "Henry James, “Nathaniel Hawthorne,”"
    return bool(_QUOTED_TITLE_NEXT.match(text, match.end()))


def _one_name(
    text: str, pos: int, mode: str, capitals: _Capitals, ahead: dict[int, _Found]
) -> _Found:
    """The longest shape that matches at `pos` and can be followed by a separator or an end.

    `mode` says which shapes may be tried: "first" (start of the list: a full name only when
    another name follows it, since "Denisov E. I. Robots, artificial…" is a name and a
    title), "full" (after a full name or "and": all shapes, so that "Albert B. Bishop" beats
    "Albert B." and "De Raedt, L." beats "De Raedt"), "initials" (after an initials name).
    `ahead` takes the names read after a first full name (see `_first_full_name`).
    """
    first = text[pos : pos + 1]
    if not first.isupper() and first not in _PARTICLE_LETTERS:
        if "\u4e00" <= first <= "\u9fff":
            # GB/T's "张三": every other shape starts with a letter, none with a Chinese
            # character
            match = _CJK_NAME.match(text, pos)
            return (match, False) if match and _can_follow(text, match) else None
        return None  # a quote, a digit: each shape starts with a capital or a particle
    second = text[pos + 1 : pos + 2]
    if second == ".":
        # "J. Smith": the initial's letter is the first word, no pattern needed to find its
        # end (a capital that is no letter, "Ⓐ.", ends none, but starts no shape either)
        word_end, after = pos + 1, "."
    else:
        word_end = _FIRST_WORD.match(text, pos).end()  # type: ignore[union-attr]  # (never None)
        after = text[word_end : word_end + 1]
    if after == ",":
        if not _given_name_at(text, word_end + 1):
            after = ",-"
        elif text[word_end + 2 : word_end + 4] not in _GIVEN_OR_INITIAL_LEADS:
            after = ",G"
    elif after != ".":
        if not after.isspace():
            return None  # no shape's first word ends there
        word = text[pos:word_end]
        after = " " + _next_kind(text[word_end + 1 : word_end + 3])
        particle = word in _PARTICLE_WORDS or (
            text[word_end + 1 : word_end + 2] in _INNER_PARTICLE_LETTERS
            and _INNER_PARTICLE_NEXT.match(text, word_end) is not None
        )
        after += "C" * word.isupper() + "P" * particle
    if second == "." or second == "-":
        lead = _INITIAL_ONLY
    elif text[pos : pos + 2] in _TWO_LETTER_INITIALS:
        lead = _EITHER
    else:
        lead = _WORD_ONLY
    best: _Found = None
    if mode == "first" and lead != _INITIAL_ONLY:
        for shape in _FULL_SHAPES_AFTER[after]:
            match = shape.match(text, pos)
            if match and _first_full_name(text, match, shape, ahead):
                best = match, True
                break
    key = mode, lead, after
    if key in _CAPITALS_MATTER and capitals.look():
        shapes = _SHAPES_WITH_CAPITALS[key]
    else:
        shapes = _SHAPES[key]
    family_initials: re.Match[str] | None = None
    for shape in shapes:
        if shape is _FAMILY_COMMA_INITIAL_GIVEN and not (
            family_initials and _given_name_at(text, family_initials.end())
        ):
            # "Family, I. Given" is a "Family, I." as well, whose initials go on up to the
            # given name (or past it, and then it is the longer), which ends them with a
            # space, a capital and a small letter, as does their bare last initial ("K" of
            # "J. K Rowling"), the only one without a full stop, which _can_follow may refuse
            continue
        if (
            shape is _FAMILY_CLUSTER
            and family_initials
            and best
            and best[0].end() >= family_initials.end()
        ):
            # "Smith J." read, "Smith J" need not be: a cluster name holds no full stop up to
            # its end (but that of "Jr."), where "Family I." holds one, so it ends no later
            continue
        match = shape.match(text, pos)
        if shape is _FAMILY_INITIALS:
            family_initials = match
        # the cheap test first: only a longer match than the best so far needs _can_follow
        if match and (best is None or match.end() > best[0].end()) and _can_follow(text, match):
            best = match, shape in _FULL_SHAPES
    return best


def read_names(text: str, pos: int = 0) -> NameList:
    """Names from `pos` on; an empty list (end == pos) when the text does not start with one."""
    people: list[Person] = []
    end = pos
    mode = "first"
    capitals = _Capitals(text, pos)
    # the end before the last full name, kept to take that name back when "and" follows it
    # but no name does: "Turing, Alan, Computing Machinery and Intelligence, Mind 59"
    end_before_full = -1
    joined_by_and = False
    # "Randall Packard, White Plague, Black Labour": names written given-first, joined by
    # commas only, are one name and a title; a list of them joins its last name with "and"
    given_first_only, any_and, end_of_first = True, False, -1
    # the names a first full name's test read after it (all shapes but those of capitals):
    # the list takes the one where it goes on instead of reading it again; kept for this
    # list only
    ahead: dict[int, _Found] = {}
    translators = False  # the last name's role was theirs
    while True:
        # (the names read ahead were read without the shapes of capitals)
        if mode == "full" and pos in ahead and not capitals.look():
            found = ahead[pos]
        else:
            found = _one_name(text, pos, mode, capitals, ahead)
        if not found:
            if joined_by_and and end_before_full >= 0 and len(people) > 1:
                people.pop()
                end, translators = end_before_full, False
            break
        match, was_full = found
        if (
            was_full
            and mode == "full"
            and not joined_by_and
            and text[match.end() : match.end() + 1] == ":"
        ):
            break  # "Tomlinson, Gary, Metaphysical Song: An Essay": a title with its subtitle
        end_before_full = end if was_full and mode != "first" and not joined_by_and else -1
        people.append(_person(match))
        end = match.end()
        given_first_only = given_first_only and match.re is _GIVEN_FAMILY
        end_of_first = end if end_of_first < 0 else end_of_first
        role = _ROLE.match(text, end) if "(" in text[end : end + 3] else None
        translators = False
        if role:
            end = role.end()
            translators = role.group("translators") is not None
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
            stop = end if text[end : end + 1] == "." else end - 1
            if text[stop : stop + 1] != ".":
                break  # (_STOP_BETWEEN_NAMES starts with it)
            separator = _STOP_BETWEEN_NAMES.match(text, stop)
            if not separator:
                break
        # (_STOP_BETWEEN_NAMES has no groups and no "and")
        joined_by_and = separator.lastindex is not None
        any_and = any_and or joined_by_and
        # after a semicolon a "Family, Given" is unmistakable: "Balsamo, V.; Nguyen, Duy;"
        semicolon = ";" in separator.group(0)
        mode = "full" if was_full or joined_by_and or semicolon else "initials"
        pos = separator.end()
    if len(people) > 1 and given_first_only and not any_and and not _LIST_END.match(text, end):
        return NameList((people[0],), False, end_of_first)
    return NameList(tuple(people), False, end, translators)


def read_authors(text: str) -> NameList:
    """The author list at the start of a reference, organisations included."""
    repeated = _REPEATED_AUTHOR.match(text) if text[:1] in _DASHES else None
    if repeated:
        return NameList((), False, repeated.end())
    names = read_names(text)
    span = text[: names.end]
    if names.people and "," not in span and ";" not in span and ORGANISATION_WORD.search(span):
        # "Victorian Equal Opportunity and Human Rights Commission (2008)": one body
        return NameList((Person(literal=span.rstrip(". ")),), False, names.end)
    if names.people:
        return names
    organisation = _ORGANISATION.match(text)
    if organisation and _not_a_russian_body(organisation.group("name")):
        organisation = None  # "Регионы России. Социально-экономические показатели": a title
    if organisation is None and text[:1] in _STATE_BODY_LETTERS:
        organisation = _RUSSIAN_STATE_BODY.match(text)
    if organisation:
        group = Person(literal=organisation.group("name"))
        end = organisation.end()
        if text[end : end + 1] == ";":  # "SPRINT Research Group; Wright JT Jr, …"
            members = read_names(text, end + 1 + (text[end + 1 : end + 2] == " "))
            if members.people:
                return NameList((group, *members.people), members.et_al, members.end)
        return NameList((group,), False, end)
    return names
