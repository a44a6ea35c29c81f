"""Follow-ups published days after their event: a report dated only by its publication comes out a day after the
event, in the date veto as in the score; an article that tells the day of the attack it follows ("a day after a drone
struck a hangar") is read on that day, and on the incident's very day at a lower share; an article led by the
aftermath (power restored, troops pulling out) is about the act it follows. Reports written for these tests, in the
manner of incidents_dev10.jsonl and incidents_dev11.jsonl (written for the project)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from incident_samples import assert_dev_set_shape, incident_of, strike_mention

from sitrep.analysis.article_links import ArticleText, link_articles, why_not_linked
from sitrep.analysis.incidents import VETO_DATE, IncidentClusterer, IncidentState, judge
from sitrep.eval.incidents import INCIDENTS_SET, evaluate_incidents

DAY = date(2027, 1, 17)
KILLING = dict(
    plover_type="ASSAULT", event_date=DAY, date_precision="day", lat=19.42, lon=-102.06, country="MEX",
    admin1="Michoacan", location_name="Uruapan", feature="city", quad_class=4,
    sentence="Gunmen shot dead the mayor of Uruapan as he left a public event, state prosecutors said",
    title="Mayor of Uruapan shot dead",
)  # fmt: skip
FOLLOW_UP = dict(
    KILLING, date_precision="reported",
    sentence="Prosecutors said the investigation into the killing of the Uruapan mayor was continuing",
    title="No arrests yet in killing of Uruapan mayor",
)  # fmt: skip


def _incident() -> IncidentState:
    return incident_of(KILLING, dict(KILLING, title="Uruapan mayor assassinated at town festival"))


def test_a_publication_dated_follow_up_three_days_later_is_within_the_window():
    later = strike_mention("f1", **dict(FOLLOW_UP, event_date=DAY + timedelta(days=3)))
    assert (judge(later, _incident()).score or 0.0) >= 0.5
    clusterer = IncidentClusterer([_incident()])
    assert clusterer.add(later) == "inc-1"  # looked up as a candidate too


def test_a_day_later_still_and_a_dated_report_three_days_later_are_not():
    four_days = strike_mention("f1", **dict(FOLLOW_UP, event_date=DAY + timedelta(days=4)))
    assert judge(four_days, _incident()).veto == VETO_DATE
    dated = strike_mention("f1", **dict(FOLLOW_UP, date_precision="day", event_date=DAY + timedelta(days=3)))
    assert judge(dated, _incident()).veto == VETO_DATE


ERBIL = dict(
    plover_type="ASSAULT", event_date=date(2027, 1, 28), date_precision="day", lat=36.24, lon=43.96, country="IRQ",
    admin1="Erbil", location_name="Erbil", feature="city", quad_class=4,
    sentence="Two explosive-laden drones targeted Erbil international airport, where coalition troops are based",
    title="Drones target Erbil airport, coalition base",
)  # fmt: skip
FLIGHTS = ArticleText(
    "f1", "Flights resume at Erbil international airport after drone attack",
    "Erbil international airport resumed flights on Saturday after a suspension, its director said, two days after a "
    "drone struck a hangar at the airport. Airlines had diverted evening flights to Sulaymaniyah.",
    date(2027, 1, 30), told_days=frozenset({date(2027, 1, 28)}),
)


def _erbil() -> dict[str, IncidentState]:
    incident = incident_of(ERBIL, dict(ERBIL, sentence="A drone hit an empty hangar at Erbil airport, causing no "
                                       "casualties", title="Drone attack on Erbil airport causes no casualties"))
    other = IncidentState("inc-other", "ASSAULT")
    other.add(strike_mention("o1", **dict(ERBIL, lat=33.3, lon=44.4, admin1="Baghdad", location_name="Baghdad",
                                          sentence="A rocket landed near the embassy in Baghdad",
                                          title="Rocket lands near embassy in Baghdad")))
    return {incident.incident_id: incident, other.incident_id: other}


def test_an_article_is_read_on_the_day_of_the_attack_it_tells():
    (link,) = link_articles([FLIGHTS], _erbil())
    assert link.incident_id == "inc-1"


def test_without_a_told_day_it_is_published_outside_the_incidents_days():
    untold = ArticleText(FLIGHTS.article_id, FLIGHTS.title, FLIGHTS.text, FLIGHTS.published)
    incidents = _erbil()
    assert link_articles([untold], incidents) == []
    # within the late follow-up days, where only the reports' own names would link it (``LATE_DAYS``)
    assert why_not_linked(untold, incidents["inc-1"], incidents).startswith("published after the incident's days")
    # A day it tells that is not the incident's is no help either.
    elsewhere = ArticleText(FLIGHTS.article_id, FLIGHTS.title, FLIGHTS.text, FLIGHTS.published,
                            told_days=frozenset({date(2027, 1, 24)}))
    assert link_articles([elsewhere], incidents) == []


FUNERAL = ArticleText(
    "f2", "Militia buries commander, vows revenge",
    "Thousands of mourners followed the coffin of Karim Haddad through his home village on Wednesday, a day after "
    "he was killed when a drone struck his vehicle. A militia official told the crowd that its answer would come at a "
    "time of its choosing.",
    date(2027, 1, 29),
)
DRONE_ON_CAR = dict(
    ERBIL, sentence="A drone struck a car on the road outside Erbil, killing a senior militia commander and his "
    "driver, security sources said", title="Drone strike on car near Erbil kills militia commander",
)  # fmt: skip


def test_the_incidents_very_day_lowers_the_share_a_funeral_needs():
    incidents = {"inc-1": incident_of(DRONE_ON_CAR, dict(DRONE_ON_CAR, title="Commander killed in drone strike")),
                 "inc-other": _erbil()["inc-other"]}
    # Its words are those of a funeral: few of the strike's (a share of 0.10, 0.12 with the headlines' likeness).
    assert link_articles([FUNERAL], incidents) == []
    told = ArticleText(FUNERAL.article_id, FUNERAL.title, FUNERAL.text, FUNERAL.published,
                       told_days=frozenset({date(2027, 1, 28)}))
    (link,) = link_articles([told], incidents)
    assert link.incident_id == "inc-1"
    # The day after the attack is in the publication window, but not the incident's day: the usual bar.
    off_day = ArticleText(FUNERAL.article_id, FUNERAL.title, FUNERAL.text, FUNERAL.published,
                          told_days=frozenset({date(2027, 1, 27)}))
    assert link_articles([off_day], incidents) == []


def _lead_store():
    """Three reports of a strike on Sunday; a story led by power restored on Wednesday (material cooperation) whose
    later sentence recalls the strike; a story led by another strike on Wednesday."""
    from sitrep.store import Store

    store = Store.open(":memory:")
    store.connection.executemany(
        "INSERT INTO incidents (incident_id, num_articles, date_value, date_precision, quad_class) "
        "VALUES (?, ?, ?, ?, ?)",
        [("inc-sun", 4, "2026-10-04", "day", 4), ("inc-power", 1, "2026-10-07", "day", 2),
         ("inc-wed", 1, "2026-10-07", "day", 4)])
    events = [("a1", "e1", 0, 4, "2026-10-04", "inc-sun"), ("a2", "e1", 0, 4, "2026-10-04", "inc-sun"),
              ("a3", "e1", 0, 4, "2026-10-04", "inc-sun"),
              ("a4", "e1", 0, 2, "2026-10-07", "inc-power"), ("a4", "e2", 90, 4, "2026-10-04", "inc-sun"),
              ("a5", "e1", 0, 4, "2026-10-07", "inc-wed"), ("a5", "e2", 90, 4, "2026-10-04", "inc-sun")]
    store.connection.executemany(
        "INSERT INTO events (article_id, event_id, start, quad_class, date_value, date_precision, confidence) "
        "VALUES (?, ?, ?, ?, ?, 'day', 0.8)", [row[:5] for row in events])
    store.connection.executemany("INSERT INTO incident_mentions (incident_id, article_id, event_id) VALUES (?, ?, ?)",
                                 [(row[5], row[0], row[1]) for row in events])
    return store


def test_an_article_led_by_the_aftermath_is_about_the_act_it_follows():
    from sitrep.eval.clustering import article_incidents

    with _lead_store() as store:
        found = article_incidents(store)
    assert found["a4"] == "inc-sun"  # power restored: the strike's aftermath
    assert found["a5"] == "inc-wed"  # another strike: the act it leads with


DEV11_SET = INCIDENTS_SET.with_name("incidents_dev11.jsonl")


def test_eleventh_dev_set_tells_follow_ups_days_later_and_distractors():
    assert_dev_set_shape(DEV11_SET, articles=25, reported=6, reported_by=3, alone=6, outlets=4)


@pytest.mark.slow
def test_eleventh_dev_set_clustering_floor():
    # Written in the tenth session (28 Nov 2026) BEFORE its rules: 0.474 (P 0.643, R 0.375) with the committed code;
    # after the session's time and clustering rules 0.851 (P 0.870, R 0.833). Still missed: a family's appeal whose
    # one seizure sentence shares too few words, a crew brought ashore (coded as a visit); wrong: a smugglers'
    # shooting on another border the same day, at the join bar.
    result = evaluate_incidents(DEV11_SET)
    assert result["f1"] >= 0.82
    assert result["precision"] >= 0.84
