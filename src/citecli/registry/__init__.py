"""Clients for the DOI registries (doi.org, Crossref, DataCite) and the records they return.

Each service has its own module; the shared `httpx.AsyncClient` is passed in. Raw service JSON
never leaves its client module: callers get the frozen records defined here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from citecli.model import Work


class Agency(str, Enum):
    CROSSREF = "crossref"
    DATACITE = "datacite"
    #: registered with another agency (mEDRA, JaLC, KISTI, ...): metadata via content negotiation
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Update:
    """An editorial notice on a work: Crossref's `updated-by` entry (retraction, correction...)."""

    doi: str
    type: str
    label: str = ""
    source: str = ""
    date: str = ""
    record_id: str = ""

    @property
    def withdraws(self) -> bool:
        return self.type.lower() in {"retraction", "withdrawal", "removal"}

    def describe(self) -> str:
        by = f" ({self.source})" if self.source else ""
        when = f", {self.date}" if self.date else ""
        return f"{self.label or self.type} {self.doi}{when}{by}"


@dataclass(frozen=True, slots=True)
class RegisteredWork:
    """What a registry holds for one DOI: the work as a `Work`, plus what `Work` cannot carry."""

    doi: str
    agency: Agency
    work: Work
    #: abbreviated container titles (Crossref `short-container-title`)
    short_containers: tuple[str, ...] = ()
    #: every year the registry gives (issued, print, online): citations use any of them
    years: tuple[int, ...] = ()
    updates: tuple[Update, ...] = ()

    @property
    def retraction(self) -> Update | None:
        return next((u for u in self.updates if u.withdraws), None)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One hit of a bibliographic search, with the registry's relevance score."""

    registered: RegisteredWork
    score: float


def registered_to_json(registered: RegisteredWork) -> dict[str, object]:
    """A JSON-able form for the cache; `registered_from_json` reads it back."""
    from citecli.csl import work_to_csl

    return {
        "doi": registered.doi,
        "agency": registered.agency.value,
        "csl": work_to_csl(registered.work),
        "short": list(registered.short_containers),
        "years": list(registered.years),
        "updates": [
            [u.doi, u.type, u.label, u.source, u.date, u.record_id] for u in registered.updates
        ],
    }


def registered_from_json(data: dict[str, Any]) -> RegisteredWork:
    from citecli.csl import work_from_csl

    return RegisteredWork(
        doi=str(data["doi"]),
        agency=Agency(data["agency"]),
        work=work_from_csl(data["csl"]),
        short_containers=tuple(str(s) for s in data.get("short", ())),
        years=tuple(int(y) for y in data.get("years", ())),
        updates=tuple(Update(*(str(x) for x in u)) for u in data.get("updates", ())),
    )
