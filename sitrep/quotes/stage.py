"""The "quotes" pipeline stage: statements, their speakers and stances, from the parsed Doc.

It reuses the pipeline's parse (nothing is parsed again) and adds one ``Quote``
per attribution to the ``CodedDocument``. ``Quote.speaker.text`` is the speaker
span in the statement's own sentence ("she"), ``name`` the canonical speaker
("Sabrina Singh", None for an anonymous "a senior official"); a floating
quotation has no cue and carries the span of the speaker it continues. The
actor dictionary codes each speaker's code, country, sector and office.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from spacy.tokens import Doc

from sitrep.model import ActorRef, CodedDocument, Place, Quote
from sitrep.nlp.text import doc_text
from sitrep.quotes.attribution import Attribution, find_attributions, unattributed_charge
from sitrep.quotes.learned import CueModel
from sitrep.quotes.speakers import SpeakerTracker
from sitrep.quotes.stance import stance_of, stance_within

log = logging.getLogger(__name__)


def _load_actor_resolver() -> Any | None:
    """The actor dictionary, if the actors package provides one; quotes are still found without it."""
    try:
        from sitrep.actors import ActorResolver  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        return ActorResolver()
    except Exception:  # a broken dictionary should not stop quotation extraction
        log.exception("could not load the actor dictionary; speakers will not be coded")
        return None


def _quote_id(article_id: str, attribution: Attribution) -> str:
    key = f"{article_id}:{attribution.start}:{attribution.end}:{attribution.cue_start}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def quotes_of(doc: Doc, article_id: str = "", when: date | None = None, resolver: Any | None = None,
              cue_model: CueModel | bool | None = True, places: Sequence[Place] = ()) -> list[Quote]:
    """Every statement in ``doc`` as ``Quote`` records, in text order; ``cue_model`` as in
    ``find_attributions`` (True: the shipped learned cue model); ``places`` the document's toponyms, which
    say whose office a speaker's title is when the actor dictionary cannot."""
    tracker = SpeakerTracker(doc, when=when, resolver=resolver, places=places)
    speakers: dict[tuple[int, int], ActorRef] = {}
    quotes: list[Quote] = []
    text = doc_text(doc)
    quote_ids: dict[int, str] = {}  # id(attribution) -> quote_id, for the statement a floating quotation continues
    for attribution in find_attributions(doc, cue_model):
        speaker = None
        if attribution.speaker_start is not None and attribution.speaker_end is not None:
            key = (attribution.speaker_start, attribution.speaker_end)
            if key not in speakers:
                speakers[key] = tracker.resolve(*key)
            speaker = speakers[key]
        cue = doc[attribution.cue_token] if attribution.cue_token is not None and not attribution.floating else None
        content = doc.char_span(attribution.start, attribution.uncut_end or attribution.end, alignment_mode="expand")
        stance = None
        if cue is None or not unattributed_charge(cue):  # "he was accused of ...": nobody's stance
            stance = stance_of(cue, content) or (stance_within(cue, content) if content is not None else None)
        quote_id = _quote_id(article_id, attribution)
        quote_ids[id(attribution)] = quote_id
        continued = attribution.continues
        quotes.append(
            Quote(
                quote_id=quote_id,
                article_id=article_id,
                content=text[attribution.start : attribution.end],
                start=attribution.start,
                end=attribution.end,
                type=attribution.type,
                cue=text[attribution.cue_start : attribution.cue_end] if attribution.cue_start is not None else None,
                cue_start=attribution.cue_start,
                cue_end=attribution.cue_end,
                speaker=speaker,
                stance=stance,
                attitude=attribution.attitude,
                continues=quote_ids.get(id(continued)) if continued is not None else None,
            )
        )
    return quotes


class QuoteStage:
    """Pipeline stage: appends the article's statements to ``coded.quotes``."""

    def __init__(self, resolver: Any | None = None) -> None:
        self.resolver = resolver if resolver is not None else _load_actor_resolver()

    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        published = coded.article.published
        when = published.date() if published is not None else None
        coded.quotes.extend(quotes_of(doc, coded.article.id, when, self.resolver, places=coded.places))
