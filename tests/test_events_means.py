"""A response told by its means ("retaliated by imposing tariffs") is the means, not force."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.pipeline import Coder


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa retaliated by announcing increased tariffs on American steel.",
        "The government retaliated on Monday by expelling three diplomats.",
    ],
)
def test_a_response_told_by_its_means_is_not_force(coder: Coder, text: str) -> None:
    events = events_of(coder, text)
    assert not [event for event in events if event.trigger.startswith("retaliat")]
    assert events, "the means itself is coded"
    assert all(event.cameo_code is None or not event.cameo_code.startswith("19") for event in events)


def test_retaliation_with_no_means_named_is_still_force(coder: Coder) -> None:
    events = events_of(coder, "Israeli forces retaliated against Hezbollah positions in southern Lebanon.")
    assert [event.cameo_code for event in events if event.trigger.startswith("retaliat")] == ["190"]
