"""Registry clients, retries and rate limits with `httpx.MockTransport`: no sockets at all."""

from __future__ import annotations

import asyncio
import json
import time
from email.utils import formatdate

import httpx
import pytest

from citecli.errors import RegistryError
from citecli.ratelimit import RateLimiter, parse_interval
from citecli.registry import registered_from_json, registered_to_json
from citecli.registry.crossref import Crossref, filter_safe, registered_work
from citecli.registry.doiorg import DoiOrg, Existence
from citecli.registry.http import Fetcher, retry_after
from registry_server import load_json


def fetcher_for(
    handler: httpx.MockTransport, **kwargs: object
) -> tuple[Fetcher, httpx.AsyncClient]:
    client = httpx.AsyncClient(transport=handler)
    return Fetcher(client, backoff=0.001, mailto="m@example.org", **kwargs), client  # type: ignore[arg-type]


def test_rate_limiter_follows_headers_within_the_user_cap() -> None:
    limiter = RateLimiter(10, 1.0, 3, cap=2)
    assert limiter.concurrency == 2
    limiter.follow(
        {"x-rate-limit-limit": "5", "x-rate-limit-interval": "1s", "x-concurrency-limit": "1"}
    )
    assert (limiter.limit, limiter.interval, limiter.concurrency) == (5.0, 1.0, 1)
    limiter.follow({"x-concurrency-limit": "8"})
    assert limiter.concurrency == 2  # the server may lower the cap, never raise it
    limiter.slow_down(0)
    assert limiter.limit == 2.5


@pytest.mark.parametrize(
    ("text", "seconds"), [("1s", 1.0), ("500ms", 0.5), ("1m", 60.0), ("x", None)]
)
def test_parse_interval(text: str, seconds: float | None) -> None:
    assert parse_interval(text) == seconds


def test_retry_after_forms() -> None:
    assert retry_after("2") == 2.0
    assert retry_after(None) == 0.0
    assert retry_after("9999") == 30.0
    assert 2.0 < retry_after(formatdate(time.time() + 5, usegmt=True)) <= 5.0


def test_requests_are_spaced_to_the_rate() -> None:
    async def go() -> list[float]:
        limiter = RateLimiter(20, 1.0, 5)
        starts: list[float] = []

        async def one() -> None:
            async with limiter.slot():
                starts.append(time.monotonic())

        await asyncio.gather(*(one() for _ in range(6)))
        return starts

    starts = asyncio.run(go())
    # 20/s: the k-th start at least k * 50 ms after the first. Not each gap: a start that a
    # busy machine wakes late shortens the gap after it (47 ms once, under a load of 4),
    # while the starts keep to their schedule, which is what a server's count sees.
    assert len(starts) == 6
    assert all(start - starts[0] >= k * 0.05 * 0.95 for k, start in enumerate(starts))


def test_fetcher_retries_then_gives_up() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(429, headers={"x-rate-limit-limit": "50"})

    async def go() -> None:
        fetcher, client = fetcher_for(httpx.MockTransport(handler), retries=2)
        async with client:
            with pytest.raises(RegistryError, match="HTTP 429 after 3 attempts"):
                await fetcher.get("https://api.example/works/10.1/x")
        assert fetcher.throttled == 3

    asyncio.run(go())
    assert len(calls) == 3


def test_fetcher_returns_a_404_at_once() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(404, text="Resource not found.")

    async def go() -> int:
        fetcher, client = fetcher_for(httpx.MockTransport(handler))
        async with client:
            return (await fetcher.get("https://api.example/works/10.1/x")).status_code

    assert asyncio.run(go()) == 404
    assert calls == 1


def test_crossref_batch_request_and_unsafe_dois() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = load_json("crossref_works_10.1038_srep16696.json")["message"]
        body = {"status": "ok", "message": {"items": [item]}}
        return httpx.Response(200, json=body)

    async def go() -> dict[str, object]:
        fetcher, client = fetcher_for(httpx.MockTransport(handler))
        async with client:
            return dict(
                await Crossref(fetcher, "https://cr.example").works(
                    ["10.1038/srep16696", "10.1/absent"]
                )
            )

    found = asyncio.run(go())
    assert list(found) == ["10.1038/srep16696"]
    [request] = seen
    assert request.url.params["filter"] == "doi:10.1038/srep16696,doi:10.1/absent"
    assert request.url.params["rows"] == "2"
    assert filter_safe("10.17150/2587-7445.2020.4(3).326-334")
    assert not filter_safe("10.1000/a,b")
    assert not filter_safe("10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-#")


def test_crossref_record_conversion_keeps_what_compare_needs() -> None:
    plos = registered_work(load_json("crossref_works_10.1371_journal.pone.0033693.json")["message"])
    assert plos.short_containers == ("PLoS ONE",)
    assert [u.type for u in plos.updates] == ["correction"]
    assert plos.retraction is None  # a correction is not a retraction
    assert plos.work.year == 2012 and plos.work.pages == "e33693"
    assert registered_from_json(json.loads(json.dumps(registered_to_json(plos)))) == plos
    dateless = registered_work(
        {"DOI": "10.1/X", "title": ["T"], "issued": {"date-parts": [[None]]}}
    )
    assert dateless.years == () and dateless.work.year is None and dateless.doi == "10.1/x"


def test_handle_api_recorded_answers() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("101860"):
            return httpx.Response(
                200, json=load_json("handle_api_200_type_URL_10.1016_j.cedpsych.2020.101860.json")
            )
        return httpx.Response(
            404, json=load_json("handle_api_404_10.1016_j.cedpsych.2020.101816.json")
        )

    async def go() -> list[Existence]:
        fetcher, client = fetcher_for(httpx.MockTransport(handler))
        async with client:
            doiorg = DoiOrg(fetcher, "https://doi.example")
            return [
                await doiorg.exists("10.1016/j.cedpsych.2020.101860"),
                await doiorg.exists("10.1016/j.cedpsych.2020.101816"),
            ]

    assert asyncio.run(go()) == [Existence.EXISTS, Existence.ABSENT]
