"""Compare text with a golden file or rewrite it (`--regen-golden`); a unified diff on failure."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest


def check_golden(actual: str, path: Path, regen: bool) -> None:
    if regen:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with `python -m pytest --regen-golden`")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=str(path),
            tofile="actual",
        )
        pytest.fail("output differs from the golden file:\n" + "".join(diff), pytrace=False)
