"""Events told to describe someone ("the people killed when a drone hit") take no date of the clause they describe
for; events told "N days after" the sentence's date are dated N days before it. Sentences written for these tests;
2024-08-07 is a Wednesday."""

from __future__ import annotations

import pytest
from date_samples import date_at_trigger

PUBLISHED = "2024-08-07"


def _date_of(nlp, text: str, trigger: str) -> tuple[str | None, str]:
    return date_at_trigger(nlp, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The town held a day of mourning on Tuesday for the six miners killed when a shell hit their bus.", "hit"),
        ("Hundreds attended funerals on Tuesday for the villagers killed in the raid.", "killed"),
        ("Relatives of the 12 fishermen seized off the coast appealed on Tuesday for their release.", "seized"),
        ("Crowds marched on Tuesday at the funeral of the mayor who was shot in an ambush.", "ambush"),
    ],
)
def test_an_event_describing_someone_takes_no_date_of_the_clause_around_it(nlp, text: str, trigger: str) -> None:
    assert _date_of(nlp, text, trigger) == (PUBLISHED, "reported")


def test_the_clause_around_it_keeps_its_date(nlp) -> None:
    text = "Hundreds attended funerals on Tuesday for the villagers killed in the raid."
    assert _date_of(nlp, text, "attended") == ("2024-08-06", "day")


def test_a_date_inside_the_described_phrase_still_dates_it(nlp) -> None:
    text = "Hundreds attended funerals for the villagers killed on Sunday in the raid."
    assert _date_of(nlp, text, "killed") == ("2024-08-04", "day")


def test_an_outcome_told_with_the_event_is_not_a_description(nlp) -> None:
    # "with two people killed", and a clause on a word for the event ("the attack that killed"), are the event's own
    assert _date_of(nlp, "Gunmen attacked a checkpoint on Monday, with two people killed.", "killed") == (
        "2024-08-05", "day")
    text = "Officials denied on Monday that they were behind the drone attack on a base that killed three soldiers."
    assert _date_of(nlp, text, "killed") == ("2024-08-05", "day")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The airport reopened on Tuesday, a day after a drone struck its runway.", "struck", "2024-08-05"),
        ("Power was restored on Tuesday, two days after missiles damaged the plant.", "damaged", "2024-08-04"),
        ("Talks resumed on Tuesday, three days after the shelling of the port.", "shelling", "2024-08-03"),
        ("The ceasefire was agreed on Monday, two days before the offensive resumed.", "resumed", "2024-08-07"),
    ],
)
def test_an_event_n_days_after_the_sentences_date(nlp, text: str, trigger: str, expected: str) -> None:
    assert _date_of(nlp, text, trigger) == (expected, "day")


def test_the_days_apart_leave_the_main_clause_and_other_counts_alone(nlp) -> None:
    text = "The airport reopened on Tuesday, a day after a drone struck its runway."
    assert _date_of(nlp, text, "reopened") == ("2024-08-06", "day")
    # a date inside the "after" clause dates its event directly
    text = "Talks resumed on Tuesday, two days after drones hit the port on Saturday."
    assert _date_of(nlp, text, "hit") == ("2024-08-03", "day")
    # hours are the same day; weeks say too little for a day
    assert _date_of(nlp, "Flights resumed on Tuesday, hours after a drone attack.", "attack")[0] == "2024-08-06"
    assert _date_of(nlp, "Talks resumed on Tuesday, weeks after the shelling of the port.", "shelling") == (
        "2024-08-06", "day")
