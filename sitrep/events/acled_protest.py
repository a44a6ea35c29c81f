"""ACLED's demonstration types refined by what the sentence tells of the crowd and of the force used on it.

The clause typing (``acled.acled_type``) decides first; these rules correct it where ACLED's definitions
read the scene differently:

- a road, highway or railway blocked by demonstrators is road-blocking, which ACLED lists among the acts
  that make a demonstration violent ("villagers blocked the national highway demanding a bridge", a "rasta
  roko", a "chakka jam");
- a road blockade staged by unarmed people is that demonstration, never an armed clash over ground;
- a protest "against the violence" or "over the unrest" is about violence, not violent: where the sentence's
  only words of a crowd's violence are such nouns after "against" or "over", the protest is peaceful (the
  violence, if it is an event of its own, stays one);
- damage done by "miscreants" or "unidentified" people is property destruction, even where the sentence
  tells a protest (the protest it prompted): no demonstrating crowd did it; not where it was done "during"
  or "amid" a protest ("miscreants torched two buses during the bandh": the bandh's riot);
- the police dispersing people act on a crowd: an intervention, not an attack on civilians;
- force on a demonstration told with people killed or wounded in the sentence ("three were killed in firing
  at a protest rally") is ACLED's excessive force against protesters, not a mere intervention;
- the state's forces using lathis, batons or tear gas on people act on a crowd ("police attacked the nurses
  with lathis"): ACLED's protest with intervention (excessive force where people were killed or wounded),
  not an attack on civilians;
- "baton charged" and "lathi charged" (no hyphen) are a charge on a crowd, not a legal charge, and arrests
  told beside lathis, batons or tear gas are arrests of that crowd: both a protest with intervention;
- people shot at a demonstration by a doer the sentence does not name, and no armed group named ("a student
  was shot dead during the protest"): the fire is the state's lethal force on the demonstration (ACLED
  excessive force against protesters), not an attack or a clash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events import cues

if TYPE_CHECKING:
    from sitrep.events.acled import AcledContext
    from sitrep.model import Event

Typed = tuple[str, str]
PEACEFUL: Typed = ("Protests", "Peaceful protest")
INTERVENTION: Typed = ("Protests", "Protest with intervention")
EXCESSIVE: Typed = ("Protests", "Excessive force against protesters")
RIOT: Typed = ("Riots", "Violent demonstration")

BLOCKING = frozenset({"block", "blocked", "blocking", "blockade", "blockaded"})
# What a crowd blocks that is a way for traffic ("blocked the national highway", "blocked rail tracks").
WAYS = frozenset(
    {"road", "highway", "nh", "rail", "railway", "track", "traffic", "street", "junction", "bridge", "crossing",
     "expressway", "bypass", "thoroughfare", "intersection", "roundabout", "chowk", "route", "train"}
)  # fmt: skip
# Blockades named in Indian English: "rasta roko" (stop the road), "chakka jam" (jam the wheels), "rail roko".
NAMED_BLOCKADES = (frozenset({"rasta", "roko"}), frozenset({"chakka", "jam"}), frozenset({"rail", "roko"}))
# "blocked no roads", "did not block the highway": nothing was blocked.
NOT_DONE = frozenset({"no", "not", "n't", "never", "without"})
# The state's forces, whose blocking a road stops a march and is no demonstration's act.
STATE_FORCES = cues.STATE_FORCE_WORDS | {"policeman", "policemen", "cop", "jawan", "administration"}
ARMED = frozenset(
    {"militant", "rebel", "insurgent", "terrorist", "gunman", "gunmen", "militia", "fighter", "jihadist", "maoist",
     "naxal", "naxalite", "army", "troop", "soldier", "force", "police"}
)  # fmt: skip
BLOCKADE_CODES = frozenset({"191", "192"})
# Killing or wounding told in the sentence of the force used on a demonstration.
HARMED = frozenset(
    {"kill", "killed", "dead", "death", "die", "died", "injure", "injured", "wound", "wounded", "hurt",
     "succumb", "succumbed", "blind", "blinded", "blinding"}
)  # fmt: skip
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
ATTACK: Typed = ("Violence against civilians", "Attack")
DAMAGE: Typed = ("Strategic developments", "Looting/property destruction")
DAMAGE_CODES = frozenset({"1712", "145"})
# Doers named as no crowd: the unknown culprits of a crime.
UNKNOWN_DOERS = frozenset({"miscreant", "miscreants", "unidentified", "unknown", "culprit", "culprits"})
CLASH: Typed = ("Battles", "Armed clash")
# Tools of crowd control, used only on a crowd.
CROWD_CONTROL = frozenset(
    {"lathi", "lathis", "lathicharge", "lathi-charge", "baton", "batons", "teargas", "cane", "canes", "cannon"}
)
ARRESTS: Typed = ("Strategic developments", "Arrests")
# What a charge on a crowd is made with ("baton charged", "lathi charged").
CHARGING_TOOLS = frozenset({"lathi", "lathis", "baton", "batons", "cane", "canes"})
# Shooting told in the clause (the lexicon's small-arms codes carry it, "shot dead" or "opened fire" too).
SHOOTING = frozenset({"shoot", "shot", "fire", "fired", "firing", "bullet", "bullets", "gunfire", "gunshot"})
# Armed sides other than the state's that may have fired on a crowd.
OTHER_SHOOTERS = frozenset(
    {"gunman", "gunmen", "militant", "rebel", "insurgent", "terrorist", "militia", "miscreant", "miscreants",
     "unidentified", "unknown", "assailant", "attacker", "bandit", "goon", "goons", "jihadist", "sniper"}
)  # fmt: skip


def refined(context: AcledContext, typed: Typed | None) -> Typed | None:
    """The clause typing ``typed`` of the event ``context`` describes, corrected by the rules above."""
    if typed is None:
        return None
    if typed == RIOT and context.code[:2] == "14" and context.code[:3] != "145" and _violence_only_as_topic(context):
        return PEACEFUL  # "workers protesting against the post-poll violence"
    if typed == RIOT and context.code in DAMAGE_CODES and _unknown_culprits(context):
        return DAMAGE  # "the statue was damaged by miscreants, prompting protests": no crowd did it
    if typed == PEACEFUL and _road_blocked_by_the_crowd(context):
        return RIOT
    if typed[0] == "Protests" and context.trigger_lemma in BLOCKING and _road_blocked_by_the_crowd(context):
        return RIOT  # "police dispersed protesters who were blocking the road": the rioters were intervened on
    if context.code in BLOCKADE_CODES and context.trigger_lemma in BLOCKING and _unarmed_blockade(context):
        return RIOT
    if context.code.startswith("175") and context.trigger_lemma == "disperse" and typed[0] != "Protests":
        return INTERVENTION  # "police later dispersed them": only a crowd is dispersed
    if typed == INTERVENTION and context.code[:2] in VIOLENCE_ROOTS and context.sentence_words & HARMED:
        return EXCESSIVE
    if context.code == "173" and context.trigger_lemma == "charge" and context.words & CHARGING_TOOLS:
        return EXCESSIVE if context.sentence_words & HARMED else INTERVENTION
    if typed == ARRESTS and _crowd_control_told(context):
        return INTERVENTION
    if typed == ATTACK and _crowd_control_by_the_state(context):
        return EXCESSIVE if context.sentence_words & HARMED else INTERVENTION
    if typed in {ATTACK, CLASH} and _tear_gas(context.words):
        # "teargas shells were lobbed at the mob": only the state's forces fire tear gas, and only at a crowd
        return EXCESSIVE if context.sentence_words & HARMED else INTERVENTION
    if typed in {ATTACK, CLASH} and _unnamed_fire_at_a_demonstration(context):
        return EXCESSIVE
    return typed


def road_blocked(words: frozenset[str] | set[str]) -> bool:
    """The words tell a road, highway or railway blocked, and not that it was left open."""
    if words & NOT_DONE:
        return False
    if any(named <= words for named in NAMED_BLOCKADES):
        return True
    return bool(words & BLOCKING and words & WAYS)


def _road_blocked_by_the_crowd(context: AcledContext) -> bool:
    """A demonstration whose crowd blocked a road: the blocking is the event itself (its doer is the crowd),
    or the sentence names no state force that could have done it ("police blocked the road to the palace")."""
    if not road_blocked(context.sentence_words):
        return False
    if context.trigger_lemma in BLOCKING:
        return not context.source_words & STATE_FORCES
    return not context.sentence_words & STATE_FORCES


def _unarmed_blockade(context: AcledContext) -> bool:
    """A blockade ("staged a road blockade") by people not said to be armed, of a road or railway."""
    if context.source_words & ARMED or {actor.sector for actor in context.source} & cues.ARMED_SECTORS:
        return False
    return bool(context.source_words) and road_blocked(context.sentence_words)


def _state_force(context: AcledContext) -> bool:
    return bool(
        {actor.sector for actor in context.source} & cues.STATE_FORCE_SECTORS or context.source_words & STATE_FORCES
    )


def _tear_gas(words: frozenset[str] | set[str]) -> bool:
    return "teargas" in words or {"tear", "gas"} <= words


def _crowd_control_told(context: AcledContext) -> bool:
    """The sentence tells lathis, batons, canes, water cannon or tear gas: the means of controlling a crowd."""
    return bool(context.sentence_words & CROWD_CONTROL) or _tear_gas(context.sentence_words)


def _crowd_control_by_the_state(context: AcledContext) -> bool:
    """The state's forces acting on people with lathis, batons, canes or tear gas."""
    return _crowd_control_told(context) and _state_force(context)


def _unnamed_fire_at_a_demonstration(context: AcledContext) -> bool:
    """Shooting with no doer parsed or named, where the sentence tells a demonstration and no armed side."""
    from sitrep.events.acled import _protest_words  # acled imports this module

    if context.source or context.code[:2] not in VIOLENCE_ROOTS:
        return False
    sentence = context.sentence_words
    if not (context.words | sentence) & SHOOTING and not context.code.startswith("193"):
        return False
    return _protest_words(sentence) and not sentence & (OTHER_SHOOTERS | ARMED - STATE_FORCES - {"police"})


HANDLING_TYPES = frozenset({INTERVENTION[1], EXCESSIVE[1]})


def attack_on_a_handled_crowd(event: Event, sub_types: set[str | None]) -> bool:
    """For the main-event choice: the state's forces' attack on people, told in a text where they also
    intervene on a crowd ("Police attacked the students ... Later they lathi-charged them"): the people were
    that crowd, and the intervention is ACLED's event."""
    if event.acled_sub_event_type != ATTACK[1] or not sub_types & HANDLING_TYPES:
        return False
    return any(actor.sector in cues.STATE_FORCE_SECTORS for actor in event.source)


# Nouns of violence that a protest may be about ("against the violence", "over the clashes"); "violent" and the
# crowd's own acts (stones, arson) are not among them.
TOPICAL_VIOLENCE = frozenset({"violence", "unrest", "riot", "riots", "clash", "clashes", "killing", "attack"})
TOPIC_WORDS = frozenset({"against", "over", "condemn", "condemning", "denounce", "denouncing"})


def _violence_only_as_topic(context: AcledContext) -> bool:
    """The sentence's only words of a crowd's violence are nouns a protest may be about, and it tells what the
    protest is against or over."""
    from sitrep.events.acled import CROWD_RIOT, _crowd_turned_violent  # acled imports this module

    sentence = context.sentence_words
    if not sentence & TOPIC_WORDS or _crowd_turned_violent(context) or context.trigger_lemma in {"clash", "riot"}:
        return False
    return bool(sentence & CROWD_RIOT) and sentence & CROWD_RIOT <= TOPICAL_VIOLENCE


def _unknown_culprits(context: AcledContext) -> bool:
    """The damage's doers are unknown culprits, and it is not told as done during a demonstration."""
    return bool(context.source_words & UNKNOWN_DOERS) and not context.sentence_words & {"during", "amid", "amidst"}
