"""Floors for incident clustering on the project's sets of many outlets reporting the same events.

The development sets (incidents_dev.jsonl, incidents_dev2.jsonl) are the ones the clusterer was tuned
on; the evaluation set (incidents.jsonl) was only measured. Floors sit a little below the figures
measured when they were set.
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
    assert result["f1"] >= 0.88  # measured 0.925 on 27 Nov 2026 (0.889 before the second round of rules)
    assert result["ari"] >= 0.88  # measured 0.922


@pytest.mark.slow
def test_eval_set_clustering_floor_through_the_cli():
    outcome = CliRunner().invoke(app, ["eval", "incidents", "--json"])
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.output)
    assert result["f1"] >= 0.67  # measured 0.706 on 27 Nov 2026 (0.693 before the second round of rules)
    assert result["precision"] >= 0.8  # measured 0.857


DEV2_SET = INCIDENTS_SET.with_name("incidents_dev2.jsonl")


@pytest.mark.slow
def test_second_dev_set_clustering_floor():
    result = evaluate_incidents(DEV2_SET)
    assert result["f1"] >= 0.7  # measured 0.742 on 27 Nov 2026 (0.698 with the first round of rules)
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
