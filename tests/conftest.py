"""Shared fixtures: paths to samples, goldens and the shared reference data."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from registry_server import RegistryServer, seed_registry

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared"


def _compiled_modules() -> list[Path]:
    """Modules the mypyc build (pyproject.toml) compiled in place beside their sources."""
    return sorted((ROOT / "src" / "citecli").rglob("*.so"))


def _build_under_test() -> str:
    compiled = _compiled_modules()
    build = f"{len(compiled)} modules compiled with mypyc" if compiled else "pure Python"
    return f"citecli under test: {build}"


def pytest_report_header() -> str:
    return _build_under_test()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # the header is not printed under -q, which the README's test command uses
    terminalreporter.write_line(_build_under_test())


def _stale(module: Path) -> bool:
    """Older than its source, or left without one (a module deleted or renamed since)."""
    source = module.with_name(module.name.split(".")[0] + ".py")
    return not source.exists() or source.stat().st_mtime > module.stat().st_mtime


def pytest_configure(config: pytest.Config) -> None:
    # A compiled module is imported instead of the .py beside it: after an edit it would test
    # the old code without saying so.
    stale = [str(module.relative_to(ROOT)) for module in _compiled_modules() if _stale(module)]
    if stale:
        pytest.exit(
            f"compiled modules older than their sources, or without one: {', '.join(stale)}; "
            "delete them "
            "(git clean -fX src) or rebuild (HATCH_BUILD_HOOKS_ENABLE=1 pip install .)",
            returncode=4,
        )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite golden files from the current output instead of comparing (review the diff!)",
    )


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture
def subprocess_env() -> dict[str, str]:
    """Environment for running `python -m citecli` from this checkout, installed or not."""
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("CITECLI_CACHE_DIR", None)
    return env


@pytest.fixture
def python() -> str:
    return sys.executable


@pytest.fixture
def registry_server() -> Iterator[RegistryServer]:
    """The loopback doi.org + Crossref + DataCite of tests/registry_server.py, fresh per test."""
    server = RegistryServer(seed_registry())
    try:
        yield server
    finally:
        server.close()
