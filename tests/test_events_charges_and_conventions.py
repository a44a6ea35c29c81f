"""Fifth-session event rules: breaking a norm is a charge (an accusation), not force; particles the small model
reads as adverbs; deals struck, concessions made, tariffs slapped, relations downgraded, travel advised against;
unarmed victims read from the clause when no target phrase was parsed; and the GSR scoring view that codes
announced acts as the acts. Sentences written for these tests."""

from __future__ import annotations

from event_samples import events_of

from sitrep.eval.event_views import announced_acts_view, cameo_view
from sitrep.events.acled import AcledContext, acled_type
from sitrep.model import ActorRef, Event


def _factual(events: list[Event]) -> list[Event]:
    return [event for event in events if event.modality.factual]


def _codes(coder, text: str) -> set[str | None]:
    return {event.cameo_code for event in _factual(events_of(coder, text))}


def test_violating_sovereignty_is_an_accusation_against_the_violator(coder) -> None:
    text = "And here, Russia has violated the sovereignty of Ukraine, and China is silent."
    events = _factual(events_of(coder, text))
    assert [event.plover_type for event in events] == ["ACCUSE"]
    (charge,) = events
    assert charge.cameo_code == "112" and not charge.source
    assert [actor.country for actor in charge.target] == ["RUS"]  # the one charged is the violator


def test_the_speaker_of_a_charge_is_the_accuser(coder) -> None:
    (charge,) = [e for e in events_of(coder, "Zelensky said Russia has violated the sovereignty of Ukraine.")]
    assert charge.plover_type == "ACCUSE"
    assert [actor.country for actor in charge.source] == ["UKR"]
    assert [actor.country for actor in charge.target] == ["RUS"]
    trailing = events_of(coder, "Iran has breached international law, the Israeli foreign minister said.")
    assert [(e.cameo_code, [a.country for a in e.source]) for e in trailing] == [("112", ["ISR"])]


def test_breaking_a_ceasefire_stays_violence_and_other_verbs_are_untouched(coder) -> None:
    assert _codes(coder, "Hamas violated the ceasefire on Sunday.") == {"196"}
    assert "112" not in _codes(coder, "Protesters violated the curfew in the capital.")


def test_particles_read_as_adverbs_still_make_the_phrasal_verb(coder) -> None:
    assert "0831" in _codes(coder, "The president stepped down after weeks of protests.")
    assert "0874" in _codes(coder, "The army pulled back from the town.")
    assert not _codes(coder, "The army pulled the truck.")  # no particle, no event


def test_deals_concessions_tariffs_downgrades_and_travel_advisories(coder) -> None:
    assert _codes(coder, "Ukraine and Russia struck a deal on grain exports.") == {"057"}
    assert _codes(coder, "The two sides reached an understanding on the border.") == {"030"}
    assert _codes(coder, "The junta made concessions to the protesters.") == {"080"}
    assert _codes(coder, "Washington slapped tariffs on Chinese steel.") == {"163"}
    assert _codes(coder, "Kuwait downgraded relations with Iran.") == {"161"}
    assert _codes(coder, "The State Department advised against travel to Tunisia.") == {"160"}
    assert not _codes(coder, "The doctor advised him to rest.")
    assert not _codes(coder, "The coach struck a balance between youth and experience.")


def _context(words: set[str], target: list[ActorRef], target_words: set[str]) -> AcledContext:
    return AcledContext(
        code="190",
        trigger_lemma="attack",
        words=words,
        source=[ActorRef(text="settlers", code="ISRCVL", country="ISR", sector="CVL")],
        target=target,
        target_words=target_words,
        source_words=frozenset({"settler"}),
    )


def test_unarmed_victims_are_read_from_the_clause_when_no_target_phrase_was_parsed() -> None:
    place_only = [ActorRef(text="Nablus", code="PSE", country="PSE")]  # a target taken from a place
    attack = _context({"attack", "settler", "family", "near"}, place_only, set())
    assert acled_type(attack) == ("Violence against civilians", "Attack")
    clash = _context({"attack", "settler", "soldier", "family"}, place_only, set())
    assert acled_type(clash) == ("Battles", "Armed clash")  # armed men in the clause: a fight


def test_announced_acts_view_codes_the_announced_act(coder) -> None:
    events = events_of(coder, "The United States will supply arms to Israel.")
    assert {(e.cameo_code or "")[:2] for e in cameo_view(events)} == {"03"}  # sitrep's reading: an intent
    assert {(e.cameo_code or "")[:2] for e in announced_acts_view(events)} == {"07"}  # the set's: the act
    appeal = events_of(coder, "The US asked Russia to release the prisoners.")
    assert [e.cameo_code[:2] for e in announced_acts_view(appeal)] == [e.cameo_code[:2] for e in cameo_view(appeal)]


def test_pressing_for_another_to_act_is_an_appeal_not_the_act(coder) -> None:
    events = events_of(coder, "Britain is pushing for Iran to free the detained sailors.")
    assert not any(e.cameo_code == "0841" and e.modality.factual for e in events)  # nobody was freed yet
    (appeal,) = _factual(events)
    assert appeal.cameo_code == "0253" and appeal.plover_type == "REQUEST"
    assert [a.country for a in appeal.source] == ["GBR"] and [a.country for a in appeal.target] == ["IRN"]
    assert not _factual(events_of(coder, "They waited for the rain to stop."))


def test_insisting_that_another_must_act_is_a_demand(coder) -> None:
    demands = [e for e in _factual(events_of(coder, "Washington insisted that Israel must allow aid into Gaza."))]
    assert [(e.cameo_code[:2], e.plover_type) for e in demands] == [("10", "REQUEST")]


def test_a_legal_charge_is_an_accusation_in_plover_and_an_arrest_stays_coercion(coder) -> None:
    (charge,) = events_of(coder, "Prosecutors charged the former minister with fraud.")
    assert (charge.cameo_code, charge.plover_type, charge.plover_mode) == ("173", "ACCUSE", "allege")
    (arrest,) = events_of(coder, "Police arrested the former minister.")
    assert (arrest.cameo_code, arrest.plover_type) == ("173", "COERCE")


def test_a_crowd_that_blocks_or_seizes_is_protesting(coder) -> None:
    assert _codes(coder, "Villagers blocked a convoy carrying supplies to the mine.") == {"144"}
    assert _codes(coder, "Workers seized the factory in protest at the layoffs.") == {"144"}
    assert _codes(coder, "Rebels seized the town.") == {"192"}  # an armed group takes ground
    assert "144" not in _codes(coder, "Protesters seized weapons from a police station.")


def test_fighting_for_a_cause_is_no_fight_and_suppressing_freedoms_is_no_violence(coder) -> None:
    assert _codes(coder, "The aid matters to Ukrainians who are fighting for their freedom and for democracy.") == set()
    assert _codes(coder, "Rebels fought government forces for control of the city on Monday.") == {"190"}
    assert _codes(coder, "The government uses security laws to suppress fundamental freedoms.") == {"1721"}
    assert _codes(coder, "Government troops suppressed the revolt in the north.") == {"175"}
