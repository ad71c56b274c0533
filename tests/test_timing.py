"""The timing check itself: it must tell a quadratic function from a linear one."""

from __future__ import annotations

from timing import scales_linearly


def _linear(text: str) -> object:
    return sum(range(len(text) * 100))


def _quadratic(text: str) -> object:
    return sum(range(len(text) ** 2 // 20))


def test_a_linear_function_passes() -> None:
    assert scales_linearly(_linear, "a" * 10_000, "a" * 40_000)


def test_a_quadratic_function_fails() -> None:
    assert not scales_linearly(_quadratic, "a" * 10_000, "a" * 40_000)
