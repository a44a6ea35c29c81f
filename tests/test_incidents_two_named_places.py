"""A town and an incident of the same region placed at no town (or the reverse), each saying it happened at a place
the other's reports never name, are two places: an ambush near a town on the day gunmen attacked a village the
gazetteer does not know, in the same region, had joined it on the region and the words any two attacks share
(written for the project; incidents_dev13.jsonl)."""

from __future__ import annotations

from datetime import date

from incident_samples import incident_of as _incident
from incident_samples import strike_mention as _mention

from sitrep.analysis.incidents import VETO_PLACE, IncidentClusterer, judge

DAY = date(2027, 8, 6)
# Gunmen attack a market in a village the gazetteer does not know: placed at the region only.
VILLAGE = dict(
    plover_type="ASSAULT", event_date=DAY, date_precision="day", lat=None, lon=None, country="BFA", admin1="Sahel",
    location_name="Sahel Region", feature="admin1", area_lat=14.0, area_lon=-0.5, quad_class=4,
    source_countries=frozenset(), source_country=None,
    sentence="Gunmen on motorbikes killed 14 traders at the weekly market in Tassamakat in the Sahel region on Friday",
    title="Gunmen kill 14 at market in northern Burkina Faso",
)  # fmt: skip
# Soldiers ambushed near a town of the same region, the same day.
TOWN = dict(
    VILLAGE, lat=14.1, lon=-1.63, location_name="Djibo", feature="city", area_lat=None, area_lon=None,
    sentence="Nine soldiers were killed on Friday when their convoy was ambushed near Djibo in the Sahel region",
    title="Soldiers killed in ambush near Djibo",
)  # fmt: skip


def test_a_town_and_a_village_of_one_region_each_named_only_by_its_own_reports_are_two_places():
    assert judge(_mention("b1", **TOWN), _incident(VILLAGE)).veto == VETO_PLACE
    assert judge(_mention("b1", **VILLAGE), _incident(TOWN)).veto == VETO_PLACE


def test_the_same_reports_join_when_one_names_the_others_place_or_names_none():
    # Without the rule the two would have joined: the region, the day and the words of killing agree.
    unnamed = dict(VILLAGE, sentence="Gunmen on motorbikes killed 14 people in the Sahel region on Friday")
    assert (judge(_mention("b1", **TOWN), _incident(unnamed)).score or 0.0) >= 0.5
    # The village's reports place it near the town: one attack told from two places.
    near_town = dict(VILLAGE, sentence="Gunmen killed 14 traders at the market in Tassamakat, near Djibo, on Friday")
    assert judge(_mention("b1", **TOWN), _incident(near_town)).veto != VETO_PLACE
    # The town's report names the village.
    naming = dict(TOWN, sentence="Nine soldiers were killed near Djibo on Friday as they drove to Tassamakat")
    assert judge(_mention("b1", **naming), _incident(VILLAGE)).veto != VETO_PLACE


def test_within_one_article_or_dated_only_by_publication_it_is_no_veto():
    assert judge(_mention("a0", **TOWN), _incident(VILLAGE)).veto != VETO_PLACE
    reported = dict(TOWN, date_precision="reported")
    assert judge(_mention("b1", **reported), _incident(VILLAGE)).veto != VETO_PLACE


def test_a_clusterer_keeps_the_ambush_apart_from_the_market_attack():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1", **VILLAGE))
    second = clusterer.add(_mention("a2", **dict(VILLAGE, sentence="Fourteen traders died when gunmen stormed the "
                                                  "market in Tassamakat on Friday", title="Market attack")))
    ambush = clusterer.add(_mention("a3", **TOWN))
    assert first == second
    assert ambush != first
