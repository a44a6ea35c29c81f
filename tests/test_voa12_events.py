"""Events an analyst reading coded news would strike out: people's own travel read as state visits, talking
about a subject read as consulting, "hail from" read as praise, "armed with" read as arms supplied, an event
noun in someone's view of a thing read as an act, and a reaction "met with" read as a meeting. Sentences
written for these tests (none is from an evaluation set)."""

from __future__ import annotations

from event_samples import events_of


def _types(coder, text: str) -> list[tuple[str, str]]:
    return [(event.trigger.split()[0], event.plover_type) for event in events_of(coder, text)]


def _codes(coder, text: str) -> list[str]:
    return [event.cameo_code or "" for event in events_of(coder, text)]


def test_patients_and_tourists_travelling_make_no_visit(coder) -> None:
    assert not any(t == "CONSULT" for _, t in _types(coder, "Hundreds of patients had to travel to Ghana for surgery."))
    assert not any(
        t == "CONSULT" for _, t in _types(coder, "Nearly a million German tourists visited Morocco in 2023.")
    )
    assert not any(
        t == "CONSULT" for _, t in _types(coder, "Retirees from Norway visit clinics in Poland for dental care.")
    )


def test_a_plural_nationality_arriving_is_no_delegation(coder) -> None:
    assert not any(t == "CONSULT" for _, t in _types(coder, "Thousands of Eritreans arrived in Sudan last year."))


def test_a_leader_travelling_still_visits(coder) -> None:
    types = _types(coder, "The Kenyan president traveled to Ethiopia on Monday.")
    assert ("traveled", "CONSULT") in types
    assert ("visited", "CONSULT") in _types(coder, "Indian officials visited Nepal last week.")


def test_talking_about_a_subject_consults_no_one(coder) -> None:
    assert "040" not in _codes(coder, "We are talking about the worst drought in forty years, the farmer said.")
    assert "040" not in _codes(coder, "The memo talks about restoring trade with Cuba.")


def test_talking_with_someone_about_a_subject_is_still_a_consultation(coder) -> None:
    assert "040" in _codes(coder, "The foreign minister talked with his Egyptian counterpart about water on Sunday.")


def test_hailing_from_a_country_praises_no_one(coder) -> None:
    assert not any(
        code.startswith("05") for code in _codes(coder, "The two men, who hail from Mali, were released on Friday.")
    )
    assert any(code.startswith("05") for code in _codes(coder, "The senator hailed the agreement with Ghana."))


def test_armed_with_rifles_describes_the_attackers(coder) -> None:
    types = _types(coder, "Gunmen armed with machetes raided the village of Kiri on Sunday.")
    assert not any(t == "AID" for _, t in types)
    assert any(t == "ASSAULT" for _, t in types)
    assert not any(t == "AID" for _, t in _types(coder, "The robbers were armed with pistols, police said."))


def test_arming_someone_is_still_military_aid(coder) -> None:
    assert "072" in _codes(coder, "Sudan armed the tribal militias in 2004.")
    assert "072" in _codes(coder, "The fighters were armed by Eritrea, the report said.")
    assert "072" in _codes(coder, "The panel named militias armed and trained by Rwanda.")


def test_an_event_noun_in_a_view_is_no_event(coder) -> None:
    assert not any(
        code.startswith("17")
        for code in _codes(coder, "Activists see the new tax as part of a wider crackdown on the poor.")
    )
    assert not any(
        code.startswith(("18", "19")) for code in _codes(coder, "Editors regard the law as an assault on the press.")
    )


def test_a_crackdown_reported_is_still_an_event(coder) -> None:
    assert any(
        code.startswith("17") for code in _codes(coder, "Police launched a crackdown on street vendors in Lagos.")
    )


def test_a_plan_met_with_opposition_is_no_meeting(coder) -> None:
    assert "040" not in _codes(coder, "The proposal met with opposition from several African states.")
    assert "040" in _codes(coder, "The Turkish envoy met with Greek officials in Athens.")


def test_the_seat_of_a_named_organisation_is_not_its_side(coder) -> None:
    event = next(
        e
        for e in events_of(coder, "The London-based International Maritime Bureau criticized Brazil on Monday.")
        if e.trigger.startswith("criticized")
    )
    assert not any(actor.country == "GBR" for actor in event.source)
    assert any(actor.country == "BRA" for actor in event.target)


def test_a_city_before_a_common_noun_still_places_the_group(coder) -> None:
    event = next(
        e
        for e in events_of(coder, "A Nairobi-based militia attacked a police post.")
        if e.trigger.startswith("attacked")
    )
    assert any(actor.country == "KEN" for actor in event.source)


def test_a_document_released_frees_no_one(coder) -> None:
    text = "In the statement released hours after the raid, the group gave the army two days to comply."
    assert not any(code.startswith("084") for code in _codes(coder, text))
    assert not any(
        code.startswith("084") for code in _codes(coder, "A study released this week by the bank ranks Chad last.")
    )


def test_hostages_released_are_still_freed(coder) -> None:
    assert "0841" in _codes(coder, "The hostages released on Friday were flown to Doha.")


def test_an_honour_conferred_praises_and_conferring_with_consults(coder) -> None:
    assert "051" in _codes(coder, "Ghana conferred its highest honour on the Indian premier.")
    assert "040" in _codes(coder, "The ministers conferred with NATO officials in Brussels.")


def _force(coder, text: str) -> list[str]:
    return [code for code in _codes(coder, text) if code[:2] in {"18", "19", "20"}]


def test_a_battle_against_a_disease_or_an_ill_is_no_force(coder) -> None:
    assert not _force(coder, "Health workers are losing the battle against cholera in Beira.")
    assert not _force(coder, "The war on poverty is far from over, the bishop said.")


def test_a_battle_only_said_to_be_won_is_no_force(coder) -> None:
    assert not _force(coder, "The battle is not won until every girl is back in school, she said.")


def test_battles_between_sides_are_still_force(coder) -> None:
    assert _force(coder, "The battle for Bakhmut was lost in May.")
    assert _force(coder, "The army launched an offensive against the rebels near Goma.")


def test_meeting_opposition_leaders_is_still_a_meeting(coder) -> None:
    assert "040" in _codes(coder, "The envoy met with opposition leaders in Harare.")
