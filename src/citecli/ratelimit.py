"""Client-side politeness: a request-rate limit and a concurrency cap that follow the server.

Crossref announces its limits in `x-rate-limit-limit`, `x-rate-limit-interval` and
`x-concurrency-limit`. We start from the pool's documented figures and adopt whatever the
server sends, so we never exceed what it asked for. Requests are spaced evenly (a bucket of
one token) rather than sent in bursts: a burst of N followed by N more within the same second
is exactly what a sliding-window limiter answers with 429.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

#: spacing safety margin: clocks and server windows never line up exactly
_MARGIN = 1.05
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$")


def parse_interval(text: str) -> float | None:
    """Seconds in an `x-rate-limit-interval` value ("1s", "500ms", "1m")."""
    match = _INTERVAL.match(text)
    if not match:
        return None
    value = float(match.group(1))
    return value * {"ms": 0.001, "s": 1.0, "m": 60.0, None: 1.0}[match.group(2)]


class RateLimiter:
    """At most `limit` requests per `interval` seconds and `concurrency` at once."""

    def __init__(
        self, limit: float, interval: float = 1.0, concurrency: int = 1, cap: int | None = None
    ) -> None:
        self.limit = limit
        self.interval = interval
        #: the user's own ceiling (--concurrency): the server may lower it, never raise it
        self.cap = cap
        self.concurrency = self._capped(concurrency)
        #: until the first answer tells us the limits, one request at a time: a pool smaller
        #: than the documented one must not see a burst before we could read its headers
        self._heard = False
        self._next_start = 0.0
        self._active = 0
        self._changed = asyncio.Condition()
        self._spacing_lock = asyncio.Lock()
        #: the most requests this limiter ever had in flight (tests assert the cap)
        self.peak = 0

    @property
    def spacing(self) -> float:
        return self.interval / self.limit * _MARGIN

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Wait for a free concurrency slot and the next start time, then hold the slot."""
        async with self._changed:
            await self._changed.wait_for(
                lambda: self._active < (self.concurrency if self._heard else 1)
            )
            self._active += 1
            self.peak = max(self.peak, self._active)
        try:
            async with self._spacing_lock:
                now = time.monotonic()
                wait = self._next_start - now
                self._next_start = max(now, self._next_start) + self.spacing
            if wait > 0:
                await asyncio.sleep(wait)
            yield
        finally:
            async with self._changed:
                self._active -= 1
                self._changed.notify_all()

    def follow(self, headers: Mapping[str, str]) -> None:
        """Adopt the limits a response announces (called for every response)."""
        self._heard = True
        limit = _number(headers.get("x-rate-limit-limit"))
        interval = parse_interval(headers.get("x-rate-limit-interval", ""))
        concurrency = _number(headers.get("x-concurrency-limit"))
        if limit and limit > 0:
            self.limit = limit
        if interval and interval > 0:
            self.interval = interval
        if concurrency and concurrency >= 1:
            self.concurrency = self._capped(int(concurrency))

    def _capped(self, concurrency: int) -> int:
        return max(1, min(concurrency, self.cap) if self.cap else concurrency)

    def slow_down(self, pause: float) -> None:
        """After a 429: halve the rate and start no request for `pause` seconds."""
        self.limit = max(self.limit / 2, 0.5)
        self._next_start = max(self._next_start, time.monotonic() + pause)


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None
