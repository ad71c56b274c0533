"""Cited vs registered, table-driven: every tolerance the issue names, and where it stops."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecli.compare import Agreement, compare, journal_matches, title_similarity
from citecli.model import Person, Work
from citecli.registry import Agency, RegisteredWork

RECORD = Work(
    title="Successful policy transfer and public sector reform in developing countries",
    authors=(Person(family="Ugyel", given="Lhawang"), Person(family="Daugbjerg", given="Carsten")),
    container="Policy &amp; Politics",
    year=2020,
    volume="48",
    issue="4",
    pages="15-22",
)
REGISTERED = RegisteredWork(
    "10.1332/x", Agency.CROSSREF, RECORD, short_containers=("Policy Polit",), years=(2020,)
)
CITED = Work(
    title="Successful policy transfer and public sector reform in developing countries",
    authors=(Person(family="Ugyel", given="L."), Person(family="Daugbjerg", given="C.")),
    container="Policy Polit",
    year=2020,
    volume="48",
    issue="4",
    pages="15-22",
)


@pytest.mark.parametrize(
    ("changes", "agreement", "differences"),
    [
        ({}, Agreement.AGREES, []),
        # "N 48 (2)" written as one field, in either field
        ({"volume": "", "issue": "48 (4)"}, Agreement.AGREES, []),
        ({"volume": "48 (4)", "issue": ""}, Agreement.AGREES, []),
        # "N 48": a lone number for a journal with volumes is the volume
        ({"volume": "", "issue": "48"}, Agreement.AGREES, []),
        ({"container": "Policy & Politics"}, Agreement.AGREES, []),
        (
            {
                "title": "SUCCESSFUL POLICY TRANSFER and public sector reform "
                "in developing countries."
            },
            Agreement.AGREES,
            [],
        ),
        ({"pages": "15–22"}, Agreement.AGREES, []),
        ({"year": 2021}, Agreement.CORRECTIONS, [("year", "2021", "2020")]),
        ({"volume": "", "issue": "48 (2)"}, Agreement.CORRECTIONS, [("issue", "2", "4")]),
        ({"volume": "47"}, Agreement.CORRECTIONS, [("volume", "47", "48")]),
        ({"pages": "16-22"}, Agreement.CORRECTIONS, [("pages", "16-22", "15-22")]),
        (
            {"authors": (Person(family="Ugiel", given="L."),)},
            Agreement.CORRECTIONS,
            [("author", "Ugiel", "Ugyel")],
        ),
        (
            {"container": "Policy Sciences"},
            Agreement.CORRECTIONS,
            [("journal", "Policy Sciences", "Policy & Politics")],
        ),
        (
            {"container": "Int J Infect Dis", "year": 2019},
            Agreement.MISMATCH,
            [("journal", "Int J Infect Dis", "Policy & Politics"), ("year", "2019", "2020")],
        ),
        (
            {"title": "Global trends in antimicrobial resistance in animals"},
            Agreement.MISMATCH,
            [
                (
                    "title",
                    "Global trends in antimicrobial resistance in animals",
                    "Successful policy transfer and public sector reform in developing countries",
                )
            ],
        ),
    ],
)
def test_compare(
    changes: dict[str, object], agreement: Agreement, differences: list[tuple[str, str, str]]
) -> None:
    comparison = compare(CITED.replace(**changes), REGISTERED)
    assert comparison.agreement is agreement
    assert [(d.field, d.cited, d.registered) for d in comparison.differences] == differences


def test_year_may_be_print_or_online() -> None:
    registered = RegisteredWork(
        "10.1/x", Agency.CROSSREF, RECORD.replace(year=2018), years=(2018, 2019)
    )
    assert compare(CITED.replace(year=2019), registered).agreement is Agreement.AGREES


def test_article_number_stands_for_pages() -> None:
    registered = RegisteredWork(
        "10.1/x", Agency.CROSSREF, RECORD.replace(pages="", article_number="e001878")
    )
    assert compare(CITED.replace(pages="e001878"), registered).agreement is Agreement.AGREES
    differs = compare(CITED.replace(pages="75-81"), registered)
    assert [(d.field, d.registered) for d in differs.differences] == [("pages", "e001878")]


def test_unparsed_reference_is_compared_through_its_text() -> None:
    raw = (
        "16. Boeckel T. Global trends in antimicrobial resistance in animals in low- and "
        "middle-income countries // International Journal of Infectious Diseases. 2020. "
        "N 101. P. 15–22. DOI: 10.1126/science.aaw1944."
    )
    science = RegisteredWork(
        "10.1126/science.aaw1944",
        Agency.CROSSREF,
        Work(
            title="Global trends in antimicrobial resistance in animals "
            "in low- and middle-income countries",
            container="Science",
            year=2019,
        ),
        short_containers=("Science",),
        years=(2019,),
    )
    comparison = compare(Work(raw=raw, year=2020), science)
    assert comparison.agreement is Agreement.MISMATCH
    assert comparison.reason == "registered for Science 2019"
    same_year = compare(Work(raw=raw.replace("2020", "2019"), year=2019), science)
    assert same_year.agreement is Agreement.AGREES  # the journal alone is no correction


@pytest.mark.parametrize(
    ("cited", "registered", "same"),
    [
        ("BMJ Glob Health", "BMJ Global Health", True),
        ("Policy Polit", "Policy & Politics", True),
        ("Health Policy Plan", "Health Policy and Planning", True),
        ("Nature", "Nature Human Behaviour", False),
        ("Science", "Nature", False),
        ("Int J Infect Dis", "International Journal of Infectious Diseases", True),
    ],
)
def test_journal_abbreviations(cited: str, registered: str, same: bool) -> None:
    assert journal_matches(cited, registered) is same


def test_title_markup_and_case() -> None:
    assert (
        title_similarity(
            "Rapid synthesis of TiO2 nanotubes",
            "Rapid synthesis of TiO<sub>2</sub> <i>nanotubes</i>",
        )
        == 1.0
    )
    assert title_similarity("Evolving resistance", "A theory of taxation") < 0.5


@given(
    raw=st.text(max_size=300),
    title=st.text(max_size=120),
    container=st.text(max_size=60),
    volume=st.text(max_size=12),
    issue=st.text(max_size=12),
    pages=st.text(max_size=12),
)
@settings(max_examples=200, deadline=None)
def test_compare_never_raises(
    raw: str, title: str, container: str, volume: str, issue: str, pages: str
) -> None:
    work = Work(raw=raw, title=title, container=container, volume=volume, issue=issue, pages=pages)
    assert compare(work, REGISTERED).agreement in set(Agreement)


RUSSIAN = RegisteredWork(
    "10.52311/2079-3359_2023_6_76",
    Agency.CROSSREF,
    Work(
        title="ИСКУССТВЕННЫЙ ИНТЕЛЛЕКТ И КОНТУРЫ ТЕХНОЛОГИЧЕСКОЙ СИНГУЛЯРНОСТИ",
        authors=(Person(family="Виловатых", given="А. В."),),
        container="Проблемы национальной стратегии",
        year=2023,
        issue="6",
        pages="76-95",
    ),
    years=(2023,),
)


@pytest.mark.parametrize(
    ("changes", "agreement", "differences"),
    [
        # an English translation of a Russian title is not compared; the rest is, transliterated
        ({}, Agreement.AGREES, []),
        (
            {"authors": (Person(family="Vilovatyh", given="A. V."),)},
            Agreement.CORRECTIONS,
            [("author", "Vilovatyh", "Виловатых")],
        ),
        ({"issue": "7 (82)"}, Agreement.CORRECTIONS, [("issue", "7", "6")]),
        (
            {"container": "Economic Review", "container_translated": "", "year": 2021},
            Agreement.MISMATCH,
            [
                ("journal", "Economic Review", "Проблемы национальной стратегии"),
                ("year", "2021", "2023"),
            ],
        ),
    ],
)
def test_russian_record_and_transliterated_citation(
    changes: dict[str, object], agreement: Agreement, differences: list[tuple[str, str, str]]
) -> None:
    cited = Work(
        title="Artificial intelligence and the contours of technological singularity",
        authors=(Person(family="Vilovatykh", given="A. V."),),
        container="Problems of national strategy",
        container_translated="Problemy natsional’noi strategii",
        year=2023,
        issue="6 (81)",  # Russian: issue 6, running number 81
        pages="76-95",
    ).replace(**changes)
    comparison = compare(cited, RUSSIAN)
    assert comparison.agreement is agreement
    assert [(d.field, d.cited, d.registered) for d in comparison.differences] == differences


def test_translated_journal_names_are_no_correction() -> None:
    cited = CITED.replace(container="Politics and Policy Review", container_translated="Politika")
    assert compare(cited, REGISTERED).agreement is Agreement.AGREES
    cited = CITED.replace(container="Politics and Policy Review", language="ru")
    assert compare(cited, REGISTERED).agreement is Agreement.AGREES
    with_year = compare(cited.replace(year=2015), REGISTERED)
    assert with_year.agreement is Agreement.MISMATCH  # with the year it still decides
