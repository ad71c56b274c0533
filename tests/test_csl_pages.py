"""CSL-JSON round trip for everything the page parser produces, warnings' line numbers included."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecli.csl import work_from_csl, work_to_csl
from citecli.model import Diagnostic, Work
from citecli.page import parse_page
from conftest import SAMPLES


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_parsed_work_round_trips(sample: Path) -> None:
    page = parse_page(sample.read_text(encoding="utf-8"))
    for work in (page.article, *page.references):
        assert work_from_csl(work_to_csl(work)) == work


@pytest.mark.parametrize(
    "diagnostic",
    [Diagnostic("no year found", 12), Diagnostic("no year found"), Diagnostic("line: odd", None)],
)
def test_warnings_keep_their_line(diagnostic: Diagnostic) -> None:
    work = Work(title="T", diagnostics=(diagnostic,))
    assert work_from_csl(work_to_csl(work)).diagnostics == (diagnostic,)
