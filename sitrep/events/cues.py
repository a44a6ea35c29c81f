"""Weapons and settings named in a clause, which make a generic use of force specific.

"Gunmen attacked a bus" is small-arms fire (CAMEO 193), "jets struck depots" an air strike (195),
"a roadside bomb exploded" an IED (1833). The same cues choose the ACLED sub-event type.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

AIR = frozenset(
    {"airstrike", "air", "jet", "warplane", "aircraft", "helicopter", "drone", "uav", "bomber", "aerial",
     "airplane", "plane", "gunship", "airforce", "kamikaze", "shahed", "f-16", "su-34", "airstrikes"}
)  # fmt: skip
ARTILLERY = frozenset(
    {"artillery", "shell", "shelling", "mortar", "rocket", "missile", "howitzer", "barrage", "tank",
     "cannon", "bombardment", "grad", "himars", "katyusha", "projectile", "salvo", "ballistic", "cruise",
     "launcher", "mlrs", "shelled", "pound", "bombard"}
)  # fmt: skip
SMALL_ARMS = frozenset(
    {"gunman", "gunmen", "gun", "rifle", "gunfire", "shoot", "shot", "bullet", "sniper", "firearm", "pistol",
     "machine", "kalashnikov", "ak-47", "shooting", "gunshot", "firefight", "gunfight", "shootout"}
)  # fmt: skip
EXPLOSIVE = frozenset(
    {"ied", "landmine", "explosive", "bomb", "explosion", "blast", "detonate", "explode", "device", "mine",
     "roadside", "car", "booby", "bombing"}
)  # fmt: skip
SUICIDE = frozenset({"suicide", "self-immolation", "kamikaze-bomber"})
GRENADE = frozenset({"grenade"})
CHEMICAL = frozenset({"chemical", "chlorine", "sarin", "mustard", "nerve", "toxic", "poison", "poisonous"})
NUCLEAR = frozenset({"nuclear", "atomic", "radiological"})
# Words that say the violence was a mob's or a crowd's.
MOB = frozenset({"mob", "lynch", "vigilante", "lynching", "rioter", "crowd"})
PROTEST = frozenset(
    {"protester", "protestor", "demonstrator", "protest", "demonstration", "rally", "march", "marcher",
     "picket", "striker", "sit-in"}
)  # fmt: skip
# Words for the state using force on a crowd: "police fired tear gas", "security forces dispersed".
INTERVENTION = frozenset(
    {"disperse", "tear", "gas", "teargas", "cannon", "baton", "arrest", "detain", "rubber", "break", "clear",
     "pepper", "charge", "crackdown"}
)  # fmt: skip
LETHAL = frozenset({"kill", "die", "dead", "death", "live", "shoot", "fatally", "murder"})
CIVILIANS = frozenset(
    {"college", "campus", "dormitory", "mall", "stadium", "concert", "club", "bar", "bazaar", "teahouse", "hotel",
     "restaurant", "cafe", "shop", "store", "car", "vehicle", "plane", "university",
     "marketplace", "temple", "shrine", "residence", "neighbourhood", "neighborhood", "household", "motorist",
     "traveler", "traveller", "tourist", "guest", "wedding", "ngo", "mourner", "believer", "christian", "muslim",
     "civilian", "villager", "resident", "passenger", "worshipper", "pilgrim", "student", "child", "woman",
     "farmer", "family", "shopper", "patient", "people", "journalist", "aid", "teacher", "doctor", "nurse",
     "refugee", "migrant", "bus", "market", "school", "hospital", "mosque", "church", "home", "house",
     "village", "camp", "funeral", "pupil", "worker", "man", "person", "boy", "girl"}
)  # fmt: skip
ARMS = frozenset(
    {"firearm", "gun", "rifle", "pistol", "ammunition", "explosive", "ied", "vbied", "grenade", "weapon", "cache",
     "landmine", "mortar", "projectile", "kalashnikov", "munition", "arm", "launcher", "stockpile", "arsenal",
     "detonator", "ak-47", "bomb", "mine", "device", "drone", "missile", "rocket"}
)  # fmt: skip
INTERCEPTION = frozenset(
    {"intercept", "down", "shoot", "destroy", "neutralize", "neutralise", "thwart", "foil", "defuse", "dismantle"}
)


def lemmas(tokens: Iterable[Token]) -> set[str]:
    """Lower-cased lemmas and words of tokens, for cue look-ups."""
    found: set[str] = set()
    for token in tokens:
        found.add(token.lemma_.casefold())
        found.add(token.lower_)
    return found


def weapon_of(words: set[str]) -> str | None:
    """The most specific weapon class named.

    One of chemical, nuclear, suicide, grenade, air, artillery, explosive, small_arms, or ``None``.
    """
    named_agent = words & {"sarin", "chlorine", "mustard", "nerve", "vx", "novichok"}
    if named_agent or (
        words & CHEMICAL and words & {"weapon", "attack", "agent", "munition", "shell", "strike", "bomb"}
    ):
        return "chemical"  # "chemical plant" and "gas explosion" alone are no weapon
    if words & NUCLEAR and words & {"weapon", "strike", "attack", "bomb", "warhead", "missile"}:
        return "nuclear"
    if words & SUICIDE:
        return "suicide"
    if words & GRENADE:
        return "grenade"
    air = words & AIR
    if "anti" in words:
        air -= {"aircraft", "air", "drone", "plane", "jet", "helicopter"}  # "anti-aircraft fire" is ground fire
    if air:
        return "air"
    if words & ARTILLERY:
        return "artillery"
    if words & EXPLOSIVE:
        return "explosive"
    if words & SMALL_ARMS or {"open", "fire"} <= words:
        return "small_arms"
    return None


# The CAMEO code a generic use of force (180/190) becomes when the weapon is named.
WEAPON_CODES: dict[str, str] = {
    "chemical": "2041",
    "nuclear": "2042",
    "suicide": "1831",
    "air": "195",
    "artillery": "194",
    "explosive": "183",
    "small_arms": "193",
    "grenade": "190",
}
GENERIC_FORCE = frozenset({"180", "190"})


def refine_force_code(code: str, weapon: str | None, words: set[str]) -> str:
    """Make a generic use-of-force code specific to the weapon; leaves other codes alone."""
    if code in GENERIC_FORCE and ({"tear", "gas"} <= words or "teargas" in words):
        return "175"  # tear gas is riot control, not a chemical weapon
    if code == "183" and weapon in {"air", "artillery"}:
        return WEAPON_CODES[weapon]  # "blown up by a missile": a military weapon, not a bombing
    if code not in GENERIC_FORCE or weapon is None:
        return code
    if weapon == "explosive":
        if "car" in words:
            return "1832"
        if "roadside" in words or "ied" in words:
            return "1833"
    return WEAPON_CODES[weapon]


# Words that make a death or an explosion an accident or a disaster rather than an attack.
DISASTER = frozenset(
    {"earthquake", "quake", "tremor", "flood", "flooding", "volcano", "eruption", "storm", "hurricane", "cyclone",
     "typhoon", "tornado", "landslide", "avalanche", "rain", "snow", "accident", "crash", "collision", "leak",
     "leakage", "poisoning", "furnace", "boiler", "cylinder", "factory", "plant", "refinery", "pipeline",
     "transformer", "wildfire", "drought", "outbreak", "pandemic", "virus", "disease", "propane", "fireworks",
     "stampede", "tsunami", "cooking", "container", "stove", "kitchen", "gasoline", "firework", "heatwave",
     "blizzard", "lightning", "derailment", "tanker", "overdose"}
)  # fmt: skip
RIOT = frozenset(
    {"violent", "violence", "clash", "stone", "rock", "throw", "hurl", "smash", "torch", "ablaze", "loot",
     "vandalize", "vandalise", "firecracker", "projectile", "molotov", "petrol", "pelt", "riot", "unrest",
     "rampage", "brick", "bottle", "arson", "burn", "trash", "fight", "scuffle"}
)  # fmt: skip
CROWD_ACTORS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "youth", "marcher"})
# PLOVER sectors of armed, organised actors (militaries, police, intelligence, rebels, insurgents, militias):
# a side that can fight back, which ACLED's clashes and crowd-control types read.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "COP", "SPY", "PMC", "PRM"})
# Those of them that are the state's forces: the army, the police, the intelligence services.
STATE_FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})
STATE_FORCE_WORDS = frozenset(
    {"police", "security", "soldier", "troop", "force", "army", "military", "officer", "riot"}
)
