"""Eighth-session event rules from the PLOVER manual's and CAMEO's own descriptions: triggers the lexicon
missed, the manual's types for captured combatants and barred entry, protests announced without "will",
what a side withdraws from, and the country of a domestic doer. Sentences written for these tests (none is
from an evaluation set)."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.events.parties import is_implied, one_country_between, protesting_people
from sitrep.events.plover_conventions import announced_by_its_doers, plover_reading
from sitrep.model import ActorRef, Article, Event


def _main(events: list[Event]) -> Event:
    factual = [event for event in events if event.modality.factual]
    assert factual, [(e.trigger, e.cameo_code, e.modality) for e in events]
    return min(factual, key=lambda event: (-event.confidence, event.start))


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Both sides committed to a ceasefire in the region.", "AGREE"),
        ("The army deployed tanks to the border region.", "MOBILIZE"),
        ("Russia stationed nuclear weapons in Belarus.", "MOBILIZE"),
        ("The government called up 300,000 reservists.", "MOBILIZE"),
        ("Washington halted arms sales to Riyadh.", "SANCTION"),
        ("The EU suspended budget support to Niger.", "SANCTION"),
        ("The US blacklisted three Chinese companies.", "SANCTION"),
        ("The president received the Qatari emir.", "CONSULT"),
        ("The parliament voted against the peace deal.", "REJECT"),
        ("Iran announced its rejection of the offer.", "REJECT"),
        ("Tehran said it would not bow to pressure.", "REJECT"),
        ("The government bowed to pressure over the fuel tax.", "CONCEDE"),
        ("The junta caved in to the demands of the protesters.", "CONCEDE"),
        ("The president issued a pardon for the journalists.", "CONCEDE"),
        ("Germany wrote off the debts of Iraq.", "AID"),
        ("China cancelled the debt of Zambia.", "AID"),
        ("Japan paid reparations to the victims.", "AID"),
        ("Opposition supporters besieged the electoral commission.", "PROTEST"),
        ("Hundreds of protesters gathered outside parliament.", "PROTEST"),
        ("The ministry backtracked on the plan.", "CONCEDE"),
        ("Azerbaijan ceded the territory.", "RETREAT"),
        ("The militia disbanded.", "RETREAT"),
        ("Hamas embraced the Egyptian proposal.", "AGREE"),
        ("The party shunned the talks.", "REJECT"),
        ("The candidate challenged the results of the vote.", "REJECT"),
        ("The government withheld funds from the region.", "SANCTION"),
        ("The army moved troops to the frontier.", "MOBILIZE"),
        ("Israel beefed up its forces on the border.", "MOBILIZE"),
    ],
)
def test_triggers_from_the_codebooks_descriptions(coder, text: str, plover_type: str) -> None:
    assert _main(events_of(coder, text)).plover_type == plover_type


@pytest.mark.parametrize(
    "text",
    [
        "He called up his old friend.",
        "She gathered her papers and left.",
        "The company moved its headquarters to Dubai.",
        "The government disbanded the committee.",
    ],
)
def test_the_new_triggers_need_their_objects(coder, text: str) -> None:
    assert not [event for event in events_of(coder, text) if event.modality.factual]


def test_captured_combatants_are_an_assault_and_arrests_stay_coercion(coder) -> None:
    captured = _main(events_of(coder, "Rebels captured 20 government soldiers."))
    assert (captured.plover_type, captured.plover_mode, captured.cameo_code) == ("ASSAULT", "abduct", "173")
    assert _main(events_of(coder, "Police arrested 20 protesters.")).plover_type == "COERCE"


def test_barring_entry_is_a_rejection_and_other_bans_coercion(coder) -> None:
    assert _main(events_of(coder, "Hungary barred the activists from entering the country.")).plover_type == "REJECT"
    assert _main(events_of(coder, "The government banned the opposition party.")).plover_type == "COERCE"


def test_plover_reading_of_captures_and_bars() -> None:
    assert plover_reading("173", "capture", None, frozenset({"rebel"}), frozenset({"soldier"})) == ("ASSAULT", "abduct")
    assert plover_reading("173", "arrest", None, frozenset({"police"}), frozenset({"soldier"})) is None
    assert plover_reading("172", "bar", None, frozenset(), frozenset(), clause_words=frozenset({"entering"})) == (
        "REJECT",
        None,
    )
    assert plover_reading("172", "ban", None, frozenset(), frozenset({"party"})) is None


def test_a_protest_to_come_is_a_threat_even_without_will(coder) -> None:
    event = _main(events_of(coder, "Doctors are expected to strike next week."))
    assert (event.plover_type, event.cameo_code) == ("THREATEN", "133")


def test_unrest_discussed_at_a_summit_threatens_nothing(coder) -> None:
    events = events_of(coder, "Obama is scheduled to attend a summit in Switzerland on the unrest in Iran.")
    assert not [event for event in events if event.modality.factual and event.plover_type == "THREATEN"]


def test_announced_by_its_doers() -> None:
    assert announced_by_its_doers("143", future=True, hypothetical=False, has_doer=True)
    assert announced_by_its_doers("090", future=True, hypothetical=False, has_doer=False)
    assert not announced_by_its_doers("145", future=True, hypothetical=False, has_doer=False)
    assert not announced_by_its_doers("143", future=True, hypothetical=True, has_doer=True)
    assert not announced_by_its_doers("190", future=True, hypothetical=False, has_doer=True)


def test_what_a_side_withdraws_its_troops_from_is_the_target(coder) -> None:
    event = _main(events_of(coder, "Russia withdrew its troops from Syria."))
    assert event.plover_type == "RETREAT"
    assert [actor.country for actor in event.target] == ["SYR"]


def _actor(text: str, country: str | None, sector: str | None) -> ActorRef:
    code = f"{country or ''}{sector or ''}" or None
    return ActorRef(text, None, code, country, sector, 0, len(text))


def test_a_domestic_doer_takes_the_country_of_the_one_it_acts_on() -> None:
    supporters, president = _actor("supporters", None, "CVL"), _actor("the Iranian president", "IRN", "GOV")
    source, target = one_country_between([supporters], [president], "1041")
    assert [actor.country for actor in source] == ["IRN"] and target == [president]
    # no country for the doer in violence, for state bodies, or from a side with two countries
    assert one_country_between([supporters], [president], "190")[0] == [supporters]
    congress = _actor("congress", None, "LEG")
    assert one_country_between([congress], [president], "100")[0] == [congress]
    two = [president, _actor("Iraq", "IRQ", "GOV")]
    assert one_country_between([supporters], two, "100")[0] == [supporters]
    # the target is never filled from the doer
    civilians = _actor("civilians", None, "CVL")
    assert one_country_between([president], [civilians], "0841")[1] == [civilians]


def test_a_domestic_doer_in_a_sentence(coder) -> None:
    event = _main(events_of(coder, "Opposition supporters demanded the resignation of the Iranian president."))
    assert event.plover_type == "REQUEST"
    assert {actor.country for actor in event.source} == {"IRN"}


def test_expelling_from_a_body_is_a_sanction_and_deporting_coercion(coder) -> None:
    expelled = _main(events_of(coder, "The party expelled the dissident lawmaker."))
    assert (expelled.plover_type, expelled.plover_mode) == ("SANCTION", "expel")
    assert _main(events_of(coder, "The regime expelled the foreign journalists.")).plover_type == "COERCE"


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The government declined calls for an inquiry.", "REJECT"),
        ("The rebels accepted the terms of the settlement.", "AGREE"),
        ("The government lifted the ban on rallies.", "CONCEDE"),
        ("Authorities eased the lockdown in the capital.", "CONCEDE"),
        ("The militants returned the hostages.", "RETREAT"),
        ("The cabinet gave its approval to the deal.", "AGREE"),
    ],
)
def test_objects_the_codebooks_name_for_verbs_without_a_code_of_their_own(coder, text: str, plover_type: str) -> None:
    assert _main(events_of(coder, text)).plover_type == plover_type


@pytest.mark.parametrize(
    "text", ["Russia said it would not attack civilian targets.", "The rebels promised not to attack the convoy."]
)
def test_promising_not_to_attack_is_an_intent_to_de_escalate(coder, text: str) -> None:
    event = _main(events_of(coder, text))
    assert (event.cameo_code, event.plover_type) == ("0356", "AGREE")


def test_an_attack_that_did_not_happen_is_no_promise(coder) -> None:
    events = events_of(coder, "The rebels did not attack the convoy.")
    assert not [event for event in events if event.modality.factual]


def test_a_protest_broken_up_is_no_threat_of_protest(coder) -> None:
    events = events_of(coder, "Riot police fired tear gas to disperse a march by students.")
    assert not [event for event in events if event.plover_type == "THREATEN"]


def test_a_protest_with_no_protesters_named_was_made_by_the_countrys_people(nlp) -> None:
    from sitrep.pipeline import Coder

    coder = Coder(stages=["places", "events"], nlp=nlp)
    document = coder.code(Article(id="t", text="Protests erupted in Tehran on Friday."))
    (event,) = [event for event in document.events if event.plover_type == "PROTEST"]
    assert [(actor.country, actor.sector, is_implied(actor)) for actor in event.source] == [("IRN", "CVL", True)]


def test_protesting_people_only_for_protests_in_one_country() -> None:
    tehran = _actor("Tehran", "IRN", None)
    (people,) = protesting_people([tehran], "141")
    assert (people.country, people.sector) == ("IRN", "CVL")
    assert protesting_people([tehran], "143") == []  # strikes and boycotts: states boycott too
    assert protesting_people([tehran], "190") == []
    assert protesting_people([tehran, _actor("Iraq", "IRQ", "GOV")], "141") == []
