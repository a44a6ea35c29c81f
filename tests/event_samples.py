"""Helpers for tests that code sentences with the events stage alone (the ``coder`` fixture of conftest.py)."""

from __future__ import annotations

from datetime import datetime

from sitrep.model import Article, Event
from sitrep.pipeline import Coder


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
