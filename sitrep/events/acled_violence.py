"""ACLED's finer contrasts among violence and strategic developments that the main typing
(``sitrep.events.acled``) leaves coarse: an abduction in which people are killed, a raid with no harm told,
a bomb thrown by hand, a deal brokered, a flag march, a device made safe, a camp captured, shots in the air,
a killing whose armed doer the parse missed; and, for the main-event choice, a toll beside the strike it
belongs to, strikes beside ground taken, and acts told as earlier background.

Each rule reads the words already collected for the event (its clause, its sentence); none parses again.
"""

from __future__ import annotations

import re

# Killing told in the abduction's sentence: "abducted and killed a village head", "kidnapped two traders
# and later killed one of them", "killed a guard and abducted five students".
ABDUCTION_KILLINGS = frozenset(
    {"kill", "killed", "killing", "murder", "murdered", "behead", "beheaded", "execute", "executed", "slain",
     "slay", "dead", "body", "bodies"}
)  # fmt: skip
# "the body was found": a body named in the sentence is a killing only with words of death or recovery
# around it, which ABDUCTION_KILLINGS lists; "killing" as a noun of the topic ("abducted ... after the
# killing of their leader") is the grievance, so a sentence with "after"/"over" before it is left alone.
OCCASION_WORDS = frozenset({"after", "following", "over", "avenge", "revenge", "retaliation"})


def abduction_turned_killing(sentence_words: frozenset[str], clause_words: set[str]) -> bool:
    """ACLED's abduction is the taking of people "without reports of further violence"; where those taken
    are killed, or people are killed in the taking, ACLED records an attack. True where the abduction's
    clause or sentence tells a killing and nothing marks the killing as the occasion of the abduction."""
    killed = (clause_words | sentence_words) & ABDUCTION_KILLINGS
    if not killed:
        return False
    return not sentence_words & OCCASION_WORDS


# A raid by the state's forces is how they search, seize or arrest: with no one hurt and no fight told, ACLED
# records no violence for it ("police raided the offices of the party"), only what it changed or found.
RAID_LEMMAS = frozenset({"raid", "storm", "swoop"})
RAID_CODES = frozenset({"190", "19"})
# Words of harm or fighting that make a raid violence (an attack or a clash, typed as before).
RAID_HARM = frozenset(
    {"kill", "killed", "killing", "dead", "death", "die", "died", "injure", "injured", "wound", "wounded", "hurt",
     "shot", "shoot", "fire", "firing", "clash", "gunfight", "encounter", "exchange", "beat", "beaten", "assault",
     "torture", "tortured", "casualty", "loot", "looted", "ransack", "ransacked", "vandalise", "vandalize", "burn",
     "torch", "rape", "raped", "abduct", "abducted", "bomb", "grenade", "explosion", "blast", "lathi", "baton",
     "tear", "teargas", "protest", "protester", "protesters", "demonstrator", "demonstrators"}
)  # fmt: skip


def quiet_raid(trigger_lemma: str, code: str, by_state_forces: bool, sentence_words: frozenset[str]) -> bool:
    """A raid or storming by the state's forces told with no harm, no fight and no crowd in its sentence:
    ACLED's change to group/activity (a raid with no violence), not an attack."""
    if trigger_lemma not in RAID_LEMMAS or code not in RAID_CODES or not by_state_forces:
        return False
    return not sentence_words & RAID_HARM


# Words of people taken in the raid, told in a way no arrest event of its own was coded for ("in which five
# were held", "the detainees"): ACLED records the raid as the arrests.
RAID_ARRESTS = frozenset(
    {"arrest", "arrested", "detain", "detained", "detainee", "custody", "held", "nab", "nabbed", "apprehend",
     "apprehended", "catch", "caught", "round", "rounded", "pick", "picked", "arrestee", "interrogate",
     "interrogated", "questioning", "question", "questioned"}
)  # fmt: skip


def raid_told_arrests(sentence_words: frozenset[str]) -> bool:
    """A quiet raid whose sentence tells people taken: the arrests are what ACLED records."""
    return bool(sentence_words & RAID_ARRESTS)


def raid_beside_its_outcome(trigger: str, sub_event_type: str | None, sub_types: set[str | None]) -> bool:
    """A quiet raid (typed change to group/activity) told beside another ACLED event: the raid is how the
    arrests, seizures or violence told with it came about, and ACLED records those ("police raided the
    house and arrested three men": arrests)."""
    if sub_event_type != "Change to group/activity" or trigger.casefold() not in RAID_WORDS:
        return False
    return bool(sub_types - {sub_event_type, None})


RAID_WORDS = frozenset({"raid", "raided", "raiding", "raids", "stormed", "storm", "storming", "swooped"})


# Words that tell only a toll: "a grenade blast ... left one dead and 30 injured", "... two were killed".
TOLL_WORDS = frozenset(
    {"injured", "killed", "wounded", "hurt", "dead", "died", "killing", "injuring", "wounding", "maimed"}
)


def toll_of_a_strike(trigger: str, has_source: bool, means_told: bool) -> bool:
    """A harm told with no doer beside a strike named by its means (a grenade, a shell, a bomb, an air
    strike): the strike's toll, not a violence of its own. ACLED names the incident by its means."""
    return means_told and not has_source and trigger.casefold() in TOLL_WORDS


# Verbs of throwing by hand: a bomb thrown is ACLED's grenade ("a grenade or similar hand-thrown explosive"),
# not a remote explosive, which is placed or planted and set off.
THROWING_VERBS = frozenset({"hurl", "throw", "lob", "toss", "fling", "pelt"})
# A fire bomb is no explosive: "petrol bomb", "molotov cocktail" thrown are a crowd's or an arsonist's fire.
FIRE_BOMBS = frozenset({"petrol", "molotov", "kerosene", "fire", "incendiary", "acid"})


def thrown_bomb(trigger_lemma: str, words: set[str]) -> bool:
    """An explosive device thrown by hand ("hurled crude bombs at the house", "threw a hand bomb"):
    ACLED's grenade."""
    return trigger_lemma in THROWING_VERBS and not words & FIRE_BOMBS


# Verbs of bringing a deal about: "elders brokered a truce", "mediated a ceasefire", "clinched a peace deal".
# "Negotiate" is left out: "are negotiating a ceasefire" tells talks, not a deal reached.
DEAL_MAKING_VERBS = frozenset({"broker", "mediate", "clinch", "seal"})
# Deals ACLED records as agreements (its list: ceasefires, peace deals, prisoner exchanges).
DEAL_WORDS = frozenset(
    {"ceasefire", "truce", "peace", "deal", "agreement", "accord", "treaty", "cessation", "pact", "reconciliation"}
)
# Violence a party may agree to stop ("agreed to halt airstrikes", "agreed to stop the shelling").
STOPPABLE_VIOLENCE = frozenset(
    {"airstrike", "strike", "bombing", "bombardment", "shelling", "offensive", "raid", "operation", "hostility",
     "fighting", "attack", "violence", "clash", "war"}
)  # fmt: skip


def deal_brokered(trigger_lemma: str, words: set[str]) -> bool:
    """A truce or peace deal brought about by a go-between or the parties ("elders brokered a truce
    between the two clans"): ACLED's agreement, whoever mediated it."""
    return trigger_lemma in DEAL_MAKING_VERBS and bool(words & DEAL_WORDS)


def flag_march(trigger_lemma: str, words: set[str], by_state_forces: bool) -> bool:
    """A "flag march" is the police's or army's show of force through a tense area (South Asian usage), not a
    demonstration: ACLED's change to group/activity. Read only where the marchers are the state's forces."""
    return trigger_lemma == "march" and "flag" in words and by_state_forces


# "killed a former Maoist who had surrendered to the police", "arrested a man who had escaped from jail": an
# act told in a relative clause, in the past perfect, describes a participant; it happened before the
# text's event and is background to it.
RELATIVE_PAST_BEFORE = re.compile(r"\b(?:who|which|that)\s+had\s+(?:been\s+|earlier\s+|recently\s+|already\s+)?$", re.I)


def told_as_earlier_background(sentence: str, trigger_offset: int | None) -> bool:
    """The trigger is the verb of a past-perfect relative clause ("who had surrendered")."""
    return trigger_offset is not None and RELATIVE_PAST_BEFORE.search(sentence[:trigger_offset]) is not None


# Signs that a device was made safe rather than used: "an unexploded shell", "a controlled explosion", "the
# bomb disposal squad", "defused".
MADE_SAFE = frozenset(
    {"unexploded", "controlled", "disposal", "defuse", "defused", "safely", "disarm", "disarmed", "dispose",
     "disposed", "neutralise", "neutralised", "neutralize", "neutralized", "ordnance", "uxo"}
)  # fmt: skip


def device_made_safe(words: set[str], arms: frozenset[str]) -> bool:
    """A device destroyed or set off to make it safe ("destroyed an unexploded mortar shell in a controlled
    explosion"): ACLED's disrupted weapons use, not the weapon's use."""
    return bool(words & MADE_SAFE and words & arms)


TERRITORY_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
SUPPORTING_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def strike_beside_a_taking(sub_event_type: str | None, sub_types: set[str | None]) -> bool:
    """Air strikes or shelling told beside ground taken ("airstrikes helped ground troops recapture the
    district"): the strikes backed the taking, and ACLED records the place regained or overtaken."""
    return sub_event_type in SUPPORTING_STRIKES and bool(sub_types & TERRITORY_TAKEN)


# Places of armed forces the lexicon's place class leaves out (it serves verbs like "enter", where "entered
# the camp" may be refugees'): "captured the army camp", "seized a military post".
CAPTURED_PLACES = frozenset(
    {"camp", "post", "barracks", "garrison", "station", "stronghold", "fort", "cantonment", "compound", "depot"}
)
CAPTURING_VERBS = frozenset({"capture", "seize"})
# People among the object's words: "captured the commander of the camp" took a person, not the camp. The
# words of armed sides are left out: they name whose camp it is ("a rebel camp", "an army post").
CAPTIVES = frozenset(
    {"man", "men", "woman", "officer", "policeman", "people", "person", "civilian", "member", "commander", "guard",
     "personnel", "hostage", "prisoner", "child", "worker", "leader", "chief"}
)  # fmt: skip


def place_captured(trigger_lemma: str, object_heads: frozenset[str]) -> bool:
    """ "Captured the army camp", "seized a military post": a place of armed forces taken (ACLED territory),
    not people arrested or abducted."""
    if trigger_lemma not in CAPTURING_VERBS:
        return False
    return bool(object_heads & CAPTURED_PLACES) and not object_heads & CAPTIVES


SHOOTING_LEMMAS = frozenset({"fire", "shoot", "open"})
# Harm or a fight told: the shots were aimed at someone after all.
SHOTS_HARM = frozenset(
    {"kill", "killed", "dead", "death", "die", "died", "injure", "injured", "wound", "wounded", "hurt", "casualty",
     "victim", "clash", "gunfight", "exchange", "retaliate", "return", "attack", "attacked", "body"}
)  # fmt: skip


def shots_in_the_air(trigger_lemma: str, words: set[str], sentence_words: frozenset[str]) -> bool:
    """Shots fired into the air or as a warning, with no one hurt and no fight told ("gunmen fired shots in
    the air near the polling station"): no violence against anyone; ACLED records it as "Other"."""
    if trigger_lemma not in SHOOTING_LEMMAS:
        return False
    into_the_air = "air" in words and not words & AIR_AS_A_THING
    aimless = into_the_air or {"warning", "shot"} <= words or {"warning", "shots"} <= words
    return aimless and not sentence_words & SHOTS_HARM


# "Air" naming a thing shot at or with, not the sky: "fired missiles at an air base", "air defences shot
# down drones".
AIR_AS_A_THING = frozenset(
    {"base", "defence", "defences", "defense", "defenses", "force", "missile", "rocket", "drone", "shell", "mortar",
     "artillery", "strike", "jet", "plane", "aircraft", "airport", "field", "raid", "down"}
)  # fmt: skip


# People killed in the burning or destruction: "set fire to a bus carrying passengers, killing seven". The
# nouns "death" and "murder" are left out: they are most often the occasion ("after the death of a leader").
DEATHS = frozenset({"kill", "killed", "killing", "dead", "die", "died", "alive", "charred"})


def destruction_that_killed(sentence_words: frozenset[str], by_ordinary_people: bool) -> bool:
    """Destruction by an armed group or unnamed assailants in which people died: ACLED's attack (violence
    against the people), not property destruction, which ACLED records where no one was hurt. Ordinary
    people who kill are a mob ("residents burned a suspected thief alive"), left to the mob rules."""
    return not by_ordinary_people and bool(sentence_words & DEATHS)


ONE_SIDED_VERBS = frozenset(
    {"kill", "shoot", "shot", "murder", "assassinate", "execute", "behead", "stab", "hack", "slit", "lynch", "gun"}
)
# The state's forces and any side said to fight: named in the sentence, they may be the other armed side.
STATE_SIDE = frozenset(
    {"soldier", "troop", "force", "forces", "army", "police", "policeman", "policemen", "guard", "military",
     "personnel", "patrol", "officer", "jawan", "convoy", "garrison", "unit", "serviceman", "servicemen",
     "gendarme", "commando", "security", "constable", "cop", "crpf", "bsf", "paramilitary", "sepoy", "trooper",
     "ranger", "levies", "checkpoint", "post", "camp", "base", "barracks", "outpost", "picket"}
)  # fmt: skip
FIGHTS = frozenset(
    {"clash", "gunfight", "encounter", "retaliate", "exchange", "return", "firefight", "battle", "fight",
     "fighting", "crossfire", "shootout", "gunbattle", "rival", "ambush", "operation"}
)  # fmt: skip
NON_STATE_DOERS = frozenset(
    {"militant", "militants", "rebel", "rebels", "insurgent", "insurgents", "terrorist", "terrorists", "gunman",
     "gunmen", "jihadist", "jihadists", "maoist", "maoists", "naxal", "naxals", "naxalite", "naxalites",
     "bandit", "bandits", "assailant", "assailants", "attacker", "attackers", "miscreant", "miscreants",
     "herdsman", "herdsmen", "militia", "militiamen", "taliban", "shabaab", "al-shabaab"}
)  # fmt: skip


def one_sided_with_doer_unparsed(trigger_lemma: str, has_source: bool, sentence_words: frozenset[str]) -> bool:
    """Someone killed "by suspected militants" where the parse found no doer ("Ex-sarpanch shot dead by
    suspected militants in Pulwama"): the only armed side the sentence names is the killers', no state's
    force and no fight is named, so the violence is one-sided (ACLED's attack), whoever the victim was."""
    if has_source or trigger_lemma not in ONE_SIDED_VERBS or "by" not in sentence_words:
        return False
    if not sentence_words & NON_STATE_DOERS:
        return False
    return not sentence_words & (STATE_SIDE | FIGHTS)
