"""`citecli cite` through Typer's CliRunner, and once as a real process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cite_records import REFERENCES_JSON, SEED_ARTICLE, fixture_works
from citecli.cli import app
from citecli.styles import Style, export

runner = CliRunner()

SEED_GOST = (
    "Nalivkina, A. D. Political Aspects of Cooperation between Russia and China in the Field "
    "of Artificial Intelligence in Health Care / A. D. Nalivkina // Administrative Consulting. "
    "– 2025. – No. 3. – P. 148–159."
)


@pytest.fixture
def seed_bib(tmp_path: Path) -> Path:
    path = tmp_path / "seed.bib"
    path.write_text(export([SEED_ARTICLE], Style.BIBTEX), encoding="utf-8")
    return path


def test_bib_input_gost(seed_bib: Path) -> None:
    result = runner.invoke(app, ["cite", str(seed_bib), "--style", "gost"])
    assert result.exit_code == 0, result.output
    assert result.output == f"1. {SEED_GOST}\n"


def test_csl_json_single_item_detected_by_content(tmp_path: Path) -> None:
    item = json.loads(REFERENCES_JSON.read_text(encoding="utf-8"))[0]
    path = tmp_path / "item.txt"
    path.write_text(json.dumps(item), encoding="utf-8")
    result = runner.invoke(app, ["cite", str(path), "-s", "gost"])
    assert result.exit_code == 0, result.output
    assert result.output == f"1. {SEED_GOST}\n"


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize("sample", ["nalivkina-2025.txt", "ru-gost-books-2023.txt"])
@pytest.mark.parametrize("options", [[], ["--references"], ["--references", "-s", "apa"]])
def test_parse_json_is_cited_as_the_page_it_came_from(
    tmp_path: Path, sample: str, options: list[str]
) -> None:
    # parse -> edit the JSON -> cite: the article, or the references numbered as on the page,
    # not one empty item made of the {"article", "references"} object
    parsed = runner.invoke(app, ["parse", str(SAMPLES / sample), "--format", "json"])
    assert parsed.exit_code == 0, parsed.output
    path = tmp_path / "page.json"
    path.write_text(parsed.stdout, encoding="utf-8")
    from_json = runner.invoke(app, ["cite", str(path), *options])
    from_page = runner.invoke(app, ["cite", str(SAMPLES / sample), *options])
    assert from_json.exit_code == 0, from_json.output
    assert from_page.exit_code == 0 and from_page.stdout.strip()
    assert from_json.stdout == from_page.stdout


def test_bracketed_reference_list_is_a_list_not_json() -> None:
    # "[1] K. Kovach, …" opens with a bracket, but not as JSON does ("[ {"): a list, not CSL-JSON
    listed = SAMPLES / "reference-list-bracketed.txt"
    from_file = runner.invoke(app, ["cite", str(listed), "--references"])
    assert from_file.exit_code == 0, from_file.output
    assert from_file.stdout.startswith("1. ")
    from_stdin = runner.invoke(
        app, ["cite", "-", "--references"], input=listed.read_text(encoding="utf-8")
    )
    assert from_stdin.stdout == from_file.stdout


def test_entries_with_nothing_to_cite_are_left_out_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    path.write_text('[{"title": "Alpha"}, {}, {"title": "Beta"}]', encoding="utf-8")
    result = runner.invoke(app, ["cite", str(path)])
    assert result.exit_code == 0
    assert result.stdout == "1. Alpha.\n3. Beta.\n"  # the file's numbers; not "2. " for {}
    assert result.stderr.startswith("citecli: warning: entry 2 has nothing to cite")
    path.write_text("[{}]", encoding="utf-8")
    result = runner.invoke(app, ["cite", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "no entry has anything to cite" in result.stderr


def test_broken_json_from_stdin_is_a_json_error_not_a_page() -> None:
    # it opens like CSL-JSON ("[ {"), so its error is JSON's, not "no article title found"
    result = runner.invoke(app, ["cite", "-", "-r"], input='[ {"title": "A"}, ]')
    assert result.exit_code == 2
    assert "not valid JSON" in result.stderr


def test_json_nested_too_deeply_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    for command in (["cite", str(path)], ["check-dois", str(path)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, result.output
        assert "nested too deeply" in result.stderr


def test_empty_references_of_a_parse_json_are_left_out_too(tmp_path: Path) -> None:
    path = tmp_path / "page.json"
    path.write_text(
        '{"article": {"title": "T"}, "references": [{}, {"title": "B", "citation-number": 2}]}',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["cite", str(path), "-r"])
    assert result.exit_code == 0
    assert result.stdout == "2. B.\n"
    assert result.stderr.startswith("citecli: warning: entry 1 has nothing to cite")


def test_null_custom_fields_print_nothing(tmp_path: Path) -> None:
    item = {
        "type": "book",
        "title": "Книга",
        "editor": [{"family": "Гранберг", "given": "А. Г."}],
        "custom": {"editor-role": None, "translated-title": None, "edn": None},
    }
    path = tmp_path / "item.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    result = runner.invoke(app, ["cite", str(path)])
    assert result.stdout == "1. Книга / под ред. А. Г. Гранберг.\n"  # not "None А. Г. …"


def test_bibtex_detected_by_content_from_stdin(seed_bib: Path) -> None:
    result = runner.invoke(
        app, ["cite", "-", "-s", "vancouver"], input=seed_bib.read_text(encoding="utf-8")
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1. Nalivkina A.D. Political Aspects")


@pytest.mark.parametrize(
    ("output_format", "journal"),
    [
        ("text", "Administrative Consulting, (3)"),
        ("markdown", "*Administrative Consulting*, (3)"),
        ("html", "<i>Administrative Consulting</i>, (3)"),
        ("latex", "\\textit{Administrative Consulting}, (3)"),
    ],
)
def test_apa_formats(seed_bib: Path, output_format: str, journal: str) -> None:
    result = runner.invoke(app, ["cite", str(seed_bib), "-s", "apa", "--format", output_format])
    assert result.exit_code == 0, result.output
    assert journal in result.output


@pytest.mark.parametrize("style", ["bibtex", "csl-json", "ris"])
def test_export_styles(style: str) -> None:
    result = runner.invoke(app, ["cite", str(REFERENCES_JSON), "--style", style])
    assert result.exit_code == 0, result.output
    # a library's entries are numbered by their place in the file (csl-json's citation-number)
    works = [w.replace(number=n) for n, w in enumerate(fixture_works(), 1)]
    assert result.output == export(works, Style(style))


def test_every_fixture_record_in_every_citation_style() -> None:
    for style in ("gost", "gost-2008", "apa", "vancouver"):
        result = runner.invoke(app, ["cite", str(REFERENCES_JSON), "-s", style])
        assert result.exit_code == 0, result.output
        assert len(result.output.splitlines()) == 18
        assert result.output.splitlines()[17].startswith("18. ")


def test_unknown_style_lists_the_valid_ones(seed_bib: Path) -> None:
    result = runner.invoke(app, ["cite", str(seed_bib), "--style", "mla"])
    assert result.exit_code == 2
    assert result.stderr == (
        "citecli: error: unknown style 'mla'; valid styles: gost, gost-2008, apa, vancouver, "
        "bibtex, csl-json, ris\n"
    )


def test_unknown_format_lists_the_valid_ones(seed_bib: Path) -> None:
    result = runner.invoke(app, ["cite", str(seed_bib), "--format", "pdf"])
    assert result.exit_code == 2
    assert result.stderr == (
        "citecli: error: unknown format 'pdf'; valid formats: text, markdown, html, latex\n"
    )


def test_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["cite", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_broken_bibtex_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.bib"
    path.write_text("@article{x, title = {unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["cite", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"citecli: error: {path}")
    assert len(result.stderr.splitlines()) == 1


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[\n{"title": }\n]', encoding="utf-8")
    result = runner.invoke(app, ["cite", str(path)])
    assert result.exit_code == 2
    assert "not valid JSON" in result.stderr and "line 2" in result.stderr


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--references"], "no references found\n"),
        (
            [],
            "no article title found on the page (hint: --references cites the reference list "
            "instead)\n",
        ),
    ],
)
def test_page_with_nothing_to_cite(tmp_path: Path, options: list[str], message: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Abstract\nSome words about nothing.\n", encoding="utf-8")
    result = runner.invoke(app, ["cite", str(path), *options])
    assert result.exit_code == 2
    assert result.stderr == f"citecli: error: {path}: {message}"


def test_empty_csl_json(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_text("[]", encoding="utf-8")
    result = runner.invoke(app, ["cite", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"citecli: error: {path}: no entries\n"


def test_page_references_are_numbered_as_on_the_page() -> None:
    page = Path(__file__).resolve().parent.parent / "samples" / "nalivkina-2025.txt"
    result = runner.invoke(app, ["cite", str(page), "--references", "-s", "gost"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 27
    assert [line.split(".", 1)[0] for line in lines] == [str(n) for n in range(1, 28)]


def test_real_process(python: str, subprocess_env: dict[str, str], seed_bib: Path) -> None:
    done = subprocess.run(
        [python, "-m", "citecli", "cite", str(seed_bib), "--style", "gost"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=subprocess_env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"1. {SEED_GOST}\n"  # a pipe: plain text, no terminal styling


def test_terminal_rendering_uses_rich_italics() -> None:
    from rich.console import Console

    from citecli.cli.terminal import print_markup, to_rich
    from citecli.styles.apa import format_apa

    text = to_rich(format_apa(SEED_ARTICLE))
    italic = [text.plain[span.start : span.end] for span in text.spans if span.style == "italic"]
    assert italic == ["Administrative Consulting"]
    console = Console(record=True, width=300, force_terminal=True)
    print_markup([format_apa(SEED_ARTICLE)], console)
    assert "\x1b[3mAdministrative Consulting" in console.export_text(styles=True)


def test_help_names_every_style_and_format() -> None:
    from citecli.cli.cite_cmd import FORMAT_HELP, STYLE_HELP
    from citecli.styles.markup import OutputFormat

    assert all(style.value in STYLE_HELP for style in Style)
    assert all(output.value in FORMAT_HELP for output in OutputFormat)
