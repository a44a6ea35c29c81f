"""Reading a GeoNames dump (allCountries.txt, UA.txt, cities500.txt: one tab-separated line per place)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from sitrep.geo.gazetteer import insert_entries
from sitrep.geo.sources import ALTERNATE, PRIMARY, Entry, usable_alternate

# GeoNames feature class/code -> sitrep's feature kinds.
_FEATURE_BY_CODE = {
    "PCLI": "country",
    "PCLD": "country",
    "PCLF": "country",
    "PCLS": "country",
    "PCLIX": "country",
    "ADM1": "admin1",
    "ADM2": "admin2",
    "ADM3": "admin3",
    "ADM4": "admin4",
    "CONT": "continent",
}
_FEATURE_BY_CLASS = {
    "P": "city",
    "H": "water",
    "L": "region",
    "T": "terrain",
    "S": "site",
    "V": "vegetation",
    "U": "undersea",
    "R": "road",
    "A": "admin",
}


class DumpError(ValueError):
    pass


def feature_of(feature_class: str, feature_code: str) -> str:
    return _FEATURE_BY_CODE.get(feature_code) or _FEATURE_BY_CLASS.get(feature_class, "other")


def read_dump(path: Path, errors: list[str]) -> Iterator[Entry]:
    """Entries of a dump; malformed lines are reported in ``errors`` and skipped."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            try:
                entry = _entry(fields)
            except (IndexError, ValueError) as error:
                if len(errors) < 20:
                    errors.append(f"line {number}: {error}")
                elif len(errors) == 20:
                    errors.append("... (further errors not shown)")
                continue
            yield entry


def _entry(fields: list[str]) -> Entry:
    if len(fields) < 15:
        raise ValueError(f"expected at least 15 tab-separated fields, found {len(fields)}")
    geonameid = int(fields[0])
    name, asciiname, alternates = fields[1], fields[2], fields[3]
    entry = Entry(
        id=geonameid,
        geonameid=geonameid,
        name=name,
        lat=float(fields[4]),
        lon=float(fields[5]),
        country2=fields[8] or None,
        feature=feature_of(fields[6], fields[7]),
        fcode=fields[7] or None,
        population=int(fields[14] or 0),
        admin1=fields[10] or None,
    )
    entry.add_name(name, PRIMARY)
    if asciiname:
        entry.add_name(asciiname, PRIMARY)
    for alternate in alternates.split(","):
        if usable_alternate(alternate):
            entry.add_name(alternate, ALTERNATE)
    return entry


def load_dump(index: Path, dump: Path) -> dict[str, object]:
    """Add (or replace, by GeoNames id) every place of ``dump`` in the index at ``index``."""
    if not dump.is_file():
        raise DumpError(f"no such file: {dump}")
    started = time.perf_counter()
    before = index.stat().st_size
    errors: list[str] = []
    connection = sqlite3.connect(index)
    try:
        connection.execute("PRAGMA synchronous=OFF")
        places, names = insert_entries(connection, read_dump(dump, errors))
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('loaded:' || ?, ?)", (dump.name, str(places)))
        connection.commit()
    finally:
        connection.close()
    return {
        "places": places,
        "names": names,
        "errors": errors,
        "seconds": round(time.perf_counter() - started, 2),
        "bytes_before": before,
        "bytes_after": index.stat().st_size,
    }
