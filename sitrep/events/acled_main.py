"""The one ACLED event a text reports, chosen among the ACLED-typed events coded in it.

ACLED records one event per incident and names it by what happened to whom, so where a report tells
several acts (an arrest and the weapons seized, a curfew imposed "after the clashes") the choice follows
ACLED's own conventions rather than the coder's confidence alone:

- an act ACLED names by its means comes first: a suicide attack is a suicide bomb even where gunmen follow
  the bomber in, and violence that was sexual is sexual violence even where the women were also beaten;
- weapons or explosives seized from people who are arrested are ACLED's disrupted weapons use: the seizure,
  not the arrest, is what ACLED records; so are weapons recovered in a raid or search told with no one hurt
  and no fight ("police raided a gun factory and recovered pistols"): the raid is how they were seized;
- a crowd that rioted is a violent demonstration, whether the police intervened or used lethal force
  (ACLED's excessive force is force against peaceful protesters), and whether or not another clause tells
  the protest as peaceful;
- an act told only as attempted ("when they tried to march", "attempted to storm") is not the event where
  another act is told beside it: the protesters were stopped, and what stopped them is the incident;
- a strike named by its means (air, shelling, explosive, grenade) is the incident; a generic "attack" on
  civilians told beside it is the same strike, and arrests told beside it follow it;
- troops deployed and a base set up: the base;
- an offence told as what an arrest was made for ("arrested for the rape of a minor") and a release told
  after the arrest ("taken into custody and later released") are the arrest's ground and end: the arrest
  (acled_arrest.py);
- an event named only as the occasion of another ("imposed a curfew after the clashes", "following the
  violence") is background: the text's event is what was done after it, when that has an ACLED type;
- so is an event named only as what a protest is about ("a protest against the demolition of their
  homes", "rallied over the killing of a student"), first of all: the demonstration is the event, and a
  violence it is about does not make it violent;
- so is a toll told by a participle after another event of its sentence ("opened fire on demonstrators,
  killing three"), whose doer the parse may take from the clause before;
- a ceasefire violated by a strike named by its means ("violated the ceasefire and shelled posts") is that
  strike;
- a demonstration told in one sentence and the crowd's damage in a later one ("Villagers blocked the road.
  They also set fire to a bus."; "... Several policemen were hurt in the stone pelting.") is one incident,
  the demonstration, and its crowd's violence makes it a violent demonstration (ACLED: demonstrators engaging
  in violence or destruction). The per-sentence typing cannot see this: the later sentence names no protest;
- likewise the state's forces acting on that crowd in a later sentence ("Thousands marched on the palace.
  Police fired on them, killing three."): force that kills or wounds is excessive force against protesters,
  other force (tear gas, dispersal) a protest with intervention.

Then the most confident event, and the earliest.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from sitrep.events import cues
from sitrep.events.acled_arrest import charge_of_an_arrest, release_after_an_arrest
from sitrep.events.acled_protest import attack_on_a_handled_crowd
from sitrep.events.acled_violence import (
    raid_beside_its_outcome,
    strike_beside_a_taking,
    told_as_earlier_background,
    toll_of_a_strike,
)
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


# "a protest against the demolition", "rallied over the killing of", "protesting the arrest of": what comes
# before a nominal trigger that names what a protest is about.
TOPIC_BEFORE = re.compile(
    r"\b(?:against|over|protest(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|justice\s+for)\s+"
    r"(?:(?:the|a|an|this|that|these|those|alleged|recent|brutal|custodial|continued|proposed|planned|"
    r"[\w-]+'s|\w+-[\w-]+)\s+){0,3}$",  # "against the post-poll violence"
    re.IGNORECASE,
)
CEASEFIRE_VIOLATION_CODES = frozenset({"196"})


def is_topic(event: Event) -> bool:
    """A nominal trigger told as what a protest is about ("against the killing of a student")."""
    offset = trigger_offset(event.sentence, event.trigger, event.trigger_start, event.start)
    return offset is not None and TOPIC_BEFORE.search(event.sentence[:offset]) is not None


# "held a human chain in Sylhet to protest against ...", "downed shutters to protest": a protest told as the
# purpose of what people did is that act's own meaning, ACLED's protest. Not after words of intent or
# attempt ("plan to protest", "threatened to protest", "tried to protest"), where no protest took place.
PURPOSE_BEFORE = re.compile(r"\b([\w'-]+)\s+to\s+$")
INTENT_WORDS = re.compile(
    r"(?:plan\w*|threat\w*|vow\w*|decid\w*|call\w*|urg\w*|want\w*|intend\w*|going|set|likely|expect\w*|"
    r"prepar\w*|ready|agree\w*|continu\w*|pledg\w*|hop\w*|seek\w*|sought|try|tries|tried|trying|attempt\w*|"
    r"aim\w*|warn\w*|announc\w*|resolv\w*|refus\w*|fail\w*|allow\w*|permit\w*|ask\w*|forc\w*|mov\w*|"
    r"wish\w*|need\w*|use|used|uses|using|able|unable|right|free|about|due|promis\w*|invit\w*|encourag\w*|"
    r"mobili[sz]\w*|wait\w*|begin\w*|began|begun|start\w*|declin\w*|chose|choos\w*|dar\w*|vot\w*)",
    re.IGNORECASE,
)
FUTURE_WORDS = re.compile(r"\b(?:will|would|shall|plan\w*|to\s+be)\b", re.IGNORECASE)
PROTEST_TRIGGERS = frozenset({"protest", "demonstrate", "rally", "march", "picket", "agitate"})


def is_protest_purpose(event: Event) -> bool:
    """A protest (CAMEO 14) whose only doubt is that it is told as the purpose of a done act: "formed a
    human chain outside the court to protest the verdict"."""
    modality = event.modality
    if not (event.cameo_code or "").startswith("14") or not event.acled_sub_event_type:
        return False
    if modality.negated or modality.hypothetical or modality.historical or not modality.future:
        return False
    if (event.trigger or "").casefold() not in PROTEST_TRIGGERS:
        return False
    offset = trigger_offset(event.sentence, event.trigger, event.trigger_start, event.start)
    before = PURPOSE_BEFORE.search(event.sentence[:offset]) if offset is not None else None
    if before is None:
        return False
    return INTENT_WORDS.fullmatch(before.group(1)) is None and not FUTURE_WORDS.search(event.sentence[:offset])


# "opened fire on demonstrators ..., killing three": the participle tells the toll of the clause before it,
# and the parse may hand it that clause's object as its doer.
TOLL_PARTICIPLES = frozenset({"killing", "injuring", "wounding", "leaving"})


def _toll_of_another(event: Event, candidates: list[Event]) -> bool:
    if (event.trigger or "").casefold() not in TOLL_PARTICIPLES:
        return False
    at = event.trigger_start or 0
    return any(
        other is not event and other.sentence == event.sentence and (other.trigger_start or 0) < at
        for other in candidates
    )


# "policemen were injured in the stone pelting", "two died in the clash", "the lathi charge left several students
# injured": a harm told as suffered in an act the same sentence names by a noun is that act's toll; the act,
# typed by who did what, is the incident.
HARM_PASSIVES = frozenset({"injured", "killed", "hurt", "wounded", "died"})
HARMED_IN = re.compile(r"^\s+in\s+(?:the|a|an|this|that)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "the lathi charge left several students injured": the act named before "left" and its toll after it
LEFT_HARMED = re.compile(r"^\s+left\s+(?:[\w-]+\s+){1,4}$", re.IGNORECASE)


def _harmed_in_another(event: Event, candidates: list[Event]) -> bool:
    if (event.trigger or "").casefold() not in HARM_PASSIVES:
        return False
    at = trigger_offset(event.sentence, event.trigger, event.trigger_start, event.start)
    if at is None:
        return False
    end = at + len(event.trigger or "")
    for other in candidates:
        if other is event or other.sentence != event.sentence:
            continue
        other_at = trigger_offset(other.sentence, other.trigger, other.trigger_start, other.start)
        if other_at is not None and other_at > end and HARMED_IN.match(event.sentence[end:other_at]):
            return True
        other_end = other_at + len(other.trigger or "") if other_at is not None else None
        if other_end is not None and other_end <= at and LEFT_HARMED.match(event.sentence[other_end:at]):
            return True
    return False


# "tried to march", "attempted to storm", "sought to gherao": the act was attempted, not done.
ATTEMPT_BEFORE = re.compile(r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|sought|seeking)\s+to\s+$", re.IGNORECASE)


def is_attempt(event: Event) -> bool:
    """The event's trigger is the verb of "tried to" or "attempted to": an act begun or stopped, not done."""
    offset = trigger_offset(event.sentence, event.trigger, event.trigger_start, event.start)
    return offset is not None and ATTEMPT_BEFORE.search(event.sentence[:offset]) is not None


def is_occasion(event: Event) -> bool:
    """The event's trigger is the object of "after", "following" or "amid": told as the occasion."""
    offset = trigger_offset(event.sentence, event.trigger, event.trigger_start, event.start)
    return offset is not None and OCCASION_BEFORE.search(event.sentence[:offset]) is not None


DEMONSTRATIONS = frozenset({"Peaceful protest", "Protest with intervention"})
DAMAGE = "Looting/property destruction"
# Who did the damage told after a demonstration: the crowd itself, named again or by a pronoun.
CROWD_DOERS = frozenset(
    {"they", "them", "some", "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
     "agitator", "agitators", "crowd", "mob", "rioter", "rioters", "marcher", "marchers"}
)  # fmt: skip
# Signs of a crowd's violence in a sentence that names no doer ("policemen were hurt in the stone pelting").
CROWD_VIOLENCE_TOLD = re.compile(
    r"\b(?:stones?|stone-pelting|pelt\w*|brick\w*|brickbats?|arson|vandal\w*|ransack\w*|torch\w*|rampage)\b",
    re.IGNORECASE,
)
UNTOLD_DOER_VIOLENCE = frozenset({"Armed clash", "Attack", "Mob violence", DAMAGE})


def _crowd_doer(event: Event, protest: Event) -> bool:
    """The later event's doer is the protest's crowd: no doer named, a pronoun or crowd word, or the same
    phrase as the protest's doer."""
    if not event.source:
        return True
    crowd = {actor.text.casefold() for actor in protest.source}
    for actor in event.source:
        words = set(re.findall(r"[\w'-]+", actor.text.casefold()))
        if actor.text.casefold() not in crowd and not words & CROWD_DOERS:
            return False
    return True


def _rioted_later(told: list[Event]) -> Event | None:
    """A demonstration whose crowd did damage or violence told in a later sentence: that demonstration."""
    for protest in told:
        if protest.acled_sub_event_type not in DEMONSTRATIONS:
            continue
        for later in told:
            if later.sentence == protest.sentence or later.start <= protest.start:
                continue
            damaged = later.acled_sub_event_type == DAMAGE and _crowd_doer(later, protest)
            violent = (
                later.acled_sub_event_type in UNTOLD_DOER_VIOLENCE
                and not later.source
                and CROWD_VIOLENCE_TOLD.search(later.sentence) is not None
            )
            if damaged or violent:
                return protest
    return None


RAID_TRIGGERS = frozenset({"raid", "raided", "raiding", "search", "searched", "searching", "cordon", "cordoned"})
HARM_TOLD = re.compile(
    r"\b(?:kill\w*|dead|death|died|injur\w*|wound\w*|shot|shoot\w*|fir(?:e|ed|ing)|clash\w*|gunfight|encounter|"
    r"exchange\w*|attack\w*|hurt|casualt\w*)\b",
    re.IGNORECASE,
)


def _quiet_raid(event: Event, seizures: list[Event]) -> bool:
    """A raid or search typed as violence, told in a sentence that also tells weapons seized and no one hurt
    and no fight: how the weapons were seized, not an incident of its own."""
    if (event.trigger or "").casefold() not in RAID_TRIGGERS:
        return False
    if event.acled_sub_event_type not in {"Armed clash", "Attack"}:
        return False
    if not any(seizure.sentence == event.sentence for seizure in seizures):
        return False
    return HARM_TOLD.search(event.sentence) is None


# What the state's forces did to the crowd, as typed in a sentence that names no protest.
LETHAL_FORCE_TYPES = frozenset({"Attack", "Armed clash", "Excessive force against protesters"})
INTERVENTION_TYPES = frozenset({"Protest with intervention"})


def _on_the_crowd(event: Event) -> bool:
    """The event's target is the crowd, named again or by a pronoun ("fired at them", "dispersed the crowd")."""
    return any(set(re.findall(r"[\w'-]+", actor.text.casefold())) & CROWD_DOERS for actor in event.target)


def _force_on_the_crowd_later(told: list[Event]) -> tuple[Event, str] | None:
    """A peaceful demonstration and the state's forces acting on its crowd in a later sentence: the
    demonstration, and the sub-event type the force makes of it."""
    for protest in told:
        if protest.acled_sub_event_type != "Peaceful protest":
            continue
        for later in told:
            if later.sentence == protest.sentence or later.start <= protest.start:
                continue
            if not {actor.sector for actor in later.source} & cues.STATE_FORCE_SECTORS or not _on_the_crowd(later):
                continue
            if later.acled_sub_event_type in LETHAL_FORCE_TYPES:
                return protest, "Excessive force against protesters"
            if later.acled_sub_event_type in INTERVENTION_TYPES:
                return protest, "Protest with intervention"
    return None


def main_acled_event(events: Iterable[Event]) -> Event | None:
    """The main ACLED event among factual events with an ACLED sub-event type (where there is none, a protest
    told as the purpose of a done act), or ``None``."""
    events = list(events)
    candidates = [event for event in events if event.modality.factual and event.acled_sub_event_type]
    if not candidates:
        candidates = [event for event in events if is_protest_purpose(event)]
    if not candidates:
        return None
    # events need not carry distinct ids
    topics = {
        id(event)
        for event in candidates
        if is_topic(event)
        or _toll_of_another(event, candidates)
        or _harmed_in_another(event, candidates)
        or is_attempt(event)
        or charge_of_an_arrest(event, candidates)
        or release_after_an_arrest(event, candidates)
        or told_as_earlier_background(
            event.sentence, trigger_offset(event.sentence, event.trigger, event.trigger_start, event.start)
        )
    }
    told = [event for event in candidates if id(event) not in topics] or candidates
    sub_types = {event.acled_sub_event_type for event in told}
    rioted_protest = None if sub_types & DEFINING_SUB_TYPES else _rioted_later(told)
    if rioted_protest is not None:
        return dataclasses.replace(rioted_protest, acled_event_type="Riots", acled_sub_event_type=RIOT)
    forced = None if sub_types & DEFINING_SUB_TYPES else _force_on_the_crowd_later(told)
    if forced is not None:
        return dataclasses.replace(forced[0], acled_event_type="Protests", acled_sub_event_type=forced[1])
    seized_on_arrest = SEIZURE in sub_types and ARRESTS in sub_types
    seizures = [event for event in told if event.acled_sub_event_type == SEIZURE]
    # the crowd's own violence names its demonstration, peaceful in one clause or not (ACLED)
    rioted = RIOT in sub_types
    means_told = bool(sub_types & MEANS_NAMED)
    base_set_up = BASE in sub_types
    return min(
        candidates,
        key=lambda event: (
            id(event) in topics,
            event.acled_sub_event_type not in DEFINING_SUB_TYPES,
            seized_on_arrest and event.acled_sub_event_type == ARRESTS,
            bool(seizures) and _quiet_raid(event, seizures),
            raid_beside_its_outcome(event.trigger or "", event.acled_sub_event_type, sub_types),
            rioted and event.acled_sub_event_type in CALMER_PROTESTS,
            attack_on_a_handled_crowd(event, sub_types),
            means_told and event.acled_sub_event_type == "Attack" and event.cameo_code in GENERIC_ATTACK_CODES,
            toll_of_a_strike(event.trigger or "", bool(event.source), means_told),
            strike_beside_a_taking(event.acled_sub_event_type, sub_types),
            base_set_up and event.acled_sub_event_type == CHANGE,
            means_told and event.acled_sub_event_type == ARRESTS,
            means_told and event.cameo_code in CEASEFIRE_VIOLATION_CODES,
            is_occasion(event),
            -event.confidence,
            event.start,
        ),
    )
