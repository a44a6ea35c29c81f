"""Sixth-session event rules: a wish is no announced act; passive planners ("is scheduled to meet") act in
their infinitive; the receiving side of "received / faces X from Y" is the target; a passive that shares an
active verb's subject is done to it; "from" binds a country to a group ("dissidents from Myanmar"); a town
the parser reads as a person's name is not the story's country; the GSR view reads an announced meeting
from each side. Sentences written for these tests (none is from an evaluation set)."""

from __future__ import annotations

from event_samples import events_of

from sitrep.eval.event_views import announced_acts_view, cameo_view
from sitrep.model import Event


def _factual(events: list[Event]) -> list[Event]:
    return [event for event in events if event.modality.factual]


def _countries(actors) -> list[str | None]:
    return [actor.country for actor in actors]


def test_a_wished_attack_is_a_threat_and_no_announced_attack(coder) -> None:
    events = events_of(coder, "Russia wants to attack Finland.")
    (threat,) = _factual(events)
    assert threat.cameo_code[:2] == "13" and _countries(threat.source) == ["RUS"]
    (attack,) = [event for event in events if event.cameo_code == "190"]
    assert attack.modality.hypothetical and not attack.modality.future  # wished for, not announced


def test_an_announced_attack_stays_future(coder) -> None:
    (attack,) = [event for event in events_of(coder, "Russia will attack Finland.") if event.cameo_code == "190"]
    assert attack.modality.future


def test_a_passive_planner_does_what_is_planned(coder) -> None:
    events = events_of(coder, "The Indian prime minister is scheduled to meet Chinese leaders in Beijing.")
    (intent,) = _factual(events)
    assert intent.cameo_code == "036"
    assert _countries(intent.source) == ["IND"] and _countries(intent.target) == ["CHN"]
    pressured = events_of(coder, "The minister was pressured by parliament to meet the protesters.")
    (meeting,) = [event for event in pressured if event.trigger == "meet"]
    assert [actor.text for actor in meeting.source] == ["The minister"]  # not parliament, the "by" agent


def test_the_giver_of_received_aid_is_its_source(coder) -> None:
    (aid,) = _factual(events_of(coder, "Ukraine received weapons from the United States."))
    assert aid.cameo_code == "072"
    assert _countries(aid.source) == ["USA"] and _countries(aid.target) == ["UKR"]


def test_assurances_received_and_pressure_faced_come_from_the_from_phrase(coder) -> None:
    (assurance,) = _factual(events_of(coder, "The Kenyan government received assurances from Ethiopia."))
    assert assurance.cameo_code == "030"
    assert _countries(assurance.source) == ["ETH"] and _countries(assurance.target) == ["KEN"]
    (pressure,) = _factual(events_of(coder, "Hungary faces mounting pressure from Germany."))
    assert pressure.cameo_code == "100"
    assert _countries(pressure.source) == ["DEU"] and _countries(pressure.target) == ["HUN"]
    (exerted,) = _factual(events_of(coder, "Russia exerted pressure on Armenia."))
    assert _countries(exerted.source) == ["RUS"] and _countries(exerted.target) == ["ARM"]


def test_pressure_without_a_carrying_verb_is_no_event(coder) -> None:
    assert not _factual(events_of(coder, "Blood pressure rose among the patients."))


def test_a_passive_sharing_an_active_subject_is_done_to_it(coder) -> None:
    events = events_of(coder, "The rebels attacked the town and were repelled by the army.")
    (repelled,) = [event for event in events if event.trigger == "repelled"]
    assert [actor.text for actor in repelled.source] == ["the army"]
    assert [actor.text for actor in repelled.target] == ["The rebels"]


def test_a_group_named_from_a_country_is_of_that_country(coder) -> None:
    events = _factual(events_of(coder, "Germany met dissidents from Myanmar."))
    assert {country for event in events for country in _countries(event.target)} == {"MMR"}


def test_an_announced_meeting_is_read_as_the_meeting_from_each_side(coder) -> None:
    events = events_of(coder, "The Indian prime minister is scheduled to meet with activists from Nepal.")
    view = announced_acts_view(events)
    pairs = {(e.cameo_code, tuple(_countries(e.source)), tuple(_countries(e.target))) for e in view}
    assert pairs == {("040", ("IND",), ("NPL",)), ("040", ("NPL",), ("IND",))}


def test_a_town_read_as_a_persons_name_is_not_the_storys_country(nlp) -> None:
    from sitrep.pipeline import Coder

    placed = Coder(stages=["places", "events"], nlp=nlp)
    events = events_of(placed, "President Bush is scheduled to meet with exiled dissidents.")
    # the gazetteer has a town Bush in Egypt; the dissidents are no Egyptians for it
    assert "EGY" not in {country for event in events for country in _countries(event.target)}


def test_an_event_a_statement_noun_is_about_is_told_in_it(coder) -> None:
    events = events_of(coder, "The president expressed sorrow for the shootings in Texas.")
    (shooting,) = [event for event in events if event.trigger == "shootings"]
    assert shooting.modality.reported and shooting.modality.factual  # still told as having happened
    assert [event.cameo_code for event in cameo_view(events)] == ["018"]  # CAMEO codes the statement alone
