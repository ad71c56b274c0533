"""What follows the title: the container (journal, book, proceedings) and its editors.

A chapter's book is announced by "In" or "В", its editors after it ("In C. B. Jones, R. Shaw,
editors, Proc…"); a container without one may open with its editors and their role in
brackets. The name is then cut free of what writers put around it: a note ("(abstract)",
"Review of …"), a translator, an edition, a series ("Lecture Notes in …"), "in press", a
translation in brackets, a thesis' kind, and the imprint (`imprint`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.model import Person
from citecli.refparse.dates import YEAR_DIGITS
from citecli.refparse.imprint import (
    _COLON_THEN_PUBLISHER,
    _PLACE_PUBLISHER,
    _PLACE_PUBLISHER_LAST,
    _PUBLISHER_AND_PLACE,
    _PUBLISHER_WORDS,
    _TRAILING_CITY,
    _TRAILING_RUSSIAN_CITY,
    _abbreviated,
    _comma_imprint,
    _cut_publisher,
    _search_imprint,
    _with_full_stop,
)
from citecli.refparse.names import read_names
from citecli.refparse.places import PLACE_ONLY
from citecli.refparse.roles import EDITOR_WORD
from citecli.refparse.sentences import _NEXT_SENTENCE
from citecli.refparse.tails import cut_meeting_place, names_meeting, trim_container
from citecli.refparse.text import DIGIT, has_any, strip_edges
from citecli.refparse.title import _GBT_MARK

# the Soviet lists name the kind of book: "– В кн.: Избранные работы. Л., 1987, т. 1", "В сб.:"
_IN_CONTAINER = re.compile(r"(?:In|in|В|в)(?:\s(?:кн|сб)\.)?\s*:?\s+(?=\S)")
_IN_OPENINGS = frozenset("IiВв")  # "In", "in", "В", "в"
# the look-ahead tries the word once, after all the spaces, commas and brackets, where the
# pattern alone tried it after each way of sharing them out before it fails
# (no possessive "*+" in the look-ahead: Python 3.10's re has none, and backing off over
# spaces, commas and brackets costs one failed first letter each)
EDITOR_MARK = re.compile(rf"(?=[\s,(]*{EDITOR_WORD})\s*,?\s*\(?\s*{EDITOR_WORD}\s*\)?\s*[,.:]?\s*")
# A container no "In" introduced may open with its editors or translators all the same, their
# role in brackets: "Pierre BIRNBAUM (dir.), Les élites…", "Daphne Ellis (trans.), Wagner",
# "(M. Cooper & W. B. Stiles, Eds.) Person-Centered…"
_ROLE_IN_BRACKETS = re.compile(
    rf"\s*,?\s*\((?:(?P<translators>[Tt]rans|[Tt]r)\.?|{EDITOR_WORD})\)\s*[,.:]?\s*"
)
_ROLE_CLOSING_BRACKET = re.compile(rf"\s*,?\s*{EDITOR_WORD}\)\s*[,.:]?\s*")
# names that read_names cannot take ("Rohit Parikh, editor,"): bounded, so still linear
_EDITORS_BEFORE_MARK = re.compile(
    rf"(?P<names>(?:[^.()]|(?<=\b[A-Z])\.){{2,160}}?)\s*,?\s*\(?{EDITOR_WORD}\)?[,.:]?\s*"
)
# an editor's word anywhere, without which _EDITORS_BEFORE_MARK cannot match: found several
# times faster than that pattern fails, whose lazy names try the word after every character
_EDITOR_WORD_FOUND = re.compile(EDITOR_WORD)
_GENRE_START = re.compile(
    # ("PhD (Econ.) diss.": the field in brackets, as the Russian degrees below write it)
    r"(?:Ph\.?\s?D\.?(?:\s?\([^()]{1,30}\))?|Doctoral|Master'?s|M\.?\s?Sc\.?|Diploma|Bachelor'?s)\s+(?:[Tt]hesis|"
    r"[Dd]issertation|[Dd]iss\.)|(?:Projekt|Diplom|Master|Bachelor)arbeit|Dissertation\b|(?:[A-Z][\w-]*\s){0,6}(?:Tech(?:nical|\.)?\s?[Rr]ep(?:ort|\.)?|"
    r"[Tt]ech [Rr]eport|Research [Rr]eport|Working [Pp]aper|Internal [Rr]eport|Report)\b|"
    r"Personal communication|Unpublished|[Mm]anuscript|PhD [Tt]hesis|[Tt]hesis\b|[Pp]reprint\b|"
    r"Tech\.\s?Rpt\.|TR\s?[0-9]|Internet-Draft|RFC\s?[0-9]|"
    r"Дис\.|Автореф\.|"
    # the transliterated lists' Russian degrees: "Cand. Sci. (Econ.) Dissertation", "Abstract
    # of Cand. Sci. (Eng.) diss."
    r"(?:(?:Extended\s)?[Aa]bstract\sof\s)?(?:Cand|Dr)\.\s?Sci\.\s?(?:\([^()]{1,30}\)\s?)?(?:[Dd]iss(?:ertation|\.)|[Tt]hesis)"
    r"(?:\s[Aa]bstr(?:act|\.))?|"
    # and in the older order, the field first: "Cand. econ. sci. diss.", "Dr. med. sci. diss."
    r"(?:(?:Extended\s)?[Aa]bstract\sof\s)?(?:Cand|Dr)\.\s[a-z]{2,12}\.\s[Ss]ci\.\s[Dd]iss\."
    r"(?:\s[Aa]bstr(?:act|\.))?"
)
_NOT_CONTAINER = re.compile(
    r"\b(?:[Tt]o appear|[Ii]n press|[Ff]orthcoming|[Ss]ubmitted(?: for publication)?|[Aa]ccepted|"
    r"[Ii]n [Pp]ress)\b\.?|\([^()]*\b(?:eds?|editors?)\b\.?\)"
    # where it was found, not what holds it: "Retrieved from netLibrary", "US Patent 4,005,488"
    r"|^(?:Retrieved from|Available (?:at|from|online))\b.*"
    r"|^(?:U\.?S\.?A?\.?|European) [Pp]atent\b.*"
)
# substrings without which _NOT_CONTAINER cannot match
_NOT_CONTAINER_TRIGGERS = (
    "(",
    "appear",
    "press",
    "Press",
    "orthcoming",
    "ubmitted",
    "ccepted",
    "Retrieved",
    "Available",
    "atent",
)
_SERIES = re.compile(
    r"(?:,|\.|:)?\s*(?:(?:[Vv]ol(?:ume)?\.?\s*[0-9]+\s*,?\s*)?of\s+)?(?:Lecture Notes in|LNCS\b|"
    r"Special [Ii]ssue|Springer Series|Advances in Computer Science)"
)
_EDITION_IN_CONTAINER = re.compile(
    r"[\s,]*\(?\b(?:[0-9]+(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|"
    r"Ninth|Tenth|Revised)\s*(?:[Ee]dn|[Ee]d|[Ee]dition)\b\.?\)?\s*$"
    r"|(?:^|[\s,.])[0-9]+-е\s?изд\.?(?:,\s?[^.]{0,40})?\s*$"  # "2-е изд.", "3-е изд., перераб."
)
# a book's edition before its imprint, not an editor's "ed.": "3rd ed. Moscow, Prospekt Publ.",
# "2nd ed., rev. and enl. Moscow"
_LEADING_EDITION = re.compile(
    r"[0-9]+(?:st|nd|rd|th)\s(?:[Ee]dn?|[Ee]dition)\b\.?(?:,?\s[a-z]+\.?)*\s"
)
# an editor or translator named in a sentence: "edited by", "trans.", "Hrsg. v.", "под ред."
_EDITED_OR_TRANSLATED_BY = re.compile(
    r"(?:^|(?<=[\s.,;]))(?:[Ee]d(?:ited)?\.?\s+(?:and\s+\w+\s+)?by|[Tt]ranslated(?:\s+and\s+\w+)?\s+by|"
    # "trans." anywhere, "Trans." only opening a sentence ("ACM Trans. Math. Softw." is a journal)
    # and not before an abbreviation ("Trans. Amer. Math. Soc." opens one)
    r"trans\.(?:\s+by)?|(?:^|(?<=\.\s))Trans\.(?:\s+by)?(?!\s+[A-Z][a-z]{2,}\.)|"
    r"[Hh]rsg\.\s+v\.|[ÜU]bersetzt von|под ред\.|[Ee]ds?\.)\s+"
)
_TRANSLATION = re.compile(r"\s*\[(?P<text>[^\[\]]{2,300})\]\s*")
# a translator or editor between the title and the imprint: "(A. Berman, Trans.).",
# "G.E.M. Anscombe (trans.)."
_LEADING_RESPONSIBILITY = re.compile(
    # each word read whole ("(?![\w.'’-])"): a word split at its capitals backtracks badly
    r"(?![Ii]n:?\s)\(?(?:[A-Z][\w.'’-]*(?![\w.'’-])\s?){1,5},?\s\(?(?:[Tt]rans|[Ee]ds?|[Tt]r)\.\)\)?"
    r"\.?\s+"
)
# IEEE Xplore writes a meeting's name inverted around its year: "OCEANS, 2001. MTS/IEEE
# Conference and Exhibition", "Robotics and Automation, 2009. ICRA '09. IEEE International
# Conference on", "Computer Vision and Pattern Recognition, 1997. Proceedings., 1997 IEEE …"
INVERTED_PROCEEDINGS = re.compile(
    # (a publisher alone after the year is the imprint: "Proc. Conf. Parsing, 2015. IEEE, pp.")
    rf"{YEAR_DIGITS}\.\s(?!(?:IEEE|ACM)(?:\sPress|\sComputer\sSociety)?,)"
    r"(?:[^,.]{1,40}\.\s)?[^,]{0,60}?"
    r"(?:Proceedings|Conference|Symposium|Workshop|Exhibition|IEEE|ACM)\b[^,]{0,80}"
    rf"(?:,\s{YEAR_DIGITS}\s[^,]{{0,80}}?(?:Conference|Symposium|Workshop)\b[^,]{{0,20}})?"
)
_LEADING_NOTE = re.compile(
    r"(?:\((?:[Aa]bstract|[Ii]n [A-Z][a-z]+|[Rr]eport|[Rr]eview|[Ll]etter|[Ee]ditorial)\)|"
    # a book review's subject: "Review of Gain, by Richard Powers."
    r"[Rr]eview of [^.]{1,150}?,? by [^.]{1,80}?\.|"
    r"Special [Ii]ssue|Supplement)\s*[.,:]?\s+"
)
_NOTE_OPENINGS = frozenset("(RrS")  # the first characters of _LEADING_NOTE's alternatives


# a NamedTuple: as immutable as a frozen dataclass and several times cheaper to build
class Container(NamedTuple):
    name: str
    translated: str
    editors: tuple[Person, ...]
    place: str
    publisher: str
    chapter: bool
    #: a volume number that trailed the name without a label ("Word XIV")
    volume: str
    #: a thesis' or report's kind where a container would stand ("PhD thesis, Rice University")
    genre: str = ""
    #: the editors' role as a GOST statement wrote it ("под ред."); "" for "(eds.)", "In … (Ed.)"
    editor_role: str = ""

    def replace(self, *, name: str, publisher: str | None = None) -> Container:
        publisher = self.publisher if publisher is None else publisher
        return self._replace(name=name, publisher=publisher)


def read_container(
    tail: str, first_locator: int, *, journal_like: bool, host_marked: bool = False
) -> Container:
    """Container, editors, place and publisher from the text after the title.

    `journal_like`: volume, issue or pages were found, so a lone "Nature" is a journal,
    not the place of a book's publication. `host_marked`: GOST's "//" or an issue number
    says a host holds the work, so a word before the year names it, not a city.
    """
    limit = first_locator if first_locator >= 0 else len(tail)
    if (
        tail[first_locator - 2 : first_locator] == ", "
        and first_locator > 2
        and tail[first_locator + 4 : first_locator + 5] == "."  # a year's full stop
    ):
        inverted = INVERTED_PROCEEDINGS.match(tail, first_locator)
        if inverted:  # the year is part of the name, see INVERTED_PROCEEDINGS
            limit = inverted.end()
    region = tail[:limit]
    start = len(region) - len(region.lstrip(" .,;:"))
    # cheap tests first: a pattern's call costs more than a test of the characters it
    # needs ("(abstract)", "Review of", "Special Issue"; "(eds.)"; "In", "в")
    first = region[start : start + 1]
    note = (_LEADING_NOTE.match(region, start) if first in _NOTE_OPENINGS else None) or (
        _LEADING_RESPONSIBILITY.match(region, start) if ".)" in region else None
    )
    if note:  # "(abstract). Lunar and Planetary Science", "Special Issue, Culture Theory …"
        start = note.end()
    editors: tuple[Person, ...] = ()
    chapter = False
    first = region[start : start + 1]
    marker = _IN_CONTAINER.match(region, start) if first in _IN_OPENINGS else None
    if marker:
        chapter = True
        start = marker.end()
        editors, start = _read_editors(region, start)
    elif "(" in region:
        editors, start = _names_with_their_role(region, start)
    place = publisher = ""
    place_publisher = None
    unknown = _imprint_with_marks(region, start)
    if unknown is None and ":" in tail and _COLON_THEN_PUBLISHER.search(tail, start):
        # in a journal reference "Human Factors: The Journal of …, Vol. 22" is a name with a
        # colon; only a chapter or a book has "Place: Publisher" before its locators
        before_locators = chapter or not journal_like
        place_publisher = _search_imprint(_PLACE_PUBLISHER, region[start:])
        if (
            place_publisher
            and not before_locators
            and not _PUBLISHER_WORDS.search(place_publisher.group("publisher"))
            and not (" : " in region and region.rstrip().endswith(","))
        ):
            # Proceedings and collections have an imprint before their year all the same, told
            # by a publisher's word ("Sbornik trudov. Moscow: Nauka Publ., 2019, pp. 5-9") or
            # by GOST's spaced colon and the comma before the year ("// Труды конференции. –
            # Томск : ТПУ, 2019. – С. 5–9"), which a journal's "Economics : Theory and
            # Practice. – 2019" has not
            place_publisher = None
        if (
            place_publisher
            and not before_locators
            and " : " in place_publisher.group("publisher")
            and not PLACE_ONLY.match(place_publisher.group("place").split(" ; ")[0])
        ):
            # "// Россия : Тенденции и перспективы развития : Ежегодник, 2020. Вып. 15": a
            # journal's name of several parts, where a collection's several publishers follow
            # a city ("// Сборник. – М. : Наука : Юрайт, 2019")
            place_publisher = None
        if not place_publisher:
            place_publisher = _search_imprint(_PLACE_PUBLISHER_LAST, tail[start:])
            if (
                place_publisher
                and place_publisher.start("place") == 0
                and DIGIT.search(place_publisher.group("publisher"))
            ):
                # "Human Factors: The Journal of …, 1980, 22, 100-110" is a journal's name with
                # its subtitle, the numbers its locators: an imprint follows some other part
                place_publisher = None
    if place_publisher and _edited_or_translated_by(place_publisher.group("publisher")):
        place_publisher = None  # "Essays: Critical and Clinical, translated by D. W. Smith"
    if place_publisher and chapter and _leaves_no_book(region, start, place_publisher):
        place_publisher = None
    end = limit
    if place_publisher:
        place = place_publisher.group("place").strip()
        publisher = strip_edges(place_publisher.group("publisher"))
        end = min(end, start + place_publisher.start("place"))
    elif unknown:
        place, publisher = (
            unknown.group("place").strip(),
            (unknown.group("publisher") or "").strip(),
        )
        end = unknown.start()
    name = region[start:end]
    if not publisher:
        name, publisher = _cut_publisher(name)
        city = _TRAILING_CITY.search(name) if publisher and (chapter or not journal_like) else None
        if city:  # "Title. Subtitle. Moscow, Nauka Publ., 2020": the place after the subtitle
            place, name = city.group(1), name[: city.start()]
        elif publisher.endswith("Publ"):
            place, name = _place_before_publ(name)
    if not name:  # the imprint was all there was: none of the readings of a name below applies
        return Container("", "", editors, _with_full_stop(place), publisher, chapter, "")
    edition = _LEADING_EDITION.match(name) if name[:1].isdigit() else None
    if edition:
        name = name[edition.end() :]
    edited_by = _edited_or_translated_by(name)
    if edited_by:
        opening = not name[: edited_by.start()].strip(" .,;:")
        if opening and journal_like:  # "Trans. N. Rand. Critical Inquiry 13.2": a journal
            name = _after_translator(name, edited_by.end())
        else:
            name = name[: edited_by.start()]
    genre = _GENRE_START.match(name.lstrip(" .,;:"))
    if genre:  # "Ph.D. thesis, Rice University", "Technical Report 11, Dept. …"
        rest = strip_edges(name.lstrip(" .,;:")[genre.end() :])
        kind = strip_edges(genre.group(0))
        if genre.group(0).endswith((" diss.", " Abstr.")):  # an abbreviation keeps its stop
            kind += "."
        if not place and not publisher and PLACE_ONLY.match(rest):  # "… Dissertation. Moscow"
            return Container("", "", editors, rest, "", chapter, "", kind)
        return Container("", "", editors, place, publisher or rest, chapter, "", kind)
    if "[" in name:
        name = _GBT_MARK.sub(" ", name)
    if has_any(name, _NOT_CONTAINER_TRIGGERS):  # a cheap test first: most names hold none
        name = _NOT_CONTAINER.sub(" ", name)
    name = _cut_series(strip_edges(name))
    if "ed" in name or "Ed" in name or "изд" in name:  # "… (2nd edn)", "… Seventh Edition"
        if "изд" in name or _ends_in_edition_word(name):  # a cheap test before a slow pattern
            name = _EDITION_IN_CONTAINER.sub(" ", name)
        name = strip_edges(name)
    translated = ""
    bracket = _TRANSLATION.search(name) if "[" in name else None
    if bracket and bracket.start() > 0:
        translated = bracket.group("text").strip()
        rest = name[bracket.end() :].strip(" .,;:")
        if rest and not place and PLACE_ONLY.match(rest):
            place, rest = rest, ""  # "Sbornik trudov [Proceedings]. Tomsk, TPU Publ., 2019"
        name = name[: bracket.start()].rstrip() + (". " + rest if rest else "")
        name = strip_edges(name)
    # before the imprint rules below take "…, Paris, France" for a publisher and its place;
    # the search for a meeting's name serves trim_container too while the name is unchanged
    searched, meeting = name, names_meeting(name)
    name = cut_meeting_place(name, meeting=meeting)
    city = None if name.isascii() else _TRAILING_RUSSIAN_CITY.search(name)
    if city and city.start() > 0 and not place:
        place, name = _abbreviated(city.group(0).strip(" .,")), name[: city.start()]
    elif not place and (chapter or meeting) and ". " in name:
        # "In: Proceedings of the … Conference "Economy and Society". Moscow; 2019. P. 5-9":
        # a book's or a meeting's city after its name, before the year (a journal has none)
        # (the last sentence tested at its one offset: a search for a city costs more)
        cut = name.rfind(". ")
        last = name[cut + 2 :].rstrip(" ,")
        if cut > 0 and last[:1].isupper() and PLACE_ONLY.match(last):
            place, name = last, name[:cut]
    if not publisher and not chapter and _PUBLISHER_WORDS.search(name):
        publisher, name = name, ""
    if not place and (
        (not journal_like and PLACE_ONLY.match(name))  # "London, 1866"
        or (not publisher and not host_marked and _city_before_year(region, name))
    ):
        place, name = name, ""
    imprint = None if journal_like or place or publisher else _comma_imprint(name)
    if imprint:
        place, publisher = imprint.group("place"), strip_edges(imprint.group("publisher"))
        name = name[: imprint.start()]
    institution = None if journal_like or place else _PUBLISHER_AND_PLACE.match(name)
    if institution and not names_meeting(name):  # "Research Institute, Berkeley, CA"
        publisher, place, name = institution.group("publisher"), institution.group("place"), ""
    name, volume, trailing = trim_container(name, meeting=meeting if name is searched else None)
    publisher = publisher or trailing
    place = _with_full_stop(place)
    name = strip_edges(name)
    if name.endswith("(") or name.count("(") > name.count(")"):
        name = strip_edges(name.rstrip("( "))  # "Thinking at the edge (pp. 32-42)"
    return Container(name, translated, editors, place, publisher, chapter, volume)


# GOST's marks of an unknown place, publisher or year ("[Б. м.] : [б. и.], 1995", "М. : [б. и.],
# 2001", "М. : Наука, [б. г.]"): an imprint, though not one of names
_IMPRINT_WITH_MARKS = (
    r"(?P<place>\[[Бб]\.\s?м\.\]|[А-ЯЁA-Z][^:;,\[\]]{0,40}?)"
    r"(?:\s?:\s?(?P<publisher>\[[Бб]\.\s?и\.\]|[^\[\]:;]{1,80}?))?"
    r"(?:,\s?\[[Бб]\.\s?г\.\])?[\s.,]*$"
)
# at the opening of the container, or after a sentence of it ("// Сборник. – [Б. м.] : …")
_OPENING_IMPRINT_WITH_MARKS = re.compile(_IMPRINT_WITH_MARKS)
_LATER_IMPRINT_WITH_MARKS = re.compile(r"(?<=[.,]\s)" + _IMPRINT_WITH_MARKS)


def _imprint_with_marks(region: str, start: int) -> re.Match[str] | None:
    """The imprint that closes `region` where it holds one of GOST's marks for what is
    unknown ("[Б. м.]", "[б. и.]", "[б. г.]"); None where it holds none."""
    if ".]" not in region or not has_any(region, _UNKNOWN_MARKS):  # the cheap test first
        return None
    imprint = _OPENING_IMPRINT_WITH_MARKS.match(region, start)
    imprint = imprint or _LATER_IMPRINT_WITH_MARKS.search(region, start)
    return imprint if imprint and "[" in imprint.group(0) else None


# the opening of every mark the pattern reads ("[Б. м.]", "[б.и.]", "[Б. г.]"): the pattern
# decides which
_UNKNOWN_MARKS = ("[Б", "[б")


# the transliterated lists' cities, any of them: "Kazan'", "Syktyvkar", "Moscow; Berlin"
_LATIN_PLACES = re.compile(r"[A-Z][a-z'’-]+(?:;\s?[A-Z][a-z'’-]+)*")


def _place_before_publ(name: str) -> tuple[str, str]:
    """(place, the rest of `name`) when the last sentence of `name` is the city of the
    Russian lists' "X Publ." ("Sbornik trudov. Kazan', KFU Publ., 2016", "Izhevsk,
    Udmurtskii universitet Publ."): one capitalised word there is a place, listed or not."""
    stem = name.rstrip(" ,")
    if PLACE_ONLY.match(stem):  # a known city, "St. Petersburg" too
        return stem, ""
    if _TRAILING_CITY.search(stem):
        return "", name  # "Sbornik [Proceedings]. St. Petersburg": the rules below read it
    sentence = stem.rfind(". ") + 2 if ". " in stem else 0
    city = _LATIN_PLACES.fullmatch(stem, sentence)
    return (city.group(0), stem[:sentence]) if city else ("", name)


# a Russian city's name, hyphenated ones too: "Париж", "Сыктывкар", "Ростов-на-Дону"
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[а-яё]+)*(?:-[А-ЯЁ][а-яё]+)?")


def _city_before_year(region: str, name: str) -> bool:
    """Whether `name`, all the container's region and the comma before the year, is a
    book's imprint without a publisher: "Избранные труды. – М., 1977. – Т. 3. – С. 100–120",
    "– Париж, 1955. – 160 с.". GOST cites a journal after "//" and a newspaper with its
    issue, so a Cyrillic word alone before the year is a city, listed or not."""
    if not region.endswith(", ") or not name or name[0] < "А":  # a cheap test first
        return False
    if region[: len(region) - 2].strip(" .,;:") != name:
        return False
    return _CYRILLIC_WORD.fullmatch(name) is not None or PLACE_ONLY.match(name) is not None


def _ends_in_edition_word(name: str) -> bool:
    """Whether `name` ends as the first alternative of _EDITION_IN_CONTAINER must: its word
    for an edition, a full stop, a closing bracket and spaces, each but the word optional."""
    stem = name.rstrip()
    stem = stem[:-1] if stem.endswith(")") else stem
    stem = stem[:-1] if stem.endswith(".") else stem
    return stem.endswith(_EDITION_WORD_ENDINGS)


_EDITION_WORD_ENDINGS = ("ed", "Ed", "edn", "Edn", "edition", "Edition")


def _leaves_no_book(region: str, start: int, place_publisher: re.Match[str]) -> bool:
    """Whether taking "Place: Publisher" would leave a chapter without its book: "In A.
    Jonaitis, ed., Chiefly Feasts: The Enduring Kwakiutl Potlatch" is a title with its
    subtitle, unless the place is a known city."""
    book = region[start : start + place_publisher.start("place")].strip()
    return not book and not PLACE_ONLY.match(place_publisher.group("place"))


def _after_translator(name: str, start: int) -> str:
    """ "Trans. Nicholas Rand. Critical Inquiry" -> "Critical Inquiry": the container follows
    the translator's or editor's names."""
    names = read_names(name, start)
    if names.people:
        return name[names.end :].lstrip(" .,;:")
    sentence = _NEXT_SENTENCE.search(name, start)  # names the shapes cannot read
    return name[sentence.end() :] if sentence else ""


def _edited_or_translated_by(text: str) -> re.Match[str] | None:
    # a cheap test first: the pattern is tried at every position, and few texts hold one of
    # the substrings that each of its alternatives needs
    if not has_any(text, _EDITING_WORDS):
        return None
    return _EDITED_OR_TRANSLATED_BY.search(text)


# "[Ee]d(?:ited)? … by", "Translated … by", "trans.", "Trans.", "Hrsg. v.", "Übersetzt von",
# "под ред.", "Ed.", "eds."
_EDITING_WORDS = ("by", "rans.", "rsg.", "bersetzt von", "ред.", "Ed.", "ed.", "Eds.", "eds.")


def _names_with_their_role(region: str, start: int) -> tuple[tuple[Person, ...], int]:
    """Editors (translators are passed over) that open a container, see _ROLE_IN_BRACKETS."""
    opening = region[start : start + 1] == "("
    names = read_names(region, start + opening)
    if not names.people:
        return (), start
    if opening:
        role = _ROLE_CLOSING_BRACKET.match(region, names.end)
        return (names.people, role.end()) if role else ((), start)
    role = _ROLE_IN_BRACKETS.match(region, names.end)
    if role:
        return (() if role.group("translators") else names.people), role.end()
    if names.translators:  # read_names took their "(trans.)"
        return (), names.end + len(region[names.end :]) - len(region[names.end :].lstrip(" ,.:"))
    return (), start


def _read_editors(region: str, start: int) -> tuple[tuple[Person, ...], int]:
    """Editors after "In": "In C. B. Jones, R. Shaw, editors, Proc…", "In: Smith J (eds) …"."""
    # both readings need an editor's word after `start`: without one ("In Proceedings of …",
    # most chapters of the Russian lists) no names are read
    if _EDITOR_WORD_FOUND.search(region, start) is None:
        return (), start
    names = read_names(region, start)
    mark = EDITOR_MARK.match(region, names.end) if names.people else None
    if names.people and mark and mark.group(0).strip(" ,.:"):
        return names.people, mark.end()
    marked = _EDITORS_BEFORE_MARK.match(region, start)
    if marked:
        names = read_names(marked.group("names"))
        return names.people, marked.end()
    return (), start


def _cut_series(name: str) -> str:
    """The container without a book series or a "Special issue" appended to it."""
    if not has_any(name, ("Lecture", "LNCS", "Special", "Series", "Advances in")):
        return name
    series = _SERIES.search(name)
    if series and series.start() > 0:
        name = strip_edges(name[: series.start()])
    return name
