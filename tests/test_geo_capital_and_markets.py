"""Whose capital a bare "the capital" is (the story's country, or its sentence's nations; nothing when they
disagree), and town names that modify a commodity or market word ("Brent crude"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Candidate
from sitrep.geo.not_places import names_a_market, not_a_place
from sitrep.geo.resolve import _capital_country, _dominant_country
from sitrep.geo.stage import PlaceStage


def _places(nlp, stage: PlaceStage, text: str) -> dict[str, str | None]:
    return {place.text: place.name for place in stage.places(nlp(text))}


def test_the_capital_of_a_story_about_georgia_is_tbilisi(nlp, stage: PlaceStage) -> None:
    text = (
        "Thousands of opposition supporters marched in the capital on Sunday, demanding new elections in "
        "Georgia. The ruling party said the protest was illegal."
    )
    assert _places(nlp, stage, text)["capital"] == "Tbilisi"


def test_the_capital_takes_the_nation_of_its_sentences_actors(nlp, stage: PlaceStage) -> None:
    text = "Georgian police detained dozens of protesters in the capital overnight."
    assert _places(nlp, stage, text).get("capital") == "Tbilisi"


def test_the_capital_is_left_out_when_its_country_is_ambiguous(nlp, stage: PlaceStage) -> None:
    # "Georgia" here could be the US state or the country, and the story names the United States too.
    text = (
        "Protesters in Georgia gathered outside parliament in the capital. Officials in the United States "
        "backed them."
    )
    places = _places(nlp, stage, text)
    assert "capital" not in places


def test_whose_capital_rules() -> None:
    from collections import Counter

    assert _dominant_country(Counter({"GE": 2.0, "US": 0.5})) == "GE"
    assert _dominant_country(Counter({"UA": 1.5, "RU": 1.0})) is None  # a story split between two countries
    assert _dominant_country(Counter()) is None
    assert _capital_country("UA", frozenset()) == "UA"
    assert _capital_country("UA", frozenset({"UA", "RU"})) == "UA"
    assert _capital_country("UA", frozenset({"RU"})) is None  # "Russian missiles hit the capital": ambiguous
    assert _capital_country(None, frozenset({"GE"})) == "GE"
    assert _capital_country(None, frozenset({"GE", "RU"})) is None


@pytest.mark.parametrize(
    "text",
    [
        "Brent crude rose 2 percent on Monday.",
        "Brent futures for March delivery fell.",
        "Oil prices rose, with the Brent benchmark up 3 percent.",
    ],
)
def test_a_town_naming_a_commodity_or_market_is_no_place(nlp, stage: PlaceStage, text: str) -> None:
    assert "Brent" not in _places(nlp, stage, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters gathered in Brent, north London.", "Brent"),
        ("Drones hit the Kirkuk oil field.", "Kirkuk"),
    ],
)
def test_a_town_before_a_site_or_in_its_own_right_stays_a_place(
    nlp, stage: PlaceStage, text: str, name: str
) -> None:
    assert _places(nlp, stage, text).get(name) == name


def test_market_words_do_not_unmake_countries() -> None:
    town = Candidate(1, 1, "Brent", 0.0, 0.0, "GB", "GBR", "city", None, 300_000, None, None, 0)
    country = Candidate(2, 2, "Iran", 0.0, 0.0, "IR", "IRN", "country", None, 80_000_000, None, None, 0)
    assert not_a_place("Brent", (town,), False, "crude") == "names a commodity or market"
    assert not_a_place("Iran", (country,), False, "oil", word_after="exports") is None
    assert names_a_market("oil", "prices") and not names_a_market("oil", "field")
