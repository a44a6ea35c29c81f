"""ACLED's demonstration and riot types on sentences written for the twelfth session (issue #3).

Every sentence was written for these tests in the style of South Asian and African wire reports; none is a
training example or an evaluation item (``sitrep.events.acled_protest``):
- road-blocking is among the acts ACLED lists as making a demonstration violent: a road, highway or railway
  blocked by the crowd ("rasta roko", "chakka jam", "staged a road blockade") is a violent demonstration,
  a road the police block is not, and a blockade by unarmed people is no armed clash;
- the police dispersing people act on a crowd (an intervention, not an attack);
- force on a demonstration told with people killed or wounded is excessive force.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type
from spacy.language import Language

from sitrep.events.acled_protest import road_blocked


@pytest.mark.parametrize(
    "text",
    [
        "Villagers blocked the national highway for three hours on Monday demanding a bridge over the river.",
        "Angry residents blocked the Jammu-Srinagar highway after a youth died in a road accident.",
        "Protesters blocked rail tracks at Ambala, halting several trains.",
        "Students staged a road blockade in Guwahati demanding the release of their leader.",
        "Workers squatted on the road and blocked traffic for an hour in protest against non-payment of wages.",
        "The protesters defied prohibitory orders and blocked the road near the collectorate.",
        "Farmers staged a rasta roko on the Delhi-Jaipur highway to protest against the farm laws.",
        # the blockade told in a second sentence
        "Residents of Ward 12 staged a protest over water shortage. They later blocked the main road for two hours.",
    ],
)
def test_a_road_blocked_by_the_crowd_is_a_violent_demonstration(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # nothing blocked, or blocked by the police: no road-blocking by the crowd
        ("Villagers staged a sit-in outside the tehsil office demanding a bridge over the river.", "Peaceful protest"),
        ("Climate activists blocked no roads but formed a human chain along the river.", "Peaceful protest"),
        # police blocking the marchers' way is an intervention
        ("Police blocked the road to stop the marchers, who then held a sit-in at the spot.",
         "Protest with intervention"),
        # the entrance of an office is no way for traffic
        ("Employees blocked the entrance of the municipal office demanding pending salaries.", "Peaceful protest"),
    ],
)  # fmt: skip
def test_no_road_blocked_by_the_crowd(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_road_blocked_reads_blockades_named_in_indian_english() -> None:
    assert road_blocked({"farmer", "hold", "chakka", "jam"})
    assert road_blocked({"rasta", "roko", "stage"})
    assert road_blocked({"block", "highway"})
    assert not road_blocked({"block", "entrance"})
    assert not road_blocked({"jam", "traffic"})  # a traffic jam blocks nothing by itself
    assert not road_blocked({"not", "block", "road"})


@pytest.mark.parametrize(
    "text",
    [
        "Tribals blocked the highway with their bodies, and police later dispersed them.",
        "Police dispersed villagers who had gathered outside the panchayat office.",
    ],
)
def test_dispersing_a_crowd_is_an_intervention(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) in {"Protest with intervention", "Violent demonstration"}
    assert main_acled_type(nlp, text) != "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in firing at a protest rally in Imphal on Friday.",
        "Several students were injured when police opened fire on the agitation outside the university.",
    ],
)
def test_force_on_a_demonstration_that_kills_or_wounds_is_excessive(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Police attacked the nurses with lathis outside the health minister's residence.",
        "The police baton charged the workers and arrested 15 of them.",
        "Police also lathi charged the students and detained some of them.",
        "Police baton-charged them and arrested ten people.",
        "Police lobbed tear gas shells and arrested 30 supporters of the opposition leader.",
        # the attack told in one sentence, the crowd control in the next
        "Police attacked the students of the university on Monday night. Later they lathi-charged them and "
        "arrested six.",
    ],
)
def test_the_states_lathis_batons_and_tear_gas_act_on_a_crowd(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Protest with intervention"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # no crowd control told: an attack and an arrest stay what they are
        ("Police beat a vegetable vendor to death in custody in Tuticorin.", "Attack"),
        ("Police arrested three men for the murder of a shopkeeper.", "Arrests"),
        # a legal charge is no baton charge
        ("Police charged the three accused with murder.", "Arrests"),
        # and people attacked by gunmen are civilians attacked, tear gas or not
        ("Gunmen attacked villagers in Kaduna, killing six.", "Attack"),
    ],
)  # fmt: skip
def test_no_crowd_control_told(nlp: Language, text: str, sub_type: str | None) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "A student was shot dead during the protest in Dhaka on Sunday.",
        "Three men were shot dead during a demonstration against the election results in Conakry.",
        "A 19-year-old was killed by a bullet during anti-government protests in Khartoum.",
    ],
)
def test_people_shot_at_a_demonstration_by_an_unnamed_doer(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Excessive force against protesters"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # an armed group named, or no demonstration told: no force against protesters
        ("Unidentified gunmen shot dead a student during the protest in Dhaka.", "Attack"),
        ("A student was shot dead in Dhaka on Sunday.", "Attack"),
    ],
)  # fmt: skip
def test_shootings_that_are_no_force_against_protesters(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Police lobbed teargas shells at the mob that had gathered outside the police station.",
        "Teargas shells were lobbed to disperse the mob.",
        "Police burst teargas shells to control the mob near the bus stand.",
    ],
)
def test_tear_gas_fired_at_a_crowd_is_an_intervention(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Protest with intervention"


def test_mortar_shells_lobbed_are_shelling(nlp: Language) -> None:
    assert main_acled_type(nlp, "Militants lobbed mortar shells at the army camp.") == (
        "Shelling/artillery/missile attack"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a blockade met by the police stays the crowd's road-blocking (ACLED: the rioters' own violence decides)
        "Agitated villagers protested by blocking the highway, and police dispersed the mob.",
        "The mob blocked the highway for hours before police dispersed them.",
    ],
)
def test_a_blockade_broken_up_by_the_police_is_still_violent(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Hundreds of women formed a human chain along the beach road in Kochi.", "Peaceful protest"),
        ("Traders downed shutters in the town on Friday against the new tax.", "Peaceful protest"),
        ("The company built a supply chain across Asia.", None),
    ],
)  # fmt: skip
def test_peaceful_ways_to_protest(nlp: Language, text: str, sub_type: str | None) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Students protesting against the violence on campus were attacked by the police.",
        "Police attacked BJP workers who were protesting against the post-poll violence in Bengal.",
    ],
)
def test_a_protest_against_violence_is_not_violent(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        # the crowd's own violence, or violence told as what happened at the protest
        "The protest against the farm laws turned violent when agitators pelted stones at the police.",
        "Violence broke out during the protest against the new land law in the district.",
        "Protesters clashed with the police over the arrest of their leader.",
    ],
)
def test_violence_that_is_no_topic_keeps_the_protest_violent(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # unknown culprits did the damage; the protest is what it prompted
        ("The statue was damaged by some miscreants, prompting protests by the community.",
         "Looting/property destruction"),
        ("Unidentified men torched the office of the farmers union, sparking a protest.",
         "Looting/property destruction"),
        # damage done during a demonstration, or by its crowd, is its riot
        ("Some miscreants set fire to two buses during the bandh.", "Violent demonstration"),
        ("Protesters torched two buses during the bandh.", "Violent demonstration"),
    ],
)  # fmt: skip
def test_damage_by_unknown_culprits(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Traders held a chakka jam on the main road against the hike in fuel prices.", "Violent demonstration"),
        ("The rail roko by farmers hit train services in Punjab.", "Violent demonstration"),
        ("Commuters were stuck in a traffic jam for hours.", None),
    ],
)  # fmt: skip
def test_blockades_named_in_indian_english(nlp: Language, text: str, sub_type: str | None) -> None:
    assert main_acled_type(nlp, text) == sub_type
