"""ACLED's own conventions for typing an event and for choosing a text's one event (ninth session).

Every sentence was written for these tests from ACLED's definitions: an armed clash needs two armed,
organised sides; a violent demonstration is the crowd's own violence, road-blocking with barricades
included, while burning an effigy stays a peaceful protest; excessive force is force against peaceful
protesters; a communications shutdown, a base set up, a device made safe, weapons seized on an arrest,
an agreement to end fighting. None is a training example or an evaluation item.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type
from spacy.language import Language

from sitrep.events.acled_main import is_occasion, main_acled_event
from sitrep.model import Event, Modality


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # one armed side only: the victims are civilians to ACLED, whatever noun names them
        ("Militants ambushed a bus carrying passengers, killing 10 civilians.", "Attack"),
        ("Militia members killed Hassan Ali Nur in Kismayo.", "Attack"),
        ("Gunmen shot a 25-year-old in the leg in Kingston.", "Attack"),
        ("ISWAP militants shot and killed two Christians in Borno.", "Attack"),
        ("Men in military uniform shot and killed a motorcyclist in Ouagadougou.", "Attack"),
        # two armed sides stay a clash
        ("Gunmen shot dead two policemen at a checkpoint in Peshawar.", "Armed clash"),
        ("Militants fired on an army patrol in Kupwara, injuring two soldiers.", "Armed clash"),
        ("Soldiers and militants exchanged fire near the village; one militant was killed.", "Armed clash"),
        # territory: the lemmatizer's "reoccupie", and the side driven out named as the verb's object
        ("Malian soldiers reoccupied the town of Boni, abandoned by jihadists.", "Government regains territory"),
        (
            "The FARDC chased Nyatura militiamen from the village of Kibirizi after fighting.",
            "Government regains territory",
        ),
        # ACLED's government regains territory covers state forces taking ground from competing state forces
        ("Azerbaijani forces captured the village of Talish from Armenian troops.", "Government regains territory"),
        ("Ukrainian troops took control of the village from Russian forces.", "Government regains territory"),
        (
            "Al Shabaab fighters captured the town of Bulo Burde from Ethiopian troops.",
            "Non-state actor overtakes territory",
        ),
        # demonstrations: the crowd's own violence, road-blocking included; symbolic burning is peaceful
        ("Protesters blocked the highway and damaged several vehicles in Nakuru.", "Violent demonstration"),
        ("Residents blocked the road and attacked police officers who tried to clear it.", "Violent demonstration"),
        ("Farmers blocked the highway with logs and boulders demanding compensation.", "Violent demonstration"),
        ("Workers burned tyres and blocked the road outside the factory.", "Violent demonstration"),
        # a road blockade is road-blocking itself (ACLED's violent demonstration; sitrep.events.acled_protest)
        ("Villagers staged a road blockade demanding compensation.", "Violent demonstration"),
        ("Villagers staged a sit-in outside the collectorate demanding compensation.", "Peaceful protest"),
        (
            "Activists of the party burnt an effigy of the chief minister in protest against the decision.",
            "Peaceful protest",
        ),
        ("An angry mob torched the house of a man accused of theft in the village.", "Mob violence"),
        # the crowd rioted: neither the police's intervention nor their lethal force names the event
        ("Protesters threw stones at the police, who fired tear gas and detained 20 of them.", "Violent demonstration"),
        ("Protesters threw stones at the police, who opened fire and killed two of them.", "Violent demonstration"),
        ("Police opened fire on peaceful protesters, killing two.", "Excessive force against protesters"),
        # strategic developments
        ("The state government suspended mobile internet services in the district.", "Change to group/activity"),
        ("Authorities imposed a curfew in the town after the clashes.", "Change to group/activity"),
        ("The two clans agreed to end hostilities after mediation by elders.", "Agreement"),
        ("Police arrested a man and seized explosives from his home.", "Disrupted weapons use"),
        ("Police arrested two men in the city.", "Arrests"),
        ("The police bomb squad neutralised an IED on the main road.", "Disrupted weapons use"),
        ("JNIM militants installed a checkpoint at the entrance of the village.", "Headquarters or base established"),
        ("Troops were deployed and a military base was established in the area.", "Headquarters or base established"),
        # sexual violence told by "sexually" with a verb of abuse or harassment
        ("A girl was sexually abused by a militiaman in Bunia.", "Sexual violence"),
        ("A police officer sexually harassed a female detainee at the station.", "Sexual violence"),
        ("Soldiers sexually assaulted a woman and killed her husband.", "Attack"),
        ("Soldiers sexually assaulted two women at a checkpoint.", "Sexual violence"),
        # a strike named by its means is the text's event, not the generic "attack" told beside it
        ("Warplanes bombed the market and the attack killed 12 civilians.", "Air/drone strike"),
        # a gas said to be poisonous is a chemical weapon, even in a clash
        ("Regime forces used poisonous gas against rebel fighters in Eastern Ghouta.", "Chemical weapon"),
        ("Fighters clashed with troops who used toxic chemicals near the front line.", "Chemical weapon"),
        # arms destroyed on the ground, livestock stolen, a robbery that killed
        ("Soldiers destroyed a weapons cache belonging to the militants.", "Disrupted weapons use"),
        ("Armed men stole livestock from herders in the village.", "Looting/property destruction"),
        ("Bandits robbed traders on the highway near Kano.", "Looting/property destruction"),
        ("Gunmen robbed and killed a trader on the highway.", "Attack"),
        # the state's fighting that drives an armed group out of a place regains it
        ("Troops killed 12 militants and dislodged the rest from the village.", "Government regains territory"),
        # closures that change how everyone may act
        ("The government imposed a lockdown on the city.", "Change to group/activity"),
        ("The authorities closed all schools in the region due to insecurity.", "Change to group/activity"),
    ],
)
def test_acled_type_of_the_main_event(nlp: Language, text: str, sub_type: str) -> None:
    assert main_acled_type(nlp, text) == sub_type


def _event(sub_type: str, confidence: float, sentence: str = "", trigger: str = "", at: int = 0) -> Event:
    return Event(
        event_id="e",
        article_id="t",
        sentence=sentence,
        start=0,
        end=len(sentence),
        trigger=trigger,
        trigger_start=at if trigger else None,
        plover_type="ASSAULT",
        acled_sub_event_type=sub_type,
        confidence=confidence,
    )


def test_the_occasion_of_an_act_is_background() -> None:
    sentence = "Section 144 was imposed in the town after the clashes."
    clashes = _event("Armed clash", 0.9, sentence, "clashes", sentence.index("clashes"))
    assert is_occasion(clashes)
    imposed = _event("Change to group/activity", 0.5, sentence, "imposed", sentence.index("imposed"))
    assert not is_occasion(imposed)
    assert main_acled_event([clashes, imposed]) is imposed
    # told alone, the occasion is still the text's only ACLED event
    assert main_acled_event([clashes]) is clashes


def test_weapons_seized_on_an_arrest_outrank_the_arrest_and_nothing_else() -> None:
    arrest = _event("Arrests", 0.9)
    seizure = _event("Disrupted weapons use", 0.4)
    assert main_acled_event([arrest, seizure]) is seizure
    attack = _event("Attack", 0.95)
    assert main_acled_event([arrest, seizure, attack]) is attack


def test_arrests_told_beside_a_strike_named_by_its_means_follow_it() -> None:
    arrest = _event("Arrests", 0.9)
    grenade = _event("Grenade", 0.5)
    assert main_acled_event([arrest, grenade]) is grenade
    assert main_acled_event([arrest, _event("Armed clash", 0.5)]) is arrest  # no means named: confidence


def test_non_factual_and_untyped_events_are_never_chosen() -> None:
    future = _event("Armed clash", 0.99)
    future.modality = Modality(future=True)
    untyped = _event("", 0.99)
    untyped.acled_sub_event_type = None
    assert main_acled_event([future, untyped]) is None
