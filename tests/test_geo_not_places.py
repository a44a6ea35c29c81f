"""Names the gazetteer knows as small towns but that news uses for something else (acronyms, other names,
public figures' surnames, building nouns), and towns named like countries. Sentences written for these tests,
after failures seen on the VOA corpus (train)."""

from __future__ import annotations

import pytest
from test_geo import _locate_one

from sitrep.geo.gazetteer import Candidate, Gazetteer
from sitrep.geo.not_places import not_a_place, not_a_place_in_context, public_figure_surnames
from sitrep.geo.resolve import Resolver
from sitrep.geo.stage import PlaceStage


def _town(name: str, population: int, name_kind: int = 0, feature: str = "city") -> Candidate:
    return Candidate(1, 1, name, 0.0, 0.0, "XX", "XXX", feature, None, population, None, None, name_kind)


@pytest.mark.parametrize(
    ("surface", "candidates", "cue", "reason"),
    [
        ("BLA", (_town("Bla", 33_779),), False, "acronym"),
        ("PISA", (_town("Pisa", 109_960),), True, "acronym"),  # even "by PISA"
        ("UK", (_town("Uk", 2_342), _town("United Kingdom", 66_000_000, 1, "country")), False, None),
        ("Taliban", (_town("Bozhüyük", 1_140, 2),), False, "other name of a small town"),
        ("Taliban", (_town("Bozhüyük", 1_140, 2),), True, None),  # "in Taliban": the text places it
        ("Kharkiv", (_town("Kharkiv", 1_400_000),), False, None),
        ("Gaza", (_town("Gaza", 410_000), _town("Gaza", 1_200_000, 0, "admin1")), False, None),
    ],
)
def test_not_a_place_rules(surface: str, candidates: tuple[Candidate, ...], cue: bool, reason: str | None) -> None:
    assert not_a_place(surface, candidates, cue) == reason


@pytest.mark.parametrize(
    ("surface", "after", "reason"),
    [
        ("Dasht", "-e-Barchi neighborhood", "part of a hyphenated name"),
        ("Mazar", "-i-Sharif", "part of a hyphenated name"),
        ("Rwanda", "-backed rebels", None),  # a modifier, handled by the event-location rules
        ("West", " to pull Russia", "compass word"),
        ("Kabul", "'s western district", None),
    ],
)
def test_context_rules(surface: str, after: str, reason: str | None) -> None:
    assert not_a_place_in_context(surface, after) == reason


def test_places_stay_places_beside_the_new_rules(nlp, stage: PlaceStage) -> None:
    text = "Troops moved into the West Bank and shelled Mazar-i-Sharif, officials in Kabul said."
    names = {p.text for p in stage.places(nlp(text))}
    assert {"West Bank", "Kabul"} <= names


def test_surnames_come_from_the_actors_data() -> None:
    surnames = public_figure_surnames()
    assert "putin" in surnames and "rubio" in surnames
    assert "khan" not in surnames  # common surnames never match alone (people.yaml)
    assert not_a_place("Rubio", (_town("Rubio", 93_197),), False) == "surname"
    assert not_a_place("Rubio", (_town("Rubio", 93_197),), True) is None  # "the town of Rubio"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials have not responded to BLA's demands, the army said on Monday.", "BLA"),
        ("Critics said the Obama administration had ignored the warnings.", "Obama"),
        ("Senators wrote a letter to Rubio about the sanctions on Tuesday.", "Rubio"),
        ("He worked in the Obama administration for four years.", "Obama"),
        ("Sanctions against Turkey are awaiting a vote in Congress this week.", "Congress"),
        ("Putin remains hostile towards the West, the analyst said.", "West"),
        ("A bomb exploded outside a school in Kabul's western Dasht-e-Barchi neighborhood.", "Dasht"),
        ("The tariff war has sent jitters through Wall Street for a week.", "Wall"),
    ],
)
def test_acronyms_and_surnames_are_not_places(nlp, stage: PlaceStage, text: str, word: str) -> None:
    assert not any(word in p.text for p in stage.places(nlp(text)))


def test_a_country_name_stays_the_country_in_a_story_about_its_people(resolver_: Resolver) -> None:
    text = (
        "The Chinese family settled in Houston, Texas, and opened a store in Beaumont. "
        "Later the mother took her children back to their home in China."
    )
    start = text.index("China")
    spans = [(text.index("Houston"), text.index("Houston") + 7), (text.index("Beaumont"), text.index("Beaumont") + 8)]
    places = resolver_.resolve(text, [*spans, (start, start + 5)])
    assert places[-1].country == "CHN" and places[-1].feature == "country"


def test_a_town_named_like_a_country_is_kept_when_stated(resolver_: Resolver) -> None:
    text = "The Chinese restaurant moved from Mexico, Mo., to Columbia."
    start = text.index("Mexico")
    assert resolver_.resolve(text, [(start, start + 6)])[0].country == "USA"


def test_a_building_noun_does_not_stand_for_its_namesake_town(resolver_: Resolver) -> None:
    text = "Police fired tear gas at worshippers near the Temple Mount in Jerusalem."
    start = text.index("Temple Mount")
    place = resolver_.resolve(text, [(start, start + len("Temple Mount"))])[0]
    assert place.country != "USA"
    texas = "Fans celebrated outside Texas Stadium in Dallas."  # a place's name still leads an unknown span
    start = texas.index("Texas Stadium")
    assert resolver_.resolve(texas, [(start, start + len("Texas Stadium"))])[0].admin1 == "Texas"


@pytest.fixture(scope="module")
def resolver_(gazetteer: Gazetteer) -> Resolver:
    return Resolver(gazetteer)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Rebels were accused of violating the Minsk agreements on Monday.", None),
        ("Rebels in Donetsk were accused of violating the Minsk agreements on Monday.", "Donetsk"),
    ],
)
def test_a_place_naming_a_deal_is_not_the_site(nlp, stage: PlaceStage, text: str, site: str | None) -> None:
    event = _locate_one(nlp, stage, text, "accused", "ACCUSE")
    assert (event.location.name if event.location is not None else None) == site


def test_the_capital_takes_the_country_of_a_town_named_just_before(nlp, stage: PlaceStage) -> None:
    text = (
        "The U.S. said U.S. troops and U.S. advisers would leave, as officials in Kabul counted the dead "
        "after blasts outside a school in the capital. U.S. envoys met in Washington."
    )
    capital = next(p for p in stage.places(nlp(text)) if p.text == "capital")
    assert capital.name == "Kabul"
