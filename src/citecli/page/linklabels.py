"""The links journal sites print under or after each reference, copied with the page.

OJS prints "Google Scholar" and "Crossref" on lines of their own; PMC "[PubMed] [Google
Scholar]", Springer "Article CAS PubMed Google Scholar", Frontiers "PubMed Abstract | Publisher
Full Text | Google Scholar" after the reference; Russian sites "РИНЦ" or "eLIBRARY". Left in,
they become references of their own or the authors of the next one ("Google Scholar Crossref
Grieves, M.").
"""

from __future__ import annotations

import re

# labels that name a link service, and are no title's last words after a full stop
_STRONG = (
    r"(?:Search in )?Google Scholar|Google Академия|Cross[Rr]ef|PubMed(?: Central|/NCBI)?|Scopus|"
    r"Web of Science®?|(?:Publisher|Free) Full Text|Semantic Scholar|Wiley Online Library|РИНЦ|"
    r"eLIBRARY(?:\.RU)?|Europe PMC|MathSciNet|zbMATH"
)
# words that are labels only beside the strong ones or on a line of labels
_WEAK = (
    r"Abstract|Full Text|View Article|Article|PMC free article|PMC|DOI|CAS|ISI|WoS|ADS|Medline|"
    r"OpenURL|Export Citation|Find this article online"
)
_LABEL = rf"\[?(?:{_STRONG}|{_WEAK})\]?"
# one way only to read what is between two labels (a separator or spaces), so that a failed
# match gives up in linear time: "\s*[|]?\s*" would split each space two ways
_BETWEEN = r"(?:\s*[|•·,;/]\s*|\s+)"
_LINE = re.compile(rf"[|•·]?\s*{_LABEL}(?:{_BETWEEN}{_LABEL})*\s*[|•·]?\s*", re.IGNORECASE)
_TRAILING = re.compile(rf"(?:{_BETWEEN}{_LABEL})+\s*[|•·]?\s*$", re.IGNORECASE)
_STRONG_LABEL = re.compile(_STRONG, re.IGNORECASE)
# what may stand before labels at a line's end: a finished sentence, a number, a link
_LINK_BEFORE = re.compile(r"(?:https?://|doi:|10\.\d{4,9}/)\S*$", re.IGNORECASE)
#: how long a run of labels may be; real pages have a few
_LENGTH = 200


def without_link_labels(line: str, *, continued: bool = False) -> str:
    """`line` without the labels; "" when it held nothing else. `continued`: the next line goes
    on with the same sentence (it starts in lower case), so a label-like end is the text's own
    ("… Comparison of PubMed, Scopus, Web of Science, and Google Scholar" + "strengths")."""
    if len(line) <= _LENGTH and _LINE.fullmatch(line):
        return ""
    if continued or not (line[-1:].isalpha() or line[-1:] in "®|]"):  # how labels end
        return line
    # within the line's last characters: a hostile line of labels costs no more than a short one
    labels = _TRAILING.search(line, max(0, len(line) - _LENGTH))
    if not labels or not _STRONG_LABEL.search(labels.group()):
        return line
    before = line[: labels.start()]
    if before[-1:] in ".)]/" or before[-1:].isdigit() or _LINK_BEFORE.search(before[-_LENGTH:]):
        return before
    return line
