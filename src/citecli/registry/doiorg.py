"""doi.org: which agency registered a DOI (`/ra/`), whether it exists at all (Handle API), and
metadata by content negotiation for agencies without a REST API of ours."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from citecli.csl import work_from_csl
from citecli.errors import RegistryError
from citecli.identifiers import doi_url_path
from citecli.registry import Agency, RegisteredWork
from citecli.registry.http import Fetcher, json_body

DEFAULT_URL = "https://doi.org"
CSL_JSON = "application/vnd.citationstyles.csl+json"


class Existence(str, Enum):
    EXISTS = "exists"
    ABSENT = "absent"
    #: doi.org says the string is not a DOI at all
    INVALID = "invalid"


class DoiOrg:
    def __init__(self, fetcher: Fetcher, base_url: str = DEFAULT_URL) -> None:
        self.fetcher = fetcher
        self.base_url = base_url.rstrip("/")

    async def agency(self, doi: str) -> tuple[Existence, Agency | None]:
        """Who registered `doi`: `[{"DOI", "RA"}]`, or a `status` such as "DOI does not exist"."""
        response = await self.fetcher.get(f"{self.base_url}/ra/{doi_url_path(doi)}")
        if response.status_code != 200:
            raise RegistryError(f"doi.org/ra answered HTTP {response.status_code} for {doi}")
        body = json_body(response)
        entry = body[0] if isinstance(body, list) and body else None
        if not isinstance(entry, Mapping):
            raise RegistryError("doi.org/ra answered without an entry")
        if entry.get("RA"):
            name = str(entry["RA"]).lower()
            known = {a.value: a for a in Agency}
            return Existence.EXISTS, known.get(name, Agency.OTHER)
        status = str(entry.get("status", "")).lower()
        if "does not exist" in status:
            return Existence.ABSENT, None
        if "invalid" in status:
            return Existence.INVALID, None
        raise RegistryError(
            f"doi.org/ra could not say who registered {doi} ({status or 'no status'})"
        )

    async def exists(self, doi: str) -> Existence:
        """The Handle API's answer: responseCode 1 exists, 100 not found."""
        response = await self.fetcher.get(f"{self.base_url}/api/handles/{doi_url_path(doi)}")
        if response.status_code == 400:
            return Existence.INVALID
        if response.status_code not in (200, 404):
            raise RegistryError(f"doi.org handle API answered HTTP {response.status_code}")
        body = json_body(response)
        code = body.get("responseCode") if isinstance(body, Mapping) else None
        if code == 1:
            return Existence.EXISTS
        if code == 100:
            return Existence.ABSENT
        raise RegistryError(f"doi.org handle API answered responseCode {code!r} for {doi}")

    async def metadata(self, doi: str, agency: Agency) -> RegisteredWork | None:
        """CSL-JSON by content negotiation; None when the agency offers none (a landing page)."""
        response = await self.fetcher.get(f"{self.base_url}/{doi_url_path(doi)}", accept=CSL_JSON)
        if response.status_code in (301, 302, 303, 307, 308):
            location = response.headers.get("location", "")
            if not location:
                return None
            response = await self.fetcher.get(str(response.url.join(location)), accept=CSL_JSON)
        if response.status_code != 200 or "json" not in response.headers.get("content-type", ""):
            return None  # e.g. the landing page's HTML: never parse that as metadata
        item = json_body(response)
        if not isinstance(item, Mapping):
            return None
        work = work_from_csl(item)
        return RegisteredWork(
            doi=doi, agency=agency, work=work, years=(work.year,) if work.year else ()
        )
