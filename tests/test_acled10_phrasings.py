"""ACLED typing of wire-report phrasings (tenth session, issue #3).

Every sentence was written for these tests from ACLED's definitions, in the wording of South Asian, African and
Middle East wire reports: communal fights with no armed side (mob violence), kin and informers of armed men
(civilians), mines struck by their victims, a ceasefire broken by shelling, protests about a killing or a
demolition, a protest told as the purpose of what people did, crowds that manhandle or smash, South Asian
"encounters", "neutralised" militants and clamped prohibitory orders. None is a training example or an
evaluation item.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type
from spacy.language import Language

from sitrep.events.acled_main import is_protest_purpose, is_topic, main_acled_event
from sitrep.model import Event, Modality


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # ordinary people's groups fighting each other, with no armed side and no weapon: mob violence
        ("Clashes between two communities over a land dispute left three people injured in Assam.", "Mob violence"),
        ("Members of two castes clashed over a temple festival, leaving ten injured.", "Mob violence"),
        ("Rival groups of students clashed on the campus with sticks and iron rods.", "Mob violence"),
        # ... while armed sides or firearms keep a clash
        ("Clashes between the army and rebels left three people dead.", "Armed clash"),
        ("Supporters of two militias clashed with guns in the market, killing four.", "Armed clash"),
        # the victim is the kin of an armed man, a former fighter, or a civilian working for them: an attack
        ("Gunmen shot dead the brother of a police officer in Tral.", "Attack"),
        ("Militants killed the wife of a soldier at her home in Shopian.", "Attack"),
        ("Gunmen killed a police informer in Mazar-i-Sharif.", "Attack"),
        ("Suspected militants shot dead a surrendered militant in Kupwara.", "Attack"),
        # a mine struck by its victims; a plural weapon the tagger read as a name; a ceasefire broken by shelling
        (
            "A vehicle carrying villagers struck a landmine in Mopti region, killing five.",
            "Remote explosive/landmine/IED",
        ),
        ("Rockets were fired at the Green Zone in Baghdad late on Tuesday.", "Shelling/artillery/missile attack"),
        (
            "Pakistani troops violated the ceasefire and shelled forward posts along the Line of Control.",
            "Shelling/artillery/missile attack",
        ),
        # a suicide attacker's vehicle that hits a convoy stays a suicide bomb
        (
            "An explosives-laden vehicle driven by a suicide attacker hit a Somali army convoy outside Baidoa.",
            "Suicide bomb",
        ),
        # what a protest is about is not its event
        ("Residents staged a protest against the demolition of their homes.", "Peaceful protest"),
        ("Hundreds rallied in the capital over the killing of a student by the police.", "Peaceful protest"),
        # a protest told as the purpose of what people did
        (
            "Members of the Awami League held a human chain programme in Sylhet to protest against the attack on "
            "their leader.",
            "Peaceful protest",
        ),
        ("The traders kept their shops closed to protest against the new tax.", "Peaceful protest"),
        ("Hundreds of students gathered outside the court to protest against the verdict.", "Peaceful protest"),
        # a crowd's violence with bare hands or on windows; unarmed people attacking where a protest is told
        (
            "Demonstrators blocked the highway and manhandled a police officer who tried to remove them.",
            "Violent demonstration",
        ),
        ("Protesters blocked the highway and broke the windows of several buses.", "Violent demonstration"),
        ("During the protest, some people attacked a police vehicle.", "Violent demonstration"),
        # force on protesters: rubber bullets are an intervention; a toll told after the shots is not the crowd's
        ("Police fired tear gas and rubber bullets at protesters in Santiago.", "Protest with intervention"),
        (
            "Troops opened fire on demonstrators demanding the release of detained leaders, killing three.",
            "Excessive force against protesters",
        ),
        (
            "Security forces used live ammunition against protesters, leaving four dead.",
            "Excessive force against protesters",
        ),
        ("Soldiers used live ammunition against villagers in the market, killing two.", "Attack"),
        ("Soldiers opened fire on a crowd demanding jobs in Bujumbura.", "Excessive force against protesters"),
        ("Police caned the agitating workers outside the factory gate.", "Protest with intervention"),
        # a crowd of protesters occupying a place demonstrates; it takes no territory
        ("Protesting farmers occupied the district headquarters demanding loan waivers.", "Peaceful protest"),
        # South Asian and Sahel usage for gunfights
        ("An encounter broke out between security forces and militants in Shopian district on Tuesday.", "Armed clash"),
        ("Troops and militants traded fire for hours in the forest.", "Armed clash"),
        ("Security forces neutralised two terrorists in an operation in Baramulla.", "Armed clash"),
        # strategic developments
        ("Prohibitory orders under Section 144 were clamped in the town.", "Change to group/activity"),
        ("Schools and colleges were shut in the district as a precaution.", "Change to group/activity"),
        ("Paramilitary forces were rushed to the area to restore order.", "Change to group/activity"),
        ("Security has been heightened in the district following the attack.", "Change to group/activity"),
        ("A high alert was sounded across the state after the blasts.", "Change to group/activity"),
        ("Authorities suspended train services in the region amid the unrest.", "Change to group/activity"),
        ("The state government imposed a ban on the organisation.", "Change to group/activity"),
        ("Authorities extended the lockdown in the valley.", "Change to group/activity"),
        (
            "Police arrested two men and recovered a pistol and live cartridges from them.",
            "Disrupted weapons use",
        ),
        ("The police recovered RDX and detonators from a house in Jammu.", "Disrupted weapons use"),
        ("The militia built a camp in the hills above the valley.", "Headquarters or base established"),
        ("Russian forces have constructed a new base in the region.", "Headquarters or base established"),
        (
            "Turkish troops deployed to the area and established an observation point.",
            "Headquarters or base established",
        ),
        ("Troops wrested control of the hill from the rebels.", "Government regains territory"),
        (
            "The town is back under government control after the rebels were driven out.",
            "Government regains territory",
        ),
        ("Authorities bulldozed dozens of houses belonging to the minority community.", "Looting/property destruction"),
        ("The town was freed from the control of the jihadists by the army.", "Government regains territory"),
        ("Rebels entered the town without a fight after the army left.", "Non-violent transfer of territory"),
        (
            "The departing troops left the camp, handing it over to the national army.",
            "Non-violent transfer of territory",
        ),
        ("The militia ceded control of the checkpoint to government forces.", "Non-violent transfer of territory"),
        (
            "On 13 October 2019, SDF handed over the town to regime forces under an agreement.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_acled_sub_type_of_a_wire_phrasing(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "She recalled her encounter with the actor at a film festival.",
        "The opposition plans to hold a rally next week to protest against the new law.",
        "The union threatened to protest if wages were not paid.",
        "The government lifted the curfew and reopened schools in the region.",
        "The ruling party bulldozed the bill through parliament.",
    ],
)
def test_no_acled_event_is_read_into(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) is None


def _event(sentence: str, trigger: str, code: str, sub_type: str, modality: Modality) -> Event:
    start = sentence.index(trigger)
    return Event(
        event_id="e",
        article_id="a",
        sentence=sentence,
        start=start,
        end=start + len(trigger),
        trigger=trigger,
        plover_type="PROTEST" if code.startswith("14") else "ASSAULT",
        trigger_start=start,
        trigger_end=start + len(trigger),
        cameo_code=code,
        acled_sub_event_type=sub_type,
        modality=modality,
    )


def test_a_topic_is_the_object_of_against_or_over() -> None:
    about = _event("Residents protested against the killing of a boy.", "killing", "190", "Attack", Modality())
    done = _event("Gunmen carried out the killing of a boy.", "killing", "190", "Attack", Modality())
    assert is_topic(about)
    assert not is_topic(done)


def test_only_a_purpose_after_a_done_act_counts_as_a_protest() -> None:
    purpose = Modality(future=True)
    held = _event("They formed a human chain to protest the verdict.", "protest", "141", "Peaceful protest", purpose)
    planned = _event("They plan to protest the verdict.", "protest", "141", "Peaceful protest", purpose)
    negated = _event(
        "They formed no chain to protest the verdict.", "protest", "141", "Peaceful protest", Modality(negated=True)
    )
    assert is_protest_purpose(held)
    assert not is_protest_purpose(planned)
    assert not is_protest_purpose(negated)
    assert main_acled_event([held]) is held
    assert main_acled_event([planned]) is None


def test_striking_workers_are_a_crowd_of_protest(nlp: Language) -> None:
    """Force on "striking" doctors is force on a protest (which one ACLED's definitions leave to the injuries)."""
    sub_type = main_acled_type(nlp, "Police beat up the striking doctors in front of the hospital.")
    assert sub_type in {"Protest with intervention", "Excessive force against protesters"}
