"""The README's `citecli parse` section documents every format and every JSON key we print."""

from __future__ import annotations

import json
import re

from citecli.cli.parse_cmd import OutputFormat
from conftest import GOLDEN, ROOT


def _parse_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("### `citecli parse`")
    return readme[start : readme.index("\n### ", start + 1)]


def _keys(value: object, prefix: str = "") -> set[str]:
    """Item keys as the README names them: "title", "custom.edn"; names' keys too."""
    keys: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "custom":
                keys |= {f"custom.{k}" for k in inner}
            elif key in ("author", "editor"):
                keys.add(key)
                keys |= {k for name in inner for k in name}
            else:
                keys.add(key)
    return keys


def test_every_format_is_documented() -> None:
    section = _parse_section()
    for output_format in OutputFormat:
        assert f"`{output_format.value}`" in section or f"**{output_format.value}**" in section


def test_every_json_key_in_the_goldens_is_documented() -> None:
    section = _parse_section()
    documented = set(re.findall(r"`([\w.-]+)`", section))
    printed: set[str] = set()
    for golden in GOLDEN.glob("*.json"):
        data = json.loads(golden.read_text(encoding="utf-8"))
        for item in (data["article"], *data["references"]):
            printed |= _keys(item)
    assert printed - documented == set()
