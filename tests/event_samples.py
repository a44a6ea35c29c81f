"""Helpers for tests that code sentences with the events stage alone (the ``coder`` fixture of conftest.py)."""

from __future__ import annotations

from sitrep.model import Article, Event
from sitrep.pipeline import Coder


def events_of(coder: Coder, text: str) -> list[Event]:
    """The events coded in ``text``, which must code without an error."""
    document = coder.code(Article(id="t", text=text))
    assert document.error is None
    return document.events
