"""ACLED sub-event types the rules give (sitrep.events.acled), on short sentences in the codebook's
terms: the weapon, who acted, who was hit, what became of the territory."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.events.stage import EventStage
from sitrep.model import Article, CodedDocument
from sitrep.pipeline.stages import build_stage


def _types(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    coded = CodedDocument(Article(id="t", text=text))
    build_stage("places")(doc, coded)
    EventStage(head=False)(doc, coded)  # the rules alone
    return {event.trigger: event.acled_sub_event_type for event in coded.events}


@pytest.mark.parametrize(
    ("text", "trigger", "sub_type"),
    [
        # the bomber died with the bomb
        ("A woman wearing an explosive vest detonated it at a market, killing eight people.", "detonated",
         "Suicide bomb"),
        # an "arrest" by a non-state group is an abduction
        ("Militants seized eight construction workers near the dam.", "seized", "Abduction/forced disappearance"),
        ("A lawyer has been missing since he was seized by unidentified gunmen.", "seized",
         "Abduction/forced disappearance"),
        ("Police arrested 15 opposition activists in dawn raids in the capital.", "arrested", "Arrests"),
        # weapons destroyed or made safe were not used
        ("Troops destroyed a bomb-making workshop belonging to the militants.", "destroyed", "Disrupted weapons use"),
        ("Police found and safely detonated a car bomb parked outside the ministry.", "detonated",
         "Disrupted weapons use"),
        # taking back what was lost
        ("Government forces seized back two districts that had fallen to the rebels.", "seized",
         "Government regains territory"),
        # "air" that is no aircraft
        ("Iran fired missiles at a US air base in western Iraq.", "fired", "Shelling/artillery/missile attack"),
        ("Israeli jets struck targets in southern Lebanon.", "struck", "Air/drone strike"),
        # the state's forces acting on a protest told around it
        ("Security forces broke up a demonstration by unemployed graduates in Rabat.", "demonstration",
         "Protest with intervention"),
        ("Thousands of people marched through the capital to protest against the new tax law.", "marched",
         "Peaceful protest"),
    ],
)  # fmt: skip
def test_acled_sub_type(nlp: Language, text: str, trigger: str, sub_type: str) -> None:
    assert _types(nlp, text)[trigger] == sub_type


def test_shots_into_the_air_are_no_air_strike(nlp: Language) -> None:
    types = _types(nlp, "Gunmen fired shots into the air outside the polling station, scattering voters.")
    assert types["fired"] != "Air/drone strike"


# Fourth session: ACLED's definitions where the rules had fallen back on a default (sentences written for
# these tests; none is a training example or an evaluation item).
@pytest.mark.parametrize(
    ("text", "trigger", "sub_type"),
    [
        # the small model leaves "retook" unlemmatised
        ("The army retook the town of Dera from the insurgents on Monday.", "retook", "Government regains territory"),
        # the fighting by which the state's forces retake a place is coded as the regaining
        ("The army regained control of the district after clashes with the rebels.", "clashes",
         "Government regains territory"),
        # a place handed over is a transfer of territory; prisoners freed stay an agreement
        ("Foreign troops handed over the air base to the national army.", "handed over",
         "Non-violent transfer of territory"),
        ("Militants freed 12 prisoners held in the camp.", "freed", "Agreement"),
        # one-sided violence on people not said to be armed is an attack, not an armed clash
        ("A lawyer was shot dead by gunmen outside the court.", "shot", "Attack"),
        # "roadside" alone names a setting, no bomb
        ("Militants killed two traders at a roadside market.", "killed", "Attack"),
        # the bomber died with the bomb, with no explosive named
        ("A man blew himself up near a bus carrying soldiers in the capital.", "blew", "Suicide bomb"),
        # "against violence" is the cause of a peaceful march, not what its marchers did
        ("Thousands joined a peaceful march against violence in the capital.", "march", "Peaceful protest"),
        # ordinary people using violence with no demonstration: mob violence
        ("Villagers attacked a police station to free a detained man.", "attacked", "Mob violence"),
        # a crowd shot at by the state's forces is no mob: excessive force against protesters
        ("Security forces killed five protesters when they fired on a crowd in the square.", "fired",
         "Excessive force against protesters"),
        # an operation with no fighting or harm told is the armed group's activity, not a battle
        ("Troops carried out a clearance operation in the district; no casualties were reported.", "operation",
         "Change to group/activity"),
        ("Troops killed 12 militants in an operation in the district.", "killed", "Armed clash"),
        # a grenade thrown into a rally by a lone attacker stays a grenade attack
        ("A man threw a grenade into a rally in the city, killing two opposition supporters.", "threw", "Grenade"),
    ],
)  # fmt: skip
def test_acled_definitions_over_defaults(nlp: Language, text: str, trigger: str, sub_type: str) -> None:
    assert _types(nlp, text)[trigger] == sub_type


def test_the_month_of_march_is_no_protest(nlp: Language) -> None:
    """ "On 3 March" reads as the lemma "march": without marchers it sets no scene of protest."""
    assert _types(nlp, "On 3 March, troops clashed with rebels near the border.")["clashed"] == "Armed clash"
    fired = _types(nlp, "Government soldiers fired on a peaceful march in the capital, killing a student.")["fired"]
    assert fired == "Excessive force against protesters"
