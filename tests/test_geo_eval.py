"""Evaluation floors for place resolution on GeoWebNews and LGL (../shared/data/geo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.eval.geo import read_gwn, read_lgl, score_end_to_end, score_gold_spans
from sitrep.geo.gazetteer import get_gazetteer
from sitrep.geo.resolve import Resolver
from sitrep.geo.stage import PlaceStage

# End to end on the first 20 GWN and 30 LGL articles, measured 2026-11-27: GWN precision 85.0%,
# recall 63.7%, 161 km of found 77.3%; LGL precision 79.4%, recall 63.1%, 161 km of found 83.5%.
FLOORS = {
    "gwn_precision": 0.82,
    "gwn_recall": 0.60,
    "gwn_near": 0.74,
    "lgl_precision": 0.76,
    "lgl_recall": 0.60,
    "lgl_near": 0.80,
}


def test_readers_align_spans_with_text(shared_data: Path) -> None:
    for articles in (read_gwn(shared_data / "geo" / "GWN.xml")[:30], read_lgl(shared_data / "geo" / "lgl.xml")[:30]):
        toponyms = [(a.text, t) for a in articles for t in a.toponyms]
        assert toponyms
        aligned = sum(text[t.start : t.end] == t.phrase for text, t in toponyms)
        assert aligned / len(toponyms) > 0.95


def test_gold_span_resolution_floors(shared_data: Path) -> None:
    gazetteer = get_gazetteer()
    resolver = Resolver(gazetteer)
    gwn = score_gold_spans(read_gwn(shared_data / "geo" / "GWN.xml"), resolver, gazetteer)
    lgl = score_gold_spans(read_lgl(shared_data / "geo" / "lgl.xml"), resolver, gazetteer)
    # Measured 2026-11-27: GWN exact 75.3%, 161 km 82.4%; LGL exact 68.5%, 161 km 79.6%, country 88.6%.
    assert gwn["toponyms"] == 2401 and lgl["toponyms"] == 4462
    assert gwn["exact"] >= 0.73 and gwn["within_161km"] >= 0.80
    assert lgl["exact"] >= 0.66 and lgl["within_161km"] >= 0.77 and lgl["country"] >= 0.86


@pytest.mark.slow
def test_end_to_end_floors_on_a_subset(shared_data: Path, nlp) -> None:
    stage = PlaceStage(get_gazetteer())
    gwn = score_end_to_end(read_gwn(shared_data / "geo" / "GWN.xml")[:20], stage, nlp)
    lgl = score_end_to_end(read_lgl(shared_data / "geo" / "lgl.xml")[:30], stage, nlp)
    assert gwn["precision"] >= FLOORS["gwn_precision"] and gwn["recall"] >= FLOORS["gwn_recall"]
    assert lgl["precision"] >= FLOORS["lgl_precision"] and lgl["recall"] >= FLOORS["lgl_recall"]
    assert gwn["within_161km_of_found"] >= FLOORS["gwn_near"] and lgl["within_161km_of_found"] >= FLOORS["lgl_near"]


@pytest.mark.slow
def test_event_location_on_plover_gold_records(shared_data: Path) -> None:
    pytest.importorskip("sitrep.events.stage")
    from sitrep.eval.geo import read_plover_locations, score_event_locations
    from sitrep.pipeline import Coder

    records = read_plover_locations(shared_data / "events" / "plover_gsr_dev.json")
    report = score_event_locations(records, Coder(["places", "events", "event_locations"]))
    # Measured 2026-11-27 with the events stage of that day: 17 of 21 records with an event (81%).
    assert report["records"] == 28
    assert report["with_event"] >= 10
    assert report["location_right_of_with_event"] >= 0.65
