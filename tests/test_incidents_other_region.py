"""A town and a province of one country that is not the town's, the province's centre far from the town, are two
places: an ambush near a town the gazetteer reads as its region (Ménaka, Mali) had joined the assault on the army camp
in Gao, 300 km away, the day before, told in the words any two attacks on soldiers in Mali share (written for the
project; incidents_dev10.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest
from incident_samples import assert_dev_set_shape
from incident_samples import incident_of as _incident
from incident_samples import strike_mention as _mention

from sitrep.analysis.incidents import VETO_PLACE, IncidentClusterer, judge
from sitrep.eval.incidents import INCIDENTS_SET, evaluate_incidents

DAY = date(2027, 1, 21)
TOWN = dict(
    plover_type="ASSAULT", event_date=DAY, date_precision="day", lat=16.27, lon=-0.04, country="MLI", admin1="Gao",
    location_name="Gao", feature="city", source_countries=frozenset(), source_country=None,
    sentence="Militants attacked an army camp on Thursday, killing soldiers, security sources said",
    title="Militants attack army camp, soldiers killed",
)  # fmt: skip
PROVINCE = dict(
    TOWN, lat=None, lon=None, admin1="Ménaka", location_name="Ménaka", feature="admin1", area_lat=15.77,
    area_lon=2.85, sentence="Fighters ambushed an army convoy on Thursday, killing soldiers, local officials said",
    title="Soldiers killed in army convoy attack",
)  # fmt: skip



def test_a_province_far_from_a_town_of_another_province_is_vetoed_both_ways():
    assert judge(_mention("b1", **PROVINCE), _incident(TOWN)).veto == VETO_PLACE
    assert judge(_mention("b1", **TOWN), _incident(PROVINCE)).veto == VETO_PLACE


def test_without_the_distance_rule_the_same_reports_would_have_joined():
    # The town's own province: the same words and day join (the rule is about the place only).
    own = dict(PROVINCE, admin1="Gao", location_name="Gao Region", area_lat=16.5, area_lon=0.5)
    assert (judge(_mention("b1", **own), _incident(TOWN)).score or 0.0) >= 0.5


def test_a_nearby_province_a_named_place_or_another_country_is_no_veto():
    near = dict(PROVINCE, admin1="Timbuktu", location_name="Timbuktu Region", area_lat=16.0, area_lon=-0.5)
    assert judge(_mention("b1", **near), _incident(TOWN)).veto != VETO_PLACE  # centre within 75 km of the town
    # The province named in the town's reports (one attack told from both places). ("Gao" has too few letters to
    # count as a word.)
    naming = dict(TOWN, sentence="Militants who came from Menaka attacked an army camp on Thursday, killing soldiers")
    assert judge(_mention("b1", **PROVINCE), _incident(naming)).veto != VETO_PLACE
    # Across a border, 280 km: the far-apart rule's (a continent), not this one's.
    abroad = dict(PROVINCE, country="NER", admin1="Tillaberi", location_name="Tillaberi", area_lat=14.2, area_lon=1.45)
    assert judge(_mention("b1", **abroad), _incident(TOWN)).veto != VETO_PLACE
    # Within one article, two provinces are most often one story told from several places.
    assert judge(_mention("a0", **PROVINCE), _incident(TOWN)).veto != VETO_PLACE
    # A province with no centre, or a town compared with towns, is left to the other place rules.
    assert judge(_mention("b1", **dict(PROVINCE, area_lat=None, area_lon=None)), _incident(TOWN)).veto != VETO_PLACE


def test_a_seeded_incident_keeps_the_province_apart():
    stored = _incident(TOWN)
    clusterer = IncidentClusterer([stored])
    assert clusterer.add(_mention("b1", **PROVINCE)) != stored.incident_id
    assert clusterer.add(_mention("b2", **dict(TOWN, sentence=TOWN["sentence"] + " in Gao"))) == stored.incident_id


DEV10_SET = INCIDENTS_SET.with_name("incidents_dev10.jsonl")


def test_tenth_dev_set_tells_incidents_with_follow_ups_and_distractors():
    assert_dev_set_shape(DEV10_SET, articles=25, reported=6, reported_by=3, alone=6, outlets=4)


@pytest.mark.slow
def test_tenth_dev_set_clustering_floor():
    # Written in the ninth session's second round (28 Nov 2026) BEFORE its rule: 0.806 (P 0.862, R 0.758) with the
    # committed rules, the Ménaka ambush joined with the Gao camp assault (4 wrong pairs); 0.862 (P 1.000) with it.
    # Still missed: follow-ups whose back-reference is dated to the day it was said ("the killing ... prosecutors
    # said on Wednesday"), a misplaced mourning report, and a no-event follow-up two days after a night attack.
    # Tenth session: 1.000 (P 1.000, R 1.000) once those are dated as follow-ups (test_incidents_follow_up_days.py).
    result = evaluate_incidents(DEV10_SET)
    assert result["f1"] >= 0.95
    assert result["precision"] >= 0.95
