"""Protest and crowd-control phrasings (ninth session, issue #3).

Every sentence was written for these tests; none is a training example or an evaluation item. Rallies held or
staged and slogans chanted are demonstrations (CAMEO 141), also where the small parser reads "chanting"
as an adjective of "slogans"; police removing protesters, turning water cannons or batons on a crowd,
or "baton-charging" it is violent repression (CAMEO 175), which ACLED files as a protest with intervention.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.events.acled_main import main_acled_event
from sitrep.events.stage import EventStage
from sitrep.model import Article, CodedDocument, Event


def _events(nlp: Language, text: str) -> list[Event]:
    coded = CodedDocument(Article(id="t", text=text))
    EventStage(head=False)(nlp(text), coded)  # the rules alone
    return coded.events


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters held a rally demanding the release of political prisoners.",
        "Farmers staged a rally in the capital against the new land law.",
        "Students held a rally outside parliament on Monday.",
        "Teachers staged a rally demanding unpaid wages.",
        "Hundreds of workers chanted slogans against the ruling party outside the ministry.",
        "Thousands gathered in the main square chanting slogans against the government.",
        "Crowds gathered outside the embassy shouting slogans.",
    ],
)
def test_rallies_and_slogans_are_peaceful_protests(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    main = main_acled_event(events)
    assert any(e.cameo_code == "141" and e.plover_type == "PROTEST" for e in events)
    assert main is not None and main.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters were forcibly removed from the square by police.",
        "Police forcibly removed protesters from the road on Tuesday.",
        "Security guards removed the demonstrators from the lobby of the ministry.",
        "Police used water cannons on the crowd outside the parliament.",
        "Riot police used batons on demonstrators near the stadium.",
        "Police baton-charged the protesters near the university.",
        "Police lathi-charged the agitating farmers in the town.",
    ],
)
def test_force_on_a_crowd_is_repression_with_intervention(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    main = main_acled_event(events)
    assert any(e.cameo_code == "175" and e.plover_type == "ASSAULT" for e in events)
    assert main is not None and main.acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Workers removed the rubble from the road on Tuesday.",
        "The council removed the mayor's portrait from the hall.",
        "The fire brigade used water to put out the blaze.",
        "The chanting crowd moved slowly towards the stadium gates.",
        "The ruling coalition lost its majority in the vote.",
    ],
)
def test_ordinary_removals_and_uses_are_no_events(nlp: Language, text: str) -> None:
    assert _events(nlp, text) == []


def test_a_charge_with_an_offence_stays_a_legal_charge(nlp: Language) -> None:
    events = _events(nlp, "The prosecutor charged the protesters with rioting.")
    assert [e.cameo_code for e in events] == ["173"]
