"""ACLED typing of more wire-report phrasings (tenth session, second pass on issue #3).

Every sentence was written for these tests from ACLED's definitions: a march told only as attempted
beside the force that stopped it (the force names the protest), an attack on a "community" (civilians, one-sided),
and a protest re-mentioned in a later sentence to say it turned violent (ACLED's violent demonstration).
None is a training example or an evaluation item.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.events.acled_main import is_attempt, main_acled_event
from sitrep.events.stage import EventStage
from sitrep.model import Article, CodedDocument, Event
from sitrep.pipeline.stages import build_stage


def _coded(nlp: Language, text: str) -> list[Event]:
    coded = CodedDocument(Article(id="t", text=text))
    doc = nlp(text)
    build_stage("places")(doc, coded)
    EventStage(head=False)(doc, coded)  # the rules alone
    return coded.events


def _main_type(nlp: Language, text: str) -> str | None:
    event = main_acled_event(_coded(nlp, text))
    return event.acled_sub_event_type if event else None


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # the march was only attempted; the force that stopped it is the incident
        ("Protesters were lathi-charged when they tried to march towards the assembly.", "Protest with intervention"),
        # an attack on a community or a settlement is one-sided violence on civilians
        ("Suspected Fulani herdsmen attacked the community at night, killing 20.", "Attack"),
        ("Gunmen attacked a farming settlement in Plateau State, killing 11 people.", "Attack"),
        # a protest re-mentioned to say it turned violent: the demonstration was violent
        ("Thousands of farmers staged a protest in Patna. The protest turned violent after police stopped them.",
         "Violent demonstration"),
        # ... and what stays as it was: a peaceful march, an attack on a checkpoint (two armed sides)
        ("The teachers marched peacefully to the ministry, where they submitted a memorandum.", "Peaceful protest"),
        ("Gunmen attacked a police checkpoint, killing two policemen.", "Armed clash"),
        ("Soldiers clashed with militants who had attacked the community.", "Armed clash"),
    ],
)  # fmt: skip
def test_acled_sub_type_of_written_phrasings(nlp: Language, text: str, sub_type: str) -> None:
    assert _main_type(nlp, text) == sub_type


def test_a_re_mention_that_adds_nothing_is_still_dropped(nlp: Language) -> None:
    # the riot re-mention is kept; a plain echo of a peaceful protest still is not
    events = _coded(nlp, "Thousands of farmers staged a protest in Patna. The protest ended in the evening.")
    assert [event.acled_sub_event_type for event in events] == ["Peaceful protest"]


def test_an_attempted_act_is_told_as_an_attempt(nlp: Language) -> None:
    events = _coded(nlp, "Protesters were lathi-charged when they tried to march towards the assembly.")
    attempts = [event for event in events if is_attempt(event)]
    assert [event.trigger for event in attempts] == ["march"]
    assert not any(is_attempt(event) for event in _coded(nlp, "Protesters marched towards the assembly."))
