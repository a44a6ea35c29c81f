"""Statements about acts (claims, accusations), refusals, and the CAMEO view that codes the statement."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.eval.event_views import cameo_view
from sitrep.events import codebook
from sitrep.model import Event, Modality


def _countries(actors) -> set[str | None]:
    return {actor.country for actor in actors}


def _codes(events: list[Event]) -> set[str | None]:
    return {event.cameo_code for event in events if event.modality.factual}


def test_a_side_telling_of_the_other_sides_attack_accuses_it(coder) -> None:
    events = events_of(coder, "Russia's defence ministry said Ukrainian drones struck an oil depot in Bryansk.")
    [accusation] = [event for event in events if event.cameo_code == "112"]
    assert accusation.trigger == "said" and accusation.plover_type == "ACCUSE"
    assert _countries(accusation.source) == {"RUS"} and _countries(accusation.target) == {"UKR"}
    [strike] = [event for event in events if event.trigger == "struck"]
    assert strike.modality.reported and strike.modality.factual  # the act stays, flagged as told by a party
    assert accusation.confidence < strike.confidence  # so the act stays the main event
    assert cameo_view(events) == [accusation]  # CAMEO codes the statement, not the act it claims


def test_a_trailing_attribution_is_the_reporters_source_not_a_statement(coder) -> None:
    events = events_of(coder, "Ukrainian drones struck an oil depot in Bryansk, Russia's defence ministry said.")
    assert "112" not in _codes(events)
    assert any(event.trigger == "struck" for event in cameo_view(events))


def test_reporters_by_trade_do_not_accuse(coder) -> None:
    events = events_of(coder, "Police said gunmen killed five people in Kaduna.")
    assert "112" not in _codes(events)


def test_owning_an_act_is_claiming_responsibility(coder) -> None:
    events = events_of(coder, "Israel admitted that its troops had shelled the school in Gaza.")
    [claim] = [event for event in events if event.cameo_code == "015"]
    assert _countries(claim.source) == {"ISR"}
    assert claim.plover_type == "UNMAPPED"  # PLOVER drops CAMEO 01; sitrep keeps the claim with no type
    # "said" of one's own act is no claim
    assert "015" not in _codes(events_of(coder, "Ukraine's army said its forces shelled a Russian depot."))


def test_claimed_responsibility_for_an_attack(coder) -> None:
    events = events_of(coder, "Hezbollah claimed responsibility for the rocket attack on the Israeli town.")
    assert "015" in _codes(events)
    [attack] = [event for event in events if event.trigger == "attack"]
    assert attack.modality.reported


def test_cameo_view_keeps_acts_no_statement_is_about() -> None:
    def event(code: str, trigger_start: int, start: int, end: int, reported: bool = False) -> Event:
        return Event(
            event_id=code,
            article_id="a",
            sentence="s",
            start=start,
            end=end,
            trigger="t",
            plover_type="ACCUSE",
            cameo_code=code,
            trigger_start=trigger_start,
            modality=Modality(reported=reported),
        )

    statement = event("112", 10, 0, 60)
    inside = event("190", 30, 25, 60, reported=True)
    before = event("190", 5, 0, 9, reported=True)  # before the statement's verb: not what it reports
    unreported = event("0841", 40, 35, 60)
    assert cameo_view([statement, inside, before, unreported]) == [statement, before, unreported]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Obama said he would not provide support to Israel.", "122"),
        ("Russia will not attend the summit in Geneva.", "125"),
        ("The government decided not to release the prisoners.", "1243"),
    ],
)
def test_a_stated_refusal_is_a_rejection(coder, text: str, code: str) -> None:
    [refusal] = [event for event in events_of(coder, text) if event.plover_type == "REJECT"]
    assert refusal.cameo_code == code and refusal.modality.factual


def test_a_refusing_verb_takes_the_code_of_what_it_refuses(coder) -> None:
    events = events_of(coder, "Hamas refused to release the hostages.")
    rejections = [event for event in events if event.plover_type == "REJECT"]
    assert [event.cameo_code for event in rejections] == ["1243"]
    assert rejections[0].trigger == "refused"


def test_what_did_not_happen_is_no_refusal(coder) -> None:
    events = events_of(coder, "Russia did not attend the summit in Geneva.")
    assert not any(event.plover_type == "REJECT" for event in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Kremlin rejected claims that its troops massacred civilians in Bucha.", "massacred"),
        ("Local news reports that there was a pause in the bombing in Aleppo.", "bombing"),
        ("Sarkozy flew to Beijing, mending ties frayed by an initial threat to boycott the ceremony.", "boycott"),
    ],
)
def test_claims_pauses_and_threatened_acts_are_not_facts(coder, text: str, trigger: str) -> None:
    assert not any(event.modality.factual for event in events_of(coder, text) if event.trigger == trigger)


def test_a_wish_about_an_unnamed_doer_is_no_intent(coder) -> None:
    events = events_of(coder, "Rwanda's minister said she hoped French officials would be indicted for war crimes.")
    assert not any(event.plover_type == "THREATEN" for event in events)


def test_participles_that_describe_and_topics_of_meetings_are_no_events(coder) -> None:
    assert "112" not in _codes(events_of(coder, "Police arrested a man accused of killing two soldiers."))
    assert not any(e.trigger == "unrest" for e in events_of(coder, "Obama attended a summit on the unrest in Iran."))


def test_talks_with_someone_are_held_by_both_sides(coder) -> None:
    events = events_of(coder, "The French foreign minister held talks with Iran's president in Tehran.")
    consultations = [event for event in events if event.plover_type == "CONSULT"]
    pairs = {(frozenset(_countries(e.source)), frozenset(_countries(e.target))) for e in consultations}
    assert (frozenset({"FRA"}), frozenset({"IRN"})) in pairs and (frozenset({"IRN"}), frozenset({"FRA"})) in pairs


def test_events_that_take_place_and_aid_that_arrives(coder) -> None:
    assert "0871" in _codes(events_of(coder, "A ceasefire between Israel and Hamas took effect on Sunday."))
    arrived = events_of(coder, "Humanitarian aid arrived in the city on Tuesday.")
    assert {event.plover_type for event in arrived} == {"AID"}


def test_a_state_protesting_complains_a_crowd_demonstrates(coder) -> None:
    assert "114" in _codes(events_of(coder, "China protested the arrest of its citizens in the Philippines."))
    assert "114" not in _codes(events_of(coder, "Thousands of students protested in Santiago on Monday."))


def test_weapons_named_refine_the_code(coder) -> None:
    assert "195" not in _codes(events_of(coder, "The United States fired anti-aircraft batteries at Russia."))
    assert _codes(events_of(coder, "The airliner was blown up over Ukraine by a missile.")) & {"194", "195"}


def test_phoenix_quad_classes() -> None:
    assert codebook.phoenix_quad_class("020") == 0  # appeals are neutral there
    assert codebook.phoenix_quad_class("163") == 3  # reducing relations is verbal conflict
    assert codebook.phoenix_quad_class("145") == 4
    assert codebook.quad_class("163") == 4  # sitrep's own QuadClass is unchanged


def test_what_an_actor_has_done_before_is_background(coder) -> None:
    text = "Hamas, a group that has fired thousands of rockets at Israel, said it would respond."
    [fired] = [event for event in events_of(coder, text) if event.trigger == "fired"]
    assert fired.modality.historical and not fired.modality.factual
    events = events_of(coder, "The rebels who attacked the convoy on Monday were arrested.")
    assert any(event.trigger == "attacked" and event.modality.factual for event in events)
