"""ACLED typing of more wire-report phrasings (tenth session, second pass on issue #3).

Every sentence was written for these tests from ACLED's definitions: a march told only as attempted
beside the force that stopped it (the force names the protest), an attack on a "community" (civilians, one-sided),
and a protest re-mentioned in a later sentence to say it turned violent (ACLED's violent demonstration).
None is a training example or an evaluation item.
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type, rule_events
from spacy.language import Language

from sitrep.events.acled_main import is_attempt


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
    assert main_acled_type(nlp, text) == sub_type


def test_a_re_mention_that_adds_nothing_is_still_dropped(nlp: Language) -> None:
    # the riot re-mention is kept; a plain echo of a peaceful protest still is not
    events = rule_events(nlp, "Thousands of farmers staged a protest in Patna. The protest ended in the evening.")
    assert [event.acled_sub_event_type for event in events] == ["Peaceful protest"]


def test_an_attempted_act_is_told_as_an_attempt(nlp: Language) -> None:
    events = rule_events(nlp, "Protesters were lathi-charged when they tried to march towards the assembly.")
    attempts = [event for event in events if is_attempt(event)]
    assert [event.trigger for event in attempts] == ["march"]
    assert not any(is_attempt(event) for event in rule_events(nlp, "Protesters marched towards the assembly."))
