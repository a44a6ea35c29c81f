"""Event mentions for tests of the incident clusterer and article linking, written for the tests."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.analysis.incidents import EventMention, IncidentState
from sitrep.eval.clustering import read_corpus

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


def assert_dev_set_shape(
    path: Path, articles: int, reported: int, reported_by: int, alone: int, outlets: int = 1
) -> None:
    """A development set as written: at least ``articles`` articles, ``reported`` incidents told by
    ``reported_by`` or more articles, ``alone`` look-alikes told once, ``outlets`` outlets, and no headline shared
    with another incident set (each set is written anew)."""
    records = read_corpus(path)
    assert len(records) >= articles
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= reported_by) >= reported
    assert sum(1 for size in sizes.values() if size == 1) >= alone
    assert len({record["outlet"] for record in records}) >= outlets
    titles = {record["title"] for record in records}
    for other in sorted(path.parent.glob("incidents*.jsonl")):
        if other != path:
            assert not titles & {record["title"] for record in read_corpus(other)}
