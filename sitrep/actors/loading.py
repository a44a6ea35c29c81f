"""Read the project's actor data files (sitrep/data/actors) into dictionary entries."""

from __future__ import annotations

import calendar
import csv
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from sitrep.actors.entries import (
    COUNTRY,
    KIND_ORG,
    KIND_PEOPLE,
    KIND_PERSON,
    METONYM,
    ORGANISATION,
    PERSON,
    REGION,
    SECTOR,
    ActorEntry,
    Role,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

# Surnames that are also ordinary words or places; the full name must be written to match.
_UNSAFE_SURNAMES = frozenset(
    """
    austin may bush price miller king rice brown young long love wood hill lee kim park moon khan
    singh ali abbas li wang zhang chen liu said hope rich power jordan israel france london paris
    berlin sudan san la de al bin ibn von van general salam hassan ahmed mohammed muhammad cook
    noble white black green gray grey rose case
    """.split()
)


_NON_STATE_PREFIXES = ("IGO", "NGO", "IMG")


class DataFileError(ValueError):
    """A data file that cannot be read, with the file and line."""


def _tsv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8") as handle:
        lines = [(number, line) for number, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    for number, line in lines[1:]:
        values = next(csv.reader([line.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(values) < len(header):
            values += [""] * (len(header) - len(values))
        yield number, dict(zip(header, values, strict=False))


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _parse_date(value: Any, *, end: bool, where: str) -> date | None:
    """YYYY-MM-DD, or YYYY-MM / YYYY where the exact day is not known (the start or end of that period)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        parts = [int(part) for part in text.split("-")]
    except ValueError:
        raise DataFileError(f"{where}: bad date {text!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    if len(parts) == 2:
        year, month = parts
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    if len(parts) == 3:
        return date(*parts)
    raise DataFileError(f"{where}: bad date {text!r}")


def load_countries(path: Path) -> list[ActorEntry]:
    entries = []
    for number, row in _tsv_rows(path):
        code = row["code"].strip()
        if len(code) != 3:
            raise DataFileError(f"{path}:{number}: country code {code!r} is not ISO alpha-3")
        adjectives = _split(row["adjectives"])
        aliases = [row["name"], *_split(row["other_names"]), *adjectives]
        entries.append(
            ActorEntry(
                key=f"country:{code}",
                name=row["name"],
                type=COUNTRY,
                aliases=tuple(dict.fromkeys(aliases)),
                roles=(Role(country=code, sector=None),),
                kind=KIND_ORG,
                demonyms=tuple(adjectives),
            )
        )
        capital = row.get("capital", "").strip()
        # City-states (Singapore, Kuwait, Hong Kong): the name is the country, not its government.
        if capital and capital.casefold() not in {alias.casefold() for alias in aliases}:
            entries.append(
                ActorEntry(
                    key=f"capital:{code}",
                    name=capital,
                    type=METONYM,
                    aliases=(capital,),
                    roles=(Role(country=code, sector="GOV", office=f"government of {row['name']}"),),
                    kind=KIND_ORG,
                )
            )
    return entries


def load_metonyms(path: Path) -> list[ActorEntry]:
    entries = []
    for _number, row in _tsv_rows(path):
        phrase = row["phrase"].strip()
        entries.append(
            ActorEntry(
                key=f"metonym:{phrase.casefold()}",
                name=phrase,
                type=METONYM,
                aliases=(phrase,),
                roles=(Role(country=row["country"].strip() or None, sector=row["sector"].strip() or None),),
                kind=row.get("kind", "").strip() or KIND_ORG,
            )
        )
    return entries


def load_regions(path: Path) -> list[ActorEntry]:
    entries = []
    for number, row in _tsv_rows(path):
        phrase = row["phrase"].strip()
        country = row["country"].strip()
        if len(country) != 3:
            raise DataFileError(f"{path}:{number}: country {country!r} is not ISO alpha-3")
        entries.append(
            ActorEntry(
                key=f"region:{phrase.casefold()}",
                name=phrase,
                type=REGION,
                aliases=(phrase, *_split(row.get("other_names", ""))),
                roles=(Role(country=country, sector=None),),
                kind=KIND_ORG,
            )
        )
    return entries


def load_sectors(path: Path) -> list[ActorEntry]:
    entries = []
    for number, row in _tsv_rows(path):
        phrase = row["phrase"].strip()
        kind = row["kind"].strip()
        if kind not in (KIND_PERSON, KIND_PEOPLE, KIND_ORG):
            raise DataFileError(f"{path}:{number}: kind {kind!r} is not person, people or org")
        entries.append(
            ActorEntry(
                key=f"sector:{phrase}",
                name=phrase,
                type=SECTOR,
                aliases=(phrase,),
                roles=(Role(country=None, sector=row["sector"].strip()),),
                kind=kind,
                weight=int(row.get("weight") or 2),
                agent_affix="suffix",
            )
        )
    return entries


def load_organisations(path: Path) -> list[ActorEntry]:
    records = yaml.load(path.read_text(encoding="utf-8"), Loader=_yaml_loader()) or []
    entries = []
    for record in records:
        name = record["name"]
        roles = [Role(country=record.get("country"), sector=record.get("sector"), code=record.get("code"))]
        if record.get("roles"):
            # [country, sector, start, end]: a group whose role changed ("the Taliban" before and after 2021).
            roles = []
            for country, sector, start, end in record["roles"]:
                where = f"{path.name} ({name})"
                period = (_parse_date(start, end=False, where=where), _parse_date(end, end=True, where=where))
                roles.append(Role(country=country, sector=sector, start=period[0], end=period[1]))
        entries.append(
            ActorEntry(
                key=f"org:{name.casefold()}",
                name=name,
                type=ORGANISATION,
                aliases=tuple(dict.fromkeys([name, *record.get("aliases", [])])),
                roles=tuple(roles),
                kind=record.get("kind", KIND_ORG),
            )
        )
    return entries


def load_people(path: Path) -> list[ActorEntry]:
    records = yaml.load(path.read_text(encoding="utf-8"), Loader=_yaml_loader()) or []
    entries = []
    for index, record in enumerate(records):
        name = record["name"]
        where = f"{path.name} entry {index + 1} ({name})"
        roles = []
        for raw in record.get("roles", []):
            if not isinstance(raw, list) or len(raw) not in (3, 4, 5):
                raise DataFileError(f"{where}: a role is [country, sector, office, start?, end?]")
            country, sector, office, *period = raw
            start = _parse_date(period[0] if period else None, end=False, where=where)
            end = _parse_date(period[1] if len(period) > 1 else None, end=True, where=where)
            code = None
            if country and country.startswith(_NON_STATE_PREFIXES):
                # A post in an international organisation: [IGOEU, IGO, ...] -> no country, the body's code.
                code = country if len(country) > 3 else country + sector
                country = None
            roles.append(Role(country=country, sector=sector, office=office, start=start, end=end, code=code))
        surnames = []
        if record.get("surname", True) and " " in name.strip():
            surname = name.split()[-1]
            if surname.casefold() not in _UNSAFE_SURNAMES:
                surnames.append(surname)
        entries.append(
            ActorEntry(
                key=f"person:{name.casefold()}",
                name=name,
                type=PERSON,
                aliases=tuple(dict.fromkeys([name, *record.get("aliases", [])])),
                roles=tuple(roles),
                kind=KIND_PERSON,
                gender=record.get("gender"),
                surname_aliases=tuple(surnames),
            )
        )
    return entries


def _yaml_loader() -> type:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_project_entries(data_dir: Path = DATA_DIR) -> list[ActorEntry]:
    """Every entry of the shipped dictionary; metonyms listed by hand replace same-named capitals."""
    metonyms = load_metonyms(data_dir / "metonyms.tsv")
    listed = {alias.casefold() for entry in metonyms for alias in entry.aliases}
    countries = [
        entry
        for entry in load_countries(data_dir / "countries.tsv")
        if not (entry.type == METONYM and entry.name.casefold() in listed)
    ]
    return [
        *countries,
        *metonyms,
        *load_regions(data_dir / "regions.tsv"),
        *load_sectors(data_dir / "sectors.tsv"),
        *load_organisations(data_dir / "organisations.yaml"),
        *load_people(data_dir / "people.yaml"),
    ]
