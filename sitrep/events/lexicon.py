"""The event lexicon (lexicon.yaml): which verbs and nouns mark events, and their CAMEO codes.

``Lexicon.code_verb(token)`` and ``Lexicon.code_noun(token)`` look a parsed word up and return the
most specific code its particles, prepositions, object or modifiers support, or ``None`` when the
word is not an event here ("fire the minister", "a heart attack").
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from sitrep.events import codebook
from sitrep.events.petrarch_verbs import PetrarchVerbs

LEXICON_PATH = Path(__file__).resolve().parent / "lexicon.yaml"
# Subjects that make "strike", "storm", "block" a protest rather than an armed action.
CROWDS = frozenset(
    {"protester", "protestor", "demonstrator", "worker", "union", "employee", "student", "crowd", "activist",
     "teacher", "doctor", "nurse", "miner", "farmer", "driver", "mob", "rioter", "supporter", "staff",
     "trucker", "pilot", "opposition", "youth", "resident", "villager", "trader", "shopkeeper", "merchant", "vendor",
     "lawyer", "fisherman", "fishermen"}
)  # fmt: skip


class LexiconError(ValueError):
    """The lexicon file is malformed or names a code that CAMEO does not have."""


# Verbs of carrying someone somewhere: with the doer's own family as object they are a move, not custody.
_CARRYING_VERBS = frozenset({"take", "bring"})


@dataclass(frozen=True, slots=True)
class VerbEntry:
    lemma: str
    code: str | None
    particles: dict[str, str] = field(default_factory=dict)
    preps: dict[str, str] = field(default_factory=dict)
    objects: dict[str, str] = field(default_factory=dict)
    object_classes: dict[str, str] = field(default_factory=dict)
    skip_objects: frozenset[str] = frozenset()
    target_preps: tuple[str, ...] = ()
    protest_code: str | None = None
    absorbed: bool = False
    governs: str | None = None
    particle_required: str | None = None
    labels: str | None = None  # code when the verb labels its object with a pejorative ("branded it a provocation")
    external: bool = False  # from a user's verb dictionary (PETRARCH): its codes need not be CAMEO
    infinitives: dict[str, str] = field(default_factory=dict)  # "ordered the troops to leave" -> code
    # the verb is an event only when its subject is in this class ("missiles fell on", not "prices fell on")
    subject_class: str | None = None
    # code when armed doers (class "armed") take a *named* place as object ("rebels entered Damascus"),
    # which the common-noun place class cannot see; "the president entered Kyiv" stays a visit or nothing
    armed_place_code: str | None = None
    # its accusation codes (CAMEO 11) charge the verb's subject ("Russia violated the sovereignty of Ukraine"):
    # the subject is the one accused, the accuser is whoever says so
    charge: bool = False
    # an event only with no object or clause ("protesters demonstrated", not "demonstrated its resolve")
    intransitive: bool = False
    # no event of its own when a "by" + gerund tells how it was done ("retaliated by announcing tariffs"): the
    # means is coded as the event, and the verb's own code would call any response force
    yields_to_means: bool = False
    # the verb's most general code, used when its direct object is a common noun it does not list and that is no
    # place, person, time, amount or event noun ("denied the petition": CAMEO 12 Reject); without it, no event
    other_object: str | None = None
    # code when the direct object is a person's name ("received Lavrov": CAMEO 043, hosting a visit), which the
    # common-noun objects and classes cannot see
    named_person: str | None = None
    # code when a place is the subject and armed doers (class "armed") the object of "to" ("the town fell to
    # government forces"): the place taken by them, who are the doer ("the price fell to $5" is no event)
    place_lost_to: str | None = None


@dataclass(frozen=True, slots=True)
class NounEntry:
    lemma: str
    code: str
    modifiers: dict[str, str] = field(default_factory=dict)
    skip_modifiers: frozenset[str] = frozenset()
    light_only: bool = False
    protest_code: str | None = None  # "workers went on strike"
    carriers: frozenset[str] = frozenset()  # the only light verbs that make it an event ("expressed sorrow")
    skip_targets: frozenset[str] = frozenset()  # "an attack on democracy": what it is "on" makes it a figure
    # an event only when what it is "of" (if anything) is in this class: "deployment of troops", not "of AI"
    of_class: str | None = None
    # an event only when a listed modifier or an "of" object in ``of_class`` says what kind it is: "a missile
    # test", "a test of a cruise missile", but no bare "test"
    kind_required: bool = False


@dataclass(frozen=True, slots=True)
class VerbMatch:
    code: str
    entry: VerbEntry
    refined_by: str | None  # the particle, preposition or object that chose the code
    source_after: bool | None = None  # an external pattern's side of the verb for the source ("$")
    target_after: bool | None = None  # and for the target ("+")


def _codes(mapping: dict | None, where: str) -> dict[str, str]:
    result = {str(key).casefold(): str(value) for key, value in (mapping or {}).items()}
    for key, code in result.items():
        if not codebook.is_cameo(code):
            raise LexiconError(f"{where}: {key!r} -> {code!r} is not a CAMEO code")
    return result


class Lexicon:
    def __init__(self, data: dict) -> None:
        try:
            defaults = data.get("defaults", {})
            self.default_target_preps: tuple[str, ...] = tuple(defaults.get("target_preps", []))
            self.light_verbs: frozenset[str] = frozenset(data.get("light_verbs", []))
            self.classes: dict[str, frozenset[str]] = {
                name: frozenset(words) for name, words in (data.get("classes") or {}).items()
            }
            self.verbs: dict[str, VerbEntry] = {
                lemma: self._verb(lemma, spec or {}) for lemma, spec in (data.get("verbs") or {}).items()
            }
            self.nouns: dict[str, NounEntry] = {
                lemma: self._noun(lemma, spec or {}) for lemma, spec in (data.get("nouns") or {}).items()
            }
            # A user's verb dictionary, consulted first; for the verbs it lists it replaces ours.
            self.extra_verbs: PetrarchVerbs | None = None
        except (AttributeError, TypeError) as error:
            raise LexiconError(f"malformed lexicon: {error}") from error

    def _verb(self, lemma: str, spec: dict) -> VerbEntry:
        where = f"verbs.{lemma}"
        code = spec.get("code")
        codes = _codes({"code": code} if code else {}, where)
        protest = _codes({"protest_code": spec["protest_code"]} if spec.get("protest_code") else {}, where)
        classes = _codes(spec.get("object_classes"), where)
        unknown = set(classes) - set(self.classes)
        if unknown:
            raise LexiconError(f"{where}: unknown object classes {sorted(unknown)}")
        return VerbEntry(
            lemma=lemma,
            code=codes.get("code"),
            particles=_codes(spec.get("particles"), where),
            preps=_codes(spec.get("preps"), where),
            objects=_codes(spec.get("objects"), where),
            object_classes=classes,
            skip_objects=frozenset(spec.get("skip_objects", [])),
            yields_to_means=bool(spec.get("yields_to_means", False)),
            target_preps=tuple(spec.get("target_preps", self.default_target_preps)),
            protest_code=protest.get("protest_code"),
            absorbed=bool(spec.get("absorbed", False)),
            governs=spec.get("governs"),
            particle_required=spec.get("particle_required"),
            labels=_codes({"labels": spec["labels"]} if spec.get("labels") else {}, where).get("labels"),
            infinitives=_codes(spec.get("infinitives"), where),
            subject_class=self._known_class(spec.get("subject_class"), where),
            armed_place_code=_codes({"armed_place_code": spec.get("armed_place_code")}, where).get("armed_place_code")
            if spec.get("armed_place_code")
            else None,
            charge=bool(spec.get("charge", False)),
            intransitive=bool(spec.get("intransitive", False)),
            other_object=_codes({"other_object": spec["other_object"]}, where)["other_object"]
            if spec.get("other_object")
            else None,
            named_person=_codes({"named_person": spec["named_person"]}, where)["named_person"]
            if spec.get("named_person")
            else None,
            place_lost_to=_codes({"place_lost_to": spec["place_lost_to"]}, where)["place_lost_to"]
            if spec.get("place_lost_to")
            else None,
        )

    def _known_class(self, name: str | None, where: str) -> str | None:
        if name is not None and name not in self.classes:
            raise LexiconError(f"{where}: unknown class {name!r}")
        return name

    def _noun(self, lemma: str, spec: dict) -> NounEntry:
        where = f"nouns.{lemma}"
        code = _codes({"code": spec.get("code")}, where)["code"]
        return NounEntry(
            lemma=lemma,
            code=code,
            modifiers=_codes(spec.get("modifiers"), where),
            skip_modifiers=frozenset(spec.get("skip_modifiers", [])),
            light_only=bool(spec.get("light_only", False)),
            protest_code=_codes({"p": spec["protest_code"]}, where)["p"] if spec.get("protest_code") else None,
            carriers=frozenset(spec.get("carriers", [])),
            skip_targets=frozenset(spec.get("skip_targets", [])),
            of_class=self._known_class(spec.get("of_class"), where),
            kind_required=bool(spec.get("kind_required", False)),
        )

    def in_class(self, lemma: str, name: str) -> bool:
        return lemma in self.classes.get(name, frozenset())

    def code_verb(self, verb: Token) -> VerbMatch | None:
        """The code of a verb in its clause, or ``None`` if it is no event here."""
        match = self._code_verb(verb)
        if (
            match is not None
            and match.entry.protest_code
            and match.code[:2] in _COERCIVE_ROOTS
            and not match.entry.external
            and _subject_is_crowd(verb)
            and not self.in_class(match.refined_by or "", "arms")
        ):
            # a crowd that blocks a convoy or seizes a factory is protesting (obstruction, CAMEO 14), not
            # the state's coercion the object alone would suggest; a crowd that seizes weapons is not
            return VerbMatch(match.entry.protest_code, match.entry, "crowd")
        return match

    def _code_verb(self, verb: Token) -> VerbMatch | None:
        if self.extra_verbs is not None and self.extra_verbs.lemma_of(verb) is not None:
            coding = self.extra_verbs.code(verb)
            if coding is None or coding.code is None:
                return None
            external = VerbEntry(lemma=coding.verb.lemma, code=coding.code, external=True)
            return VerbMatch(coding.code, external, None, coding.source_after, coding.target_after)
        entry = self.verbs.get(verb_lemma(verb, self.verbs))
        if entry is None:
            return None
        if entry.place_lost_to is not None and self._place_lost_to_armed(verb):
            # the place is the subject and its takers follow "to": the doer comes after the verb
            return VerbMatch(entry.place_lost_to, entry, "to", source_after=True, target_after=False)
        if entry.subject_class is not None and not any(
            self.in_class(lemma, entry.subject_class) for lemma in _subject_lemmas(verb)
        ):
            return None  # "prices fell on Monday", "the blame falls on him": no projectile fell
        children = list(verb.children)
        if entry.particle_required and not any(
            _is_particle(child, verb) and child.lower_ == entry.particle_required for child in children
        ):
            # "set up a base" needs the particle; "set fire to" names its own object, "set ablaze" its state
            for child in children:
                if child.lower_ in entry.particles and child.dep_ in {"prt", "advmod", "acomp", "oprd"}:
                    return VerbMatch(entry.particles[child.lower_], entry, child.lower_)
            objects = set(_object_lemmas(verb, entry)) & set(entry.objects)
            if not objects:
                return None
            lemma = sorted(objects)[0]
            return VerbMatch(entry.objects[lemma], entry, lemma)
        for child in children:
            if child.lower_ in entry.particles and _is_particle(child, verb):
                return VerbMatch(entry.particles[child.lower_], entry, child.lower_)
        prefix = _hyphen_prefix(verb)
        if prefix is not None and prefix in entry.particles:
            return VerbMatch(entry.particles[prefix], entry, prefix)
        if (
            entry.labels
            and not any(c.dep_ == "prep" and c.lower_ in entry.preps for c in children)
            and _label_lemmas(verb) & self.classes.get("pejorative", frozenset())
        ):
            return VerbMatch(entry.labels, entry, None)
        if entry.infinitives:
            ordered = _ordered_away(verb, entry)
            if ordered is not None:
                return VerbMatch(entry.infinitives[ordered], entry, ordered)
        if entry.intransitive and any(child.dep_ in {"dobj", "ccomp"} for child in children):
            return None
        objects = _object_lemmas(verb, entry)  # in the text's order, so the first object named decides
        if entry.skip_objects.intersection(objects):
            return None
        if entry.yields_to_means and any(
            child.dep_ == "prep" and child.lower_ == "by" and any(c.dep_ == "pcomp" for c in child.children)
            for child in children
        ):
            return None
        for lemma in objects:
            if lemma in entry.objects:
                return VerbMatch(entry.objects[lemma], entry, lemma)
        for lemma in objects:
            for name, code in entry.object_classes.items():
                if self.in_class(lemma, name) and not (name == "person" and self._moves_own_kin(verb, lemma)):
                    return VerbMatch(code, entry, lemma)
        for child in children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in entry.preps and not is_time_phrase(child):
                return VerbMatch(entry.preps[child.lower_], entry, child.lower_)
        if entry.protest_code and _subject_is_crowd(verb):
            return VerbMatch(entry.protest_code, entry, "crowd")
        if entry.armed_place_code is not None and self.in_class(_subject_lemma(verb), "armed"):
            place = _named_place_object(verb)
            if place is not None:
                return VerbMatch(entry.armed_place_code, entry, place)
        if entry.named_person is not None and _named_person_object(verb):
            return VerbMatch(entry.named_person, entry, None)
        if entry.code is None:
            return self._other_object(verb, entry) if entry.other_object else None
        return VerbMatch(entry.code, entry, None)

    def _place_lost_to_armed(self, verb: Token) -> bool:
        """A place as the verb's subject and armed men as the object of its "to" ("the town fell to the
        rebels", "Kunduz fell to the Taliban")."""
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None or not (self.in_class(subject.lemma_.casefold(), "place") or _place_name(subject)):
            return False
        return any(
            self.in_class(grand.lemma_.casefold(), "armed")
            for child in verb.children
            if child.dep_ == "prep" and child.lower_ == "to"
            for grand in child.children
            if grand.dep_ == "pobj"
        )

    def _other_object(self, verb: Token, entry: VerbEntry) -> VerbMatch | None:
        """The verb's general code for a direct object it does not list: a common noun that is no place, time
        or person (those name where, when or whom, and the verb's own entries decide them)."""
        for child in verb.children:
            if child.dep_ != "dobj" or child.pos_ != "NOUN" or child.ent_type_ in _NOT_A_THING:
                continue
            lemma = child.lemma_.casefold()
            # an event noun ("denied the attack") is an event of its own, which the verb frames
            if not (self.in_class(lemma, "place") or self.in_class(lemma, "person") or self.code_noun(child)):
                return VerbMatch(entry.other_object, entry, lemma)
        return None

    def _moves_own_kin(self, verb: Token, lemma: str) -> bool:
        """"took her children back to China", "brought his family home": a verb of carrying whose object is
        the doer's own family (a kin noun with a possessive) moves a household; it is no arrest."""
        if verb.lemma_.casefold() not in _CARRYING_VERBS or not self.in_class(lemma, "kin"):
            return False
        return any(
            child.dep_ == "dobj" and child.lemma_.casefold() == lemma and any(c.dep_ == "poss" for c in child.children)
            for child in verb.children
        )

    def _of_in_class(self, noun: Token, name: str) -> bool:
        """Is what the noun is "of" in the class, or is it "of" nothing? A quantity is looked through:
        "the deployment of thousands of soldiers". A conjunct shares its head's "of": "the advancement and
        deployment of AI"."""
        def of_objects(token: Token) -> list[Token]:
            return [obj for child in token.children if child.dep_ == "prep" and child.lower_ == "of"
                    for obj in child.children if obj.dep_ == "pobj"]  # fmt: skip

        objects = of_objects(noun)
        if not objects and noun.dep_ == "conj":
            objects = of_objects(noun.head)
        for obj in objects:
            heads = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
            if not any(self._head_in_class(head, name) for head in heads):
                return False
        return True

    def _head_in_class(self, head: Token, name: str) -> bool:
        """The head's lemma is in the class; for the place class a place's name is too ("the recapture of
        Palmyra"), which no list of common nouns can hold."""
        return self.in_class(head.lemma_.casefold(), name) or (name == "place" and _place_name(head))

    def code_noun(self, noun: Token) -> tuple[str, NounEntry] | None:
        """The code of an event noun ("airstrike", "the attack on", "clashes"), or ``None``."""
        entry = self.nouns.get(noun.lemma_.casefold()) or self.nouns.get(noun.lower_)
        if entry is None:
            return None
        modifiers = [
            child.lemma_.casefold() for child in noun.children if child.dep_ in {"compound", "amod", "nmod", "poss"}
        ]
        if set(modifiers) & entry.skip_modifiers:
            return None
        if entry.skip_targets and any(
            child.dep_ == "prep" and child.lower_ in {"on", "against", "upon"}
            and any(obj.dep_ == "pobj" and obj.lemma_.casefold() in entry.skip_targets for obj in child.children)
            for child in noun.children
        ):
            return None
        if entry.of_class is not None and not self._of_in_class(noun, entry.of_class):
            return None
        for lemma in modifiers:
            if lemma in entry.modifiers:
                return entry.modifiers[lemma], entry
        if entry.kind_required and not (entry.of_class is not None and self._of_named(noun, entry.of_class)):
            return None
        return entry.code, entry

    def _of_named(self, noun: Token, name: str) -> bool:
        """Does the noun have an "of" object, in the class ("a test of a new missile")?"""
        return any(
            child.dep_ == "prep" and child.lower_ == "of" for child in noun.children
        ) and self._of_in_class(noun, name)


TIME_ENTITIES = frozenset({"DATE", "TIME"})
# an amount as object ("declined 5 percent", "resisted 3 days") is a measure, not a thing refused
QUANTITIES = frozenset({"PERCENT", "QUANTITY", "MONEY", "CARDINAL"})
_NOT_A_THING = TIME_ENTITIES | QUANTITIES


def is_time_phrase(prep: Token) -> bool:
    """'on Tuesday', 'at dawn', 'for two years': a preposition whose object is a time, not a participant."""
    return any(
        child.dep_ == "pobj"
        and child.ent_type_ in TIME_ENTITIES
        and not any(grand.dep_ == "compound" and grand.ent_type_ not in TIME_ENTITIES for grand in child.children)
        for child in prep.children
    )


# Irregular past forms of event verbs that the small model leaves unlemmatized ("retook" -> "retook").
IRREGULAR_PAST = {
    "retook": "retake", "retaken": "retake", "overran": "overrun", "undertook": "undertake", "withdrew": "withdraw",
    "withdrawn": "withdraw", "overthrew": "overthrow", "overthrown": "overthrow", "slew": "slay", "slain": "slay",
    "swore": "swear", "sworn": "swear", "forbade": "forbid", "forbidden": "forbid", "besought": "beseech",
    "foresaw": "foresee", "upheld": "uphold", "shot": "shoot", "fled": "flee", "sought": "seek", "struck": "strike",
    "stricken": "strike", "beaten": "beat", "blew": "blow", "blown": "blow", "froze": "freeze", "frozen": "freeze",
    "forgave": "forgive", "forgiven": "forgive", "forsook": "forsake", "forsaken": "forsake",
}  # fmt: skip


def verb_lemma(token: Token, known: frozenset[str] | dict) -> str:
    """The token's lemma, or a plain de-inflection of its form when the lemmatizer missed a known verb
    ("staged" lemmatized as "stag")."""
    lemma = token.lemma_.casefold()
    if lemma in known:
        return lemma
    form = token.lower_
    irregular = IRREGULAR_PAST.get(form)
    if irregular is not None and irregular in known:
        return irregular
    guesses = []
    if form.endswith("ied"):
        guesses.append(form[:-3] + "y")
    # a doubled final consonant is undone only where it is doubled: "rammed" -> "ram", but "ramped" is no "ram"
    if form.endswith("ed"):
        guesses += [form[:-1], form[:-2]] + ([form[:-3]] if len(form) > 4 and form[-3] == form[-4] else [])
    if form.endswith("ing"):
        guesses += [form[:-3], form[:-3] + "e"] + ([form[:-4]] if len(form) > 5 and form[-4] == form[-5] else [])
    if form.endswith("s"):
        guesses += [form[:-1], form[:-2]]
    return next((guess for guess in guesses if guess in known), lemma)


def _ordered_away(verb: Token, entry: VerbEntry) -> str | None:
    """The infinitive of "ordered the French troops to leave": someone else's people told to go (a demand,
    CAMEO 1056). A side ordering its own ("ordered its troops to withdraw") is coded from the infinitive."""
    told = [child for child in verb.children if child.dep_ == "dobj"]
    if not told or told[0].lemma_.casefold() in entry.objects or any(g.dep_ == "poss" for g in told[0].children):
        return None  # "ordered the ambassador to leave" is an expulsion (the object's own code)
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            lemma = child.lemma_.casefold()
            return lemma if lemma in entry.infinitives else None
    return None


def _object_lemmas(verb: Token, entry: VerbEntry) -> list[str]:
    """Lemmas of the verb's object: direct object, passive subject, or object of a target preposition.

    Quantity heads are looked through: "dozens of border guards" -> {"dozen", "guard"}.
    """
    passive = any(child.dep_ in {"auxpass", "nsubjpass"} for child in verb.children)
    heads: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"} or (passive and child.dep_ == "nsubjpass"):
            heads.append(child)
        elif (
            child.dep_ == "prep"
            and (child.lower_ in entry.target_preps or child.lower_ in {"of", "with", "for"})
            and (not is_time_phrase(child))
        ):
            heads.extend(grand for grand in child.children if grand.dep_ == "pobj")
        elif child.dep_ in {"dative", "oprd", "acomp"} or (child.dep_ == "ccomp" and child.pos_ == "ADJ"):
            heads.append(child)  # "found him guilty", "holds Kyiv responsible" (parsed as a clause)
        elif child.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            # "allowed 200 aid trucks to enter": the subject of the infinitive is what was allowed
            heads.extend(grand for grand in child.children if grand.dep_ == "nsubj")
        elif (
            child.dep_ in {"ccomp", "xcomp"}
            and child.tag_ == "VBN"
            and not any(g.dep_ in {"aux", "auxpass"} for g in child.children)
        ):
            # "found hundreds of grenades concealed in a container": the participle's subject is what was found
            heads.extend(grand for grand in child.children if grand.dep_ in {"nsubj", "nsubjpass"})
    if (verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}) or (
        passive and verb.dep_ in {"acl", "relcl"} and not any(child.dep_ == "nsubjpass" for child in verb.children)
    ):
        heads.append(verb.head)  # "a report released on Tuesday", "a report to be released next month"
    lemmas: dict[str, None] = {}  # ordered: a set's order changes from run to run, and so would the code
    for head in heads:
        lemmas[head.lemma_.casefold()] = None
        if head.tag_ == "NNPS" and head.lower_.endswith("s"):
            lemmas[head.lower_[:-1]] = None  # "returned the Chagos Islands": a plural name keeps its "s" as lemma
        if head.ent_type_ == "NORP" and head.tag_ in {"NNPS", "NNS"}:
            lemmas["people"] = None  # "evacuated 300 Americans", "trained Ukrainians": a nationality's people
        lemmas.update((c.lemma_.casefold(), None) for c in head.children if c.dep_ == "compound")
        for child in head.children:  # "dozens of guards", "control of the town"
            if child.dep_ == "prep" and child.lower_ == "of":
                lemmas.update((grand.lemma_.casefold(), None) for grand in child.children if grand.dep_ == "pobj")
        lemmas.update((lemma, None) for lemma in _contents(head))
    return list(lemmas)


# Things that hold other things: "a bag containing grenades was found" found the grenades. Vehicles are left
# out: "attacked a bus carrying pilgrims" attacked the bus.
CONTAINERS = frozenset(
    {"bag", "box", "sack", "container", "packet", "package", "parcel", "suitcase", "briefcase", "backpack", "bucket",
     "tin", "can", "drum", "jar", "cooker", "crate", "carton", "trunk", "basket", "pouch", "bundle", "satchel"}
)  # fmt: skip
_HOLDING_VERBS = frozenset({"contain", "carry", "hold", "pack", "fill", "stuff", "lade", "load"})


def _contents(head: Token) -> list[str]:
    """Lemmas of what a container holds: "a bag containing grenades", "a box filled with explosives", "a sack
    with detonators"."""
    if head.lemma_.casefold() not in CONTAINERS:
        return []
    found: list[str] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            found.extend(g.lemma_.casefold() for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in {"acl", "relcl", "amod"} and child.lemma_.casefold() in _HOLDING_VERBS:
            for grand in child.children:
                if grand.dep_ == "dobj":
                    found.append(grand.lemma_.casefold())
                elif grand.dep_ == "prep" and grand.lower_ == "with":
                    found.extend(g.lemma_.casefold() for g in grand.children if g.dep_ == "pobj")
    return found


_LABEL_DEPS = frozenset({"dobj", "oprd", "ccomp", "xcomp", "attr", "acomp", "advcl", "conj"})


def _label_lemmas(verb: Token) -> set[str]:
    """Words a labelling verb applies to its object: "called the sanctions illegal", "described it as a lie"."""
    lemmas: set[str] = set()
    for child in verb.children:
        if child.dep_ in _LABEL_DEPS or (child.dep_ == "prep" and child.lower_ == "as"):
            lemmas.update(t.lemma_.casefold() for t in child.subtree if t.pos_ in {"ADJ", "NOUN"})
    return lemmas


PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_ENTITIES = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


_COERCIVE_ROOTS = frozenset({"16", "17", "19"})


def _is_particle(child: Token, verb: Token) -> bool:
    """A verb particle, also where the small model reads it as an adverb right after an intransitive verb
    ("stepped down", "pulled back from the town")."""
    if child.dep_ == "prt":
        return True
    if child.i == verb.i - 2 and verb.nbor(-1).text == "-":
        return True  # a hyphenated prefix that makes the verb ("baton-charged"), read as a particle
    if child.dep_ != "advmod" or child.i != verb.i + 1:
        return False
    if any(other.dep_ == "dobj" for other in verb.children):
        return False  # a transitive phrasal verb gets its "prt" from the parser; an adverb here is an adverb
    # "drove back to their hideout", "walked out into the street": an adverb of motion towards a place
    following = child.nbor(1) if child.i + 1 < len(child.doc) else None
    return following is None or following.lower_ not in _DESTINATION_WORDS


def _hyphen_prefix(verb: Token) -> str | None:
    """The word hyphened to the verb ("were lathi-charged"), which the parser may hang off another word (the
    auxiliary) rather than the verb: it is still the verb's prefix."""
    if verb.i < 2 or verb.nbor(-1).text != "-" or verb.nbor(-1).whitespace_:
        return None
    prefix = verb.nbor(-2)
    return None if prefix.whitespace_ else prefix.lower_


_DESTINATION_WORDS = frozenset({"to", "into", "onto", "home", "toward", "towards", "inside", "across", "through"})


# Nouns that name a body of people by what it is ("a rebel group", "the militant outfit"): its modifier says
# what kind of people it holds.
GROUP_NOUNS = frozenset({"group", "outfit", "organisation", "organization", "faction", "wing", "movement", "band"})


def _subject_lemmas(verb: Token) -> list[str]:
    """The subject's lemma and, where the subject is a group noun ("the rebel group has disbanded"), the
    lemmas of its compound and adjective modifiers, which tell what the group is."""
    lemma = _subject_lemma(verb)
    if lemma not in GROUP_NOUNS:
        return [lemma]
    subject = next(
        (
            child
            for holder in (verb, verb.head if verb.dep_ == "conj" else None)
            if holder is not None
            for child in holder.children
            if child.dep_ in {"nsubj", "nsubjpass"}
        ),
        None,
    )
    if subject is None:
        return [lemma]
    return [lemma] + [child.lemma_.casefold() for child in subject.children if child.dep_ in {"compound", "amod"}]


def _subject_lemma(verb: Token) -> str:
    """The lemma of the verb's subject, or of the subject it shares as a conjunct ("fell and exploded")."""
    for holder in (verb, verb.head if verb.dep_ == "conj" else None):
        if holder is None:
            continue
        subject = next((child for child in holder.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject.lemma_.casefold()
    return ""


def _named_place_object(verb: Token) -> str | None:
    """The named place a verb takes as its object ("entered Damascus", "moved into Goma"), if any."""
    for child in verb.children:
        heads = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ in {"into", "in"}:
            heads = [grand for grand in child.children if grand.dep_ == "pobj"]
        for head in heads:
            # the small model often tags a town as a person ("entered Goma"); armed men enter places, so a
            # proper name that is no date or nationality is read as one
            if head.ent_type_ in PLACE_ENTITIES or (head.tag_ == "NNP" and head.ent_type_ not in NOT_PLACE_ENTITIES):
                return head.lemma_.casefold()
    return None


def _place_name(token: Token) -> bool:
    """A proper name that may be a place's: the small model often tags a town as a person, a group or a
    nationality ("the recapture of Palmyra", "Kunduz fell"), so any proper noun that is no date or number is
    read as one where the phrase around it already speaks of ground taken."""
    return token.ent_type_ in PLACE_ENTITIES or (token.pos_ == "PROPN" and token.ent_type_ not in _NOT_A_PLACE_NAME)


_NOT_A_PLACE_NAME = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _named_person_object(verb: Token) -> bool:
    """Is the verb's direct object a person's name ("received Lavrov", "received Prime Minister Modi")?"""
    return any(child.dep_ == "dobj" and child.ent_type_ == "PERSON" for child in verb.children)


def _subject_is_crowd(verb: Token) -> bool:
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is None:  # "the building was demolished by protesters": the agent is the doer
        agent = next((child for child in verb.children if child.dep_ == "agent"), None)
        subject = next((child for child in agent.children if child.dep_ == "pobj"), None) if agent else None
    if subject is None and verb.dep_ == "conj":
        subject = next((child for child in verb.head.children if child.dep_ == "nsubj"), None)
    if subject is None:
        # "workers went on strike", "went on an indefinite strike": no object at all reads as a walkout
        return verb.lemma_ == "strike" and not any(c.dep_ in {"dobj", "prep"} for c in verb.children)
    if subject.lemma_.casefold() in _COUNTED_HEADS:
        # "hundreds of protesters gathered": the crowd is what is counted
        counted = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        subject = next((g for g in counted if g.dep_ == "pobj"), subject)
    words = {subject.lemma_.casefold()} | {c.lemma_.casefold() for c in subject.children if c.dep_ == "compound"}
    return bool(words & CROWDS)


_COUNTED_HEADS = frozenset({"hundred", "thousand", "dozen", "ten", "score", "million", "crowd", "group", "number"})


class _LexiconLoader(yaml.SafeLoader):
    """YAML without the 1.1 booleans on/off/yes/no: "on" and "off" are prepositions and particles here."""


_LexiconLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LexiconLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _unique_mapping(loader: _LexiconLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    """A mapping whose keys are unique: a repeated verb or object would silently lose an entry."""
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise LexiconError(f"line {key_node.start_mark.line + 1}: {key!r} is listed twice")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_LexiconLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def parse_lexicon(text: str) -> dict:
    """The lexicon file's mapping (``on``/``off`` stay words)."""
    return yaml.load(text, Loader=_LexiconLoader)


def with_extra_verbs(lexicon: Lexicon, extra: PetrarchVerbs) -> Lexicon:
    """A copy of ``lexicon`` that codes the verbs ``extra`` lists with ``extra`` (the original is shared)."""
    combined = copy.copy(lexicon)
    combined.extra_verbs = extra
    return combined


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The lexicon shipped with sitrep (read once per process)."""
    try:
        data = parse_lexicon(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"cannot read the event lexicon {path}: {error}") from error
    if not isinstance(data, dict):
        raise LexiconError(f"the event lexicon {path} is not a mapping")
    return Lexicon(data)
