"""Is a search hit the work a reference describes? Validation in the manner of Crossref's SBMV.

Crossref's search-based reference matcher takes the search's candidates and validates each
against the reference field by field (year, volume, issue, first page, title, journal),
accepting a candidate only when enough of them agree. We do the same, reading the fields from
the parsed reference where the parser found them and from its raw text otherwise, so a
search hit whose volume, year and pages are all wrong is rejected however high its relevance.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecli.compare import (
    fold,
    journal_in_text,
    journal_matches,
    reference_text,
    title_in_text,
    title_similarity,
)
from citecli.model import Work
from citecli.registry import Candidate

#: accept a candidate whose validation score reaches this (SBMV accepts structured matches
#: at 0.76); and never one whose title is not in the reference
ACCEPT = 0.76
TITLE_REQUIRED = 0.8


@dataclass(frozen=True, slots=True)
class Match:
    candidate: Candidate
    #: share of the candidate's fields the reference confirms, 0..1
    score: float


def validate(cited: Work, candidate: Candidate) -> float:
    """0..1: how many of the candidate's fields the reference confirms."""
    record = candidate.registered.work
    raw = reference_text(cited)
    text = fold(raw)
    tokens = set(text.split())
    checks: list[float] = []
    if record.title:
        if cited.title:
            title = title_similarity(cited.title, record.title)
        else:
            title = title_in_text(record.title, raw)
        if title < TITLE_REQUIRED:
            return 0.0
        checks.append(title)
    years = candidate.registered.years or ((record.year,) if record.year else ())
    if years:
        cited_years = {cited.year} if cited.year else {int(t) for t in tokens if t.isdigit()}
        checks.append(1.0 if cited_years & set(years) else 0.0)
    for value, cited_value in ((record.volume, cited.volume), (record.issue, cited.issue)):
        if value:
            checks.append(_confirmed(value, cited_value, tokens))
    if record.pages or record.article_number:
        first = (record.pages or record.article_number).split("-")[0]
        checks.append(_confirmed(first, cited.first_page, tokens))
    names = [record.container, *candidate.registered.short_containers]
    if any(names):
        if cited.container:
            checks.append(
                1.0 if any(journal_matches(cited.container, n) for n in names if n) else 0.0
            )
        else:
            checks.append(1.0 if any(journal_in_text(n, raw) for n in names if n) else 0.0)
    return sum(checks) / len(checks) if checks else 0.0


def _confirmed(registered: str, cited: str, tokens: set[str]) -> float:
    if cited:
        return 1.0 if fold(cited) == fold(registered) else 0.0
    return 1.0 if fold(registered) in tokens else 0.0


def best_match(cited: Work, candidates: list[Candidate]) -> Match | None:
    """The best-validated candidate, if it is convincing."""
    scored = [Match(c, validate(cited, c)) for c in candidates]
    scored.sort(key=lambda m: (m.score, m.candidate.score), reverse=True)
    if scored and scored[0].score >= ACCEPT:
        return scored[0]
    return None
