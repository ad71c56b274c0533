"""The `citecli cite` examples in the README are real output."""

from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from citecli.cli import app
from conftest import ROOT

SECTION = (ROOT / "README.md").read_text(encoding="utf-8").split("### `citecli cite`")[1]
SECTION = SECTION.split("\n## ")[0]
# "$ citecli cite ARGS" and the lines printed after it, up to a blank line or the fence
EXAMPLE = re.compile(r"^\$ citecli (cite .*)\n((?:(?!\$ |```).+\n)*)", re.MULTILINE)
EXAMPLES = EXAMPLE.findall(SECTION)


def test_the_section_has_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_example_output(command: str, shown: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, shlex.split(command))
    printed = result.stdout + result.stderr
    if shown.rstrip().endswith("…"):  # an excerpt: its lines start the output
        assert printed.startswith(shown.rstrip().removesuffix("…"))
    else:
        assert printed == shown
