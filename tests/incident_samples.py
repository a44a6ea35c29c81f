"""Event mentions for tests of the incident clusterer and article linking, written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.analysis.incidents import EventMention, IncidentState

# The default mention: a strike on a railway station, placed at a point, with its headline.
_STRIKE: dict[str, Any] = dict(
    plover_type="ASSAULT", sentence="A missile struck the railway station in Kramatorsk, killing dozens",
    event_date=date(2024, 1, 1), date_precision="day", lat=48.72, lon=37.56, country="UKR", admin1="Donetsk",
    title="Missile strike on Kramatorsk station",
)  # fmt: skip


def strike_mention(article_id: str, **overrides: Any) -> EventMention:
    """The strike's mention in ``article_id`` (event ``e1``), with any field replaced."""
    return EventMention(article_id, "e1", **{**_STRIKE, "start": 0, "end": 10, **overrides})


def incident_of(*mentions: dict[str, Any]) -> IncidentState:
    """An incident founded by the first mention's fields (its type) and joined by the others, one article each."""
    incident = IncidentState("inc-1", mentions[0].get("plover_type", "ASSAULT"))
    for n, fields in enumerate(mentions):
        incident.add(strike_mention(f"a{n}", **fields))
    return incident
