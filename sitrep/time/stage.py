"""The ``event_dates`` pipeline stage: the day each event happened, not the day it was reported."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.model import CodedDocument, Event, EventDate
from sitrep.time.expressions import DateMention, find_date_expressions
from sitrep.time.resolve import reported_date, resolve_mention

# "officials said on Wednesday": that is when it was said, not when the event happened.
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|reported|confirmed|added|stated|wrote|posted|claimed)\s*$",
    re.IGNORECASE,
)


def _is_speech_date(text: str, mention: DateMention) -> bool:
    return _SPEECH_BEFORE.search(text[max(0, mention.start - 40) : mention.start]) is not None


def _candidates(text: str, start: int, end: int) -> list[DateMention]:
    return [
        mention
        for mention in find_date_expressions(text[start:end])
        if not _is_speech_date(text[start:end], mention)
    ]


_POSSESSIVE = ("'s", "\u2019s")
_NOUN_PHRASE_CHARS = 40  # "Saturday's disputed presidential election": the possessed phrase, not the clause


def _dates_this_event(text: str, mention_end: int, anchor: int) -> bool:
    """A possessive date ("Saturday's election", "Thursday's strike") dates only the noun it owns: the
    coup announced after Saturday's election did not happen on Saturday."""
    if text.startswith(_POSSESSIVE, mention_end):
        mention_end += 2
    elif not text[:mention_end].endswith(_POSSESSIVE):
        return True
    owned = text[mention_end : mention_end + _NOUN_PHRASE_CHARS]
    cut = re.search(r"[,.;:!?]", owned)
    return mention_end <= anchor < mention_end + (cut.start() if cut else len(owned))


def date_event(event: Event, text: str, sentence_bounds: list[tuple[int, int]], coded: CodedDocument) -> EventDate:
    """The date of one event: a time expression in its sentence (nearest the trigger), else in the
    previous sentence of the same paragraph, else the publication date marked ``reported``."""
    published = coded.article.published
    prefer_future = event.modality.future
    anchor = event.trigger_start if event.trigger_start is not None else event.start
    index = next(
        (i for i, (start, end) in enumerate(sentence_bounds) if start <= anchor < end),
        None,
    )
    windows: list[tuple[int, int]] = [(event.start, event.end)]
    if index is not None:
        sentence_start, sentence_end = sentence_bounds[index]
        windows = [(min(sentence_start, event.start), max(sentence_end, event.end))]
        if index > 0:
            previous_start, previous_end = sentence_bounds[index - 1]
            if "\n\n" not in text[previous_start:sentence_start]:
                windows.append((previous_start, previous_end))
    for window_start, window_end in windows:
        mentions = _candidates(text, window_start, window_end)
        mentions.sort(key=lambda mention: abs(window_start + mention.start - anchor))
        for mention in mentions:
            if not _dates_this_event(text, window_start + mention.end, anchor):
                continue
            resolved = resolve_mention(mention, published, prefer_future=prefer_future)
            if resolved is not None:
                return resolved
    return reported_date(published)


class EventDateStage:
    """Sets ``event.date`` for every event of the document."""

    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        if not coded.events:
            return
        bounds = [(sentence.start_char, sentence.end_char) for sentence in doc.sents]
        for event in coded.events:
            event.date = date_event(event, doc.text, bounds, coded)
