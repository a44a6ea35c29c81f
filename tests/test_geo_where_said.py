"""Where something was said is not where what was said happened (issue #6, VOA report: "'... the violence that
is taking place is a deep concern,' he said in Johannesburg" placed the violence in Johannesburg). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.geo.stage import EventLocationStage, PlaceStage
from sitrep.model import ActorRef, Article, CodedDocument, Event


@pytest.fixture(scope="module")
def locator() -> EventLocationStage:
    return EventLocationStage()


@pytest.fixture(scope="module")
def places() -> PlaceStage:
    return PlaceStage()


def _locate(nlp, places: PlaceStage, locator: EventLocationStage, text: str, trigger: str,
            plover_type: str, target: list[ActorRef] | None = None) -> Event:
    doc = nlp(text)
    coded = CodedDocument(Article(id="s", text=text))
    places(doc, coded)
    start = text.index(trigger)
    sentence = doc.char_span(start, start + len(trigger)).sent
    event = Event(event_id="e1", article_id="s", sentence=sentence.text, start=sentence.start_char,
                  end=sentence.end_char, trigger=trigger, plover_type=plover_type, source=[], target=target or [],
                  trigger_start=start, trigger_end=start + len(trigger))
    coded.events = [event]
    locator(doc, coded)
    return event


def test_the_place_of_a_reporting_clause_is_not_the_reported_event_s(nlp, places, locator) -> None:
    text = ('Rebels burned three villages near Garissa. "The shelling of our homes never stops," '
            "the farmer said in Nairobi.")
    event = _locate(nlp, places, locator, text, "shelling", "ASSAULT")
    assert event.location is not None and event.location.name == "Garissa"


def test_reported_words_after_the_verb_of_saying(nlp, places, locator) -> None:
    text = "The governor told reporters in Mombasa that gunmen ambushed a police convoy near Garissa."
    event = _locate(nlp, places, locator, text, "ambushed", "ASSAULT")
    assert event.location is not None and event.location.name == "Garissa"
    # with no other place in the story, the place said in is at most the story's fallback, not the site
    text = "The governor told reporters in Mombasa that gunmen had ambushed a police convoy."
    event = _locate(nlp, places, locator, text, "ambushed", "ASSAULT")
    assert event.location is not None and (event.location.score or 0) < 0.5


def test_the_saying_itself_stays_where_it_was_said(nlp, places, locator) -> None:
    text = "The minister said in Mombasa that the talks had failed."
    event = _locate(nlp, places, locator, text, "said", "ACCUSE")
    assert event.location is not None and event.location.name == "Mombasa"


def test_an_event_in_a_place_is_still_there(nlp, places, locator) -> None:
    text = "Police said gunmen attacked a church in Mombasa on Sunday."
    event = _locate(nlp, places, locator, text, "attacked", "ASSAULT")
    assert event.location is not None and event.location.name == "Mombasa"
