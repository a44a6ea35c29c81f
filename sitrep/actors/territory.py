"""Occupied and contested territory: which state holds a region or town on a date.

A place's country in the gazetteer is the de jure one: Kerch and Sevastopol are in Ukraine, the Golan
Heights in Syria. An event that falls on such a place falls on whoever holds it: a Ukrainian strike on
the Kerch bridge is UKR->RUS, not UKR->UKR. The facts are in ``sitrep/data/actors/territory_control.tsv``
(one row per territory and period, with the basis of each); this module reads them once into dicts.

Usage::

    from datetime import date
    from sitrep.actors.territory import held_country, territory_control

    territory_control().holding(country="UKR", admin1="Crimea", on=date(2022, 10, 8))
    # Control(territory='Crimea', held_by='RUS', partial=False, ...)
    held_country("UKR", admin1="Crimea", on=date(2022, 10, 8), acting={"UKR"})          # 'RUS'
    held_country("UKR", admin1="Zaporizhzhia Oblast", on=date(2023, 6, 1))             # 'UKR' (partial)
    held_country("UKR", admin1="Zaporizhzhia Oblast", on=date(2023, 6, 1), stated=True)  # 'RUS'

``acting`` are the countries of the side acting on the place: a holder among them is not the one the act
falls on ("Russian forces shelled Sevastopol" is not RUS->RUS), so the de jure state stays. Where only
part of a region is held (``partial``), the holder is used only when the text says so (``stated``:
"Russian-occupied", "annexed"); otherwise the de jure state stays.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "territory_control.tsv"
COUNTRIES_FILE = DATA_FILE.parent / "countries.tsv"
LEVELS = frozenset({"admin1", "place", "region", "country"})


class TerritoryDataError(ValueError):
    """A row of the territory table that cannot be read (named with its line)."""


@dataclass(frozen=True, slots=True)
class Control:
    """One period in which a state held a territory (``until`` is the first day it no longer did)."""

    territory: str
    level: str
    geonameid: int | None
    de_jure: str
    names: tuple[str, ...]
    held_by: str
    holder: str
    start: date
    until: date | None
    partial: bool
    basis: str
    leased: bool = False  # held by the de jure state's agreement: the holder acting there acts at home

    def to_dict(self) -> dict[str, object]:
        return {
            "territory": self.territory,
            "level": self.level,
            "geonameid": self.geonameid,
            "de_jure": self.de_jure,
            "held_by": self.held_by,
            "holder": self.holder,
            "from": self.start.isoformat(),
            "until": self.until.isoformat() if self.until else None,
            "partial": self.partial,
            "basis": self.basis,
            "leased": self.leased,
        }

    def held_on(self, day: date | None) -> bool:
        """Held on that day; with no day, held now (an open-ended period)."""
        if day is None:
            return self.until is None
        return self.start <= day and (self.until is None or day < self.until)


def fold(name: str) -> str:
    """Case- and accent-free form of a name ("Ts'khinvali" and "TSKHINVALI" meet)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


class TerritoryControl:
    """Lookups by GeoNames id, by (de jure country, admin1 name) and by name, each a dict built once."""

    def __init__(self, rows: Iterable[Control]) -> None:
        self.rows = tuple(rows)
        self._by_geonameid: dict[int, list[Control]] = {}
        self._by_admin1: dict[tuple[str, str], list[Control]] = {}
        self._by_name: dict[str, list[Control]] = {}
        for row in self.rows:
            if row.geonameid is not None:
                self._by_geonameid.setdefault(row.geonameid, []).append(row)
            for name in row.names:
                if row.level == "admin1":
                    self._by_admin1.setdefault((row.de_jure, fold(name)), []).append(row)
                self._by_name.setdefault(fold(name), []).append(row)

    @classmethod
    def from_file(cls, path: Path = DATA_FILE) -> TerritoryControl:
        return cls(read_rows(path))

    def holding(
        self,
        *,
        country: str | None,
        admin1: str | None = None,
        geonameid: int | None = None,
        name: str | None = None,
        on: date | datetime | None = None,
    ) -> Control | None:
        """Who held the place on that day (None: its de jure state, as far as the table knows).

        The most specific rows that know the place decide: its own GeoNames id, else its name (regions
        with no GeoNames id, such as the Golan Heights), else its admin1 region. A place whose own rows
        are all out of date (Kherson city after 11 Nov 2022) is not held, whatever its region.
        """
        day = on.date() if isinstance(on, datetime) else on
        for rows in self._candidates(country, admin1, geonameid, name):
            return next((row for row in rows if row.held_on(day)), None)
        return None

    def periods(self, name: str, country: str | None = None) -> list[Control]:
        """Every period the table knows for a territory or place name (any level), oldest first."""
        rows = [row for row in self._by_name.get(fold(name), ()) if country in {None, row.de_jure}]
        return sorted(rows, key=lambda row: (row.level, row.start))

    def _candidates(
        self, country: str | None, admin1: str | None, geonameid: int | None, name: str | None
    ) -> Iterable[list[Control]]:
        if geonameid is not None and (rows := self._by_geonameid.get(geonameid)):
            yield rows
        if name:
            rows = [row for row in self._by_name.get(fold(name), ()) if country in {None, row.de_jure}]
            if geonameid is not None:
                rows = [row for row in rows if row.geonameid is None]  # a namesake with an id is another place
            if rows:
                yield rows
        if admin1 and country and (rows := self._by_admin1.get((country, fold(admin1)))):
            yield rows


def held_country(
    country: str | None,
    *,
    admin1: str | None = None,
    geonameid: int | None = None,
    name: str | None = None,
    on: date | datetime | None = None,
    acting: Collection[str] = (),
    stated: bool = False,
    text: str = "",
    table: TerritoryControl | None = None,
) -> str | None:
    """The country an act on this place falls on: its holder on that day, or its de jure ``country``.

    The de jure country stays when nobody else held it, when the holder is among the ``acting`` side's
    countries (unless it holds the place by lease: the US acting at Guantanamo acts on its own base), or
    when only part of the territory was held and the text did not say this part was (``stated``, or
    ``text`` that says so: see ``occupation_stated``).
    """
    control = (table or territory_control()).holding(
        country=country, admin1=admin1, geonameid=geonameid, name=name, on=on
    )
    if control is None or (control.held_by in acting and not control.leased):
        return country
    if control.partial and not (stated or occupation_stated(text, control.held_by)):
        return country
    return control.held_by


# "occupied", "annexed", "under occupation": said of the place's holder whoever it is
_OCCUPATION_WORDS = re.compile(r"\b(?:occupied|occupying|occupation|occupiers?|annexed|annexation)\b", re.IGNORECASE)
_HELD_SUFFIXES = ("held", "controlled", "occupied", "installed", "appointed", "run")


def occupation_stated(text: str, held_by: str) -> bool:
    """Does the text say a place is held by ``held_by`` ("Russian-occupied", "Russian-held", "annexed")?

    "Ukrainian-held" says the opposite, so the prefixed forms count only with the holder's adjective.
    """
    if not text:
        return False
    if _OCCUPATION_WORDS.search(text):
        return True
    pattern = _held_pattern(held_by)
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=64)
def _held_pattern(held_by: str) -> re.Pattern[str] | None:
    words = _adjectives().get(held_by, ())
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    suffixes = "|".join(_HELD_SUFFIXES)
    return re.compile(rf"\b(?:pro-)?(?:{alternatives})[- ](?:{suffixes})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, tuple[str, ...]]:
    """ISO3 -> the country's adjectives and names (countries.tsv), plus the capital ("Moscow-installed")."""
    found: dict[str, tuple[str, ...]] = {}
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for record in csv.DictReader(lines, delimiter="\t"):
            fields = [record.get("name") or "", record.get("adjectives") or "", record.get("capital") or ""]
            words = [word.strip() for field in fields for word in field.split(";") if word.strip()]
            found[record["code"]] = tuple(words)
    return found


@lru_cache(maxsize=1)
def territory_control() -> TerritoryControl:
    """The project's table, read once per process."""
    return TerritoryControl.from_file()


def read_rows(path: Path) -> list[Control]:
    rows: list[Control] = []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for number, record in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
            try:
                rows.append(_control(record))
            except (KeyError, ValueError) as error:
                raise TerritoryDataError(f"{path.name}: data row {number}: {error}") from error
    return rows


def _control(record: dict[str, str]) -> Control:
    level = record["level"].strip()
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    de_jure, held_by = record["de_jure"].strip(), record["held_by"].strip()
    if len(de_jure) != 3 or len(held_by) != 3 or de_jure == held_by:
        raise ValueError(f"bad country codes {de_jure!r} / {held_by!r}")
    start = date.fromisoformat(record["from"].strip())
    until = date.fromisoformat(record["until"].strip()) if record["until"].strip() else None
    if until is not None and until <= start:
        raise ValueError(f"period ends before it starts: {start} .. {until}")
    partial = record["partial"].strip()
    if partial not in {"yes", "no"}:
        raise ValueError(f"partial must be yes or no, not {partial!r}")
    leased = (record.get("leased") or "no").strip()
    if leased not in {"yes", "no"}:
        raise ValueError(f"leased must be yes or no, not {leased!r}")
    names = tuple(name.strip() for name in record["names"].split("|") if name.strip())
    geonameid = record["geonameid"].strip()
    if level != "region" and not geonameid:
        raise ValueError(f"a {level} row needs its GeoNames id")
    return Control(
        territory=record["territory"].strip(),
        level=level,
        geonameid=int(geonameid) if geonameid else None,
        de_jure=de_jure,
        names=names or (record["territory"].strip(),),
        held_by=held_by,
        holder=record["holder"].strip(),
        start=start,
        until=until,
        partial=partial == "yes",
        basis=record["basis"].strip(),
        leased=leased == "yes",
    )
