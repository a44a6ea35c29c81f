"""A past event named again keeps the date it was first named with (issue #6, VOA report: "France responded to
the Bouake attack" in a 2021 story on the 2004 bombing was dated 2021). Sentences written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sitrep.model import Article
from sitrep.pipeline import Coder

PUBLISHED = datetime(2023, 6, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def dating_coder(nlp) -> Coder:
    return Coder(stages=["events", "event_dates"], nlp=nlp)


def _dates(coder: Coder, text: str) -> dict[str, tuple[str | None, str]]:
    document = coder.code(Article(id="t", text=text, published=PUBLISHED))
    assert document.error is None
    return {event.trigger.split()[0]: (event.date.value, event.date.precision) for event in document.events}


TRIAL_STORY = (
    "A court in Lyon opened hearings on Monday into the 2011 bombing of a police station in northern Mali. "
    "The three suspects are still at large. "
    "The army retaliated for the Gao attack by shelling rebel positions outside the town."
)


def test_a_clause_built_on_a_re_mention_takes_its_date(dating_coder) -> None:
    dates = _dates(dating_coder, TRIAL_STORY)
    assert dates["shelling"] == ("2011-01-01", "year")
    assert dates["bombing"] == ("2011-01-01", "year")


def test_a_re_mentioning_noun_takes_the_date(dating_coder) -> None:
    story = (
        "Families marked the anniversary of the 2015 massacre of villagers in Borno state. "
        "Survivors say the government has done little. "
        "Decades of neglect followed the attack on the village, which killed 40 farmers."
    )
    dates = _dates(dating_coder, story)
    assert dates.get("attack", dates.get("killed")) == ("2015-01-01", "year")


def test_a_fresh_event_of_the_same_kind_breaks_the_chain(dating_coder) -> None:
    story = (
        "Gunmen attacked a hotel in Mogadishu, witnesses said. "
        "It was the deadliest assault on the city since the 2017 bombing of a market. "
        "Residents are afraid to leave their homes. "
        "Soldiers responded to the attack by storming the building."
    )
    assert _dates(dating_coder, story)["storming"][1] == "reported"


def test_a_recent_date_starts_no_chain(dating_coder) -> None:
    story = (
        "The May 2023 bombing of a bus station in Quetta killed nine people. "
        "The province remains tense. "
        "The army responded to the Quetta attack by raiding a militant hideout."
    )
    # a month weeks before publication is the news itself: the publication date dates it near enough
    assert _dates(dating_coder, story)["raiding"][1] == "reported"


def test_a_later_act_over_a_past_event_keeps_its_own_date(dating_coder) -> None:
    story = (
        "Families marked the anniversary of the 2015 bombing of a market in Gao. "
        "The town remains tense. "
        "Police arrested two suspects over the Gao attack."
    )
    assert _dates(dating_coder, story)["arrested"][1] == "reported"
