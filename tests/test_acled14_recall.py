"""ACLED recall on phrasings the event stage left uncoded or mistyped (issue #3, twelfth session).

Every sentence was written for these tests from ACLED's codebook; none is a training example or an
evaluation item:
- an arrest is the incident where the report tells it with the offence it was made for ("arrested for the
  rape of a minor") or with the release that ended it ("taken into custody and later released").
"""

from __future__ import annotations

import pytest
from event_samples import main_acled_type, rule_events
from spacy.language import Language

from sitrep.events.acled_arrest import release_after_an_arrest


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a 35-year-old man for the rape of a minor in Bareilly.",
        "Two youths were arrested over the rape of a schoolgirl in Kathua.",
        "Police detained three men in connection with the bombing of a bus in Quetta.",
    ],
)
def test_an_offence_an_arrest_was_made_for_is_its_ground(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        # the offence told as the act of its own clause, not as what an arrest was for
        "Soldiers raped two women in the village, and police arrested a man later.",
        "Gunmen bombed a bus in Quetta on Monday.",
    ],
)
def test_an_offence_told_as_its_own_act_stays_that_act(nlp: Language, text: str) -> None:
    assert main_acled_type(nlp, text) != "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Police detained twelve activists and later released them.",
        "The youths were picked up by the police and released in the evening.",
    ],
)
def test_a_release_after_an_arrest_ends_it(nlp: Language, text: str) -> None:
    events = rule_events(nlp, text)
    releases = [event for event in events if event.cameo_code == "0841"]
    assert releases and all(release_after_an_arrest(event, events) for event in releases)
    assert main_acled_type(nlp, text) == "Arrests"


def test_a_release_with_no_arrest_told_is_no_arrests_end(nlp: Language) -> None:
    events = rule_events(nlp, "The rebels released forty prisoners under the truce.")
    releases = [event for event in events if event.cameo_code == "0841"]
    assert releases and not any(release_after_an_arrest(event, events) for event in releases)
