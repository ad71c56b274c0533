"""Author lists the name shapes cannot read, found by what ends them.

`names.read_names` reads a list name by name and stops at the first name it does not
recognise: "Wellman Kephart, J. O.", "Vander Linden, K.;", "ACKET Claude", "R. O, and",
"Ferguson, JN. Aldag, JM.". Many references still say plainly where their authors end: an
author-date year ("…, & Huberman, B. A. (1989).", "… Martin, J. 1992.") or an opening
quotation mark around the title ("A. Gupta, V Harinarayan, D. Quass. "Aggregate…"").
When everything before such an anchor is made of name-like words, it is the author list,
and it is split into people by a looser reading than the shapes'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecli.model import Person
from citecli.refparse.dates import YEAR_DIGITS
from citecli.refparse.names import ORGANISATION_WORD, family_case, up_to
from citecli.refparse.text import LOWER, UPPER, word_alternatives

_U = f"[{UPPER}]"
_L = f"[{LOWER}]"
# an author-date year ("(1989).", ". 1992.", ", 2009,") or an opening quote of a title
# The first character is read by one class and each alternative checks it by a look-behind:
# a pattern that starts with a class lets the regex engine skip ahead to the characters in
# it, where alternatives starting with a space class each would be tried at every position.
# The alternatives need different first characters (a bracket, a space, a colon) except the
# two after a space, which keep their order. The year and the quote after a full stop or
# comma share one look-behind (a year and a quote cannot follow the same spaces, so the order
# of the two is moot). Every alternative opens with such a look-behind, which pins the
# character before it to one of _ANCHOR's: _ANCHOR_OR_LOWER_WORD's wider first class finds
# the same anchors only so (a test checks it).
_ANCHOR_ALTERNATIVES = (
    rf"(?<=\()\s*(?:[A-Z][a-z]{{2,8}}\.?\s|){YEAR_DIGITS}[a-z]?\s*[),]"  # "(1989)", "(July 1978)"
    rf"|(?<=[.,]\s)\s*(?:{YEAR_DIGITS}[a-z]?(?=[.,:]\s)|[“\"«‘](?=\s?[A-ZА-ЯЁ0-9]))"
    rf"|(?<=\s)\s*{YEAR_DIGITS}[a-z]?(?=:\s)"
    # German lists: "Wolfgang Jantzen, Jan Steffens: Inklusion und …" (see `read_byline`); the
    # empty group says this alternative matched
    rf"|(?<=[{LOWER}]:)(?P<colon>)\s+(?=[{UPPER}])"
)
_ANCHOR = re.compile(rf"[(\s:](?:{_ANCHOR_ALTERNATIVES})")
_LONGEST_LIST = 400
# An anchor, or a whole token (see _TOKEN) that starts with no capital and holds no character
# an anchor starts with (no anchor starts within it): "of", "2009.", "de". The token's match
# takes the space, comma, semicolon or slash before it, so that the pattern starts with one
# class, as _ANCHOR does, which the engine skips ahead to (where a look-behind first had
# each position tried).
_ANCHOR_OR_LOWER_WORD = re.compile(
    rf"[(\s:,;/](?:{_ANCHOR_ALTERNATIVES}"
    rf"|(?<=[\s,;/])(?P<lower>[^\s,;/(:{UPPER}][^\s,;/(:]*)(?![^\s,;/]))"
)
_TOKEN = re.compile(r"[^\s,;/]+")
# (the repeats of groups unrolled, see `names.up_to`)
_INITIAL_TOKEN = rf"{_U}{_L}?\.?-?"
_INITIALS_TOKEN = re.compile(rf"{_INITIAL_TOKEN}{up_to(_INITIAL_TOKEN, 3)}|{_U}{{1,3}}\.?")
_WORD_TOKEN = re.compile(rf"(?:{_U}['’]|){_U}[\w'’-]*\.?|\({_U}[{UPPER}.-]*\)")
_CONNECTORS_WORDS = (
    "and & und et y e и van von der den de la le du da di dos das del della ten ter "
    "zu bin al el ... … * Mc Mac"
)
_CONNECTORS = frozenset(_CONNECTORS_WORDS.split())
# "The" or "A" cannot open a person's name: such a span is an authorless title
_TITLE_OPENERS_WORDS = "The A An On In Of For From To With About Towards How Why What"
_TITLE_OPENERS = frozenset(_TITLE_OPENERS_WORDS.split())
# words that say the span is not a list of people
# (led by the words' letters, see `word_alternatives`; a colon or slash is tested apart)
_NOT_NAMES_WORDS = (
    "Eds|Ed|eds|ed|Editors|Editor|editors|editor|Hrsg|Hg|et al|In|Proc|Journal|University"
)
_NOT_NAMES = re.compile(rf"(?:{word_alternatives(_NOT_NAMES_WORDS)})\b")
_SEPARATORS = re.compile(
    r"\s*;\s*(?:and\s+|&\s*)?|\s*,\s*(?:and\s+|&\s*|et\s+|und\s+)?|\s+(?:and|&|und|et|и)\s+"
    r"|\s*/\s*"
)
_SEPARATED = re.compile(r"[,;/&]|\s(?:and|und|et)\s")
# "JN. Aldag": initials ending one name, then the next family (a list separated by stops)
_INITIALS_THEN_FAMILY = re.compile(rf"^((?:{_U}{{1,3}}|(?:{_U}\.\s?){{1,3}})\.?)\s+({_U}{_L}.*)$")
_INITIALS_OR_CAPITALS = re.compile(rf"(?<!\w)(?:{_U}{{1,3}}\.?(?=[\s,;.]|$)|{_U}{{3,}})")
# an abbreviated word ("Lett.", "Trans."): journals have them, names do not
_ABBREVIATED = re.compile(rf"{_U}?{_L}{{2,}}\.")
_SUFFIXES_WORDS = "Jr Jr. Sr Sr. II III IV"
_SUFFIXES = frozenset(_SUFFIXES_WORDS.split())
_LOWER_NAME_WORDS = _CONNECTORS | _SUFFIXES


@dataclass(frozen=True, slots=True)
class Byline:
    people: tuple[Person, ...]
    #: offset just after the last name (before the year or the title's opening quote)
    end: int


def read_byline(text: str, names_end: int) -> Byline | None:
    """The author list up to an anchor, when the name shapes stopped before it (at
    `names_end`) and what lies between is made of names; else None."""
    if _no_anchor_before_title(text, names_end):
        return None  # the usual cases, found without searching the whole text
    anchor = _ANCHOR.search(text, 0, _LONGEST_LIST)
    if not anchor or anchor.start() <= names_end + 1:
        return None
    span = text[: anchor.start()].rstrip(" ,;")
    if not _names_only(span):
        return None
    if anchor.group("colon") is not None and not _full_names_list(span):
        return None  # "Deep Learning: A Review" is a title; only a list of full names is taken
    if names_end and not _INITIALS_OR_CAPITALS.search(span, names_end):
        # the shapes read initials names, so the rest must hold some too: "E. Garnett,
        # P. Yang, Nano Lett. 2010" ends with a journal, "DUPRAT, H. Théorie et …" with a title
        return None
    if ";" not in span and "," not in span and ORGANISATION_WORD.search(span):
        # "Victorian Equal Opportunity and Human Rights Commission (2008)": one body, not two
        return Byline((Person(literal=span.rstrip(".")),), len(span))
    people = _people(span)
    if not people:
        return None
    return Byline(tuple(people), len(span))


def _no_anchor_before_title(text: str, names_end: int) -> bool:
    """Whether the search for the first anchor can be spared: one starts at `names_end` or
    just after it (too early, as it leaves no names between, and the first), or none starts
    between the shapes' names and the first word after them that no list of names holds
    ("of", "2009"), as one after that word would leave it in the span."""
    pos = names_end
    while found := _ANCHOR_OR_LOWER_WORD.search(text, pos, _LONGEST_LIST):
        word = found.group("lower")
        if word is None:
            return found.start() <= names_end + 1  # an anchor first: too early, or the one
        if found.start() == names_end:
            # a word right after the names (", of" at `names_end`) is no word after them: the
            # match of a word takes the character before it, and the next match to count
            # starts one on (no anchor starts at a word's first character)
            pos = names_end + 1
            continue
        if _lower_not_name(word) and _lower_not_name(word.removesuffix(".")):
            # (a span that ends with it loses its full stop, see `_names_only`)
            return True
        pos = found.end()  # a particle ("de", "van")
    return True  # no anchor after the names


def _lower_not_name(token: str) -> bool:
    # a token that starts otherwise than with a capital or a bracket is name-like only as a
    # connector or suffix (see `_name_like`)
    return (
        token != ""
        and not token[0].isupper()
        and token[0] != "("
        and token not in _LOWER_NAME_WORDS
    )


def _full_names_list(span: str) -> bool:
    """Two names or more, each of two words or more ("Wolfgang Jantzen, Jan Steffens"); not
    "James Gleick, Chaos" nor "Auner, Joseph, A Schoenberg Reader"."""
    pieces = [piece.split() for piece in _SEPARATORS.split(span) if piece.strip()]
    return len(pieces) > 1 and all(len(words) > 1 for words in pieces) and not _opens_title(span)


def _opens_title(span: str) -> bool:
    """Whether a part of the span starts like a title: "Auner, Joseph, A Schoenberg Reader"."""
    for piece in _SEPARATORS.split(span):
        words = piece.split()
        if words and (words[0] in ("The", "An") or (words[0] == "A" and len(words) > 2)):
            return True
    return False


def _names_only(span: str) -> bool:
    tokens = _TOKEN.findall(span.removesuffix("."))  # "D. Quist." ends a sentence
    if not tokens or len(tokens) > 60 or tokens[0] in _TITLE_OPENERS:
        return False
    # a title's words in lower case ("of", "the") and its numbers rule the span out before any
    # pattern is tried
    if any(_lower_not_name(t) for t in tokens):
        return False
    if _not_names(span):
        return False
    separated = bool(_SEPARATED.search(span))
    if not separated and len(tokens) > 3:
        return False
    return all(_name_like(t) for t in tokens)


def _not_names(span: str) -> bool:
    return ":" in span or "/" in span or _NOT_NAMES.search(span) is not None


def _name_like(token: str) -> bool:
    if token in _CONNECTORS or token in _SUFFIXES:
        return True
    if _ABBREVIATED.fullmatch(token):
        return False
    return bool(_INITIALS_TOKEN.fullmatch(token) or _WORD_TOKEN.fullmatch(token))


def _is_initials(piece: str) -> bool:
    """ "J. O.", "A. de" (a particle may follow the initials)."""
    words = piece.split()
    if len(words) > 1 and words[-1] in _CONNECTORS:
        words.pop()
    return all(_INITIALS_TOKEN.fullmatch(t) for t in words)


def _pieces(span: str) -> list[str]:
    """The span cut at separators, with "JN. Aldag" split into "JN." and "Aldag"."""
    pieces: list[str] = []
    for piece in _SEPARATORS.split(span):
        piece = piece.strip(" *")
        if not piece or piece in ("...", "…"):
            continue
        glued = _INITIALS_THEN_FAMILY.match(piece)
        if glued and pieces and not _is_initials(pieces[-1]) and " " not in pieces[-1]:
            pieces += [glued.group(1), glued.group(2)]
        else:
            pieces.append(piece)
    return pieces


def _people(span: str) -> list[Person]:
    people: list[Person] = []
    pieces = _pieces(span)
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        following = pieces[i + 1] if i + 1 < len(pieces) else ""
        if (
            following
            and not _is_initials(piece)
            and (_is_initials(following) or (i == 0 and _first_given(piece, following)))
        ):
            people.append(_inverted(piece, following))  # "Garcia Marquez, J. O."
            i += 2
            continue
        words = piece.rstrip(".").split()
        if len(words) == 1 or (len(words) == 2 and words[1] in _SUFFIXES):
            people.append(Person(family=family_case(piece.rstrip("."))))
        else:
            people.append(_whole_name(piece.split()))
        i += 1
    return people


def _first_given(family: str, given: str) -> bool:
    """Whether the second piece gives the first author's given names, as in Chicago's
    "Kelleter, Frank, and Daniel Stein (2012)"."""
    family_words, given_words = family.split(), given.split()
    single = len(family_words) == 1 or (len(family_words) == 2 and family_words[1] in _SUFFIXES)
    return (
        single
        and len(given_words) <= 3
        and not any(w.isupper() and len(w) > 2 for w in given_words)
    )


def _inverted(family: str, given: str) -> Person:
    """ "Wellman Kephart" + "J. O."; "Santos Otero" + "A. de" (a particle after the given)."""
    words = family.rstrip(".").split()
    suffix = words.pop() if len(words) > 1 and words[-1] in _SUFFIXES else ""
    given_words = given.split()
    particle = given_words.pop() if len(given_words) > 1 and given_words[-1].islower() else ""
    return Person(
        family=family_case(" ".join(words)),
        given=" ".join(given_words),
        particle=particle,
        suffix=suffix.rstrip("."),
    )


def _whole_name(words: list[str]) -> Person:
    """ "Cortell Andrew P." (family first: it ends in an initial), "ACKET Claude" (the
    capitals are the family), "Richard G. Brandenburg", "J. J Koenderink" (given first)."""
    suffix = words.pop() if len(words) > 2 and words[-1] in _SUFFIXES else ""
    capitals = [i for i, w in enumerate(words) if len(w) > 2 and w.isupper()]
    if capitals:
        family_at = capitals[0]
        family = " ".join(words[family_at : capitals[-1] + 1])
        given = " ".join(words[:family_at] + words[capitals[-1] + 1 :])
    elif _INITIALS_TOKEN.fullmatch(words[-1]) and not _INITIALS_TOKEN.fullmatch(words[0]):
        family, given = words[0], " ".join(words[1:])
    else:
        first_family = len(words) - 1
        while first_family > 1 and (words[first_family - 1] in _CONNECTORS):
            first_family -= 1  # "A. J. van Doorn"
        particle_words = words[first_family:-1]
        family, given = words[-1].rstrip("."), " ".join(words[:first_family])
        if particle_words:
            return Person(family=family, given=given, particle=" ".join(particle_words))
    return Person(family=family_case(family), given=given, suffix=suffix.rstrip("."))


# "Paul Reynolds, Trade in …", "FERRIERES Madeleine, Nourritures …", "Kefi (N.), Le château …",
# "Eco Umberto (éd.), Histoire …": one person named in full before the first comma
_LEADING_NAME = re.compile(
    rf"(?P<name>{_U}[\w'’-]+(?:\s(?:{_U}[\w'’-]+|\({_U}[\w.-]*\.?\)|{_U}\.)){{1,2}})"
    r"(?P<role>\s\((?:éd|ed|dir|eds|Hrsg)\.?\))?,\s(?=\S)"
)


def read_leading_name(text: str) -> Byline | None:
    """One full name before the first comma of a comma-separated reference whose list the
    shapes could not read at all; None when the words do not look like a name."""
    match = _LEADING_NAME.match(text)
    if match is None:
        return None
    words = match.group("name").split()
    if words[0] in _TITLE_OPENERS or any(_ABBREVIATED.fullmatch(w) for w in words):
        return None
    bracketed = [w for w in words if w.startswith("(")]
    if bracketed:  # "Kefi (N.)": the initials in brackets follow the family name
        family = " ".join(w for w in words if not w.startswith("("))
        person = Person(family=family_case(family), given=bracketed[0].strip("()"))
    else:
        person = _whole_name(words)
    # after the role ("Eco Umberto (éd.)"), before the comma that says the fields are
    # separated by commas
    return Byline((person,), match.end("role") if match.group("role") else match.end("name"))
