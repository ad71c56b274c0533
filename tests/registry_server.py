"""A loopback stand-in for doi.org, Crossref and DataCite, with fault injection.

It serves the recorded responses in tests/fixtures/http/ and the synthetic records we wrote
(tests/fixtures/http/synthetic/), on 127.0.0.1 and an ephemeral port, in a thread. All three
services share one server: their paths do not collide (`/works`, `/dois`, `/ra`, `/api/handles`,
and `/10.…` for content negotiation). The benchmark imports it too.

Faults are queued per path fragment and consumed one per matching request: "400", "429",
"429-retry-after", "503", "hang", "reset", "bad-json", "html". `enforce_limits` makes it
answer 429 whenever a client exceeds Crossref's announced rate or concurrency.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "http"


def load_json(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@dataclass
class Seen:
    method: str
    raw_path: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


@dataclass
class Registry:
    """What the fake registries know, and how they misbehave."""

    crossref: dict[str, dict[str, Any]] = field(default_factory=dict)
    datacite: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: DOI -> agency name as doi.org/ra spells it ("Crossref", "DataCite", "mEDRA")
    agencies: dict[str, str] = field(default_factory=dict)
    conneg: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: (substring of the query, response body) for query.bibliographic
    searches: list[tuple[str, Any]] = field(default_factory=list)
    #: Crossref's announced limits, sent on every Crossref answer
    limit: int = 10
    interval: str = "1s"
    concurrency: int = 3
    enforce_limits: bool = False
    latency: float = 0.0
    faults: dict[str, deque[str]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    too_many: int = 0
    peak: int = 0
    _active: int = 0
    _starts: deque[float] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)

    def fault(self, fragment: str, *kinds: str) -> None:
        self.faults.setdefault(fragment, deque()).extend(kinds)

    def requests_to(self, fragment: str) -> list[Seen]:
        return [s for s in self.seen if fragment in s.path]

    def _take_fault(self, path: str) -> str | None:
        with self.lock:
            for fragment, queue in self.faults.items():
                if queue and fragment in path:
                    return queue.popleft()
        return None


def seed_registry() -> Registry:
    """The registries as the tests know them: seed works, retraction, DataCite, mEDRA, 404s."""
    registry = Registry()
    registry.crossref.update(load_json("synthetic/crossref_works.json")["works"])
    for name in (
        "crossref_works_10.1371_journal.pone.0033693.json",
        "crossref_works_10.1016_j.neurobiolaging.2010.03.024.json",
        "crossref_works_10.1038_srep16696.json",
    ):
        message = load_json(name)["message"]
        registry.crossref[message["DOI"].lower()] = message
    for doi in registry.crossref:
        registry.agencies[doi] = "Crossref"
    for item in load_json("datacite_dois_list_page_size_5.json")["data"]:
        registry.datacite[item["id"]] = item
        registry.agencies[item["id"]] = "DataCite"
    for doi, item in load_json("synthetic/datacite_dois.json")["items"].items():
        registry.datacite[doi] = item
        registry.agencies[doi] = "DataCite"
    for doi, item in load_json("synthetic/conneg_csl.json")["items"].items():
        registry.conneg[doi] = item
        registry.agencies[doi] = "mEDRA"
    registry.searches.append(
        ("2016", load_json("crossref_query_bibliographic_cermine_nomatch.json"))
    )
    registry.searches.append(
        ("CERMINE", load_json("crossref_query_bibliographic_cermine_match.json"))
    )
    return registry


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        registry = self.server.registry
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        seen = Seen("GET", self.path, path, parse_qs(parts.query), dict(self.headers.items()))
        with registry.lock:
            registry.seen.append(seen)
            registry._active += 1
            registry.peak = max(registry.peak, registry._active)
            over = registry.enforce_limits and self._over_limits(registry)
        try:
            if registry.latency:
                time.sleep(registry.latency)
            if over:
                with registry.lock:
                    registry.too_many += 1
                self._send(429, "text/plain", b"Too many requests", crossref=True)
                return
            fault = registry._take_fault(path)
            if fault and self._inject(fault):
                return
            self._route(registry, path, seen)
        finally:
            with registry.lock:
                registry._active -= 1

    def _over_limits(self, registry: Registry) -> bool:
        """Crossref's polite pool: `limit` starts in any sliding second, `concurrency` at once."""
        now = time.monotonic()
        while registry._starts and now - registry._starts[0] >= 1.0:
            registry._starts.popleft()
        registry._starts.append(now)
        return registry._active > registry.concurrency or len(registry._starts) > registry.limit

    def _inject(self, fault: str) -> bool:
        if fault == "429":
            self._send(429, "text/plain", b"Too many requests", crossref=True)
        elif fault == "429-retry-after":
            self._send(429, "text/plain", b"slow down", crossref=True, extra={"Retry-After": "1"})
        elif fault == "400":
            self._send(
                400,
                "application/json",
                b'{"status": "failed", "message-type": "validation-failure"}',
            )
        elif fault == "503":
            self._send(503, "text/html", b"<html>Service Unavailable</html>")
        elif fault == "hang":
            self.server.registry.stop.wait(30)
            self.close_connection = True
        elif fault == "reset":
            # SO_LINGER 0: close() sends RST, the client sees "connection reset by peer"
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        elif fault == "bad-json":
            self._send(200, "application/json", b'{"status": "ok", "message": {', crossref=True)
        elif fault == "html":
            self._send(200, "text/html", b"<!doctype html><title>Landing page</title>")
        else:
            return False
        return True

    def _route(self, registry: Registry, path: str, seen: Seen) -> None:
        if path == "/works":
            self._works_list(registry, seen.query)
        elif path.startswith("/works/"):
            message = registry.crossref.get(path[len("/works/") :].lower())
            if message is None:
                self._send(404, "text/plain", b"Resource not found.", crossref=True)
            else:
                self._json({"status": "ok", "message-type": "work", "message": message}, True)
        elif path.startswith("/dois/"):
            item = registry.datacite.get(path[len("/dois/") :].lower())
            if item is None:
                body = {
                    "errors": [
                        {
                            "status": "404",
                            "title": "The resource you are looking for doesn't exist.",
                        }
                    ]
                }
                self._send(404, "application/vnd.api+json", json.dumps(body).encode())
            else:
                self._send(200, "application/vnd.api+json", json.dumps({"data": item}).encode())
        elif path.startswith("/ra/"):
            doi = path[len("/ra/") :].lower()
            agency = registry.agencies.get(doi)
            entry = (
                {"DOI": doi, "RA": agency}
                if agency
                else {"DOI": doi, "status": "DOI does not exist"}
            )
            self._json([entry])
        elif path.startswith("/api/handles/"):
            doi = path[len("/api/handles/") :].lower()
            if doi in registry.agencies:
                self._json({"responseCode": 1, "handle": doi, "values": []})
            else:
                self._send(
                    404,
                    "application/json",
                    json.dumps({"responseCode": 100, "handle": doi}).encode(),
                )
        elif path.startswith("/10."):
            item = registry.conneg.get(path[1:].lower())
            if item is None:
                self._send(
                    404,
                    "text/html",
                    (FIXTURES / "doiorg_404_doi_not_found_10.1126_foo.html").read_bytes(),
                )
            else:
                self._send(
                    200, "application/vnd.citationstyles.csl+json", json.dumps(item).encode()
                )
        else:
            self._send(404, "text/plain", b"Resource not found.")

    def _works_list(self, registry: Registry, query: dict[str, list[str]]) -> None:
        if "filter" in query:
            wanted = [f.removeprefix("doi:").lower() for f in query["filter"][0].split(",")]
            items = [registry.crossref[d] for d in wanted if d in registry.crossref]
            self._json(
                {
                    "status": "ok",
                    "message-type": "work-list",
                    "message": {"total-results": len(items), "items": items},
                },
                True,
            )
            return
        text = query.get("query.bibliographic", [""])[0]
        for fragment, body in registry.searches:
            if fragment in text:
                self._json(body, True)
                return
        self._json({"status": "ok", "message-type": "work-list", "message": {"items": []}}, True)

    def _json(self, body: Any, crossref: bool = False) -> None:
        self._send(200, "application/json", json.dumps(body).encode(), crossref=crossref)

    def _send(
        self,
        status: int,
        kind: str,
        body: bytes,
        *,
        crossref: bool = False,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if crossref:
            registry = self.server.registry
            self.send_header("x-rate-limit-limit", str(registry.limit))
            self.send_header("x-rate-limit-interval", registry.interval)
            self.send_header("x-concurrency-limit", str(registry.concurrency))
            self.send_header("x-api-pool", "polite")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    registry: Registry


class RegistryServer:
    """Run `registry` on 127.0.0.1 until `close()`; `url` is the base URL for all three services."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.registry = registry
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}"

    def close(self) -> None:
        self.registry.stop.set()
        self._server.shutdown()
        self._server.server_close()
