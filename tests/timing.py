"""Timing checks that tell linear from quadratic on a shared, noisy machine."""

from __future__ import annotations

import time
from collections.abc import Callable


def seconds(run: Callable[[str], object], text: str) -> float:
    """The processor time `run(text)` takes: other processes on a busy machine stretch the
    wall-clock time (by twice at a load of 10 on two cores), not the work done."""
    start = time.process_time()
    run(text)
    return time.process_time() - start


def scales_linearly(
    run: Callable[[str], object], small: str, large: str, *, cap: float = 5.0
) -> bool:
    """Whether `run` on `large` takes under 2.5 times as long per character as on `small`
    (and under `cap` seconds): linear growth keeps the rate, quadratic multiplies it by the
    length ratio. A slow large run is timed twice more before the answer is no, since a busy
    machine stalls one run, and a quadratic function every run."""
    ratio = len(large) / len(small)
    assert ratio >= 3.5, "too close in length to tell linear from quadratic"
    limit = min(cap, 2.5 * ratio * seconds(run, small) + 0.05)
    return any(seconds(run, large) < limit for _ in range(3))
