"""ACLED categories on sentences written for the eleventh session (issue #3).

Every sentence was written for these tests from ACLED's definitions; none is a training example or an
evaluation item:
- violence on people not said to be armed, told as near a post of the state's forces ("near the police
  station"), is one-sided (an attack): the armed words name the place, not a second armed side;
- a group named by its kind ("the rebel group", "a militant outfit") is an armed subject for the verbs that
  need one (disband, recruit, patrol): a group that disbands changes its activity;
- prohibitory orders and Section 144 imposed restrict activity (ACLED change to group/activity).
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type, rule_events
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # one-sided: the victim is a civilian, the army camp or police station only says where
        ("Terrorists shot at a migrant labourer near the army camp, injuring him.", "Attack"),
        ("Suspected militants fired at a civilian near the police station in Sopore, injuring him critically.",
         "Attack"),
        ("Gunmen shot a shopkeeper outside the police outpost in the market.", "Attack"),
        # ... but a fight told in the sentence makes two armed sides
        ("Militants fired at a civilian near the army camp and the troops returned fire.", "Armed clash"),
        # ... and armed people near a post are no civilians
        ("Militants fired at soldiers near the army camp, injuring two.", "Armed clash"),
    ],
)  # fmt: skip
def test_violence_near_a_post_of_the_forces(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "The militant group disbanded its armed wing.",
        "The rebel group has disbanded.",
        "The militia was disbanded on Monday.",
    ],
)
def test_an_armed_group_that_disbands_changes_its_activity(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Change to group/activity"


def test_a_group_not_said_to_be_armed_disbanding_is_no_event(nlp: Language) -> None:
    assert rule_events(nlp, "The jazz group disbanded after the tour.") == []
    assert rule_events(nlp, "The study group has disbanded.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Prohibitory orders under Section 144 were imposed in the city.",
        "Section 144 was imposed in the town on Tuesday.",
        "The district administration imposed prohibitory orders in the area.",
    ],
)
def test_prohibitory_orders_imposed_change_activity(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        # the crowd's damage told in the next sentence, by a pronoun or with no doer named
        "Activists blocked the railway track, disrupting train services. They also set fire to an engine.",
        "Villagers blocked the road demanding the arrest of the driver. Some of them damaged the truck.",
        # violence with no doer, told by the crowd's means
        "Workers of the party blocked the road. A few policemen were injured in the stone pelting.",
    ],
)
def test_a_demonstration_whose_crowd_did_damage_in_a_later_sentence_is_violent(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        # someone else's violence told after the protest does not make the protest violent
        # (blocking the road is itself road-blocking, violent: sitrep.events.acled_protest)
        "Villagers held a sit-in to protest the poor roads. Gunmen later shot dead a trader in the market.",
        "Residents staged a dharna for two hours to protest the poor condition of the road.",
        "Farmers staged a sit-in outside the collectorate. Police later detained their leaders.",
    ],
)
def test_other_acts_after_a_demonstration_do_not_make_it_violent(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) != "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Police raided an illegal gun factory and recovered country-made pistols.",
        "Police busted an illegal arms factory in the town.",
        "Police busted a bomb-making unit in the village.",
        "The BDS team diffused the bomb.",
    ],
)
def test_weapons_seized_in_a_quiet_raid_are_disrupted(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Disrupted weapons use"


def test_a_raid_on_a_crime_or_a_diffused_glow_is_no_acled_event(nlp: Language) -> None:
    assert main_acled_type(nlp, "Police busted a fake liquor factory in the town.") is None
    assert main_acled_type(nlp, "The festival lights diffused the glow across the square.") is None
    # a raid in which people were killed is no quiet raid
    assert main_acled_type(nlp, "Police raided the hideout, killing two militants, and recovered rifles.") != (
        "Disrupted weapons use"
    )


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # an effigy is burned only to protest, whoever the sentence says burned it
        ("People burnt an effigy of the chief minister.", "Peaceful protest"),
        ("Members of the youth wing burnt the effigy of the prime minister at the main crossing.",
         "Peaceful protest"),
        # ... but a house burned is destruction, and a bus torched beside the effigy is a riot
        ("Miscreants burnt the house of a ruling party leader.", "Looting/property destruction"),
        ("Protesters burnt an effigy and torched a bus.", "Violent demonstration"),
    ],
)  # fmt: skip
def test_burning_an_effigy_is_a_protest(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Police nabbed two persons for attacking a shopkeeper.",
        "The accused, who had attacked a woman with a knife, was nabbed on Monday.",
        "The police nabbed a wanted Maoist from the forest.",
    ],
)
def test_nabbed_is_an_arrest(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Arrests"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # the state's forces acting on the crowd of a demonstration told in the sentence before
        ("Thousands of people took to the streets of the capital on Friday. Security forces opened fire on them, "
         "killing three.", "Excessive force against protesters"),
        ("Hundreds of students marched towards the governor's house. Police fired at them, injuring five.",
         "Excessive force against protesters"),
        ("Villagers staged a demonstration outside the mine. Police fired tear gas to disperse them.",
         "Protest with intervention"),
    ],
)  # fmt: skip
def test_force_on_the_crowd_in_a_later_sentence(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_force_on_someone_else_after_a_demonstration_does_not_type_it(nlp: Language) -> None:
    text = "Villagers staged a demonstration outside the mine. Later, police shot dead a robber in the town."
    assert main_acled_type(nlp, text) not in {"Excessive force against protesters", "Protest with intervention"}


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # "a youth" is one person, not a crowd: no protest scene
        ("A youth was shot dead in Sopore.", "Attack"),
        ("A youth was shot dead in Sopore on Monday, police said.", "Attack"),
        # "youths" are a crowd
        ("Police fired tear gas at youths who were pelting stones.", "Violent demonstration"),
        # a clause told before a semicolon is no complement of the blaming that follows it
        ("A youth was shot dead in Sopore; police blamed militants.", "Attack"),
    ],
)  # fmt: skip
def test_a_youth_is_one_person(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # what is protested is the grievance, not force used on this crowd
        ("Villagers protested the killing of a youth in police firing.", "Peaceful protest"),
        ("Lawyers protested the arrest of a colleague by the police.", "Peaceful protest"),
        # ... force on the crowd itself still makes an intervention
        ("Police arrested protesters who had gathered outside the office.", "Protest with intervention"),
        ("The protesters were detained by police when they marched towards the assembly.",
         "Protest with intervention"),
    ],
)  # fmt: skip
def test_the_grievance_of_a_protest_is_no_intervention(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a quarrel between groups the sentence does not call armed is a brawl (ACLED mob violence)
        ("Two groups clashed over a land dispute, leaving five injured.", "Mob violence"),
        ("Two groups clashed over a land dispute in the village, and one of them opened fire with rifles.",
         "Armed clash"),
        # "thrashed" people is a beating; a team thrashed is no event
        ("Cow vigilantes thrashed two men transporting cattle.", "Mob violence"),
        ("Police thrashed two men at the checkpoint.", "Attack"),
    ],
)  # fmt: skip
def test_brawls_and_beatings(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_a_team_thrashed_is_no_event(nlp: Language) -> None:
    assert rule_events(nlp, "India thrashed Australia by eight wickets.") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a mine where gold or coal is dug is a place, not a device
        ("Two armed groups clashed over control of the gold mines.", "Armed clash"),
        ("Gunmen attacked artisanal miners at a gold mine, killing 12.", "Attack"),
        # ... a mine that explodes is a device, near a gold mine or not
        ("A mine exploded under a vehicle carrying soldiers.", "Remote explosive/landmine/IED"),
        ("Three miners were killed when their truck struck a landmine near the gold mine.",
         "Remote explosive/landmine/IED"),
    ],
)  # fmt: skip
def test_mines_of_mining_are_no_explosive(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group entered into a ceasefire agreement with the government.",
        "The two factions entered into a truce on Monday.",
    ],
)
def test_entering_into_a_deal_is_an_agreement(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Agreement"


def test_entering_into_a_house_or_a_contract_is_no_agreement(nlp: Language) -> None:
    assert main_acled_type(nlp, "Gunmen entered into the house and shot dead a man.") == "Attack"
    assert main_acled_type(nlp, "The company entered into a contract with the ministry.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Mobile internet services were snapped in the district as a precautionary measure.",
        "Educational institutions were closed in the district following the violence.",
    ],
)
def test_services_snapped_and_institutions_closed_change_activity(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Change to group/activity"


def test_snapped_pictures_or_a_streak_is_no_event(nlp: Language) -> None:
    assert rule_events(nlp, "The photographer snapped pictures of the crowd.") == []
    assert rule_events(nlp, "The team snapped a five-match losing streak.") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # youths arrested are people taken into custody, not a demonstration's crowd
        ("Police arrested two youths in connection with the murder.", "Arrests"),
        ("Police picked up two youths for questioning.", "Arrests"),
        # youths as doers still riot
        ("Youths pelted stones at the police in the old city.", "Violent demonstration"),
        # a trader is a person: bundled into a car by armed men, abducted
        ("Armed men bundled a trader into a car and drove off.", "Abduction/forced disappearance"),
    ],
)  # fmt: skip
def test_youths_and_traders_as_people(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type
