"""The root command: --version, --help, and every command documented in the README."""

from __future__ import annotations

import subprocess

from typer.testing import CliRunner

from citecli import __version__
from citecli.cli import app
from conftest import ROOT

runner = CliRunner()


def test_version_through_a_real_process(python: str, subprocess_env: dict[str, str]) -> None:
    done = subprocess.run(
        [python, "-m", "citecli", "--version"],
        capture_output=True,
        text=True,
        env=subprocess_env,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"citecli {__version__}")


def test_help_lists_every_command_and_the_readme_documents_each() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name for c in app.registered_commands]
    assert sorted(commands) == ["check-dois", "cite", "parse"]
    for name in commands:
        assert name in result.output
        assert f"### `citecli {name}`" in readme
        help_result = runner.invoke(app, [name, "--help"])
        assert help_result.exit_code == 0, name
        assert "Usage:" in help_result.output


def test_no_arguments_shows_help_not_a_traceback() -> None:
    result = runner.invoke(app, [])
    assert "Usage:" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
