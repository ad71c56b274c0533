"""Timing checks that tell linear from quadratic on a shared, noisy machine."""

from __future__ import annotations

import time
from collections.abc import Callable


def seconds(run: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    run(text)
    return time.perf_counter() - start


def scales_linearly(run: Callable[[str], object], small: str, large: str) -> bool:
    """Whether `run` on `large` (eight times `small`) takes under 20 times as long: linear
    growth takes about 8 times, quadratic 64. A slow large run is timed twice more before the
    answer is no, since a busy machine stalls one run, and a quadratic function every run."""
    assert len(large) >= 8 * len(small)
    limit = 20 * seconds(run, small) + 0.05
    return any(seconds(run, large) < limit for _ in range(3))
