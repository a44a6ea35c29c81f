"""Clustering rules of the seventh session's second round: two towns of one region hit the same day are two places
(a district's centre is an area, and keeps the graded score), and a protest and the force used on it at home, at the
same point on the same day, are one incident across the type-group veto."""

from __future__ import annotations

from datetime import date

from incident_samples import incident_of as _incident
from incident_samples import strike_mention as _mention

from sitrep.analysis.incidents import VETO_PLACE, VETO_TYPE, IncidentClusterer, judge

DAY = date(2026, 3, 3)
NABATIEH = dict(lat=33.378, lon=35.484, country="LBN", admin1="Nabatieh", location_name="Nabatieh",
                feature="city", event_date=DAY, source_countries=frozenset({"ISR"}),
                target_countries=frozenset({"LBN"}), source_country="ISR", target_country="LBN",
                sentence="An Israeli drone struck a car in the southern Lebanese city of Nabatieh, killing a commander",
                title="Israeli drone strike kills Hezbollah commander in Nabatieh")
# 27 km to the south, in the same region, the same day, the same sides.
BINT_JBEIL = dict(NABATIEH, lat=33.121, lon=35.433, location_name="Bint Jbeil",
                  sentence="Israeli warplanes struck two buildings in the town of Bint Jbeil in south Lebanon",
                  title="Israeli jets strike buildings in Bint Jbeil")



def test_two_towns_of_one_region_hit_the_same_day_are_two_places():
    incident = _incident(NABATIEH)
    assert judge(_mention("b1", **BINT_JBEIL), incident).veto == VETO_PLACE


def test_a_town_the_incidents_reports_name_is_still_one_of_its_places():
    named = dict(NABATIEH, sentence="Israeli drones struck Nabatieh and Bint Jbeil, killing a commander")
    judgement = judge(_mention("b1", **BINT_JBEIL), _incident(named))
    assert judgement.veto is None and judgement.parts[2] == 0.6


def test_a_district_centre_keeps_the_graded_score():
    # A survivors' story placed at the district ("Anantnag", the gazetteer's admin2) of a massacre at a meadow 35 km
    # from it: an area, not a town, so no veto either way round.
    pahalgam = dict(plover_type="ASSAULT", lat=34.016, lon=75.318, country="IND", admin1="Kashmir",
                    location_name="Pahalgam", feature="city", sentence="Gunmen opened fire on tourists near Pahalgam",
                    title="Gunmen kill 26 tourists in Kashmir")
    anantnag = dict(pahalgam, lat=33.73, lon=75.15, location_name="Anantnag", feature="admin2",
                    sentence="Survivors of the attack described the gunmen",
                    title="Anantnag: survivors describe gunmen")
    assert judge(_mention("b1", **anantnag), _incident(pahalgam)).veto is None
    assert judge(_mention("b1", **pahalgam), _incident(anantnag)).veto is None


def test_the_second_town_does_not_chain_into_the_first_when_clustering():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1", **NABATIEH))
    assert clusterer.add(_mention("a2", **BINT_JBEIL)) != first
    again = {**NABATIEH, "sentence": "The strike on a car in Nabatieh killed two"}
    assert clusterer.add(_mention("a3", **again)) == first


TBILISI = dict(lat=41.694, lon=44.801, country="GEO", admin1="Tbilisi", location_name="Tbilisi", feature="city",
               event_date=date(2026, 9, 20), source_countries=frozenset({"GEO"}), target_countries=frozenset({"GEO"}),
               source_country="GEO", target_country="GEO")
RALLY = dict(TBILISI, plover_type="PROTEST", plover_mode="demo",
             sentence="Thousands protested outside parliament on Rustaveli Avenue in Tbilisi against the agents law",
             title="Thousands rally outside Georgian parliament against agents law")
POLICE = dict(TBILISI, plover_type="ASSAULT",
              sentence="Riot police fired water cannon and tear gas at protesters on Rustaveli Avenue in Tbilisi",
              title="Georgian police use water cannon and tear gas on Rustaveli Avenue protesters")


def test_a_protest_and_the_police_force_used_on_it_are_one_incident():
    judgement = judge(_mention("b1", **POLICE), _incident(RALLY))
    assert judgement.veto is None and judgement.score is not None and judgement.score >= 0.5
    assert judge(_mention("b1", **RALLY), _incident(POLICE)).veto is None


def test_force_a_foreign_side_uses_on_a_protest_city_is_another_event():
    missile = dict(POLICE, source_countries=frozenset({"RUS"}), source_country="RUS",
                   sentence="A Russian missile struck a building on Rustaveli Avenue in Tbilisi")
    assert judge(_mention("b1", **missile), _incident(RALLY)).veto == VETO_TYPE
    assert judge(_mention("b1", **RALLY), _incident(missile)).veto == VETO_TYPE


def test_a_protest_elsewhere_or_another_day_stays_out_of_the_police_force():
    batumi = dict(RALLY, lat=41.642, lon=41.634, location_name="Batumi")
    next_day = dict(RALLY, event_date=date(2026, 9, 22))
    for fields in (batumi, next_day):
        assert judge(_mention("b1", **fields), _incident(POLICE)).veto == VETO_TYPE


def test_a_protest_joins_the_joined_incident_as_one_of_its_kind_when_clustering():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1", **POLICE))
    assert clusterer.add(_mention("a2", **RALLY)) == first
    # The next day's report of the protests is compared with the incident as a protest (no same-day condition).
    later = dict(RALLY, event_date=date(2026, 9, 21), sentence="Protests on Rustaveli Avenue in Tbilisi went on")
    assert clusterer.add(_mention("a3", **later)) == first


def test_a_report_dated_only_by_publication_keeps_the_graded_score():
    judgement = judge(_mention("b1", **{**BINT_JBEIL, "date_precision": "reported"}), _incident(NABATIEH))
    assert judgement.veto is None and 0.3 <= judgement.parts[2] < 1.0


DAM = dict(lat=46.78, lon=33.37, country="UKR", admin1="Kherson", location_name="Nova Kakhovka", feature="city",
           event_date=date(2023, 6, 6), sentence="The Kakhovka dam at Nova Kakhovka was destroyed, flooding villages",
           title="Kakhovka dam destroyed, flooding villages downstream")
EVACUATION = dict(DAM, plover_type="AID", sentence="Officials began evacuating Nova Kakhovka as water poured through",
                  title="Thousands evacuated as water pours through breached dam")


def test_a_material_act_of_another_group_sharing_two_names_at_the_point_joins():
    assert judge(_mention("b1", **EVACUATION), _incident(DAM)).veto is None
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1", **DAM))
    assert clusterer.add(_mention("a2", **EVACUATION)) == first


def test_one_shared_name_what_was_said_or_another_day_keeps_the_type_group_veto():
    one_name = dict(EVACUATION, sentence="Officials began evacuating villages as water poured through the breach")
    said = dict(EVACUATION, plover_type="ACCUSE", sentence="Kyiv blamed Moscow for blowing up the Nova Kakhovka dam")
    next_week = dict(EVACUATION, event_date=date(2023, 6, 9))
    for fields in (one_name, said, next_week):
        assert judge(_mention("b1", **fields), _incident(DAM)).veto == VETO_TYPE
