"""End to end on the seed page: `cite samples/nalivkina-2025.txt` and the BibTeX round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from pybtex.database import parse_string
from typer.testing import CliRunner

from citecli.cli import app
from conftest import SAMPLES
from test_cite_seed import APA_MARKDOWN, GOST, VANCOUVER

SEED = str(SAMPLES / "nalivkina-2025.txt")
runner = CliRunner()


def cite(*args: str) -> str:
    result = runner.invoke(app, ["cite", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--style", "gost"], GOST),
        (["--style", "apa"], APA_MARKDOWN.replace("*", "")),
        (["--style", "apa", "--format", "markdown"], APA_MARKDOWN),
        (["--style", "vancouver"], VANCOUVER),
    ],
)
def test_the_article_of_the_seed_page(options: list[str], expected: str) -> None:
    assert cite(SEED, *options) == expected + "\n"


def test_the_article_of_the_seed_page_in_bibtex() -> None:
    entries = parse_string(cite(SEED, "--style", "bibtex"), "bibtex").entries
    assert list(entries) == ["nalivkina2025political"]
    fields = entries["nalivkina2025political"].fields
    assert fields["title"] == (
        "Political Aspects of Cooperation between {Russia} and {China} in the Field of "
        "Artificial Intelligence in Health Care"
    )
    assert (fields["pages"], fields["language"], fields["edn"]) == ("148--159", "russian", "PHCYCH")


def _unnumbered(output: str) -> list[str]:
    return [line.split(". ", 1)[1] for line in output.splitlines()]


@pytest.mark.parametrize("style", ["gost", "gost-2008", "apa", "vancouver"])
def test_parse_bibtex_then_cite_gives_the_page_references(tmp_path: Path, style: str) -> None:
    """`parse --format bibtex` + `cite refs.bib` == `cite page --references` (article first)."""
    parsed = runner.invoke(app, ["parse", SEED, "--format", "bibtex"])
    assert parsed.exit_code == 0, parsed.stderr
    bib = tmp_path / "refs.bib"
    bib.write_text(parsed.stdout, encoding="utf-8")
    from_bib = _unnumbered(cite(str(bib), "--style", style))
    from_page = _unnumbered(cite(SEED, "--style", style, "--references"))
    assert from_bib[0] == cite(SEED, "--style", style).rstrip("\n")
    assert from_bib[1:] == from_page
