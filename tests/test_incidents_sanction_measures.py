"""One measure against a state told with two PLOVER types: "imposed sanctions" (SANCTION `discontinue`, the PLOVER
manual's reading of CAMEO 163) and "banned the transshipment of its gas" (COERCE `restrict`) join one incident at
no cost of type, and the escalation ladder keeps both on one rung. Sentences written for these tests."""

from __future__ import annotations

import pytest
from incident_samples import strike_mention as _mention

from sitrep.analysis.incidents import IncidentState, judge, type_group
from sitrep.analysis.ladder import EventFacts, load_ladder

EU_RUSSIA = dict(lat=None, lon=None, country=None, admin1=None, location_name=None, source_country="EUR",
                 target_country="RUS", source_countries=frozenset({"EUR"}), target_countries=frozenset({"RUS"}))
BAN = dict(EU_RUSSIA, plover_type="COERCE", plover_mode="restrict", cameo_code="172",
           sentence="The European Union banned the transshipment of Russian liquefied natural gas",
           title="EU bans transshipment of Russian LNG")
SANCTIONS = dict(EU_RUSSIA, plover_type="SANCTION", plover_mode="discontinue", cameo_code="163",
                 sentence="The European Union imposed sanctions on Russian liquefied natural gas",
                 title="EU imposes sanctions on Russian LNG")


def _incident(founder: dict) -> IncidentState:
    incident = IncidentState("inc-measure", founder["plover_type"])
    incident.add(_mention("a1", **founder))
    return incident


def test_a_sanction_and_a_restriction_are_one_group() -> None:
    assert type_group("SANCTION", "discontinue") == type_group("COERCE", "restrict")
    assert type_group("SANCTION", "discontinue") != type_group("COERCE", "seize")


@pytest.mark.parametrize(("founder", "joiner"), [(BAN, SANCTIONS), (SANCTIONS, BAN)])
def test_a_sanction_joins_restrictions_at_the_cost_of_the_same_type(founder: dict, joiner: dict) -> None:
    incident = _incident(founder)
    other_type = judge(_mention("a2", **{**joiner, "sentence": founder["sentence"], "title": founder["title"]}),
                       incident)
    same_type = judge(_mention("a2", **founder), incident)
    assert other_type.veto is None and other_type.score == pytest.approx(same_type.score)


def test_another_type_of_the_measures_group_still_pays_for_its_type() -> None:
    incident = _incident(BAN)
    censored = judge(_mention("a2", **{**BAN, "plover_mode": "censor"}), incident)  # a COERCE: the same type
    withdrawn = judge(_mention("a2", **{**BAN, "plover_type": "SANCTION", "plover_mode": "withdraw"}), incident)
    expelled = judge(_mention("a2", **{**SANCTIONS, "plover_type": "REJECT", "plover_mode": None}), incident)
    assert withdrawn.score is not None and withdrawn.score == pytest.approx(censored.score)  # SANCTION of any mode
    assert expelled.score is None  # a rejection is of another group


@pytest.mark.parametrize(("sentence", "rung"), [
    ("The European Union imposed sanctions on Russia over the war.", 5),
    ("Washington imposed a 25 percent tariff on Canadian steel.", 2),  # a trade measure, as before
])
def test_the_ladder_reads_sanctions_as_it_read_them_typed_coerce(sentence: str, rung: int) -> None:
    ladder = load_ladder()
    assert ladder.rung_of(EventFacts("SANCTION", "discontinue", "163", sentence=sentence)) == rung
    assert ladder.rung_of(EventFacts("COERCE", "restrict", "163", sentence=sentence)) == rung


def test_a_threatened_measure_is_no_threat_of_force() -> None:
    # "threatened 200% tariffs" (THREATEN restrict) and "they want to kill her" (THREATEN violence), told of one city
    # on one day, are two acts; a threat of force still shares its group with accusations and rejections
    assert type_group("THREATEN", "restrict") != type_group("THREATEN", "violence")
    assert type_group("THREATEN", "violence") == type_group("ACCUSE")
    tariffs = dict(EU_RUSSIA, plover_type="THREATEN", plover_mode="restrict", cameo_code="1312",
                   sentence="The European Union threatened tariffs on Russian fertiliser", title="EU threatens tariffs")
    killing = dict(EU_RUSSIA, plover_type="THREATEN", plover_mode="violence", cameo_code="138",
                   sentence="The European Union threatened to kill Russian officials", title="EU threatens killings")
    assert judge(_mention("a2", **killing), _incident(tariffs)).veto is not None
