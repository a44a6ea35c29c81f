"""ACLED sub-event type of a text's main ACLED event, in the ACLED codebook's terms (eighth session).

Every sentence was written for these tests from ACLED's definitions of its event and sub-event types:
one-sided violence vs a clash between two armed sides, the side that ends up holding ground, the
demonstrators' own violence, gatherings that press a demand, measures that change how a side may act,
sexual violence and suicide attacks told beside other violence. None is a training example or an
evaluation item.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # one armed side, civilians hit: an attack, whatever place phrase the parse took as the target
        ("Police opened fire on a car at a checkpoint in Kabul, killing a family of four.", "Attack"),
        ("Settlers attacked Palestinian farmers harvesting olives near Nablus, injuring three.", "Attack"),
        ("A former soldier was shot dead by unknown gunmen in the town of Beni.", "Attack"),
        # two armed sides stay a clash
        ("Gunmen attacked a police checkpoint, killing two officers.", "Armed clash"),
        ("Troops killed 20 militants in an operation in the district.", "Armed clash"),
        # who holds the ground afterwards
        ("The national army and allied militias drove the rebels out of the strategic hill overlooking the road.",
         "Government regains territory"),
        ("Government troops seized the rebel stronghold of Kidal after fighting.", "Government regains territory"),
        ("The Taliban overran the district headquarters after a three-day siege.",
         "Non-state actor overtakes territory"),
        # the crowd's own violence makes the demonstration violent, intervention or not
        ("Protesters clashed with police in the capital, who fired tear gas to disperse them.",
         "Violent demonstration"),
        ("Police arrested 20 protesters who had set fire to a government building.", "Violent demonstration"),
        ("Angry residents blocked the main road and torched a police vehicle after a man died in custody.",
         "Violent demonstration"),
        ("Police dispersed a peaceful march by opposition supporters in Harare and arrested 12.",
         "Protest with intervention"),
        ("Authorities broke up a sit-in of teachers in Harare, arresting union leaders.", "Protest with intervention"),
        ("Security agents forcibly dispersed a peaceful gathering of women in Tehran.", "Protest with intervention"),
        # people gathering to press a demand protest
        ("Opposition supporters gathered in Dakar's central square calling for the release of their leader.",
         "Peaceful protest"),
        ("Residents staged a dharna outside the municipal office over water shortages.", "Peaceful protest"),
        ("Demonstrators demanded the resignation of the governor outside his office.", "Peaceful protest"),
        ("Activists took out a procession in the town against the price rise.", "Peaceful protest"),
        # what changes how a side may act
        ("The government declared a state of emergency in three provinces.", "Change to group/activity"),
        ("Authorities banned all public gatherings in the capital ahead of the vote.", "Change to group/activity"),
        ("Military reinforcements arrived in the district on Tuesday.", "Change to group/activity"),
        # an act ACLED names by its means comes first
        ("Armed men abducted and raped two women on their way to the market.", "Sexual violence"),
        ("Soldiers beat and raped women during a raid on the village, residents said.", "Sexual violence"),
        ("Inspectors said sarin was used in the attack on the town.", "Chemical weapon"),
        ("Ethiopia and the rebels agreed to a permanent cessation of hostilities in Pretoria.", "Agreement"),
        ("Bandits rustled cattle from herders near the village.", "Looting/property destruction"),
        # tear gas shells and stun grenades are riot control: there was a crowd, and no weapon of war
        ("Police fired tear gas shells at residents in the old city, injuring several.",
         "Excessive force against protesters"),
        ("Police lobbed stun grenades to disperse the demonstrators outside parliament.",
         "Protest with intervention"),
        ("Security forces fired mortar shells at rebel positions.", "Shelling/artillery/missile attack"),
    ],
)  # fmt: skip
def test_main_acled_type(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def test_a_banned_flag_is_no_change_of_activity(nlp: Language) -> None:
    # only bans on gatherings, movement, services and the like change how a side may act
    assert main_acled_type(nlp, "The court banned the sale of the book.") != "Change to group/activity"


def test_shots_in_the_air_near_voters_hurt_no_one(nlp: Language) -> None:
    # one-sided violence needs someone hurt; this stays the rules' use of force (the head may say "Other")
    text = "Gunmen fired shots into the air outside the polling station, scattering voters."
    assert main_acled_type(nlp, text) != "Attack"


def test_police_attribution_does_not_arm_the_victims(nlp: Language) -> None:
    text = "Unidentified gunmen shot dead a trader in the market of Bunia, police said."
    assert main_acled_type(nlp, text) == "Attack"
