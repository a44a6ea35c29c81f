"""Helpers for tests that date coded events (the ``dating_coder`` fixture of conftest.py)."""

from __future__ import annotations

from datetime import datetime

from sitrep.ingest.records import article_from_record
from sitrep.model import Article, CodedDocument, Event, Modality
from sitrep.pipeline import Coder
from sitrep.time.stage import EventDateStage


def date_of(coder: Coder, text: str, trigger: str, published: datetime) -> tuple[str | None, str]:
    """The date value and precision of the first event of ``text`` whose trigger starts with the word ``trigger``."""
    document = coder.code(Article(id="t", text=text, published=published))
    assert document.error is None
    event = next(event for event in document.events if event.trigger.split()[0] == trigger)
    return event.date.value, event.date.precision


def date_at_trigger(nlp, text: str, trigger: str, published: str) -> tuple[str | None, str]:
    """The date value and precision the dating stage alone gives an event placed on the first ``trigger`` in
    ``text`` (no event coding: the trigger is chosen by the test)."""
    article = article_from_record({"id": "t", "text": text, "published": published})
    start = article.text.index(trigger)
    event = Event(
        event_id="e1", article_id=article.id, sentence=article.text, start=0, end=len(article.text),
        trigger=trigger, plover_type="OTHER", modality=Modality(),
        trigger_start=start, trigger_end=start + len(trigger),
    )
    coded = CodedDocument(article)
    coded.events.append(event)
    EventDateStage()(nlp(article.text), coded)
    assert event.date is not None
    return event.date.value, event.date.precision
