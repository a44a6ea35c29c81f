"""Helpers for tests that code sentences with the events stage alone (the ``coder`` fixture of conftest.py)."""

from __future__ import annotations

from datetime import datetime

from spacy.language import Language

from sitrep.events.acled_main import main_acled_event
from sitrep.events.stage import EventStage
from sitrep.model import Article, CodedDocument, Event
from sitrep.pipeline import Coder
from sitrep.pipeline.stages import build_stage


def events_of(coder: Coder, text: str, published: datetime | None = None) -> list[Event]:
    """The events coded in ``text``, which must code without an error."""
    document = coder.code(Article(id="t", text=text, published=published))
    assert document.error is None
    return document.events


def one_event(coder: Coder, text: str, trigger: str, published: datetime | None = None) -> Event:
    """The one event of ``text`` whose trigger starts with the word ``trigger``."""
    events = events_of(coder, text, published)
    matches = [event for event in events if event.trigger.split()[0] == trigger]
    assert len(matches) == 1, [(e.trigger, e.cameo_code, e.source, e.target) for e in events]
    return matches[0]


def rule_events(nlp: Language, text: str) -> list[Event]:
    """The events the rules alone code in ``text``: places, then the events stage without its learned head."""
    coded = CodedDocument(Article(id="t", text=text))
    doc = nlp(text)
    build_stage("places")(doc, coded)
    EventStage(head=False)(doc, coded)
    return coded.events


def main_acled_type(nlp: Language, text: str) -> str | None:
    """The ACLED sub-event type of the main ACLED event the rules code in ``text`` (None: no such event)."""
    event = main_acled_event(rule_events(nlp, text))
    return event.acled_sub_event_type if event else None
