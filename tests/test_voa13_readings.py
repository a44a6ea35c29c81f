"""What an analyst reading the VOA store still struck out (twelfth session): an interview coded as a
consultation, firms opening offices coded as a mobilisation, and an accusation that accuses no one. Sentences
written for these tests (none is from an evaluation set)."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.events.press import press_only, told_the_press
from sitrep.model import ActorRef, Event


def _codes(coder, text: str) -> list[tuple[str, str | None]]:
    return [(event.trigger.split()[0].lower(), event.cameo_code) for event in events_of(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to VOA on Monday, the Pakistani interior minister said the attack was planned abroad.",
        "Speaking to Reuters, the Kenyan defense minister said the troops would stay in Somalia.",
        "The Sudanese army chief spoke to the BBC about the war.",
        "The Afghan deputy minister talked to VOA about the refugees.",
    ],
)
def test_speaking_to_a_news_outlet_is_no_consultation(coder, text: str) -> None:
    assert not [code for _, code in _codes(coder, text) if code and code.startswith("04")]


def test_an_outlet_speaking_with_someone_interviews_them(coder) -> None:
    text = "VOA spoke with the former U.S. deputy secretary of state about his trip to Taiwan."
    assert not [code for _, code in _codes(coder, text) if code and code.startswith("04")]


def test_speaking_with_a_counterpart_is_still_a_consultation(coder) -> None:
    codes = _codes(coder, "The Iraqi foreign minister spoke with his Iranian counterpart on Monday.")
    assert ("spoke", "040") in codes


def test_only_a_consultation_one_of_whose_sides_is_only_the_press_is_an_interview() -> None:
    outlet = ActorRef("VOA", "Voice of America", "USAJRN", "USA", "JRN")
    minister = ActorRef("the minister", None, "IRNGOV", "IRN", "GOV")
    assert press_only([outlet]) and not press_only([]) and not press_only([outlet, minister])

    def consult(target: list[ActorRef], code: str = "040") -> Event:
        return Event("e1", "t", "s", 0, 1, "spoke", "CONSULT", cameo_code=code, target=target)

    assert told_the_press(consult([outlet]))
    interview = Event("e1", "t", "s", 0, 1, "spoke", "CONSULT", cameo_code="040", source=[outlet], target=[minister])
    assert told_the_press(interview)  # "VOA spoke with the minister about his trip"
    assert not told_the_press(consult([outlet, minister]))  # a press conference with a minister beside
    assert not told_the_press(consult([outlet], code="111"))  # criticising an outlet is no interview


def test_firms_setting_up_offices_mobilise_no_one(coder) -> None:
    text = "Under the new law, foreign firms will set up offices in the economic zone."
    assert not [code for _, code in _codes(coder, text) if code and code[:2] in {"13", "15"}]


def test_troops_setting_up_checkpoints_still_mobilise(coder) -> None:
    codes = _codes(coder, "Government troops set up checkpoints on the road to the airport on Sunday.")
    assert ("set", "154") in codes


@pytest.mark.parametrize(
    "text",
    [
        "The military spokesperson said 354 passengers were freed, 37 of whom were injured.",
        "Officials told reporters that at least 63 people had been killed in the blasts.",
        "The spokesperson said no passengers were killed during the operation.",
    ],
)
def test_telling_of_harm_no_one_is_named_doing_accuses_no_one(coder, text: str) -> None:
    assert not [event for event in events_of(coder, text) if event.cameo_code == "112"]


def test_telling_of_a_named_sides_attack_is_still_an_accusation(coder) -> None:
    events = events_of(coder, "The Pakistani army said Afghan militants attacked a checkpoint in Kurram.")
    (accusation,) = [event for event in events if event.cameo_code == "112"]
    assert [actor.code for actor in accusation.target] == ["AFGREB"]


def test_a_spokesperson_telling_of_his_own_sectors_act_accuses_no_one(coder) -> None:
    text = "The military spokesperson said the army killed 33 militants in the operation."
    assert not [event for event in events_of(coder, text) if event.cameo_code == "112"]
    other = "The military spokesperson said rebels killed 33 villagers in the attack."
    assert [event.cameo_code for event in events_of(coder, other) if event.cameo_code == "112"] == ["112"]


@pytest.mark.parametrize(
    "text",
    [
        "Malawi's education authorities refused to comment.",
        "Asked about the strike, the Nigerian army declined to respond.",
        "A spokesperson for the ministry declined to elaborate on the decision.",
    ],
)
def test_declining_to_comment_rejects_nothing(coder, text: str) -> None:
    assert not [code for _, code in _codes(coder, text) if code and code.startswith("12")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya refused to attend the hearing at the court.", "refused"),
        ("The ministry declined the invitation to the summit.", "declined"),
        ("The junta refused to respond to the bloc's demands for elections.", "refused"),
    ],
)
def test_refusing_to_act_is_still_a_refusal(coder, text: str, trigger: str) -> None:
    assert [code for word, code in _codes(coder, text) if word == trigger and code and code.startswith("12")]


@pytest.fixture(scope="module")
def full_coder(nlp):
    from sitrep.pipeline import Coder

    return Coder(nlp=nlp)  # the places stage gives the base's town its country


def test_a_side_telling_of_an_attack_on_itself_still_accuses_its_unnamed_attackers(full_coder) -> None:
    text = "Burkina Faso's army said on Monday it had repelled a large-scale assault on its base in Djibo."
    accusations = [event for event in events_of(full_coder, text) if event.cameo_code == "112"]
    assert [actor.code for event in accusations for actor in event.source] == ["BFAMIL"]


@pytest.mark.parametrize(
    "text",
    [
        "Amirov and Omarov, both from Azerbaijan, have pleaded not guilty.",
        "He is cooperating with prosecutors after pleading guilty to attempted murder.",
        "The former minister pleaded innocent to all charges on Tuesday.",
    ],
)
def test_a_plea_in_court_is_no_appeal(coder, text: str) -> None:
    assert not [code for _, code in _codes(coder, text) if code and code.startswith("02")]


def test_pleading_with_someone_is_still_an_appeal(coder) -> None:
    codes = _codes(coder, "The mother pleaded with the soldiers to free her son.")
    assert [code for word, code in codes if word == "pleaded" and code and code.startswith("02")]
