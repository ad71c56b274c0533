"""`check-dois`: every reference's DOI looked up and judged -> one `CheckResult` per reference.

`check_pages` is the library entry point (the CLI and the tests call it): one HTTP client and
one cache for the whole run, lookups concurrent within the registries' limits, results in the
order of the references.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

import httpx

from citecli.cache import Cache, default_cache_dir
from citecli.citeinput import InputKind, detect_kind, read_contents
from citecli.compare import Agreement, Difference, compare
from citecli.identifiers import find_dois
from citecli.match import ACCEPT, best_match, validate
from citecli.model import Doi, Page, Work
from citecli.page import parse_page
from citecli.refparse import parse_reference
from citecli.registry import Candidate, crossref, datacite, doiorg
from citecli.registry.crossref import Crossref
from citecli.registry.datacite import DataCite
from citecli.registry.doiorg import DoiOrg
from citecli.registry.http import Fetcher, user_agent
from citecli.resolve import Lookup, Resolver, State


class Status(str, Enum):
    OK = "ok"
    REPAIRED = "repaired"
    CORRECTIONS = "corrections"
    MISMATCH = "mismatch"
    NOT_FOUND = "not-found"
    INVALID = "invalid"
    RETRACTED = "retracted"
    UNREACHABLE = "unreachable"
    NO_DOI = "no-doi"


#: statuses that make the exit code 1; `--strict` adds `STRICT_PROBLEMS`
PROBLEMS = frozenset({Status.NOT_FOUND, Status.INVALID, Status.MISMATCH, Status.RETRACTED})
STRICT_PROBLEMS = PROBLEMS | {Status.UNREACHABLE, Status.CORRECTIONS}

DAY = 86400.0


@dataclass(frozen=True, slots=True)
class CheckOptions:
    doi_url: str = doiorg.DEFAULT_URL
    crossref_url: str = crossref.DEFAULT_URL
    datacite_url: str = datacite.DEFAULT_URL
    mailto: str = ""
    #: seconds per request
    timeout: float = 10.0
    retries: int = 3
    #: first retry wait in seconds; it doubles (with jitter) on every further attempt
    backoff: float = 0.5
    #: requests in flight per service, at most (the services' own limits apply below it)
    concurrency: int | None = None
    suggest: bool = False
    use_cache: bool = True
    cache_dir: Path | None = None
    #: seconds a cached answer stays valid
    max_age: float = 30 * DAY
    #: seconds the whole run may take; what is undecided by then is `unreachable`
    deadline: float = 600.0


@dataclass(frozen=True, slots=True)
class CheckResult:
    n: int | None
    status: Status
    doi: str | None = None
    raw_doi: str | None = None
    differences: tuple[Difference, ...] = ()
    registered: Work | None = None
    suggested_doi: str | None = None
    #: the suggestion's validation score, 0..1
    score: float | None = None
    message: str = ""
    line: int | None = None


@dataclass(frozen=True, slots=True)
class CheckReport:
    source: str
    results: tuple[CheckResult, ...]

    @property
    def summary(self) -> dict[str, int]:
        counts = Counter(r.status.value for r in self.results)
        return {s.value: counts[s.value] for s in Status if counts[s.value]}

    def has_problems(self, *, strict: bool = False) -> bool:
        wrong = STRICT_PROBLEMS if strict else PROBLEMS
        return any(r.status in wrong for r in self.results)


@dataclass
class RunStats:
    """What a run cost: requests sent, 429s received, answers taken from the cache."""

    requests: int = 0
    throttled: int = 0
    cache_hits: int = 0
    peak_concurrency: dict[str, int] = field(default_factory=dict)


def references_of(text: str, *, source: str = "") -> Page:
    """The page's references; a file that is only a list of DOIs, one a line, read as such;
    a .bib or CSL-JSON bibliography (or `parse --format json`'s page) read as `cite` reads it."""
    kind = detect_kind(source, text)
    if kind is not InputKind.PAGE:
        contents = read_contents(text, source, kind)
        # every entry, one with nothing in it too ("no-doi"), in its place in the file
        return Page(article=contents.article or Work(), references=contents.works, source=source)
    lines = [(i, line.strip()) for i, line in enumerate(text.split("\n"), 1) if line.strip()]
    if lines and all(_DOI_LINE.match(line) for _, line in lines):
        # a list of DOIs: no parser needed, and none should guess ("10." is no item number)
        works = tuple(
            Work(doi=_bare_doi(line), raw=line, number=n, line=i)
            for n, (i, line) in enumerate(lines, 1)
        )
        return Page(article=Work(), references=works, source=source)
    page = parse_page(text, source=source)
    if page.references:
        return page
    lines = [(i, line) for i, line in lines if _looks_cited(line)]
    works = tuple(parse_reference(line, number=n, line=i) for n, (i, line) in enumerate(lines, 1))
    return Page(article=page.article, references=works, source=source)


def looks_like_references(page: Page) -> bool:
    """Whether anything on the page can be checked: parsers read any text as some reference."""
    return any(w.doi or w.year is not None or written_doi(w.raw) for w in page.references)


#: one DOI-like token on a line, perhaps labelled or as a URL
_DOI_LINE = re.compile(r"^(?:doi\s*:?\s*)?\S*10\.\S*$", re.IGNORECASE)


def _bare_doi(line: str) -> Doi | None:
    dois = find_dois(line)
    return dois[0] if len(dois) == 1 else None


_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def _looks_cited(line: str) -> bool:
    """A line of a bare list: a DOI, or something long enough with a year to be a reference."""
    return bool(written_doi(line)) or (len(line.strip()) >= 20 and bool(_YEAR.search(line)))


def check_page(page: Page, options: CheckOptions) -> CheckReport:
    """Check one page's references (a blocking call; runs its own event loop)."""
    return asyncio.run(check_pages([page], options))[0][0]


async def check_pages(
    pages: Sequence[Page],
    options: CheckOptions,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[CheckReport], RunStats]:
    """Check every page's references with one client, one cache and one set of rate limits."""
    deadline = time.monotonic() + options.deadline
    cache = _open_cache(options)
    try:
        return await _check(pages, options, cache, deadline, transport, progress)
    finally:
        if cache:
            cache.close()


async def _check(
    pages: Sequence[Page],
    options: CheckOptions,
    cache: Cache | None,
    deadline: float,
    transport: httpx.AsyncBaseTransport | None,
    progress: Callable[[int], None] | None,
) -> tuple[list[CheckReport], RunStats]:
    timeout = httpx.Timeout(options.timeout)
    async with httpx.AsyncClient(
        transport=transport, timeout=timeout, headers={"User-Agent": user_agent(options.mailto)}
    ) as client:
        fetcher = Fetcher(
            client,
            retries=options.retries,
            backoff=options.backoff,
            deadline=deadline,
            mailto=options.mailto,
            max_concurrency=options.concurrency,
        )
        resolver = Resolver(
            Crossref(fetcher, options.crossref_url),
            DataCite(fetcher, options.datacite_url),
            DoiOrg(fetcher, options.doi_url),
            cache,
            progress=progress,
        )
        works = [w for page in pages for w in page.references]
        lookups = await resolver.resolve(w.doi.value for w in works if w.doi)
        suggestions = {}
        if options.suggest:
            asking = [w for w in works if w.doi is None and not written_doi(w.raw)]
            found = await asyncio.gather(*(_suggest(resolver, w) for w in asking))
            suggestions = {id(w): s for w, s in zip(asking, found, strict=True)}
    reports = [
        CheckReport(
            page.source,
            tuple(
                judge(w, lookups.get(w.doi.value) if w.doi else None, suggestions.get(id(w)))
                for w in page.references
            ),
        )
        for page in pages
    ]
    stats = RunStats(
        requests=fetcher.requests_sent,
        throttled=fetcher.throttled,
        cache_hits=cache.hits if cache else 0,
        peak_concurrency={h: lim.peak for h, lim in fetcher.limiters.items()},
    )
    return reports, stats


def _open_cache(options: CheckOptions) -> Cache | None:
    if not options.use_cache:
        return None
    cache = Cache(options.cache_dir or default_cache_dir(), max_age=options.max_age)
    return cache if cache.enabled else None


_NUMBER = re.compile(r"^\s*\[?\d{1,4}[.)\]]\s+")


async def _suggest(resolver: Resolver, work: Work) -> CheckResult | None:
    if work.arxiv:
        found = await _arxiv_doi(resolver, work)
        if found:
            return found
    query = _NUMBER.sub("", work.raw).strip()
    if len(query) < 20:
        return None  # too little to search for
    candidates = await resolver.search(query)
    if candidates is None:
        return CheckResult(work.number, Status.NO_DOI, message="no DOI; the search was unreachable")
    match = best_match(work, candidates)
    if match is None:
        return CheckResult(work.number, Status.NO_DOI, message="no DOI; no convincing match found")
    hit = match.candidate
    return CheckResult(
        work.number,
        Status.NO_DOI,
        registered=hit.registered.work,
        suggested_doi=hit.registered.doi,
        score=round(match.score, 2),
        message=f"no DOI; Crossref suggests {hit.registered.doi} "
        f"(fields agree {match.score:.0%}, relevance {hit.score:.1f})",
    )


async def _arxiv_doi(resolver: Resolver, work: Work) -> CheckResult | None:
    """arXiv registers every preprint at DataCite as 10.48550/arXiv.ID: suggest it if it agrees."""
    doi = f"10.48550/arxiv.{re.sub(r'v[0-9]+$', '', work.arxiv)}".lower()
    lookup = (await resolver.resolve([doi]))[doi]
    if lookup.state is not State.FOUND or lookup.registered is None:
        return None
    score = validate(work, Candidate(lookup.registered, 0.0))
    if score < ACCEPT:
        return None
    return CheckResult(
        work.number,
        Status.NO_DOI,
        registered=lookup.registered.work,
        suggested_doi=doi,
        score=round(score, 2),
        message=f"no DOI; arXiv {work.arxiv} is registered as {doi} (fields agree {score:.0%})",
    )


_WRITTEN_DOI = re.compile(r"(?:\bdoi\b\s*[:.]?\s*|doi\.org/)(\S+)|\b(10\.\S*/\S+)", re.IGNORECASE)


def written_doi(raw: str) -> str | None:
    """Something written as a DOI, for references in which no valid DOI was found."""
    match = _WRITTEN_DOI.search(raw)
    if not match:
        return None
    return (match.group(1) or match.group(2)).rstrip(".,;")


def judge(work: Work, lookup: Lookup | None, suggestion: CheckResult | None = None) -> CheckResult:
    """The verdict for one reference, given what the registries said about its DOI."""
    base = CheckResult(work.number, Status.NO_DOI, line=work.line)
    if work.doi is None:
        written = written_doi(work.raw)
        if written:
            return _with(
                base,
                status=Status.INVALID,
                raw_doi=written,
                message=f"{written!r} cannot be a DOI, even repaired",
            )
        if suggestion:
            return _with(suggestion, line=work.line)
        return _with(base, message="no DOI")
    doi = work.doi
    base = _with(base, doi=doi.value, raw_doi=doi.raw)
    repaired = f"written {doi.raw!r}, repaired to {doi.value}" if doi.repaired else ""
    if lookup is None or lookup.state is State.UNREACHABLE:
        why = lookup.message if lookup else "not looked up"
        return _with(base, status=Status.UNREACHABLE, message=f"could not decide: {why}")
    if lookup.state is State.ABSENT:
        return _with(base, status=Status.NOT_FOUND, message=_join(lookup.message, repaired))
    if lookup.state is State.INVALID:
        return _with(base, status=Status.INVALID, message=_join(lookup.message, repaired))
    registered = lookup.registered
    if registered is None:
        status = Status.REPAIRED if doi.repaired else Status.OK
        return _with(base, status=status, message=_join(lookup.message, repaired))
    comparison = compare(work, registered)
    base = _with(base, differences=comparison.differences, registered=registered.work)
    if comparison.agreement is Agreement.MISMATCH:
        return _with(
            base,
            status=Status.MISMATCH,
            message=f"the DOI belongs to a different work: {comparison.reason}",
        )
    retraction = registered.retraction
    if retraction:
        return _with(base, status=Status.RETRACTED, message=retraction.describe())
    if doi.repaired:
        return _with(base, status=Status.REPAIRED, message=repaired)
    if comparison.agreement is Agreement.CORRECTIONS:
        fields = ", ".join(d.field for d in comparison.differences)
        return _with(base, status=Status.CORRECTIONS, message=f"the record differs in {fields}")
    return _with(base, status=Status.OK)


def _with(result: CheckResult, **changes: object) -> CheckResult:
    return replace(result, **changes)  # type: ignore[arg-type]


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)
