"""ACLED sub-event types that short news snippets often tell with no fighting (eighth session, second round).

Every sentence was written for these tests from ACLED's definitions: weapons found or defused before use,
peaceful gatherings and the police stopping them, curfews and bans, property torched or vandalised,
people taken and hidden, truces; and the rule that an armed clash needs two armed sides, so the police
killing unarmed crime suspects is an attack. None is a training example or an evaluation item.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # weapons found, seized or made safe before use
        ("Police defused a bomb planted near the market in Maiduguri.", "Disrupted weapons use"),
        ("Security forces recovered a cache of weapons and ammunition in a raid on a house.", "Disrupted weapons use"),
        ("A bomb was detected on the railway track and removed by the police.", "Disrupted weapons use"),
        ("Security forces foiled a bomb plot in the capital.", "Disrupted weapons use"),
        ("Soldiers spotted and deactivated an explosive device on the road.", "Disrupted weapons use"),
        # peaceful gatherings, and the state stopping them
        ("Students staged a sit-in outside the university to protest the fee hike.", "Peaceful protest"),
        ("Farmers held a rally in the provincial capital against rising fertiliser prices.", "Peaceful protest"),
        ("Police prevented a march by opposition supporters in the capital.", "Protest with intervention"),
        ("Soldiers broke up a sit-in by farmers and removed their tents.", "Protest with intervention"),
        ("Police broke up a protest outside the parliament.", "Protest with intervention"),
        # measures that change how a side or the public may act
        ("Authorities imposed a curfew in the district after the violence.", "Change to group/activity"),
        ("The government banned all rallies in the capital for a month.", "Change to group/activity"),
        # property destroyed with no one hurt
        ("Unknown persons torched a school building in the village overnight.", "Looting/property destruction"),
        ("Settlers uprooted hundreds of olive trees near the village.", "Looting/property destruction"),
        # people taken and hidden
        ("Security agents forcibly disappeared two student leaders last month.", "Abduction/forced disappearance"),
        ("Gunmen kidnapped three aid workers on the road to the border town.", "Abduction/forced disappearance"),
        # agreements
        ("The warring factions reached a truce after talks mediated by local elders.", "Agreement"),
        # one armed side: the police killing unarmed crime suspects is an attack, a shootout stays a clash
        ("Police shot dead a suspected robber in the city.", "Attack"),
        ("Police shot dead three drug suspects in the capital.", "Attack"),
        ("Police killed two armed robbers in a shootout in the city.", "Armed clash"),
        ("Soldiers killed five suspected militants in an exchange of fire.", "Armed clash"),
    ],
)
def test_the_main_acled_type_follows_acled_definitions(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "The thieves broke the window and escaped.",  # "break" is an intervention only on a gathering
        "The couple broke up last year.",
        "Engineers detected a fault in the power line.",  # "detect" only for weapons
    ],
)
def test_everyday_uses_of_the_new_verbs_are_no_acled_event(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) is None
