"""Pipeline stages of the geo package."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.model import CodedDocument, Place

_PLACE_LABELS = {"GPE", "LOC", "FAC"}


class PlaceStage:
    """Toponym mentions, as text (resolution to the gazetteer comes with the geo stage)."""

    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        coded.places.extend(
            Place(text=ent.text, start=ent.start_char, end=ent.end_char)
            for ent in doc.ents
            if ent.label_ in _PLACE_LABELS
        )
