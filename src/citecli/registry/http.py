"""GET with etiquette: one shared client, per-host rate limits, retries with backoff.

Retried: timeouts, connection errors (a reset included), 429 and 5xx. `Retry-After` is obeyed
(capped); otherwise the wait doubles from `backoff` with full jitter. When the attempts or the
run's deadline are used up the result is a `RegistryError`, which `check` reports as
`unreachable`, never as a missing DOI.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from citecli import __version__
from citecli.errors import RegistryError
from citecli.ratelimit import RateLimiter

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
#: never wait longer than this for one Retry-After: a run must finish
MAX_RETRY_AFTER = 30.0


def user_agent(mailto: str = "") -> str:
    """Crossref's etiquette: the tool, its version and a contact address (the polite pool)."""
    return f"citecli/{__version__} (mailto:{mailto})" if mailto else f"citecli/{__version__}"


@dataclass
class Fetcher:
    """Sends GETs through `client`, politely. One per run; counts what it sent."""

    client: httpx.AsyncClient
    retries: int = 3
    backoff: float = 0.5
    #: absolute `time.monotonic()` after which nothing more is sent
    deadline: float = float("inf")
    mailto: str = ""
    #: --concurrency: requests in flight per host, at most
    max_concurrency: int | None = None
    limiters: dict[str, RateLimiter] = field(default_factory=dict)
    requests_sent: int = 0
    throttled: int = 0

    def limiter(self, host: str) -> RateLimiter:
        if host not in self.limiters:
            # Crossref's documented pools: polite (with a mailto) 10/s and 3 at once, public 5/s
            # and 1; other hosts get the polite figures until they announce their own.
            polite = bool(self.mailto)
            self.limiters[host] = RateLimiter(
                10 if polite else 5, 1.0, 3 if polite else 1, cap=self.max_concurrency
            )
        return self.limiters[host]

    async def get(
        self, url: str, *, params: Mapping[str, str] | None = None, accept: str = "application/json"
    ) -> httpx.Response:
        """The first final answer (2xx, 3xx or a 4xx other than 429) for `url`."""
        limiter = self.limiter(urlsplit(url).netloc)
        headers = {"Accept": accept}
        problem = "no attempt made"
        for attempt in range(self.retries + 1):
            pause = 0.0
            try:
                async with limiter.slot():
                    # measured after the wait for a slot, which may itself be long
                    remaining = self.deadline - time.monotonic()
                    if remaining <= 0:
                        raise RegistryError(
                            f"{_where(url)}: gave up at the run's deadline ({problem})"
                        )
                    self.requests_sent += 1
                    response = await asyncio.wait_for(
                        self.client.get(url, params=params, headers=headers), remaining
                    )
            except (httpx.TimeoutException, asyncio.TimeoutError):
                problem = "timed out"
            except httpx.RequestError as error:  # connect/read errors, resets, broken bodies
                problem = f"connection failed ({type(error).__name__})"
            else:
                limiter.follow(response.headers)
                if response.status_code not in RETRY_STATUSES:
                    return response
                problem = f"HTTP {response.status_code}"
                pause = retry_after(response.headers.get("retry-after"))
                if response.status_code == 429:
                    self.throttled += 1
                    limiter.slow_down(pause or self.backoff)
            if attempt < self.retries:
                wait = pause or random.uniform(0, self.backoff * 2**attempt)  # full jitter
                await asyncio.sleep(min(wait, max(0.0, self.deadline - time.monotonic())))
        raise RegistryError(f"{_where(url)}: {problem} after {self.retries + 1} attempts")


def retry_after(value: str | None) -> float:
    """Seconds from a `Retry-After` header (delta or HTTP date), capped; 0 when absent."""
    if not value:
        return 0.0
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return 0.0
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _where(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}"


def json_body(response: httpx.Response) -> object:
    """The JSON a registry answered, or `RegistryError` for HTML or broken JSON."""
    kind = response.headers.get("content-type", "")
    if "json" not in kind:
        raise RegistryError(
            f"{_where(str(response.url))}: expected JSON, got {kind or 'no content type'}"
        )
    try:
        return response.json()
    except ValueError:
        raise RegistryError(f"{_where(str(response.url))}: invalid JSON") from None
