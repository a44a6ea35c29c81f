"""Clustering rules of the seventh session: the day two articles agree on anchors an incident's date, two points
on either side of a border are two places however near, and one type told in a mode of another group (COERCE: a
measure or force) at the same point on the same day is the same act."""

from __future__ import annotations

from datetime import date

from incident_samples import strike_mention as _mention

from sitrep.analysis.incidents import (
    ACROSS_BORDER_SCORE,
    VETO_DATE,
    VETO_TYPE,
    IncidentClusterer,
    IncidentState,
    judge,
)

QUETTA = dict(lat=30.18, lon=66.99, country="PAK", admin1="Balochistan", location_name="Quetta",
              sentence="A car bomb exploded outside a police station in Quetta, killing seven",
              title="Car bomb outside Quetta police station kills seven")
GRENADE = dict(QUETTA, sentence="Men threw a grenade at a bus in Quetta, wounding nine police and passengers",
               title="Grenade attack on bus in Quetta wounds nine", event_date=date(2024, 1, 3))


def _bombing(*days: date) -> IncidentState:
    """The car bomb, one article for each of ``days`` (the day each dates it to)."""
    incident = IncidentState("inc-bomb", "ASSAULT")
    for n, day in enumerate(days):
        incident.add(_mention(f"a{n}", event_date=day, **QUETTA))
    return incident


def test_an_attack_two_days_after_the_day_the_reports_agree_on_is_another_incident():
    # Two reports date the bombing to the 1st; a follow-up misdates it to the 2nd (the day it was published).
    incident = _bombing(date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2))
    assert incident.agreed_days() == [date(2024, 1, 1)]
    assert judge(_mention("b1", **GRENADE), incident).veto == VETO_DATE
    # The misdated follow-up itself is within a day of the agreed day.
    assert judge(_mention("b2", **{**QUETTA, "event_date": date(2024, 1, 2)}), incident).veto is None


def test_without_two_articles_agreeing_the_span_of_the_reports_decides():
    incident = _bombing(date(2024, 1, 1), date(2024, 1, 2))
    assert incident.agreed_days() == []
    assert judge(_mention("b1", **GRENADE), incident).veto is None  # a day from the 2nd: the window allows it


def test_mentions_of_one_article_agree_once_and_vaguer_dates_do_not_count():
    incident = IncidentState("inc-bomb", "ASSAULT")
    incident.add(_mention("a1", event_date=date(2024, 1, 1), **QUETTA))
    incident.add(_mention("a1", event_date=date(2024, 1, 1), **{**QUETTA, "sentence": "The bomb went off at noon"}))
    incident.add(_mention("a2", event_date=date(2024, 1, 1), date_precision="reported", **QUETTA))
    assert incident.agreed_days() == []


def test_the_agreed_day_keeps_a_second_attack_out_when_clustering():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1", event_date=date(2024, 1, 1), **QUETTA))
    assert clusterer.add(_mention("a2", event_date=date(2024, 1, 1), **QUETTA)) == first
    assert clusterer.add(_mention("a3", event_date=date(2024, 1, 2), **QUETTA)) == first
    assert clusterer.add(_mention("b1", **GRENADE)) != first


NABATIEH = dict(lat=33.378, lon=35.484, country="LBN", admin1="Nabatieh", location_name="Nabatieh",
                sentence="An Israeli drone struck a car in Nabatieh, killing a Hezbollah commander",
                title="Israeli drone strike kills Hezbollah commander in Nabatieh")


def test_a_point_across_a_border_is_another_place_however_near():
    incident = IncidentState("inc-nabatieh", "ASSAULT")
    incident.add(_mention("a1", **NABATIEH))
    # Kiryat Shmona, about 20 km away, in Israel: a rocket that fell there is not the strike on Nabatieh.
    rocket = _mention("b1", lat=33.207, lon=35.570, country="ISR", admin1="Northern District",
                      location_name="Kiryat Shmona", sentence="A rocket fired from Lebanon fell near Kiryat Shmona",
                      title="Rocket fired from Lebanon lands near Kiryat Shmona")
    assert judge(rocket, incident).parts[2] == ACROSS_BORDER_SCORE
    # The same point on the same side of the border is the same place.
    same_side = _mention("b2", **{**NABATIEH, "lat": 33.30, "lon": 35.50})
    assert judge(same_side, incident).parts[2] == 1.0


BISSAU = dict(lat=11.86, lon=-15.60, country="GNB", admin1="Bissau", location_name="Bissau",
              source_country="GNB", target_country="GNB", source_countries=frozenset({"GNB"}),
              target_countries=frozenset({"GNB"}))


def _coup() -> tuple[IncidentClusterer, str]:
    clusterer = IncidentClusterer()
    coup = clusterer.add(_mention("a1", sentence="Soldiers seized the presidential palace in Bissau and detained "
                                  "the president", title="Soldiers seize power in Guinea-Bissau", plover_type="COERCE",
                                  plover_mode="seize", **BISSAU))
    return clusterer, coup


def test_a_measure_at_the_same_point_on_the_same_day_joins_the_seizure_of_one_type():
    clusterer, coup = _coup()
    borders = _mention("a2", sentence="Army officers said on state television in Bissau they had seized power and "
                       "closed the borders", title="Army officers say they have seized power in Guinea-Bissau",
                       plover_type="COERCE", plover_mode="restrict", **BISSAU)
    assert borders.group != clusterer.incidents[coup].group
    assert clusterer.add(borders) == coup


def test_a_measure_elsewhere_or_another_day_stays_of_its_own_group():
    clusterer, coup = _coup()
    incident = clusterer.incidents[coup]
    tariff = _mention("b1", sentence="The United States imposed tariffs on Guinea-Bissau", plover_type="COERCE",
                      plover_mode="restrict", lat=None, lon=None, country="USA", admin1=None, location_name=None,
                      title="US imposes tariffs")
    assert judge(tariff, incident).veto == VETO_TYPE
    next_day = _mention("b2", sentence="The junta closed the borders of Guinea-Bissau", plover_type="COERCE",
                        plover_mode="restrict", title="Junta closes borders", event_date=date(2024, 1, 2), **BISSAU)
    assert judge(next_day, incident).veto == VETO_TYPE
    # Another type of the other group (sanctions) is never joined this way.
    sanctions = _mention("b3", sentence="Sanctions were imposed on the junta in Bissau", plover_type="SANCTION",
                         title="Sanctions on Bissau junta", **BISSAU)
    assert judge(sanctions, incident).veto == VETO_TYPE
