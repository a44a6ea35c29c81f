"""Conflict-news toponyms: prominent places over far namesakes, cities the model tags as groups, upper-case
datelines, and district seats whose population GeoNames does not know. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo.dateline import find_dateline
from sitrep.geo.locate import focus_place
from sitrep.geo.resolve import PROMINENCE
from sitrep.geo.stage import PlaceStage
from sitrep.model import Place


def _places(nlp, stage: PlaceStage, text: str) -> list[Place]:
    return stage.places(nlp(text))


def _first(places: list[Place], text: str) -> Place:
    return next(p for p in places if p.text == text)


def test_gaza_in_neutral_news_is_the_palestinian_city(nlp, stage: PlaceStage) -> None:
    places = _places(nlp, stage, "Aid arrived in Gaza on Tuesday after weeks of bombardment, the United Nations said.")
    assert _first(places, "Gaza").country == "PSE"


def test_gaza_in_news_about_mozambique_stays_the_province(nlp, stage: PlaceStage) -> None:
    text = "Insurgents attacked a village in Cabo Delgado. Mozambique's government said aid arrived in Gaza."
    assert _first(_places(nlp, stage, text), "Gaza").country == "MOZ"


def test_prominence_table_is_small_and_below_a_country_focus() -> None:
    assert 281133 in PROMINENCE  # Gaza, Palestine
    assert 0 < max(PROMINENCE.values()) < 2.5  # a country focus (up to 2.5) must still outweigh it
    assert len(PROMINENCE) < 60


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones struck the Black Sea Fleet in Sevastopol overnight.",
        "Explosions were heard in Sevastopol on Monday.",
    ],
)
def test_a_city_tagged_as_a_group_after_a_locative_is_a_place(nlp, stage: PlaceStage, text: str) -> None:
    place = _first(_places(nlp, stage, text), "Sevastopol")
    assert place.country == "UKR" and place.feature == "city"


def test_demonyms_after_a_locative_stay_actors(nlp, stage: PlaceStage) -> None:
    places = _places(nlp, stage, "The statement was published in Ukrainian and broadcast to Russians.")
    assert not any(p.text in {"Ukrainian", "Russians"} for p in places)


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        ("KYIV, Ukraine (AP) — Russian missiles struck Kharkiv overnight, officials said.", "KYIV", "Kyiv"),
        ("KYIV — Russian drones hit an apartment block in Odesa.", "KYIV", "Kyiv"),
        ("GAZA CITY, Gaza Strip (AP) — Israeli strikes hit a school.", "GAZA CITY", "Gaza"),
    ],
)
def test_an_upper_case_dateline_gives_the_publication_place(
    nlp, stage: PlaceStage, text: str, place: str, name: str
) -> None:
    places = _places(nlp, stage, text)
    dateline = _first(places, place)
    assert dateline.role == "dateline" and dateline.name == name and dateline.start == 0
    assert dateline.to_dict()["role"] == "dateline"
    assert all(p.role is None for p in places if p is not dateline)


def test_an_organisation_before_a_dash_is_no_dateline(nlp, stage: PlaceStage) -> None:
    places = _places(nlp, stage, "NATO — The alliance's ministers met in Brussels on Tuesday.")
    assert [p.text for p in places if p.role == "dateline"] == []


def test_find_dateline_reads_the_place_and_where_the_story_begins() -> None:
    text = "WASHINGTON, Jan 5 (Reuters) - The Pentagon said"
    dateline = find_dateline(text)
    assert dateline is not None
    assert text[dateline.place_start : dateline.place_end] == "WASHINGTON"
    assert dateline.place_name(text) == "Washington"
    assert text[dateline.end :].startswith("The Pentagon")
    assert find_dateline("A UK-based group said - nothing") is None
    assert find_dateline("Russian forces advanced") is None


def test_no_dateline_role_for_a_city_in_the_story(nlp, stage: PlaceStage) -> None:
    place = _first(_places(nlp, stage, "Officials in Kyiv said drones hit Odesa."), "Kyiv")
    assert place.role is None and "role" not in place.to_dict()


def test_district_seats_without_a_known_population_are_in_the_index(nlp, stage: PlaceStage) -> None:
    text = "Iraqi forces fought in Tal Afar. Rebels held positions in Maarat al-Numan."
    places = _places(nlp, stage, text)
    assert _first(places, "Tal Afar").country == "IRQ"
    assert _first(places, "Maarat al-Numan").country == "SYR"


def test_a_dateline_place_loses_a_tie_for_the_articles_focus() -> None:
    dateline = Place("WASHINGTON", 0, 10, name="Washington", lat=38.9, lon=-77.0, country="USA", role="dateline")
    sea = Place("Red Sea", 60, 67, name="Red Sea", lat=20.3, lon=38.5, feature="water")
    assert focus_place([dateline, sea]) is sea
    assert focus_place([dateline]) is dateline
