"""Unit tests for the incident clusterer's rules: type groups, soft parties and places, headline words."""

from __future__ import annotations

from datetime import date

from sitrep.analysis.incidents import (
    EventMention,
    IncidentClusterer,
    IncidentState,
    keywords,
    similarity,
    type_group,
)


def _mention(article_id: str, **overrides) -> EventMention:
    fields = dict(
        plover_type="ASSAULT", sentence="A missile struck the railway station in Kramatorsk, killing dozens",
        start=0, end=10, event_date=date(2024, 1, 1), date_precision="day", lat=48.72, lon=37.56,
        country="UKR", admin1="Donetsk", title="Missile strike on Kramatorsk station",
    )
    fields.update(overrides)
    return EventMention(article_id, "e1", **fields)


def test_neighbouring_types_share_a_group_and_distant_ones_do_not():
    assert type_group("ASSAULT") == type_group("COERCE")
    assert type_group("ACCUSE") == type_group("REJECT")
    assert type_group("ASSAULT") != type_group("ACCUSE")
    assert type_group("PROTEST") == "PROTEST"


def test_a_report_coded_as_seizure_joins_the_attack_it_describes():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1"))
    assert clusterer.add(_mention("a2", plover_type="COERCE")) == first
    assert clusterer.add(_mention("a3", plover_type="ACCUSE")) != first


def test_other_type_of_the_group_costs_something():
    clusterer = IncidentClusterer()
    incident = clusterer.incidents[clusterer.add(_mention("a1"))]
    same = similarity(_mention("a2"), incident)
    other = similarity(_mention("a2", plover_type="COERCE"), incident)
    assert same is not None and other is not None and other < same


def test_disagreeing_parties_lower_the_score_but_do_not_rule_out():
    clusterer = IncidentClusterer()
    incident = clusterer.incidents[clusterer.add(_mention("a1", source_countries=frozenset({"RUS"})))]
    agreeing = similarity(_mention("a2", source_countries=frozenset({"RUS"})), incident)
    disagreeing = similarity(_mention("a2", source_countries=frozenset({"USA"})), incident)
    assert disagreeing is not None and agreeing is not None and disagreeing < agreeing


def test_country_level_place_that_differs_is_not_a_contradiction():
    # "American soldiers were killed" is often geocoded to the United States: weak evidence only.
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1", lat=None, lon=None, admin1=None, country="JOR"))
    assert clusterer.add(_mention("a2", lat=None, lon=None, admin1=None, country="USA")) == first


def test_precise_places_far_apart_never_join():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1"))
    assert clusterer.add(_mention("a2", lat=50.45, lon=30.52, admin1="Kyiv City")) != first


def test_headline_words_count_and_word_forms_meet():
    mention = _mention("a1", sentence="Officials said dozens died.", title="Kerman bombings claimed")
    assert {"kerman", "bomb"} <= mention.keywords
    assert keywords("bombs") == keywords("bombings")
    assert keywords("Ukrainian strikes") & keywords("Ukraine struck striking")


def test_differently_worded_follow_up_joins_by_headline_and_place():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1"))
    follow_up = _mention(
        "a2", sentence="The toll rose to 52 on Saturday.", title="Kramatorsk station toll rises",
        event_date=date(2024, 1, 2), date_precision="reported",
    )
    assert clusterer.add(follow_up) == first


def _seeded(incident_id: str, mention: EventMention) -> IncidentState:
    state = IncidentState(incident_id, mention.plover_type)
    state.add(mention)
    return state


def test_merge_pass_joins_incidents_that_now_fit_and_keeps_the_larger():
    larger = _seeded("inc-a", _mention("a1"))
    larger.add(_mention("a2"))
    clusterer = IncidentClusterer([larger, _seeded("inc-b", _mention("a3"))])
    assert clusterer.merge_pass(["inc-b"]) == {"inc-b": "inc-a"}
    assert set(clusterer.incidents) == {"inc-a"}
    assert clusterer.incidents["inc-a"].article_ids == {"a1", "a2", "a3"}


def test_merge_pass_leaves_incidents_in_different_places_apart():
    kyiv = _mention("a2", lat=50.45, lon=30.52, admin1="Kyiv City")
    clusterer = IncidentClusterer([_seeded("inc-a", _mention("a1")), _seeded("inc-b", kyiv)])
    assert clusterer.merge_pass(["inc-a", "inc-b"]) == {}
    assert set(clusterer.incidents) == {"inc-a", "inc-b"}


def test_reassign_moves_stored_mentions_of_a_merged_incident(tmp_path):
    from sitrep.store import Store
    from sitrep.store import incidents as incident_rows

    with Store.open(tmp_path / "merge.duckdb") as store:
        store.connection.executemany(
            "INSERT INTO incident_mentions VALUES (?, ?, ?)",
            [["inc-a", "a1", "e1"], ["inc-b", "a2", "e1"], ["inc-c", "a3", "e1"]],
        )
        incident_rows.reassign(store.connection, {"inc-b": "inc-a"})
        rows = store.connection.execute(
            "SELECT article_id, incident_id FROM incident_mentions ORDER BY article_id"
        ).fetchall()
    assert rows == [("a1", "inc-a"), ("a2", "inc-a"), ("a3", "inc-c")]


def test_troops_sent_in_join_the_incursion_they_are_part_of():
    assert type_group("MOBILIZE") == type_group("ASSAULT")


def test_a_vague_background_date_neither_widens_nor_anchors_a_dated_incident():
    clusterer = IncidentClusterer()
    incident = clusterer.incidents[clusterer.add(_mention("a1", event_date=date(2024, 10, 26)))]
    clusterer.add(_mention("a1", event_date=date(2024, 10, 1), date_precision="month"))
    assert (incident.first_date, incident.last_date, incident.precision) == (date(2024, 10, 26),) * 2 + ("day",)
    # An incident first seen in a vague date takes the precise date when one arrives.
    vague = IncidentState("inc-v", "ASSAULT")
    vague.add(_mention("b1", event_date=date(2024, 10, 1), date_precision="month"))
    vague.add(_mention("b2", event_date=date(2024, 10, 20)))
    assert (vague.first_date, vague.precision) == (date(2024, 10, 20), "day")


def test_a_follow_up_dated_by_publication_a_day_later_costs_nothing():
    clusterer = IncidentClusterer()
    incident = clusterer.incidents[clusterer.add(_mention("a1", event_date=date(2024, 1, 1)))]
    same_day = similarity(_mention("a2", event_date=date(2024, 1, 1), date_precision="reported"), incident)
    next_day = similarity(_mention("a2", event_date=date(2024, 1, 2), date_precision="reported"), incident)
    day_later = similarity(_mention("a2", event_date=date(2024, 1, 2)), incident)
    assert same_day == next_day and day_later is not None and day_later < next_day
