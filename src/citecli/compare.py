"""Cited versus registered metadata: which fields differ, and whether it is the same work.

Pure functions. Tolerances are the ones real reference lists need:
- Russian-style lists write a Western journal's volume as "N 584" or "N 48 (2)" (volume 48,
  issue 2, or a Russian issue 48 with running number 2), which a parser may put in `issue` or
  `volume`: every reading is tried;
- journals are cited by ISO 4 abbreviation ("BMJ Glob Health", "Policy Polit"): each cited word
  must begin the next significant word of the registered title;
- registries put markup (<i>, <sub>, MathML) and odd case into titles; Cyrillic records are
  transliterated; transliterations of names vary ("Farahani"/"Farahahni"): names are compared
  by similarity, not equality.

Verdict: a title unlike the record's, or a journal and a year that both differ, is another
work (`MISMATCH`); any other difference is a correction.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum

from citecli.model import Work
from citecli.registry import RegisteredWork
from citecli.script import mostly_cyrillic, transliterate


class Agreement(str, Enum):
    AGREES = "agrees"
    #: the same work, but some cited fields differ from the record
    CORRECTIONS = "corrections"
    #: the DOI belongs to a different work
    MISMATCH = "mismatch"


@dataclass(frozen=True, slots=True)
class Difference:
    field: str
    cited: str
    registered: str


@dataclass(frozen=True, slots=True)
class Comparison:
    agreement: Agreement
    differences: tuple[Difference, ...] = ()
    reason: str = ""


#: titles at least this similar are the same; below `_TITLE_UNLIKE` they are different works
_TITLE_SAME = 0.8
_TITLE_UNLIKE = 0.5
_NAME_SAME = 0.75
_TAGS = re.compile(r"<[^>]{0,200}>")
_NOT_WORD = re.compile(r"[^\w]+")
_LETTERS = re.compile(r"^\s*[A-Za-z]{0,2}-?|\s+$")
_STOPWORDS = frozenset(
    {"the", "of", "and", "a", "an", "in", "on", "for", "to", "und", "der", "die"}
)


#: the soft sign transliterated: "natsional’noi" is "natsionalnoi"
_APOSTROPHES = re.compile(r"(?<=\w)['’ʹʼ`](?=\w)")


def fold(text: str) -> str:
    """Lower case Latin words: markup, entities, accents, punctuation removed, Cyrillic
    transliterated."""
    text = html.unescape(_TAGS.sub("", text))  # inline markup: "TiO<sub>2</sub>" is "TiO2"
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = transliterate(_APOSTROPHES.sub("", text).casefold())
    return " ".join(_NOT_WORD.sub(" ", text).split())


def title_similarity(cited: str, registered: str) -> float:
    """1.0 for the same title; a cited title may drop or add the subtitle."""
    a, b = fold(cited), fold(registered)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    short, long = sorted((a, b), key=len)
    # "Title" against "Title: the subtitle" (either way round) is the same work
    prefix = 1.0 if long.startswith(short) and len(short.split()) >= 3 else 0.0
    return max(ratio, prefix)


_IDENTIFIERS = re.compile(r"\S*10\.\d{4,9}/\S+|https?://\S+|\bdoi\b", re.IGNORECASE)


def reference_text(work: Work) -> str:
    """The reference as written, without its DOI and URLs (whose words are no metadata:
    "10.1126/science.aaw1944" must not count as the journal "Science")."""
    return _IDENTIFIERS.sub(" ", work.raw)


def title_in_text(title: str, text: str) -> float:
    """Share of the title's words found in `text`: for references whose title was not parsed."""
    words = fold(title).split()
    if not words:
        return 0.0
    present = set(fold(text).split())
    return sum(w in present for w in words) / len(words)


def journal_matches(cited: str, registered: str) -> bool:
    """ISO 4 tolerant: "BMJ Glob Health" ~ "BMJ Global Health", "Policy Polit" ~ "Policy &
    Politics": every cited word begins a registered word, in order."""
    cited_words = [w for w in fold(cited).split() if w not in _STOPWORDS]
    reg_words = [w for w in fold(registered).split() if w not in _STOPWORDS]
    if not cited_words or not reg_words:
        return False
    if cited_words == reg_words:
        return True
    position = 0
    for word in cited_words:
        while position < len(reg_words) and not reg_words[position].startswith(word):
            position += 1
        if position == len(reg_words):
            return False
        position += 1
    # every cited word began a registered word, in order; most registered words are covered
    return len(cited_words) >= max(1, len(reg_words) - 1)


def name_similarity(a: str, b: str) -> float:
    a, b = fold(a).replace(" ", ""), fold(b).replace(" ", "")
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _readings(work: Work) -> list[tuple[str, str]]:
    """The (volume, issue) pairs the cited numbers can mean, the likeliest first.

    "N 48 (2)" is volume 48, issue 2 in a Western journal but issue 48 with running number 2 in
    a Russian one; a lone "N 584" is a volume or an issue. The parser may have put the text in
    `volume` or `issue`, so every reading is tried.
    """
    volume, issue = work.volume.strip(), work.issue.strip()
    if volume and issue:
        paired = _PAIRED.fullmatch(issue)
        return [(volume, paired.group(1))] if paired else [(volume, issue)]
    alone = volume or issue
    if not alone:
        return [("", "")]
    paired = _PAIRED.fullmatch(alone)
    if paired:
        return [(paired.group(1), paired.group(2)), ("", paired.group(1))]
    return [(alone, ""), ("", alone)]


_PAIRED = re.compile(r"(\w+)\s*\((\w+)\)")


def _number_mismatches(volume: str, issue: str, record: Work) -> list[Difference]:
    found: list[Difference] = []
    if volume and record.volume and volume.lower() != record.volume.lower():
        found.append(Difference("volume", volume, record.volume))
    if issue and record.issue and issue.lower() != record.issue.lower():
        found.append(Difference("issue", issue, record.issue))
    return found


def _pages(text: str) -> tuple[str, str]:
    first, _, last = text.replace("–", "-").partition("-")
    # "e33693", "S25-S31": a letter before the number is a prefix, not a different page
    first, last = _LETTERS.sub("", first), _LETTERS.sub("", last)
    if last and first and len(last) < len(first):  # "1275-88" -> "1275-1288"
        last = first[: len(first) - len(last)] + last
    return first, last


def compare(cited: Work, registered: RegisteredWork) -> Comparison:
    """How the reference `cited` agrees with the record its DOI points to."""
    record = registered.work
    differences: list[Difference] = []

    title_score = _title_score(cited, record)
    if title_score is not None and title_score < _TITLE_UNLIKE:
        differences.append(Difference("title", cited.title, fold_markup(record.title)))
        reason = f"registered as “{fold_markup(record.title)}”"
        return Comparison(Agreement.MISMATCH, tuple(differences), reason)
    if cited.title and title_score is not None and title_score < _TITLE_SAME:
        differences.append(Difference("title", cited.title, fold_markup(record.title)))

    journal = _journal_difference(cited, registered)
    year = _year_difference(cited, registered)
    if journal and year:
        reason = f"registered for {journal.registered} {year.registered}"
        return Comparison(Agreement.MISMATCH, (journal, year), reason)
    if journal and (not journal.cited or _translated(cited)):
        # a journal missing from unparsed text, or an English rendering of a Russian journal's
        # name (they vary from list to list), decides a mismatch but is no correction
        journal = None
    differences += [d for d in (journal, year) if d]
    differences += _number_differences(cited, record)
    differences += _page_differences(cited, record)
    differences += _author_differences(cited, record)
    if differences:
        return Comparison(Agreement.CORRECTIONS, tuple(differences))
    return Comparison(Agreement.AGREES)


def _translated(cited: Work) -> bool:
    """The reference gives its journal in translation ("(In Russ.)", "[Ekonomika: …]")."""
    if cited.container_translated:
        return True
    return cited.language == "ru" and not mostly_cyrillic(cited.container)


def fold_markup(text: str) -> str:
    """A registry's title for display: markup dropped, spaces collapsed."""
    return " ".join(html.unescape(_TAGS.sub("", text)).split())


def _title_score(cited: Work, record: Work) -> float | None:
    """How alike the titles are; None when they cannot be compared."""
    if not record.title:
        return None
    script = mostly_cyrillic(record.title)
    titles = [
        t for t in (cited.title, cited.translated_title) if t and mostly_cyrillic(t) == script
    ]
    if titles:
        return max(title_similarity(t, record.title) for t in titles)
    if cited.title:
        return None  # only a translation of a title registered in the other script
    text = reference_text(cited)
    if _has_text(cited) and mostly_cyrillic(text) == script:
        return title_in_text(record.title, text)
    return None  # a bare DOI, or text in the other script: nothing to compare


def _has_text(cited: Work) -> bool:
    """Whether the raw reference holds words besides its identifiers (a DOI list does not)."""
    return len(fold(reference_text(cited)).split()) >= 4


def _journal_difference(cited: Work, registered: RegisteredWork) -> Difference | None:
    names = [registered.work.container, *registered.short_containers]
    names = [n for n in names if n]
    if not names:
        return None
    if cited.container:
        candidates = [cited.container, cited.container_translated]
        if any(journal_matches(c, n) for c in candidates if c for n in names):
            return None
        return Difference("journal", cited.container, fold_markup(names[0]))
    if _has_text(cited) and not any(journal_in_text(n, reference_text(cited)) for n in names):
        return Difference("journal", "", fold_markup(names[0]))
    return None


def journal_in_text(journal: str, text: str) -> bool:
    """Whether every significant word of `journal` is written, perhaps abbreviated, in `text`."""
    words = {w for w in fold(text).split() if len(w) >= 3 or w.isdigit()}
    wanted = [w for w in fold(journal).split() if w not in _STOPWORDS]
    return bool(wanted) and all(
        any(w.startswith(r) for r in words if len(r) >= min(3, len(w))) for w in wanted
    )


def _year_difference(cited: Work, registered: RegisteredWork) -> Difference | None:
    years = registered.years or ((registered.work.year,) if registered.work.year else ())
    if cited.year is None or not years or cited.year in years:
        return None
    return Difference("year", str(cited.year), str(years[0]))


def _number_differences(cited: Work, record: Work) -> list[Difference]:
    """Nothing if any reading of the cited numbers agrees; else the closest reading's.

    A reading that puts a number in a volume the record does not have is the less likely one.
    """
    outcomes = [
        (len(m) + (bool(v) and not record.volume), m)
        for v, i in _readings(cited)
        for m in [_number_mismatches(v, i, record)]
    ]
    if any(not m for _, m in outcomes):
        return []
    return min(outcomes, key=lambda o: o[0])[1]


def _page_differences(cited: Work, record: Work) -> list[Difference]:
    registered = record.pages or record.article_number
    if not cited.pages or not registered:
        return []
    c_first, c_last = _pages(cited.pages)
    r_first, r_last = _pages(registered)
    if c_first != r_first or (c_last and r_last and c_last != r_last):
        return [Difference("pages", cited.pages, registered)]
    return []


def _author_differences(cited: Work, record: Work) -> list[Difference]:
    found: list[Difference] = []
    for person, registered in zip(cited.authors, record.authors, strict=False):
        if person.is_organisation or registered.is_organisation:
            continue
        if fold(person.family) == fold(registered.family):
            continue
        score = name_similarity(person.family, registered.family)
        # a swapped particle or a compound name ("Van Boeckel" for "Boeckel") is not a misspelling
        if score >= _NAME_SAME or fold(person.family) in fold(registered.family).split():
            if score < 1.0:
                found.append(Difference("author", person.family, registered.family))
            continue
        found.append(Difference("author", person.display, registered.display))
    return found
