"""The lookup cache on its own: expiry, two writers at once, damage, and `check_page`."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

import pytest

from citecli.cache import Cache
from citecli.check import CheckOptions, Status, check_page, references_of
from registry_server import RegistryServer


def test_values_round_trip_and_expire(tmp_path: Path) -> None:
    cache = Cache(tmp_path, max_age=3600)
    cache.put_many({"doi:10.1/a": {"state": "absent"}})
    assert cache.get("doi:10.1/a") == {"state": "absent"}
    assert cache.get("doi:10.1/b") is None
    assert cache.hits == 1
    cache.close()
    assert Cache(tmp_path, max_age=0).get("doi:10.1/a") is None


def test_two_runs_write_at_once(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            cache = Cache(tmp_path, max_age=3600)
            for i in range(100):
                cache.put_many({f"{name}:{i}": {"i": i}})
                assert cache.get(f"{name}:{i}") == {"i": i}
            cache.close()
        except BaseException as error:  # surfaced below, in the test's thread
            errors.append(error)

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a busy database must not degrade to a warning
        threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    cache = Cache(tmp_path, max_age=3600)
    assert cache.get("a:99") == {"i": 99} and cache.get("b:99") == {"i": 99}


def test_unwritable_cache_dir_only_warns(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.warns(UserWarning, match="running without the cache"):
        cache = Cache(blocker / "sub", max_age=10)
    assert not cache.enabled
    assert cache.get("x") is None
    cache.put_many({"x": 1})


def test_check_page_is_a_plain_call(registry_server: RegistryServer, tmp_path: Path) -> None:
    page = references_of("10.1038/srep16696\nDOI: 10.12/abc\n", source="list")
    url = registry_server.url
    report = check_page(
        page, CheckOptions(doi_url=url, crossref_url=url, datacite_url=url, cache_dir=tmp_path)
    )
    assert [r.status for r in report.results] == [Status.OK, Status.INVALID]
    assert report.has_problems()
