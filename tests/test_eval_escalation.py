"""Floors for the escalation evaluation on the project's timeline corpus (see BENCHMARKS.md)."""

from __future__ import annotations

import pytest

from sitrep.analysis.ladder import load_ladder
from sitrep.eval.escalation import evaluate_escalation


def test_named_weapon_systems_are_found_with_plurals_and_not_inside_other_words():
    ladder = load_ladder()
    assert ladder.weapons_in("Ukraine fired British Storm Shadows and six ATACMS missiles.") == [
        "ATACMS", "Storm Shadow"
    ]
    assert ladder.weapons_in("Pilots trained on F-16s.") == ["F-16"]
    assert ladder.weapons_in("The F-160 is no weapon, and the speech was patriotic.") == []


@pytest.mark.slow
def test_turning_points_rank_among_the_top_weeks_and_beat_the_no_change_baseline():
    result = evaluate_escalation()
    assert len(result["turning_points"]) == 5
    assert result["in_top_10"] >= 4  # measured 5 of 5 on 27 Nov 2026, 21:08 UTC (4 of 5 at 19:48)
    assert result["mean_rank"] <= 5.0  # measured 3.6 (ranks 1, 6, 4, 5, 2); 5.8 at 19:48 (1, 6, 16, 4, 2)
    assert result["mean_rank"] < result["baseline_mean_rank"]  # the no-change baseline: 4.8 (3, 9, 4, 7, 1)
