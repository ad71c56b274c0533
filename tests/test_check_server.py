"""check-dois against the loopback registries: every status, faults, cache, etiquette."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path

import pytest

from citecli import __version__
from citecli.check import CheckOptions, CheckReport, RunStats, Status, check_pages, references_of
from citecli.model import Doi, Page, Person, Work
from conftest import SAMPLES
from registry_server import RegistryServer, load_json


def options(server: RegistryServer, cache_dir: Path, **changes: object) -> CheckOptions:
    base = CheckOptions(
        doi_url=server.url,
        crossref_url=server.url,
        datacite_url=server.url,
        mailto="tests@example.org",
        timeout=2.0,
        retries=2,
        backoff=0.01,
        cache_dir=cache_dir,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def run(pages: list[Page], opts: CheckOptions) -> tuple[list[CheckReport], RunStats]:
    return asyncio.run(check_pages(pages, opts))


def by_number(report: CheckReport) -> dict[int | None, object]:
    return {r.n: r for r in report.results}


def seed_page() -> Page:
    text = (SAMPLES / "nalivkina-2025.txt").read_text(encoding="utf-8")
    return references_of(text, source="nalivkina-2025.txt")


def cited(doi: str, *, raw: str = "", repaired: bool = False, **fields: object) -> Work:
    return Work(doi=Doi(doi, raw or doi, repaired), number=1, **fields)  # type: ignore[arg-type]


PLOS = dict(
    title="Methylphenidate exposure induces dopamine neuron loss and activation of microglia "
    "in the basal ganglia of mice",
    authors=(Person(family="Sadasivan", given="S."), Person(family="Pond", given="B. B.")),
    container="PLoS One",
    year=2012,
    volume="7",
    issue="3",
    pages="e33693",
)


def test_seed_page_verdicts_in_one_batched_request(
    registry_server: RegistryServer, tmp_path: Path
) -> None:
    [report], stats = run([seed_page()], options(registry_server, tmp_path))
    results = by_number(report)
    assert len(results) == 27
    mismatch = results[16]
    assert mismatch.status is Status.MISMATCH
    assert "Science" in mismatch.message and "2019" in mismatch.message
    assert [(d.field, d.registered) for d in mismatch.differences] == [
        ("journal", "Science"),
        ("year", "2019"),
    ]
    repaired = results[19]
    assert repaired.status is Status.REPAIRED
    assert (repaired.doi, repaired.raw_doi) == ("10.30491/jmm.22.2.98", "1 0.30491/JMM.22.2.98")
    assert results[10].status is Status.OK
    assert results[10].raw_doi == "http://dx.doi.org/10.18821/0016-9900-2019-98-1-5-10"
    assert results[6].doi == "10.17150/2587-7445.2020.4(3).326-334"
    statuses = {n: r.status.value for n, r in results.items()}
    assert statuses == {
        **{n: "no-doi" for n in (1, 2, 3, 8, 9, 11, 12, 15, 26, 27)},
        **{n: "ok" for n in (4, 5, 7, 10, 13, 14, 17, 18, 21, 22, 24, 25)},
        **{n: "corrections" for n in (6, 20, 23)},
        16: "mismatch",
        19: "repaired",
    }
    assert [(d.field, d.cited, d.registered) for d in repaired.differences] == [
        ("author", "Farahahni", "Farahani")
    ]
    # 17 DOIs, all filter-safe: one Crossref request answers every one of them
    assert stats.requests == 1
    assert len(registry_server.registry.requests_to("/works")) == 1


def test_every_status(registry_server: RegistryServer, tmp_path: Path) -> None:
    plos = "10.1371/journal.pone.0033693"
    works = [
        cited(plos, **PLOS),
        cited(plos, **{**PLOS, "year": 2013, "pages": "e33694"}),
        cited(plos, **{**PLOS, "title": "A theory of everything in economics"}),
        cited("10.1371/notarealdoi", title="Nothing"),
        Work(raw="5. Someone. A paper. 2020. DOI: 10.12/abc", number=5),
        cited("10.1021/am300292v", title="A synthetic record for a retracted article", year=2012),
        cited(
            "10.30491/jmm.22.2.98",
            raw="1 0.30491/JMM.22.2.98",
            repaired=True,
            authors=(Person(family="Farahahni", given="J. A."),),
            title="Non-Governmental and Voluntary Groups, "
            "Collaborators in the Fight against COVID-19",
            year=2020,
        ),
        Work(raw="8. A reference without any identifier, 2020.", number=8),
    ]
    works = [dataclasses.replace(w, number=i) for i, w in enumerate(works, 1)]
    [report], _ = run([Page(Work(), tuple(works))], options(registry_server, tmp_path))
    statuses = [r.status for r in report.results]
    assert statuses == [
        Status.OK,
        Status.CORRECTIONS,
        Status.MISMATCH,
        Status.NOT_FOUND,
        Status.INVALID,
        Status.RETRACTED,
        Status.REPAIRED,
        Status.NO_DOI,
    ]
    corrections = report.results[1].differences
    assert [(d.field, d.cited, d.registered) for d in corrections] == [
        ("year", "2013", "2012"),
        ("pages", "e33694", "e33693"),
    ]
    assert (
        "Retraction 10.1021/acsami.9b11759, 2019-07-26 (retraction-watch)"
        in report.results[5].message
    )
    assert report.results[6].differences[0].field == "author"
    assert report.results[4].raw_doi == "10.12/abc"
    assert report.summary == {
        "ok": 1,
        "corrections": 1,
        "mismatch": 1,
        "not-found": 1,
        "invalid": 1,
        "retracted": 1,
        "repaired": 1,
        "no-doi": 1,
    }


def test_hang_is_unreachable_and_the_run_ends(
    registry_server: RegistryServer, tmp_path: Path
) -> None:
    registry_server.registry.fault("/works", "hang", "hang", "hang")
    started = time.monotonic()
    [report], stats = run(
        [Page(Work(), (cited("10.1371/journal.pone.0033693", **PLOS),))],
        options(registry_server, tmp_path, timeout=0.3),
    )
    assert time.monotonic() - started < 5
    [result] = report.results
    assert result.status is Status.UNREACHABLE
    assert "timed out after 3 attempts" in result.message
    assert stats.requests == 3


def test_deadline_bounds_the_run(registry_server: RegistryServer, tmp_path: Path) -> None:
    registry_server.registry.fault("/works", *["hang"] * 10)
    started = time.monotonic()
    [report], _ = run(
        [Page(Work(), (cited("10.1038/srep16696"),))],
        options(registry_server, tmp_path, timeout=30, retries=5, deadline=0.5),
    )
    assert time.monotonic() - started < 3
    assert report.results[0].status is Status.UNREACHABLE


@pytest.mark.parametrize(
    ("faults", "throttled"),
    [(("429",), 1), (("503",), 0), (("reset",), 0), (("503", "429"), 1)],
)
def test_transient_faults_are_retried(
    registry_server: RegistryServer, tmp_path: Path, faults: tuple[str, ...], throttled: int
) -> None:
    registry_server.registry.fault("/works", *faults)
    [report], stats = run(
        [Page(Work(), (cited("10.1371/journal.pone.0033693", **PLOS),))],
        options(registry_server, tmp_path),
    )
    assert report.results[0].status is Status.OK
    assert stats.requests == len(faults) + 1
    assert stats.throttled == throttled


def test_retry_after_is_honoured(registry_server: RegistryServer, tmp_path: Path) -> None:
    registry_server.registry.fault("/works", "429-retry-after")
    started = time.monotonic()
    [report], stats = run(
        [Page(Work(), (cited("10.1371/journal.pone.0033693", **PLOS),))],
        options(registry_server, tmp_path),
    )
    assert time.monotonic() - started >= 1.0
    assert report.results[0].status is Status.OK
    assert stats.throttled == 1


@pytest.mark.parametrize("fault", ["bad-json", "html"])
def test_broken_answers_are_unreachable_not_missing(
    registry_server: RegistryServer, tmp_path: Path, fault: str
) -> None:
    registry_server.registry.fault("/works", fault)
    [report], _ = run(
        [Page(Work(), (cited("10.1371/journal.pone.0033693", **PLOS),))],
        options(registry_server, tmp_path),
    )
    result = report.results[0]
    assert result.status is Status.UNREACHABLE
    assert (
        "invalid JSON" if fault == "bad-json" else "expected JSON, got text/html"
    ) in result.message


def test_persistent_429_is_unreachable(registry_server: RegistryServer, tmp_path: Path) -> None:
    registry_server.registry.fault("/works", "429", "429", "429")
    [report], stats = run(
        [Page(Work(), (cited("10.1371/journal.pone.0033693", **PLOS),))],
        options(registry_server, tmp_path),
    )
    assert report.results[0].status is Status.UNREACHABLE
    assert "HTTP 429 after 3 attempts" in report.results[0].message
    assert stats.throttled == 3


def test_other_agencies(registry_server: RegistryServer, tmp_path: Path) -> None:
    works = (
        cited(
            "10.5281/zenodo.3596961",
            title="ALSETLab/sysml.powersystems.framework: Release Linked to Zenodo",
            year=2020,
        ),
        cited(
            "10.1430/8105", title="Una rivista sintetica", container="Rivista Sintetica", year=1999
        ),
    )
    [report], _ = run([Page(Work(), works)], options(registry_server, tmp_path))
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    registry = registry_server.registry
    assert len(registry.requests_to("/ra/")) == 2
    assert len(registry.requests_to("/dois/10.5281/zenodo.3596961")) == 1
    [conneg] = [s for s in registry.seen if s.path == "/10.1430/8105"]
    assert conneg.headers["Accept"] == "application/vnd.citationstyles.csl+json"


def test_handle_api_decides_when_ra_cannot(registry_server: RegistryServer, tmp_path: Path) -> None:
    registry_server.registry.fault("/ra/", "html")
    [report], _ = run(
        [Page(Work(), (cited("10.1371/notarealdoi"),))], options(registry_server, tmp_path)
    )
    assert report.results[0].status is Status.NOT_FOUND
    assert len(registry_server.registry.requests_to("/api/handles/10.1371/notarealdoi")) == 1


def test_sici_doi_is_percent_encoded_and_looked_up_alone(
    registry_server: RegistryServer, tmp_path: Path
) -> None:
    sici = "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-#"
    works = (
        cited(sici, title="A synthetic record for a SICI DOI", year=1998),
        cited("10.1371/journal.pone.0033693", **PLOS),
    )
    [report], _ = run([Page(Work(), works)], options(registry_server, tmp_path))
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    [single] = registry_server.registry.requests_to("/works/10.1002/")
    assert "%3C693::aid-asi4%3E3.0.co%3B2-%23" in single.raw_path
    [batch] = [s for s in registry_server.registry.seen if s.path == "/works"]
    assert batch.query["filter"] == ["doi:10.1371/journal.pone.0033693"]


def test_user_agent_names_version_and_mailto(
    registry_server: RegistryServer, tmp_path: Path
) -> None:
    run([Page(Work(), (cited("10.1038/srep16696"),))], options(registry_server, tmp_path))
    [seen] = registry_server.registry.seen
    assert seen.headers["User-Agent"] == f"citecli/{__version__} (mailto:tests@example.org)"


def test_second_run_comes_from_the_cache(registry_server: RegistryServer, tmp_path: Path) -> None:
    page = seed_page()
    opts = options(registry_server, tmp_path)
    first, _ = run([page], opts)
    sent = len(registry_server.registry.seen)
    second, stats = run([page], opts)
    assert len(registry_server.registry.seen) == sent
    assert stats.requests == 0 and stats.cache_hits == 17
    assert first[0].results == second[0].results


def test_unreachable_is_never_cached(registry_server: RegistryServer, tmp_path: Path) -> None:
    page = Page(Work(), (cited("10.1371/journal.pone.0033693", **PLOS),))
    registry_server.registry.fault("/works", "503", "503", "503")
    [report], _ = run([page], options(registry_server, tmp_path))
    assert report.results[0].status is Status.UNREACHABLE
    [report], stats = run([page], options(registry_server, tmp_path))
    assert report.results[0].status is Status.OK
    assert stats.cache_hits == 0 and stats.requests == 1


def test_not_found_is_cached_and_expires(registry_server: RegistryServer, tmp_path: Path) -> None:
    page = Page(Work(), (cited("10.1371/notarealdoi"),))
    run([page], options(registry_server, tmp_path))
    _, cached = run([page], options(registry_server, tmp_path))
    assert (cached.requests, cached.cache_hits) == (0, 1)
    _, expired = run([page], options(registry_server, tmp_path, max_age=0))
    assert expired.requests == 2  # the batch, then doi.org/ra
    _, uncached = run([page], options(registry_server, tmp_path, use_cache=False))
    assert uncached.requests == 2


def test_corrupt_cache_is_rebuilt_with_a_warning(
    registry_server: RegistryServer, tmp_path: Path
) -> None:
    (tmp_path / "check-dois.sqlite3").write_bytes(b"this is not a database" * 100)
    page = Page(Work(), (cited("10.1038/srep16696"),))
    with pytest.warns(UserWarning, match="unreadable"):
        [report], _ = run([page], options(registry_server, tmp_path))
    assert report.results[0].status is Status.OK
    _, stats = run([page], options(registry_server, tmp_path))
    assert stats.cache_hits == 1


@pytest.mark.parametrize(
    "recording",
    [
        "crossref_works_10.1371_journal.pone.0033693.meta.json",  # public pool: 5/s, 1 at once
        "crossref_works_10.1016_j.neurobiolaging.2010.03.024.meta.json",  # polite: 10/s, 3
    ],
)
def test_concurrency_follows_the_recorded_headers(
    registry_server: RegistryServer, tmp_path: Path, recording: str
) -> None:
    headers = load_json(recording)["response"]["headers"]
    registry = registry_server.registry
    registry.limit = int(headers["x-rate-limit-limit"])
    registry.concurrency = int(headers["x-concurrency-limit"])
    registry.latency = 0.3  # longer than the request spacing: requests overlap
    registry.enforce_limits = True
    # SICI-like DOIs cannot ride in a filter: one request each, many in flight at once
    dois = [f"10.1002/(sici)test;{i}" for i in range(6)]
    for doi in dois:
        registry.crossref[doi] = {"DOI": doi, "title": [f"Work {doi}"]}
    page = Page(Work(), tuple(cited(d) for d in dois))
    [report], stats = run([page], options(registry_server, tmp_path, use_cache=False))
    assert {r.status for r in report.results} == {Status.OK}
    assert registry.peak == registry.concurrency == max(stats.peak_concurrency.values())
    assert registry.too_many == 0 and stats.throttled == 0


def test_concurrency_option_caps_requests_in_flight(
    registry_server: RegistryServer, tmp_path: Path
) -> None:
    registry = registry_server.registry
    registry.latency = 0.3
    dois = [f"10.1002/(sici)test;{i}" for i in range(4)]
    for doi in dois:
        registry.crossref[doi] = {"DOI": doi, "title": [f"Work {doi}"]}
    page = Page(Work(), tuple(cited(d) for d in dois))
    run([page], options(registry_server, tmp_path, use_cache=False, concurrency=1))
    assert registry.peak == 1


def test_suggestions_are_validated(registry_server: RegistryServer, tmp_path: Path) -> None:
    good = Work(
        number=1,
        raw="[1]D. Tkaczyk, P. Szostek, M. Fedoryszak, P. J. Dendek, and L. Bolikowski, "
        "“CERMINE: automatic extraction of structured metadata from scientific literature,” "
        "IJDAR, vol. 18, no. 4, pp. 317–335, 2015.",
    )
    bad = dataclasses.replace(
        good,
        number=2,
        raw=good.raw.replace(
            "vol. 18, no. 4, pp. 317–335, 2015", "vol. 14, no. 40, pp. 310–335, 2016"
        ),
    )
    [report], _ = run([Page(Work(), (good, bad))], options(registry_server, tmp_path, suggest=True))
    first, second = report.results
    assert first.status is Status.NO_DOI and first.suggested_doi == "10.1007/s10032-015-0249-8"
    assert first.score == 1.0
    assert second.status is Status.NO_DOI and second.suggested_doi is None
    assert second.message == "no DOI; no convincing match found"
    assert len(registry_server.registry.seen) == 2


def test_arxiv_preprint_gets_its_datacite_doi(
    registry_server: RegistryServer, tmp_path: Path
) -> None:
    page = seed_page()
    [report], _ = run([page], options(registry_server, tmp_path, suggest=True))
    results = by_number(report)
    assert results[26].suggested_doi == "10.48550/arxiv.2304.06975"
    assert results[26].status is Status.NO_DOI and results[26].score == 1.0
    assert results[27].suggested_doi is None  # not registered in the loopback DataCite
    assert len(registry_server.registry.requests_to("/dois/10.48550/arxiv.2304.06975")) == 1


def test_refused_filter_falls_back_to_single_lookups(
    registry_server: RegistryServer, tmp_path: Path
) -> None:
    registry_server.registry.fault("/works", "400")
    works = (cited("10.1371/journal.pone.0033693", **PLOS), cited("10.1038/srep16696"))
    [report], stats = run([Page(Work(), works)], options(registry_server, tmp_path))
    assert [r.status for r in report.results] == [Status.OK, Status.OK]
    assert stats.requests == 3
    assert len(registry_server.registry.requests_to("/works/")) == 2


def ref(
    n: int,
    doi: str,
    authors: str,
    title: str,
    journal: str,
    year: int,
    number: str,
    pages: str,
    *,
    raw_doi: str = "",
    volume: str = "",
) -> Work:
    """A seed reference as a complete parser reads it: "N 48 (2)" left in `issue`."""
    people = tuple(
        Person(family=a.split()[0], given=" ".join(a.split()[1:])) for a in authors.split(", ")
    )
    repaired = bool(raw_doi)
    return Work(
        number=n,
        doi=Doi(doi, raw_doi or doi, repaired),
        authors=people,
        title=title,
        container=journal,
        year=year,
        volume=volume,
        issue=number,
        pages=pages,
    )


SEED_PARSED = (
    ref(
        6,
        "10.17150/2587-7445.2020.4(3).326-334",
        "Golubeva A. S.",
        "Sino-Russian scientific and technical cooperation: experience and prospects",
        "Russian-Chinese studies",
        2020,
        "4",
        "326-334",
        volume="4",
    ),
    ref(
        16,
        "10.1126/science.aaw1944",
        "Boeckel T.",
        "Global trends in antimicrobial resistance in animals in low- and middle-income countries",
        "International Journal of Infectious Diseases",
        2020,
        "101",
        "15-22",
    ),
    ref(
        17,
        "10.1089/hs.2019.0062",
        "Clara A., Ndiaye S. M.",
        "Community-Based Surveillance in Côte d’Ivoire",
        "Health security",
        2020,
        "18 (S1)",
        "25-31",
    ),
    ref(
        19,
        "10.30491/jmm.22.2.98",
        "Farahahni J. A., Ebrahimnia M.",
        "Non-Governmental and Voluntary Groups, Collaborators in the Fight against COVID-19",
        "Journal of Military Medicine",
        2020,
        "22 (2)",
        "98-110",
        raw_doi="1 0.30491/JMM.22.2.98",
    ),
    ref(
        20,
        "10.1038/s41586-020-2562-8",
        "Gibb R.",
        "Zoonotic host diversity increases in human-dominated ecosystems",
        "Nature",
        2020,
        "584",
        "398-405",
    ),
    ref(
        22,
        "10.1093/heapol/czz043",
        "Heller O., Somerville C.",
        "The process of prioritization of non-communicable diseases "
        "in the global health policy arena",
        "Health Policy Plan",
        2019,
        "34",
        "370-378",
    ),
    ref(
        23,
        "10.1136/bmjgh-2019-001878",
        "Kuehnel A., Keating P.",
        "Event-based surveillance at health facility and community level in low-income and "
        "middle-income countries: a systematic review",
        "BMJ Glob Health",
        2019,
        "4 (1)",
        "75-81",
    ),
    ref(
        25,
        "10.1332/030557320x15786631116992",
        "Ugyel L., Daugbjerg C.",
        "Successful policy transfer and public sector reform in developing countries",
        "Policy Polit",
        2020,
        "48 (4)",
        "15-22",
    ),
)


def test_seed_references_parsed_in_full(registry_server: RegistryServer, tmp_path: Path) -> None:
    [report], _ = run([Page(Work(), SEED_PARSED)], options(registry_server, tmp_path))
    got = {
        r.n: (r.status.value, [(d.field, d.cited, d.registered) for d in r.differences])
        for r in report.results
    }
    assert got == {
        6: ("corrections", [("issue", "4", "3")]),
        16: (
            "mismatch",
            [
                ("journal", "International Journal of Infectious Diseases", "Science"),
                ("year", "2020", "2019"),
            ],
        ),
        17: ("ok", []),
        19: ("repaired", [("author", "Farahahni", "Farahani")]),
        20: ("corrections", [("pages", "398-405", "398-402")]),
        22: ("ok", []),
        23: ("corrections", [("pages", "75-81", "e001878")]),
        25: ("ok", []),
    }
