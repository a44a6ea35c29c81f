"""The ``event_dates`` pipeline stage: the day each event happened, not the day it was reported."""

from __future__ import annotations

import bisect
import re
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Token

from sitrep.model import CodedDocument, Event, EventDate
from sitrep.nlp.spans import trigger_span
from sitrep.nlp.text import doc_text
from sitrep.time.days_apart import DaysApart, days_apart
from sitrep.time.described import dated_outside_description
from sitrep.time.expressions import DateMention, find_date_expressions
from sitrep.time.narrative import narrative_period, told_in_present
from sitrep.time.reaction import dated_outside_reaction
from sitrep.time.remention import PastReMentions
from sitrep.time.resolve import reported_date, resolve_mention

# "officials said on Wednesday": that is when it was said, not when the event happened.
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|reported|confirmed|added|stated|wrote|posted|claimed)\s*$",
    re.IGNORECASE,
)


# "declared Tuesday a day of mourning", "set Friday as the deadline": a day named as a thing, not a time.
_NAMING_BEFORE = re.compile(r"\b(?:declare[sd]?|name[sd]?|designate[sd]?|proclaim(?:s|ed)?|set)\s+$", re.IGNORECASE)
_NAMING_AFTER = re.compile(r"^\s+(?:as|a|an|the)\b", re.IGNORECASE)


# "exempted the duties until April 2": the end of a span, a deadline, not when the event happened.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|pending)\s+(?:at\s+least\s+)?$", re.IGNORECASE)


def _is_deadline(text: str, mention: DateMention) -> bool:
    return _UNTIL_BEFORE.search(text[max(0, mention.start - 20) : mention.start]) is not None


def _is_speech_date(text: str, mention: DateMention) -> bool:
    return _SPEECH_BEFORE.search(text[max(0, mention.start - 40) : mention.start]) is not None


def _is_named_day(text: str, mention: DateMention) -> bool:
    return bool(_NAMING_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
                and _NAMING_AFTER.match(text[mention.end : mention.end + 8]))


def _candidates(text: str, start: int, end: int) -> list[DateMention]:
    return [
        mention
        for mention in find_date_expressions(text[start:end])
        if not _is_speech_date(text[start:end], mention) and not _is_named_day(text[start:end], mention)
        and not _is_deadline(text[start:end], mention)
    ]


class DocumentDates:
    """What one document's events share while they are dated: the mentions of each window (every event of a
    sentence, and of the next one, looks over the same sentence, and the regular expressions are the stage's
    largest cost) and each mention's reading (dateparser is slow). Kept for one document only, so that no
    article is dated faster for having been seen before."""

    def __init__(self, published: datetime | None) -> None:
        self.published = published
        self._windows: dict[str, list[DateMention]] = {}
        self._readings: dict[tuple[str, str, bool], EventDate | None] = {}

    def candidates(self, text: str, start: int, end: int) -> list[DateMention]:
        window = text[start:end]
        if window not in self._windows:
            self._windows[window] = _candidates(window, 0, len(window))
        return list(self._windows[window])  # a copy: the caller sorts it by distance to its own trigger

    def resolve(self, mention: DateMention, prefer_future: bool) -> EventDate | None:
        """``resolve_mention`` for this document's publication date; it reads only the mention's text and kind."""
        key = (mention.text, mention.kind, prefer_future)
        if key not in self._readings:
            self._readings[key] = resolve_mention(mention, self.published, prefer_future=prefer_future)
        return self._readings[key]


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


def date_event(
    event: Event,
    text: str,
    sentence_bounds: list[tuple[int, int]],
    coded: CodedDocument,
    present: bool = False,
    trigger: Token | None = None,
    shared: DocumentDates | None = None,
) -> EventDate:
    """The date of one event: a time expression in its sentence (nearest the trigger), else in the
    previous sentence of the same paragraph, else the publication date marked ``reported``. An event told
    in the present tense (``present``) takes no date from the sentence before: "Since gaining independence
    in 1947, Pakistan has received 23 bailouts. Critics blame the generals" is not a blame of 1947. A deadline
    ("until April 2") dates nothing, and a date after publication dates only an event told as future. With
    the parsed ``trigger``, an event named only as what a reaction is about ("closed their shops on Friday
    to mourn the victims of the bombing") takes no date from outside that reaction's clause. ``shared``, one per
    document, keeps the work its events have in common (see ``DocumentDates``)."""
    published = coded.article.published
    if shared is None or shared.published != published:
        shared = DocumentDates(published)
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
        if index > 0 and not present:
            previous_start, previous_end = sentence_bounds[index - 1]
            if "\n\n" not in text[previous_start:sentence_start]:
                windows.append((previous_start, previous_end))
    apart = days_apart(trigger) if trigger is not None else None
    for window_start, window_end in windows:
        mentions = shared.candidates(text, window_start, window_end)
        mentions.sort(key=lambda mention: abs(window_start + mention.start - anchor))
        for mention in mentions:
            start, end = window_start + mention.start, window_start + mention.end
            if not _dates_this_event(text, end, anchor):
                continue
            if trigger is not None and dated_outside_reaction(trigger, start, end):
                continue
            resolved = shared.resolve(mention, prefer_future)
            if (resolved is not None and resolved.precision == "day" and trigger is not None and not prefer_future
                    and dated_outside_description(trigger, start, end)):
                # The day of the clause around a past event told to describe someone ("funerals on Thursday for the
                # passengers killed"); a year or a month is the setting of both, and a future event is no description.
                continue
            if resolved is not None and apart is not None and trigger is not None:
                resolved = _moved_by(resolved, apart, trigger, start, end)
            if resolved is not None and (prefer_future or not _after_publication(resolved, published)):
                return resolved
    return reported_date(published)


def _moved_by(resolved: EventDate, apart: DaysApart, trigger: Token, start: int, end: int) -> EventDate:
    """The date of an event told "N days after" (or before) the sentence's date, when that date is a day's outside
    the clause that tells the distance: "resumed flights on Friday, a day after a drone struck" dates the strike
    Thursday (see ``sitrep.time.days_apart``)."""
    sentence = trigger.sent
    inside_sentence = sentence.start_char <= start and end <= sentence.end_char
    if not inside_sentence or apart.start <= start < apart.end or resolved.precision != "day" or not resolved.value:
        return resolved
    moved = date.fromisoformat(resolved.value) + timedelta(days=apart.days)
    return EventDate(moved.isoformat(), "day", f"{resolved.text}, {apart.text}" if resolved.text else apart.text)


def _after_publication(resolved: EventDate, published: datetime | None) -> bool:
    """A date after the story was written ("to win the 2021 election" in 2019, "Equal Measures 2030") names
    something to come: it dates no event told as having happened (a future event may take it)."""
    if published is None or resolved.value is None:
        return False
    return date.fromisoformat(resolved.value) > published.date() + timedelta(days=1)


class EventDateStage:
    """Sets ``event.date`` for every event of the document."""

    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        if not coded.events:
            return
        sentences = list(doc.sents)
        bounds = [(sentence.start_char, sentence.end_char) for sentence in sentences]
        starts = [start for start, _ in bounds]
        text = doc_text(doc)  # spaCy joins every token to make it: once per document, shared with geo
        rementions: PastReMentions | None = None
        shared = DocumentDates(coded.article.published)
        for event in coded.events:
            trigger = _trigger_token(doc, event)
            present = trigger is not None and told_in_present(trigger)
            event.date = date_event(event, text, bounds, coded, present, trigger, shared)
            if event.date.precision == "reported" and trigger is not None:
                # No date in its sentence or the one before: a past event named again ("the 2004 bombing ...
                # France responded to the Bouake attack") keeps the date it was named with; a past-tense
                # narrative carries the period the story set a few sentences earlier ("in the late 1920s ...
                # he was detained").
                if rementions is None:
                    rementions = PastReMentions(doc, text, coded.article.published)
                period = rementions.date_of(trigger)
                if period is None:
                    index = bisect.bisect_right(starts, trigger.idx) - 1
                    period = narrative_period(trigger, sentences, index, coded.article.published)
                if period is not None:
                    event.date = period


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    """The trigger's first token."""
    span = trigger_span(doc, event)
    return span[0] if span is not None else None
