"""Helpers for tests that date coded events (the ``dating_coder`` fixture of conftest.py)."""

from __future__ import annotations

from datetime import datetime

from sitrep.model import Article
from sitrep.pipeline import Coder


def date_of(coder: Coder, text: str, trigger: str, published: datetime) -> tuple[str | None, str]:
    """The date value and precision of the first event of ``text`` whose trigger starts with the word ``trigger``."""
    document = coder.code(Article(id="t", text=text, published=published))
    assert document.error is None
    event = next(event for event in document.events if event.trigger.split()[0] == trigger)
    return event.date.value, event.date.precision
