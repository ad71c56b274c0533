"""Identifiers in free text: DOI, EDN, arXiv, ISBN, URL. Extract, repair, normalise, encode.

Pure functions, no I/O. `check-dois` relies on `find_dois` / `normalize_doi` / `doi_url_path`,
so what counts as "the DOI as written" and "the DOI repaired" is decided here only.

Every pattern is linear: no nested quantifiers, bounded look-behind only, so hostile input
(a 300,000-character line) costs one pass.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from citecli.model import Doi

# A DOI is "10." + registrant code + "/" + suffix; the suffix is any printable characters
# (DOI Handbook 2.2). We stop at whitespace and at quote marks that cannot occur in citations.
_SUFFIX_CHARS = r"[^\s\"'«»“”‘’]"
# Not after a digit or a dot: "10.1000.10.1000.…" must not be tried from every "10." in it,
# which made the scan quadratic on hostile input. The look-behind follows the "1" (it tests the
# character before it): a pattern led by a literal lets the regex engine skip ahead to it, where
# a leading look-behind makes it try every position.
_DOI_CORE = re.compile(r"1(?<![\d.]1)0\.\d{4,9}(?:\.\d+)*(?:/|%2[Ff])" + _SUFFIX_CHARS + "+")
_RESOLVER_BEFORE = re.compile(r"(?:https?://)?(?:dx\.|www\.)?doi\.org/$|doi:$", re.IGNORECASE)

# Where the text broke the "10." prefix ("1 0.30491/…", "10. 1038/…", "10.1038 /s…"):
# accepted only right after a DOI label, where nothing else can follow.
# The suffix may break after a hyphen, before more digits, as a line's end breaks it
# ("DOI: 10.32609/0042- 8736-2020-1-5-20").
_BROKEN_DOI = (
    r"(1\s?0\s?\.\s?\d{4,9}(?:\.\d+)*\s?/\s?" + _SUFFIX_CHARS + "+"
    r"(?:(?<=-)\s(?=[0-9])" + _SUFFIX_CHARS + "+)?)"
)
# The label, "\bdoi" or "doi.org/" in any case, written to start with a class the regex
# engine can skip ahead to ("[Dd]", its "\b" a look-behind after it): a pattern compiled to
# ignore case is tried at every position. Nothing in the DOI itself has a case.
_BROKEN_AFTER_LABEL = re.compile(
    r"[Dd](?:(?<!\w[Dd])(?i:oi)\s*[:.]?|(?i:oi\.org/))\s*" + _BROKEN_DOI
)
_URL_PREFIX = re.compile(
    r"^(?:(?:https?:/?/?)?(?:dx\.|www\.)?doi\.org/|doi\s*[:.]?\s*|info:doi/|urn:doi:)",
    re.IGNORECASE,
)
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_TRAILING = ".,;:!?*"
_PAIRS = {")": "(", "]": "[", ">": "<", "}": "{"}


def _trim(suffix: str) -> str:
    """Drop trailing punctuation and closing brackets that the DOI does not open itself."""
    while suffix:
        last = suffix[-1]
        unopened = last in _PAIRS and suffix.count(last) > suffix.count(_PAIRS[last])
        if last in _TRAILING or unopened:
            suffix = suffix[:-1]
        else:
            break
    return suffix


def normalize_doi(text: str) -> str | None:
    """The canonical form of one DOI written alone: lower case, no resolver or label.

    Returns None when `text` does not hold a DOI. Idempotent:
    `normalize_doi(normalize_doi(x)) == normalize_doi(x)` for every x it accepts.
    """
    candidate = text.strip()
    for _ in range(3):  # "https://doi.org/doi:10.…" has two prefixes
        stripped = _URL_PREFIX.sub("", candidate, count=1).strip()
        if stripped == candidate:
            break
        candidate = stripped
    if "%" in candidate:
        candidate = unquote(candidate)
    match = _DOI_CORE.match(candidate)
    if not match or _trim(candidate) != _trim(match.group(0)):
        return None  # nothing, or more than one DOI's worth of text
    value = _trim(match.group(0))
    if value.endswith("/"):
        return None
    return value.lower()


def is_doi(text: str) -> bool:
    """Whether `text` is exactly one well-formed DOI (after normalisation)."""
    value = normalize_doi(text)
    return value is not None and _DOI_CORE.fullmatch(value) is not None


def find_dois(text: str) -> list[Doi]:
    """Every DOI in `text`, in order, normalised, with the raw form and whether it was repaired."""
    found: list[Doi] = []
    seen_spans: list[tuple[int, int]] = []
    for match in _BROKEN_AFTER_LABEL.finditer(text):
        raw = match.group(1)
        if not re.search(r"\s", raw):
            continue  # not broken; the plain scan below finds it
        repaired = re.sub(r"\s+", "", raw)
        value = normalize_doi(repaired)
        if value:
            found.append(Doi(value=value, raw=_trim(raw), repaired=True))
            seen_spans.append(match.span(1))
    for match in _DOI_CORE.finditer(text):
        start = match.start()
        if any(s <= start < e for s, e in seen_spans):
            continue
        core = _trim(match.group(0))
        cleaned = core.translate(_DASHES)  # word processors turn hyphens into dashes
        value = normalize_doi(unquote(cleaned) if "%" in cleaned else cleaned)
        if not value:
            continue
        resolver = _RESOLVER_BEFORE.search(text, max(0, start - 30), start)
        raw = resolver.group(0) + core if resolver else core
        found.append(Doi(value=value, raw=raw, repaired=cleaned != core))
    found.sort(key=lambda d: text.find(d.raw))  # repaired ones were collected first
    return found


def find_doi(text: str) -> Doi | None:
    """The first DOI in `text`, or None."""
    dois = find_dois(text)
    return dois[0] if dois else None


# The DOI Handbook's URL encoding rules: "%", '"', "#", space and "?" must be encoded, and
# "<>{}^[]`|\\+" should be; ";" is encoded too because some servers treat it as a separator.
_DOI_URL_SAFE = "/:()-._~!$&'*,=@"


def doi_url_path(doi: str) -> str:
    """`doi` percent-encoded for a URL path, keeping "/" (doi.org answers 404 to "%2F")."""
    return quote(doi, safe=_DOI_URL_SAFE)


# ---- other identifiers -------------------------------------------------------------------

# eLibrary's EDN: six Latin capitals ("EDN WAQWKH", "EDN: PHCYCH").
_EDN = re.compile(r"\bEDN\s*:?\s*([A-Z]{6})\b")
_ARXIV = re.compile(
    r"(?:arXiv\s*:?\s*|arxiv\.org/(?:abs|pdf)/)"
    r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"«»“”]+", re.IGNORECASE)
_ISBN = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*([0-9Xx][0-9Xx\-–\s]{8,20}[0-9Xx])")


def find_edn(text: str) -> str:
    match = _EDN.search(text)
    return match.group(1) if match else ""


def find_arxiv(text: str) -> str:
    match = _ARXIV.search(text)
    return match.group(1) if match else ""


def find_urls(text: str) -> list[str]:
    """URLs in `text` with trailing punctuation and unbalanced closing brackets removed."""
    return [_trim(m.group(0)) for m in _URL.finditer(text)]


def isbn_is_valid(digits: str) -> bool:
    if len(digits) == 10:
        total = sum((10 - i) * (10 if c in "Xx" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit():
        total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


def find_isbn(text: str) -> str:
    """The first ISBN with a valid check digit, written as in the source but without spaces."""
    for match in _ISBN.finditer(text):
        written = re.sub(r"\s+", "", match.group(1)).replace("–", "-")
        digits = written.replace("-", "")
        if isbn_is_valid(digits[:13]) or isbn_is_valid(digits[:10]):
            return written.upper()
    return ""
