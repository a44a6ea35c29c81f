"""Candidates that read as force but are no act of force between actors, found on real news (VOA, train):
a quarrel between two leaders called a "clash", fires that burn and crops that are damaged with no one
doing it, harm someone only risks ("a good chance of being tortured"), and an event noun used to name a
kind of building ("the detention center"). Each pass looks only at the candidate's own tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from sitrep.events.detect import Candidate
    from sitrep.events.lexicon import Lexicon

# Roots whose candidates read as force: protest, coercion, assault, fight, mass violence.
FORCE_LIKE_ROOTS = frozenset({"14", "17", "18", "19", "20"})
ARMED_WORDS = frozenset(
    {"rebel", "fighter", "troop", "force", "soldier", "army", "militant", "insurgent", "militia", "police",
     "gunman", "guard", "military", "protester", "demonstrator", "supporter", "crowd", "gang", "jihadist"}
)  # fmt: skip
VERBAL_DISPUTE = "111"


def _sides(clash: Token) -> list[Token]:
    """Who clashed: the subject, the objects of "with" / "between", and what they are joined to."""
    sides: list[Token] = []
    for child in clash.children:
        if child.dep_ == "nsubj" and child.pos_ in {"PROPN", "PRON", "NOUN"}:
            sides.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"with", "between"}:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                sides.append(pobj)
                sides.extend(c for c in pobj.conjuncts)
    return sides


def _a_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" and token.lemma_.casefold() not in ARMED_WORDS


def verbal_clashes(candidates: list[Candidate]) -> None:
    """'The Oval Office clash between President Trump and President Zelenskyy': when the only sides named
    are persons and at least one comes after "with" / "between", the clash is a quarrel (CAMEO 111).
    A named place or an armed group as a side ("clashed with police") keeps it a fight."""
    for candidate in candidates:
        trigger = candidate.trigger
        if trigger.lemma_.casefold() != "clash" or candidate.root not in FORCE_LIKE_ROOTS:
            continue
        sides = _sides(trigger)
        prep_sides = [side for side in sides if side.dep_ in {"pobj", "conj"}]
        if prep_sides and all(_a_person(side) for side in prep_sides):
            candidate.code = VERBAL_DISPUTE


# What grows in a field is harmed by weather, pests or animals when no one is named doing it.
CROP_WORDS = frozenset(
    {"crop", "harvest", "field", "farmland", "plantation", "pasture", "orchard", "vegetation", "forest", "tree",
     "grain", "maize", "rice", "wheat", "livestock", "cattle"}
)  # fmt: skip
# Verbs that, used without an object, say that a thing burns rather than that someone burns it.
BURNING_VERBS = frozenset({"burn", "smoulder", "smolder", "rage"})


def _has_doer(verb: Token) -> bool:
    return any(child.dep_ in {"nsubj", "agent"} for child in verb.children)


def fires_and_crops(candidates: list[Candidate]) -> None:
    """'Half are burning out of control', 'crops are damaged': a thing burning, or crops harmed with no
    doer named, is a disaster or a loss, not an event between actors."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or candidate.root not in FORCE_LIKE_ROOTS:
            continue
        lemma = verb.lemma_.casefold()
        objects = [child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}]
        if lemma in BURNING_VERBS and not objects and verb.dep_ not in {"acl", "amod"}:
            candidate.suppressed = True
            continue
        patients = [child for child in verb.children if child.dep_ == "nsubjpass"]
        if patients and not _has_doer(verb) and all(p.lemma_.casefold() in CROP_WORDS for p in patients):
            candidate.suppressed = True


# Nouns that make what follows "of" a prospect: "a good chance of being tortured", "the risk of attack".
PROSPECT_NOUNS = frozenset(
    {"chance", "risk", "danger", "threat", "fear", "possibility", "likelihood", "prospect", "spectre", "specter"}
)


def _prospect_of(token: Token) -> bool:
    """Does the token (or the list it belongs to) hang off "of" after a prospect noun?"""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ not in {"pobj", "pcomp"} or token.head.lower_ != "of":
        return False
    return token.head.head.lemma_.casefold() in PROSPECT_NOUNS


def risked_harms(candidates: list[Candidate]) -> None:
    """'They face a good chance of being abused or tortured', 'threats of violence': harm that may come is
    no harm that happened (the threat itself, when coded, is its own candidate)."""
    for candidate in candidates:
        if candidate.root in FORCE_LIKE_ROOTS and _prospect_of(candidate.trigger):
            candidate.suppressed = True


# Buildings and kinds of equipment named by the activity done in or with them.
NAMED_FOR_THE_ACT = frozenset(
    {"center", "centre", "camp", "facility", "cell", "site", "unit", "block", "wing", "compound", "helicopter",
     "aircraft", "drone", "jet", "submarine", "dog", "boat", "vessel"}
)  # fmt: skip


def kinds_named_for_an_act(candidates: list[Candidate]) -> None:
    """'the detention center at Guantanamo Bay', 'attack helicopters': the event noun names a kind of
    place or machine, not an event."""
    for candidate in candidates:
        noun = candidate.trigger
        if candidate.verbal or noun.dep_ != "compound":
            continue
        if noun.head.lemma_.casefold() in NAMED_FOR_THE_ACT:
            candidate.suppressed = True


# Verbs of firing that a hyphened "test" makes a weapons test: "test-fired two missiles", "test-launched".
_TEST_FIRING = frozenset({"fire", "launch"})
WEAPONS_TEST = "150"


def test_firings(candidates: list[Candidate]) -> None:
    """'North Korea test-fired two ballistic missiles': the parser splits the verb at the hyphen and keeps "fired";
    a test firing shows military capability (CAMEO 150 "demonstrate military power", PLOVER MOBILIZE `weapons`),
    no attack on anyone."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or verb.lemma_.casefold() not in _TEST_FIRING or verb.i < 2:
            continue
        before, hyphen = verb.doc[verb.i - 2], verb.doc[verb.i - 1]
        if before.lower_ == "test" and hyphen.text == "-":
            candidate.code = WEAPONS_TEST


WARNING_VERBS = frozenset({"warn"})
STATEMENT = "010"
# Classes whose members, as what a warning is about, make it a threat: "warned that the army will respond".
_ACTING_CLASSES = ("armed", "forces", "sanction", "person")


def _what_is_foretold(warning: Token) -> Token | None:
    """The active subject of the clause a warning announces, when it is a common noun: "warn that type 2
    diabetes could affect millions" -> diabetes."""
    clause = next((child for child in warning.children if child.dep_ == "ccomp"), None)
    if clause is None or any(child.dep_ in {"nsubjpass", "auxpass"} for child in clause.children):
        return None  # "warned that terrorists will not be spared": a passive hides who will act
    subject = next((child for child in clause.children if child.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    return subject


def warnings_of_no_act(candidates: list[Candidate], lexicon: Lexicon) -> None:
    """'Researchers warn that type 2 diabetes could affect millions', 'warned that the situation could get
    worse': a warning about what a thing (no party, no act) may do threatens no one. It is a statement
    (CAMEO 010); "warned that the army will respond" or "warned it would strike" stay threats."""
    for candidate in candidates:
        warning = candidate.trigger
        if not candidate.verbal or candidate.code != "130" or warning.lemma_.casefold() not in WARNING_VERBS:
            continue
        if any(child.dep_ in {"dobj", "dative"} for child in warning.children):
            continue  # a warning addressed to someone
        subject = _what_is_foretold(warning)
        if subject is None:
            continue
        lemma = subject.lemma_.casefold()
        if lexicon.code_noun(subject) is not None or any(lexicon.in_class(lemma, name) for name in _ACTING_CLASSES):
            continue
        candidate.code = STATEMENT


def prices_charged(candidates: list[Candidate]) -> None:
    """'Hospitals in Vietnam charge less': an active "charge" with no one charged and no offence ("with")
    asks a price; it accuses no one (legal charges are "charged him" or "was charged with")."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or candidate.code != "173" or verb.lemma_.casefold() != "charge":
            continue
        if any(child.dep_ in {"dobj", "dative", "nsubjpass", "auxpass"} for child in verb.children):
            continue
        if any(child.dep_ == "prep" and child.lower_ == "with" for child in verb.children):
            continue
        candidate.suppressed = True
