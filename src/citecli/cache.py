"""The lookup cache: one SQLite file under the user cache directory, never fatal.

It stores what a registry said about a DOI (found with its record, or not found) and the
answers to bibliographic searches, each with the time it was stored; entries older than the
caller's `max_age` are ignored. Unreachable outcomes are never stored. WAL and a busy timeout let
two runs share the file; a file that is not a database is moved aside and rebuilt with a
warning, and any other failure turns the cache off for the run, with a warning.
"""

from __future__ import annotations

import json
import sqlite3
import time
import warnings
from pathlib import Path
from typing import Any

import platformdirs

SCHEMA_VERSION = 1
FILE_NAME = "check-dois.sqlite3"


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("citecli"))


class CacheWarning(UserWarning):
    """The cache failed; the run goes on without it."""


class Cache:
    """Key -> JSON value with a timestamp. Every method swallows SQLite failures after warning."""

    def __init__(self, directory: Path, *, max_age: float) -> None:
        self.path = directory / FILE_NAME
        self.max_age = max_age
        self.hits = 0
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._open()
        except (sqlite3.DatabaseError, OSError) as error:
            self._disable(f"cannot open the cache at {self.path}: {error}")

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return _connect_when_free(self.path)
        except sqlite3.OperationalError:
            raise  # locked by another run for too long: run without the cache, keep the file
        except sqlite3.DatabaseError as error:
            # not a database (or a damaged one): keep it for inspection and start afresh
            broken = self.path.with_suffix(".corrupt")
            self.path.replace(broken)
            warnings.warn(
                f"the cache {self.path} was unreadable ({error}); moved it to {broken.name} "
                "and started a new one",
                CacheWarning,
                stacklevel=3,
            )
            return _connect(self.path)

    def _disable(self, why: str) -> None:
        warnings.warn(f"{why}; running without the cache", CacheWarning, stacklevel=3)
        if self._db is not None:
            self._db.close()
        self._db = None

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def get(self, key: str) -> Any | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT value, stored FROM lookups WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.DatabaseError as error:
            self._disable(f"cache read failed: {error}")
            return None
        if row is None or time.time() - float(row[1]) > self.max_age:
            return None
        try:
            value = json.loads(row[0])
        except ValueError:
            return None
        self.hits += 1
        return value

    def put_many(self, entries: dict[str, Any]) -> None:
        if self._db is None or not entries:
            return
        now = time.time()
        rows = [(key, json.dumps(value, ensure_ascii=False), now) for key, value in entries.items()]
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO lookups (key, value, stored) VALUES (?, ?, ?)", rows
                )
        except sqlite3.DatabaseError as error:
            self._disable(f"cache write failed: {error}")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _connect_when_free(path: Path, attempts: int = 50) -> sqlite3.Connection:
    """`_connect`, retried while another run holds the database: switching a new file to WAL
    answers "database is locked" at once instead of waiting for the busy timeout."""
    for attempt in range(1, attempts):
        try:
            return _connect(path)
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            time.sleep(0.05 * attempt)
    return _connect(path)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=10.0)
    try:
        db.execute("PRAGMA busy_timeout = 10000")
        db.execute("PRAGMA journal_mode = WAL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):  # 0: new, perhaps being created by another run
            db.execute("DROP TABLE IF EXISTS lookups")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute(
            "CREATE TABLE IF NOT EXISTS lookups "
            "(key TEXT PRIMARY KEY, value TEXT NOT NULL, stored REAL NOT NULL)"
        )
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db
