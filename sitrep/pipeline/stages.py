"""The stages of the coding pipeline, by name, in the order they run.

A stage is a small object that reads the parsed document and adds to the
``CodedDocument`` (places, events, dates of events, quotes). Stages are named
here and imported lazily, so a pipeline can be configured by a list of names,
as spaCy pipelines are.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from spacy.tokens import Doc

from sitrep.model import CodedDocument

STAGE_FACTORIES: dict[str, str] = {
    "places": "sitrep.geo.stage:PlaceStage",
    "events": "sitrep.events.stage:EventStage",
    "event_locations": "sitrep.geo.stage:EventLocationStage",
    "event_dates": "sitrep.time.stage:EventDateStage",
    "quotes": "sitrep.quotes.stage:QuoteStage",
}

DEFAULT_STAGES: tuple[str, ...] = tuple(STAGE_FACTORIES)


class Stage(Protocol):
    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        """Add this stage's records to ``coded``."""


def build_stage(name: str) -> Stage:
    try:
        target = STAGE_FACTORIES[name]
    except KeyError:
        known = ", ".join(STAGE_FACTORIES)
        raise ValueError(f"unknown pipeline stage {name!r}; known stages: {known}") from None
    module_name, _, factory_name = target.partition(":")
    factory = getattr(import_module(module_name), factory_name)
    return factory()
