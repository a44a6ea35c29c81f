"""Candidates that read as diplomacy or aid but are ordinary life or description, found reading coded news
(VOA, train) as an analyst would: tourists, patients and migrants who travel are no state visit, "talking
about" a subject consults no one, "hail from" is where people come from, "militants armed with rifles"
describes the militants (no one armed them), and an event noun inside a view ("sees the ban as part of a
larger crackdown") is how someone reads a thing, not an act that happened; a source that "declined to comment"
refuses a reporter an answer, and rejects nothing; a defendant who "pleaded not guilty" asks no one for anything.
Each pass looks only at the candidate's own tokens and their heads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from sitrep.events.detect import Candidate

VISIT_CODES = frozenset({"042", "043"})
TRAVEL_VERBS = frozenset({"travel", "visit", "arrive", "tour", "come", "go", "fly", "head", "return", "flee"})
# People who travel for their own lives (health, work, leisure, refuge) and the vehicles that carry them: their
# trips are no diplomatic visit (CAMEO 042 "make a visit" is one party's officials going to another).
ORDINARY_TRAVELLERS = frozenset(
    {"patient", "tourist", "immigrant", "migrant", "refugee", "foreigner", "student", "visitor", "traveller",
     "traveler", "pilgrim", "passenger", "people", "family", "resident", "citizen", "fan", "spectator", "worker",
     "woman", "child", "man", "girl", "boy", "parent", "customer", "shopper", "holidaymaker", "backpacker",
     "asylum-seeker", "newcomer", "settler", "influencer", "blogger", "tourism",
     "train", "bus", "ship", "vessel", "boat", "plane", "flight", "ferry", "tanker", "truck", "convoy", "express"}
)  # fmt: skip
# Places people go for their own needs: a visit to one is no visit to a party.
FACILITIES = frozenset(
    {"hospital", "clinic", "facility", "park", "gym", "bath", "museum", "school", "university", "shop", "store",
     "market", "restaurant", "beach", "resort", "hotel", "church", "mosque", "temple", "home", "doctor",
     "dentist", "pharmacy", "zoo", "cinema", "theatre", "theater", "stadium", "mall", "office"}
)  # fmt: skip


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or, for an infinitive ("had to travel", "want to visit"), the subject of the verb
    it complements."""
    for _ in range(3):
        subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        if verb.dep_ not in {"xcomp", "advcl", "conj"} or verb.head is verb:
            return None
        verb = verb.head
    return None


def _traveller_words(subject: Token) -> set[str]:
    """The subject's head and, for "thousands of Syrians" or "the number of tourists", the noun after "of"."""
    words = {subject.lemma_.casefold()}
    for prep in (child for child in subject.children if child.dep_ == "prep" and child.lower_ == "of"):
        words.update(g.lemma_.casefold() for g in prep.children if g.dep_ == "pobj")
    return words


def _plural_people(subject: Token) -> bool:
    """'Somalis arrived in Kenya', 'thousands of Syrians': a plural nationality is a people, not a delegation."""
    heads = [subject] + [g for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for g in prep.children if g.dep_ == "pobj"]  # fmt: skip
    return any(head.tag_ == "NNPS" and head.ent_type_ == "NORP" for head in heads)


def _destinations(verb: Token) -> list[Token]:
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    for prep in (child for child in verb.children if child.dep_ == "prep" and child.lower_ in {"to", "in", "at"}):
        objects.extend(g for g in prep.children if g.dep_ == "pobj")
    return objects


def ordinary_travel(candidates: list[Candidate]) -> None:
    """'Patients had to travel to Burkina Faso', 'Chinese tourists visited Vietnam', 'foreigners visit hospitals',
    'Somalis arrived in Kenya': travel by people on their own business, or to a hospital or a park, is no
    diplomatic visit. 'The French president will travel to Algeria' stays a visit."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or candidate.code not in VISIT_CODES:
            continue
        if verb.lemma_.casefold() not in TRAVEL_VERBS:
            continue
        subject = _subject_of(verb)
        ordinary = subject is not None and (
            bool(_traveller_words(subject) & ORDINARY_TRAVELLERS) or _plural_people(subject)
        )
        to_a_facility = any(place.lemma_.casefold() in FACILITIES for place in _destinations(verb))
        if ordinary or to_a_facility:
            candidate.suppressed = True


TALK_VERBS = frozenset({"talk", "speak"})


def talking_about(candidates: list[Candidate]) -> None:
    """'When you talk about the ritual', 'we are talking about the biggest crisis', 'the deal talks about
    continuing work': talking about a subject with no one named to talk with or to consults no one.
    'Talked with his counterpart about trade' stays a consultation."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or candidate.root != "04" or verb.lemma_.casefold() not in TALK_VERBS:
            continue
        preps = {child.lower_ for child in verb.children if child.dep_ == "prep"}
        partner = any(child.dep_ in {"dobj", "dative"} for child in verb.children) or preps & {"with", "to"}
        if "about" in preps and not partner:
            candidate.suppressed = True


def origins(candidates: list[Candidate]) -> None:
    """'Three of the migrants hail from Syria': "hail from" says where people come from; it praises no one."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or verb.lemma_.casefold() != "hail":
            continue
        if any(child.dep_ == "prep" and child.lower_ == "from" for child in verb.children):
            candidate.suppressed = True


def _passive_with(verb: Token) -> bool:
    """'were armed with pistols': a passive clause whose "with" names what is carried."""
    passive = verb.dep_ == "ROOT" and any(child.dep_ == "auxpass" for child in verb.children)
    return passive and any(child.dep_ == "prep" and child.lower_ == "with" for child in verb.children)


def armed_descriptions(candidates: list[Candidate]) -> None:
    """'Militants armed with rifles attacked the checkpoint': a participle "armed" that describes a noun and
    names no one who armed it ("by") tells what the militants carry, not an arms transfer. 'Iran armed the
    rebels' and 'militias armed by Russia' stay military aid."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or verb.lemma_.casefold() != "arm" or verb.tag_ != "VBN":
            continue
        listed = [verb, *verb.conjuncts]  # "militias armed and trained by Russia": the agent may follow the list
        if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for v in listed for c in v.children):
            continue
        if verb.dep_ in {"acl", "amod"} or (verb.dep_ == "acomp" and verb.head.lemma_.casefold() == "be"):
            candidate.suppressed = True
        elif _passive_with(verb):
            # "the attackers were armed with knives": a state of the subject unless someone armed them
            candidate.suppressed = True


# Verbs of reading a thing as something: what follows "as" is the reader's view of it, not an event.
VIEW_VERBS = frozenset(
    {"see", "view", "regard", "consider", "perceive", "interpret", "read", "portray", "depict", "characterize",
     "characterise", "frame", "cast", "paint", "brand", "label", "dismiss", "describe", "call"}
)  # fmt: skip
_PHRASE_UP = frozenset({"pobj", "prep", "attr", "appos"})


def _under_a_view(noun: Token) -> bool:
    """Is the noun inside the "as" phrase of a verb of viewing ("sees the ban as part of a larger crackdown")?"""
    node = noun
    for _ in range(6):  # "as" > "part" > "of" > "crackdown": a short climb inside one noun phrase
        if node.dep_ not in _PHRASE_UP or node.head is node:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ == "as":
            viewer = node.head
            if viewer.dep_ in {
                "dobj",
                "nsubjpass",
            }:  # "see [the tax as part of ...]": the parser hangs "as" on the object
                viewer = viewer.head
            return viewer.lemma_.casefold() in VIEW_VERBS
    return False


def viewed_as(candidates: list[Candidate]) -> None:
    """'Sahaar sees the book ban as part of a larger crackdown', 'critics view the law as an attack on the
    press': an event noun that is how someone reads a thing is an opinion, not an event that happened."""
    for candidate in candidates:
        if not candidate.verbal and _under_a_view(candidate.trigger):
            candidate.suppressed = True


def _described_noun(participle: Token) -> Token | None:
    """The noun a past participle describes ("the statement released hours later", "a report, the Index,
    released this month"): its head, or the noun that head stands in apposition to."""
    if participle.tag_ != "VBN":
        return None
    if participle.dep_ not in {"acl", "amod"}:
        # "In the statement released hours after the raid, ...": the parser may make the participle a clause of
        # its own; with no subject or auxiliary, it still describes the noun written just before it
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in participle.children) or participle.i == 0:
            return None
        before = participle.doc[participle.i - 1]
        return before if before.pos_ == "NOUN" else None
    noun = participle.head
    return noun.head if noun.dep_ == "appos" else noun


def participles_of_skipped_objects(candidates: list[Candidate]) -> None:
    """'In the statement released hours after the attack', 'a report released this month': a participle
    describing the thing its verb's entry says is no event ("released a report" publishes; it frees no one)
    is no more an event than the active verb with that object."""
    for candidate in candidates:
        entry = candidate.verb_entry
        if not candidate.verbal or entry is None or not entry.skip_objects:
            continue
        noun = _described_noun(candidate.trigger)
        if noun is None:
            continue
        described = {noun.lemma_.casefold(), candidate.trigger.head.lemma_.casefold()}
        if described & entry.skip_objects:
            candidate.suppressed = True


# Nouns of fighting that news also uses for any effort: "the battle against malaria", "a fight with cancer".
STRUGGLE_NOUNS = frozenset({"battle", "fight", "war", "struggle", "combat", "crusade", "offensive", "fighting"})
# What such an effort is against when it is no party: diseases, social ills, nature and numbers.
ABSTRACT_FOES = frozenset(
    {"malaria", "cholera", "ebola", "virus", "pandemic", "covid", "covid-19", "coronavirus", "disease", "cancer",
     "diabetes", "hiv", "aids", "polio", "measles", "tuberculosis", "mpox", "outbreak", "epidemic", "infection",
     "illness", "obesity", "addiction", "corruption", "poverty", "hunger", "famine", "malnutrition", "inflation",
     "unemployment", "illiteracy", "climate", "warming", "emission", "drought", "desertification", "pollution",
     "wildfire", "fire", "blaze", "flood", "flooding", "locust", "misinformation", "disinformation", "fake",
     "inequality", "racism", "discrimination", "stigma", "bureaucracy", "debt", "deficit", "price", "cost", "odds",
     "clock", "time", "deforestation", "erosion", "plastic", "waste", "traffic", "loneliness", "depression"}
)  # fmt: skip
_OUTCOME_VERBS = frozenset({"win", "lose"})


def _foes(noun: Token) -> list[Token]:
    return [
        grand
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in {"against", "on", "with", "over"}
        for grand in prep.children
        if grand.dep_ == "pobj"
    ]


def metaphorical_battles(candidates: list[Candidate]) -> None:
    """'Losing the battle against malaria', 'the war on poverty', 'the battle is not won': a fight against a
    disease, a social ill or nature, or a battle only said to be won or lost with no side, foe or place named,
    is an effort, not armed force. 'The battle for Bakhmut was lost' and 'a gun battle with police' stay."""
    for candidate in candidates:
        noun = candidate.trigger
        if candidate.verbal or candidate.root not in {"18", "19", "20"}:
            continue
        if noun.lemma_.casefold() not in STRUGGLE_NOUNS:
            continue
        foes = _foes(noun)
        if foes and all(foe.lemma_.casefold() in ABSTRACT_FOES for foe in foes):
            candidate.suppressed = True
            continue
        bare = not any(child.dep_ in {"prep", "compound", "amod", "poss"} for child in noun.children)
        verb = noun.head
        if (
            bare
            and noun.dep_ == "nsubjpass"
            and verb.lemma_.casefold() in _OUTCOME_VERBS
            and not candidate.roles.source
            and not any(child.dep_ == "agent" for child in verb.children)
        ):
            candidate.suppressed = True


# What a proposal "meets with" when the meeting is a reaction. The lexicon's skip list for "meet" cannot hold
# these: it also reads modifiers, and "met with opposition leaders" is a meeting.
REACTIONS = frozenset({"opposition", "hostility", "objection", "rejection", "protest", "backlash", "pushback"})


def reactions_met(candidates: list[Candidate]) -> None:
    """'The plan met with opposition from China's mission': a reaction met is no meeting with anyone."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or candidate.root != "04" or verb.lemma_.casefold() != "meet":
            continue
        objects = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children]
        if objects and objects[0].dep_ == "pobj" and objects[0].lemma_.casefold() in REACTIONS:
            candidate.suppressed = True


# Verbs of refusing, and what a source refuses when it gives no answer: "declined to comment", "refused to say".
DECLINING_VERBS = frozenset({"refuse", "decline"})
# CAMEO 011 is declining comment: a comment withheld, not information or talks ("refused to disclose where the
# hostages are held" withholds what was demanded; "refused to discuss its missile program with the United States"
# refuses talks, 125).
ANSWER_VERBS = frozenset({"comment", "elaborate", "respond", "reply"})


def no_comment(candidates: list[Candidate]) -> None:
    """'Malawi's education authorities refused to comment', 'declined to say how many': a source that gives no
    answer to a reporter rejects nothing (CAMEO 011, "decline comment", a statement the quotes stage carries).
    'Refused to attend the hearing', 'declined the invitation' stay refusals."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or verb.lemma_.casefold() not in DECLINING_VERBS:
            continue
        answers = [
            child
            for child in verb.children
            if child.dep_ == "xcomp"
            and child.lemma_.casefold() in ANSWER_VERBS
            and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)
            # "refused to respond to the demands", "declined to comment on the ultimatum" answers a party's demand
            and not any(grand.dep_ in {"prep", "dobj"} for grand in child.children)
        ]
        if answers and not any(child.dep_ == "dobj" for child in verb.children):
            candidate.suppressed = True


# What a defendant pleads in court: "pleaded not guilty", "pleading guilty to attempted murder".
PLEAS = frozenset({"guilty", "innocent", "contest"})


def pleas_in_court(candidates: list[Candidate]) -> None:
    """'Amirov and Omarov have pleaded not guilty', 'after pleading guilty to murder': a defendant's plea answers a
    charge, and asks no one for anything (CAMEO 02 is an appeal to a party). 'Pleaded with the soldiers to free her
    son' stays an appeal."""
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or verb.lemma_.casefold() != "plead":
            continue
        if any(child.lower_ in PLEAS and child.dep_ in {"acomp", "advmod", "oprd", "dobj"} for child in verb.children):
            candidate.suppressed = True
