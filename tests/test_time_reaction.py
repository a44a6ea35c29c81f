"""A date of a reaction (mourning, condemning, protesting, investigating) does not date the event the
reaction is about. Sentences written for these tests; 2024-08-07 is a Wednesday."""

from __future__ import annotations

import pytest
from date_samples import date_at_trigger

PUBLISHED = "2024-08-07"


def _date_of(nlp, text: str, trigger: str) -> tuple[str | None, str]:
    return date_at_trigger(nlp, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Traders kept their shops closed on Friday to mourn the victims of the bombing.", "bombing"),
        ("On Monday the government condemned the attack on the convoy.", "attack"),
        ("Students protested on Tuesday against the killing of a teacher.", "killing"),
    ],
)
def test_the_reactions_date_does_not_date_the_event_it_is_about(nlp, text: str, trigger: str) -> None:
    assert _date_of(nlp, text, trigger) == (PUBLISHED, "reported")


def test_the_reaction_itself_keeps_its_date(nlp) -> None:
    text = "Traders kept their shops closed on Friday to mourn the victims of the bombing."
    assert _date_of(nlp, text, "closed") == ("2024-08-02", "day")
    assert _date_of(nlp, text, "mourn") == ("2024-08-02", "day")


def test_a_date_inside_the_object_still_dates_the_event(nlp) -> None:
    assert _date_of(nlp, "Crowds mourned the victims of Monday's bombing.", "bombing") == ("2024-08-05", "day")
    assert _date_of(nlp, "A bombing on Monday killed nine people.", "bombing") == ("2024-08-05", "day")


def test_a_date_in_the_sentence_before_is_read_as_before(nlp) -> None:
    text = (
        "A bomb exploded in the market on Monday. "
        "Traders closed their shops to mourn the victims of the bombing."
    )
    assert _date_of(nlp, text, "bombing") == ("2024-08-05", "day")
