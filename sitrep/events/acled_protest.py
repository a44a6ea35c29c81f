"""ACLED's demonstration types refined by what the sentence tells of the crowd and of the force used on it.

The clause typing (``acled.acled_type``) decides first; these rules correct it where ACLED's definitions
read the scene differently:

- a road, highway or railway blocked by demonstrators is road-blocking, which ACLED lists among the acts
  that make a demonstration violent ("villagers blocked the national highway demanding a bridge", a "rasta
  roko", a "chakka jam");
- a road blockade staged by unarmed people is that demonstration, never an armed clash over ground;
- the police dispersing people act on a crowd: an intervention, not an attack on civilians;
- force on a demonstration told with people killed or wounded in the sentence ("three were killed in firing
  at a protest rally") is ACLED's excessive force against protesters, not a mere intervention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events import cues

if TYPE_CHECKING:
    from sitrep.events.acled import AcledContext

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
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "PMC", "PRM"})
BLOCKADE_CODES = frozenset({"191", "192"})
# Killing or wounding told in the sentence of the force used on a demonstration.
HARMED = frozenset(
    {"kill", "killed", "dead", "death", "die", "died", "injure", "injured", "wound", "wounded", "hurt",
     "succumb", "succumbed", "blind", "blinded", "blinding"}
)  # fmt: skip
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})


def refined(context: AcledContext, typed: Typed | None) -> Typed | None:
    """The clause typing ``typed`` of the event ``context`` describes, corrected by the rules above."""
    if typed is None:
        return None
    if typed == PEACEFUL and _road_blocked_by_the_crowd(context):
        return RIOT
    if context.code in BLOCKADE_CODES and context.trigger_lemma in BLOCKING and _unarmed_blockade(context):
        return RIOT
    if context.code.startswith("175") and context.trigger_lemma == "disperse" and typed[0] != "Protests":
        return INTERVENTION  # "police later dispersed them": only a crowd is dispersed
    if typed == INTERVENTION and context.code[:2] in VIOLENCE_ROOTS and context.sentence_words & HARMED:
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
    if context.source_words & ARMED or {actor.sector for actor in context.source} & ARMED_SECTORS:
        return False
    return bool(context.source_words) and road_blocked(context.sentence_words)
