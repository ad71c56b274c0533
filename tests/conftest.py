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
