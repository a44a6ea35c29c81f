"""Seizing ground versus occupying a building (issue #6, VOA report: "security forces have also occupied at
least 36 hospitals" stood on rung 7, "seizure of territory"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.analysis.ladder import EventFacts, load_ladder

COERCION, SEIZURE = 5, 7


def _occupation(sentence: str) -> int:
    return load_ladder().rung_of(EventFacts("COERCE", "seize", "192", sentence=sentence))


@pytest.mark.parametrize("sentence", [
    "Security forces have also occupied at least 36 hospitals in the capital.",
    "Protesters stormed the U.S. embassy on Friday.",
    "Troops took over the city's main hospital.",
    "Gunmen seized a passenger train near the border.",
])
def test_occupying_a_building_or_vehicle_is_coercion_not_a_seizure_of_territory(sentence: str) -> None:
    assert _occupation(sentence) == COERCION


@pytest.mark.parametrize("sentence", [
    "Russian troops occupied the city of Kherson.",
    "Rebels captured Goma after days of fighting.",
    "The militants seized the town and its hospital.",
    "North Korea invaded.",
    "Gunmen seized the nuclear power plant.",
])
def test_seizing_ground_stays_on_the_seizure_rung(sentence: str) -> None:
    assert _occupation(sentence) == SEIZURE


def test_a_facility_far_from_the_verb_does_not_decide() -> None:
    sentence = "The army captured the ridge overlooking the valley, days before shelling a hospital."
    assert _occupation(sentence) == SEIZURE
