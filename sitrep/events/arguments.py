"""Who did it and to whom: the source and target phrases of an event trigger, from the parse.

Verbs: the subject is the source and the object (or the object of "on/against/into ...") the target;
in the passive the subject is the target and the "by" phrase the source. Clauses without a subject of
their own take it from the clause they hang off: conjoined verbs ("attacked and seized"), participle
clauses (", taking several settlements"), relative clauses ("troops who stormed"), infinitives ("plans
to strike"). Nouns: the possessor or a nationality/actor modifier is the source ("Ukraine's incursion",
"Russian airstrikes"), the object of "on/against/into/of" the target, "between X and Y" both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitrep.events.modality import ORDERED_MEASURES, approved_plan

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Children that end a noun phrase for actor resolution: clauses and most prepositional phrases.
_PHRASE_STOP_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "appos", "prep", "parataxis", "dep", "ccomp"})
# Heads that only count what follows "of": "dozens of border guards", "a group of gunmen".
QUANTITY_HEADS = frozenset(
    {"dozen", "hundred", "thousand", "million", "score", "number", "group", "unit", "member", "some", "many",
     "several", "one", "two", "three", "four", "five", "most", "all", "part", "team", "band", "contingent",
     "detachment", "squad", "battalion", "brigade", "company", "convoy", "column", "couple", "handful"}
)  # fmt: skip
NOUN_SOURCE_PREPS = frozenset({"by", "from"})
NOUN_TARGET_PREPS = frozenset({"on", "against", "into", "upon", "targeting", "toward", "towards", "at"})
OF_TARGET_NOUNS = frozenset(
    {"shelling", "bombardment", "bombing", "siege", "blockade", "invasion", "occupation", "capture",
     "killing", "massacre", "assassination", "kidnapping", "abduction", "arrest", "detention", "shooting",
     "seizure", "storming", "destruction", "annexation", "liberation", "encirclement", "recapture", "strike"}
)  # fmt: skip


# Event nouns whose possessor is the one it was done to when that is a person: "Mhlanga's arrest".
PATIENT_NOUNS = frozenset(
    {"arrest", "detention", "release", "abduction", "kidnapping", "killing", "assassination", "execution",
     "murder", "death", "imprisonment", "jailing", "conviction", "sentencing", "expulsion", "deportation",
     "extradition", "capture", "torture", "trial", "prosecution", "indictment", "dismissal", "ouster"}
)  # fmt: skip
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def _names_a_party(token: Token) -> bool:
    return token.dep_ == "poss" or token.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}


def _a_person(possessor: Token) -> bool:
    return possessor.ent_type_ == "PERSON" or possessor.lower_ in _PERSONAL_POSSESSIVES


@dataclass(slots=True)
class Roles:
    """Phrase heads of the source and target of one trigger."""

    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    passive: bool = False
    without_conjuncts: set[int] = field(default_factory=set)  # heads to read alone ("between X and Y")
    fallback_target: list[Token] = field(default_factory=list)  # when the object is no actor: "fired X at Russia"


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for child in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}
    )


def phrase_span(head: Token, conjuncts: bool = True) -> Span:
    """The noun phrase a head stands for, without its relative clauses and prepositional phrases.

    "of" phrases stay ("Russia's Ministry of Defense"), as do conjuncts ("Russia and Belarus").
    Quantity heads give way to what they count ("dozens of border guards" -> "border guards").
    """
    if head.lemma_.casefold() in QUANTITY_HEADS or head.like_num:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return phrase_span(objects[0], conjuncts)
    kept = _phrase_tokens(head, conjuncts)
    start = min(token.i for token in kept)
    end = max(token.i for token in kept) + 1
    return head.doc[start:end]


# Prepositions whose phrase belongs to the actor's name: "the Ministry of Defense", "dissidents from Myanmar"
# (as the actor dictionary reads them, sitrep.actors.phrases).
_BINDING_PREPS = frozenset({"of", "from"})


def _phrase_tokens(head: Token, conjuncts: bool = True) -> list[Token]:
    kept = [head]
    for child in head.children:
        if not conjuncts and child.dep_ in {"conj", "cc"}:
            continue
        if child.dep_ == "appos" and conjuncts and _listed(child):
            kept.extend(_phrase_tokens(child))  # "The US, Russia, and Switzerland": a list, not an appositive
            continue
        if child.dep_ in _PHRASE_STOP_DEPS and not (child.dep_ == "prep" and child.lower_ in _BINDING_PREPS):
            continue
        if child.dep_ == "cc" and child.i > head.i and not any(c.dep_ == "conj" for c in head.children):
            continue
        kept.extend(_phrase_tokens(child))
    return kept


def _listed(appositive: Token) -> bool:
    """An appositive that is the middle of a list of names ("X, Y, and Z"), not a description of its head."""
    return (
        appositive.pos_ == "PROPN"
        and appositive.head.pos_ == "PROPN"
        and any(child.dep_ == "cc" for child in appositive.children)
        and any(child.dep_ == "conj" and child.pos_ == "PROPN" for child in appositive.children)
    )


def _own_subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject, is passive subject) written on the verb itself."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child, False
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            return child, True
    return None, False


def by_phrase(word: Token) -> Token | None:
    """The object of a "by" phrase (parsed as a preposition or as an agent) on a word."""
    for child in word.children:
        if child.dep_ in {"agent", "prep"} and child.lower_ == "by":
            for grand in child.children:
                if grand.dep_ == "pobj" and _participant(grand) is not None:
                    return grand
    return None


# Nouns of a fight between two sides: "injured in confrontations with police" names the other side with
# "with". Only nouns that are no event of their own in the lexicon: a "clash" or "gunfight" is coded as its own
# event, whose "with" phrase is its target, and the harm done in it joins that event.
_CLASH_NOUNS = frozenset({"confrontation", "fight", "encounter", "scuffle", "altercation", "standoff"})


def _opponent_in_clash(verb: Token) -> Token | None:
    """ "Palestinians injured in confrontations with Israeli police": a passive with no "by" phrase, done in a
    clash, was done by the side the clash was with."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during"}:
            continue
        for clash in prep.children:
            if clash.dep_ != "pobj" or clash.lemma_.casefold() not in _CLASH_NOUNS:
                continue
            for with_ in clash.children:
                if with_.dep_ == "prep" and with_.lower_ == "with":
                    side = next((grand for grand in with_.children if grand.dep_ == "pobj"), None)
                    if side is not None:
                        return side
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and is_passive(verb)):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


ADDRESSEE_CLAUSE_VERBS = frozenset(
    {"demand", "urge", "ask", "insist", "request", "appeal", "call", "press", "warn", "propose", "recommend"}
)
# Verbs whose clause names the one blamed: "alleged that France helped", "charged that the army fired".
ACCUSING_CLAUSE_VERBS = frozenset({"allege", "accuse", "charge", "blame", "claim"})
# Words a nationality may stand before in a gerund event that the parse took for a verb ("in Israeli tank
# shelling", "after Russian artillery shelling"): nouns and adjectives only, at most this many.
_NOMINAL_TAGS = frozenset({"NN", "NNS", "JJ", "NNP", "NNPS"})
_MAX_MODIFIERS_BEFORE = 3
THEME_PREPS = ("to", "with", "on", "against", "at", "for", "into", "upon", "toward", "towards", "from")


CALENDAR_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas",
     "easter", "ramadan", "eid", "new", "year", "day", "night", "morning", "evening", "weekend"}
)  # fmt: skip


def _participant(pobj: Token) -> Token | None:
    """The participant a prepositional object names; None for a time ("on Tuesday").

    "met with President Bashar Assad Tuesday" is parsed with the day as the head: the name is kept.
    """
    if pobj.ent_type_ not in {"DATE", "TIME"} or (pobj.pos_ == "PROPN" and pobj.lower_ not in CALENDAR_NAMES):
        return pobj  # "on Kyiv overnight" may be tagged a time: a name that is no day or month is kept
    names = [child for child in pobj.children if child.dep_ == "compound" and child.ent_type_ not in {"DATE", "TIME"}]
    return names[-1] if names else None


def _direct_objects(verb: Token, target_preps: tuple[str, ...], theme: bool = False) -> list[Token]:
    """The target of an active verb: its object, or the object of a target preposition.

    When the object is the *theme* (what is done or given: "imposed sanctions on Russia", "sent tanks
    to Ukraine", "took control of the town"), the target is in a prepositional phrase instead.
    """
    objects = [child for child in verb.children if child.dep_ in {"dobj", "dative"}]
    dative = [o for o in objects if o.dep_ == "dative" and o.pos_ != "ADP"]
    if dative:
        return dative  # "gave Ukraine weapons": Ukraine is the recipient
    preps = THEME_PREPS if theme else target_preps
    prep_objects = [
        participant
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in preps
        for grand in child.children
        if grand.dep_ == "pobj" and (participant := _participant(grand)) is not None
    ]
    if theme:
        nested = [
            grand
            for obj in objects
            for child in obj.children
            if child.dep_ == "prep" and child.lower_ in (*preps, "of")
            for grand in child.children
            if grand.dep_ == "pobj"
        ]
        # "expelled two Russian diplomats": a theme that names a party is still the target
        named = [obj for obj in objects if any(t.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} for t in obj.subtree)]
        return prep_objects or nested or named
    return objects or prep_objects[:1]


def inherited_source(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The source a subjectless clause takes from the clause it hangs off; (heads, found)."""
    if depth > 6:
        return [], False
    head = verb.head
    if head is verb:
        return [], False
    dep = verb.dep_
    if dep == "conj" or (dep in {"advcl", "xcomp", "acl"} and verb.tag_ in {"VBG", "VB", "TO"}) or dep == "xcomp":
        if dep == "acl" and verb.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return [head], True  # "soldiers attacking the town"
        approver = approved_plan(verb)
        if approver is not None:
            # "the cabinet approved a plan to send troops": the approving body sends them
            subject, passive = _own_subject(approver)
            doer = _agent(approver) if passive else subject
            return ([doer], True) if doer is not None else inherited_source(approver, depth + 1)
        if head.pos_ == "ADJ" and head.dep_ in {"acomp", "xcomp"}:
            head = head.head  # "Syria is willing to withdraw": the subject of "is"
        if head.pos_ not in {"VERB", "AUX"}:
            return [], False
        # "ordered troops to attack": the object of the governor acts
        if dep == "xcomp":
            objects = [child for child in head.children if child.dep_ in {"dobj"}]
            objects = objects or [  # "called on the government to act"
                grand
                for child in head.children
                if child.dep_ == "prep" and child.lower_ in {"on", "upon"}
                for grand in child.children
                if grand.dep_ == "pobj"
            ]
            # ... but an ordered administrative measure is the orderer's act ("ordered police to suspend the
            # licences": the ministry suspends them; sitrep.events.modality.ORDERED_MEASURES)
            ordered_measure = head.lemma_ == "order" and verb.lemma_.casefold() in ORDERED_MEASURES
            if objects and head.lemma_ not in {"promise", "vow"} and not ordered_measure:
                return objects, True
        subject, passive = _own_subject(head)
        if subject is not None:
            if passive and dep == "xcomp":
                # "Obama is scheduled to attend", "was pressured by Congress to help Iran", "were ordered to
                # withdraw": the one the passive is about does the infinitive, not the "by" agent
                if subject.lower_ in RELATIVE_PRONOUNS:
                    return ([head.head], True) if head.dep_ == "relcl" else ([], False)
                return [subject], True
            if passive:
                agent = _agent(head)
                if dep == "conj" and is_passive(verb):
                    return [], False  # shared passive subject is a target, handled by the caller
                return ([agent], True) if agent is not None else ([], False)
            return [subject], True
        return inherited_source(head, depth + 1)
    if dep == "relcl":
        return [head], True
    if dep == "pcomp":
        # "accused Russia of shelling": the accused acts; "after attacking": the main subject acts
        governor = head.head
        if governor.pos_ == "VERB":
            objects = [child for child in governor.children if child.dep_ == "dobj"]
            if objects and governor.lemma_ in {
                "accuse",
                "blame",
                "charge",
                "suspect",
                "condemn",
                "criticize",
                "criticise",
                "praise",
                "thank",
                "warn",
                "urge",
            }:
                return objects, True
            subject, passive = _own_subject(governor)
            if subject is not None and not passive:
                return [subject], True
    return [], False


# Heads of a passive subject that is the weapon, not the one it fell on.
PROJECTILES = frozenset(
    {"missile", "rocket", "mortar", "bomb", "shell", "drone", "grenade", "projectile", "round", "salvo", "barrage",
     "munition", "warhead", "bullet", "shot", "volley", "artillery", "torpedo"}
)  # fmt: skip


def is_projectile(head: Token) -> bool:
    return head.lemma_.casefold() in PROJECTILES or head.lower_ in PROJECTILES


def first_prep_object(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The first participant named by one of these prepositions on a word."""
    return [
        participant
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in preps
        for grand in child.children
        if grand.dep_ == "pobj" and (participant := _participant(grand)) is not None
    ][:1]


def nationality_before(gerund: Token) -> list[Token]:
    """The nationality written just before a gerund the parse read as a verb: "Israeli tank shelling".

    Only the words right before it count, and only when they are nouns or adjectives that do not start
    a clause of their own (a subject or object of another verb).
    """
    if any(child.dep_ in {"dobj", "nsubj", "nsubjpass"} for child in gerund.children):
        return []  # "Russian troops attacking the town": a verb with its own arguments
    doc = gerund.doc
    for offset in range(1, _MAX_MODIFIERS_BEFORE + 1):
        index = gerund.i - offset
        if index < gerund.sent.start:
            break
        token = doc[index]
        if token.tag_ not in _NOMINAL_TAGS or token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            break
        if token.ent_type_ in {"NORP", "GPE"} and token.tag_ == "JJ" and token.dep_ in {"amod", "compound", "nmod"}:
            return [token]
    return []


def verb_roles(verb: Token, target_preps: tuple[str, ...], theme: bool = False) -> Roles:
    roles = Roles(passive=is_passive(verb))
    subject, passive_subject = _own_subject(verb)
    if roles.passive:
        if subject is not None and is_projectile(subject):
            # "a mortar bomb was fired at Israel from Gaza": the weapon is no target; the "at" phrase is,
            # and the place it came from stands for who fired it when no one is named
            roles.target = first_prep_object(verb, target_preps)
            agent = _agent(verb)
            roles.source = [agent] if agent is not None else first_prep_object(verb, ("from",))
            return roles
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            roles.target = [verb.head]  # "the prisoners who were released"
        elif subject is not None:
            roles.target = [subject]
        elif verb.dep_ in {"acl", "amod"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            roles.target = [verb.head]  # "the village attacked by ..."
        elif verb.dep_ == "conj":
            # "The rebels attacked the town and were repelled by the army": a passive that shares the first
            # verb's subject is done to that subject, whether the first verb is passive or active
            shared, _ = _own_subject(verb.head)
            if shared is not None and shared.lower_ in RELATIVE_PRONOUNS:
                roles.target = [verb.head.head] if verb.head.dep_ == "relcl" else []
            elif shared is not None:
                roles.target = [shared]
        agent = _agent(verb) or _opponent_in_clash(verb)
        if agent is not None:
            roles.source = [agent]
        elif verb.dep_ == "conj":
            shared_agent = _agent(verb.head)
            if shared_agent is not None:
                roles.source = [shared_agent]
        if not roles.target:
            roles.target = _direct_objects(verb, target_preps, theme)
        return roles
    if subject is not None and not passive_subject:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            roles.source = [verb.head]
        else:
            roles.source = [_performer(verb, subject) or subject]
    else:
        roles.source, _ = inherited_source(verb)
    if not roles.source and verb.tag_ == "VBG":
        # "Shelling by Russian forces killed three": a gerund used as a noun names its doer with "by"
        agent = by_phrase(verb)
        roles.source = [agent] if agent is not None else nationality_before(verb)
    roles.target = [author_of(obj) or obj for obj in _direct_objects(verb, target_preps, theme)]
    roles.fallback_target = _direct_objects(verb, target_preps, True)
    if verb.lemma_.casefold() in LEAVING_VERBS:
        # "withdrew from the Syrian to the Israeli-occupied sector": what is left is acted on, not the destination
        left = first_prep_object(verb, ("from",))
        roles.fallback_target = left or roles.fallback_target
        if left and roles.target and all(_own_forces(obj) for obj in roles.target):
            roles.target = left  # "Russia withdrew its troops from Syria": Syria is left, the troops are Russia's
    lemma = verb.lemma_.casefold()
    if lemma in REMOVAL_VERBS:
        # "deported 40 others to China": the place they are sent to or from is no party acted on
        roles.fallback_target = []
    if not roles.target and (lemma in ADDRESSEE_CLAUSE_VERBS or lemma in ACCUSING_CLAUSE_VERBS):
        # "demanded that Hamas renounce violence": the one asked is the subject of the clause;
        # "alleged that France was aware": the one accused is
        for child in verb.children:
            if child.dep_ in {"ccomp", "xcomp"}:
                roles.target.extend(
                    grand
                    for grand in child.children
                    if grand.dep_ in {"nsubj", "nsubjpass"} and grand.lower_ not in RELATIVE_PRONOUNS
                )
    if verb.dep_ == "relcl" and not roles.target and subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
        roles.target = [verb.head]  # "the town that Russian forces shelled"
    return roles


# Verbs of leaving: their "from" phrase names the one yielded to, their "to" phrase only a destination.
# Verbs that send people away: who is sent is the target, whether or not they are a named party.
REMOVAL_VERBS = frozenset({"deport", "extradite", "repatriate", "banish", "exile", "expel", "relocate"})
LEAVING_VERBS = frozenset({"withdraw", "retreat", "pull", "evacuate", "leave", "exit", "depart", "flee"})
# What a side withdraws that is its own (its forces), so that what they leave is the party acted on.
_WITHDRAWN_FORCES = frozenset(
    {"troop", "force", "soldier", "unit", "personnel", "contingent", "peacekeeper", "fighter", "army", "military",
     "battalion", "brigade", "division", "tank", "warship", "ship", "presence"}
)  # fmt: skip


# Nouns of an activity a side carries out: "the drills encircling Taiwan" are no doer of their own.
_ACTIVITIES = frozenset(
    {"drill", "exercise", "maneuver", "manoeuvre", "operation", "patrol", "strike", "airstrike", "raid",
     "bombardment", "offensive", "campaign", "blockade", "deployment", "test"}
)  # fmt: skip
# Verbs whose subject carries out the activity its complement clause describes.
_PERFORMING_VERBS = frozenset(
    {"conduct", "carry", "launch", "stage", "hold", "mount", "begin", "start", "continue", "resume", "intensify",
     "escalate", "step", "expand", "complete", "order", "announce"}
)  # fmt: skip


def _performer(verb: Token, subject: Token) -> Token | None:
    """"China conducted the military drills encircling Taiwan" (parsed as "[the drills] encircling Taiwan",
    a clause under "conducted"): an activity with no side of its own is done by the subject of the verb
    that carries it out, not by its modifier ("military"). None when that does not apply."""
    if subject.lemma_.casefold() not in _ACTIVITIES or verb.dep_ not in {"ccomp", "xcomp", "conj", "advcl"}:
        return None
    if any(child.dep_ == "poss" or child.ent_type_ in {"NORP", "GPE", "ORG"} for child in subject.children):
        return None  # "Russia's strikes", "Chinese drills": the activity names its side
    governor = verb.head
    if governor.lemma_.casefold() not in _PERFORMING_VERBS:
        return None
    performer, passive = _own_subject(governor)
    if performer is None or passive or performer.lemma_.casefold() in _ACTIVITIES:
        return None
    if performer.lower_ in RELATIVE_PRONOUNS:
        return governor.head if governor.dep_ == "relcl" else None
    return performer


def _own_forces(obj: Token) -> bool:
    """ "its troops", "2,000 soldiers", "its military presence": what a side withdraws of its own."""
    return obj.lemma_.casefold() in _WITHDRAWN_FORCES
# Nouns of what someone said or asked: rejecting, denying or welcoming one is acting on its author.
SAID_NOUNS = frozenset(
    {"allegation", "claim", "accusation", "charge", "demand", "proposal", "offer", "request", "call", "criticism",
     "statement", "remark", "comment", "assertion", "ultimatum", "plan", "proposition", "suggestion", "appeal",
     "overture", "assessment", "report", "threat", "warning"}
)  # fmt: skip


def author_of(said: Token) -> Token | None:
    """'rejected the allegations made by Pakistan', 'dismissed Pakistan's claim', 'welcomed the proposal
    from Kyiv': the author of the words acted on is the target."""
    if said.lemma_.casefold() not in SAID_NOUNS or said.pos_ != "NOUN":
        return None
    for child in said.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            objects = first_prep_object(child.head, (child.lower_,))
            if objects:
                return objects[0]
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "the allegations made by Pakistan"
            agent = _agent(child)
            if agent is not None:
                return agent
    return None


def light_verb_source(light_verb: Token) -> list[Token]:
    """The doer of a noun event carried by a light verb: its subject ("the rebels launched an attack"),
    agent ("an attack was launched by ..."), or the subject it inherits."""
    subject, passive = _own_subject(light_verb)
    if subject is not None and not passive and subject.lower_ in RELATIVE_PRONOUNS and light_verb.dep_ == "relcl":
        return [light_verb.head]  # "attackers who laid siege to a hotel"
    if subject is not None and not passive:
        return [subject]
    if passive:
        agent = _agent(light_verb)
        return [agent] if agent is not None else []
    source, _ = inherited_source(light_verb)
    return source


# Verbs whose subject gets what their object names: "received assurances from Tbilisi", "faces pressure from
# Congress", "received weapons from the US": the giver (the "from" phrase) is the source, the subject the target.
RECEIVING_VERBS = frozenset({"receive", "face", "get", "obtain", "accept"})


def received_from(verb: Token, theme: Token | None = None) -> Roles | None:
    """Roles of "X received/faces <theme> from Y": Y (or a nationality on the theme: "faces Chinese pressure")
    acts on X. None for a verb that receives nothing from anyone named, or is no receiving verb."""
    if verb.lemma_.casefold() not in RECEIVING_VERBS:
        return None
    givers = (first_prep_object(theme, ("from", "by")) if theme is not None else []) or first_prep_object(
        verb, ("from",)
    )
    if not givers and theme is not None:
        givers = [  # "faces Chinese pressure", "received Germany's assurances"
            child
            for child in theme.children
            if child.dep_ == "poss"
            or (child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"})
        ]
    roles = Roles()
    roles.source = givers
    subject, passive = _own_subject(verb)
    if subject is not None and not passive and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        roles.target = [verb.head]
    elif subject is not None and not passive:
        roles.target = [subject]
    else:
        roles.target, _ = inherited_source(verb)
    return roles


def noun_roles(noun: Token, light_verb: Token | None) -> Roles:
    if light_verb is not None and noun.dep_ == "dobj" and noun.head.i == light_verb.i:
        received = received_from(light_verb, noun)
        if received is not None:
            return received
    roles = Roles()
    modifiers = [child for child in noun.children]
    # "Israeli tank shelling": the nationality may hang off a compound of the event noun
    modifiers += [
        grand
        for child in noun.children
        if child.dep_ == "compound"
        for grand in child.children
        if grand.dep_ in {"amod", "compound"}
    ]
    patient_noun = noun.lemma_.casefold() in PATIENT_NOUNS
    if undergone_by_subject(noun, light_verb):
        return _undergone_roles(noun, light_verb, modifiers)
    for child in modifiers:
        if child.dep_ == "poss" and patient_noun and _a_person(child):
            roles.target.append(child)  # "Mhlanga's arrest", "his release": the one it was done to
        elif child.dep_ == "poss" or (
            child.dep_ in {"compound", "amod", "nmod"}
            and (child.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} or child.pos_ == "PROPN")
        ):
            roles.source.append(child)
        elif child.dep_ == "prep":
            # "a firefight on Saturday": a time is no participant
            objects = [p for grand in child.children if grand.dep_ == "pobj" and (p := _participant(grand)) is not None]
            if not objects:
                continue
            word = child.lower_
            if word == "by" and not any(_names_a_party(token) for token in roles.source):
                roles.source = list(objects)  # "Coordinated airstrikes by the army": the capital is no name
            elif word == "between":
                first = objects[0]
                roles.source.append(first)
                roles.without_conjuncts.add(first.i)
                roles.target.extend(conj for conj in first.children if conj.dep_ == "conj")
            elif (
                word in NOUN_TARGET_PREPS
                or (word == "of" and noun.lemma_.casefold() in OF_TARGET_NOUNS)
                or (
                    word == "with"
                    and noun.lemma_.casefold()
                    in {
                        "clash",
                        "fighting",
                        "battle",
                        "skirmish",
                        "talk",
                        "meeting",
                        "negotiation",
                        "agreement",
                        "deal",
                    }
                )
            ):
                roles.target.extend(objects)
    if light_verb is not None and not roles.source:
        roles.source = light_verb_source(light_verb)
    if light_verb is not None and not roles.target:
        if noun.dep_ != "dobj":  # "engaged peacekeepers in a firefight"
            roles.target.extend(child for child in light_verb.children if child.dep_ == "dobj")
        for child in light_verb.children:
            if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS | {"with"}:
                roles.target.extend(
                    p for grand in child.children if grand.dep_ == "pobj" and (p := _participant(grand)) is not None
                )
            elif child.dep_ == "dative":
                roles.target.append(child)
    if not roles.source:
        culprit = _behind(noun)
        if culprit is not None:
            roles.source = [culprit]
    # "Clashes between X and Y" may be parsed with "between" on the verb instead of the noun
    return roles


# Verbs that, with "under", say their subject suffers the event: "came under attack", "is under siege".
UNDERGOING_VERBS = frozenset({"come", "be", "remain", "stay", "fall", "find", "get"})


def undergone_by_subject(noun: Token, light_verb: Token | None) -> bool:
    """'the convoy came under attack', 'their forces came under fire from militants': the subject is
    the one the event is done to, not its doer."""
    return (
        light_verb is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "under"
        and noun.head.head.i == light_verb.i
        and light_verb.lemma_.casefold() in UNDERGOING_VERBS
    )


def _undergone_roles(noun: Token, light_verb: Token, modifiers: list[Token]) -> Roles:
    """Roles of 'X came under attack (from Y)': X is the target; Y, or a nationality on the noun
    ("came under Russian fire"), the source."""
    roles = Roles()
    roles.source = [
        child
        for child in modifiers
        if child.dep_ == "poss"
        or (child.dep_ in {"compound", "amod", "nmod"} and child.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"})
    ]
    roles.source = roles.source or first_prep_object(noun, ("from", "by")) or first_prep_object(light_verb, ("from",))
    subject, _ = _own_subject(light_verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and light_verb.dep_ == "relcl":
        roles.target = [light_verb.head]  # "the convoy, which came under fire"
    elif subject is not None:
        roles.target = [subject]
    else:
        roles.target, _ = inherited_source(light_verb)  # "..., coming under fire"
    return roles


def _behind(noun: Token) -> Token | None:
    """'Iran was behind the attack', 'the rebels were responsible for the massacre', 'held the US responsible
    for the killing': the one said to be behind an event is its doer."""
    head = noun.head
    if noun.dep_ != "pobj":
        return None
    if head.lower_ == "behind" and head.head.lemma_ == "be":
        return next((child for child in head.head.children if child.dep_ == "nsubj"), None)
    if head.lower_ != "for" or head.head.lower_ != "responsible":
        return None
    verb = head.head.head
    if verb.lemma_ == "be":
        return next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if verb.lemma_ == "hold":
        return next((child for child in verb.children if child.dep_ == "dobj"), None)
    return None
