"""Eleventh session: acts chosen against ("decided against extending the ceasefire"), visits and drills told by their
end ("concluded a two-day visit"), ties established or renewed, and mutual acts of two named parties split into one
event per side ("India and Pakistan exchanged fire", "accused each other"). Sentences written for these tests in the
style of wire news (none is from an evaluation set)."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.eval.event_views import main_event


def _main(coder, text: str) -> tuple[str | None, str | None]:
    event = main_event(events_of(coder, text))
    return (event.cameo_code, event.plover_type) if event is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "code", "plover"),
    [
        # a cooperative act decided against is refused (CAMEO 12, PLOVER REJECT)
        ("The government decided against extending the ceasefire.", "1246", "REJECT"),
        ("The government opted against releasing the prisoners.", "1243", "REJECT"),
        ("The rebels decided against resuming talks with the government.", "125", "REJECT"),
        # visits and drills concluded or wrapped up took place
        ("Indian Prime Minister Narendra Modi concluded his two-day visit to China on Saturday.", "042", "CONSULT"),
        ("Mr. Pompeo wrapped up a three-day visit to the Middle East.", "042", "CONSULT"),
        ("The US and South Korea concluded their joint military exercises on Friday.", "062", "COOPERATE"),
        # ties established, renewed or normalised (CAMEO 050, PLOVER SUPPORT)
        ("Turkey and Syria renewed diplomatic ties.", "050", "SUPPORT"),
        ("Israel and Bahrain established diplomatic relations in 2020.", "050", "SUPPORT"),
        # ... while "established a base" or "control" keep their codes
        ("The rebels established control over the town.", "192", "COERCE"),
    ],
)
def test_main_event(coder, text: str, code: str, plover: str) -> None:
    assert _main(coder, text) == (code, plover)


@pytest.mark.parametrize(
    "text",
    [
        "The EU decided against imposing new sanctions on Israel.",  # not done, and refusing force is no event
        "The rebels decided against attacking the town.",
    ],
)
def test_a_hostile_act_decided_against_is_not_done(coder, text: str) -> None:
    assert main_event(events_of(coder, text)) is None


def test_fighting_against_is_no_choice(coder) -> None:
    assert _main(coder, "The rebels fought against occupying forces in the north.") == ("190", "ASSAULT")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("India and Pakistan exchanged fire along the border.", "IND", "PAK"),
        ("Armenia and Azerbaijan accused each other of violating the ceasefire.", "ARM", "AZE"),
        ("Israel and Hamas reached a ceasefire agreement on Sunday.", "ISR", "PSE"),
        ("Saudi Arabia and Iran restored diplomatic relations.", "SAU", "IRN"),
        ("Russia and China conducted joint naval patrols in the Pacific.", "RUS", "CHN"),
        ("Russia and Belarus concluded large-scale military drills near the Polish border.", "RUS", "BLR"),
    ],
)
def test_each_side_of_a_mutual_act(coder, text: str, source: str, target: str) -> None:
    events = [e for e in events_of(coder, text) if not e.modality.negated and not e.modality.hypothetical]
    pairs = {
        (next(iter({a.country for a in e.source})), next(iter({a.country for a in e.target})))
        for e in events
        if len(e.source) == 1 and len(e.target) == 1
    }
    assert {(source, target), (target, source)} <= pairs


def test_one_side_acting_alone_is_not_split(coder) -> None:
    event = main_event(events_of(coder, "Russia accused Ukraine of shelling the plant."))
    assert event is not None
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["UKR"]
