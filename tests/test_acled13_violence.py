"""ACLED's contrasts for raids and abductions (issue #3, twelfth session).

Every sentence was written for these tests from ACLED's definitions; none is a training example or an
evaluation item:
- ACLED's abduction is the taking of people "without reports of further violence": where those taken are
  killed, or people are killed in the taking, the incident is an attack;
- a raid by the state's forces with no one hurt and no fight told is no violence: with people taken in it,
  ACLED records the arrests; with none, a change to group/activity (a raid with no violence); a raid told
  beside the arrests or seizures it led to is how they came about.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted and killed a village head in Kaduna state.",
        "Suspected militants kidnapped two traders near Garissa and later killed one of them.",
        "Armed men killed a security guard and abducted five students from the school.",
    ],
)
def test_an_abduction_with_killings_is_an_attack(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped five passengers on the Kaduna-Abuja highway.",
        "Maoists abducted two villagers from a weekly market in Bijapur.",
        # the killing is the occasion the abduction answers, not a killing in it
        "Militants abducted three contractors after the killing of their commander.",
    ],
)
def test_an_abduction_with_no_killing_stays_an_abduction(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Police raided the offices of the opposition party in Sylhet on Monday night.",
        "Security forces raided the house of a separatist leader in Sopore but found no one.",
    ],
)
def test_a_raid_with_no_harm_is_a_change_to_group_activity(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a hotel in Cox's Bazar where 25 Rohingyas were held.",
        "Security forces raided the village and took several men for questioning.",
        "Police raided the house of a Jamaat leader and arrested five activists.",
    ],
)
def test_a_raid_in_which_people_were_taken_is_arrests(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Arrests"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # harm or a fight told: the raid is violence, typed as before
        ("Gunmen raided a village in Zamfara, killing 12 residents.", "Attack"),
        ("Soldiers raided a militant hideout in Kupwara, triggering a gunfight.", "Armed clash"),
        # a raid by an armed group is not the state's search
        ("Al-Shabaab militants stormed a hotel in Mogadishu, killing 15 people.", "Attack"),
    ],
)
def test_a_raid_with_harm_stays_violence(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_a_raid_beside_the_weapons_it_found_is_the_seizure(nlp: Language) -> None:
    text = "Police raided a house in Rajouri and recovered two pistols and a grenade."
    assert main_acled_type(nlp, text) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Miscreants hurled crude bombs at the house of a panchayat member in Bhatpara.",
        "Unidentified persons threw a hand bomb at the residence of a party worker.",
        "Two people were injured when unidentified men threw a bomb at their house.",
    ],
)
def test_a_bomb_thrown_by_hand_is_a_grenade(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Grenade"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # placed and set off, not thrown: a remote explosive
        (
            "A bomb planted on a motorcycle exploded near the market in Quetta, killing four.",
            "Remote explosive/landmine/IED",
        ),
        # a fire bomb thrown by a crowd is its violence
        ("Demonstrators threw stones and petrol bombs at the police in the old city.", "Violent demonstration"),
    ],
)
def test_bombs_not_thrown_by_hand_keep_their_type(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_a_toll_with_no_doer_beside_a_strike_is_the_strikes(nlp: Language) -> None:
    # "left one dead and 30 injured": the blast's toll, not a clash of its own
    text = "A grenade blast at a bus stand in Jammu left one dead and 30 injured."
    assert main_acled_type(nlp, text) == "Grenade"


@pytest.mark.parametrize(
    "text",
    [
        "Elders brokered a truce between the two clans after clashes in Galkayo.",
        "Religious leaders mediated a ceasefire between the rival militias in Bangui.",
        "The Houthis and the coalition agreed to halt airstrikes on Hodeidah.",
        "The rival factions agreed to stop the shelling of residential areas.",
    ],
)
def test_a_deal_brokered_or_violence_agreed_to_stop_is_an_agreement(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Agreement"


def test_talks_on_a_truce_are_no_agreement(nlp: Language) -> None:
    # still negotiating: no deal reached
    assert main_acled_type(nlp, "Elders are negotiating a truce between the two clans.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Police conducted a flag march in the riot-hit areas of the town.",
        "The army staged a flag march in the communally sensitive areas of Muzaffarnagar.",
        "The army launched a search operation in the forests of Kupwara.",
        "Security forces launched a massive cordon and search operation in Tral.",
    ],
)
def test_a_show_of_force_is_a_change_to_group_activity(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Change to group/activity"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # people marching with flags demonstrate
        ("Thousands of supporters marched through the city waving party flags.", "Peaceful protest"),
        # weapons found in a search operation: the seizure is the event
        (
            "A huge cache of arms and ammunition was recovered during a search operation in Kupwara.",
            "Disrupted weapons use",
        ),
    ],
)
def test_marches_and_searches_that_are_not_shows_of_force(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_an_act_in_a_past_perfect_relative_clause_is_background(nlp: Language) -> None:
    # "who had surrendered" describes the victim; the killing is the incident
    text = "The Maoists killed a former Maoist who had surrendered to the police."
    assert main_acled_type(nlp, text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "The bomb squad destroyed an unexploded mortar shell in a controlled explosion.",
        "Police retrieved a cache of weapons hidden in a cave in Poonch.",
    ],
)
def test_devices_made_safe_or_retrieved_are_disrupted_weapons_use(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Disrupted weapons use"


def test_a_shell_fired_is_still_shelling(nlp: Language) -> None:
    text = "Militants fired mortar shells at the airport, damaging a building."
    assert main_acled_type(nlp, text) == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Rebels attacked and captured the army camp, killing five soldiers.", "Non-state actor overtakes territory"),
        ("Troops captured a rebel camp in the forest after a gunfight.", "Government regains territory"),
        # people taken at a camp: the camp is where, not what was taken
        ("Militants captured two soldiers at the army camp.", "Abduction/forced disappearance"),
        ("Police captured the gang leader at the bus station.", "Arrests"),
    ],
)
def test_a_camp_or_post_captured_is_territory(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified gunmen fired shots in the air near the polling station, causing voters to flee.",
        "Soldiers fired warning shots at a boat approaching the naval base.",
    ],
)
def test_shots_in_the_air_or_as_a_warning_are_other(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Other"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Police fired in the air to disperse the protesters.", "Protest with intervention"),
        ("Iran fired missiles at a US air base in western Iraq.", "Shelling/artillery/missile attack"),
        ("Gunmen fired at the car of a politician, injuring his driver.", "Attack"),
    ],
)
def test_shots_at_someone_or_at_a_crowd_are_not_other(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Assailants set fire to a bus carrying passengers, killing seven people on board.", "Attack"),
        ("Gunmen torched houses in the village, and three people were burnt alive.", "Attack"),
        ("Suspected Maoists set ablaze five vehicles engaged in road construction.", "Looting/property destruction"),
        # the death is the occasion, not a toll of the burning
        (
            "Unknown miscreants burnt down the office of the ruling party after the death of a leader.",
            "Looting/property destruction",
        ),
    ],
)
def test_destruction_that_killed_is_an_attack(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_air_strikes_beside_ground_retaken_back_the_taking(nlp: Language) -> None:
    text = "Airstrikes by the Afghan Air Force helped ground troops recapture the district."
    assert main_acled_type(nlp, text) == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "Ex-sarpanch shot dead by suspected militants in Pulwama.",
        # a headline's reduced passive: the parse takes the victim for the doer
        "Man shot dead by militants in Kulgam.",
        "A shopkeeper was killed by terrorists in the old town.",
    ],
)
def test_killed_by_an_armed_group_with_no_other_side_is_an_attack(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        # the state's forces named: two armed sides
        "Two soldiers were shot dead by militants in Kupwara.",
        # a fight told
        "A militant was killed by rival militants in a gunfight in Tral.",
    ],
)
def test_killed_by_an_armed_group_where_another_side_is_named_stays_a_clash(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Armed clash"


def test_a_border_sealed_is_a_change_to_group_activity(nlp: Language) -> None:
    assert main_acled_type(nlp, "Security forces sealed the border with Bangladesh.") == "Change to group/activity"
    # a deal sealed is still an agreement
    assert main_acled_type(nlp, "The two clans sealed a truce after mediation by elders.") == "Agreement"
