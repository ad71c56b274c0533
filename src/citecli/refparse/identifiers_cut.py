"""Identifiers (DOI, URL, EDN, arXiv, ISBN…) found via `citecli.identifiers`, then cut out of
the text with their labels, so that the field grammar never sees "10.1038/…" or a URL."""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli import identifiers
from citecli.model import Doi
from citecli.refparse.text import has_any

# the label right before an identifier (searched in a short window ending at it)
_DOI_LABEL_BEFORE = re.compile(
    r"(?:\b(?:DOI|doi|Doi)|\bURL|\bAvailable(?:\s+(?:at|from|online))?|\bRetrieved\s+from)"
    r"\s*[:.]?\s*$"
)
_URL_LABEL_BEFORE = re.compile(
    r"(?:\bURL|\bAvailable\s+(?:at|from|online)|\bAvailable|\bRetrieved\s+from|"
    r"\bRetrieved|Режим доступа|\bOnline|\bfrom|\bat)\s*:?\s*$"
)
_EDN = re.compile(r"\bEDN\s*:?\s*[A-Z]{6}\b")
_ARXIV = re.compile(
    r"\barXiv\s*:?\s*(?:[0-9]{4}\.[0-9]{4,5}|[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?"
    r"(?:\s*\[[\w.-]{2,20}\])?",
    re.IGNORECASE,
)
_OTHER_IDS = re.compile(
    r"\b(?:ISBN|ISSN|e-ISSN|eISSN|PMID|PMCID|PMC)(?:-1[03])?\s*:?\s*[0-9Xx][0-9Xx\-–]*"
    r"(?:\s[0-9Xx][0-9Xx\-–]*){0,4}"
)
# "\b(?:URL|DOI|…)", each word led by its first letter, which the regex engine skips ahead to
_EMPTY_LABELS = re.compile(
    r"(?:U(?<!\wU)RL|D(?<!\wD)OI|E(?<!\wE)DN|A(?<!\wA)vailable\s+(?:at|from|online)"
    r"|R(?<!\wR)etrieved\s+from|Р(?<!\wР)ежим доступа)\s*:?\s*(?=[\s.,;()]*$)"
)


# a NamedTuple: as immutable as a frozen dataclass and several times cheaper to build
class Identified(NamedTuple):
    text: str
    doi: Doi | None
    edn: str
    arxiv: str
    isbn: str
    url: str


def _cut(text: str, written: str, label: re.Pattern[str]) -> str:
    """`text` without `written` and the label just before it ("DOI: ", "URL: ")."""
    start = text.find(written)
    if start < 0:
        return text
    before = label.search(text, max(0, start - 40), start)
    cut_from = before.start() if before else start
    return text[:cut_from] + " " + text[start + len(written) :]


def cut_identifiers(text: str) -> Identified:
    # Substring tests first: most references hold one identifier or none.
    lowered = text.lower()
    dois = identifiers.find_dois(text) if "10." in text else []
    urls = identifiers.find_urls(text) if "http" in lowered or "www." in lowered else []
    edn = identifiers.find_edn(text) if "EDN" in text else ""
    arxiv = identifiers.find_arxiv(text) if "arxiv" in lowered else ""
    isbn = identifiers.find_isbn(text) if "ISBN" in text else ""
    for doi in dois:
        text = _cut(text, doi.raw, _DOI_LABEL_BEFORE)
    for url in urls:
        text = _cut(text, url, _URL_LABEL_BEFORE)
    if edn:
        text = _EDN.sub(" ", text)
    if arxiv:
        text = _ARXIV.sub(" ", text)
    if has_any(text, ("ISBN", "ISSN", "PMID", "PMC")):
        text = _OTHER_IDS.sub(" ", text)
    if dois or urls:
        text = _EMPTY_LABELS.sub(" ", text)
    url = next((u for u in urls if "doi.org/" not in u.lower()), "")
    return Identified(
        text=text,
        doi=dois[0] if dois else None,
        edn=edn,
        arxiv=arxiv,
        isbn=isbn,
        url=url,
    )
