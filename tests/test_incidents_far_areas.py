"""Areas within a country, with no point, sharing no country and a continent apart, are two places: on the VOA
stories "ending the hotel siege" in Hirshabelle (Somalia) had joined ECOWAS's counter-terror force in the Sahel region
of Burkina Faso, told the same day in the words any two security stories share (written for the project)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from incident_samples import incident_of as _incident
from incident_samples import strike_mention as _mention

from sitrep.analysis.incidents import VETO_PLACE, IncidentClusterer, judge
from sitrep.eval.clustering import read_corpus
from sitrep.eval.incidents import INCIDENTS_SET, evaluate_incidents

DAY = date(2025, 3, 12)
SOMALIA = dict(
    plover_type="ASSAULT", event_date=DAY, date_precision="reported", lat=None, lon=None, country="SOM", admin1=None,
    location_name="Hirshabelle", feature="region", area_lat=3.8, area_lon=45.4,
    source_countries=frozenset({"SOM"}), source_country="SOM",
    sentence="Security forces ended the siege and killed militants in an operation against the insurgents",
    title="Security forces kill militants after ending siege",
)  # fmt: skip
SAHEL = dict(
    SOMALIA, country="BFA", admin1="Sahel", location_name="Sahel", feature="admin1", area_lat=14.06, area_lon=-0.55,
    source_countries=frozenset({"BFA"}), source_country="BFA",
    sentence="Security forces launched an operation against the insurgents and killed militants in the region",
    title="Regional force launches operation against militants",
)  # fmt: skip



def test_two_regions_a_continent_apart_are_vetoed_both_ways():
    assert judge(_mention("b1", **SAHEL), _incident(SOMALIA)).veto == VETO_PLACE
    assert judge(_mention("b1", **SOMALIA), _incident(SAHEL)).veto == VETO_PLACE


def test_without_the_distance_the_same_reports_would_have_joined():
    # The words, the day and the region kind alone: moved next to each other, the two reports join.
    near = dict(SAHEL, country="SOM", admin1="Middle Shabelle", location_name="Middle Shabelle", area_lat=3.0,
                area_lon=45.6)
    assert (judge(_mention("b1", **near), _incident(SOMALIA)).score or 0.0) >= 0.5


def test_a_point_far_from_a_region_is_vetoed_and_a_nearby_one_across_the_border_is_not():
    far_point = dict(SAHEL, lat=12.37, lon=-1.53, admin1="Centre", location_name="Ouagadougou", feature="city")
    assert judge(_mention("b1", **far_point), _incident(SOMALIA)).veto == VETO_PLACE
    # Mandera, Kenya, 380 km from Jubaland's centre: a region's reach, not another continent.
    jubaland = dict(SOMALIA, location_name="Jubaland", area_lat=0.5, area_lon=42.0)
    mandera = dict(SAHEL, country="KEN", lat=3.94, lon=41.86, admin1="Mandera", location_name="Mandera",
                   feature="city")
    assert judge(_mention("b1", **mandera), _incident(jubaland)).veto != VETO_PLACE


def test_a_place_named_in_the_other_reports_is_no_distance():
    # The gazetteer put one "Nara" in Japan and the other in Mali; the reports name the same place.
    japan = dict(SOMALIA, country="JPN", location_name="Nara", feature="admin1", admin1="Nara", area_lat=34.3,
                 area_lon=135.8, sentence="A gunman shot the former prime minister during a speech in Nara",
                 title="Former prime minister shot during speech in Nara")
    mali = dict(japan, country="MLI", lat=15.17, lon=-7.29, admin1="Koulikoro", feature="city",
                sentence="The former prime minister was shot while speaking in Nara",
                title="Former leader shot in Nara")
    assert judge(_mention("b1", **mali), _incident(japan)).veto != VETO_PLACE


def test_a_country_a_sea_or_a_region_of_many_countries_is_no_distance():
    # A country-level place is often an actor's nationality, and a country's centre (Russia's is in Siberia) is no
    # place; the reach of a sea or of a region of many countries is not known.
    for place in (dict(feature="country", location_name="Burkina Faso", admin1=None),
                  dict(feature="water", country=None, location_name="Gulf of Guinea", admin1=None),
                  dict(feature="region", country=None, location_name="West Africa", admin1=None)):
        assert judge(_mention("b1", **{**SAHEL, **place}), _incident(SOMALIA)).veto != VETO_PLACE


def test_a_seeded_incident_keeps_its_area_and_a_new_report_founds_its_own():
    # Incremental: an incident loaded from the store (its mentions added again) is compared by its area's centre.
    stored = _incident(SOMALIA)
    clusterer = IncidentClusterer([stored])
    assert clusterer.add(_mention("b1", **SAHEL)) != stored.incident_id
    assert clusterer.add(_mention("b2", **dict(SOMALIA, sentence=SOMALIA["sentence"] + " on Wednesday"))) \
        == stored.incident_id


DEV9_SET = INCIDENTS_SET.with_name("incidents_dev9.jsonl")


def test_ninth_dev_set_tells_area_level_events_of_several_continents_on_the_same_days():
    records = read_corpus(DEV9_SET)
    assert len(records) >= 20
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= 2) >= 6
    assert sum(1 for size in sizes.values() if size == 1) >= 3  # the same words elsewhere, the same days
    assert len({record["outlet"] for record in records}) >= 4
    assert len({record["published"] for record in records}) <= 2
    titles = {record["title"] for record in records}
    for other in sorted(INCIDENTS_SET.parent.glob("incidents*.jsonl")):
        if other != DEV9_SET:
            assert not titles & {record["title"] for record in read_corpus(other)}


@pytest.mark.slow
def test_ninth_dev_set_clustering_floor():
    # Written in the ninth session (28 Nov 2026) after the far-apart rule (optimistic): 0.875 (P 0.875, R 0.875)
    # without it, the Hirshabelle hotel siege joined with a hostage standoff at a hotel in Mindanao; 0.933 (P 1.000,
    # R 0.875) with it. The mourning report stays apart: its burial is coded COERCE (the type-group veto).
    result = evaluate_incidents(DEV9_SET)
    assert result["f1"] >= 0.9
    assert result["precision"] >= 0.95
