"""ACLED event type and sub-event type of a coded event, for political violence, protest and the
strategic developments ACLED records (arrests, agreements, looting, troop movements, territory).

The type follows from the CAMEO code and what the clause says: the weapon, who acted (a crowd, the
state's forces, a non-state group), who the target is (civilians, protesters, armed men), whether
territory changed hands. Events outside ACLED's scope (statements, visits, most diplomacy) get ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sitrep.events import acled_protest, acled_violence, cues
from sitrep.model import ActorRef

ARMED_SECTORS = cues.ARMED_SECTORS
CIVILIAN_SECTORS = frozenset({"CVL", "JRN", "REF", "HLH", "EDU", "REL", "AGR", "BUS", "LAB", "MED", "NGO"})
# "reoccupie": the lemmatizer's form of "reoccupied"
REGAIN_WORDS = frozenset(
    {"retake", "recapture", "regain", "liberate", "reclaim", "recover", "back", "reoccupy", "reoccupie", "free"}
)
REGAIN_CLAUSE_WORDS = frozenset(
    {"regain", "recapture", "retake", "liberate", "reclaim", "regained", "recaptured", "retook", "retaken",
     "liberated", "reclaimed", "reoccupy", "reoccupied", "reoccupie"}
)  # fmt: skip
STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})
NON_STATE_WORDS = frozenset(
    {"militant", "rebel", "insurgent", "jihadist", "fighter", "militia", "taliban", "terrorist", "gunman",
     "gunmen", "extremist", "separatist", "islamist", "shabaab", "al-shabaab", "isis", "isil"}
)  # fmt: skip
ARMED_WORDS = frozenset(
    {"soldier", "troop", "force", "army", "fighter", "militant", "rebel", "police", "position", "base",
     "checkpoint", "convoy", "militia", "insurgent", "guard", "military", "jihadist", "post", "policeman",
     "personnel", "patrol", "garrison", "unit", "officer", "terrorist", "barracks", "outpost", "jawan"}
)  # fmt: skip
AGREEMENT_WORDS = frozenset(
    {"ceasefire", "truce", "peace", "deal", "agreement", "accord", "treaty", "exchange", "swap", "cessation"}
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
    # the same for the target phrase: "a labourer near the army camp" gives labourer, not army
    target_heads: frozenset[str] = frozenset()


def _sectors(actors: list[ActorRef]) -> set[str]:
    return {actor.sector for actor in actors if actor.sector}


def _target_is_civilian(context: AcledContext) -> bool:
    sectors = _sectors(context.target)
    if sectors & ARMED_SECTORS or context.target_words & ARMED_WORDS:
        return False
    if sectors & CIVILIAN_SECTORS:
        return True
    return bool(context.target_words & cues.CIVILIANS)


def _crowd(words: frozenset[str] | set[str]) -> set[str]:
    """The crowd words among a phrase's words. "Youth" names a crowd only in the plural ("youths pelted
    stones"); "a youth was shot dead" is one person (the word sets hold both the lemma and the word)."""
    found = set(words & cues.CROWD_ACTORS)
    if "youth" in found and "youths" not in words:
        found.discard("youth")
    return found


def _source_is_crowd(context: AcledContext) -> bool:
    return bool(_crowd(context.source_words))


def _source_is_people(context: AcledContext) -> bool:
    """Ordinary people using violence (protesters, villagers, a mob), not an organised armed group."""
    if _sectors(context.source) & ARMED_SECTORS or context.source_words & (ARMED_WORDS | NON_STATE_WORDS):
        return False
    return bool(context.source_words & CROWD_SOURCE_WORDS)


def _armed_source(context: AcledContext) -> bool:
    return bool(_sectors(context.source) & ARMED_SECTORS or context.source_words & (ARMED_WORDS | NON_STATE_WORDS))


def _source_is_state_force(context: AcledContext) -> bool:
    if _sectors(context.source) & cues.STATE_FORCE_SECTORS:
        return True
    return bool(context.source_words & cues.STATE_FORCE_WORDS) and not context.source_words & NON_STATE_WORDS


MINE_FORMS = frozenset({"mine", "mines"})
# Words that make "mine" a place where minerals are dug: "gold mines", "mining sites", "artisanal miners".
MINING_WORDS = frozenset(
    {"gold", "coal", "diamond", "copper", "cobalt", "tin", "coltan", "mining", "miner", "miners", "mineral",
     "minerals", "artisanal", "quarry", "ore", "lithium", "bauxite", "iron"}
)  # fmt: skip


def _mines_are_mining(context: AcledContext) -> bool:
    """The clause's only explosive word is "mine(s)" and the sentence tells of mining."""
    if not context.words & MINE_FORMS or not context.sentence_words & MINING_WORDS:
        return False
    return not (context.words - MINE_FORMS) & (EXPLOSIVE_NOUNS | {"landmine", "anti-personnel", "anti-tank"})


def acled_type(context: AcledContext) -> tuple[str, str] | None:
    """(ACLED event type, sub-event type), or ``None`` where ACLED would not record the event."""
    return acled_protest.refined(context, _clause_type(context))


def _clause_type(context: AcledContext) -> tuple[str, str] | None:
    if context.code == "145" and context.trigger_lemma in DAMAGE_VERBS and not context.sentence_words & BLOCKING_WORDS:
        # a crowd looting or burning carries CAMEO's riot code (145); ACLED tells a violent demonstration,
        # mob violence and property destruction apart by the setting, as for any damage done (1712). A crowd
        # that also blocks a road is demonstrating: the riot code stands.
        context = replace(context, code="1712")
    if _mines_are_mining(context):
        # "clashed over control of the gold mines": the mine is a place of mining, no device; the code the
        # word "mines" refined to an explosion goes back to plain force
        context = replace(
            context,
            code="190" if context.code.startswith("183") else context.code,
            words=context.words - MINE_FORMS,
            sentence_words=context.sentence_words - MINE_FORMS,
        )
    code, words = context.code, context.words
    root = code[:2]
    if acled_violence.flag_march(context.trigger_lemma, words, _source_is_state_force(context)):
        return ("Strategic developments", "Change to group/activity")  # "police held a flag march"
    weapon = _weapon(words, context.sentence_words)
    protest_setting = (
        code.startswith("144")  # a crowd blocking a road (the lexicon's protest code for "block")
        or _protest_words(words | context.sentence_words)
        # youths arrested, hurt or killed are people, not a demonstration's crowd: youths set the scene as doers
        or bool(_crowd(context.target_words) - {"youth"})
        or _riot_control_used(context)
    )
    if (root == "14" or code in {"173", "175"}) and protest_setting and _crowd_turned_violent(context):
        return ("Riots", "Violent demonstration")
    if code.startswith("145") and _symbolic_burning(context):
        return ("Protests", "Peaceful protest")  # "activists burnt an effigy of the minister in protest"
    if code.startswith("145"):
        # the code itself says the crowd rioted: police intervening does not make it ACLED's intervention
        return _protest_type(code, words | (context.sentence_words & CROWD_RIOT))
    if root == "14":
        # "villagers protested the killing of a youth in police firing": what is protested (the verb's object)
        # is the grievance, not force used on this crowd
        grievance = context.object_words - context.source_words
        words = words - grievance
        if _source_is_state_force(context) and protest_setting:
            return _intervention_type(words)
        if _state_intervened(context.sentence_words - grievance):
            # "security forces broke up a demonstration by ...": the protest is the trigger, the
            # intervention is told around it
            return _intervention_type(words | context.sentence_words)
        # "protests erupted ..., with banks set ablaze": the violence may be told beside the protest
        return _protest_type(code, words | _crowd_riot_words(context))
    if code == "175":
        # a lathi or baton charge is made only on a crowd (riot control): a demonstration met with force
        if protest_setting or _crowd(words) or context.trigger_lemma in {"charge", "lathicharge"}:
            return _intervention_type(words)
        return ("Violence against civilians", "Attack")
    if code == "173":
        if acled_violence.place_captured(context.trigger_lemma, context.object_heads):
            return _territory_type(context)  # "rebels captured the army camp"
        if protest_setting:
            return ("Protests", "Protest with intervention")
        if _disappeared(context):
            return ("Violence against civilians", "Abduction/forced disappearance")
        return ("Strategic developments", "Arrests")
    if root == "17" and code not in {"171", "1711", "1712", "173", "175"} and words & SEXUAL_WORDS:
        # "sexually harassed a detainee": coercion of a sexual nature is ACLED's sexual violence
        return ("Violence against civilians", "Sexual violence")
    if code.startswith("181") or code == "184":
        if context.sentence_words & SEXUAL_WORDS:
            return ("Violence against civilians", "Sexual violence")  # "abducted and raped two women"
        if acled_violence.abduction_turned_killing(context.sentence_words, words):
            return ("Violence against civilians", "Attack")  # "abducted and killed a village head"
        return ("Violence against civilians", "Abduction/forced disappearance")
    if code in {"1711", "171"} and context.trigger_lemma in {"seize", "grab", "take"} and _people(context.object_words):
        return ("Violence against civilians", "Abduction/forced disappearance")  # "seized two doctors"
    if code == "1821":
        return ("Violence against civilians", "Sexual violence")
    if code in {"1711", "171"}:
        arms = (context.object_words | words) & (cues.ARMS | EXPLOSIVE_SUBSTANCES)
        if arms or context.trigger_lemma in _ARMS_ONLY_VERBS:
            return ("Strategic developments", "Disrupted weapons use")
        if context.trigger_lemma == "bust":
            return None  # "busted a fake liquor factory": a police raid on a crime, no arms and nothing looted
        if context.trigger_lemma in {"rob", "steal"} and words & (KILLING | INJURING):
            # "gunmen robbed and killed a trader": violence against the people robbed is ACLED's attack;
            # looting is the event only where no one was hurt
            return ("Violence against civilians", "Attack")
        return ("Strategic developments", "Looting/property destruction")
    if code == "1712":
        if acled_violence.device_made_safe(words | context.object_words, cues.ARMS):
            return ("Strategic developments", "Disrupted weapons use")  # "destroyed an unexploded shell"
        if weapon in {"air", "artillery"}:
            return _remote_type(weapon)
        if context.object_words & cues.ARMS:
            return ("Strategic developments", "Disrupted weapons use")  # "destroyed a bomb-making workshop"
        effigy = bool((context.object_heads | context.object_words) & EFFIGIES)
        if (_source_is_crowd(context) or protest_setting or effigy) and _symbolic_burning(context):
            # "burnt an effigy of the chief minister in protest"; an effigy is burned only to protest, whoever
            # the sentence says burned it ("people burnt an effigy of the minister")
            return ("Protests", "Peaceful protest")
        if not protest_setting and context.source_words & MOB_NOUNS:
            # "a crowd attacked and burned the homes of ...": rioters with no demonstration (ACLED mob violence)
            return ("Riots", "Mob violence")
        if _source_is_crowd(context) or protest_setting:
            return ("Riots", "Violent demonstration")
        if _source_is_people(context) and context.sentence_words & BLOCKING_WORDS:
            # "angry residents blocked the road and torched a police vehicle": people who block a road and
            # destroy property demonstrate violently (ACLED); destruction alone stays property destruction
            return ("Riots", "Violent demonstration")
        if acled_violence.destruction_that_killed(context.sentence_words, _source_is_people(context)):
            return ("Violence against civilians", "Attack")  # "set fire to a bus ..., killing seven passengers"
        return ("Strategic developments", "Looting/property destruction")
    if (root in {"02", "10", "11", "12", "13"} and context.source_words & PROTESTERS) or (
        root in {"02", "10"} and _gathered_to_ask(context)
    ):
        # "demonstrators demanded the governor's resignation": what protesters say is their protest; "opposition
        # supporters gathered in the square calling for the release of their leader": people assembling to press
        # a demand is ACLED's demonstration
        return _protest_type(code, words | (context.sentence_words & (cues.RIOT | cues.INTERVENTION)))
    handed = context.object_words or words  # what was handed over ("handed over the base to the army")
    people_handed = _people(handed)
    if handed and handed <= PRONOUN_OBJECTS:
        handed = set(context.sentence_words)  # "left their base, handing it over to the army"
    handed_place = context.trigger_lemma in HANDOVER_VERBS and bool(handed & PLACE_WORDS) and not people_handed
    if code in {"0841", "0842"} and handed_place and not (context.object_words or words) & AGREEMENT_WORDS:
        # "handed over the base to the army", "handed the town to regime forces under an agreement": a place
        # changes hands without a fight (ACLED), a deal or not
        return ("Strategic developments", "Non-violent transfer of territory")
    if code in {"0841", "0842"} and context.object_words & MONEY_WORDS and not _people(context.object_words):
        return None  # "released $500 million in funds": a payment, which ACLED does not record
    if code in {"057", "0871", "0841", "0842", "037", "0356"} or (root == "03" and words & AGREEMENT_WORDS):
        return ("Strategic developments", "Agreement")
    if acled_violence.deal_brokered(context.trigger_lemma, words):
        return ("Strategic developments", "Agreement")  # "elders brokered a truce between the two clans"
    if root == "03" and words & ENDING_WORDS and words & (HOSTILITY_WORDS | acled_violence.STOPPABLE_VIOLENCE):
        # "the two clans agreed to end hostilities": an agreement to stop fighting is ACLED's agreement
        # even where no deal or truce is named
        return ("Strategic developments", "Agreement")
    if code in {"0874", "087"} and (
        context.trigger_lemma in {"withdraw", "pull", "vacate", "retreat", "evacuate"}
        or (context.trigger_lemma in HANDOVER_VERBS and (context.object_words or words) & PLACE_WORDS)
    ):  # "ceded control of the border post to the regional forces"
        return ("Strategic developments", "Non-violent transfer of territory")
    if root == "16" and (context.object_words | words) & (COMMUNICATION_WORDS | TRANSPORT_WORDS):
        # "suspended mobile internet services in the district": cutting people off is a change in how the
        # authorities and everyone else may act (ACLED change to group/activity), not a diplomatic step
        return ("Strategic developments", "Change to group/activity")
    if code in {"172", "1721", "1724"} and _restricts_activity(context):
        # "declared a state of emergency", "banned all public gatherings", "suspended internet services":
        # the authorities change how they and others may act (ACLED change to group/activity)
        return ("Strategic developments", "Change to group/activity")
    if root == "04" and context.trigger_lemma in ARRIVAL_VERBS and context.source_words & TROOP_MOVERS:
        # "military reinforcements arrived in the district": a movement of forces, no visit
        return ("Strategic developments", "Change to group/activity")
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
            "bunker",
            "point",  # "an observation point"
        } and context.trigger_lemma in {"establish", "set", "build", "open", "install", "instal", "erect", "construct"}:
            return ("Strategic developments", "Headquarters or base established")
        return ("Strategic developments", "Change to group/activity")
    if code == "191" and context.trigger_lemma in RESTRICTING_VERBS:
        # "closed its border", "sealed off the town": movement is restricted, no ground changes hands and
        # no one fights; like a curfew, a change in how the side operates
        return ("Strategic developments", "Change to group/activity")
    if code in {"192", "191"} and context.trigger_lemma in BLOCKING_WORDS and _source_is_people(context):
        # "residents staged a road blockade demanding electricity": people blocking a road protest; ACLED's
        # armed clash and territory need armed sides
        return _protest_type("141", words | _crowd_riot_words(context))
    if code in {"192", "191"} and context.source_words & PROTEST_CROWD and not _armed_source(context):
        # "protesting farmers broke through the barricades and entered the capital": a crowd that marches into
        # a place or occupies it demonstrates; ACLED's territory and clashes need armed sides
        return _protest_type("141", words | _crowd_riot_words(context))
    if code in {"192", "191"}:
        return _territory_type(context)
    if root in {"18", "19", "20"}:
        sexual = words & SEXUAL_WORDS and weapon not in {"air", "artillery", "explosive"}  # "sexually assaulted"
        if sexual and not (words - SEXUAL_WORDS) & KILLING:
            # people killed in the same clause ("killed five men and raped women"): ACLED names the incident
            # by the killing, an attack
            return ("Violence against civilians", "Sexual violence")
        if code in PERSONAL_VIOLENCE and context.sentence_words & SEXUAL_WORDS and not context.sentence_words & KILLING:
            return ("Violence against civilians", "Sexual violence")  # "beat and raped women"
        if context.trigger_lemma in OPERATION_NOUNS and not context.sentence_words & VIOLENT_OUTCOMES:
            # "troops carried out a clearance operation in the district": ACLED records the armed
            # group's activity, not a battle, until the sentence tells of fighting or harm
            return ("Strategic developments", "Change to group/activity")
        if not protest_setting and acled_violence.shots_in_the_air(
            context.trigger_lemma, words, context.sentence_words
        ):
            return ("Strategic developments", "Other")  # "gunmen fired shots in the air near the polling station"
        if acled_violence.quiet_raid(
            context.trigger_lemma, code, _source_is_state_force(context), context.sentence_words
        ):
            if acled_violence.raid_told_arrests(context.sentence_words):
                return ("Strategic developments", "Arrests")  # "a raid in which five were held"
            return ("Strategic developments", "Change to group/activity")  # "police raided the party office"
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
PERSONAL_VIOLENCE = frozenset({"180", "182", "1822", "1823", "190"})
# Verbs the lexicon codes 1711 only for an object of its arms class ("found grenades concealed in a container",
# where the object sits in a clause of its own) or that act on a device alone ("defused", "intercepted").
_ARMS_ONLY_VERBS = frozenset({"defuse", "intercept", "find", "discover", "uncover", "unearth", "dismantle"})
# Explosives and their parts named by material ("recovered RDX and detonators"), which the arms lists lack.
EXPLOSIVE_SUBSTANCES = frozenset({"rdx", "tnt", "gelatin", "gelatine", "detonator", "cartridge"})
INJURING = frozenset({"injure", "injured", "wound", "wounded", "shoot", "shot", "beat", "beaten", "stab", "stabbed"})
KILLING = frozenset({"kill", "killed", "killing", "dead", "death", "murder", "murdered"})
ARRIVAL_VERBS = frozenset({"arrive", "reach", "enter", "land"})
TROOP_MOVERS = frozenset(
    {"troop", "soldier", "reinforcement", "convoy", "fighter", "militant", "force", "forces", "unit", "battalion",
     "brigade", "contingent", "peacekeeper", "mercenary"}
)  # fmt: skip
RESTRICTED_ACTIVITIES = frozenset(
    {"gathering", "assembly", "protest", "rally", "demonstration", "march", "meeting", "internet", "movement",
     "emergency", "law", "curfew", "activity", "travel", "access", "service", "lockdown", "school", "market",
     "college", "restriction", "prohibitory", "section", "organisation", "organization", "outfit", "group",
     "party", "institution"}
)  # fmt: skip


def _restricts_activity(context: AcledContext) -> bool:
    if context.code == "1724":
        return True  # a state of emergency or martial law
    return bool((context.object_words or context.words) & RESTRICTED_ACTIVITIES)


OPERATION_NOUNS = frozenset({"operation", "sweep", "patrol"})
# Verbs of damage that CAMEO codes as rioting (145) when a crowd does them, property destruction (1712) otherwise.
DAMAGE_VERBS = frozenset({"loot", "ransack", "torch", "burn", "smash", "vandalize", "vandalise", "destroy"})
MOB_NOUNS = frozenset({"mob", "crowd"})
# What a communications shutdown cuts (code 16x "suspended services" with these words).
COMMUNICATION_WORDS = frozenset(
    {"internet", "mobile", "broadband", "telecom", "telecommunication", "network", "phone", "telephone", "sms"}
)
# Transport the authorities suspend in unrest ("suspended train services in the region"): like a communications
# shutdown, a change in how people may move.
TRANSPORT_WORDS = frozenset({"train", "rail", "railway", "bus", "transport", "metro", "ferry", "flight", "traffic"})
ENDING_WORDS = frozenset({"end", "stop", "halt", "cease", "suspend"})
HOSTILITY_WORDS = frozenset(
    {"hostility", "fighting", "fight", "feud", "violence", "clash", "war", "attack", "conflict", "bloodshed"}
)
MONEY_WORDS = frozenset({"fund", "funds", "funding", "money", "loan", "tranche", "grant", "$", "million", "billion"})
# Verbs of closing a border or place (CAMEO 191 through their objects), which take no territory.
RESTRICTING_VERBS = frozenset({"close", "shut", "seal", "block"})
VIOLENT_OUTCOMES = frozenset(
    {"kill", "killed", "dead", "death", "die", "wound", "wounded", "injure", "injured", "clash", "fight",
     "fighting", "battle", "exchange", "fire", "shoot", "shot", "attack", "ambush", "neutralise", "neutralize",
     "bomb", "strike", "shell", "capture", "arrest", "detain", "seize", "destroy", "burn"}
)  # fmt: skip
HANDOVER_VERBS = frozenset({"hand", "cede", "transfer", "return", "give", "surrender", "turn"})
# Objects that only point back at what was handed over, named elsewhere in the sentence.
PRONOUN_OBJECTS = frozenset({"it", "them", "which", "that"})
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
PROTEST_CUES = (cues.PROTEST - {"march"}) | {
    "marched", "marching", "marches", "marchers", "gathering", "vigil", "agitation", "agitate", "agitating",
    "agitator", "dharna", "gherao", "gheraoe", "bandh", "hartal", "procession", "striking",
}  # fmt: skip
MARCH_COMPANIONS = frozenset(
    {"peaceful", "activist", "supporter", "student", "worker", "thousand", "hundred", "crowd", "participant",
     "woman", "farmer", "teacher", "youth", "opposition", "people", "resident"}
)  # fmt: skip


def _protest_words(words: set[str] | frozenset[str]) -> bool:
    if words & PROTEST_CUES or ("march" in words and bool(words & MARCH_COMPANIONS)):
        return True
    return words >= SIT_IN  # the tokenizer splits "sit-in" into "sit", "-", "in"


SIT_IN = frozenset({"sit", "-", "in"})
# What makes a demonstration told in the sentence violent: the riot words and the damage a crowd does
# ("stormed and ransacked the office", "burning tyres", "vandalised shops"); damage alone may be the topic.
CROWD_RIOT = cues.RIOT | {"ransack", "ransacked", "vandalism", "stormed", "tyre", "tire", "vandalised", "vandalized"}
# What a crowd does that makes its demonstration violent (ACLED: the demonstrators' own violence decides
# the type, whether or not the police intervene). "Clash" and "violence" are left out: they may be the
# police's as much as the crowd's.
CROWD_VIOLENCE = frozenset(
    {"stone", "rock", "molotov", "petrol", "torch", "ablaze", "loot", "vandalize", "vandalise", "smash", "pelt",
     "brick", "bottle", "arson", "burn", "rampage", "firebomb", "stone-throwing", "hurl", "throw", "damage",
     "break"}
)  # fmt: skip


PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "picketer", "agitator"})
GATHERING_WORDS = frozenset(
    {"gather", "gathered", "assemble", "assembled", "converge", "converged", "congregate", "congregated", "rally",
     "rallied", "picket", "picketed", "chant", "chanted", "placard", "banner", "slogan"}
)  # fmt: skip
ASKING_PEOPLE = CROWD_SOURCE_WORDS | {
    "supporter", "activist", "relative", "family", "worker", "student", "teacher", "farmer", "trader", "driver",
    "member", "woman", "people", "hundred", "thousand", "dozen", "employee", "nurse", "doctor", "lawyer",
}  # fmt: skip


def _gathered_to_ask(context: AcledContext) -> bool:
    """People (not a government or an armed group) assembled in the sentence and the act is their appeal."""
    if not context.sentence_words & GATHERING_WORDS or not context.source_words & ASKING_PEOPLE:
        return False
    return not (_sectors(context.source) & ARMED_SECTORS or context.source_words & (ARMED_WORDS | NON_STATE_WORDS))


# What a crowd burns or throws that makes the burning or throwing violence.
DANGEROUS_THINGS = frozenset(
    {"tyre", "tire", "car", "vehicle", "building", "office", "station", "stone", "rock", "brick", "bottle",
     "molotov", "petrol", "shop", "bus", "property", "window", "furniture", "truck", "gate", "door",
     "windowpane", "pane", "glass", "jeep", "motorcycle", "ambulance"}
)  # fmt: skip
BLOCKING_WORDS = frozenset({"block", "blocked", "barricade", "barricaded", "blockade"})
# What a crowd blocks a road with that makes the blocking violent (ACLED); "barricade" is both the act
# and the material.
BARRICADE_MATERIAL = frozenset(
    {"barricade", "barricaded", "barricades", "log", "boulder", "stone", "rock", "debris", "trunk", "branch",
     "tyre", "tire", "bonfire"}
)  # fmt: skip


# Things burned as a sign ("burnt an effigy", "burned copies of the bill"): ACLED counts such burning as
# peaceful protest; burning tyres, cars or buildings is violence.
SYMBOLIC_THINGS = frozenset(
    {"effigy", "effigies", "flag", "copy", "copies", "portrait", "poster", "photo", "photograph", "picture",
     "manifesto", "bill", "ordinance", "order", "notification", "letter", "card", "banner"}
)  # fmt: skip
BURNING = frozenset({"burn", "burnt", "burned", "torch", "set", "fire", "ablaze", "consign"})
EFFIGIES = frozenset({"effigy", "effigies"})


def _symbolic_burning(context: AcledContext) -> bool:
    """The sentence's only violence is burning something symbolic: nothing dangerous burned or thrown."""
    sentence = context.sentence_words
    if not sentence & SYMBOLIC_THINGS or sentence & DANGEROUS_THINGS:
        return False
    burned = bool(sentence & (BURNING - {"set", "fire"})) or {"set", "fire"} <= sentence
    return burned and not (sentence & CROWD_VIOLENCE) - BURNING


def _crowd_riot_words(context: AcledContext) -> set[str]:
    """The sentence's words of a crowd's violence, less the burning of effigies and flags."""
    riot = set(context.sentence_words & CROWD_RIOT)
    return riot - BURNING if _symbolic_burning(context) else riot


def _crowd_turned_violent(context: AcledContext) -> bool:
    """The demonstrators threw stones, burned or looted, or clashed with the police: a violent
    demonstration, even under intervention (ACLED)."""
    if context.trigger_lemma in {"clash", "scuffle", "fight"}:
        return True  # "protesters clashed with police, who fired tear gas"
    if {"set", "fire"} <= context.sentence_words and not _symbolic_burning(context):
        return True  # "had set fire to a building"
    if context.sentence_words & BLOCKING_WORDS and context.sentence_words & BARRICADE_MATERIAL:
        # ACLED's violent demonstration includes "road-blocking using barricades, burning tires, or other
        # material": "blocked the highway with logs and boulders", "barricaded the road with stones"
        return True
    violence = context.sentence_words & CROWD_VIOLENCE
    if not violence:
        return False
    if violence <= {"burn", "throw", "hurl", "damage", "break"}:
        # "burned the flag", "threw eggs" are still peaceful ways to protest; burning or throwing counts
        # with what is burned or thrown being dangerous, damage with what was damaged ("damaged vehicles",
        # not "compensation for crop damage"), breaking with what was broken ("broke the windows of buses",
        # not "broke through the cordon")
        return bool(context.sentence_words & DANGEROUS_THINGS)
    return True


VICTIM_WORDS = PEOPLE_WORDS | {
    "defender", "activist", "leader", "chief", "elder", "politician", "candidate", "councillor", "mayor", "lawyer",
    "judge", "cleric", "imam", "herder", "driver", "traveller", "traveler", "relative", "son", "daughter",
    "wife", "husband", "mother", "father", "resident", "shepherd", "fisherman", "miner", "trader", "vendor",
    "family", "motorist", "worshipper", "pilgrim", "mourner", "shopper", "guest", "refugee", "migrant", "voter",
    "shopkeeper", "businessman", "businesswoman", "labourer", "laborer", "person", "youth", "reporter",
    "cameraman", "photographer", "informer", "herdsman", "boatman", "villager", "schoolgirl", "schoolboy",
    "teenager", "infant", "baby", "elderly", "woman", "headman", "chieftain", "sarpanch", "contractor",
    # "the victim was attacked with sharp weapons", "the deceased was shot": the person named by what was done
    "victim", "deceased",
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
     "funeral", "neighbourhood", "neighborhood", "residence", "household", "hamlet", "community", "settlement"}
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


RIOT_CONTROL = frozenset({"tear", "teargas", "stun", "pepper"})


def _riot_control_used(context: AcledContext) -> bool:
    """The state's forces used tear gas or stun grenades: there was a crowd to control, a demonstration."""
    return bool(context.sentence_words & {"teargas", "stun"} or {"tear", "gas"} <= context.sentence_words) and (
        _source_is_state_force(context) or bool(context.sentence_words & cues.STATE_FORCE_WORDS)
    )


EXCESSIVE_FORCE = frozenset(
    {"injure", "wound", "injured", "wounded", "bullet", "round", "ammunition", "violently", "beat", "brutally",
     "brutal", "beating", "shotgun", "blind", "blinding", "blinded"}
)  # fmt: skip


def _weapon(words: set[str], sentence_words: frozenset[str] = frozenset()) -> str | None:
    """The clause's weapon (``cues.weapon_of``), corrected where ACLED's sub-types need more care."""
    # a plural the tagger took for a name keeps its "s" in the lemma ("Rockets were fired at ..."): singular
    # forms let the weapon lists find it
    words = words | {word[:-1] for word in words if word.endswith("s") and len(word) > 4}
    weapon = cues.weapon_of(words)
    if weapon in {"artillery", "explosive", "grenade"} and words & RIOT_CONTROL:
        # "tear gas shells", "stun grenades", "fired tear gas canisters": riot control, no weapon of war
        weapon = "small_arms" if words & (cues.SMALL_ARMS - {"rubber", "bullet", "shot"}) else None
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
    force = words & (cues.LETHAL | EXCESSIVE_FORCE)
    if {"open", "fire"} <= words:
        force.add("fire")  # "troops opened fire on a crowd": live fire, ACLED's excessive force
    if words & LESS_LETHAL:
        # "fired tear gas and rubber bullets at protesters": ACLED lists rubber bullets with tear gas among
        # the interventions; the shots are excessive force only with people killed or hurt
        force -= {"bullet", "round", "shoot", "shot", "fire"}
    if force:
        return ("Protests", "Excessive force against protesters")
    return ("Protests", "Protest with intervention")


LESS_LETHAL = frozenset({"rubber", "plastic"})


def _protest_type(code: str, words: set[str]) -> tuple[str, str]:
    riot = words & CROWD_RIOT
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
    if _taken_without_a_fight(context.sentence_words):
        # "entered the town without a fight": ground taken with no fighting is ACLED's non-violent transfer
        # of territory. Ground merely vacated before it is retaken is not (ACLED codes the retaking as the
        # government's regaining; tried and dropped)
        return ("Strategic developments", "Non-violent transfer of territory")
    if context.trigger_lemma in REGAIN_WORDS or context.words & REGAIN_CLAUSE_WORDS:
        return ("Battles", "Government regains territory")
    if "back" in context.words and context.trigger_lemma in {"take", "seize", "capture", "win"}:  # "seized back"
        return ("Battles", "Government regains territory")
    sectors = _sectors(context.source)
    named_non_state = bool(context.source_words & NON_STATE_WORDS)
    named_state = bool(context.source_words & STATE_TROOP_WORDS)
    if named_non_state and not named_state:
        # the words name an armed group ("the Taliban", whatever sector the actor has since it governs)
        return ("Battles", "Non-state actor overtakes territory")
    non_state = named_non_state or bool(sectors & NON_STATE_SECTORS)
    state_led = (
        named_state  # "the army and allied militias drove the rebels out": the state regains
        or (bool(sectors & STATE_SECTORS) and not non_state)
        or (bool(context.source_words & STATE_FORCE_NOUNS) and not non_state)  # "Afghan forces", not "rebel forces"
    )
    if non_state and not state_led:
        return ("Battles", "Non-state actor overtakes territory")
    if state_led:
        # ACLED: government forces "fighting against competing state forces or against a non-state group"
        # that take a place regain territory, whoever held it and whichever country's land it is ("government
        # troops seized Kidal", "Azerbaijani forces captured the village from Armenian troops")
        return ("Battles", "Government regains territory")
    # the taker is not told apart: the side it was taken from tells which way the ground went ("the FARDC
    # chased Nyatura militiamen from the village": the militiamen are the verb's object, the village its target)
    driven_out = context.target_words | context.object_heads
    if _sectors(context.target) & NON_STATE_SECTORS or driven_out & (NON_STATE_WORDS | IRREGULARS):
        return ("Battles", "Government regains territory")
    if _sectors(context.target) & {"MIL", "GOV", "COP"} or context.target_words & STATE_TROOP_WORDS:
        return ("Battles", "Non-state actor overtakes territory")
    return ("Battles", "Armed clash")


def _taken_without_a_fight(sentence_words: frozenset[str]) -> bool:
    if {"without", "fight"} <= sentence_words or {"without", "resistance"} <= sentence_words:
        return True  # "entered the town without a fight"
    return "unopposed" in sentence_words


# Nouns of violence that name no side and no means ("violence erupted", "unrest spread").
UNSIDED_VIOLENCE = frozenset({"violence", "unrest"})
STATE_TROOP_WORDS = frozenset({"army", "government", "troop", "soldier", "military", "regime", "loyalist"})
# Nouns the state's forces share with armed groups ("security forces", "rebel forces").
STATE_FORCE_NOUNS = frozenset({"force", "forces", "security", "police", "commando", "paratrooper", "marine"})
CLASH_TRIGGERS = frozenset(
    {
        "clash",
        "fight",
        "battle",
        "skirmish",
        "scuffle",
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
    if (
        code in {"2041"}
        or weapon == "chemical"
        or cues.weapon_of(set(context.sentence_words)) == "chemical"
        or _chemical_gas(context.sentence_words)
    ):
        # "sarin was used in the attack on the town": the agent is named outside the attack's clause
        return _remote_type("chemical")
    aimed_at_weapons = bool(
        words & {"missile", "drone", "rocket", "uav", "projectile"} or context.object_words & cues.ARMS
    )
    if (
        context.trigger_lemma in {"destroy", "dismantle", "demolish"}
        and context.object_heads & CACHE_WORDS
        and weapon not in {"air", "artillery"}
    ):
        return ("Strategic developments", "Disrupted weapons use")  # "destroyed a weapons cache"
    disrupting = context.trigger_lemma in {"intercept", "down", "neutralize", "neutralise", "thwart", "foil", "defuse"}
    if (
        context.trigger_lemma in cues.INTERCEPTION
        and aimed_at_weapons
        and (disrupting or words & {"down", "intercept"})
    ):
        return ("Strategic developments", "Disrupted weapons use")
    if context.trigger_lemma in MINE_HITTING_VERBS and context.object_heads & EXPLOSIVE_NOUNS and weapon != "suicide":
        # "a vehicle carrying villagers struck a landmine": those who hit the device are its victims, and the
        # device is the weapon (ACLED remote explosive), not the people riding over it
        return _remote_type("explosive")
    if _source_is_people(context):
        # ACLED: demonstrators turning violent riot in a violent demonstration (people blocking a road
        # demonstrate); a crowd with no demonstration (a lynching, a communal fight) commits mob violence
        demonstrating = protest_setting or bool(context.sentence_words & BLOCKING_WORDS)
        return ("Riots", "Violent demonstration") if demonstrating else ("Riots", "Mob violence")
    if protest_setting and context.trigger_lemma in CLASH_TRIGGERS:
        return ("Riots", "Violent demonstration")  # police and protesters clashing
    if protest_setting and context.trigger_lemma in UNSIDED_VIOLENCE and not (context.source or context.target):
        # "violence broke out during the bandh", "the unrest that followed the protest": violence for which no
        # side is named, told where a demonstration is, is that demonstration turning violent (ACLED); with no
        # armed side named it is no armed clash
        return ("Riots", "Violent demonstration")
    if (
        protest_setting
        and context.trigger_lemma in RIOTERS_ACTS
        and context.source_words & ASKING_PEOPLE
        and not _armed_source(context)
        and not (_protest_words(context.target_words) or _crowd(context.target_words))
    ):
        # "during the protest, some people attacked a police vehicle": unarmed people using violence where
        # a demonstration is told are its rioters (ACLED violent demonstration); people who attack the
        # protesters are not
        return ("Riots", "Violent demonstration")
    # a crowd fired on by a side the sentence does not name ("they fired on a crowd of protesters")
    crowd_targeted = (
        (_protest_words(context.target_words) or bool(_crowd(context.target_words)))
        and weapon in {None, "small_arms"}
        and not context.source_words & (NON_STATE_WORDS | LONE_ATTACKER_WORDS)
    )
    if protest_setting and (_source_is_state_force(context) or words & cues.INTERVENTION or crowd_targeted):
        return _intervention_type(words)
    if protest_setting and not context.source and _police_fire_told(context.sentence_words):
        # "a youth was killed in police firing during the protest": the fire that killed is the police's, the
        # doer no parse gives; the state's lethal force at a demonstration (ACLED's excessive force)
        return _intervention_type(words | {"fire"})
    personal = code in {"182", "1822", "1823", "186", "185"}
    device = code.startswith("183") and (bool(words & EXPLOSIVE_NOUNS) or weapon == "suicide")
    if device or (weapon in {"suicide", "explosive", "grenade", "air", "artillery"} and not personal):
        if weapon in {None, "explosive"} and acled_violence.thrown_bomb(context.trigger_lemma, words):
            return _remote_type("grenade")  # "hurled crude bombs at the house": a hand-thrown explosive
        return _remote_type(weapon if weapon else "explosive")
    if (words - context.target_words) & cues.MOB:  # a crowd shot at is no mob
        return ("Riots", "Mob violence")
    if _unarmed_groups_clashed(context, weapon):
        return ("Riots", "Mob violence")
    if context.trigger_lemma in CLASH_TRIGGERS and not (
        context.trigger_lemma == "ambush"
        and (_object_is_unarmed(context) or _only_civilians_on_the_other_side(context))
    ):  # "ambushed a convoy of traders", "ambushed a bus ..., killing 10 civilians" are one-sided
        return _regained_or(context, ("Battles", "Armed clash"))
    if personal or code in {"200", "202", "203", "201"}:
        return ("Violence against civilians", "Attack")
    if _named_person_killed(context) or _shot_with_no_armed_other_side(context):
        return ("Violence against civilians", "Attack")
    if _target_is_civilian(context) or _unarmed_victims(context) or _object_is_unarmed(context):
        return ("Violence against civilians", "Attack")
    if _unarmed_target_by_a_post(context):
        return ("Violence against civilians", "Attack")
    if _only_civilians_on_the_other_side(context) or _off_duty_victims(context) or _unarmed_suspects(context):
        return ("Violence against civilians", "Attack")
    victim_as_doer = bool(context.source) and not _sectors(context.source) and context.source_words <= VICTIM_WORDS
    if acled_violence.one_sided_with_doer_unparsed(
        context.trigger_lemma, bool(context.source) and not victim_as_doer, context.sentence_words
    ):
        return ("Violence against civilians", "Attack")  # "ex-sarpanch shot dead by suspected militants"
    if context.object_heads & (KIN_VICTIMS | CIVILIAN_ROLES):
        # "shot dead the brother of a police officer", "killed the wife of a soldier", "killed a police
        # informer": the victim is the armed man's kin or a civilian working for them (ACLED's attack)
        return ("Violence against civilians", "Attack")
    return _regained_or(context, ("Battles", "Armed clash"))


def _police_fire_told(sentence_words: frozenset[str]) -> bool:
    """The sentence tells the police or security forces firing ("in police firing", "when police opened fire")
    and no other armed side."""
    if not sentence_words & {"police", "policeman", "cop"} or not sentence_words & {"firing", "fire"}:
        return False
    return not sentence_words & (NON_STATE_WORDS | IRREGULARS)


# Ordinary people's groups whose fights with each other are ACLED's mob violence ("clashes between two
# communities", "members of two castes clashed", "rival groups of students clashed"). Clans, tribes,
# herders and farmers are left out: ACLED reads their fights as those of communal militias.
UNARMED_SIDES = frozenset(
    {"community", "communities", "caste", "castes", "villager", "villagers", "resident", "residents", "student",
     "students", "supporter", "supporters", "worker", "workers", "youth", "youths", "neighbour", "neighbor",
     "family", "families", "locals", "devotee", "devotees", "fan", "fans", "activist", "activists"}
)  # fmt: skip
MINE_HITTING_VERBS = frozenset({"strike", "hit", "step", "tread", "trigger", "run"})
PROTEST_CROWD = PROTESTERS | {"protesting", "agitating", "demonstrating", "marching"}


def _unarmed_groups_clashed(context: AcledContext, weapon: str | None) -> bool:
    """A fight between groups of ordinary people, with no armed side and no weapon but a brawl's, named in
    the sentence: ACLED's mob violence (rioters fighting rioters), not an armed clash."""
    if context.trigger_lemma not in CLASH_TRIGGERS or weapon is not None:  # sticks and stones name no weapon
        return False
    if _sectors(context.source + context.target) & ARMED_SECTORS:
        return False
    sentence = context.sentence_words
    if sentence & (ARMED_WORDS | NON_STATE_WORDS | ARMED_OTHERS | IRREGULARS | ARMED_FIGHTS | cues.SMALL_ARMS):
        return False
    if sentence & UNARMED_SIDES:
        return True
    # "two groups clashed over a land dispute": a quarrel between groups the sentence does not call armed
    return bool(sentence & {"group", "groups"} and sentence & QUARRELS)


# What ordinary people fight over, or how their fights are named.
QUARRELS = frozenset({"dispute", "feud", "quarrel", "altercation", "brawl", "argument", "row", "squabble"})
# What a demonstration's rioters do to people and things (killing is left out: "people" named as a killing's
# doer is too often the parse's misreading of its victims).
RIOTERS_ACTS = frozenset(
    {"attack", "assault", "beat", "manhandle", "rough", "storm", "vandalize", "vandalise", "damage", "smash", "pelt"}
)


# A gas or substance said to be toxic: "used poisonous gas", "toxic chemicals" (ACLED chemical weapon). The
# weapon lists need "chemical weapon" or a named agent; a gas named poisonous is enough.
CHEMICAL_FORMS = frozenset({"gas", "substance", "fume", "chemical"})


def _chemical_gas(sentence_words: frozenset[str]) -> bool:
    named = sentence_words & (cues.CHEMICAL | CHEMICAL_FORMS)
    return bool(sentence_words & cues.CHEMICAL and sentence_words & CHEMICAL_FORMS) and len(named) >= 2


# Stores of arms whose destruction on the ground disrupts their use (ACLED).
CACHE_WORDS = frozenset(
    {"cache", "stockpile", "arsenal", "dump", "ied", "bomb", "explosive", "landmine", "ammunition"}
)  # a bomb factory names its bombs among the object's words


# People suspected of crimes: civilians to ACLED unless they are said to be armed or to fight back.
CRIME_SUSPECTS = frozenset(
    {"suspect", "suspected", "robber", "thief", "burglar", "dealer", "peddler", "pusher", "criminal", "looter",
     "smuggler", "poacher", "addict", "user"}
)  # fmt: skip
# Signs that the suspects were armed or returned fire: then two sides fought ("a shootout with robbers").
FOUGHT_BACK = frozenset(
    {"armed", "exchange", "gunfight", "shootout", "encounter", "gunbattle", "crossfire", "return", "retaliate",
     "gang", "bandit", "militant", "gunman", "gunmen", "rebel", "insurgent", "terrorist", "fighter", "clash"}
)  # fmt: skip


# The same signs less the words of any fight: what makes the sides of a clash armed.
ARMED_FIGHTS = FOUGHT_BACK - {"clash", "exchange", "return", "retaliate", "encounter"}


def _unarmed_suspects(context: AcledContext) -> bool:
    """The state's forces killing or wounding people suspected of a crime, told with no sign that they were
    armed or fought back ("police shot dead a suspected robber"): ACLED's attack on civilians, not a clash."""
    victims = context.target_words | context.object_heads
    if not victims & CRIME_SUSPECTS or not _source_is_state_force(context):
        return False
    return not (context.sentence_words | victims) & FOUGHT_BACK


# Words that take a soldier or police officer out of the fight: ACLED codes violence against a former,
# retired or off-duty member of the forces as an attack, not a clash.
OFF_DUTY = frozenset(
    {"former", "retired", "off-duty", "ex", "ex-soldier", "ex-policeman", "ex-serviceman", "surrendered"}
)
# Where a man of the forces is off duty ("at his home"), and the words that tell a fight there all the same.
HOME_WORDS = frozenset({"home", "house", "residence"})
FIGHT_TOLD = frozenset({"clash", "gunfight", "encounter", "retaliate", "exchange", "return", "firefight"})
# Civilians named by their work for an armed side ("a police informer", "an army porter").
CIVILIAN_ROLES = frozenset({"informer", "informant", "porter", "labourer", "laborer", "cook", "contractor"})
# Kin of the one named beside them ("the brother of a police officer"): the object's head is the victim.
KIN_VICTIMS = frozenset(
    {"brother", "sister", "wife", "husband", "son", "daughter", "father", "mother", "relative", "family",
     "nephew", "niece", "cousin", "uncle", "widow", "child", "children"}
)  # fmt: skip


def _off_duty_victims(context: AcledContext) -> bool:
    victims = context.target_words | context.object_words
    if victims & OFF_DUTY or {"off", "duty"} <= victims:
        return True
    # "killed a policeman at his residence", "shot a soldier at his home": a man of the forces at his own home
    # is not on duty, and where no fight is told the violence is one-sided (ACLED's attack). ("On leave" is
    # left out: the lemmas cannot tell it from "leaving the base on Monday".)
    sentence = context.sentence_words
    at_home = bool(sentence & HOME_WORDS and sentence & {"his", "her", "their"})
    return at_home and not sentence & FIGHT_TOLD


# Places that belong to the state's forces themselves: "police opened fire on a car at a checkpoint".
OWN_POSTS = frozenset({"checkpoint", "post", "base", "position", "patrol", "station", "roadblock"})


IRREGULARS = frozenset({"militiaman", "militiamen", "gunman", "gunmen", "bandit", "guerrilla", "combatant"})
KILLING_VERBS = frozenset(
    {"kill", "murder", "assassinate", "shoot", "execute", "behead", "stab", "hack", "slit", "lynch", "strangle"}
)


def _named_person_killed(context: AcledContext) -> bool:
    """An armed side killing a person the text names only by name ("militia members killed Hassan Ali Nur"),
    with no armed side named but the killers': ACLED's attack on a civilian. The name resolved to no known
    actor (no sector, no country), is two to four capitalised words, and nothing in the sentence says
    the person fought or was armed."""
    if context.trigger_lemma not in KILLING_VERBS or len(context.target) != 1:
        return False
    victim = context.target[0]
    if victim.sector or victim.country or victim.code:
        return False
    names = victim.text.split()
    if not 2 <= len(names) <= 4 or not all(name[:1].isupper() and name.isalpha() for name in names):
        return False
    return not _other_sides_words(context) & (ARMED_WORDS | NON_STATE_WORDS | ARMED_OTHERS | FOUGHT_BACK)


SHOOTING_VERBS = frozenset({"kill", "shoot", "fire", "open", "gun", "murder", "assassinate", "execute", "stab"})


def _shot_with_no_armed_other_side(context: AcledContext) -> bool:
    """Someone shot or killed where the sentence names no armed side but the doer's ("gunmen shot a
    25-year-old", "men in uniform shot and killed a motorcyclist"): ACLED's armed clash needs two armed,
    organised sides, so the victims are read as unarmed whatever noun names them."""
    if context.trigger_lemma not in SHOOTING_VERBS or _sectors(context.target) & ARMED_SECTORS:
        return False
    if "air" in context.words | context.sentence_words or not (context.object_heads or context.target):
        return False  # "fired shots into the air": no one was shot at
    others = _other_sides_words(context)
    return not others & (ARMED_WORDS | NON_STATE_WORDS | ARMED_OTHERS | FOUGHT_BACK | IRREGULARS)


def _other_sides_words(context: AcledContext) -> set[str]:
    """The sentence's words but the doer's, less the doer's own posts and who told of it ("police said")."""
    others = set(context.sentence_words - context.source_words)
    if _source_is_state_force(context):
        others -= OWN_POSTS
    if others & ATTRIBUTION_VERBS:
        others -= ATTRIBUTION_SOURCES
    return others


def _only_civilians_on_the_other_side(context: AcledContext) -> bool:
    """ACLED's armed clash needs two armed, organised sides. Where the sentence names no armed side but the
    doer's and names civilians among those hit ("police opened fire on a car at a checkpoint, killing a
    family of four"; "settlers attacked farmers harvesting olives"), the violence is one-sided: an attack."""
    if _sectors(context.target) & ARMED_SECTORS:
        return False
    others = set(context.sentence_words - context.source_words)
    if _source_is_state_force(context):
        others -= OWN_POSTS
    if others & ATTRIBUTION_VERBS:
        others -= ATTRIBUTION_SOURCES  # "..., police said": who told of it, not a side in it
    if others & (ARMED_WORDS | NON_STATE_WORDS | ARMED_OTHERS):
        return False
    # someone was hurt, or the violence was aimed at them: shots fired into the air near voters are not
    return bool(others & (VICTIM_WORDS | CIVILIAN_PLACES)) and bool(context.sentence_words & HARM_WORDS)


HARM_WORDS = frozenset(
    {"kill", "killed", "killing", "dead", "death", "die", "died", "injure", "injured", "injuring", "wound",
     "wounded", "wounding", "hurt", "attack", "attacked", "massacre", "murder", "murdered", "beat", "beaten",
     "hack", "hacked", "behead", "beheaded", "execute", "executed", "casualty", "victim", "body"}
)  # fmt: skip
ATTRIBUTION_VERBS = frozenset(
    {"say", "said", "according", "tell", "told", "confirm", "confirmed", "report", "reported"}
)
ATTRIBUTION_SOURCES = frozenset(
    {"police", "official", "officer", "spokesman", "spokesperson", "military", "army", "security", "force", "source"}
)
# Armed people the lists above leave out, who make the other side armed.
ARMED_OTHERS = frozenset(
    {"militiaman", "militiamen", "combatant", "gunman", "gunmen", "bandit", "pirate", "mercenary", "guerrilla",
     "sniper", "commander", "serviceman", "servicemen", "gendarme", "ranger", "armed", "attacker", "assailant"}
)  # fmt: skip


# Places of the state's forces that a report names to say where violence fell ("near the police station").
FORCES_PLACES = OWN_POSTS | {"camp", "barracks", "outpost", "headquarters", "picket", "cantonment"}
# Signs of a fight with the armed side whose post is named: then two armed sides fought.
FIGHT_WORDS = ARMED_FIGHTS | {"exchange", "return", "retaliate", "encounter", "clash", "crossfire", "gunbattle"}


def _unarmed_target_by_a_post(context: AcledContext) -> bool:
    """Violence on people not said to be armed, told as near a post of the state's forces ("militants fired
    at a civilian near the police station", "shot at a labourer near the army camp"): the armed words name
    where it happened, not a second armed side, so the violence is one-sided (ACLED's attack) unless the
    sentence tells a fight."""
    heads = context.target_heads
    if not heads & VICTIM_WORDS or heads & (ARMED_WORDS | NON_STATE_WORDS | ARMED_OTHERS | PEOPLE_NOUNS):
        return False
    if _sectors(context.target) & ARMED_SECTORS:
        return False
    if not context.target_words & FORCES_PLACES:
        return False
    return not (context.sentence_words - context.source_words) & FIGHT_WORDS


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
    if context.sentence_words & REGAIN_CLAUSE_WORDS and (
        context.sentence_words & (PLACE_WORDS | {"hill", "road"}) or _state_source(context)
    ):
        # "troops recaptured Palmyra after days of fighting": a named place needs no place word
        return ("Battles", "Government regains territory")
    if (
        context.sentence_words & DISLODGING
        and context.sentence_words & (PLACE_WORDS | {"hill", "road", "stronghold", "hideout", "forest"})
        and _state_source(context)
    ):
        # "troops killed 12 militants and dislodged the rest from the village": the fight that drives the
        # armed group out of a place is the place regained (ACLED)
        return ("Battles", "Government regains territory")
    if (
        {"back", "control"} <= context.sentence_words
        and context.sentence_words & {"government", "army", "state", "military"}
        and not context.sentence_words & LOSING_WORDS
        and context.sentence_words & (NON_STATE_WORDS | IRREGULARS)
    ):
        # "the town is back under government control after the rebels were driven out"
        return ("Battles", "Government regains territory")
    if (
        "control" in context.sentence_words
        and context.sentence_words & CONTROL_TAKING
        and _state_source(context)
        and not context.sentence_words & LOSING_WORDS
    ):
        # "troops took control of the district after heavy fighting": the state's fighting that ends in
        # its holding the place is coded as the place regained
        return ("Battles", "Government regains territory")
    return clash


CONTROL_TAKING = frozenset(
    {"take", "took", "taken", "seize", "seized", "gain", "gained", "establish", "restore", "restored", "bring",
     "brought", "assume", "assumed"}
)  # fmt: skip
DISLODGING = frozenset(
    {"dislodge", "dislodged", "oust", "ousted", "expel", "expelled", "flush", "flushed", "evict", "evicted"}
)
LOSING_WORDS = frozenset({"lose", "lost", "fall", "fell", "overrun", "overran", "withdraw", "withdrew", "retreat"})


def _state_source(context: AcledContext) -> bool:
    if _sectors(context.source) & NON_STATE_SECTORS or context.source_words & NON_STATE_WORDS:
        return False
    return bool(_sectors(context.source) & STATE_SECTORS) or bool(
        context.source_words & (STATE_TROOP_WORDS | STATE_FORCE_NOUNS)
    )
