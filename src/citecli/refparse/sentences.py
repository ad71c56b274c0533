"""Where a sentence ends, and where a full stop ends none: after an initial or an abbreviation.

A title runs to the first full stop that ends a sentence; sentences before a journal's name
are the title's second half ("1. Anatomy and connectivity. Brain Research Reviews"). "J. Med.
Chem.", "et al.", "под ред." and "Война и мир. В 4 т." hold full stops that end neither: the
title reader (`title`) and the container reader (`container`) share the words and patterns
that tell them apart.
"""

from __future__ import annotations

import re

from citecli.refparse.dates import RUSSIAN_MONTH_ABBREVIATIONS
from citecli.refparse.places import IMPRINT_START
from citecli.refparse.text import DIGIT, LOWER, UPPER, strip_edges

# the first character read by one class, which the regex engine skips ahead to, and checked
# by each alternative's look-behind (a class and a literal as alternatives make it try every
# position)
_SENTENCE_END = re.compile(
    r"[.?!\[](?:(?<=[.?!])\s+(?=\S)|(?<=\[)(?:J|M|C|D|R|N|P|A|G|S|Z|EB/OL|J/OL|M/OL)\]\.?\s*)"
)
_LAST_WORD = re.compile(r"(?<![’'])(\w+)\.$")  # not the "s" of "Parkinson’s."
# sources whose names start in lower case ("Deep learning. arXiv preprint …")
# and the chapter mark "in D. Kahneman (Eds.), Well-Being"
_LOWER_START_OK = re.compile(
    r"(?:arXiv|bioRxiv|medRxiv|eLife|iScience|eprint|preprint)\b|in:?\s(?=[A-Z])"
)
# words whose full stop ends an abbreviation, not a sentence ("J. Med. Chem.", "et al.")
_ABBREVIATIONS = " ".join(
    (
        "e.g i.e vs al cf etc St Dr Mr Mrs Ms Jr Sr No Vol Nos Fig Ch Sect Ed "
        "Eds ed eds Inc Ltd Co Corp Univ Dept Proc Trans J Rev Int Natl Acad Sci Am Soc "
        "Res Med Phys Chem Biol Ann Mol Eng Lett Appl Math Bull Rep Comput Mech Surg "
        "Clin Theor Exp Environ Jpn Eur Engl Geogr Stud Hist Philos Econ Soc Psychol "
        "Anthropol Mag Bd Jg Hrsg Bde Ausg Aufl vol no pp p trans transl tr comp repr",
        # GOST's statement of responsibility and title information: "/ под общ. ред.",
        # "учеб. пособие", an act's approval ("Стратегия … : утв. Указом Президента РФ")
        "ред отв общ науч пер сост учеб пособ доп перераб испр утв",
        # a meeting's dates in a title area ("докл. к конф., Москва, 13–30 апр. 2021 г. / …"),
        # in every spelling dates.py reads them
        *RUSSIAN_MONTH_ABBREVIATIONS,
    )
)
_NOT_SENTENCE_END = frozenset(_ABBREVIATIONS.split())
# two short capitalised words, each cut short by a full stop
_ABBREVIATION_PAIR = re.compile(
    rf"[{UPPER}][{LOWER}]{{1,5}}\.\s([{UPPER}][{LOWER}]{{1,6}})\.,?\s*[0-9]"
)
# more words journal names abbreviate (ISO 4 style): "J. Geophys. Res.", "Trans. Amer. Math. Soc."
_JOURNAL_ABBREVIATIONS = (
    "Amer Geophys Electr Anal Intell Mach Struct Statist Probab Inform Theoret Algebr Geom "
    "Optim Numer Oper Cybern Syst Acoust Biochem Microbiol Pharmacol Neurosci Physiol Genet "
    "Immunol Ecol Evol Zool Bot Mar Lang Ling Psych Sociol Polit Manag Finan Educ Nurs Agric "
    "Technol Mater Therm Nucl Atmos Astron Astrophys Geol Mineral Petrol Org Inorg Polym "
    "Catal Spectrosc Quant Stat Softw Commun Netw Vis Graph Robot Autom Assoc Inst Adv Curr "
    "Opin Ther Pathol Radiol Oncol Cardiol Neurol Psychiatr Pediatr Infect Dis Epidemiol Hum "
    "Behav Cogn Dev Gen Cell Nutr Ind Nat Jap Can Aust Brit Ser Nauk Izv Dokl Vestn Mat Fiz "
    "Khim Tekh Mekh Prikl Comp Sys Pure Theory Conf Symp Natl Intl Ann Arch"
)
_NOT_CONTAINER_SENTENCE_END = _NOT_SENTENCE_END | frozenset(_JOURNAL_ABBREVIATIONS.split())
# a full stop after a word, before a capital: where a sentence may end inside a container
# (the look-behinds follow the full stop, so that the engine skips ahead to it)
_WORD_RUN = re.compile(r"\S+")
_CONTAINER_SENTENCE = re.compile(rf"\.(?<=[{LOWER}0-9)]\.)\s+(?=[{UPPER}])")
# "В 4 т.": how many volumes a title has ("Война и мир. В 4 т. Т. 1")
_VOLUMES = re.compile(r"\s[Вв]\s[0-9]{1,2}\s?(?:т|кн|ч)\.")
_NEXT_SENTENCE = re.compile(rf"\.(?<=[{LOWER}]{{3}}\.)\s+(?=[{UPPER}])")


def _sentence_end(text: str, limit: int) -> tuple[int, int]:
    """(start, end) of the first "." / "?" / "!" or "[J]" before `limit` that ends a sentence,
    or (-1, -1)."""
    depth = 0
    last = 0
    stop = limit if limit >= 0 else len(text)
    # brackets are counted only in a text that holds one: most titles hold none
    bracketed = "(" in text or "[" in text or ")" in text or "]" in text
    for match in _SENTENCE_END.finditer(text):
        start, end = match.span()
        if start >= stop:
            break
        if bracketed:
            segment = text[last:start]
            depth += (
                segment.count("(") + segment.count("[") - segment.count(")") - segment.count("]")
            )
            last = start
        mark = text[start]
        if mark == "[":
            return start, end
        if depth > 0:
            continue
        if mark == ".":
            word = _LAST_WORD.search(text, max(0, start - 12), start + 1)
            if word:
                last_word = word.group(1)
                # an initial's or an abbreviation's full stop ends no sentence, unless it is a
                # lower-case abbreviation's ("в 3 т.", "учеб.") that GOST's next area follows
                if len(last_word) == 1 and last_word.isalpha():
                    if not ("а" <= last_word <= "я" and _next_area_follows(text, end)):
                        continue
                elif last_word in _NOT_SENTENCE_END and not _next_area_follows(text, end):
                    continue
                if _is_part_number(text, word):
                    continue  # "Solution of the Phase Problem, 1. The Centrosymmetric Crystal"
                pair = _ABBREVIATION_PAIR.match(text, word.start())
                if pair and pair.group(1) not in _NOT_SENTENCE_END:
                    continue  # "Clim. Dynam., 22": a journal's abbreviated name, then its volume
        if text[end : end + 1].islower() and not _LOWER_START_OK.match(text, end):
            continue
        if mark != "." and _subtitle_follows(text, end, stop):  # after "?" or "!"
            continue
        if text[start + 1 : start + 4] in (" В ", " в ") and _VOLUMES.match(text, start + 1):
            continue  # "Война и мир. В 4 т.": how many volumes the title has
        return start, start + 1
    return -1, -1


# what opens GOST's next area after an abbreviation's full stop (normalisation made its
# ". – " a ". "): an edition ("учеб. – 3-е изд.") or an imprint ("моногр. – М. : Наука")
_GOST_AREA = re.compile(rf"[0-9]{{1,2}}-е\s?изд\.|(?:{IMPRINT_START})")
# GOST's imprint "Place : Publisher" with a city missing from the list ("Таллинн : Александра")
_ANY_IMPRINT = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*\s:\s[{UPPER}«\"]")


def _next_area_follows(text: str, end: int) -> bool:
    """Whether GOST's next area opens at `end`, after an abbreviation's full stop, which
    normalisation left where ". – " stood: an edition ("учеб. – 3-е изд.") or an imprint, its
    city listed or not ("моногр. – М. : Наука", "в 3 т. – Таллинн : Александра"); an initial's
    full stop ("A. Smith", "Ю. М.") and "Vol. 5" open none."""
    first = text[end : end + 1]
    if "А" <= first <= "Я":  # (the cheap tests first: the patterns are rarely needed)
        return bool(_GOST_AREA.match(text, end) or _ANY_IMPRINT.match(text, end))
    return "-е" in text[end + 1 : end + 4] and bool(_GOST_AREA.match(text, end))


def _is_part_number(text: str, word: re.Match[str]) -> bool:
    """Whether the word before a full stop is a part's number after a comma (", 1.")."""
    number = word.group(1)
    return number.isdigit() and len(number) <= 2 and text[word.start() - 2 : word.start()] == ", "


def _subtitle_follows(text: str, start: int, stop: int) -> bool:
    """Whether a question ("How many deer? A field guide to …. Forestry Commission") is
    followed by its subtitle: a sentence of three words or more without digits, with more
    of the reference after it. A journal after a question comes with its numbers."""
    following = _NEXT_SENTENCE.search(text, start, min(stop, start + 200))
    if following is None:
        return False
    subtitle = text[start : following.start()]
    return len(subtitle.split()) >= 3 and not DIGIT.search(subtitle)


def split_leading_sentences(name: str) -> tuple[str, str]:
    """(what precedes the journal, the journal) when sentences precede a journal's name:
    "1. Anatomy and connectivity. Brain Research Reviews" is a title's second half, then
    the journal. A full stop counts only after a full word (not "Geophys.", "Math.") with a
    phrase of three words or more, one of them lower-case, before it and a full word after."""
    if ". " not in name:
        return "", name
    cut: re.Match[str] | None = None
    # what the words before and after each boundary must hold, counted once for the whole
    # name (counting them again at every boundary made a name of many sentences quadratic)
    last_full_word = max(
        (
            w.start()
            for w in _WORD_RUN.finditer(name)
            if len(w.group()) > 3 and w.group()[-1] != "."
        ),
        default=-1,
    )
    words_before, lower_before, scanned = 0, False, 0
    for boundary in _CONTAINER_SENTENCE.finditer(name):
        # after the first, a segment opens with the previous boundary's full stop, which the
        # word before it holds in the whole name's split
        segment = name[scanned : boundary.start()].split()[1 if scanned else 0 :]
        scanned = boundary.start()
        words_before += len(segment)
        lower_before = lower_before or any(w.islower() for w in segment)
        word = _LAST_WORD.search(name, max(0, boundary.start() - 20), boundary.start() + 1)
        last = word.group(1) if word else ""
        if len(last) < 3 or last in _NOT_CONTAINER_SENTENCE_END:
            continue
        if words_before < 3 or not lower_before:
            continue
        if last_full_word >= boundary.end():
            cut = boundary
    if cut is None:
        return "", name
    return strip_edges(name[: cut.start()]), strip_edges(name[cut.end() :])
