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
