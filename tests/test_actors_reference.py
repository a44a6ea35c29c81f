"""Who a pronoun, a description or a name stands for in an event, and who is done to in "came under attack"
(sitrep.actors.clause_reference, sitrep.actors.tracking, sitrep.events.parties, sitrep.events.arguments).
Sentences written for the project."""

from __future__ import annotations

from datetime import datetime

import pytest
from event_samples import events_of, one_event

from sitrep.model import Event
from sitrep.pipeline import Coder


@pytest.fixture(scope="module")
def coder(nlp) -> Coder:
    return Coder(stages=["places", "events"], nlp=nlp)


PUBLISHED = datetime(2025, 3, 14)


def _events(coder: Coder, text: str) -> list[Event]:
    return events_of(coder, text, PUBLISHED)


def _one(coder: Coder, text: str, trigger: str) -> Event:
    return one_event(coder, text, trigger, PUBLISHED)


def _codes(actors) -> set[str | None]:
    return {actor.code for actor in actors}


def _countries(actors) -> set[str | None]:
    return {actor.country for actor in actors}


def test_the_subject_of_came_under_attack_is_its_target(coder) -> None:
    event = _one(coder, "Israeli troops came under attack from Hezbollah fighters.", "attack")
    assert _countries(event.source) == {"LBN"}
    assert _countries(event.target) == {"ISR"}
    # a nationality on the noun is the doer
    russian = _one(coder, "The Ukrainian town came under Russian attack on Monday.", "attack")
    assert _countries(russian.source) == {"RUS"}


def test_a_subject_pronoun_means_the_subject_of_its_governing_clause(coder) -> None:
    # "it" is the convoy, no actor: not the Pakistani authorities named last
    text = (
        "Pakistani authorities reported the convoy was passing through Kalat when it came under attack from militants."
    )
    event = _one(coder, text, "attack")
    assert "PAKGOV" not in _codes(event.target)
    # "it" is the group that said so, across a clause: the state named before is not the doer
    group = _one(coder, "Pakistan blamed the group. The outlawed group said it had killed ten soldiers.", "killed")
    assert _countries(group.source) != {"PAK"} or "REB" in {actor.sector for actor in group.source}
    # cataphora: the subject of the main clause after the participle phrase
    thai = _one(
        coder,
        "After weeks of denying it was planning to deport the men it had held since arresting them in 2014, "
        "Thailand sent 40 of them to China.",
        "arresting",
    )
    assert _countries(thai.source) == {"THA"}


def test_a_possessive_on_a_reported_subject_is_the_speakers(coder) -> None:
    # "his forces" are the army chief's, not those of the last man named in the story
    text = (
        "U.S. President Joe Biden said all American troops would leave by September. "
        "The Afghan army chief said on Saturday his forces had killed 200 Taliban fighters."
    )
    event = _one(coder, text, "killed")
    assert _countries(event.source) == {"AFG"}
    # with no subject that agrees above it, the possessive still reads the story
    assert _countries(_one(coder, "Israel said on Monday that its forces struck Gaza.", "struck").source) == {"ISR"}


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(coder) -> None:
    event = _one(coder, "Gunmen stopped a bus carrying villagers. They shot them.", "shot")
    assert event.source and event.target
    assert _codes(event.source).isdisjoint(_codes(event.target))
    assert {actor.sector for actor in event.source} == {"UAF"}


def test_we_in_a_quotation_is_the_speakers_side(coder) -> None:
    text = (
        "“We strongly reject the allegations made by Pakistan,” Indian foreign ministry spokesperson "
        "Randhir Jaiswal told reporters."
    )
    event = _one(coder, text, "reject")
    assert _codes(event.source) == {"INDGOV"}
    assert _countries(event.target) == {"PAK"}  # the author of the allegations rejected
    # "I" is the speaker; unquoted first person is left alone
    meetings = [e for e in _events(coder, "“I will meet Putin soon,” Ukrainian President Volodymyr Zelensky said.")]
    assert meetings and all(_codes(e.source) == {"UKRGOV"} for e in meetings if e.trigger == "meet")


def test_rejecting_words_acts_on_their_author(coder) -> None:
    assert _countries(_one(coder, "Israel rejected the proposal made by Hamas.", "rejected").target) == {"PSE"}
    assert _countries(_one(coder, "Kyiv dismissed the demands from Moscow.", "dismissed").target) == {"RUS"}


def test_a_surname_alone_takes_the_role_of_its_first_full_mention(coder) -> None:
    text = (
        "Pakistani army spokesman Lieutenant General Ahmed Sharif Chaudhry spoke to reporters on Tuesday. "
        "Chaudhry accused India of backing the militants."
    )
    event = _one(coder, text, "accused")
    assert _countries(event.source) == {"PAK"}


def test_a_state_description_does_not_refer_to_an_armed_group_with_the_word_in_its_name(coder) -> None:
    text = (
        "Militants of the Baloch Liberation Army attacked a passenger train near Sibi in Pakistan. "
        "The military killed 33 militants."
    )
    event = _one(coder, text, "killed")
    assert {actor.sector for actor in event.source} == {"MIL"}


def test_a_description_prefers_an_antecedent_named_in_its_words(coder) -> None:
    text = (
        "Somali security forces surrounded the hotel in Beledweyne, backed by Ethiopian soldiers. "
        "Militants were still fighting the security forces on Wednesday."
    )
    event = _one(coder, text, "fighting")
    assert _countries(event.target) == {"SOM"}


def test_a_protest_that_names_no_target_is_aimed_at_the_protesters_own_state(coder) -> None:
    event = _one(coder, "Thousands of Kenyan protesters marched on Tuesday.", "marched")
    assert _codes(event.target) == {"KENGOV"}
    # a named target stays
    named = _one(coder, "Thousands of Kenyans protested against Israel on Tuesday.", "protested")
    assert _countries(named.target) == {"ISR"}


def test_the_venue_of_a_meeting_between_countries_is_no_target(coder) -> None:
    events = [e for e in _events(coder, "Hungarian and Romanian officials met in Budapest.") if e.trigger == "met"]
    pairs = {(next(iter(_countries(e.source))), next(iter(_countries(e.target)))) for e in events}
    assert pairs == {("HUN", "ROU"), ("ROU", "HUN")}
    # talks with a third country keep it as the target
    talks = [
        e for e in _events(coder, "Hungary and Romania held talks with Russia in Budapest.") if e.trigger == "talks"
    ]
    assert any(_countries(e.target) == {"RUS"} for e in talks)


def test_a_withdrawal_acts_on_the_place_left_not_the_destination(coder) -> None:
    text = "Hundreds of UN troops withdrew from the Syrian to the Israeli-occupied sector of the Golan on Monday."
    assert _countries(_one(coder, text, "withdrew").target) == {"SYR"}
    # sending to a place still targets it
    assert _countries(_one(coder, "The army sent tanks to Ukraine.", "sent").target) == {"UKR"}


def test_an_arrest_that_names_no_one_who_made_it_is_the_states_where_it_happened(coder) -> None:
    event = _one(coder, "Two journalists were arrested in Harare on Monday.", "arrested")
    assert _codes(event.source) == {"ZWECOP"}
    assert all(actor.start is None and "implied" in actor.text for actor in event.source)
    abroad = _one(coder, "Three Americans were detained in Russia last week.", "detained")
    assert _codes(abroad.source) == {"RUSCOP"}
    # the target's own nationality is not where it happened: two countries, no state is guessed
    both = _one(coder, "The arrest of Palestinian activist and U.S. resident Mahmoud Khalil drew protests.", "arrest")
    assert both.source == []
    # a named doer stays
    rebels = _one(coder, "Rebels detained two aid workers in Darfur.", "detained")
    assert {actor.sector for actor in rebels.source} == {"REB"}
