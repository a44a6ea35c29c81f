"""Who an event's parties are, from where things are (sitrep.events.parties): occupied ground falls on its
holder, and sectors with no country take the country the story is about. Sentences written for the project."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sitrep.eval import event_harness
from sitrep.model import Article, Event
from sitrep.pipeline import Coder


@pytest.fixture(scope="module")
def coder(nlp) -> Coder:
    return Coder(stages=["places", "events"], nlp=nlp)


def _one(coder: Coder, text: str, trigger: str, published: str | None = "2023-07-17") -> Event:
    when = datetime.fromisoformat(published) if published else None
    document = coder.code(Article(id="t", text=text, published=when))
    assert document.error is None
    matches = [event for event in document.events if event.trigger.split()[0] == trigger]
    assert len(matches) == 1, [(e.trigger, e.cameo_code, e.source, e.target) for e in document.events]
    return matches[0]


def _countries(actors) -> set[str | None]:
    return {actor.country for actor in actors}


def test_a_strike_on_occupied_ground_falls_on_its_holder(coder) -> None:
    text = "Ukrainian sea drones struck the Kerch bridge to Crimea early on Monday, Russian officials said."
    event = _one(coder, text, "struck")
    assert _countries(event.source) == {"UKR"}
    assert _countries(event.target) == {"RUS"}
    # the same words before the seizure of 2014: Ukraine's own bridge
    before = _one(coder, text, "struck", "2013-07-17")
    assert _countries(before.target) == {"UKR"}
    # no date, no holder: the place's own country
    assert _countries(_one(coder, text, "struck", None).target) == {"UKR"}


def test_the_place_of_the_thing_struck_gives_the_target(coder) -> None:
    # "in Sevastopol" hangs off the object, and the small model tags the town NORP
    event = _one(coder, "Ukrainian missiles struck a shipyard in Sevastopol on Wednesday.", "struck", "2023-09-13")
    assert _countries(event.target) == {"RUS"}


def test_an_unknown_name_that_is_a_place_stands_for_its_country(coder) -> None:
    text = "Ukrainian special services organised the explosion on the Kerch bridge."
    event = _one(coder, text, "explosion", "2022-10-09")
    assert _countries(event.target) == {"RUS"}


def test_the_holder_shelling_ground_it_holds_is_not_its_own_target(coder) -> None:
    ukraine = _one(coder, "Ukrainian artillery shelled Donetsk on Tuesday.", "shelled")
    assert _countries(ukraine.target) == {"RUS"}
    # Russian forces shelling Kherson after Ukraine retook it: Ukraine's city
    russia = _one(coder, "Russian forces shelled Kherson on Tuesday.", "shelled")
    assert _countries(russia.target) == {"UKR"}


def test_without_the_places_stage_a_region_the_dictionary_knows_is_still_read_by_its_holder(nlp) -> None:
    events_only = Coder(stages=["events"], nlp=nlp)
    text = "Ukrainian drones attacked Crimea on Monday."
    document = events_only.code(Article(id="t", text=text, published=datetime(2023, 7, 17)))
    (event,) = [e for e in document.events if e.trigger == "attacked"]
    assert _countries(event.target) == {"RUS"}


def test_armed_men_in_violence_against_the_storys_country_keep_no_country(coder) -> None:
    text = "Troops shelled Kharkiv on Monday, killing two civilians. Officials in Kharkiv said Ukraine would respond."
    event = _one(coder, text, "shelled", None)
    assert _countries(event.target) == {"UKR"}
    assert _countries(event.source) == {None}  # whose troops, the text does not say


def test_ground_retaken_was_taken_from_its_holder(coder) -> None:
    event = _one(coder, "Ukrainian forces retook Kherson on Friday.", "retook", "2022-11-11")
    assert _countries(event.target) == {"RUS"}


def test_a_partly_held_region_needs_the_text_to_say_which_part(coder) -> None:
    plain = _one(coder, "Ukrainian forces shelled Zaporizhzhia region on Wednesday.", "shelled")
    assert _countries(plain.target) == {"UKR"}
    occupied = _one(coder, "Ukrainian forces shelled the Russian-occupied part of Zaporizhzhia region.", "shelled")
    assert _countries(occupied.target) == {"RUS"}


def test_soldiers_killed_on_ground_their_own_side_holds_were_not_killed_by_it(coder) -> None:
    event = _one(coder, "Ten Russian soldiers were killed in Crimea on Monday.", "killed")
    assert _countries(event.target) == {"RUS"}
    assert _countries(event.source) == {"UKR"}


def test_the_police_of_an_occupied_town_are_its_holders(coder) -> None:
    event = _one(coder, "Police in Simferopol detained two men on Monday.", "detained")
    assert _countries(event.source) == {"RUS"}


def test_sectors_with_no_country_take_the_country_the_story_is_about(coder) -> None:
    text = (
        "Gunmen stormed a hotel in the Somali town of Beledweyne on Tuesday. "
        "Authorities said security forces had killed six attackers."
    )
    event = _one(coder, text, "killed", None)
    assert _countries(event.source) == {"SOM"}
    # a country named once as what is acted on, or in "UK-based", is not what the story is about
    pressured = _one(coder, "Obama is being pressured by congress to help Iran.", "pressured", None)
    assert "IRN" not in _countries(pressured.source)
    observatory = "A UK-based group said eight people were killed by government forces."
    assert "GBR" not in _countries(_one(coder, observatory, "killed", None).source)


def test_peacekeepers_take_no_country_from_where_they_serve(coder) -> None:
    text = "Rebels kidnapped dozens of peacekeepers in the Golan. Syria condemned the attack in Damascus."
    event = _one(coder, text, "kidnapped", None)
    assert "SYR" not in _countries(event.target)


@pytest.mark.slow
def test_plover_country_floors(shared_data: Path) -> None:
    # measured 0.648 / 0.586 on 28 Nov 2026 (5th session, with the pronoun, quotation, "came under",
    # protest, arrest and venue rules); 0.618 / 0.558 on 27 Nov (3rd session); 0.588 / 0.541 before that
    result = event_harness.evaluate("plover", shared_data, coder=event_harness.build_coder("plover", shared_data))
    assert result.figures["source_country_accuracy"] >= 0.62
    assert result.figures["target_country_accuracy"] >= 0.56


def test_the_dateline_is_not_a_party(coder) -> None:
    # the parser makes "KYIV" a second subject of "struck"
    text = "KYIV, Ukraine (AP) — Russian missiles struck Kharkiv on Tuesday, killing three people, officials said."
    event = _one(coder, text, "struck")
    assert [actor.text for actor in event.source] == ["Russian"]
    assert _countries(event.source) == {"RUS"}


def test_projectiles_take_no_country_from_where_they_fell(coder) -> None:
    event = _one(coder, "Drones hit a refinery in the Krasnodar region overnight, the governor said.", "hit")
    assert _countries(event.source) == {None}
    assert _countries(event.target) == {"RUS"}
    # people on the ground do: "police arrested protesters in Lagos"
    arrest = _one(coder, "Police arrested 20 protesters in Lagos on Monday.", "arrested")
    assert _countries(arrest.source) == {"NGA"}


def test_the_other_side_named_once_is_not_the_story_country(coder) -> None:
    # "to Iran" names whom the condolences go to, not where the minister is
    event = _one(coder, "The minister expressed condolences to Iran.", "condolences")
    assert _countries(event.source) == {None}
    assert _countries(event.target) == {"IRN"}
