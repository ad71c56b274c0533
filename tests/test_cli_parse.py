"""`citecli parse`: formats, input encodings and every input error, through the CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citecli import textio
from citecli.cli import app
from conftest import SAMPLES

SEED = SAMPLES / "nalivkina-2025.txt"


def run(*args: str, input: bytes | None = None, columns: int = 80) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["parse", *args], input=input, env={"COLUMNS": str(columns)})
    return result.exit_code, result.stdout, result.stderr


def seed_json() -> str:
    code, out, _ = run(str(SEED), "--format", "json")
    assert code == 0
    return out


def test_default_format_off_a_terminal_is_json() -> None:
    code, out, err = run(str(SEED))
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"article", "references"}
    assert data["article"]["custom"]["edn"] == "PHCYCH"
    assert len(data["references"]) == 27


def test_stdin() -> None:
    code, out, _ = run("-", "--format", "json", input=SEED.read_bytes())
    assert code == 0
    assert out == seed_json()


def test_table_format_on_a_wide_terminal() -> None:
    code, out, err = run(str(SEED), "--format", "table", columns=200)
    assert (code, err) == (0, "")
    assert "Political Aspects of Cooperation" in out
    assert "Nalivkina Alena D. (Postgraduate Student" in out
    assert "Administrative Consulting, 2025, no. 3, pp. 148-159" in out
    assert "27 references" in out
    assert _columns(out) == [
        "n", "authors", "year", "title", "container", "vol/iss/pp", "DOI/EDN", "type", "lang",
    ]  # fmt: skip
    row = next(line for line in out.splitlines() if "Vilovatykh" in line)
    assert "10.52311/2079-3359" in row


def test_table_format_on_a_narrow_terminal_keeps_the_main_columns() -> None:
    code, out, _ = run(str(SEED), "--format", "table", columns=80)
    assert code == 0
    assert _columns(out) == ["n", "authors", "year", "title", "DOI/EDN"]


def test_table_shows_the_editors_of_a_book_without_authors() -> None:
    code, out, _ = run(str(SAMPLES / "ru-gost-books-2023.txt"), "--format", "table", columns=200)
    assert code == 0
    row = next(line for line in out.splitlines() if "Региональная экономика" in line)
    assert "Видяпин В. И. et al. (eds.)" in row  # "под ред. В. И. Видяпина": Видяпин


def _columns(table: str) -> list[str]:
    header = next(line for line in table.splitlines() if "authors" in line)
    return [name.strip() for name in header.strip().strip("┃").split("┃")]


def test_table_format_prints_reference_warnings_to_stderr(tmp_path: Path) -> None:
    page = tmp_path / "list.txt"
    page.write_text("References\n1. Something with no date at all\n", encoding="utf-8")
    code, _, err = run(str(page), "-f", "table")
    assert code == 0
    assert err.startswith("citecli: warning: reference 1: line 2: "), err
    code, _, err = run(str(page), "-f", "json")
    assert (code, err) == (0, "")  # in JSON the reference's warnings are in custom.warnings


def test_csl_json_is_a_clean_array() -> None:
    code, out, _ = run(str(SAMPLES / "energy-multiauthor-2023.txt"), "--format", "csl-json")
    assert code == 0
    items = json.loads(out)
    assert isinstance(items, list)
    assert items[0]["id"] == "article"
    assert [item["id"] for item in items[1:]] == [f"ref{n}" for n in range(1, 7)]
    for item in items:
        assert set(item) <= _CSL_VARIABLES, set(item) - _CSL_VARIABLES
        for name in item.get("author", []):
            assert set(name) <= {"family", "given", "literal", "non-dropping-particle", "suffix"}


def test_csl_json_of_a_bare_list_has_no_article() -> None:
    code, out, _ = run(str(SAMPLES / "reference-list-bracketed.txt"), "--format", "csl-json")
    assert code == 0
    assert [item["id"] for item in json.loads(out)] == ["ref1", "ref2", "ref3", "ref4", "ref5"]


_CSL_VARIABLES = {
    "id", "type", "custom", "title", "author", "editor", "container-title", "collection-title",
    "publisher", "publisher-place", "issued", "accessed", "volume", "issue", "page", "number",
    "number-of-pages", "edition", "DOI", "URL", "ISBN", "ISSN", "PMID", "language", "genre",
    "abstract", "keyword", "citation-number",
}  # fmt: skip


def test_page_without_references_warns_and_succeeds(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("A Title\nAbstract\nText.\n", encoding="utf-8")
    code, out, err = run(str(page), "--format", "json")
    assert code == 0
    assert err == "citecli: warning: no references found\n"
    assert json.loads(out)["article"]["custom"]["warnings"] == ["no references found"]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8-sig", b""),
        ("utf-16", b""),  # Python writes a BOM
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("cp1251", b""),
    ],
)
def test_encodings_parse_like_utf8(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = (SAMPLES / "ru-zdravookhranenie-2024.txt").read_text(encoding="utf-8")
    if encoding == "cp1251":
        text = text.replace("К°", "К")  # the degree sign is not in Windows-1251's Cyrillic set
    reference = tmp_path / "utf8.txt"
    reference.write_text(text, encoding="utf-8")
    encoded = tmp_path / f"{encoding}.txt"
    encoded.write_bytes(prefix + text.encode(encoding))
    assert run(str(encoded), "-f", "json") == run(str(reference), "-f", "json")


def test_crlf_parses_like_lf(tmp_path: Path) -> None:
    crlf = SAMPLES / "crlf-wrapped-transport-2020.txt"
    assert b"\r\n" in crlf.read_bytes()
    lf = tmp_path / "lf.txt"
    lf.write_bytes(crlf.read_bytes().replace(b"\r\n", b"\n"))
    assert run(str(crlf), "-f", "json") == run(str(lf), "-f", "json")


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert run(str(missing)) == (2, "", f"citecli: error: {missing}: no such file\n")


def test_directory(tmp_path: Path) -> None:
    assert run(str(tmp_path)) == (
        2, "",
        f"citecli: error: {tmp_path}: is a directory (hint: give a text file or - for stdin)\n",
    )  # fmt: skip


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run(str(empty)) == (
        2, "", f"citecli: error: {empty}: empty (hint: the file holds no text to parse)\n",
    )  # fmt: skip


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\r\n  \n\t\n")
    assert run(str(blank))[0] == 2


def test_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "page.pdf"
    binary.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert run(str(binary)) == (
        2, "",
        f"citecli: error: {binary}: binary file, not text "
        "(hint: copy the page as text (Ctrl+A, Ctrl+C) or save it as .txt)\n",
    )  # fmt: skip


def test_unknown_format() -> None:
    assert run(str(SEED), "--format", "xml") == (
        2, "",
        "citecli: error: unknown format 'xml' (hint: choose table, json, csl-json, bibtex)\n",
    )  # fmt: skip


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0)

    def denied(self: Path) -> bytes:  # root can read a mode-0 file, so deny it the way the OS would
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert run(str(locked)) == (2, "", f"citecli: error: {locked}: permission denied\n")


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textio, "MAX_BYTES", 100)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 101)
    assert run(str(big)) == (2, "", f"citecli: error: {big}: 101 bytes, larger than 100\n")


def test_stdin_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textio, "MAX_BYTES", 1024 * 1024)
    code, out, err = run("-", input=b"a" * (1024 * 1024 + 1))
    assert (code, out) == (2, "")
    assert err == (
        "citecli: error: <stdin>: larger than 1 MiB "
        "(hint: split the file; citecli reads one page or reference list at a time)\n"
    )


def test_parse_is_in_the_help() -> None:
    result = CliRunner().invoke(app, ["parse", "--help"])
    assert result.exit_code == 0
    assert "table, json, csl-json, bibtex" in result.stdout


def test_subprocess_entry_point(python: str, subprocess_env: dict[str, str]) -> None:
    done = subprocess.run(
        [python, "-m", "citecli", "parse", str(SEED)],
        capture_output=True, env=subprocess_env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == seed_json()
    missing = subprocess.run(
        [python, "-m", "citecli", "parse", "no-such-file.txt"],
        capture_output=True, env=subprocess_env, timeout=60, check=False,
    )  # fmt: skip
    assert missing.returncode == 2
    assert missing.stderr.decode() == "citecli: error: no-such-file.txt: no such file\n"
