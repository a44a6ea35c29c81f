"""Occupied and contested territory: who held a place on a date (sitrep.actors.territory)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.actors.territory import (
    TerritoryControl,
    TerritoryDataError,
    held_country,
    occupation_stated,
    read_rows,
    territory_control,
)
from sitrep.cli import app


def test_crimea_and_sevastopol_are_held_by_russia_from_february_2014() -> None:
    table = territory_control()
    assert table.holding(country="UKR", admin1="Crimea", on=date(2014, 2, 26)) is None
    crimea = table.holding(country="UKR", admin1="Crimea", on=date(2014, 3, 18))
    assert crimea is not None and crimea.held_by == "RUS" and not crimea.partial
    # a town in the region (its own row absent) takes the region's holder; the admin1 name is read loosely
    assert held_country("UKR", admin1="crimea", geonameid=706524, name="Kerch", on=date(2022, 10, 8)) == "RUS"
    assert held_country("UKR", admin1="Sevastopol City", on=datetime(2023, 9, 13, 8, 0)) == "RUS"
    assert held_country("UKR", name="Sevastopol", on=date(2023, 9, 13)) == "RUS"  # the region by its name


def test_a_holder_acting_on_its_own_ground_keeps_the_de_jure_country() -> None:
    # "Russian forces shelled Sevastopol" is not RUS->RUS; "Ukraine attacked Sudzha" (held by Ukraine then) is UKR->RUS
    assert held_country("UKR", admin1="Crimea", on=date(2023, 1, 1), acting={"RUS"}) == "UKR"
    assert held_country("RUS", geonameid=486816, name="Sudzha", on=date(2024, 8, 20), acting={"UKR"}) == "RUS"
    assert held_country("RUS", geonameid=486816, name="Sudzha", on=date(2024, 8, 20), acting={"RUS"}) == "UKR"


def test_a_leased_base_is_its_holders_ground_even_when_the_holder_acts_there(tmp_path: Path) -> None:
    # US deportations at Guantanamo are an act at home, not on Cuba; an occupier's act stays on the de jure state
    assert held_country("CUB", name="Guantanamo Bay", on=date(2025, 3, 1), acting={"USA"}) == "USA"
    assert held_country("CUB", name="Guantánamo", on=date(2025, 3, 1)) == "USA"
    assert held_country("UKR", admin1="Crimea", on=date(2023, 1, 1), acting={"RUS"}) == "UKR"
    bad = tmp_path / "territory.tsv"
    header = "territory\tlevel\tgeonameid\tde_jure\tnames\theld_by\tholder\tfrom\tuntil\tpartial\tbasis\tleased\n"
    bad.write_text(header + "X\tregion\t\tUKR\tX\tRUS\tRussia\t2022-05-01\t\tno\tnone\tmaybe\n", encoding="utf-8")
    with pytest.raises(TerritoryDataError, match="leased"):
        read_rows(bad)


def test_dates_of_control_are_half_open_and_a_town_retaken_is_not_held_whatever_its_region() -> None:
    kherson = {"geonameid": 706448, "admin1": "Kherson Oblast", "name": "Kherson"}
    assert held_country("UKR", **kherson, on=date(2022, 3, 1)) == "UKR"
    assert held_country("UKR", **kherson, on=date(2022, 3, 2)) == "RUS"
    assert held_country("UKR", **kherson, on=date(2022, 11, 10)) == "RUS"
    # retaken on 11 Nov 2022: its own row decides, not the (still partly held) oblast, even with "occupied"
    assert held_country("UKR", **kherson, on=date(2022, 11, 11), stated=True) == "UKR"
    assert held_country("UKR", admin1="Kyiv Oblast", on=date(2022, 3, 10), stated=True) == "RUS"
    assert held_country("UKR", admin1="Kyiv Oblast", on=date(2022, 4, 2), stated=True) == "UKR"


def test_partial_control_needs_the_text_to_say_so() -> None:
    region = {"admin1": "Zaporizhzhia Oblast", "on": date(2023, 6, 1)}
    assert held_country("UKR", **region) == "UKR"
    assert held_country("UKR", **region, text="shelled the Russian-occupied south of Zaporizhzhia region") == "RUS"
    assert held_country("UKR", **region, text="Moscow-installed officials in Zaporizhzhia region said") == "RUS"
    assert held_country("UKR", **region, text="the Ukrainian-held town of Orikhiv") == "UKR"
    # a town of the region that has its own row is held outright
    assert held_country("UKR", geonameid=701404, admin1="Zaporizhzhia Oblast", on=date(2023, 6, 1)) == "RUS"


def test_occupation_words() -> None:
    assert occupation_stated("in the occupied part of the region", "RUS")
    assert occupation_stated("the annexed peninsula", "RUS")
    assert occupation_stated("pro-Russian-held areas", "RUS")
    assert occupation_stated("Turkish-controlled north", "TUR")
    assert not occupation_stated("Ukrainian-controlled territory", "RUS")
    assert not occupation_stated("", "RUS")


@pytest.mark.parametrize(
    ("country", "place", "day", "holder"),
    [
        ("SYR", {"name": "Golan Heights"}, date(2024, 1, 1), "ISR"),
        ("SYR", {"name": "Golan Heights"}, date(1967, 6, 9), "SYR"),
        ("CYP", {"admin1": "Keryneia", "geonameid": 146412, "name": "Kyrenia"}, date(2020, 1, 1), "TUR"),
        ("MDA", {"admin1": "Transnistria", "geonameid": 617239, "name": "Tiraspol"}, date(2020, 1, 1), "RUS"),
        ("GEO", {"admin1": "Abkhazia"}, date(2008, 8, 12), "RUS"),
        ("GEO", {"admin1": "Abkhazia"}, date(2008, 8, 11), "GEO"),
        ("GEO", {"admin1": "Shida Kartli", "geonameid": 611403, "name": "Ts’khinvali"}, date(2020, 1, 1), "RUS"),
        ("AZE", {"name": "Nagorno-Karabakh"}, date(2010, 1, 1), "ARM"),
        ("AZE", {"name": "Nagorno-Karabakh"}, date(2023, 9, 20), "AZE"),
        ("AZE", {"admin1": "Xankǝndi", "geonameid": 146970, "name": "Khankendi"}, date(2023, 9, 19), "ARM"),
        ("ESH", {"geonameid": 2462881, "name": "Laayoune"}, date(2020, 1, 1), "MAR"),
        ("ESH", {"geonameid": 2461445, "name": "Western Sahara"}, date(2020, 1, 1), "ESH"),  # partial
        ("RUS", {"geonameid": 565348, "name": "Donetsk", "admin1": "Rostov"}, date(2023, 1, 1), "RUS"),  # namesake
    ],
)
def test_other_occupied_and_contested_territories(country: str, place: dict, day: date, holder: str) -> None:
    assert held_country(country, on=day, **place) == holder


def test_without_a_date_only_an_open_period_counts() -> None:
    assert held_country("UKR", admin1="Crimea") == "RUS"
    assert held_country("UKR", geonameid=706448, name="Kherson") == "UKR"


def test_every_shipped_row_is_well_formed_and_a_bad_row_is_named(tmp_path: Path) -> None:
    rows = territory_control().rows
    assert len(rows) >= 50
    assert all(row.de_jure != row.held_by and row.basis for row in rows)
    bad = tmp_path / "territory.tsv"
    header = "territory\tlevel\tgeonameid\tde_jure\tnames\theld_by\tholder\tfrom\tuntil\tpartial\tbasis\n"
    bad.write_text(header + "X\tadmin1\t1\tUKR\tX\tRUS\tRussia\t2022-05-01\t2022-04-01\tno\tnone\n", encoding="utf-8")
    with pytest.raises(TerritoryDataError, match="row 2"):
        read_rows(bad)
    good = tmp_path / "good.tsv"
    good.write_text(header + "X\tregion\t\tUKR\tX|Ex\tRUS\tRussia\t2022-05-01\t\tno\tnone\n", encoding="utf-8")
    table = TerritoryControl.from_file(good)
    assert held_country("UKR", name="ex", on=date(2022, 6, 1), table=table) == "RUS"


def test_the_territory_command_prints_the_periods_and_the_one_in_force() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["actors", "territory", "Kherson", "--date", "2022-06-01"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(row["held_by"], row["held_on"]) for row in rows] == [("RUS", True)]
    assert rows[0]["until"] == "2022-11-11"
    unknown = runner.invoke(app, ["actors", "territory", "Narnia"])
    assert unknown.exit_code == 0 and json.loads(unknown.output)["held_by"] is None
    bad_date = runner.invoke(app, ["actors", "territory", "Crimea", "--date", "last year"])
    assert bad_date.exit_code != 0 and "not a date" in bad_date.output
