"""Field accuracy of `parse_reference` on AnyStyle's labelled references (core.xml, gold.xml).

    python benchmarks/accuracy.py [DIR] [--errors FIELD]

DIR holds core.xml and gold.xml (default: ../shared/peers/anystyle/ from the repository root, or
from its parent when the checkout is a worktree one level deeper).
Each <sequence>'s children, joined by single spaces, form the reference string; the labels are
the gold fields.

Comparison (both sides normalised the same way, text in Unicode's composed form NFC):
- title, container: case-folded letters and digits only, so quotes, surrounding punctuation,
  dash styles, markup tags and spacing (a line-break hyphen "un- certain") do not count; a leading
  "In:"/"In" is dropped from the gold container. Container gold is <container-title> or
  <journal> (the first present).
- year: the first four-digit year (1500-2049) of the first <date>.
- volume: the first number (or Roman numeral) after removing labels ("Vol.", "v.", "Bd.");
  so "14(2):974-983" counts as volume 14. A year before a semicolon is not a label's first
  number: AnyStyle labels Vancouver's "2009;7:" (22 references) as one <volume>, volume 7;
  when such a reference has no <date>, that year is its gold year.
- pages: first and last page as digits ("pp. 573-77" -> "573-577"); a single page stays one.
  AnyStyle labels "9:1871-1874" as one <volume>; with --pages-from-volume the part after the
  colon counts as the gold pages when <pages> is empty (off by default: labels as they are).
- doi: normalised (lower case, no resolver); the gold DOI is the first one found by
  `identifiers.find_doi` in <doi>, <url> or <note>, since AnyStyle labels "http://dx.doi.org/…"
  as a URL.
- authors (reported, not in the micro-F1): right when every family name (or organisation)
  the parser gives occurs among the words of the gold <author> text, and every word of two or
  more letters in that text is one of the predicted names' words (or "and", "et", "al", "eds").

Counts per field: a gold value matched is a true positive; a predicted value that differs from
gold, or is predicted where gold is empty, is a false positive; a gold value not matched is a
false negative (so a wrong value counts both ways). Field micro-F1 sums the six core fields.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citecli.identifiers import find_doi  # noqa: E402
from citecli.model import Work  # noqa: E402
from citecli.refparse import parse_reference  # noqa: E402

CORE_FIELDS = ("title", "container", "year", "volume", "pages", "doi")
FIELDS = (*CORE_FIELDS, "authors")

_NON_WORD = re.compile(r"[\W_]+")
_MARKUP = re.compile(r"</?[a-z]+>")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20[0-4]\d)(?!\d)")
_VOLUME_LABEL = re.compile(
    r"^\W*(?:vols?|volume|v|t|tome|bd|band|jg|no|nos|n|nr|number|issue|iss|т|№)\b\.?\s*",
    re.IGNORECASE,
)
# AnyStyle labels Vancouver's "2009;7:" as one <volume>; the year before ";" is not the volume
_YEAR_BEFORE_VOLUME = re.compile(r"^\d{4}\s*;\s*")
_VOLUME_VALUE = re.compile(r"\d+|\b[IVXLC]+\b")
_DIGITS = re.compile(r"\d+")
_IN_LABEL = re.compile(r"^\s*(?:in)\b\s*:?\s*", re.IGNORECASE)
_NAME_NOISE = frozenset({"and", "et", "al", "eds", "ed", "und", "y", "e", "others"})


def words(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFC", text).casefold()).split())


def compact(text: str) -> str:
    """Letters and digits only: "un- certain" (gold) and "uncertain" (parsed) compare equal;
    markup tags in the labels ("<italic>Water Research</italic>") are not text. Both sides in
    Unicode's composed form: some labels write "é" as "e" and a combining accent, which the
    parser composes into one letter (the same text, which would otherwise compare unequal)."""
    return _NON_WORD.sub("", unicodedata.normalize("NFC", _MARKUP.sub("", text)).casefold())


def norm_year(text: str) -> str:
    match = _YEAR.search(text)
    return match.group(1) if match else ""


def _volume_year(volume: str) -> str:
    match = _YEAR_BEFORE_VOLUME.match(volume.strip())
    return match.group(0) if match else ""


def norm_volume(text: str) -> str:
    text = _YEAR_BEFORE_VOLUME.sub("", text.strip())
    match = _VOLUME_VALUE.search(_VOLUME_LABEL.sub("", text))
    return match.group(0).lower() if match else ""


def norm_pages(text: str) -> str:
    numbers = _DIGITS.findall(text)
    if not numbers:
        return ""
    first, last = numbers[0], numbers[-1] if len(numbers) > 1 else ""
    if last and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}-{last}" if last and last != first else first


def pages_in_volume(parts: dict[str, str], wanted: bool) -> str:
    found = _PAGES_IN_VOLUME.search(parts.get("volume", "")) if wanted else None
    return found.group(1) if found else ""


def gold_doi(sequence: ET.Element) -> str:
    """AnyStyle labels a DOI written as a URL ("http://dx.doi.org/10.…") <url>, one after
    "doi:" in a bracket <note>: the DOI of a reference is the first one in those fields."""
    for child in sequence:
        if child.tag in ("doi", "url", "note"):
            found = find_doi(child.text or "")
            if found:
                return found.value
    return ""


@dataclass
class Gold:
    text: str
    fields: dict[str, str]
    author_text: str


# "9:1871-1874", "58(5):1583-1606": AnyStyle labels pages written after a colon as <volume>
_PAGES_IN_VOLUME = re.compile(r":\s*(\d+(?:\s*[-–—]\s*\d+)?)\s*[,.]?\s*$")


def read_gold(path: Path, *, pages_from_volume: bool = False) -> list[Gold]:
    sequences = []
    for sequence in ET.parse(path).getroot().iter("sequence"):
        parts: dict[str, str] = {}
        pieces = []
        for child in sequence:
            value = " ".join((child.text or "").split())
            pieces.append(value)
            parts.setdefault(child.tag, value)
        container = parts.get("container-title") or parts.get("journal") or ""
        gold = {
            "title": compact(parts.get("title", "")),
            "container": compact(_IN_LABEL.sub("", container)),
            # no <date>: the year AnyStyle left at the start of a Vancouver <volume> ("2009;7:")
            "year": norm_year(parts.get("date", "") or _volume_year(parts.get("volume", ""))),
            "volume": norm_volume(parts.get("volume", "")),
            "pages": norm_pages(
                parts.get("pages", "") or pages_in_volume(parts, pages_from_volume)
            ),
            "doi": gold_doi(sequence),
        }
        sequences.append(Gold(" ".join(p for p in pieces if p), gold, parts.get("author", "")))
    return sequences


def predicted(work: Work) -> dict[str, str]:
    return {
        "title": compact(work.title),
        "container": compact(work.container),
        "year": str(work.year) if work.year else "",
        "volume": norm_volume(work.volume),
        "pages": norm_pages(work.pages),
        "doi": work.doi.value if work.doi else "",
    }


def authors_right(work: Work, gold_text: str) -> tuple[bool, bool]:
    """(predicted something, predicted right); see the module docstring."""
    gold_words = words(gold_text).split()
    names = [p.literal or p.family for p in work.authors]
    if not names:
        return False, False
    name_words: set[str] = set()
    for person in work.authors:
        name_words.update(
            words(
                f"{person.literal} {person.family} {person.given} {person.particle} {person.suffix}"
            ).split()
        )
    families_found = all(set(words(name).split()) <= set(gold_words) for name in names)
    covered = all(len(w) < 2 or w in name_words or w in _NAME_NOISE for w in gold_words)
    return True, families_found and covered


@dataclass
class Score:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    internal_errors: int = 0
    errors: dict[str, list[tuple[str, str, str]]] = field(
        default_factory=lambda: {f: [] for f in FIELDS}
    )

    def add(self, name: str, gold: str, guess: str, text: str) -> None:
        if gold and guess == gold:
            self.tp[name] += 1
            return
        if guess:
            self.fp[name] += 1
        if gold:
            self.fn[name] += 1
        if gold or guess:
            self.errors[name].append((text, gold, guess))

    def prf(self, names: tuple[str, ...]) -> tuple[float, float, float]:
        tp = sum(self.tp[n] for n in names)
        fp = sum(self.fp[n] for n in names)
        fn = sum(self.fn[n] for n in names)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def score(golds: list[Gold]) -> Score:
    result = Score()
    for gold in golds:
        work = parse_reference(gold.text)
        if any("internal" in d.message for d in work.diagnostics):
            result.internal_errors += 1
        guess = predicted(work)
        for name in CORE_FIELDS:
            result.add(name, gold.fields[name], guess[name], gold.text)
        said, right = authors_right(work, gold.author_text)
        gold_has = bool(words(gold.author_text))
        if gold_has and right:
            result.tp["authors"] += 1
        else:
            if said:
                result.fp["authors"] += 1
            if gold_has:
                result.fn["authors"] += 1
            if said or gold_has:
                shown = "; ".join(p.display for p in work.authors)
                result.errors["authors"].append((gold.text, gold.author_text, shown))
    return result


def report(label: str, result: Score) -> None:
    print(
        f"\n{label}"
        + (f" ({result.internal_errors} parser errors!)" if result.internal_errors else "")
    )
    print(f"  {'field':<10} {'P':>6} {'R':>6} {'F1':>6}")
    for name in FIELDS:
        p, r, f = result.prf((name,))
        print(f"  {name:<10} {p:6.3f} {r:6.3f} {f:6.3f}")
    p, r, f = result.prf(CORE_FIELDS)
    print(
        f"  {'micro-F1':<10} {p:6.3f} {r:6.3f} {f:6.3f}   (title container year volume pages doi)"
    )


def default_directory() -> Path:
    candidates = [base / "shared/peers/anystyle" for base in (ROOT.parent, ROOT.parent.parent)]
    return next((c for c in candidates if c.is_dir()), candidates[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", nargs="?", default=str(default_directory()))
    parser.add_argument("--errors", metavar="FIELD", help="print the misses of one field")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument(
        "--pages-from-volume",
        action="store_true",
        help='take gold pages from a <volume> label such as "9:1871-1874" when <pages> is empty',
    )
    args = parser.parse_args()
    directory = Path(args.directory)
    combined: list[Gold] = []
    for name in ("core.xml", "gold.xml"):
        golds = read_gold(directory / name, pages_from_volume=args.pages_from_volume)
        combined += golds
        report(f"{name}: {len(golds)} references", score(golds))
    total = score(combined)
    report(f"combined: {len(combined)} references", total)
    if args.errors:
        for text, gold, guess in total.errors[args.errors][: args.limit]:
            print(f"\n{text}\n   gold:  {gold!r}\n   guess: {guess!r}")


if __name__ == "__main__":
    main()
