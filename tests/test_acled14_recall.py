"""ACLED recall on phrasings the event stage left uncoded or mistyped (issue #3, twelfth session).

Every sentence was written for these tests from ACLED's codebook; none is a training example or an
evaluation item:
- an arrest is the incident where the report tells it with the offence it was made for ("arrested for the
  rape of a minor") or with the release that ended it ("taken into custody and later released");
- property gutted, reduced to ashes or caused damage is ACLED's property destruction, a violent demonstration
  where a crowd did it;
- a place that "fell to" armed men, or its "recapture", is territory taken: the men it fell to are the takers;
- arms found in a container ("a bag containing grenades was found") are disrupted weapons use;
- a crowd "lathi-charged by the police", or batons wielded or rained on it, is a protest with intervention.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type, rule_events
from spacy.language import Language

from sitrep.events.acled_arrest import release_after_an_arrest


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a 35-year-old man for the rape of a minor in Bareilly.",
        "Two youths were arrested over the rape of a schoolgirl in Kathua.",
        "Police detained three men in connection with the bombing of a bus in Quetta.",
    ],
)
def test_an_offence_an_arrest_was_made_for_is_its_ground(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        # the offence told as the act of its own clause, not as what an arrest was for
        "Soldiers raped two women in the village, and police arrested a man later.",
        "Gunmen bombed a bus in Quetta on Monday.",
    ],
)
def test_an_offence_told_as_its_own_act_stays_that_act(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) != "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Police detained twelve activists and later released them.",
        "The youths were picked up by the police and released in the evening.",
    ],
)
def test_a_release_after_an_arrest_ends_it(nlp: Language, text: str) -> None:
    events = rule_events(nlp, text)
    releases = [event for event in events if event.cameo_code == "0841"]
    assert releases and all(release_after_an_arrest(event, events) for event in releases)
    assert main_acled_type(nlp, text) == "Arrests"


def test_a_release_with_no_arrest_told_is_no_arrests_end(nlp: Language) -> None:
    events = rule_events(nlp, "The rebels released forty prisoners under the truce.")
    releases = [event for event in events if event.cameo_code == "0841"]
    assert releases and not any(release_after_an_arrest(event, events) for event in releases)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Nine shops were gutted in the market at Lakhimpur on Sunday night.", "Looting/property destruction"),
        ("About forty huts were reduced to ashes in the village.", "Looting/property destruction"),
        ("Unknown miscreants caused extensive damage to a church in Kandhamal.", "Looting/property destruction"),
        # a crowd's damage is its demonstration turned violent
        ("Agitating students gutted two buses on the highway.", "Violent demonstration"),
        ("Demonstrators inflicted heavy damage on shops near the secretariat.", "Violent demonstration"),
    ],
)
def test_property_gutted_burnt_out_or_damaged_is_destruction(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "The family was gutted by the verdict.",
        "The central bank reduced interest rates to two percent.",
        "Heavy rain caused damage to houses in the district.",
        "The tariffs caused damage to the economy.",
    ],
)
def test_no_property_destroyed_by_anyone_is_no_destruction(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("The town of Bama fell to government forces on Sunday.", "Government regains territory"),
        ("The district headquarters fell to Maoist rebels after a siege.", "Non-state actor overtakes territory"),
        ("The army announced the recapture of the border town.", "Government regains territory"),
    ],
)
def test_a_place_fallen_to_armed_men_or_recaptured_is_territory(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "The price of rice fell to its lowest level in a decade.",
        "The seat fell to the ruling party in the by-election.",
        "Police announced the recapture of two escaped prisoners.",
    ],
)
def test_no_place_taken_by_armed_men_is_no_territory(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) is None


def test_the_armed_men_a_place_fell_to_are_its_takers(nlp: Language) -> None:
    events = rule_events(nlp, "The town fell to the rebels on Friday.")
    events = [event for event in events if event.cameo_code == "192"]
    assert events and {actor.sector for actor in events[0].source} == {"REB"}
    # the men it fell to are no target of their own taking
    assert "REB" not in {actor.sector for actor in events[0].target}


@pytest.mark.parametrize(
    "text",
    [
        "A bag containing three grenades was found near the bus stand in Imphal.",
        "Police recovered a box filled with detonators from an abandoned house.",
        "A sack with two country-made pistols was found on the roadside.",
    ],
)
def test_arms_found_in_a_container_are_disrupted_weapons_use(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Police found a bag containing clothes near the market.",
        "Customs officers seized a box filled with counterfeit watches.",
    ],
)
def test_a_container_of_other_things_is_no_weapons_find(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) != "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters were lathi-charged by the police in Patna.",
        "Agitating nurses were baton-charged by the police near the secretariat.",
        "Policemen wielded batons on the students outside the university.",
        "Police rained batons on the striking workers in Dhaka.",
    ],
)
def test_sticks_used_on_a_crowd_are_an_intervention(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Protest with intervention"


def test_a_crowd_lathi_charged_by_the_police_is_their_target(nlp: Language) -> None:
    events = rule_events(nlp, "Protesters were lathi-charged by the police in Patna.")
    charges = [event for event in events if event.cameo_code == "175"]
    assert charges and "COP" in {actor.sector for actor in charges[0].source}
    assert "protesters" in {actor.text.casefold() for actor in charges[0].target}


@pytest.mark.parametrize(
    "text",
    [
        "The leader wielded enormous power in the party.",
        "The minister was charged with corruption.",
        "Villagers wielding sticks chased away the thieves.",
    ],
)
def test_no_sticks_on_a_crowd_is_no_intervention(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) != "Protest with intervention"
