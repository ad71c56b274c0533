"""The package supports Python 3.10 (pyproject's requires-python), whose `re` has neither
possessive quantifiers nor atomic groups (both came in 3.11): no pattern may use them."""

from __future__ import annotations

import importlib
import pkgutil
import re

import citecli

# "*+", "++", "?+", "}+" after a quantifiable item, and "(?>": not an escaped "\+"
_POSSESSIVE_OR_ATOMIC = re.compile(r"(?<!\\)[*+?}]\+|\(\?>")


def _compiled(value: object, depth: int = 0) -> list[str]:
    """The patterns in `value`, and in the tuples, lists and dicts it holds (the page's
    heading patterns are a tuple of them, the closing quotes a dict)."""
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        return [value.pattern]
    if depth > 2:
        return []
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, (tuple, list, frozenset, set)):
        return [pattern for item in value for pattern in _compiled(item, depth + 1)]
    return []


def _patterns() -> list[tuple[str, str]]:
    found = []
    for module_info in pkgutil.walk_packages(citecli.__path__, "citecli."):
        if module_info.name.endswith("__main__"):  # runs the CLI
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            found += [(f"{module_info.name}.{name}", pattern) for pattern in _compiled(value)]
    return found


def test_no_pattern_needs_python_3_11() -> None:
    patterns = _patterns()
    assert len(patterns) > 100  # the walk found the parser's patterns
    offending = [name for name, pattern in patterns if _POSSESSIVE_OR_ATOMIC.search(pattern)]
    assert offending == []


# "\d" or "\D", not an escaped backslash before a "d"
_DIGIT_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[dD]")


def test_parser_patterns_read_ascii_digits() -> None:
    r"""The reference parser writes "[0-9]", never "\d": the regex engine tests "\d" through
    Unicode's tables, two C calls a character, a range inline. `normalise` makes the digits
    of other scripts ASCII before any pattern runs; the pattern that finds them is the one
    exception."""
    patterns = [(name, p) for name, p in _patterns() if name.startswith("citecli.refparse.")]
    assert len(patterns) > 100
    offending = [
        name
        for name, pattern in patterns
        if _DIGIT_ESCAPE.search(pattern) and name != "citecli.refparse.text._OTHER_DIGIT"
    ]
    assert offending == []
    assert _DIGIT_ESCAPE.search(r"[\d.]") and not _DIGIT_ESCAPE.search(r"\\d")
