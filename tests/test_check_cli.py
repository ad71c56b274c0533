"""`citecli check-dois` through Typer's CliRunner, and once as a real process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citecli.cli import app
from conftest import SAMPLES
from registry_server import RegistryServer

SEED = str(SAMPLES / "nalivkina-2025.txt")


@pytest.fixture
def env(registry_server: RegistryServer, tmp_path: Path) -> dict[str, str]:
    return {
        "CITECLI_DOI_URL": registry_server.url,
        "CITECLI_CROSSREF_URL": registry_server.url,
        "CITECLI_DATACITE_URL": registry_server.url,
        "CITECLI_CACHE_DIR": str(tmp_path / "cache"),
        "CITECLI_MAILTO": "tests@example.org",
        "COLUMNS": "200",  # rich wraps the table to the terminal's width
    }


def invoke(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["check-dois", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def test_seed_json_shape_and_exit_code(env: dict[str, str]) -> None:
    code, out, _ = invoke(env, SEED, "--format", "json")
    assert code == 1  # reference 16 is a mismatch
    data = json.loads(out)
    assert set(data) == {"results", "summary"}
    first = data["results"][3]
    assert set(first) == {
        "n",
        "doi",
        "raw_doi",
        "status",
        "differences",
        "registered",
        "suggested_doi",
        "score",
        "message",
        "line",
    }
    assert first["registered"]["DOI"] == "10.52311/2079-3359_2023_6_76"
    sixteen = data["results"][15]
    assert sixteen["status"] == "mismatch"
    assert {"field": "year", "cited": "2020", "registered": "2019"} in sixteen["differences"]
    assert data["summary"]["mismatch"] == 1 and data["summary"]["no-doi"] == 10


def test_parse_json_and_bibtex_are_checked_like_the_page(
    env: dict[str, str], tmp_path: Path
) -> None:
    # parse -> edit -> check: the JSON's references, not DOIs picked out of the JSON's text
    # (which held each one twice, as "DOI" and as the raw reference)
    parsed = CliRunner().invoke(app, ["parse", SEED, "--format", "json"])
    page_json = tmp_path / "seed.json"
    page_json.write_text(parsed.stdout, encoding="utf-8")
    _, from_page, _ = invoke(env, SEED, "--format", "json")
    code, from_json, _ = invoke(env, str(page_json), "--format", "json")
    assert code == 1
    assert json.loads(from_json) == json.loads(from_page)
    # a .bib library (no page numbers or lines): its entries in file order
    bib = CliRunner().invoke(app, ["cite", str(page_json), "--references", "-s", "bibtex"])
    library = tmp_path / "library.bib"
    library.write_text(bib.stdout, encoding="utf-8")
    code, out, _ = invoke(env, str(library), "--format", "json")
    results = json.loads(out)["results"]
    assert len(results) == 27 and results[15]["status"] == "mismatch"
    assert [r["n"] for r in results] == list(range(1, 28))
    # an entry with nothing in it is checked as what it is, in its place in the file
    items = tmp_path / "items.json"
    items.write_text('[{}, {"title": "A", "DOI": "10.1371/journal.pone.0033693"}]')
    code, out, _ = invoke(env, str(items), "--format", "json")
    first, second = json.loads(out)["results"]
    assert (first["n"], first["status"], second["n"]) == (1, "no-doi", 2)
    assert second["doi"] == "10.1371/journal.pone.0033693"


def test_jsonl_and_several_files(env: dict[str, str], tmp_path: Path) -> None:
    dois = tmp_path / "dois.txt"
    dois.write_text("10.1371/journal.pone.0033693\nhttps://doi.org/10.1038/srep16696\n")
    code, out, _ = invoke(env, str(dois), "--format", "jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(x["n"], x["status"]) for x in lines] == [(1, "ok"), (2, "ok")]
    code, out, _ = invoke(env, str(dois), SEED, "--format", "json")
    files = json.loads(out)["files"]
    assert [f["file"] for f in files] == [str(dois), SEED]
    assert files[0]["summary"] == {"ok": 2}


def test_table_output(env: dict[str, str]) -> None:
    code, out, _ = invoke(env, SEED)
    assert code == 1
    assert "mismatch" in out and "registered for Science 2019" in out
    assert "27 references: " in out


def test_strict_counts_unreachable(
    env: dict[str, str], registry_server: RegistryServer, tmp_path: Path
) -> None:
    dois = tmp_path / "dois.txt"
    dois.write_text("10.1038/srep16696\n")
    registry_server.registry.fault("/works", "503", "503")
    code, out, err = invoke(env, str(dois), "--retries", "1", "--format", "jsonl")
    assert code == 0 and json.loads(out)["status"] == "unreachable"
    assert "warning: 1 DOI(s) could not be checked (unreachable)" in err
    registry_server.registry.fault("/works", "503", "503")
    code, _, _ = invoke(env, str(dois), "--retries", "1", "--strict")
    assert code == 1


def test_deadline_ends_a_hanging_run(
    env: dict[str, str], registry_server: RegistryServer, tmp_path: Path
) -> None:
    import time

    dois = tmp_path / "dois.txt"
    dois.write_text("10.1038/srep16696\n")
    registry_server.registry.fault("/works", *["hang"] * 10)
    started = time.monotonic()
    code, out, _ = invoke(env, str(dois), "--timeout", "30", "--deadline", "1", "--format", "jsonl")
    assert time.monotonic() - started < 6
    assert code == 0 and json.loads(out)["status"] == "unreachable"


def test_input_errors_exit_2(env: dict[str, str], tmp_path: Path) -> None:
    code, _, err = invoke(env, str(tmp_path / "missing.txt"))
    assert code == 2 and "no such file" in err
    empty = tmp_path / "words.txt"
    empty.write_text("just some words\n")
    code, _, err = invoke(env, str(empty))
    assert code == 2
    assert "words.txt: no references found" in err
    code, _, err = invoke(env, SEED, "--crossref-url", "ftp://x")
    assert code == 2 and "not an http(s) URL" in err


def test_corrupt_cache_warns_and_continues(env: dict[str, str], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "check-dois.sqlite3").write_text("garbage" * 200)
    code, _, err = invoke(env, SEED, "--format", "json")
    assert code == 1
    assert "citecli: warning: the cache" in err and "started a new one" in err


def test_real_process(env: dict[str, str], subprocess_env: dict[str, str], python: str) -> None:
    completed = subprocess.run(
        [python, "-m", "citecli", "check-dois", SEED, "--format", "json"],
        env={**subprocess_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert json.loads(completed.stdout)["summary"]["repaired"] == 1


def test_every_option_is_documented_in_the_readme() -> None:
    import typer.main

    check = typer.main.get_command(app).commands["check-dois"]  # type: ignore[attr-defined]
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### `citecli check-dois`")[1].split("\n### ")[0]
    flags = [f for p in check.params for f in getattr(p, "opts", []) if f.startswith("--")]
    assert len(flags) == 14
    for flag in flags:
        assert flag in section, flag
    for status in (
        "ok",
        "repaired",
        "corrections",
        "mismatch",
        "not-found",
        "invalid",
        "retracted",
        "unreachable",
        "no-doi",
    ):
        assert f"| `{status}` |" in section, status
