"""Where PLOVER's manual types an act otherwise than the CAMEO -> PLOVER table.

The CAMEO code of an event stays as CAMEO defines it (GSR, quad and ACLED read the code); only the
PLOVER type and mode follow the PLOVER 2.0 manual (`sitrep/data/codebooks/plover.yaml` paraphrases it):

- a rescue by the state's armed or police forces ("troops freed 14 hostages") is AID, not RETREAT
  (RETREAT `release` is the captor letting captives go: "Hamas released four hostages");
- money released or disbursed to someone ("released $500 million in funds to Ukraine") is AID; frozen
  or seized assets given back stay RETREAT;
- a resignation ("the minister resigned", "stepped down", "quit") is RETREAT `resign`, which the
  manual names as a mode, where the CAMEO table gives 0831's CONCEDE;
- lifting a curfew or a state of emergency (CAMEO 0813/0814) is CONCEDE ("removing curfews"); a
  ceasefire declared is CONCEDE and one agreed to is AGREE, only a ceasefire kept is RETREAT `ceasefire`;
- a conviction (CAMEO 116, ACCUSE in the table) is SANCTION `convict`, and COERCE `arrest` when it sends
  to prison; an arrest warrant ("issued an arrest warrant") is THREATEN `arrest`;
- combatants captured in a conflict ("rebels captured 20 soldiers"; CAMEO 173) are ASSAULT `abduct`, and
  barring a person or group from entering the territory (CAMEO 172) is REJECT, as the manual's COERCE section says;
  expelling an entity from a group or organisation (CAMEO 174) is SANCTION `expel` (the manual's SANCTION section;
  its REJECT for cancelled meetings was tried and cost PLOVER a record: the set keeps CAMEO's 16x there);
- international sanctions, embargoes, tariffs and boycotts one party imposes on another (CAMEO 163, COERCE
  `restrict` in the table) are SANCTION `discontinue`: "International (political or economic) sanctions are coded
  as `discontinue'"; COERCE `restrict` is kept for restrictions on people's freedoms or movement. Incident
  clustering groups the two as measures (``sitrep.analysis.incidents.TYPE_GROUPS``) and the escalation ladder puts
  both on one rung, so the retyping moves neither.
"""

from __future__ import annotations

from spacy.tokens import Token

# The state's forces, whose freeing of captives is a rescue.
RESCUERS = frozenset(
    {"police", "policeman", "officer", "troop", "soldier", "army", "military", "force", "commando", "marine",
     "navy", "guard", "unit", "agent", "gendarme", "gendarmerie", "authority", "paratrooper", "sf"}
)  # fmt: skip
# Words on the freed that name them as someone's captives or victims rather than one's own prisoners.
CAPTIVES = frozenset(
    {"hostage", "victim", "captive", "kidnap", "kidnapped", "abduct", "abducted", "abductee", "trafficking",
     "trafficked", "enslaved", "slave", "kidnapping", "abduction", "hijack", "hijacked", "hijacking"}
)  # fmt: skip
_FREEING = frozenset({"free", "liberate", "release"})
_RESIGNING = frozenset({"resign", "quit"})
_DECLARING = frozenset({"declare", "announce", "proclaim", "unveil"})
_AGREEING = frozenset({"agree", "reach", "accept", "sign", "strike", "broker", "seal", "conclude"})
_PRISON_WORDS = frozenset({"prison", "jail", "imprisonment", "gaol", "detention", "penitentiary"})


def plover_reading(
    code: str,
    trigger_lemma: str,
    refined_by: str | None,
    source_words: frozenset[str],
    object_words: frozenset[str],
    governor: str | None = None,
    clause_words: frozenset[str] = frozenset(),
) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) the manual gives this act where it differs from the CAMEO table, else None."""
    if code == "0841" and trigger_lemma in _FREEING and source_words & RESCUERS and object_words & CAPTIVES:
        return "AID", None
    if code in {"0841", "0842"} and trigger_lemma in {"release", "disburse"} and _paid_out(clause_words):
        return "AID", None  # "released $500 million in funds to Ukraine": money given, not property returned
    if code == "0831" and (trigger_lemma in _RESIGNING or (trigger_lemma == "step" and refined_by == "down")):
        return "RETREAT", "resign"
    if code in {"0813", "0814"}:
        return "CONCEDE", None  # "removing curfews", easing legal restrictions: verbal concessions
    if code == "0871" and {trigger_lemma, governor} & _DECLARING:
        return "CONCEDE", None  # "declarations (but not implementations) of ceasefires"
    if code == "0871" and {trigger_lemma, governor} & _AGREEING:
        return "AGREE", None  # agreeing to a truce promises it
    if code == "116":
        # a conviction is SANCTION `convict`; one that sends to prison is also COERCE `arrest`
        return ("COERCE", "arrest") if clause_words & _PRISON_WORDS else ("SANCTION", "convict")
    if code == "163":
        return "SANCTION", "discontinue"  # the manual's mode for international sanctions, embargoes and tariffs
    if code.startswith("173") and "warrant" in clause_words:
        return "THREATEN", "arrest"  # "Issuing an in-absentia arrest should be coded as a THREAT `arrest`"
    if code.startswith("173") and trigger_lemma in _CAPTURING and object_words & COMBATANTS:
        return "ASSAULT", "abduct"  # "Combatants captured during conflict should be coded as ASSAULT `abduct`"
    if code.startswith("172") and trigger_lemma in _BARRING and clause_words & _ENTRY_WORDS:
        return "REJECT", None  # "bars a group or organization from entering its territory": REJECT
    if code.startswith("174") and clause_words & _BODIES:
        return "SANCTION", "expel"  # "expel an entity from a group, organization, political party"
    return None


# Groups an entity is expelled from (not a country, where an expulsion is COERCE's deportation).
_BODIES = frozenset(
    {"organisation", "organization", "bloc", "alliance", "union", "league", "party", "group", "federation",
     "commonwealth", "council", "assembly", "body", "grouping", "coalition", "movement", "association"}
)  # fmt: skip


# Combatants, whose capture in a conflict is an armed act, not an arrest.
COMBATANTS = frozenset(
    {"soldier", "troop", "fighter", "militant", "rebel", "insurgent", "serviceman", "servicemen", "marine",
     "paratrooper", "militiaman", "militiamen", "combatant", "guerrilla", "jihadist", "mercenary", "officer", "pilot"}
)  # fmt: skip
_CAPTURING = frozenset({"capture", "seize", "take", "grab", "nab", "abduct", "kidnap"})
_BARRING = frozenset({"ban", "bar", "block", "prevent", "stop", "forbid", "prohibit"})
_ENTRY_WORDS = frozenset({"enter", "entering", "entry", "land", "landing", "visit", "visiting"})


_MONEY = frozenset({"fund", "funds", "funding", "money", "grant", "loan", "tranche", "aid", "million", "billion"})
_HELD_BACK = frozenset({"frozen", "freeze", "seized", "seize", "confiscated", "blocked", "impounded", "withheld"})


def _paid_out(clause_words: frozenset[str]) -> bool:
    """Money released to someone, not assets held back from their owner ("released frozen Iranian funds")."""
    return bool(clause_words & _MONEY) and not clause_words & _HELD_BACK


# Words of a clause that make a deployment or drill something other than posturing.
JOINT_WORDS = frozenset({"joint", "jointly", "together"})
DRILL_WORDS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "war-game", "wargame", "patrol"})
DISASTER_WORDS = frozenset(
    {"flood", "floods", "flooding", "earthquake", "quake", "cyclone", "hurricane", "typhoon", "landslide",
     "wildfire", "tsunami", "drought", "disaster", "relief", "evacuation", "evacuate", "storm"}
)  # fmt: skip


# Words that make "relief" an easing of measures, not disaster relief: "sanctions relief", "debt relief".
_MEASURE_WORDS = frozenset({"sanction", "sanctions", "debt", "debts", "tax", "tariff", "tariffs"})


def _relief_of_measures(clause_words: frozenset[str]) -> frozenset[str]:
    return frozenset({"relief"}) if clause_words & _MEASURE_WORDS else frozenset()


def recoded_mobilisation(code: str, clause_words: frozenset[str]) -> str | None:
    """The CAMEO code of a military move (15x) that the manual does not count as posturing, else None.

    Joint exercises are military cooperation (CAMEO 062, PLOVER COOPERATE: "joint military games and
    maneuvers"); forces mobilised for disaster relief are aid (073, PLOVER AID).
    """
    if code[:2] != "15":
        return None
    if clause_words & DISASTER_WORDS - _relief_of_measures(clause_words):
        return "073"
    if clause_words & JOINT_WORDS and clause_words & DRILL_WORDS:
        return "062"
    return None


# Roots whose future act is announced by the very people who will do it, whatever words announce it:
# a protest or strike to come ("doctors are expected to strike next week", "a march planned for Friday")
# is a threat of protest (CAMEO 133, PLOVER THREATEN `restrict`: "strikes, boycotts"), and an
# investigation to come is investigating (CAMEO 09).
_SELF_ANNOUNCED_ROOTS = frozenset({"14", "09"})


def announced_by_its_doers(code: str, future: bool, hypothetical: bool, has_doer: bool) -> bool:
    """True when a future act of this code is a statement of intent even with no "will" or "plan to".

    Only organised protest is announced: unrest and riots (CAMEO 145) are no one's plan unless their doers
    are named ("a summit on the unrest in Iran" threatens nothing). An investigation to come ("the deaths
    will be investigated") is announced by the authorities whether or not the sentence names them.
    """
    if not future or hypothetical or code[:2] not in _SELF_ANNOUNCED_ROOTS:
        return False
    return has_doer or not code.startswith("145")


# Verbs that act on a protest (break it up, forbid it, call it off): a protest that is their object is no
# one's announced act ("police fired tear gas to disperse a march").
_ACTING_ON_PROTEST = frozenset(
    {"disperse", "break", "ban", "forbid", "prohibit", "outlaw", "prevent", "stop", "block", "suppress", "crush",
     "quell", "attack", "cancel", "postpone", "halt", "suspend", "end", "call", "scatter", "storm", "raid", "clear"}
)  # fmt: skip


def announced_noun(noun: Token) -> bool:
    """Is this event noun told as an act of its own, not as what another acts on ("to disperse a march")?

    "Called off the strike" is acting on it; "called for a strike" announces it (its preposition is "for").
    """
    if noun.dep_ == "dobj":
        return noun.head.lemma_.casefold() not in _ACTING_ON_PROTEST
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "against"}:
        return noun.head.head.lemma_.casefold() not in _ACTING_ON_PROTEST  # "cracked down on the protest"
    return True


def renounced_force_code(code: str) -> str | None:
    """The code of stating that one will not use force ("will not attack", "pledged not to shell the town").

    CAMEO has no refusal of violence; promising restraint is the intent to de-escalate (0356, PLOVER AGREE:
    "promise or otherwise indicate willingness or commitment to cooperate").
    """
    return "0356" if code[:2] in {"18", "19", "20"} else None
