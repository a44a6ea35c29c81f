"""Descriptive places ("the Ukrainian capital", "the capital"), namesake ranking and the event-location
scoring by resolved name. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.eval.geo import _is_descriptive, score_event_locations
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.resolve import Resolver
from sitrep.geo.stage import EventLocationStage, PlaceStage
from sitrep.model import Article, CodedDocument, Event, Place


def _places(nlp, stage: PlaceStage, text: str) -> dict[str, Place]:
    return {place.text: place for place in stage.places(nlp(text))}


def test_national_adjective_capital_is_that_countrys_capital(nlp, stage: PlaceStage) -> None:
    places = _places(
        nlp, stage, "Drones struck the Ukrainian capital overnight. Sirens sounded in the Russian capital."
    )
    assert places["Ukrainian capital"].name == "Kyiv" and places["Ukrainian capital"].country == "UKR"
    assert places["Russian capital"].name == "Moscow"
    assert places["Ukrainian capital"].score is not None and places["Ukrainian capital"].score > 0.9


def test_possessive_capital_keeps_the_country_as_its_own_place(nlp, stage: PlaceStage) -> None:
    places = _places(nlp, stage, "Pakistan's capital was locked down on Friday.")
    assert places["Pakistan"].feature == "country"
    assert places["capital"].name == "Islamabad"


def test_bare_capital_is_the_focus_countrys_with_a_lower_score(nlp, stage: PlaceStage) -> None:
    text = "Protests spread across Iraq after the vote in Basra. In the capital, police fired tear gas."
    places = _places(nlp, stage, text)
    assert places["capital"].name == "Baghdad"
    assert places["capital"].score is not None and places["capital"].score <= 0.7 < places["Iraq"].score


@pytest.mark.parametrize(
    "text",
    [
        "Russian capital markets fell sharply on Monday.",
        "The company needs to raise the capital before March.",
        "The provincial capital was calm after the vote.",
        "He arrived in the Afghan capital of Kabul.",
        "Fighting reached the outskirts of the Sudanese capital, Khartoum.",
    ],
)
def test_money_provincial_and_named_capitals_are_not_descriptive(nlp, stage: PlaceStage, text: str) -> None:
    places = stage.places(nlp(text))
    assert not any(_is_descriptive(place) for place in places)
    # Where the capital is named, the name is the place.
    assert all(place.name in {"Kabul", "Khartoum"} for place in places)


def test_an_event_in_the_ukrainian_capital_is_located_in_kyiv(nlp, stage: PlaceStage) -> None:
    text = "Russian drones struck the Ukrainian capital on Tuesday, officials in Lviv said."
    doc = nlp(text)
    coded = CodedDocument(Article(id="c", text=text))
    stage(doc, coded)
    start = text.index("struck")
    event = Event(
        event_id="e",
        article_id="c",
        sentence=text,
        start=0,
        end=len(text),
        trigger="struck",
        plover_type="ASSAULT",
        trigger_start=start,
        trigger_end=start + len("struck"),
    )
    coded.events = [event]
    EventLocationStage()(doc, coded)
    assert event.location is not None and event.location.name == "Kyiv"


@pytest.mark.parametrize(
    ("sentence", "span", "feature", "name"),
    [
        # A city that is a region of its own lies inside its namesake region: the bare name is the city.
        ("Talks in Kiev stalled again.", "Kiev", "city", "Kyiv"),
        # A direction word before a region's name must not fall back to the country ("America").
        ("Migrants crossed Central America on foot.", "Central America", "region", "Central America"),
        ("Snow closed passes in the Alps.", "Alps", "terrain", "Alps"),
        # English names a river with "the": without it, "Dnipro" is the city of a million.
        ("Drones hit Dnipro overnight.", "Dnipro", "city", "Dnipro"),
        ("Troops crossed the Dnipro at night.", "Dnipro", "water", "Dnipro"),
        ("Tankers left the Gulf at dawn.", "Gulf", "water", "Persian Gulf"),
        # "state" after "Gulf" must not make it an admin1 region (Gulf Province, Papua New Guinea).
        ("The Gulf state mediated the talks.", "Gulf state", "region", "Gulf states"),
        ("Carpets from Persia were sold.", "Persia", "country", "Iran"),
        # Press spellings: a city alias ("Hodeidah") and a name without the Arabic article ("Al Qāmishlī").
        ("Strikes hit Hodeidah port.", "Hodeidah", "city", "Al Ḩudaydah"),
        ("Clashes broke out in Qamishli.", "Qamishli", "city", "Al Qāmishlī"),
        ("He moved to the Republic of Ireland.", "Republic of Ireland", "country", "Ireland"),
    ],
)
def test_ranking_of_namesakes_and_regions(
    gazetteer: Gazetteer, sentence: str, span: str, feature: str, name: str
) -> None:
    start = sentence.index(span)
    place = Resolver(gazetteer).resolve(sentence, [(start, start + len(span))])[0]
    assert (place.feature, place.name) == (feature, name)


def test_context_outweighs_a_larger_namesake_abroad(gazetteer: Gazetteer) -> None:
    # Two US places nearby make "Paris" the Texan town, not the French capital.
    text = "The storm hit Paris, then moved on to Dallas and Texarkana."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Paris", "Dallas", "Texarkana")]
    places = Resolver(gazetteer).resolve(text, spans)
    assert places[0].country == "USA" and places[0].admin1 == "Texas"


class _OneEventCoder:
    """Codes every text as one event located at the given place (for the scoring logic alone)."""

    def __init__(self, location: Place) -> None:
        self.location = location

    def code(self, article: Article) -> Any:
        coded = CodedDocument(article)
        event = Event(
            event_id="e",
            article_id=article.id,
            sentence=article.text,
            start=0,
            end=1,
            trigger="hit",
            plover_type="ASSAULT",
        )
        event.location = self.location
        coded.events = [event]
        return coded


def test_event_location_is_right_by_resolved_name_as_well_as_by_words() -> None:
    records = [{"id": 1, "text": "Drones hit the Ukrainian capital.", "eventLoc": {"name": "Kyiv"}}]
    kyiv = Place(text="Ukrainian capital", start=15, end=32, name="Kyiv")
    report = score_event_locations(records, _OneEventCoder(kyiv))
    assert report["location_right_of_all"] == 1.0
    assert report["location_right_by_text_only_of_all"] == 0.0
    elsewhere = Place(text="Lviv", start=0, end=4, name="Lviv")
    assert score_event_locations(records, _OneEventCoder(elsewhere))["location_right_of_all"] == 0.0


@pytest.mark.parametrize(
    ("sentence", "span", "country", "admin1"),
    [
        ("Protests spread to the Canadian city of London on Monday.", "London", "CAN", "Ontario"),
        ("Storms hit the Texan town of Paris overnight.", "Paris", "USA", "Texas"),
    ],
)
def test_a_national_adjective_before_the_settlement_word_states_the_country(
    gazetteer: Gazetteer, sentence: str, span: str, country: str, admin1: str
) -> None:
    start = sentence.index(span)
    place = Resolver(gazetteer).resolve(sentence, [(start, start + len(span))])[0]
    assert (place.country, place.admin1) == (country, admin1)


def test_port_city_and_direction_city_of_x_are_cities(nlp, stage: PlaceStage) -> None:
    text = "Talks were held in the Saudi port city of Jeddah, after strikes on the northern city of Kharkiv."
    places = _places(nlp, stage, text)
    assert places["Jeddah"].country == "SAU" and places["Jeddah"].feature == "city"
    assert places["Kharkiv"].feature == "city" and places["Kharkiv"].country == "UKR"
    assert "Saudi" not in places  # the national adjective is an actor's word, not a place


def test_the_capital_without_any_country_in_the_article_is_left_out(nlp, stage: PlaceStage) -> None:
    assert stage.places(nlp("The capital was calm on Sunday.")) == []
