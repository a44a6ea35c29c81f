"""ACLED's arrests against the acts told around them: what an arrest was for, and how it ended.

ACLED records an arrest as the incident the report tells; the offence it was made for ("arrested for the
rape of a minor", "held in connection with the bombing of a bus") happened earlier and is recorded, if at
all, as its own event from its own report; a release told after the arrest ("were taken into custody and
later released") is how the arrest ended, not an agreement between parties (ACLED's agreements are
ceasefires, peace deals and prisoner exchanges).

Each rule reads the events already coded and their sentence text; none parses again.
"""

from __future__ import annotations

import re

from sitrep.model import Event
from sitrep.nlp.spans import trigger_offset

ARRESTS = "Arrests"
# "arrested for the rape of", "held in connection with the bombing", "on charges of murder", "booked over the
# killing": what comes between an arrest and a nominal trigger that names the offence it was made for.
CHARGE_BEFORE = re.compile(
    r"\b(?:for|over|in\s+connection\s+with|on\s+(?:the\s+)?(?:charges?|suspicion|accusations?)\s+of|"
    r"accused\s+of|charged\s+with|suspected\s+of|involvement\s+in|role\s+in|link(?:s|ed)?\s+(?:to|with))\s+"
    r"(?:(?:the|a|an|alleged|recent|last|this|that|his|her|their|its|[\w-]+'s|[\w-]+-year-old)\s+){0,3}$",
    re.IGNORECASE,
)
RELEASE_CODES = frozenset({"0841"})


def _offset(event: Event) -> int | None:
    return trigger_offset(event.sentence, event.trigger, event.trigger_start, event.start)


def _arrest_before(event: Event, candidates: list[Event], at: int) -> bool:
    """An arrest told earlier in the event's own sentence."""
    for other in candidates:
        if other is event or other.sentence != event.sentence or other.acled_sub_event_type != ARRESTS:
            continue
        other_at = _offset(other)
        if other_at is not None and other_at < at:
            return True
    return False


def charge_of_an_arrest(event: Event, candidates: list[Event]) -> bool:
    """A nominal trigger told as what an arrest of its sentence was made for ("arrested a man for the rape
    of a minor"): the offence is the arrest's ground, and the arrest is the incident."""
    if event.acled_sub_event_type == ARRESTS:
        return False
    at = _offset(event)
    if at is None or CHARGE_BEFORE.search(event.sentence[:at]) is None:
        return False
    return _arrest_before(event, candidates, at)


def release_after_an_arrest(event: Event, candidates: list[Event]) -> bool:
    """A release told after an arrest of its sentence ("were taken into custody and later released"): how the
    arrest ended, so the arrest is the incident."""
    if (event.cameo_code or "") not in RELEASE_CODES:
        return False
    at = _offset(event)
    return at is not None and _arrest_before(event, candidates, at)
