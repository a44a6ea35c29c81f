"""A possibility is no announced act, and fighting an abstract ill is no fight. Sentences written for these
tests (none is from an evaluation set)."""

from __future__ import annotations

from event_samples import events_of


def _factual_codes(coder, text: str) -> list[str]:
    return [event.cameo_code for event in events_of(coder, text) if event.modality.factual]


def test_a_possible_arrest_joined_to_an_announced_act_is_no_threat(coder) -> None:
    text = (
        "The visitor will receive a summons to appear in court or, in serious cases, they may be arrested and detained."
    )
    assert not any(code.startswith("13") for code in _factual_codes(coder, text))


def test_what_something_is_good_for_is_no_intent_to_fight(coder) -> None:
    text = "Experts say solar power will be crucial to fight the rise of greenhouse gases."
    assert not any(event.cameo_code[:2] in {"13", "19"} for event in events_of(coder, text))


def test_being_ready_to_fight_still_announces_it(coder) -> None:
    codes = _factual_codes(coder, "The rebels said they will be ready to fight the army.")
    assert any(code.startswith("13") for code in codes)


def test_fighting_a_pandemic_is_no_fight_but_fighting_rebels_is(coder) -> None:
    assert not any(code.startswith("19") for code in _factual_codes(coder, "Kenya fought the pandemic with masks."))
    assert any(code.startswith("19") for code in _factual_codes(coder, "Kenyan troops fought the rebels near Lamu."))


def test_a_named_storm_and_burning_bushfires_are_no_attack(coder) -> None:
    text = (
        "The cyclone season brought Cyclones Chido and Dikeledi. Malawi avoided Dikeledi but was struck by Chido. "
        "Hurricane Melissa hit Jamaica on Tuesday. Bushfires continue to burn across eastern Australia."
    )
    assert not any((event.cameo_code or "")[:2] in {"17", "18", "19", "20"} for event in events_of(coder, text))


def test_a_collapsing_building_injures_no_one_as_an_actor(coder) -> None:
    assert not events_of(coder, "In Blantyre, collapsing buildings injured 15 people, officials said.")


def test_troops_that_continue_to_shell_a_town_still_attack_it(coder) -> None:
    events = events_of(coder, "Russian troops continue to shell the town of Kupiansk.")
    assert any((event.cameo_code or "").startswith("19") and event.modality.factual for event in events)
