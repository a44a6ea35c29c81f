"""A report placed at no more than a country, on a day an incident's reports do not tell, whose headline names a
place none of them use, is another act: the collision near one shoal the day after the water cannon at another
(written for the project, after the kind of error dev8 showed)."""

from __future__ import annotations

from datetime import date

from incident_samples import incident_of as _incident
from incident_samples import strike_mention as _mention

from sitrep.analysis.incidents import VETO_OTHER_DAY, IncidentClusterer, judge

CANNON_DAY = date(2026, 10, 5)
AT_SEA = dict(country="PHL", lat=None, lon=None, admin1=None, location_name="Philippines", feature="country",
              source_countries=frozenset({"CHN"}), target_countries=frozenset({"PHL"}), source_country="CHN",
              target_country="PHL", quad_class=4, date_precision="day")
CANNON = dict(AT_SEA, event_date=CANNON_DAY,
              sentence="A Chinese coast guard ship fired a water cannon at a Philippine supply boat heading to troops "
                       "at Second Thomas Shoal, injuring four sailors",
              title="Chinese coast guard fires water cannon at Philippine supply boat")
EXPELLED = dict(AT_SEA, event_date=CANNON_DAY,
                sentence="China's coast guard said it drove away Philippine vessels that intruded near Second Thomas "
                         "Shoal, using a water cannon",
                title="China says its coast guard drove away Philippine vessels at Second Thomas Shoal")
# The next day, at another shoal the reports of the water cannon never name.
COLLISION = dict(AT_SEA, event_date=date(2026, 10, 6),
                 sentence="A Chinese coast guard ship rammed a Philippine fisheries vessel near Scarborough Shoal, "
                          "damaging its hull",
                 title="Chinese and Philippine vessels collide near Scarborough Shoal")



def test_a_country_level_act_on_another_day_naming_another_place_is_vetoed():
    assert judge(_mention("b1", **COLLISION), _incident(CANNON, EXPELLED)).veto == VETO_OTHER_DAY


def test_the_same_report_naming_the_incidents_place_is_not_vetoed_by_the_rule():
    at_the_same_shoal = dict(COLLISION, sentence=COLLISION["sentence"].replace("Scarborough", "Second Thomas"),
                             title=COLLISION["title"].replace("Scarborough", "Second Thomas"))
    assert judge(_mention("b1", **at_the_same_shoal), _incident(CANNON, EXPELLED)).veto is None


def test_a_name_only_in_the_sentence_is_not_enough():
    # The headline tells what the report is about; a name in the sentence alone may be background.
    untitled = dict(COLLISION, title="Chinese and Philippine vessels collide")
    assert judge(_mention("b1", **untitled), _incident(CANNON, EXPELLED)).veto != VETO_OTHER_DAY


def test_a_person_the_headline_names_is_not_a_place():
    # The name is in the headline, but not as where it happened: a person, not another place.
    said_by = dict(COLLISION, sentence=COLLISION["sentence"].replace("near Scarborough Shoal", "President Marcos said"),
                   title="Marcos says Chinese coast guard ship rammed Philippine vessel")
    assert judge(_mention("b1", **said_by), _incident(CANNON, EXPELLED)).veto != VETO_OTHER_DAY


def test_a_report_on_the_incidents_own_day_is_not_held_to_the_rule():
    same_day = dict(COLLISION, event_date=CANNON_DAY)
    assert judge(_mention("b1", **same_day), _incident(CANNON, EXPELLED)).veto != VETO_OTHER_DAY


def test_a_report_placed_at_a_town_is_left_to_the_other_rules():
    in_a_town = dict(COLLISION, lat=9.74, lon=118.74, admin1="Mimaropa", location_name="Puerto Princesa",
                     feature="city")
    assert not _vetoed_by_the_headline(in_a_town)


def _vetoed_by_the_headline(fields: dict) -> bool:
    from sitrep.analysis.incidents import _headline_name_unknown

    return _headline_name_unknown(_mention("b1", **fields), _incident(CANNON, EXPELLED))


def test_the_collision_founds_an_incident_of_its_own_when_clustering():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1", **CANNON))
    assert clusterer.add(_mention("a2", **EXPELLED)) == first
    assert clusterer.add(_mention("a3", **COLLISION)) != first


def test_every_veto_has_a_place_in_the_why_counts_order():
    # `sitrep eval incidents --why` tells the veto nearest a join by this order: a veto missing from it would crash.
    import sitrep.analysis.incidents as incidents
    from sitrep.eval.incident_why import _VETO_ORDER

    vetoes = {value for name, value in vars(incidents).items() if name.startswith("VETO_") and isinstance(value, str)}
    assert vetoes <= set(_VETO_ORDER)
