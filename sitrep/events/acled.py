"""ACLED event type and sub-event type of a coded event, for political violence, protest and the
strategic developments ACLED records (arrests, agreements, looting, troop movements, territory).

The type follows from the CAMEO code and what the clause says: the weapon, who acted (a crowd, the
state's forces, a non-state group), who the target is (civilians, protesters, armed men), whether
territory changed hands. Events outside ACLED's scope (statements, visits, most diplomacy) get ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.events import cues
from sitrep.model import ActorRef

ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "COP", "SPY", "PMC", "PRM"})
CIVILIAN_SECTORS = frozenset({"CVL", "JRN", "REF", "HLH", "EDU", "REL", "AGR", "BUS", "LAB", "MED", "NGO"})
REGAIN_WORDS = frozenset({"retake", "recapture", "regain", "liberate", "reclaim", "recover", "back", "reoccupy"})
REGAIN_CLAUSE_WORDS = frozenset(
    {"regain", "recapture", "retake", "liberate", "reclaim", "regained", "recaptured", "retook", "retaken",
     "liberated", "reclaimed"}
)  # fmt: skip
STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})
NON_STATE_WORDS = frozenset(
    {"militant", "rebel", "insurgent", "jihadist", "fighter", "militia", "taliban", "terrorist", "gunman",
     "gunmen", "extremist", "separatist", "islamist", "shabaab", "al-shabaab", "isis", "isil"}
)  # fmt: skip
ARMED_WORDS = frozenset(
    {"soldier", "troop", "force", "army", "fighter", "militant", "rebel", "police", "position", "base",
     "checkpoint", "convoy", "militia", "insurgent", "guard", "military", "jihadist", "post", "policeman",
     "personnel", "patrol", "garrison", "unit", "officer", "terrorist", "barracks", "outpost"}
)  # fmt: skip
AGREEMENT_WORDS = frozenset(
    {"ceasefire", "truce", "peace", "deal", "agreement", "accord", "treaty", "exchange", "swap"}
)
# ACLED's sexual violence is any violence of a sexual nature, whatever code the verb gave it.
SEXUAL_WORDS = frozenset({"rape", "raped", "sexual", "sexually", "gang-rape", "gang-raped"})
# Signs that the bomber died with the bomb ("blew himself up", "an explosive vest"): ACLED's suicide bomb.
SELF_DETONATION = frozenset({"himself", "herself", "themselves", "vest", "belt", "strapped", "laden"})
# Signs of a forced disappearance rather than an arrest: no lawful custody, no whereabouts.
DISAPPEARANCE_WORDS = frozenset(
    {"disappear", "disappeared", "disappearance", "missing", "whereabouts", "abduct", "kidnap", "unknown"}
)
# Aircraft proper; "air" alone also names an air base or air defence, which a missile can target.
AIRCRAFT_WORDS = cues.AIR - {"air", "plane", "airplane"}
AIR_ATTACK_WORDS = frozenset({"strike", "raid", "bombing", "bombardment", "force", "attack", "campaign"})
GROUND_FIRE_WORDS = frozenset({"missile", "rocket", "shell", "mortar", "artillery", "howitzer", "ballistic"})
# Handling the device safely ("defused", "a controlled explosion"): the weapon was disrupted, not used.
SAFE_HANDLING = frozenset(
    {"defuse", "safely", "controlled", "disarm", "dismantle", "neutralise", "neutralize", "found"}
)


@dataclass(frozen=True, slots=True)
class AcledContext:
    """What the ACLED typing needs to know about an event besides its code."""

    code: str
    trigger_lemma: str
    words: set[str]  # lemmas of the clause
    source: list[ActorRef]
    target: list[ActorRef]
    target_words: set[str]  # lemmas of the target phrase
    source_words: frozenset[str] = frozenset()  # lemmas of the source phrase
    object_words: frozenset[str] = frozenset()  # lemmas of the verb's object
    sentence_words: frozenset[str] = frozenset()  # lemmas of the whole sentence, for the setting
    # lemmas of the object's own words: its head, modifiers and what it is "of" ("a convoy of traders"),
    # not the place phrases hanging off it ("a man at a checkpoint")
    object_heads: frozenset[str] = frozenset()


def _sectors(actors: list[ActorRef]) -> set[str]:
    return {actor.sector for actor in actors if actor.sector}


def _target_is_civilian(context: AcledContext) -> bool:
    sectors = _sectors(context.target)
    if sectors & ARMED_SECTORS or context.target_words & ARMED_WORDS:
        return False
    if sectors & CIVILIAN_SECTORS:
        return True
    return bool(context.target_words & cues.CIVILIANS)


def _source_is_crowd(context: AcledContext) -> bool:
    return bool(context.source_words & cues.CROWD_ACTORS)


def _source_is_people(context: AcledContext) -> bool:
    """Ordinary people using violence (protesters, villagers, a mob), not an organised armed group."""
    if _sectors(context.source) & ARMED_SECTORS or context.source_words & (ARMED_WORDS | NON_STATE_WORDS):
        return False
    return bool(context.source_words & CROWD_SOURCE_WORDS)


def _source_is_state_force(context: AcledContext) -> bool:
    if _sectors(context.source) & {"COP", "MIL", "SPY"}:
        return True
    return bool(context.source_words & cues.STATE_FORCE_WORDS) and not context.source_words & NON_STATE_WORDS


def acled_type(context: AcledContext) -> tuple[str, str] | None:
    """(ACLED event type, sub-event type), or ``None`` where ACLED would not record the event."""
    code, words = context.code, context.words
    root = code[:2]
    weapon = _weapon(words, context.sentence_words)
    protest_setting = _protest_words(words | context.sentence_words) or bool(context.target_words & cues.CROWD_ACTORS)
    if root == "14":
        if _source_is_state_force(context) and protest_setting:
            return _intervention_type(words)
        if _state_intervened(context.sentence_words):
            # "security forces broke up a demonstration by ...": the protest is the trigger, the
            # intervention is told around it
            return _intervention_type(words | context.sentence_words)
        # "protests erupted ..., with banks set ablaze": the violence may be told beside the protest
        return _protest_type(code, words | (context.sentence_words & cues.RIOT))
    if code == "175":
        if protest_setting or words & cues.CROWD_ACTORS:
            return _intervention_type(words)
        return ("Violence against civilians", "Attack")
    if code == "173":
        if protest_setting:
            return ("Protests", "Protest with intervention")
        if _disappeared(context):
            return ("Violence against civilians", "Abduction/forced disappearance")
        return ("Strategic developments", "Arrests")
    if code.startswith("181") or code == "184":
        return ("Violence against civilians", "Abduction/forced disappearance")
    if code in {"1711", "171"} and context.trigger_lemma in {"seize", "grab", "take"} and _people(context.object_words):
        return ("Violence against civilians", "Abduction/forced disappearance")  # "seized two doctors"
    if code == "1821":
        return ("Violence against civilians", "Sexual violence")
    if code in {"1711", "171"}:
        if (context.object_words | words) & cues.ARMS or context.trigger_lemma in {"defuse", "intercept"}:
            return ("Strategic developments", "Disrupted weapons use")
        return ("Strategic developments", "Looting/property destruction")
    if code == "1712":
        if weapon in {"air", "artillery"}:
            return _remote_type(weapon)
        if context.object_words & cues.ARMS:
            return ("Strategic developments", "Disrupted weapons use")  # "destroyed a bomb-making workshop"
        if _source_is_crowd(context) or protest_setting:
            return ("Riots", "Violent demonstration")
        return ("Strategic developments", "Looting/property destruction")
    handed = context.object_words or words  # what was handed over ("handed over the base to the army")
    handed_place = context.trigger_lemma in HANDOVER_VERBS and bool(handed & PLACE_WORDS) and not _people(handed)
    if code in {"0841", "0842"} and handed_place and not words & AGREEMENT_WORDS:
        # "handed over the base to the army": a place changes hands without a fight (ACLED)
        return ("Strategic developments", "Non-violent transfer of territory")
    if code in {"0841", "0842"} and context.object_words & MONEY_WORDS and not _people(context.object_words):
        return None  # "released $500 million in funds": a payment, which ACLED does not record
    if code in {"057", "0871", "0841", "0842", "037", "0356"} or (root == "03" and words & AGREEMENT_WORDS):
        return ("Strategic developments", "Agreement")
    if code in {"0874", "087"} and context.trigger_lemma in {"withdraw", "pull", "vacate", "retreat", "evacuate"}:
        return ("Strategic developments", "Non-violent transfer of territory")
    if code == "1723" and not protest_setting:
        # "the army imposed a curfew on the city": a change in how the side operates, no violence yet
        return ("Strategic developments", "Change to group/activity")
    if root == "15" or code in {"154", "0873", "0874", "087"}:
        if words & {
            "base",
            "headquarters",
            "post",
            "outpost",
            "checkpoint",
            "camp",
            "garrison",
        } and context.trigger_lemma in {"establish", "set", "build", "open"}:
            return ("Strategic developments", "Headquarters or base established")
        return ("Strategic developments", "Change to group/activity")
    if code == "191" and context.trigger_lemma in RESTRICTING_VERBS:
        # "closed its border", "sealed off the town": movement is restricted, no ground changes hands and
        # no one fights; like a curfew, a change in how the side operates
        return ("Strategic developments", "Change to group/activity")
    if code in {"192", "191"}:
        return _territory_type(context)
    if root in {"18", "19", "20"}:
        if words & SEXUAL_WORDS and weapon not in {"air", "artillery", "explosive"}:  # "sexually assaulted"
            return ("Violence against civilians", "Sexual violence")
        if context.trigger_lemma in OPERATION_NOUNS and not context.sentence_words & VIOLENT_OUTCOMES:
            # "troops carried out a clearance operation in the district": ACLED records the armed
            # group's activity, not a battle, until the sentence tells of fighting or harm
            return ("Strategic developments", "Change to group/activity")
        if code.startswith("183") and words & SAFE_HANDLING and words & cues.ARMS:
            return ("Strategic developments", "Disrupted weapons use")  # "police safely detonated the bomb"
        return _violence_type(context, weapon, protest_setting)
    return None


PEOPLE_WORDS = frozenset(
    {"doctor", "nurse", "worker", "teacher", "student", "pupil", "journalist", "priest", "nun", "child", "woman",
     "man", "girl", "boy", "villager", "passenger", "tourist", "engineer", "official", "hostage", "people",
     "civilian", "farmer", "trader", "pastor", "employee", "contractor", "national", "citizen", "member"}
)  # fmt: skip
NON_STATE_SECTORS = frozenset({"REB", "UAF", "INS", "PRM"})
# Places and positions whose handing over is a transfer of territory.
PLACE_WORDS = frozenset(
    {"base", "camp", "town", "city", "district", "post", "outpost", "position", "territory", "control", "village",
     "airport", "area", "region", "checkpoint", "garrison", "barracks", "crossing", "province"}
)  # fmt: skip
OPERATION_NOUNS = frozenset({"operation", "sweep", "patrol"})
MONEY_WORDS = frozenset({"fund", "funds", "funding", "money", "loan", "tranche", "grant", "$", "million", "billion"})
# Verbs of closing a border or place (CAMEO 191 through their objects), which take no territory.
RESTRICTING_VERBS = frozenset({"close", "shut", "seal", "block"})
VIOLENT_OUTCOMES = frozenset(
    {"kill", "killed", "dead", "death", "die", "wound", "wounded", "injure", "injured", "clash", "fight",
     "fighting", "battle", "exchange", "fire", "shoot", "shot", "attack", "ambush", "neutralise", "neutralize",
     "bomb", "strike", "shell", "capture", "arrest", "detain", "seize", "destroy", "burn"}
)  # fmt: skip
HANDOVER_VERBS = frozenset({"hand", "cede", "transfer", "return", "give", "surrender", "turn"})
# A crowd of ordinary people as the side using violence: with no demonstration, ACLED's mob violence.
CROWD_SOURCE_WORDS = cues.CROWD_ACTORS | {"villager", "resident", "vigilante", "mob", "youth", "supporter", "local"}
# Nouns that name an explosive device; "roadside" or "car" alone ("killed at a roadside checkpoint") do not.
EXPLOSIVE_NOUNS = frozenset(
    {"ied", "landmine", "explosive", "bomb", "explosion", "blast", "detonate", "explode", "device", "mine",
     "bombing", "booby", "blow", "exploded", "detonated", "vbied"}
)  # fmt: skip
SUICIDE_COMPANIONS = frozenset(
    {"bomb", "bomber", "bombing", "attack", "attacker", "blast", "explosion", "vest", "detonate", "blow", "car",
     "truck", "assailant"}
)  # fmt: skip
LONE_ATTACKER_WORDS = frozenset({"man", "attacker", "assailant", "unidentified", "unknown", "gunman", "gunmen"})
# A peaceful march "against violence": the riot words name the cause, not what the crowd did.
PEACEFUL_WORDS = frozenset({"peaceful", "peacefully"})
TOPICAL_RIOT_WORDS = frozenset({"violence", "violent", "unrest", "clash", "riot"})
# Words that set a scene of protest. The bare word "march" reads the same as the month in a lemma set
# ("On 3 March, troops clashed with ..."), so it counts only beside people who march or a peaceful one.
PROTEST_CUES = (cues.PROTEST - {"march"}) | {"marched", "marching", "marches", "marchers"}
MARCH_COMPANIONS = frozenset(
    {"peaceful", "activist", "supporter", "student", "worker", "thousand", "hundred", "crowd", "participant",
     "woman", "farmer", "teacher", "youth", "opposition", "people", "resident"}
)  # fmt: skip


def _protest_words(words: set[str] | frozenset[str]) -> bool:
    return bool(words & PROTEST_CUES) or ("march" in words and bool(words & MARCH_COMPANIONS))


VICTIM_WORDS = PEOPLE_WORDS | {
    "defender", "activist", "leader", "chief", "elder", "politician", "candidate", "councillor", "mayor", "lawyer",
    "judge", "cleric", "imam", "herder", "driver", "traveller", "traveler", "relative", "son", "daughter",
    "wife", "husband", "mother", "father", "resident", "shepherd", "fisherman", "miner", "trader", "vendor",
    "family", "motorist", "worshipper", "pilgrim", "mourner", "shopper", "guest", "refugee", "migrant", "voter",
}  # fmt: skip


def _unarmed_victims(context: AcledContext) -> bool:
    """Violence on people who are not said to be armed: ACLED's attack, one-sided. With no parsed target
    ("a lawyer was shot dead by gunmen"), or one that names only a place ("killed 12 people in a raid on
    Beni", "an attack on a village ... left 20 dead"), the clause's words other than the doer's are read."""
    if _sectors(context.target) & ARMED_SECTORS or context.target_words & (ARMED_WORDS | NON_STATE_WORDS):
        return False
    if context.target_words & VICTIM_WORDS:
        return True
    if context.target_words & PEOPLE_NOUNS:
        return False  # people the lists do not know (a "suspect", "officials"): not read as unarmed here
    others = context.words - context.source_words
    return not others & (ARMED_WORDS | NON_STATE_WORDS) and bool(others & (VICTIM_WORDS | CIVILIAN_PLACES))


# Places where the people hit are non-combatants ("an attack on a village", "a raid on a market").
CIVILIAN_PLACES = frozenset(
    {"village", "home", "house", "market", "marketplace", "school", "hospital", "church", "mosque", "wedding",
     "funeral", "neighbourhood", "neighborhood", "residence", "household", "hamlet"}
)  # fmt: skip
# Nouns for people whose being armed the sentence may leave open.
PEOPLE_NOUNS = frozenset({"suspect", "official", "officer", "guard", "agent", "man", "men", "member", "leader"})


def _people(words: frozenset[str] | set[str]) -> bool:
    return bool(words & PEOPLE_WORDS)


def _disappeared(context: AcledContext) -> bool:
    """An "arrest" by a non-state group, by unidentified men, or after which the person vanished."""
    if _sectors(context.source) & NON_STATE_SECTORS or context.source_words & NON_STATE_WORDS:
        return True
    if context.source_words & {"unidentified", "unknown", "gunman", "gunmen", "kidnapper", "abductor"}:
        return True
    return bool((context.words | context.sentence_words) & DISAPPEARANCE_WORDS)


STRONG_INTERVENTION = frozenset(
    {"disperse", "tear", "teargas", "baton", "pepper", "rubber", "drag", "forcibly", "crackdown", "cannon"}
)


def _state_intervened(sentence_words: frozenset[str]) -> bool:
    """The sentence tells of the state's forces acting on the crowd (dispersing, tear gas, arrests)."""
    if not sentence_words & cues.STATE_FORCE_WORDS - {"riot"} and "gendarme" not in sentence_words:
        return False
    if sentence_words & STRONG_INTERVENTION:
        return True
    return bool(sentence_words & {"arrest", "detain"}) or {"break", "up"} <= sentence_words


EXCESSIVE_FORCE = frozenset(
    {"injure", "wound", "injured", "wounded", "bullet", "round", "ammunition", "violently", "beat", "brutally",
     "brutal", "beating"}
)  # fmt: skip


def _weapon(words: set[str], sentence_words: frozenset[str] = frozenset()) -> str | None:
    """The clause's weapon (``cues.weapon_of``), corrected where ACLED's sub-types need more care."""
    weapon = cues.weapon_of(words)
    if words & {"himself", "herself", "themselves"} and words & {"blow", "blew"}:
        return "suicide"  # "a man blew himself up"
    if weapon == "explosive" and not words & EXPLOSIVE_NOUNS:
        # "killed at a roadside checkpoint", "shot the driver of a car": a setting, no device
        weapon = "small_arms" if words & cues.SMALL_ARMS or {"open", "fire"} <= words else None
    if (
        weapon in {None, "small_arms", "explosive"}
        and sentence_words & cues.SUICIDE
        and sentence_words & SUICIDE_COMPANIONS
    ):
        return "suicide"  # ACLED codes a suicide attack as a suicide bomb even where gunmen follow the bomber in
    if weapon == "air" and not words & AIRCRAFT_WORDS and not words & AIR_ATTACK_WORDS:
        # "air" without an aircraft: "fired missiles at an air base", "fired shots into the air"
        if words & GROUND_FIRE_WORDS:
            return "artillery"
        if words & cues.SMALL_ARMS or {"open", "fire"} <= words or "fire" in words:
            return "small_arms"
    if weapon == "explosive" and words & SELF_DETONATION and words & {"blow", "blew", "detonate", "explosive"}:
        return "suicide"  # "blew himself up", "detonated an explosive vest"
    return weapon


def _intervention_type(words: set[str]) -> tuple[str, str]:
    if words & cues.LETHAL or words & EXCESSIVE_FORCE:
        return ("Protests", "Excessive force against protesters")
    return ("Protests", "Protest with intervention")


def _protest_type(code: str, words: set[str]) -> tuple[str, str]:
    riot = words & cues.RIOT
    if words & PEACEFUL_WORDS:
        riot -= TOPICAL_RIOT_WORDS  # "a peaceful march against violence"
    if code.startswith("145") or riot:
        if words & cues.MOB:
            return ("Riots", "Mob violence")
        return ("Riots", "Violent demonstration")
    if words & cues.INTERVENTION or (words & {"police", "security"} and words & {"fire", "arrest", "detain"}):
        return _intervention_type(words)
    return ("Protests", "Peaceful protest")


def _remote_type(weapon: str | None) -> tuple[str, str]:
    sub = {
        "chemical": "Chemical weapon",
        "air": "Air/drone strike",
        "artillery": "Shelling/artillery/missile attack",
        "suicide": "Suicide bomb",
        "grenade": "Grenade",
        "explosive": "Remote explosive/landmine/IED",
    }.get(weapon or "", "Shelling/artillery/missile attack")
    return ("Explosions/Remote violence", sub)


def _territory_type(context: AcledContext) -> tuple[str, str]:
    if context.trigger_lemma in REGAIN_WORDS or context.words & REGAIN_CLAUSE_WORDS:
        return ("Battles", "Government regains territory")
    if "back" in context.words and context.trigger_lemma in {"take", "seize", "capture", "win"}:  # "seized back"
        return ("Battles", "Government regains territory")
    sectors = _sectors(context.source)
    non_state = bool(sectors & {"REB", "UAF", "INS", "PRM"}) or bool(context.source_words & NON_STATE_WORDS)
    if non_state:
        return ("Battles", "Non-state actor overtakes territory")
    if sectors & STATE_SECTORS or context.source_words & {"army", "government", "troop", "soldier", "military"}:
        target_sectors = _sectors(context.target)
        source_countries = {actor.country for actor in context.source if actor.country}
        target_countries = {actor.country for actor in context.target if actor.country}
        foreign = bool(target_countries) and not target_countries & source_countries
        if foreign and not target_sectors & {"REB", "UAF", "INS"}:
            return ("Battles", "Armed clash")  # one state's forces taking another's land
        # the state's forces taking a place of their own country: territory regained (from whoever held it)
        return ("Battles", "Government regains territory")
    return ("Battles", "Armed clash")


CLASH_TRIGGERS = frozenset(
    {
        "clash",
        "fight",
        "battle",
        "skirmish",
        "firefight",
        "gunfight",
        "fighting",
        "repel",
        "repulse",
        "engage",
        "ambush",
        "exchange",
        "shootout",
        "hostility",
    }
)


def _violence_type(context: AcledContext, weapon: str | None, protest_setting: bool) -> tuple[str, str]:
    code, words = context.code, context.words
    if code in {"2041"} or weapon == "chemical":
        return _remote_type("chemical")
    aimed_at_weapons = bool(
        words & {"missile", "drone", "rocket", "uav", "projectile"} or context.object_words & cues.ARMS
    )
    disrupting = context.trigger_lemma in {"intercept", "down", "neutralize", "neutralise", "thwart", "foil", "defuse"}
    if (
        context.trigger_lemma in cues.INTERCEPTION
        and aimed_at_weapons
        and (disrupting or words & {"down", "intercept"})
    ):
        return ("Strategic developments", "Disrupted weapons use")
    if _source_is_people(context):
        # ACLED: demonstrators turning violent riot in a violent demonstration; a crowd with no
        # demonstration (a lynching, a communal fight) commits mob violence
        return ("Riots", "Violent demonstration") if protest_setting else ("Riots", "Mob violence")
    if protest_setting and context.trigger_lemma in CLASH_TRIGGERS:
        return ("Riots", "Violent demonstration")  # police and protesters clashing
    # a crowd fired on by a side the sentence does not name ("they fired on a crowd of protesters")
    crowd_targeted = (
        (_protest_words(context.target_words) or bool(context.target_words & cues.CROWD_ACTORS))
        and weapon in {None, "small_arms"}
        and not context.source_words & (NON_STATE_WORDS | LONE_ATTACKER_WORDS)
    )
    if protest_setting and (_source_is_state_force(context) or words & cues.INTERVENTION or crowd_targeted):
        return _intervention_type(words)
    personal = code in {"182", "1822", "1823", "186", "185"}
    device = code.startswith("183") and (bool(words & EXPLOSIVE_NOUNS) or weapon == "suicide")
    if device or (weapon in {"suicide", "explosive", "grenade", "air", "artillery"} and not personal):
        return _remote_type(weapon if weapon else "explosive")
    if (words - context.target_words) & cues.MOB:  # a crowd shot at is no mob
        return ("Riots", "Mob violence")
    if context.trigger_lemma in CLASH_TRIGGERS and not (
        context.trigger_lemma == "ambush" and _object_is_unarmed(context)
    ):  # "ambushed a convoy of traders" is one-sided
        return _regained_or(context, ("Battles", "Armed clash"))
    if personal or code in {"200", "202", "203", "201"}:
        return ("Violence against civilians", "Attack")
    if _target_is_civilian(context) or _unarmed_victims(context) or _object_is_unarmed(context):
        return ("Violence against civilians", "Attack")
    return _regained_or(context, ("Battles", "Armed clash"))


def _object_is_unarmed(context: AcledContext) -> bool:
    """'police shot dead a man at a checkpoint', 'ambushed a convoy of traders': the ones the violence was
    done to (the direct object) are people not said to be armed, whatever the place phrase the parse took
    as the target."""
    heads = context.object_heads
    armed = (ARMED_WORDS - {"convoy"}) | NON_STATE_WORDS | (PEOPLE_NOUNS - {"man", "men"})
    return bool(heads & VICTIM_WORDS) and not heads & armed


def _regained_or(context: AcledContext, clash: tuple[str, str]) -> tuple[str, str]:
    """ACLED codes the fighting by which the state's forces retake a place as the regaining itself:
    "troops regained control of the town after clashes with the rebels"."""
    if context.sentence_words & REGAIN_CLAUSE_WORDS and context.sentence_words & (PLACE_WORDS | {"hill", "road"}):
        return ("Battles", "Government regains territory")
    return clash
