"""Text clean-up before parsing, and the character classes the other modules build on.

Reference lists copied from PDFs and web pages carry line-break hyphens ("infor- mation"),
doubled punctuation ("..", ",,"), missing spaces ("Vol.14.N1") and typographic dashes.
Everything here is a single linear pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from citecli.hyphenation import keeps_hyphen


def _char_class(test: Callable[[str], bool]) -> str:
    """A regex character class body holding every letter below U+2000 that `test` accepts,
    runs of consecutive letters written as ranges ("A-Z"): the classes occur a few hundred
    times in the parser's patterns, and Python's regex compiler reads each one character by
    character on every start, so the shorter body takes a third off the start-up."""
    codes = [c for c in range(0x41, 0x2000) if chr(c).isalpha() and test(chr(c))]
    parts: list[str] = []
    start = 0
    for index, code in enumerate(codes):
        if index + 1 < len(codes) and codes[index + 1] == code + 1:
            continue  # the run goes on
        run = codes[start : index + 1]
        if len(run) > 2:
            parts.append(f"{re.escape(chr(run[0]))}-{re.escape(chr(run[-1]))}")
        else:
            parts.extend(re.escape(chr(c)) for c in run)
        start = index + 1
    return "".join(parts)


#: regex class bodies (without brackets) for upper- and lower-case letters of any script
UPPER = _char_class(str.isupper)
LOWER = _char_class(str.islower)


#: a digit anywhere: whether numbers (a volume, pages, a year) stand in a stretch of text
DIGIT = re.compile(r"[0-9]")


def has_any(text: str, substrings: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `substrings`: the cheap test before a slow regex search."""
    # a loop, not any() over a generator, which costs twice as much on these short tuples
    for substring in substrings:  # noqa: SIM110
        if substring in text:
            return True
    return False


def word_alternatives(words: str, *, not_after: str = r"\w") -> str:
    r"""An alternation of `words` ("Press|Publishers?|Birkh[äa]user": alternatives that each
    start with a plain letter and hold no "|" of their own) not preceded by a character of the
    class `not_after`: "\b(?:Press|Wiley)" written as "P(?<!\wP)ress|W(?<!\wW)iley".

    The look-behind follows the first letter instead of opening the pattern: a pattern whose
    alternatives start with literal letters lets the regex engine skip ahead to those letters,
    where a leading look-behind or "\b" makes it try the whole pattern at every position (two
    to three times slower). Words sharing a first letter share one look-behind, in their
    order ("No|Nos|no": "N(?<!\wN)(?:o|os)|n(?<!\wn)(?:o)"), so that a common letter ("n",
    "p") is tested once, not once per word; alternatives with different first letters cannot
    match at the same place, so the grouping leaves what matches unchanged.
    """
    return "|".join(
        rf"{first}(?<!{not_after}{first})(?:{'|'.join(rests)})"
        for first, rests in _by_first_letter(words).items()
    )


def first_letter_alternatives(words: str) -> str:
    """The alternation `words` ("Jan|June|Mar", each word starting with a plain letter)
    with the words sharing a first letter written under it once: "J(?:an|une)|M(?:ar)".
    It matches what `words` matches, trying the words in the same order wherever it is
    tried, and is found faster: a common letter is tested once, not once per word."""
    return "|".join(
        f"{first}(?:{'|'.join(rests)})" for first, rests in _by_first_letter(words).items()
    )


# an optional part of a word's form: "(?:uary)?", "e?"
_OPTIONAL_PART = re.compile(r"\(\?:(\w+)\)\?|(\w)\?")


def spellings(form: str) -> tuple[str, ...]:
    """Every word a form matches, its optional parts written or left out: "June?" -> ("Jun",
    "June"), "Sept?(?:ember)?" -> ("Sep", "Sept", "Sepember", "September")."""
    optional = _OPTIONAL_PART.search(form)
    if optional is None:
        return (form,)
    before, after = form[: optional.start()], form[optional.end() :]
    part = optional.group(1) or optional.group(2)
    return tuple(w for rest in spellings(after) for w in (before + rest, before + part + rest))


def _by_first_letter(words: str) -> dict[str, list[str]]:
    """The rest of each word of "A|B|…" under its first letter, in the words' order."""
    endings: dict[str, list[str]] = {}
    for word in words.split("|"):
        endings.setdefault(word[0], []).append(word[1:])
    return endings


# A line-break hyphen: lower-case letters on both sides of "- " ("infor- mation"); the
# look-behind after the hyphen, which the regex engine skips ahead to.
_BROKEN_WORD = re.compile(
    rf"-(?<=[{LOWER}]-) (?!(?:and|or|nor|to|und|oder|et|ou|и|или)\b)(?=[{LOWER}])"
)
# doubled punctuation left by copying ("Title.. Journal", ",,"), but not an ellipsis ("...")
_DOUBLED = re.compile(r"([,;:])\1+|(?<!\.)(\.)\.(?!\.)")
_COMMA_DOT = re.compile(r",\.")
# GOST's area dash copied without its spaces, or with the first alone ("практика.-2015.-№
# 12.-С.45-53", "Журнал. -2021. -№ 3", ".-М.:Финансы", "2008.-432 с."): before a year, a
# number sign, a place's colon or a count of pages, and, where no initial stands before it,
# a label and its number; so not a hyphenated initial ("Ж.-П. Сартр", "Robert, P.-Ch. 1878")
# nor "С.-Пб. :"
_AREA_DASH_GLUED = re.compile(
    r"\.\s?[–—-](?!Пб\.)(?=(?:1[5-9]|20)[0-9][0-9]\b|№|[А-ЯЁA-Z][А-Яа-яЁёA-Za-z]{0,5}\.\s?:"
    r"|[0-9]{1,5}\s?(?:с|c|p)\.)"
    r"|\.(?<!\b[А-ЯЁA-Z]\.)\s?[–—-](?=[А-ЯЁA-Z][А-Яа-яЁёA-Za-z]{0,5}\.\s?[0-9])"
)
#: what `_AREA_DASH_GLUED` needs (in single-spaced text): the cheap test before it
_AREA_DASH_GLUED_MARKS = (".-", ".–", ".—", ". -", ". –", ". —")
# GOST's "//" before the host copied without its spaces ("самозанятых//Юрист.2020"), which
# would make the words around it one link to the repairs below; not a link's "://"
_SLASHES_GLUED = re.compile(r"//(?<=[a-zа-яё.»\")]//)(?=[«\"A-ZА-ЯЁ])")
# GOST 7.0.5 separates areas with ". – "; a plain ". " says the same to this parser.
_AREA_DASH = re.compile(r"\.\s+[–—-]\s+")
# Each of these starts with a character the regex engine can skip ahead to, its look-behind
# after it: "\bVol" as "V(?<!\wV)ol", "(?<=[0-9])\." as "\.(?<=[0-9]\.)" (see `word_alternatives`).
_LABEL_GLUED = re.compile(rf"({word_alternatives('Vol|No|Т|Вып|pp|P|С')})\.(?=[0-9])")
_NUMBER_SIGN_GLUED = re.compile(r"([N№])(?<=[.,\s][N№])(?=[0-9])")
_SIGN_AFTER_DOT = re.compile(r"\.(?<=[0-9]\.)(N|№)(?=\s?[0-9])")  # "Vol.14.N1"
# a year glued to the word before it ("Вестник НГУЭУ.2021. № 2", "кредит.2018.Т.24"): only a
# year that closes its own area (". ", ", ", the end, a Cyrillic label after it), so
# "j.econ.2019.118" in a DOI is left alone
_YEAR_GLUED = re.compile(r"\.(?<=[^\W0-9_]\.)(?=(?:1[6-9]|20)[0-9][0-9](?:[.,](?:\s|$|[№А-ЯЁ])|$))")
# a sentence glued to the one before ("Labour market analysis.Ekonomicheskii zhurnal"): a
# word of three lower-case letters, its full stop, a capitalised word (not "j.Cell", "Proc.IEEE")
_SENTENCE_GLUED = re.compile(r"\.(?<=[a-zа-яё]{3}\.)(?=[A-ZА-ЯЁ][a-zа-яё]{2})")
_SPACED_STOP = re.compile(rf" (?<=\b[{UPPER}] )\.(?=\s)")
_COMMA_GLUED = re.compile(rf",(?<=[{LOWER}],)(?=[{UPPER}])")  # the comma first: see above
# what the three repairs need, one pattern per first character: a literal the regex engine
# skips ahead to, where "[.N№]\d" had it test a class at every character
_DOT_DIGIT = re.compile(r"\.[0-9]")
_N_DIGIT = re.compile(r"N[0-9]")
_SIGN_DIGIT = re.compile(r"№[0-9]")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_MARKUP = re.compile(r"</?(?:i|b|em|strong|italic|bold|sup|sub|span)\b[^<>]{0,40}>")
_QUOTES_TEX = re.compile(r"``|''")
# a URL broken at a line end: "http://www. boston.com", "dx.doi. org/"
_BROKEN_URL = re.compile(r"(?<=://www\.)\s+|(?<=doi\.)\s+(?=org/)")

# "1.", "[1]", "1)", "(1)", and a bare "16 " before a capital (not a year)
_LEADING_NUMBER = re.compile(
    r"^\s*(?:\[([0-9]{1,4})\]|\(([0-9]{1,4})\)|([0-9]{1,3})[.)](?![0-9])|([0-9]{1,3})(?=\s+[A-Z]))\s*"
)


# A decimal digit of another script ("２", "٣"). The parser's patterns write "[0-9]", not "\d":
# the regex engine tests "\d" through Unicode's tables on every character it looks at (two
# function calls each), a range inline; the other digits are rare enough in references to
# be made ASCII once here. They all stand above U+065F, and the pattern passes over the
# dashes, quotes and "№" of U+2000-U+21FF, which Russian references are full of, before
# it tests for a digit.
_OTHER_DIGIT = re.compile(r"[^\x00-\u065f\u2000-\u21ff](?<=\d)")


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match.group()))


# a link or an e-mail address, whose characters are its own; not a bare "/", which dates,
# issues and pages have ("١٢/٠٣/٢٠٢٠", "№ ３/４")
_ADDRESS_MARKS = ("://", "www.", "@")


def _digits_made_ascii(text: str) -> str:
    """`text` with the digits of other scripts made ASCII, except in a link, whose address is
    what was written ("https://fa.wikipedia.org/wiki/۱۳۵۷"). A DOI's digits are made ASCII,
    link or not: the registries take ASCII only, so others are a copy's artefact."""
    words = text.split(" ")
    for index, word in enumerate(words):
        if _OTHER_DIGIT.search(word) and (
            not has_any(word, _ADDRESS_MARKS) or "doi" in word.lower()
        ):
            words[index] = _OTHER_DIGIT.sub(_ascii_digit, word)
    return " ".join(words)


def _unbroken(match: re.Match[str]) -> str:
    """ "infor- mation" -> "information", but "self- reported" -> "self-reported"."""
    text, start, end = match.string, match.start(), match.end()
    first = start
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    last = end
    while last < len(text) and text[last].isalpha():
        last += 1
    return "-" if keeps_hyphen(text[first:start], text[end:last]) else ""


def normalise(raw: str) -> str:
    """One line, single spaces, repaired hyphenation and punctuation."""
    if "\u00ad" in raw:  # a soft hyphen copied from a justified page: "экономичес\u00adкого"
        raw = raw.replace("\u00ad", "")
    text = single_spaced(raw)  # most references are single-spaced already
    if not text.isascii():  # "Ka\u0308ha\u0308ra\u0308" -> "Kähärä": letters the classes know
        text = unicodedata.normalize("NFC", text)
    # Each repair runs only when its trigger is present: most references need none of them,
    # and a substring test is much cheaper than a regex scan.
    if "<" in text:  # "<italic>Water Research</italic>" from XML sources
        text = _MARKUP.sub("", text)
    if "``" in text or "''" in text:
        text = _QUOTES_TEX.sub('"', text)
    if "www. " in text or "doi. " in text:
        text = _BROKEN_URL.sub("", text)
    # "２０１９" -> "2019": the patterns read ASCII digits (after a broken link is joined, so
    # that its address keeps what was written)
    if not text.isascii() and _OTHER_DIGIT.search(text):
        text = _digits_made_ascii(text)
    if "//" in text:
        text = _SLASHES_GLUED.sub(_spaced_slashes, text)
    if has_any(text, _AREA_DASH_GLUED_MARKS):
        text = _AREA_DASH_GLUED.sub(_spaced_area_dash, text)
    if "- " in text or "– " in text or "— " in text:
        text = _BROKEN_WORD.sub(_unbroken, text)
        text = _AREA_DASH.sub(". ", text)
    if has_any(text, ("..", ",,", ";;", "::", ",.")):
        text = _DOUBLED.sub(_single, text)
        text = _COMMA_DOT.sub(".", text)
    if _SENTENCE_GLUED.search(text):
        text = _outside_links(text, _unglue_sentence)
    if " ." in text:  # "S . Louis", "George W . , III": a space before an initial's full stop
        text = _SPACED_STOP.sub(".", text)
    if "," in text:  # "Hart,R.J." -> "Hart, R.J."
        text = _COMMA_GLUED.sub(", ", text)
    if (
        _DOT_DIGIT.search(text)
        or _N_DIGIT.search(text)
        or ("№" in text and _SIGN_DIGIT.search(text))
    ):
        text = _LABEL_GLUED.sub(r"\1. ", text)
        text = _SIGN_AFTER_DOT.sub(r". \1", text)
        text = _NUMBER_SIGN_GLUED.sub(r"\1 ", text)
        if _YEAR_GLUED.search(text):
            text = _outside_links(text, _unglue_year)
    return text


# what makes a space-free word a link or an address, whose full stops are its own
_LINK_MARKS = ("/", "www.", "@", "doi:")


def _outside_links(text: str, repair: Callable[[str], str]) -> str:
    """`repair` applied to each space-free word of `text` that is no URL, DOI or e-mail, once
    per word (a search back from each match to the word's start was quadratic)."""
    words = text.split(" ")
    for index, word in enumerate(words):
        if "." in word and not has_any(word, _LINK_MARKS):
            words[index] = repair(word)
    return " ".join(words)


def _unglue_sentence(word: str) -> str:
    """ "analysis.Ekonomicheskii" -> "analysis. Ekonomicheskii"; only at the word's first full
    stop, so that abbreviations and names with dots stay ("J.Select.Areas", "java.lang.String")."""
    glued = _SENTENCE_GLUED.search(word)
    if glued and word.index(".") == glued.start():
        return f"{word[: glued.start()]}. {word[glued.end() :]}"
    return word


def _in_a_link(match: re.Match[str]) -> bool:
    """Whether the space-free run of text before `match` is a link, a DOI or an address (see
    `_LINK_MARKS`), whose characters are as written."""
    text, start = match.string, match.start()
    return has_any(text[text.rfind(" ", 0, start) + 1 : start], _LINK_MARKS)


def _spaced_slashes(match: re.Match[str]) -> str:
    """ "самозанятых//Юрист" -> "самозанятых // Юрист"; a link's path keeps its slashes
    ("https://site.org//Docs")."""
    return "//" if _in_a_link(match) else " // "


def _spaced_area_dash(match: re.Match[str]) -> str:
    """ "практика.-2015" -> "практика. 2015"; a link or a DOI keeps what was written
    ("http://site.ru/a.-2019.pdf", "10.1000/j.abc.-2019.12")."""
    return match.group() if _in_a_link(match) else ". "


def _unglue_year(word: str) -> str:
    return _YEAR_GLUED.sub(". ", word)


def single_spaced(text: str) -> str:
    """`text` as `" ".join(text.split())` makes it: whitespace runs made single spaces, none
    at the ends; without the split where nothing needs it (most references as written, and
    the text left by `normalise` but where something was cut out of it)."""
    # every whitespace character but the space is unprintable, so in a printable text only
    # doubled, leading and trailing spaces can need the split
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _single(doubled: re.Match[str]) -> str:
    return doubled.group(1) or doubled.group(2)


def dashes_to_hyphens(text: str) -> str:
    return text.translate(_DASHES)


_LEADING_LABEL = re.compile(r"^\s*\[[^\]\s]{1,40}\]\s*")


def split_number(text: str) -> tuple[int | None, str]:
    """Leading "1.", "[1]" or "1)" -> (1, rest); no numbering -> (None, text).

    A citation label such as "[Allison2006-MIT]" is dropped without giving a number.
    """
    match = _LEADING_NUMBER.match(text)
    if not match:
        label = _LEADING_LABEL.match(text)
        return None, text[label.end() :] if label else text
    digits = next(group for group in match.groups() if group)
    return int(digits), text[match.end() :]


_EDGE_PUNCT = " \t,.;:/–—-"


def strip_edges(text: str) -> str:
    """A field value without the punctuation that separated it from its neighbours."""
    text = text.strip(_EDGE_PUNCT)
    # the cheap test first: few values end with a bracket
    if text.endswith(")") and text.count("(") < text.count(")"):
        text = text[:-1].rstrip(_EDGE_PUNCT)
    if text.endswith("]") and text.count("[") < text.count("]"):
        text = text[:-1].rstrip(_EDGE_PUNCT)
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip(_EDGE_PUNCT)
    return text


def blank(text: str, start: int, end: int) -> str:
    """`text` with [start, end) overwritten by spaces, so other offsets stay valid."""
    return text[:start] + " " * (end - start) + text[end:]
