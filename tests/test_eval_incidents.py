"""Floors for incident clustering on the project's sets of many outlets reporting the same events.

The development sets (incidents_dev.jsonl, incidents_dev2.jsonl, incidents_dev3.jsonl) are the ones the
clusterer was tuned on; the evaluation set (incidents.jsonl) was only measured. Floors sit a little below
the figures measured when they were set.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.eval.clustering import read_corpus
from sitrep.eval.incidents import INCIDENTS_SET, evaluate_incidents

DEV_SET = INCIDENTS_SET.with_name("incidents_dev.jsonl")


def test_dev_set_has_many_reported_events_and_distractors():
    records = read_corpus(DEV_SET)
    assert {"id", "outlet", "published", "title", "text", "incident"} <= set(records[0])
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= 3) >= 10
    assert sum(1 for size in sizes.values() if size == 1) >= 8
    eval_titles = {record["title"] for record in read_corpus(INCIDENTS_SET)}
    assert not eval_titles & {record["title"] for record in records}


@pytest.mark.slow
def test_dev_set_clustering_floor():
    result = evaluate_incidents(DEV_SET)
    assert result["articles"] >= 40
    assert result["f1"] >= 0.92  # measured 0.964 on 27 Nov 2026, third session (0.944 before it)
    assert result["ari"] >= 0.92  # measured 0.963


@pytest.mark.slow
def test_eval_set_clustering_floor_through_the_cli():
    outcome = CliRunner().invoke(app, ["eval", "incidents", "--json"])
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.output)
    # The goal of #6: 0.9. Measured 0.909 (P 0.902, R 0.917) on 28 Nov 2026, eleventh session (0.881 before it;
    # 0.778 in the third session).
    assert result["f1"] >= 0.9
    assert result["precision"] >= 0.88


DEV2_SET = INCIDENTS_SET.with_name("incidents_dev2.jsonl")


@pytest.mark.slow
def test_second_dev_set_clustering_floor():
    result = evaluate_incidents(DEV2_SET)
    assert result["f1"] >= 0.9  # measured 0.960 on 27 Nov 2026, third session (0.762 before it)
    assert result["precision"] >= 0.9  # measured 1.000


def test_second_dev_set_covers_other_kinds_of_event_with_distractors():
    records = read_corpus(DEV2_SET)
    assert len(records) >= 40
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= 3) >= 12
    assert sum(1 for size in sizes.values() if size == 1) >= 8
    titles = {record["title"] for record in records}
    assert not titles & {record["title"] for record in read_corpus(INCIDENTS_SET)}
    assert not titles & {record["title"] for record in read_corpus(DEV_SET)}


DEV3_SET = INCIDENTS_SET.with_name("incidents_dev3.jsonl")


def test_third_dev_set_has_reactions_follow_ups_and_distractors():
    records = read_corpus(DEV3_SET)
    assert len(records) >= 40
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= 3) >= 12
    assert sum(1 for size in sizes.values() if size == 1) >= 8
    titles = {record["title"] for record in records}
    for other in (INCIDENTS_SET, DEV_SET, DEV2_SET):
        assert not titles & {record["title"] for record in read_corpus(other)}


@pytest.mark.slow
def test_third_dev_set_clustering_floor():
    result = evaluate_incidents(DEV3_SET)
    # measured 0.818 on 27 Nov 2026, round 1 (0.655 before the third session's rules); 0.925 in round 2,
    # on a later event coder (0.892) and with talks (CONSULT, not a visit or summit) linkable
    assert result["f1"] >= 0.85
    assert result["precision"] >= 0.9  # measured 1.000 in round 2 (0.900 in round 1)


@pytest.mark.slow
def test_articles_fed_in_many_runs_still_find_their_incidents_through_the_cli():
    # Eleven runs in a shuffled order, incidents updated after each: reactions often come before the
    # incident they react to. Re-examining them when it comes keeps 0.931 (0.836 without; 0.960 in one batch).
    outcome = CliRunner().invoke(app, ["eval", "incidents", "--dataset", str(DEV2_SET), "--runs", "11", "--json"])
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.output)
    assert result["f1"] >= 0.9
    assert result["precision"] >= 0.95


CHECK_SET = INCIDENTS_SET.with_name("incidents_check.jsonl")


@pytest.mark.slow
def test_check_set_written_after_the_rules_clustering_floor():
    records = read_corpus(CHECK_SET)
    titles = {record["title"] for record in records}
    for other in (INCIDENTS_SET, DEV_SET, DEV2_SET, DEV3_SET):
        assert not titles & {record["title"] for record in read_corpus(other)}
    result = evaluate_incidents(CHECK_SET)
    assert result["f1"] >= 0.88  # measured 0.957 on 27 Nov 2026 (0.737 with the rules before the third session)
    assert result["precision"] >= 0.9  # measured 1.000


DEV4_SET = INCIDENTS_SET.with_name("incidents_dev4.jsonl")


def test_fourth_dev_set_has_many_outlets_styles_and_distractors():
    records = read_corpus(DEV4_SET)
    assert len(records) >= 40
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= 3) >= 12
    assert sum(1 for size in sizes.values() if size == 1) >= 8
    assert len({record["outlet"] for record in records}) >= 5
    titles = {record["title"] for record in records}
    for other in (INCIDENTS_SET, DEV_SET, DEV2_SET, DEV3_SET, CHECK_SET):
        assert not titles & {record["title"] for record in read_corpus(other)}


@pytest.mark.slow
def test_fourth_dev_set_clustering_floor():
    # Written in the fourth session before any rule change and measured blind: 0.915 (P 1.000, R 0.843) on
    # 27 Nov 2026, 23:21 UTC; 0.938 in 4 shuffled runs.
    # Fifth session (28 Nov 2026): 0.948 (0.926 before), an incident of one article merging at the join bar.
    result = evaluate_incidents(DEV4_SET)
    assert result["f1"] >= 0.92
    assert result["precision"] >= 0.95


@pytest.mark.slow
def test_the_first_dev_set_in_shuffled_runs_merges_whichever_incident_came_last():
    # Four shuffled runs: 0.897 before the fifth session, when the merge pass compared only the incident touched
    # last with its neighbours, not they with it; 0.927 with both ways round (28 Nov 2026; 0.964 in one batch).
    result = evaluate_incidents(DEV_SET, runs=4)
    # Sixth session (28 Nov 2026): 0.965 (0.946 before: Wagner's withdrawal from Rostov, a follow-up naming
    # the incident's place, is linked to the seizure).
    assert result["f1"] >= 0.95
    assert result["precision"] >= 0.95


DEV5_SET = INCIDENTS_SET.with_name("incidents_dev5.jsonl")


def test_fifth_dev_set_has_reports_without_an_event_sentence_and_distractors():
    records = read_corpus(DEV5_SET)
    assert len(records) >= 24
    sizes = Counter(record["incident"] for record in records)
    assert 6 <= sum(1 for size in sizes.values() if size >= 2) <= 10
    assert sum(1 for size in sizes.values() if size == 1) >= 5
    assert len({record["outlet"] for record in records}) >= 5
    titles = {record["title"] for record in records}
    for other in (INCIDENTS_SET, DEV_SET, DEV2_SET, DEV3_SET, DEV4_SET, CHECK_SET):
        assert not titles & {record["title"] for record in read_corpus(other)}


@pytest.mark.slow
def test_fifth_dev_set_clustering_floor():
    # Written in the sixth session (28 Nov 2026) before its rules: 0.725 (P 0.758, R 0.694) with the rules of the
    # session's start; 0.861 (P 0.861, R 0.861) with the incident's own names, the act preferred to what was said
    # about it, and sides the other way round counted as no agreement; 0.886 (P 0.912) with a title
    # ("President") no longer counted as a name.
    result = evaluate_incidents(DEV5_SET)
    assert result["f1"] >= 0.86
    assert result["precision"] >= 0.88


DEV6_SET = INCIDENTS_SET.with_name("incidents_dev6.jsonl")


def test_sixth_dev_set_has_aftermath_stories_and_distractors():
    records = read_corpus(DEV6_SET)
    assert len(records) >= 30
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= 4) >= 8
    assert sum(1 for size in sizes.values() if size == 1) >= 8
    assert len({record["outlet"] for record in records}) >= 5
    titles = {record["title"] for record in records}
    for other in (INCIDENTS_SET, DEV_SET, DEV2_SET, DEV3_SET, DEV4_SET, DEV5_SET, CHECK_SET):
        assert not titles & {record["title"] for record in read_corpus(other)}


@pytest.mark.slow
def test_sixth_dev_set_clustering_floor():
    # Written in the seventh session (28 Nov 2026) before its rules: 0.673 (P 0.700, R 0.648) with the rules of the
    # session's start; 0.774 (P 0.788, R 0.759) with an aftermath story linked by the town its headline names, the
    # day two articles agree on anchoring an incident's date, a point across a border another place, and one type
    # in modes of two groups joined at the same point on the same day.
    # Second round: two towns of one region the same day two places, an article's incident the material act it
    # leads with on another day, a protest and the force used on it one incident: 0.863 (P 1.000, R 0.759).
    result = evaluate_incidents(DEV6_SET)
    assert result["f1"] >= 0.82
    assert result["precision"] >= 0.9


DEV7_SET = INCIDENTS_SET.with_name("incidents_dev7.jsonl")


def test_seventh_dev_set_has_same_day_towns_protests_and_a_second_attack():
    records = read_corpus(DEV7_SET)
    assert len(records) >= 16
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= 3) >= 3
    assert sum(1 for size in sizes.values() if size == 1) >= 3
    titles = {record["title"] for record in records}
    for other in (INCIDENTS_SET, DEV_SET, DEV2_SET, DEV3_SET, DEV4_SET, DEV5_SET, CHECK_SET, DEV6_SET):
        assert not titles & {record["title"] for record in read_corpus(other)}


@pytest.mark.slow
def test_seventh_dev_set_clustering_floor():
    # Written in the seventh session's second round, after its first rule (two towns) and before the others:
    # 0.545 (P 0.409) with the rules of the round's start, 0.815 (P 0.688, R 1.000) after. Written after a rule:
    # optimistic.
    result = evaluate_incidents(DEV7_SET)
    assert result["f1"] >= 0.78
    assert result["old_reading"]["f1"] <= result["f1"] + 1e-9


def _reading_store():
    """A store of three articles on Sunday's strike on a port and one that leads with Wednesday's attack on it,
    recalling Sunday's in a later sentence, plus a protest lodged over Sunday's strike and a report of the strike
    led by it the day after (one day off: the same event)."""
    from sitrep.store import Store

    store = Store.open(":memory:")
    incidents = [("inc-sun", 4, "2026-10-04", "day", 4), ("inc-wed", 1, "2026-10-07", "day", 4),
                 ("inc-said", 1, "2026-10-05", "day", 3), ("inc-mon", 1, "2026-10-05", "day", 4)]
    store.connection.executemany(
        "INSERT INTO incidents (incident_id, num_articles, date_value, date_precision, quad_class) "
        "VALUES (?, ?, ?, ?, ?)", incidents)
    events = [  # article, event, start, quad class, day, incident
        ("a1", "e1", 0, 4, "2026-10-04", "inc-sun"), ("a2", "e1", 0, 4, "2026-10-04", "inc-sun"),
        ("a3", "e1", 0, 4, "2026-10-04", "inc-sun"),
        ("a4", "e1", 0, 4, "2026-10-07", "inc-wed"), ("a4", "e2", 90, 4, "2026-10-04", "inc-sun"),
        ("a5", "e1", 0, 3, "2026-10-05", "inc-said"), ("a5", "e2", 90, 4, "2026-10-04", "inc-sun"),
        ("a6", "e1", 0, 4, "2026-10-05", "inc-mon"), ("a6", "e2", 90, 4, "2026-10-04", "inc-sun"),
    ]
    store.connection.executemany(
        "INSERT INTO events (article_id, event_id, start, quad_class, date_value, date_precision, confidence) "
        "VALUES (?, ?, ?, ?, ?, 'day', 0.8)", [row[:5] for row in events])
    store.connection.executemany("INSERT INTO incident_mentions (incident_id, article_id, event_id) VALUES (?, ?, ?)",
                                 [(row[5], row[0], row[1]) for row in events])
    return store


def test_an_article_is_about_the_material_act_it_leads_with_on_another_day():
    from sitrep.eval.clustering import article_incidents

    with _reading_store() as store:
        now, before = article_incidents(store), article_incidents(store, lead=False)
    assert now["a4"] == "inc-wed" and before["a4"] == "inc-sun"
    # Led by what was said, or by a material act a day from the incident most articles report: the reading before.
    assert now["a5"] == before["a5"] == "inc-sun"
    assert now["a6"] == before["a6"] == "inc-sun"
    assert {now[article] for article in ("a1", "a2", "a3")} == {"inc-sun"}
