"""DOI / EDN / arXiv / ISBN / URL extraction: table-driven, plus properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecli import identifiers
from citecli.identifiers import (
    doi_url_path,
    find_arxiv,
    find_dois,
    find_edn,
    find_isbn,
    find_urls,
    is_doi,
    normalize_doi,
)
from timing import seconds

# (text, normalised DOI, raw as written, repaired?)
DOI_CASES = [
    (
        "DOI: 10.52311/2079-3359_2023_6_76.",
        "10.52311/2079-3359_2023_6_76",
        "10.52311/2079-3359_2023_6_76",
        False,
    ),
    ("DOI: 1 0.30491/JMM.22.2.98", "10.30491/jmm.22.2.98", "1 0.30491/JMM.22.2.98", True),
    (
        "DOI: http://dx.doi.org/10.18821/0016-9900-2019-98-1-5-10.",
        "10.18821/0016-9900-2019-98-1-5-10",
        "http://dx.doi.org/10.18821/0016-9900-2019-98-1-5-10",
        False,
    ),
    (
        "DOI: 10.17150/2587-7445.2020.4(3).326-334.",
        "10.17150/2587-7445.2020.4(3).326-334",
        "10.17150/2587-7445.2020.4(3).326-334",
        False,
    ),
    ("(see doi:10.1000/xyz).", "10.1000/xyz", "doi:10.1000/xyz", False),
    (
        "https://doi.org/10.1002%2Fjor.1100150407 here",
        "10.1002/jor.1100150407",
        "https://doi.org/10.1002%2Fjor.1100150407",
        False,
    ),
    (
        "doi 10. 1038/s41586-020-2562-8,",
        "10.1038/s41586-020-2562-8",
        "10. 1038/s41586-020-2562-8",
        True,
    ),
    (  # broken after a hyphen, as at a line's end
        "DOI: 10.32609/0042- 8736-2020-1-5-20. EDN: ABCDEF",
        "10.32609/0042-8736-2020-1-5-20",
        "10.32609/0042- 8736-2020-1-5-20",
        True,
    ),
    # (a space after a DOI ends it before words: "(see doi:10.1000/xyz)." above)
    ("DOI: 10.1000/xyz- see p. 5", "10.1000/xyz-", "10.1000/xyz-", False),
    (
        "DOI: 10.1038/s41586–020–2562–8.",
        "10.1038/s41586-020-2562-8",
        "10.1038/s41586–020–2562–8",
        True,
    ),
    (
        "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-#",
        "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-#",
        "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-#",
        False,
    ),
    (
        "[10.1175/1520-0477(1996)077<0935:WOTWSM>2.0.CO;2]",
        "10.1175/1520-0477(1996)077<0935:wotwsm>2.0.co;2",
        "10.1175/1520-0477(1996)077<0935:WOTWSM>2.0.CO;2",
        False,
    ),
]


@pytest.mark.parametrize(("text", "value", "raw", "repaired"), DOI_CASES)
def test_find_dois(text: str, value: str, raw: str, repaired: bool) -> None:
    [doi] = find_dois(text)
    assert (doi.value, doi.raw, doi.repaired) == (value, raw, repaired)


def test_no_doi_in_plain_text() -> None:
    assert find_dois("Nature. 2020. N 584. P. 398–405. 10.5 kg of 10/20") == []


def test_several_dois_in_order() -> None:
    dois = find_dois("a doi:10.1000/one and https://doi.org/10.1000/two.")
    assert [d.value for d in dois] == ["10.1000/one", "10.1000/two"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://doi.org/10.1000/ABC", "10.1000/abc"),
        ("doi:10.1000/abc.", "10.1000/abc"),
        ("DOI 10.1000/abc", "10.1000/abc"),
        ("https://doi.org/doi:10.1000/abc", "10.1000/abc"),
        ("10.1000/a b", None),
        ("foo", None),
        ("10.1000/", None),
    ],
)
def test_normalize_doi(text: str, expected: str | None) -> None:
    assert normalize_doi(text) == expected


def test_doi_url_path_encodes_what_the_handbook_requires() -> None:
    path = doi_url_path("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-#")
    assert path == "10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO%3B2-%23"
    assert doi_url_path("10.1021/jp031064+") == "10.1021/jp031064%2B"
    assert doi_url_path("10.1000/a?b%c d") == "10.1000/a%3Fb%25c%20d"


def test_other_identifiers() -> None:
    assert find_edn("(In Russ.). EDN WAQWKH") == "WAQWKH"
    assert find_edn("EDN: PHCYCH") == "PHCYCH"
    assert find_arxiv("arXiv:2304.06975v2 [cs.CL]") == "2304.06975v2"
    assert find_arxiv("URL: https://arxiv.org/abs/2308.03549 (date") == "2308.03549"
    assert find_urls("URL: https://arxiv.org/abs/2304.06975 (date of access)") == [
        "https://arxiv.org/abs/2304.06975"
    ]
    assert find_urls("(see https://example.org/a_(b)).") == ["https://example.org/a_(b)"]
    assert find_isbn("ISBN 978-3-16-148410-0.") == "978-3-16-148410-0"
    assert find_isbn("ISBN 978-3-16-148410-1.") == ""  # bad check digit


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_doi_is_idempotent(text: str) -> None:
    once = normalize_doi(text)
    if once is not None:
        assert normalize_doi(once) == once
        assert is_doi(once)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="10./()<>;#: doiDOI-abcx\u2013", max_size=200))
def test_found_dois_are_normalised(text: str) -> None:
    for doi in find_dois(text):
        assert normalize_doi(doi.value) == doi.value


# DOIs broken after their labels: the labels in any case ("İ" and "ı" are an "i" when case
# is ignored), after a word's letter or not; the broken prefixes; the suffixes, broken or not
_LABELS = ("doi", "DOI", "Doi", "dOİ", "doı", "doi.org/", "DOI.ORG/", "Doi.Org/", "xdoi", "_DOI")
_LABELS += ("édoi", "1doi", "(doi", "ǅoi", "Ǆoi", "dx.doi.org/", "do", "i")
_FILLERS = ("x", " ", ". ", "\n", "K", "\u212a", "ſ", "«", "-", "d")
_BROKEN_DOIS = st.tuples(
    st.lists(st.sampled_from(_FILLERS), max_size=3).map("".join),
    st.sampled_from(_LABELS),
    st.sampled_from(("", ":", ": ", ".", " ", " : ", "\n")),
    st.sampled_from(("10.", "1 0.", "10. ", "1 0 . ", "10", "1.")),
    st.sampled_from(("1038", "30491", "12", "1038.2")),
    st.sampled_from(("/", " /", "/ ", " / ", "")),
    st.lists(st.sampled_from(("JMM.22", "0042-", " 8736", "-", "«", " ", "x", ".")), max_size=4),
).map(lambda parts: "".join(parts[:-1]) + "".join(parts[-1]))


@settings(max_examples=1000, deadline=None)
@given(st.lists(_BROKEN_DOIS, min_size=1, max_size=3).map("".join))
def test_a_broken_doi_is_found_as_by_the_pattern_ignoring_case(text: str) -> None:
    # _BROKEN_AFTER_LABEL is led by "[Dd]" and ignores case in the label only
    plain = re.compile(r"(?:\bdoi\s*[:.]?|doi\.org/)\s*" + identifiers._BROKEN_DOI, re.IGNORECASE)
    found = [(m.span(), m.group(1)) for m in identifiers._BROKEN_AFTER_LABEL.finditer(text)]
    assert found == [(m.span(), m.group(1)) for m in plain.finditer(text)]


def test_hostile_line_is_linear() -> None:
    text = "10.1000/" + "(" * 20_000 + " doi " * 60_000
    assert seconds(lambda t: (find_dois(t), find_urls(t)), text) < 2.0
