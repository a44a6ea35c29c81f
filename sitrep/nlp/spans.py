"""Finding a coded record's words again in the parsed article."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.model import Event
from sitrep.nlp.text import doc_text


def trigger_span(doc: Doc, event: Event) -> Span | None:
    """The tokens of the event's trigger in ``doc``, or None where they cannot be found.

    Strict alignment is tried first: spaCy resolves it without the walk over every token of the article that
    the "expand" mode makes, and the stages call this once per event. An event without trigger offsets is
    found by its trigger's text in its clause (``start``-``end``: article offsets, unlike the sentence's text).
    """
    start, end = event.trigger_start, event.trigger_end
    if start is None or end is None:
        index = doc_text(doc).find(event.trigger, event.start, event.end) if event.trigger else -1
        if index < 0:
            return None
        start = index
        end = start + len(event.trigger)
    span = doc.char_span(start, end) or doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    return span if span is not None and len(span) else None


def trigger_offset(sentence: str, trigger: str | None, trigger_start: int | None, clause_start: int) -> int | None:
    """Where the trigger starts in its sentence's text, or None where it cannot be told.

    An event keeps article offsets for its clause (``clause_start``) and its trigger, and the sentence's text but
    not the sentence's offset: of the trigger's occurrences in the sentence, the one whose sentence would start at
    or before the clause is the one ("Rebels attacked, and the army attacked back": the second "attacked").
    """
    if trigger_start is None or not trigger:
        return None
    found = sentence.find(trigger)
    while found >= 0:
        if 0 <= clause_start - (trigger_start - found) < len(sentence):
            return found
        found = sentence.find(trigger, found + 1)
    return None


def outside_phrase(trigger: Token, phrase_head: Token, start: int, end: int) -> bool:
    """Whether characters ``start``-``end`` of the document lie in the trigger's sentence but outside the phrase
    ``phrase_head`` heads: a date of a clause around the phrase, not of what the phrase tells. A date of another
    sentence is never outside (the usual rules read it)."""
    sentence = trigger.sent
    if not (sentence.start_char <= start and end <= sentence.end_char):
        return False
    first, last = phrase_head.left_edge, phrase_head.right_edge  # a subtree of a projective parse is one stretch
    return not (first.idx <= start and end <= last.idx + len(last.text))
