"""The violent act itself in protest and attack reports, told the South Asian wire way (issue #3, round 2).

Every sentence was written for these tests from ACLED's definitions; none is a training example or an
evaluation item:
- a crowd's violence told as a noun ("stone pelting broke out", "went on a rampage", "indulged in arson and
  vandalism", "a scuffle broke out") is an event: a riot, typed by its setting;
- violence no side is named for ("violence erupted during the bandh") where a demonstration is told is that
  demonstration turning violent, not an armed clash;
- people hurt "in the stone pelting" (or that "the stone pelting left injured") are the toll of the pelting:
  the pelting is the incident;
- someone killed "in police firing" where a demonstration is told was killed by the state's lethal force on
  it (ACLED excessive force against protesters);
- a man of the forces killed at his own home is off duty (one-sided: an attack); "the victim", "the deceased"
  are people harmed, not an armed side; a jawan is a soldier.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type, rule_events
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Stone pelting was reported in the old city during the protest.",
        "Heavy stone pelting took place near the collectorate where the farmers were protesting.",
        "The protesters went on a rampage, damaging shops in the market.",
        "The protesters indulged in arson and vandalism.",
        "A scuffle broke out between the protesters and the police.",
        "The protesters jostled with the police and broke the barricades.",
    ],
)
def test_a_crowds_violence_told_as_a_noun_is_a_violent_demonstration(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Violent demonstration"


def test_the_nouns_alone_are_events(nlp: Language) -> None:
    events = rule_events(nlp, "Heavy stone pelting took place near the mosque.")
    codes = {event.trigger: event.cameo_code for event in events}
    assert codes == {"pelting": "145"}
    assert [e.trigger for e in rule_events(nlp, "The mob indulged in arson.")] == ["arson"]


def test_a_stone_with_no_pelting_is_no_event(nlp: Language) -> None:
    assert rule_events(nlp, "The minister laid the foundation stone of the new hospital.") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Violence erupted during the bandh called by the opposition.", "Violent demonstration"),
        ("Violence broke out during the protest against the new farm laws.", "Violent demonstration"),
        # no demonstration told: the unsided violence stays as it was
        ("Violence broke out in the town after the election results.", "Armed clash"),
    ],
)
def test_unsided_violence_where_a_demonstration_is_told(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Several policemen were injured in the stone pelting.", "Violent demonstration"),
        ("Five persons were injured in the scuffle at the rally.", "Violent demonstration"),
        ("The stone pelting left five policemen injured.", "Violent demonstration"),
        ("The lathi charge left several students injured.", "Protest with intervention"),
        # the harm is the event where nothing else is told
        ("Ten people were injured in the town.", "Attack"),
    ],
)
def test_harm_suffered_in_an_act_named_by_a_noun_is_its_toll(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Militants killed a special police officer at his residence.", "Attack"),
        ("Militants attacked a soldier at his home in Pulwama.", "Attack"),
        # a fight told at the home makes two armed sides
        ("Militants killed a policeman at his home, and troops retaliated.", "Armed clash"),
        # on duty at a post: two armed sides
        ("Militants attacked soldiers at a checkpoint.", "Armed clash"),
    ],
)
def test_a_man_of_the_forces_at_his_home_is_off_duty(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_the_victim_is_no_armed_side(nlp: Language) -> None:
    assert main_acled_type(nlp, "The victim, Ramesh Kumar, was attacked with sharp weapons.") == "Attack"


def test_crowd_damage_to_a_gate_makes_a_gherao_violent(nlp: Language) -> None:
    text = "Hundreds of people gheraoed the police station and damaged the gate."
    assert main_acled_type(nlp, text) == "Violent demonstration"
    assert main_acled_type(nlp, "Hundreds of people gheraoed the police station.") == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("A youth was killed in police firing during the protest.", "Excessive force against protesters"),
        ("A protester was killed and five injured in police firing.", "Excessive force against protesters"),
        # an armed side told besides the police: not the police's fire on a crowd
        ("Militants opened fire on police during the protest, killing a constable.", "Armed clash"),
        # no one's fire told: the killing stays one-sided violence
        ("A youth was killed during the protest.", "Attack"),
    ],
)
def test_police_firing_at_a_demonstration_is_excessive_force(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_a_jawan_is_an_armed_side(nlp: Language) -> None:
    assert main_acled_type(nlp, "Militants shot at a jawan in the market, injuring him.") == "Armed clash"
    assert main_acled_type(nlp, "Militants shot at a trader in the market, injuring him.") == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Police resorted to a lathi charge after the crowd refused to leave.",
        "Police made a baton charge on the villagers outside the office.",
    ],
)
def test_a_lathi_charge_is_force_on_a_crowd(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Protest with intervention"


def test_a_bare_charge_is_no_event(nlp: Language) -> None:
    assert rule_events(nlp, "The service charge was raised last month.") == []
