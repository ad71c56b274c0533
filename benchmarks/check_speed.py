"""How fast `check-dois` checks 1,000 DOIs against a Crossref that enforces the polite pool.

A loopback server (tests/registry_server.py) holds 1,000 synthetic Crossref records, answers
each request after 100 ms, and answers 429 to any client that exceeds 10 requests per second
or 3 at once. One DOI per request would need at least 1,000 / 10 = 100 s (the per-DOI bound).
The second run reads everything from the cache.

    python benchmarks/check_speed.py [--dois 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from citecli.check import CheckOptions, check_pages  # noqa: E402
from citecli.model import Doi, Page, Person, Work  # noqa: E402
from registry_server import Registry, RegistryServer  # noqa: E402


def synthetic(count: int, *, unbatched: bool = False) -> tuple[Registry, Page]:
    registry = Registry(limit=10, interval="1s", concurrency=3, enforce_limits=True, latency=0.1)
    works = []
    for i in range(count):
        # a ";" keeps a DOI out of `filter=doi:` lists: one request per DOI
        doi = f"10.5555/bench;{i:05d}" if unbatched else f"10.5555/bench.{i:05d}"
        title = f"Synthetic benchmark article number {i} on reference checking"
        registry.crossref[doi] = {
            "DOI": doi,
            "type": "journal-article",
            "title": [title],
            "container-title": ["Journal of Benchmarks"],
            "author": [{"family": "Author", "given": "A."}],
            "issued": {"date-parts": [[2020]]},
            "volume": "1",
            "page": f"{i + 1}-{i + 9}",
        }
        works.append(
            Work(
                title=title,
                authors=(Person(family="Author", given="A."),),
                container="J Benchmarks",
                year=2020,
                volume="1",
                pages=f"{i + 1}-{i + 9}",
                doi=Doi(doi, doi),
                number=i + 1,
            )
        )
    return registry, Page(Work(), tuple(works), source="benchmark")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dois", type=int, default=1000)
    parser.add_argument(
        "--unbatched", action="store_true", help="DOIs no filter can carry: the per-DOI path"
    )
    args = parser.parse_args()
    registry, page = synthetic(args.dois, unbatched=args.unbatched)
    server = RegistryServer(registry)
    bound = args.dois / registry.limit
    try:
        with tempfile.TemporaryDirectory() as cache_dir:
            options = CheckOptions(
                doi_url=server.url,
                crossref_url=server.url,
                datacite_url=server.url,
                mailto="benchmark@example.org",
                cache_dir=Path(cache_dir),
            )
            for label in ("cold", "cached"):
                before = len(registry.seen)
                started = time.perf_counter()
                [report], stats = asyncio.run(check_pages([page], options))
                elapsed = time.perf_counter() - started
                print(
                    f"{label:>6}: {args.dois} DOIs in {elapsed:.2f} s "
                    f"(per-DOI bound {bound:.0f} s); "
                    f"{len(registry.seen) - before} requests, {registry.too_many} answered 429; "
                    f"cache hits {stats.cache_hits}; peak in flight {registry.peak}; "
                    f"summary {report.summary}"
                )
    finally:
        server.close()


if __name__ == "__main__":
    main()
