"""DataCite REST API: `GET /dois/{doi}` (JSON:API) -> `RegisteredWork`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from citecli.csl import person_from_csl
from citecli.errors import RegistryError
from citecli.identifiers import doi_url_path
from citecli.model import Person, Work, WorkType
from citecli.registry import Agency, RegisteredWork
from citecli.registry.http import Fetcher, json_body

DEFAULT_URL = "https://api.datacite.org"


class DataCite:
    def __init__(self, fetcher: Fetcher, base_url: str = DEFAULT_URL) -> None:
        self.fetcher = fetcher
        self.base_url = base_url.rstrip("/")

    async def work(self, doi: str) -> RegisteredWork | None:
        """The record for `doi`, or None when DataCite did not register it."""
        response = await self.fetcher.get(
            f"{self.base_url}/dois/{doi_url_path(doi)}", accept="application/vnd.api+json"
        )
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise RegistryError(f"DataCite answered HTTP {response.status_code} for {doi}")
        body = json_body(response)
        data = body.get("data") if isinstance(body, Mapping) else None
        attributes = data.get("attributes") if isinstance(data, Mapping) else None
        if not isinstance(attributes, Mapping):
            raise RegistryError("DataCite answered without `data.attributes`")
        return registered_work(attributes, doi)


def registered_work(attributes: Mapping[str, Any], doi: str) -> RegisteredWork:
    titles = attributes.get("titles") or []
    title = next((str(t.get("title", "")) for t in titles if isinstance(t, Mapping)), "")
    container = attributes.get("container") or {}
    year = attributes.get("publicationYear")
    year = int(year) if isinstance(year, (int, str)) and str(year).isdigit() else None
    types = attributes.get("types") or {}
    work = Work(
        type=_type(str(types.get("citeproc", "")) if isinstance(types, Mapping) else ""),
        title=title,
        authors=tuple(
            _person(c) for c in attributes.get("creators") or [] if isinstance(c, Mapping)
        ),
        container=str(container.get("title", "")) if isinstance(container, Mapping) else "",
        volume=str(container.get("volume", "")) if isinstance(container, Mapping) else "",
        issue=str(container.get("issue", "")) if isinstance(container, Mapping) else "",
        publisher=str(attributes.get("publisher") or ""),
        year=year,
    )
    return RegisteredWork(
        doi=str(attributes.get("doi") or doi).lower(),
        agency=Agency.DATACITE,
        work=work,
        years=(year,) if year else (),
    )


def _person(creator: Mapping[str, Any]) -> Person:
    if creator.get("familyName"):
        return person_from_csl(
            {"family": creator["familyName"], "given": creator.get("givenName", "")}
        )
    return Person(literal=str(creator.get("name", "")))


def _type(citeproc: str) -> WorkType:
    try:
        return WorkType(citeproc)
    except ValueError:
        return WorkType.DOCUMENT
