"""DOI -> what the registries hold for it, with the fewest requests: cache first, then Crossref
in batches (`filter=doi:a,doi:b,…`), then doi.org for the DOIs Crossref does not hold.

The path for one DOI Crossref does not hold: doi.org `/ra/` names the agency (or says the DOI
does not exist); DataCite DOIs are read from DataCite, other agencies' by content negotiation.
When `/ra/` cannot answer, the Handle API decides existence. Any `RegistryError` on the way
makes the lookup `UNREACHABLE`, which is never cached and never reported as a missing DOI.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from citecli.cache import Cache
from citecli.errors import RegistryError
from citecli.registry import (
    Agency,
    Candidate,
    RegisteredWork,
    registered_from_json,
    registered_to_json,
)
from citecli.registry.crossref import BATCH_SIZE, Crossref, filter_safe
from citecli.registry.datacite import DataCite
from citecli.registry.doiorg import DoiOrg, Existence


class State(str, Enum):
    FOUND = "found"
    ABSENT = "absent"
    INVALID = "invalid"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True, slots=True)
class Lookup:
    state: State
    #: None for FOUND when the agency offers no metadata to compare
    registered: RegisteredWork | None = None
    message: str = ""


class Resolver:
    def __init__(
        self,
        crossref: Crossref,
        datacite: DataCite,
        doiorg: DoiOrg,
        cache: Cache | None,
        *,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        #: called with the number of DOIs just decided (for a progress bar)
        self.progress = progress or (lambda done: None)
        self.crossref = crossref
        self.datacite = datacite
        self.doiorg = doiorg
        self.cache = cache

    async def resolve(self, dois: Iterable[str]) -> dict[str, Lookup]:
        """One `Lookup` per distinct DOI."""
        results: dict[str, Lookup] = {}
        pending: list[str] = []
        for doi in dict.fromkeys(dois):
            cached = self._cached(doi)
            if cached:
                results[doi] = cached
                self.progress(1)
            else:
                pending.append(doi)
        batchable = [d for d in pending if filter_safe(d)]
        batches = [batchable[i : i + BATCH_SIZE] for i in range(0, len(batchable), BATCH_SIZE)]
        singles = [d for d in pending if not filter_safe(d)]
        jobs = [self._batch(b) for b in batches] + [self._single(d) for d in singles]
        for found in await asyncio.gather(*jobs):
            results.update(found)
        if self.cache is not None:
            self.cache.put_many(
                {
                    f"doi:{d}": _to_json(v)
                    for d, v in results.items()
                    if d in pending and _cacheable(v)
                }
            )
        return results

    def _cached(self, doi: str) -> Lookup | None:
        data = self.cache.get(f"doi:{doi}") if self.cache is not None else None
        if not isinstance(data, dict):
            return None
        try:
            return _from_json(data)
        except (KeyError, TypeError, ValueError):
            return None  # an entry of an older shape: look it up again

    async def _batch(self, dois: Sequence[str]) -> dict[str, Lookup]:
        try:
            found = await self.crossref.works(dois)
        except RegistryError as error:
            self.progress(len(dois))
            return {d: Lookup(State.UNREACHABLE, message=str(error)) for d in dois}
        if found is None:  # the filter was refused: one request per DOI instead
            singles = await asyncio.gather(*(self._single(d) for d in dois))
            return {d: lookup for single in singles for d, lookup in single.items()}
        results = {d: Lookup(State.FOUND, r) for d, r in found.items()}
        rest = [d for d in dois if d not in found]
        elsewhere = await asyncio.gather(*(self._elsewhere(d) for d in rest))
        results.update(zip(rest, elsewhere, strict=True))
        self.progress(len(dois))
        return results

    async def _single(self, doi: str) -> dict[str, Lookup]:
        lookup = await self._single_lookup(doi)
        self.progress(1)
        return {doi: lookup}

    async def _single_lookup(self, doi: str) -> Lookup:
        try:
            registered = await self.crossref.work(doi)
        except RegistryError as error:
            return Lookup(State.UNREACHABLE, message=str(error))
        if registered is not None:
            return Lookup(State.FOUND, registered)
        return await self._elsewhere(doi)

    async def _elsewhere(self, doi: str) -> Lookup:
        """A DOI Crossref did not return: ask doi.org who holds it, then that agency."""
        try:
            try:
                existence, agency = await self.doiorg.agency(doi)
            except RegistryError:
                existence, agency = await self.doiorg.exists(doi), None
            if existence is Existence.ABSENT:
                return Lookup(State.ABSENT, message="no registration agency knows this DOI")
            if existence is Existence.INVALID:
                return Lookup(State.INVALID, message="doi.org: not a DOI")
            if agency is Agency.CROSSREF:
                registered = await self.crossref.work(doi)
            elif agency is Agency.DATACITE:
                registered = await self.datacite.work(doi)
            else:
                registered = await self.doiorg.metadata(doi, agency or Agency.OTHER)
        except RegistryError as error:
            return Lookup(State.UNREACHABLE, message=str(error))
        if registered is None:
            who = agency.value if agency else "an agency"
            return Lookup(State.FOUND, message=f"registered with {who}; no metadata to compare")
        return Lookup(State.FOUND, registered)

    async def search(self, query: str) -> list[Candidate] | None:
        """Crossref's candidates for a free-text reference; None when Crossref cannot answer."""
        key = f"search:{query}"
        cached = self.cache.get(key) if self.cache is not None else None
        if isinstance(cached, list):
            try:
                return [Candidate(registered_from_json(c[0]), float(c[1])) for c in cached]
            except (KeyError, TypeError, ValueError, IndexError):
                pass
        try:
            candidates = await self.crossref.search(query)
        except RegistryError:
            return None
        if self.cache is not None:
            self.cache.put_many(
                {key: [[registered_to_json(c.registered), c.score] for c in candidates]}
            )
        return candidates


def _cacheable(lookup: Lookup) -> bool:
    return lookup.state is not State.UNREACHABLE


def _to_json(lookup: Lookup) -> dict[str, Any]:
    registered = registered_to_json(lookup.registered) if lookup.registered else None
    return {"state": lookup.state.value, "registered": registered, "message": lookup.message}


def _from_json(data: dict[str, Any]) -> Lookup:
    registered = data.get("registered")
    return Lookup(
        State(data["state"]),
        registered_from_json(registered) if isinstance(registered, dict) else None,
        str(data.get("message", "")),
    )
