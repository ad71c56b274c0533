"""Crossref REST API: one work, many works at once (`filter=doi:`), bibliographic search.

Crossref answers 404 for DOIs it did not register (other agencies' included), so "absent
here" is not "does not exist": `check` asks doi.org about those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from citecli.csl import work_from_csl
from citecli.errors import RegistryError
from citecli.identifiers import doi_url_path
from citecli.registry import Agency, Candidate, RegisteredWork, Update
from citecli.registry.http import Fetcher, json_body

DEFAULT_URL = "https://api.crossref.org"
#: DOIs per `filter=doi:` request: keeps the URL far below common 8 KiB limits
BATCH_SIZE = 40
# A filter value is split at commas and its name at the first colon; only DOIs made of these
# characters are carried in a filter, the rest are looked up one by one.
_FILTER_SAFE = re.compile(r"^10\.[0-9.]+/[a-z0-9._\-/()]+$")
_YEAR_FIELDS = ("issued", "published-print", "published-online", "published")


def filter_safe(doi: str) -> bool:
    return _FILTER_SAFE.match(doi) is not None


class Crossref:
    def __init__(self, fetcher: Fetcher, base_url: str = DEFAULT_URL) -> None:
        self.fetcher = fetcher
        self.base_url = base_url.rstrip("/")

    async def work(self, doi: str) -> RegisteredWork | None:
        """The record for `doi`, or None when Crossref did not register it."""
        response = await self.fetcher.get(f"{self.base_url}/works/{doi_url_path(doi)}")
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise RegistryError(f"Crossref answered HTTP {response.status_code} for {doi}")
        return registered_work(_message(json_body(response)))

    async def works(self, dois: Sequence[str]) -> dict[str, RegisteredWork] | None:
        """Records for up to `BATCH_SIZE` filter-safe DOIs in one request, keyed by DOI.

        None when Crossref refuses the filter (400): the caller looks the DOIs up one by one.
        """
        if not dois:
            return {}
        params = {"filter": ",".join(f"doi:{d}" for d in dois), "rows": str(len(dois))}
        response = await self.fetcher.get(f"{self.base_url}/works", params=params)
        if response.status_code == 400:
            return None
        if response.status_code != 200:
            raise RegistryError(f"Crossref answered HTTP {response.status_code} to a DOI batch")
        found = (registered_work(item) for item in _items(json_body(response)))
        wanted = set(dois)
        return {r.doi: r for r in found if r.doi in wanted}

    async def search(self, reference: str, rows: int = 5) -> list[Candidate]:
        """Candidates for a free-text reference (`query.bibliographic`, no filters), best first."""
        params = {"query.bibliographic": reference, "rows": str(rows)}
        response = await self.fetcher.get(f"{self.base_url}/works", params=params)
        if response.status_code != 200:
            raise RegistryError(f"Crossref answered HTTP {response.status_code} to a search")
        items = _items(json_body(response))
        return [Candidate(registered_work(i), float(i.get("score") or 0.0)) for i in items]


def _message(body: object) -> Mapping[str, Any]:
    message = body.get("message") if isinstance(body, Mapping) else None
    if not isinstance(message, Mapping):
        raise RegistryError("Crossref answered without a `message`")
    return message


def _items(body: object) -> list[Mapping[str, Any]]:
    items = _message(body).get("items")
    if not isinstance(items, list):
        raise RegistryError("Crossref answered a list request without `items`")
    return [i for i in items if isinstance(i, Mapping)]


def registered_work(item: Mapping[str, Any]) -> RegisteredWork:
    """A Crossref work record (REST `message` or list item) as a `RegisteredWork`."""
    work = work_from_csl(item)
    doi = str(item.get("DOI", "")).lower()
    years = tuple(dict.fromkeys(y for y in (_year(item.get(k)) for k in _YEAR_FIELDS) if y))
    return RegisteredWork(
        doi=doi,
        agency=Agency.CROSSREF,
        work=work.replace(year=work.year or (years[0] if years else None)),
        short_containers=tuple(str(t) for t in item.get("short-container-title") or ()),
        years=years,
        updates=tuple(_updates(item.get("updated-by"), doi)),
    )


def _year(value: Any) -> int | None:
    if isinstance(value, Mapping):
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            first = parts[0][0]
            return first if isinstance(first, int) else None
    return None


def _updates(entries: Any, own_doi: str) -> Iterable[Update]:
    for entry in entries if isinstance(entries, list) else ():
        if not isinstance(entry, Mapping) or not entry.get("type"):
            continue
        date = ""
        updated = entry.get("updated")
        if isinstance(updated, Mapping):
            date = str(updated.get("date-time", ""))[:10]
        yield Update(
            doi=str(entry.get("DOI", "")).lower() or own_doi,
            type=str(entry["type"]),
            label=str(entry.get("label", "")),
            source=str(entry.get("source", "")),
            date=date,
            record_id=str(entry.get("record-id", "")),
        )
