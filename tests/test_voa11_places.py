"""A town's name used as a pact's (eleventh session): "the Schengen Agreement", and "Schengen" alone elsewhere
in the same story, are no place (Schengen, a village in Luxembourg, was read as where a Hungarian leader
acted). Sentences written for the project."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Candidate
from sitrep.geo.not_places import names_a_pact_elsewhere, not_a_place, pact_names
from sitrep.model import Article, CodedDocument


def _town(name: str, population: int, feature: str = "city") -> Candidate:
    return Candidate(1, 1, name, 0.0, 0.0, "XX", "XXX", feature, None, population, None, None, 0)


@pytest.mark.parametrize(
    ("next_word", "cue", "reason"),
    [
        ("Agreement", False, "names a pact"),
        ("accords", False, "names a pact"),
        ("system", False, "names a pact"),
        ("Agreement", True, None),  # "in Lomé Agreement" is no phrase; a cue keeps it a place
        ("market", False, None),
    ],
)
def test_a_town_before_a_word_of_a_pact_names_the_pact(next_word: str, cue: bool, reason: str | None) -> None:
    assert not_a_place("Lome", (_town("Lome", 9_000),), cue, next_word) == reason


def test_a_small_town_named_as_a_pact_once_is_the_pact_elsewhere_in_the_story() -> None:
    pacts = pact_names("He said the Lome Agreement had failed. Critics of Lome want it gone.")
    assert "Lome" in pacts
    assert names_a_pact_elsewhere("Lome", (_town("Lome", 9_000),), pacts)
    assert not names_a_pact_elsewhere("Lome", (_town("Lome", 900_000),), pacts)  # a city of size stays a place
    assert not names_a_pact_elsewhere("Lome", (_town("Lome", 9_000), _town("Lome", 1, "admin1")), pacts)


@pytest.fixture(scope="module")
def places(nlp, stage):
    def run(text: str) -> list[tuple[str, str | None]]:
        coded = CodedDocument(article=Article(id="t", text=text))
        stage(nlp(text), coded)
        return [(place.text, place.country) for place in coded.places]

    return run


def test_schengen_the_pact_is_no_place_but_a_city_where_a_pact_was_signed_still_is(places) -> None:
    found = places("Orban has long railed against Schengen. He said the Schengen system of free movement had failed.")
    assert not any(text == "Schengen" for text, _ in found)
    found = places("The Taliban cited the Doha deal, which was signed in Doha in February 2020.")
    assert ("Doha", "QAT") in found and len([text for text, _ in found if text == "Doha"]) == 1


def test_a_towns_name_that_is_part_of_a_persons_full_name_is_the_person(places) -> None:
    found = places("Immigration agents arrested Mahmoud Khalil in New York. Khalil's lawyers said he would appeal.")
    assert found == [("New York", "USA")]  # al-Khalil is Hebron's other name
    assert places("Shamsa Mohamed Aden fled in 2011. Aden said the camp was full.") == []


def test_a_town_placed_by_the_text_or_named_by_no_one_stays_a_place(places) -> None:
    assert ("Aden", "YEM") in places("Fighting broke out in Aden on Monday, Yemeni officials said.")
    found = places("Lloyd Austin visited troops in Texas. Austin said the base in Austin would stay open.")
    assert [text for text, _ in found].count("Austin") == 1  # "in Austin": the city; "Austin said": the man


def test_name_parts_come_from_full_names_only() -> None:
    from sitrep.geo.not_places import names_a_person_in_the_text, person_name_parts

    parts = person_name_parts(["Mahmoud Khalil", "Madonna"])
    assert parts == frozenset({"Mahmoud", "Khalil"})
    assert names_a_person_in_the_text("Khalil", (_town("Hebron", 200_000),), parts)
    assert not names_a_person_in_the_text("Khalil", (_town("Khalil", 1, "admin1"),), parts)


def test_a_country_in_a_list_of_countries_is_the_country(places) -> None:
    # "Iraq" is also another name of Arak, a city of Iran; the comma before "Iran" starts the next of a list
    found = places("Russia has drones, and so do Iraq, Iran, Syria and Libya, the minister said.")
    assert ("Iraq", "IRQ") in found and ("Iran", "IRN") in found


def test_a_town_with_its_region_after_a_comma_is_still_placed_in_it(places) -> None:
    assert ("Sudzha", "RUS") in places("Fighting spread to Sudzha, Kursk, on Tuesday.")
