"""A town written as a compound of an event noun says where it happened, not who did it (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from event_samples import events_of, one_event

from sitrep.pipeline import Coder


@pytest.fixture(scope="module")
def placed_coder(nlp) -> Coder:
    """Places before events, as `sitrep code` and the event evaluation run them."""
    return Coder(stages=["places", "events"], nlp=nlp)


def _countries(actors) -> list[str | None]:
    return [actor.country for actor in actors]


def test_a_capital_modifying_the_event_noun_is_no_doer(coder) -> None:
    event = one_event(coder, "Officials condemned the Kabul attack on Tuesday.", "attack")
    assert event.source == []


def test_the_light_verb_subject_is_the_doer_of_a_town_named_attack(coder) -> None:
    event = one_event(coder, "Militants launched the Kabul attack at dawn.", "attack")
    assert [actor.text for actor in event.source] == ["Militants"]


def test_a_gazetteer_town_is_where_the_attack_was(placed_coder) -> None:
    event = one_event(placed_coder, "France responded to the Bouake attack on Saturday.", "attack")
    assert event.source == []


def test_a_nationality_still_names_the_doer(coder) -> None:
    event = one_event(coder, "The Russian attack killed five civilians.", "attack")
    assert _countries(event.source) == ["RUS"]


def test_a_country_compound_still_names_the_doer(coder) -> None:
    event = one_event(coder, "The US strike killed a militant leader.", "strike")
    assert _countries(event.source) == ["USA"]


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Moscow's attack on the port killed three people.", "attack", "RUS"),
        ("Kyiv's offensive retook the village.", "offensive", "UKR"),
    ],
)
def test_a_possessive_capital_is_the_government(coder, text: str, trigger: str, country: str) -> None:
    assert _countries(one_event(coder, text, trigger).source) == [country]


def test_a_listed_metonym_compound_is_the_institution(placed_coder) -> None:
    event = one_event(placed_coder, "The Pentagon strike killed a militant leader.", "strike")
    assert [(actor.country, actor.sector) for actor in event.source] == [("USA", "MIL")]


def test_an_event_named_only_by_its_town_is_no_doer_of_its_toll(coder) -> None:
    event = one_event(coder, "Officials condemned the Kabul attack, which killed 12 people.", "killed")
    assert event.source == []


def test_an_event_named_by_its_doer_still_names_the_doer_of_its_toll(coder) -> None:
    event = one_event(coder, "Officials condemned the Russian attack, which killed 12 people.", "killed")
    assert _countries(event.source) == ["RUS"]


def test_force_named_by_its_town_falls_on_the_town(coder) -> None:
    (bombing,) = events_of(coder, "The Kabul bombing drew wide condemnation.")
    assert not bombing.source and [actor.country for actor in bombing.target] == ["AFG"]
