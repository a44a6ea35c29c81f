"""An event's place and its sides: a third country's place is the site only when the sentence ties it to the
event; an act of force on a country with no site named happened on its territory; a place borrowed from the
story stays in the sides' countries or the one the story is about. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo.locate import BYSTANDER, TERRITORY, side_countries
from sitrep.geo.stage import EventLocationStage, PlaceStage
from sitrep.model import ActorRef, Article, CodedDocument, Event


@pytest.fixture(scope="module")
def locator() -> EventLocationStage:
    return EventLocationStage()


def _actor(text: str, words: str, code: str, country: str, sector: str | None = None) -> ActorRef:
    start = text.index(words)
    return ActorRef(words, None, code, country, sector, start, start + len(words))


def _locate(nlp, stage: PlaceStage, locator: EventLocationStage, text: str, trigger: str, plover_type: str,
            source: list[ActorRef], target: list[ActorRef]) -> Event:
    doc = nlp(text)
    coded = CodedDocument(Article(id="s", text=text))
    stage(doc, coded)
    start = text.index(trigger)
    sentence = doc.char_span(start, start + len(trigger)).sent
    event = Event(event_id="e1", article_id="s", sentence=sentence.text, start=sentence.start_char,
                  end=sentence.end_char, trigger=trigger, plover_type=plover_type, source=source, target=target,
                  trigger_start=start, trigger_end=start + len(trigger))
    coded.events = [event]
    locator(doc, coded)
    return event


def test_a_bystander_country_in_the_sentence_loses_to_the_sides_place(nlp, stage, locator) -> None:
    # "China - silent" hangs under the trigger in the parse: attached, but a bystander.
    text = ("China always says it respects sovereignty, and here Russia has violated the sovereignty of Ukraine, "
            "and China - silent.")
    event = _locate(nlp, stage, locator, text, "violated", "ASSAULT",
                    [_actor(text, "Russia", "RUS", "RUS")], [_actor(text, "Ukraine", "UKR", "UKR")])
    assert side_countries(event) == {"RUS", "UKR"}
    assert event.location is not None and event.location.country == "UKR"


def test_a_third_country_tied_by_a_locative_is_the_site(nlp, stage, locator) -> None:
    text = "American and Russian officials held talks in Riyadh on Tuesday."
    sides = [_actor(text, "American", "USAGOV", "USA", "GOV")], [_actor(text, "Russian", "RUSGOV", "RUS", "GOV")]
    event = _locate(nlp, stage, locator, text, "held", "CONSULT", *sides)
    assert event.location is not None and event.location.name == "Riyadh"


def test_the_only_place_of_the_sentence_stays_even_in_a_third_country(nlp, stage, locator) -> None:
    text = "Ankara warned Washington of severe consequences if it has to turn to Moscow for its defense."
    event = _locate(nlp, stage, locator, text, "warned", "THREATEN", [], [])
    assert event.location is not None  # no sides known: nothing to weigh the place against
    sided = _locate(nlp, stage, locator, text, "warned", "THREATEN",
                    [_actor(text, "Ankara", "TUR", "TUR")], [_actor(text, "Washington", "USA", "USA")])
    assert sided.location is not None and sided.location.score is not None
    assert sided.location.country != "RUS" or sided.location.score <= BYSTANDER


def test_force_on_a_country_with_no_site_named_happened_on_its_territory(nlp, stage, locator) -> None:
    text = "Diplomats met in Geneva on Monday.\n\nMoscow had violated its neighbour's sovereignty again, they said."
    event = _locate(nlp, stage, locator, text, "violated", "ASSAULT",
                    [_actor(text, "Moscow", "RUS", "RUS")], [_actor(text, "its neighbour", "UKR", "UKR")])
    location = event.location
    assert location is not None and location.country == "UKR" and location.feature == "country"
    assert location.score is not None and location.score <= TERRITORY
    assert location.text == "its neighbour"  # the words the country was read from


def test_a_borrowed_place_stays_in_the_sides_or_the_storys_country(nlp, stage, locator) -> None:
    text = ("Quetta was tense on Tuesday. Shops in Quetta stayed shut.\n\n"
            "Officials met in Geneva on Monday. Troops killed five militants on Tuesday.")
    troops, militants = "Troops", "five militants"
    event = _locate(nlp, stage, locator, text, "killed", "ASSAULT",
                    [_actor(text, troops, "PAKMIL", "PAK", "MIL")], [_actor(text, militants, "PAKREB", "PAK", "REB")])
    assert event.location is not None and event.location.country == "PAK"
    # The nationals of a country abroad do not move the story's place: the attack was in Kenya.
    text = "Militants attacked an airstrip in Kenya's Lamu county on Sunday. Three Americans were killed."
    event = _locate(nlp, stage, locator, text, "killed", "ASSAULT",
                    [], [_actor(text, "Three Americans", "USACVL", "USA", "CVL")])
    assert event.location is not None and event.location.country == "KEN"


def test_countries_acting_as_a_subject_are_not_borrowed_as_a_site(nlp, stage, locator) -> None:
    text = ("Gunmen attacked a train near Sibi, north of Quetta, on Tuesday. Pakistan and the United States have "
            "designated the group a terrorist organisation. The spokesperson said no passengers were killed.")
    event = _locate(nlp, stage, locator, text, "killed", "ASSAULT",
                    [], [_actor(text, "no passengers", "PAKCVL", "PAK", "CVL")])
    assert event.location is not None and event.location.country == "PAK"
    assert event.location.feature != "country"  # a place of the story (Sibi or Quetta), not the subject "Pakistan"


def test_a_spot_owned_by_a_place_is_a_site_and_the_finer_of_two_ties_wins(nlp, stage, locator) -> None:
    text = "The government began sending migrants to Guantanamo Bay's detention center in February."
    event = _locate(nlp, stage, locator, text, "sending", "COERCE", [], [])
    assert event.location is not None and "Guantanamo" in (event.location.name or "")
    text = "The crown prince met the envoy in the Red Sea port city of Jeddah on Monday."
    event = _locate(nlp, stage, locator, text, "met", "CONSULT", [], [])
    assert event.location is not None and event.location.name == "Jeddah"


def test_a_borrowed_city_outside_the_storys_country_gives_only_its_country(nlp, stage, locator) -> None:
    text = ("The tanker left a port in China on Monday. China said it broke no rules, and China's customs agreed. "
            "Iran's mission in New York did not comment. The tankers are under sanctions, officials said.")
    event = _locate(nlp, stage, locator, text, "sanctions", "COERCE",
                    [_actor(text, "officials", "USAGOV", "USA", "GOV")], [_actor(text, "Iran", "IRN", "IRN")])
    assert event.location is not None and event.location.country == "USA" and event.location.feature == "country"


def test_with_one_side_unknown_a_place_abroad_may_be_the_other_sides(nlp, stage, locator) -> None:
    text = "India said on Wednesday that it had targeted militant camps in Pakistan, days after an attack in Pahalgam."
    event = _locate(nlp, stage, locator, text, "targeted", "ASSAULT", [_actor(text, "India", "IND", "IND")], [])
    assert event.location is not None and event.location.country == "PAK"


def test_an_act_of_force_with_no_place_falls_back_to_the_victims_country(nlp, stage, locator) -> None:
    text = "Officials met in Geneva.\n\nThe army said Indian missiles hit six locations overnight, killing 26 people."
    missiles = _actor(text, "Indian missiles", "INDMIL", "IND", "MIL")
    victims = _actor(text, "26 people", "PAKCVL", "PAK", "CVL")
    event = _locate(nlp, stage, locator, text, "hit", "ASSAULT", [missiles], [victims])
    assert event.location is not None and event.location.country == "PAK" and event.location.feature == "country"


def test_with_both_sides_known_the_storys_own_country_is_no_place_to_borrow(nlp, stage, locator) -> None:
    # The story is about the United States, but the army and the fighters it killed are both Afghan.
    text = (
        "President Joe Biden said the last troops would leave by September 11, twenty years after the terrorist "
        "strikes against the U.S. The Afghan army chief said on Saturday his forces had killed 200 Taliban fighters."
    )
    army = _actor(text, "The Afghan army chief", "AFGMIL", "AFG", "MIL")
    taliban = _actor(text, "200 Taliban fighters", "AFGREB", "AFG", "REB")
    event = _locate(nlp, stage, locator, text, "killed", "ASSAULT", [army], [taliban])
    assert event.location is not None and event.location.country == "AFG"
