"""The one ACLED event a text reports, chosen among the ACLED-typed events coded in it.

ACLED records one event per incident and names it by what happened to whom, so where a report tells
several acts (an arrest and the weapons seized, a curfew imposed "after the clashes") the choice follows
ACLED's own conventions rather than the coder's confidence alone:

- an act ACLED names by its means comes first: a suicide attack is a suicide bomb even where gunmen follow
  the bomber in, and violence that was sexual is sexual violence even where the women were also beaten;
- weapons or explosives seized from people who are arrested are ACLED's disrupted weapons use: the seizure,
  not the arrest, is what ACLED records;
- a crowd that rioted is a violent demonstration, whether the police intervened or used lethal force
  (ACLED's excessive force is force against peaceful protesters), and whether or not another clause tells
  the protest as peaceful;
- a strike named by its means (air, shelling, explosive, grenade) is the incident; a generic "attack" on
  civilians told beside it is the same strike, and arrests told beside it follow it;
- troops deployed and a base set up: the base;
- an event named only as the occasion of another ("imposed a curfew after the clashes", "following the
  violence") is background: the text's event is what was done after it, when that has an ACLED type.

Then the most confident event, and the earliest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.model import Event
from sitrep.nlp.spans import trigger_offset

DEFINING_SUB_TYPES = frozenset({"Suicide bomb", "Sexual violence"})
SEIZURE = "Disrupted weapons use"
ARRESTS = "Arrests"
RIOT = "Violent demonstration"
# ACLED's excessive force is lethal force against peaceful protesters: a crowd that rioted is a violent
# demonstration whatever the police did.
CALMER_PROTESTS = frozenset({"Protest with intervention", "Peaceful protest", "Excessive force against protesters"})
# Remote violence named by its means; a generic "attack" on civilians told beside one is that same strike.
MEANS_NAMED = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}
)
GENERIC_ATTACK_CODES = frozenset({"190", "19"})
# Troops deployed and a base set up: the base is the more telling of ACLED's strategic developments.
BASE = "Headquarters or base established"
CHANGE = "Change to group/activity"
# "... after the clashes", "following the violence", "in the wake of the attack": what comes before a
# nominal trigger when the sentence names that event only as the occasion of its own.
OCCASION_BEFORE = re.compile(
    r"\b(?:after|following|amid|amidst|wake\s+of|aftermath\s+of)\s+(?:(?:the|a|an|this|that|these|those|recent|"
    r"last|fresh|renewed|deadly|violent|heavy|communal|sectarian|ethnic|armed|[\w-]+'s)\s+){0,3}$",
    re.IGNORECASE,
)


def is_occasion(event: Event) -> bool:
    """The event's trigger is the object of "after", "following" or "amid": told as the occasion."""
    offset = trigger_offset(event.sentence, event.trigger, event.trigger_start, event.start)
    return offset is not None and OCCASION_BEFORE.search(event.sentence[:offset]) is not None


def main_acled_event(events: Iterable[Event]) -> Event | None:
    """The main ACLED event among factual events with an ACLED sub-event type, or ``None``."""
    candidates = [event for event in events if event.modality.factual and event.acled_sub_event_type]
    if not candidates:
        return None
    sub_types = {event.acled_sub_event_type for event in candidates}
    seized_on_arrest = SEIZURE in sub_types and ARRESTS in sub_types
    # the crowd's own violence names its demonstration, peaceful in one clause or not (ACLED)
    rioted = RIOT in sub_types
    means_told = bool(sub_types & MEANS_NAMED)
    base_set_up = BASE in sub_types
    return min(
        candidates,
        key=lambda event: (
            event.acled_sub_event_type not in DEFINING_SUB_TYPES,
            seized_on_arrest and event.acled_sub_event_type == ARRESTS,
            rioted and event.acled_sub_event_type in CALMER_PROTESTS,
            means_told and event.acled_sub_event_type == "Attack" and event.cameo_code in GENERIC_ATTACK_CODES,
            base_set_up and event.acled_sub_event_type == CHANGE,
            means_told and event.acled_sub_event_type == ARRESTS,
            is_occasion(event),
            -event.confidence,
            event.start,
        ),
    )
