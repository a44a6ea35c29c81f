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
    assert result["f1"] >= 0.74  # measured 0.778 on 27 Nov 2026, third session (0.706 before it)
    assert result["precision"] >= 0.84  # measured 0.875; the goal is to stay at 0.85 or above


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
