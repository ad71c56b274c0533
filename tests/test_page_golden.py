"""Golden files: `citecli parse SAMPLE --format json` for every page in samples/.

Regenerate with `python -m pytest --regen-golden` and review the diff before committing.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citecli.cli import app
from conftest import GOLDEN, SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def test_there_are_samples_to_compare() -> None:
    assert len(SAMPLE_FILES) >= 7


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
def test_parse_json_matches_golden(sample: Path, regen_golden: bool) -> None:
    result = CliRunner().invoke(app, ["parse", str(sample), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / f"{sample.stem}.json"
    if regen_golden:
        golden.write_text(result.stdout, encoding="utf-8")
        return
    expected = golden.read_text(encoding="utf-8")
    if result.stdout != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            result.stdout.splitlines(keepends=True),
            fromfile=str(golden.relative_to(GOLDEN.parent.parent)),
            tofile=f"parse {sample.name} --format json",
        )
        pytest.fail("output differs from the golden file:\n" + "".join(diff), pytrace=False)
