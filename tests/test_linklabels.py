"""Link labels of journal sites copied with a reference list (`citecli.page.linklabels`)."""

from __future__ import annotations

import pytest

from citecli.page.linklabels import without_link_labels

REFERENCE = "Tao F. Digital twin. IEEE Trans Ind Inform. 2019;15(4):2405-2415."


@pytest.mark.parametrize(
    "line",
    [
        "Google Scholar",
        "Crossref | Google Scholar",
        "[Crossref] [PubMed] [Google Scholar]",
        "Full Text | PubMed",
        "РИНЦ",
    ],
)
def test_a_line_of_labels_is_dropped(line: str) -> None:
    assert without_link_labels(line) == ""


@pytest.mark.parametrize(
    "labels",
    [
        " Crossref Google Scholar",  # OJS
        " [PubMed] [Google Scholar]",  # PMC
        " Article CAS PubMed Google Scholar",  # Springer
        " PubMed Abstract | Publisher Full Text | Google Scholar",  # Frontiers
        " View Article PubMed/NCBI Google Scholar",  # PLOS
        " РИНЦ",
    ],
)
def test_labels_after_a_reference_are_cut(labels: str) -> None:
    assert without_link_labels(REFERENCE + labels) == REFERENCE


def test_labels_after_a_link_are_cut() -> None:
    line = "Smith J. Title. Lancet. doi:10.1016/S0140-6736(18)30309-X PubMed Crossref"
    assert without_link_labels(line) == line.removesuffix(" PubMed Crossref")


@pytest.mark.parametrize(
    "line",
    [
        "Comparing PubMed, Scopus, Web of Science, and Google Scholar",  # after a word
        "Abstract thinking in children. Child Dev. 2019;5:1-2.",
        "Smith J. Title. 2019. Abstract",  # a weak label alone is no run of labels
        "Full Text of the law",
    ],
)
def test_text_that_only_looks_like_labels_stays(line: str) -> None:
    assert without_link_labels(line) == line


def test_a_line_that_the_next_one_continues_keeps_its_end() -> None:
    # "Harzing AW. (2016). Google Scholar, Scopus" + "and the Web of Science: …"
    line = "Harzing AW, Alakangas S. (2016). Google Scholar, Scopus"
    assert without_link_labels(line, continued=True) == line
