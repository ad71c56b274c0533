"""Every reference of every sample page, and every fixture record, in every style.

Golden files are `tests/golden/cite/{sample}_{style}.txt`, regenerated only with
`python -m pytest --regen-golden` and reviewed in the diff. Italic runs are shown between
asterisks, with no Markdown escaping, so the files read like the citations themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from cite_records import fixture_works
from citecli.model import Work
from citecli.page import parse_page
from citecli.styles import Style, citation_lines, export
from conftest import GOLDEN, SAMPLES
from golden_files import check_golden

SAMPLE_PAGES = sorted(SAMPLES.glob("*.txt"))
STYLES = list(Style)


def formatted(works: Sequence[Work], style: Style) -> str:
    if style.is_export:
        return export(works, style)
    lines = citation_lines(works, style, numbered=True)
    return "".join(
        "".join(f"*{run.text}*" if run.italic else run.text for run in line) + "\n"
        for line in lines
    )


def golden_path(name: str, style: Style) -> Path:
    return GOLDEN / "cite" / f"{name}_{style.value}.txt"


@pytest.mark.parametrize("style", STYLES, ids=[s.value for s in STYLES])
@pytest.mark.parametrize("page", SAMPLE_PAGES, ids=[p.stem for p in SAMPLE_PAGES])
def test_sample_references(page: Path, style: Style, regen_golden: bool) -> None:
    parsed = parse_page(page.read_text(encoding="utf-8"), source=page.name)
    assert parsed.references, f"{page.name}: no references parsed"
    check_golden(formatted(parsed.references, style), golden_path(page.stem, style), regen_golden)


@pytest.mark.parametrize("style", STYLES, ids=[s.value for s in STYLES])
def test_fixture_records(style: Style, regen_golden: bool) -> None:
    check_golden(formatted(fixture_works(), style), golden_path("references", style), regen_golden)
