"""Identifiers (DOI, URL, EDN, arXiv, ISBN…) found via `citecli.identifiers`, then cut out of
the text with their labels, so that the field grammar never sees "10.1038/…" or a URL."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecli import identifiers
from citecli.model import Doi

_DOI_LABEL = r"(?:\b(?:DOI|doi|Doi)\s*[:.]?\s*)?"
_URL_LABEL = (
    r"(?:(?:\bURL|\bAvailable\s+(?:at|from|online)|\bAvailable|\bRetrieved\s+from|"
    r"\bRetrieved|Режим доступа|\bOnline|\bfrom|\bat)\s*:?\s*)?"
)
_EDN = re.compile(r"\bEDN\s*:?\s*[A-Z]{6}\b")
_ARXIV = re.compile(
    r"\barXiv\s*:?\s*(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?"
    r"(?:\s*\[[\w.-]{2,20}\])?",
    re.IGNORECASE,
)
_OTHER_IDS = re.compile(
    r"\b(?:ISBN|ISSN|e-ISSN|eISSN|PMID|PMCID|PMC)(?:-1[03])?\s*:?\s*[0-9Xx][0-9Xx\-–]*"
    r"(?:\s[0-9Xx][0-9Xx\-–]*){0,4}"
)
_EMPTY_LABELS = re.compile(
    r"\b(?:URL|DOI|EDN|Available\s+(?:at|from|online)|Retrieved\s+from|Режим доступа)\s*:?\s*"
    r"(?=[\s.,;()]*$)"
)


@dataclass(frozen=True, slots=True)
class Identified:
    text: str
    doi: Doi | None
    edn: str
    arxiv: str
    isbn: str
    url: str


def cut_identifiers(text: str) -> Identified:
    dois = identifiers.find_dois(text)
    urls = identifiers.find_urls(text)
    edn = identifiers.find_edn(text)
    arxiv = identifiers.find_arxiv(text)
    isbn = identifiers.find_isbn(text)
    for doi in dois:
        text = re.sub(_DOI_LABEL + re.escape(doi.raw), " ", text, count=1)
    for url in urls:
        text = re.sub(_URL_LABEL + re.escape(url), " ", text, count=1)
    text = _EDN.sub(" ", text)
    text = _ARXIV.sub(" ", text)
    text = _OTHER_IDS.sub(" ", text)
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
