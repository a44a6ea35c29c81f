"""The location of each event: the place tied to the event's clause.

In order of preference:
1. a place attached to the trigger by a preposition or argument path ("shelled Sudzha",
   "fighting near Sumy", "crossed into the Kursk region"), nearest in the parse;
2. a place the event's clause hangs from ("in the Kharkiv region, where two people died");
3. another place in the same sentence, nearest to the trigger;
4. the last place stated earlier in the same paragraph;
5. the article's focus place (its most mentioned place), marked as a fallback by a score < 0.5.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.model import Event, Place

ATTACHED, GOVERNING, SAME_SENTENCE, PARAGRAPH, FOCUS = 0.95, 0.85, 0.7, 0.55, 0.3
# Places that are never an event's site: a country used as a possessive on an actor ("Russia's army"),
# or as the one who acts ("Ukraine fired missiles at Bryansk": Ukraine is the actor, Bryansk the site).
_ACTOR_DEPS = frozenset({"poss", "nsubj", "nsubjpass"})


def _is_event_actor(place: Place, event: Event) -> bool:
    """The place's words are one of the event's source or target mentions."""
    return any(
        actor.start is not None and actor.end is not None and actor.start < place.end and place.start < actor.end
        for actor in (*event.source, *event.target)
    )


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    start = event.trigger_start
    end = event.trigger_end
    if start is None:
        index = event.sentence.find(event.trigger) if event.trigger else -1
        if index < 0:
            return None
        start = event.start + index
        end = start + len(event.trigger)
    span = doc.char_span(start, end or start + 1, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _place_token(doc: Doc, place: Place) -> Token | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    # "the Kursk region": the head noun "region" carries the attachment.
    while root.dep_ == "compound" and root.head.i >= span.start - 1 and root.head != root:
        root = root.head
    return root


def _path_length(upper: Token, lower: Token) -> int | None:
    """Edges from ``lower`` up to ``upper`` if ``upper`` dominates it, else None."""
    steps = 0
    node = lower
    while node.i != upper.i:
        if node.head.i == node.i:
            return None
        node = node.head
        steps += 1
        if steps > 12:
            return None
    return steps


def _paragraph_start(text: str, offset: int) -> int:
    index = text.rfind("\n\n", 0, offset)
    return 0 if index < 0 else index + 2


def focus_place(places: list[Place]) -> Place | None:
    """The place an article is about: the most mentioned resolved place (ties: the earliest)."""
    resolved = [p for p in places if p.geonameid is not None or p.lat is not None]
    if not resolved:
        return None
    counts = Counter((p.name, p.country) for p in resolved)
    return max(resolved, key=lambda p: (counts[(p.name, p.country)], -p.start))


def locate_event(doc: Doc, event: Event, places: list[Place], focus: Place | None) -> Place | None:
    resolved = [p for p in places if p.lat is not None]
    trigger = _trigger_token(doc, event)
    if trigger is not None:
        sentence = trigger.sent
        in_sentence = [p for p in resolved if sentence.start_char <= p.start < sentence.end_char]
        best: tuple[float, int, Place] | None = None
        for place in in_sentence:
            token = _place_token(doc, place)
            if token is None or token.dep_ in _ACTOR_DEPS or _is_event_actor(place, event):
                continue
            down = _path_length(trigger, token)
            up = _path_length(token, trigger)
            if down is not None and down <= 4:
                option = (ATTACHED - 0.03 * down, -down, place)
            elif up is not None and up <= 3:
                option = (GOVERNING - 0.03 * up, -up, place)
            else:
                option = (SAME_SENTENCE, -abs(token.i - trigger.i), place)
            if best is None or option[:2] > best[:2]:
                best = option
        if best is not None:
            return _located(best[2], best[0])
        anchor = sentence.start_char
    else:
        anchor = event.start
    paragraph = _paragraph_start(doc.text, anchor)
    earlier = [p for p in resolved if paragraph <= p.start < anchor]
    if earlier:
        return _located(earlier[-1], PARAGRAPH)
    if focus is not None:
        return _located(focus, FOCUS)
    return None


def _located(place: Place, confidence: float) -> Place:
    """A copy of the place whose score also says how sure the attachment is."""
    return replace(place, score=round((place.score if place.score is not None else 1.0) * confidence, 3))
