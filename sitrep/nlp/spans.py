"""Finding a coded record's words again in the parsed article."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.model import Event


def trigger_span(doc: Doc, event: Event) -> Span | None:
    """The tokens of the event's trigger in ``doc``, or None where they cannot be found.

    Strict alignment is tried first: spaCy resolves it without the walk over every token of the article that
    the "expand" mode makes, and the stages call this once per event. An event without trigger offsets is
    found by its trigger's text in its sentence.
    """
    start, end = event.trigger_start, event.trigger_end
    if start is None or end is None:
        index = event.sentence.find(event.trigger) if event.trigger else -1
        if index < 0:
            return None
        start = event.start + index
        end = start + len(event.trigger)
    span = doc.char_span(start, end) or doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    return span if span is not None and len(span) else None
