"""A reference list's lines -> one string per reference, with its number and first line.

Numbered lists ("1.", "[1]", "1)") start a reference only at the next number in sequence, so a
wrapped line that begins "2019. Vol. 3" never starts one. Unnumbered lists (APA, Harvard)
start a reference after a blank line, or at a capitalised line that follows a finished
reference (one that has a year and ends with ".", ")" or an identifier). A word hyphenated at
a line break is joined ("infor-" + "mation"), unless the second part is capitalised or a digit
("Russian-" + "Chinese", "15-" + "22"), the text writes the compound with its hyphen elsewhere,
or its parts make it a compound ("self-" + "reported", "социально-" + "экономический": see
`citecli.hyphenation`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from citecli.hyphenation import keeps_hyphen
from citecli.page.linklabels import without_link_labels

# "1. Text", "[1] Text", "1) Text", and a number alone on its line (eLibrary's table cells)
_MARKER = re.compile(r"\s*(?:\[(?P<bracketed>\d{1,6})\]|(?P<plain>\d{1,6})[.)])(?:\s+(?=\S)|\s*$)")
# what stands for a year in a description without one: an archival document's inventory and
# file or leaf ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 123. Л. 4–5.", "ЦГА СПб. Ф. 7384. Оп. 18. Д. 1234.",
# "Оп. 1. Ед. хр. 185"), GOST's "[б. г.]" ("no year")
_YEAR_OR_FILE = re.compile(
    r"(?<!\d)(?:1[6-9]\d\d|20\d\d)(?!\d)"
    r"|\b(?:Оп|Op)\.\s?\d+.{0,40}?\b(?:Л|Лл|L|Ll|Д|D|хр)\.\s?\d|\[б\.\s?г\.\]"
)
_FINISHED = re.compile(r"[.)\]/\d]\s*$")
_STARTS_LOWER = re.compile(r"\s*[a-zа-яё(,;:/]")
_HYPHEN_BREAK = re.compile(r"(?P<stem>[A-Za-zА-Яа-яЁё]+)[-\u00ad]$")
#: how many missing numbers a numbered list may skip before a number stops starting a reference
_MAX_SKIPPED = 3
#: how much of a line's end is looked at to decide whether a reference is finished
_TAIL = 80
# "Russian-" + "Chinese", "15-" + "22", "https://doi.org/" + "10.1…": joined without a space
_GLUED_BREAK = re.compile(r"\S[-/\u00ad]$")
# starts only at the beginning of a word, so a long run of letters is scanned once
_COMPOUND = re.compile(r"(?<![A-Za-zА-Яа-яЁё])[A-Za-zА-Яа-яЁё]+-[A-Za-zА-Яа-яЁё]+")


@dataclass(frozen=True, slots=True)
class RawReference:
    text: str
    number: int | None
    #: 1-based line of the page where the reference starts
    line: int
    #: numbers skipped before this reference ("1.", then "3."): the page lost one, or misnumbered
    skipped: tuple[int, ...] = ()


def split_references(
    lines: Iterable[tuple[int, str]], *, page_text: str = ""
) -> list[RawReference]:
    """Join wrapped lines and split at reference starts; `lines` holds (0-based index, text)."""
    written = [(index, " ".join(text.split())) for index, text in lines]
    body = [
        (index, without_link_labels(text, continued=_continues(written, place)))
        for place, (index, text) in enumerate(written)
    ]
    compounds = {m.group().casefold() for m in _COMPOUND.finditer(page_text)}
    numbered = _numbered(body)
    parts: list[_Part] = []
    expected = None
    blank_before = True
    for index, text in body:
        if not text:
            blank_before = True
            continue
        marker = _MARKER.match(text)
        number = _marker_number(marker)
        if numbered and number is not None and _next_in_sequence(number, expected, text, marker):
            part = _Part(number, index, [text[marker.end() :]] if marker else [text])
            part.skipped = tuple(range(expected, number)) if expected is not None else ()
            parts.append(part)
            expected = number + 1
        elif not parts or (not numbered and _starts_reference(parts[-1], text, blank_before)):
            parts.append(_Part(None, index, [text]))
        else:
            parts[-1].add(text)
        blank_before = False
    joined = [(p, _join(p.chunks, compounds)) for p in parts]
    return [RawReference(text, p.number, p.index + 1, p.skipped) for p, text in joined if text]


def _continues(lines: list[tuple[int, str]], place: int) -> bool:
    """Whether the line after `place` goes on with its sentence: it starts in lower case."""
    following = lines[place + 1][1] if place + 1 < len(lines) else ""
    return following[:1].islower()


@dataclass(slots=True)
class _Part:
    """A reference being collected; `has_year` (a year, or what stands for one: see
    `_YEAR_OR_FILE`) saves rescanning its lines."""

    number: int | None
    index: int
    chunks: list[str]
    has_year: bool = False
    skipped: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        self.has_year = bool(_YEAR_OR_FILE.search(self.chunks[0]))

    def add(self, text: str) -> None:
        self.chunks.append(text)
        self.has_year = self.has_year or bool(_YEAR_OR_FILE.search(text))


def _numbered(body: list[tuple[int, str]]) -> bool:
    """A list is numbered when its first line carries a number."""
    first = next((text for _, text in body if text), "")
    return _MARKER.match(first) is not None


def _next_in_sequence(
    number: int, expected: int | None, text: str, marker: re.Match[str] | None
) -> bool:
    """The expected number starts a reference; so does one a little further on ("1.", "3.")
    when a capital letter follows it, which a wrapped "2019. Vol. 3" line never has."""
    if expected is None or number == expected:
        return True
    after = text[marker.end() : marker.end() + 1] if marker else ""
    return expected < number <= expected + _MAX_SKIPPED and after.isupper()


def _marker_number(marker: re.Match[str] | None) -> int | None:
    if not marker:
        return None
    return int(marker.group("bracketed") or marker.group("plain"))


def _starts_reference(previous: _Part, line: str, blank_before: bool) -> bool:
    if blank_before:
        return True
    last = previous.chunks[-1][-_TAIL:]
    if _STARTS_LOWER.match(line) or last.endswith(("-", "\u00ad")):
        return False
    return previous.has_year and bool(_FINISHED.search(last))


def _join(chunks: list[str], compounds: set[str]) -> str:
    """Join a reference's lines; each decision looks only at the end of the line before."""
    chunks = [chunk for chunk in chunks if chunk]  # a number alone on its line left ""
    if not chunks:
        return ""
    pieces = [chunks[0]]
    for chunk in chunks[1:]:
        last = pieces[-1]
        broken = _HYPHEN_BREAK.search(last[-_TAIL:])
        if broken and chunk[:1].islower():
            first_word = re.match(r"[\wА-Яа-яЁё]+", chunk)
            second = first_word.group() if first_word else ""
            stem = broken.group("stem")
            written = f"{stem}-{second}".casefold() in compounds or keeps_hyphen(stem, second)
            if last.endswith("\u00ad") or not written:
                pieces[-1] = last[:-1]  # "infor-" + "mation": a word split by the line break
            pieces.append(chunk)
        elif _GLUED_BREAK.search(last[-3:]) and chunk[:1].isalnum():
            pieces[-1] = last.removesuffix("\u00ad")
            pieces.append(chunk)
        else:
            pieces.append(" " + chunk)
    return "".join(pieces)


_IDENTIFIER = re.compile(r"\b(?:10\.\d{4,9}/|https?://|www\.|ISBN|EDN)", re.IGNORECASE)


def looks_like_reference(raw: RawReference) -> bool:
    """A numbered entry, or one with a year or an identifier: what a bare list's lines must be
    to count as references when no heading says they are."""
    return raw.number is not None or bool(
        _YEAR_OR_FILE.search(raw.text) or _IDENTIFIER.search(raw.text)
    )
