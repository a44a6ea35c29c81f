"""Find the event mentions of a sentence and relate them to each other.

1. Triggers: verbs and nouns that the lexicon codes in their clause.
2. Tolls: "killing 12" after a violent clause, "an airstrike killed 5", "killed in an airstrike" are
   part of that violent event, not events of their own (their objects and counts go to it).
3. Frames: an event inside a threat ("warned it would strike") or an accusation ("accused Russia of
   shelling") is what the threat or accusation is about; it refines that code and is not coded as
   the violence it mentions. Violence described "as part of threats" is a threat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitrep.events import arguments, cues, figures, ordinary, precision
from sitrep.events.lexicon import CROWDS, Lexicon, NounEntry, VerbEntry, VerbMatch, verb_lemma

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
FORCE_LIKE_ROOTS = precision.FORCE_LIKE_ROOTS
THREAT_NOUNS = frozenset(
    {"threat", "rhetoric", "warning", "blackmail", "intimidation", "bluster", "posturing", "bluff", "saber",
     "sabre", "deterrence", "deterrent", "signal", "signalling", "signaling", "scenario", "hypothetical"}
)  # fmt: skip
CORRUPTION = frozenset({"corruption", "fraud", "bribery", "embezzlement", "graft", "theft", "laundering", "crime"})
WAR_CRIMES = frozenset({"war", "genocide", "atrocity", "cleansing"})
ESPIONAGE = frozenset({"spy", "spying", "espionage", "treason", "sabotage"})
RIGHTS = frozenset({"torture", "abuse", "rights", "repression", "persecution", "discrimination"})
# Verbs whose subject reads as a violent noun "did" the toll: "an airstrike killed five".
_TOLL_PREPS = frozenset({"in", "during", "by", "after", "from"})


@dataclass(slots=True)
class Candidate:
    trigger: Token
    code: str
    clause_head: Token  # the verb whose clause holds the event (the trigger itself for verbs)
    verbal: bool
    verb_entry: VerbEntry | None = None
    noun_entry: NounEntry | None = None
    refined_by: str | None = None
    roles: arguments.Roles = field(default_factory=arguments.Roles)
    absorbed: list[Token] = field(default_factory=list)  # toll verbs folded into this event
    suppressed: bool = False  # folded into a frame or another event
    light: bool = False  # a noun event carried by a light verb ("launched an attack")
    particle: Token | None = None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def trigger_span(self) -> Span:
        end = self.trigger.i + 1
        if self.particle is not None and self.particle.i == end:
            end += 1
        return self.trigger.doc[self.trigger.i : end]


def _light_verb_of(noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb carrying an event noun: "launched an attack", "went on strike", "sanctions were imposed"."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass", "attr"} and verb_lemma(head, lexicon.light_verbs) in lexicon.light_verbs:
        return head
    if noun.dep_ == "attr" and existential(head):
        return head  # "there were talks in Cairo", "there will be no negotiations": the copula carries mood
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.lemma_.casefold() in {"go", "come", "be", "remain", "stay", "put", "place"} and head.lower_ in {
            "on",
            "under",
        }:
            return verb  # "went on strike"
        if verb.lemma_.casefold() in {"engage", "involve", "indulge"} and head.lower_ == "in":
            return verb  # "engaged peacekeepers in a firefight", "the mob indulged in arson"
        if verb.lemma_.casefold() == "resort" and head.lower_ == "to":
            return verb  # "police resorted to firing", "the crowd resorted to stone pelting"
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        lemma = verb.lemma_.casefold()
        if head.lower_ == "for" and lemma in GATHERING_VERBS:
            return verb  # "gathered in Riyadh for their annual meeting", "arrived for talks"
        took_part = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        if head.lower_ == "in" and (lemma == "participate" or took_part):
            return verb  # "took part in joint exercises", "participated in talks"
        if head.lower_ == "into" and lemma == "enter":
            return verb  # "entered into a ceasefire agreement with the government"
        if head.lower_ == "of" and lemma in QUANTITY_NOUNS and verb.pos_ == "NOUN":
            return _light_verb_of(verb, lexicon)  # "announced a new package of military assistance"
    if (
        noun.dep_ == "nsubj"
        and head.lemma_.casefold() == "go"
        and any(child.dep_ == "prt" and child.lower_ == "off" for child in head.children)
    ):
        return head  # "a bomb went off"
    if noun.dep_ == "compound" and head.lower_ == "in" and noun.i == head.i - 2:
        return _light_verb_of(head, lexicon)  # "staged a sit-in": the parser splits the noun at the hyphen
    if (
        noun.dep_ == "npadvmod"
        and head.tag_ == "VBG"
        and head.dep_ == "amod"
        and head.i == noun.i + 1
        and head.head.dep_ == "dobj"
        and verb_lemma(head.head.head, lexicon.light_verbs) in lexicon.light_verbs
    ):
        return head.head.head  # "staged a rally demanding wages", parsed as "a rally-demanding wages"
    if noun.dep_ == "conj":  # "launched strikes and raids"
        return _light_verb_of(head, lexicon) if head.pos_ in {"NOUN", "PROPN"} else None
    return None


# Roots whose event nouns an existential "there be" tells as held or refused: meetings and talks ("there were
# talks in Cairo", "there will be no negotiations") and concessions ("there will be no ceasefire").
EXISTENTIAL_ROOTS = frozenset({"04", "08"})


def existential(verb: Token) -> bool:
    """'There were talks', 'there will be no ceasefire': a copula whose subject is the expletive "there"."""
    return verb.lemma_.casefold() == "be" and any(child.dep_ == "expl" for child in verb.children)


# Verbs whose "for" phrase names the event people came for: "gathered for a summit", "flew in for talks".
GATHERING_VERBS = frozenset({"gather", "assemble", "convene", "meet", "arrive", "travel", "fly", "come", "head"})
# Nouns that only count or package an event noun: "a package of aid", "a round of talks", "a wave of strikes".
QUANTITY_NOUNS = frozenset(
    {"package", "tranche", "round", "wave", "series", "batch", "shipment", "consignment", "spate", "string",
     "flurry", "volley", "barrage", "campaign"}
)  # fmt: skip


# Nouns that hold an event named by their compound modifier: "arrest warrant", "detention order".
HOLDING_NOUNS = frozenset({"warrant", "order", "notice", "request", "decree", "ruling", "verdict"})


def _holding_noun(noun: Token, lexicon: Lexicon) -> Token | None:
    """The noun an event noun modifies when that noun only carries it ("arrest warrants", "expulsion order")."""
    head = noun.head
    if noun.dep_ != "compound" or head.pos_ != "NOUN" or head.lemma_.casefold() not in HOLDING_NOUNS:
        return None
    return head if lexicon.code_noun(head) is None else None


def _yields_to_noun(verb: Token, refined_by: str | None, lexicon: Lexicon) -> bool:
    """'launched a drone attack': a light verb matched only through a modifier of an event noun leaves
    the event to the noun, which knows its own source, target and weapon."""
    if verb_lemma(verb, lexicon.light_verbs) not in lexicon.light_verbs or refined_by is None:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and lexicon.code_noun(child) is not None and child.lemma_.casefold() != refined_by:
            return True
    return False


def _crowd_action(noun: Token, light: Token | None, roles: arguments.Roles) -> bool:
    """'Teachers went on strike', 'a strike by dockworkers': the walkout reading of a strike."""
    if light is not None and light.lemma_.casefold() == "go":
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.casefold() in _ON_STRIKE_VERBS:
        return True  # "drivers went on strike", "doctors are on strike": whoever they are, a walkout
    heads = roles.source
    words = {t.lemma_.casefold() for head in heads for t in head.subtree}
    return bool(words & CROWDS)


# Verbs of being or going "on strike", which make any strike a walkout.
_ON_STRIKE_VERBS = frozenset({"go", "be", "remain", "stay", "come", "continue"})
# Verbs that say their subject took place: "the release of 50 prisoners came after ...", "a ceasefire
# took effect", "the aid arrived in Gaza".
HAPPENING_VERBS = frozenset(
    {"come", "take", "begin", "start", "enter", "go", "occur", "happen", "arrive", "reach", "proceed", "resume",
     "erupt", "ensue", "break"}
)
_HAPPENING_OBJECTS = frozenset({"effect", "place", "force", "hold"})
# Verbs of coming that are a visit when a person arrives and a delivery when aid does.
ARRIVING_VERBS = frozenset({"arrive", "reach"})


# Verbs of ending that tell a meeting was held: "the talks concluded in Geneva", "the summit ended without a deal"
# (a ceasefire or a strike that ends is not told as held, and keeps to HAPPENING_VERBS).
ENDING_VERBS = frozenset({"conclude", "end", "close", "wrap", "adjourn", "finish"})
MEETING_ROOT = "04"


def _happened(noun: Token, code: str = "") -> bool:
    """An event noun that is the subject of a verb of taking place (with "effect"/"place"/"force" for "take",
    "enter" and "go"), or a meeting's noun the subject of a verb of ending."""
    verb = noun.head
    if noun.dep_ == "nsubj" and code.startswith(MEETING_ROOT) and verb.lemma_.casefold() in ENDING_VERBS:
        return True
    if noun.dep_ != "nsubj" or verb.lemma_.casefold() not in HAPPENING_VERBS:
        return False
    if verb.lemma_.casefold() in {"take", "enter", "go"}:
        phrases = [child for child in verb.children if child.dep_ in {"dobj", "prep"}]
        words = {t.lemma_.casefold() for child in phrases for t in child.subtree}
        return bool(words & _HAPPENING_OBJECTS)
    if verb.lemma_.casefold() == "break":  # "an encounter broke out", not "the curfew broke down"
        return any(child.dep_ == "prt" and child.lower_ == "out" for child in verb.children)
    return True


def _deliveries_not_visits(candidates: list[Candidate]) -> None:
    """'Aid arrived in Gaza': the aid noun is the event; the arrival is no visit."""
    nouns = {candidate.trigger.i for candidate in candidates if not candidate.verbal and candidate.root == "07"}
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or verb.lemma_.casefold() not in ARRIVING_VERBS:
            continue
        if any(child.dep_ == "nsubj" and child.i in nouns for child in verb.children):
            candidate.suppressed = True


def _object_words(verb: Token) -> set[str]:
    return {child.lemma_.casefold() for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}}


# Verbs of lasting state: a participle complementing one describes a condition that goes on, not an act that
# happened ("civilians remain unprotected, bombed, besieged"); "were bombed" (a passive) stays an event.
_STATE_VERBS = frozenset({"remain", "stay", "seem", "appear", "look", "feel", "sound"})


def _describes_a_state(token: Token) -> bool:
    """A participle that is, or is listed with, the complement of a verb of lasting state ("civilians remain
    unseen, bombed, besieged and raped"): the list hangs its items off one another as conjuncts or modifiers."""
    if token.tag_ != "VBN":
        return False
    node = token
    for _ in range(12):  # a list is short; the bound keeps a misparse from looping up the whole sentence
        if node.dep_ in {"acomp", "oprd"}:
            return node.head.lemma_.casefold() in _STATE_VERBS
        if node.dep_ == "conj" and node.head.lemma_.casefold() in _STATE_VERBS:
            # the small model hangs a long list's last item off the verb itself ("remain unseen, ..., displaced");
            # with no subject or auxiliary of its own the item is one more complement, not a new clause
            return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children)
        if node.dep_ not in {"conj", "amod"} or node.head is node:
            return False
        node = node.head
    return False


# Particles the parser may read as prepositions before the object ("burned down the home": "down" a
# preposition, "the home" its object), and phrasal verbs the lexicon codes by the verb alone.
_PARTICLE_WORDS = frozenset({"down", "up", "off", "out"})
_PHRASALS_CODED_BY_VERB = frozenset({("burn", "down"), ("burn", "up")})


def _repair_misread_particle(verb: Token, lexicon: Lexicon) -> None:
    """Re-attach "burned down the home", "shot down a helicopter" where the parser made the particle a
    preposition: the particle becomes "prt" and its object the verb's direct object, so the lexicon's particle
    codes, the object rules and every later reader see the phrasal verb. Only for a known phrasal verb of the
    lexicon, right after the verb, and only where the verb has no direct object of its own."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return
    particle = doc[verb.i + 1]
    if particle.dep_ != "prep" or particle.head.i != verb.i or particle.lower_ not in _PARTICLE_WORDS:
        return
    entry = lexicon.verbs.get(verb_lemma(verb, lexicon.verbs))
    if entry is None or not (
        particle.lower_ in entry.particles
        or entry.particle_required == particle.lower_
        or (entry.lemma, particle.lower_) in _PHRASALS_CODED_BY_VERB
    ):
        return
    if any(child.dep_ == "dobj" for child in verb.children):
        return
    obj = next((child for child in particle.children if child.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in {"DATE", "TIME"} or len(list(particle.children)) != 1:
        return  # "burned down on Monday" is no object; a phrase with more than its object is no misread
    particle.dep_ = "prt"
    obj.head = verb
    obj.dep_ = "dobj"


def _hyphened_passive_roles(verb: Token, roles: arguments.Roles) -> None:
    """Roles of "protesters were lathi-charged by the police", which the small model reads as "were" with the
    hyphened participle as its complement (acomp): no subject and no passive for the verb, so the crowd acted
    on and the "by" doer are lost. The copula's subject is what was acted on, the "by" object the doer. Only a
    hyphened participle (the misread form); the parse itself is left alone."""
    if verb.tag_ != "VBN" or verb.dep_ != "acomp" or verb.i < 2 or verb.nbor(-1).text != "-" or roles.source:
        return
    copula = verb.head
    if copula.lemma_.casefold() != "be":
        return
    subject = next((child for child in copula.children if child.dep_ == "nsubj"), None)
    doer = next(
        (grand for child in verb.children if child.dep_ == "agent" for grand in child.children if grand.dep_ == "pobj"),
        None,
    )
    if subject is not None and not roles.target:
        roles.target = [subject]
    if doer is not None:
        roles.source = [doer]
    roles.passive = True


# Past forms of violent verbs that the small model tags as nouns ("an armed gang shot dead a businessman");
# followed by "dead" or "to death" they can only be the verb.
_VIOLENT_FORMS_READ_AS_NOUNS = frozenset({"shot", "stabbed", "hacked", "gunned", "beaten", "clubbed", "bludgeoned"})
_PHRASE_INNER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod"})


def verb_read_as_noun(token: Token) -> Token | None:
    """The "dead"/"death" after a violent past form tagged as a noun ("shot dead a businessman", "stabbed to
    death a man"), which shows it is the verb; ``None`` otherwise."""
    if token.lower_ not in _VIOLENT_FORMS_READ_AS_NOUNS or token.pos_ != "NOUN":
        return None
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "dead":
        return doc[token.i + 1]
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to" and doc[token.i + 2].lower_ == "death":
        return doc[token.i + 2]
    return None


def _roles_by_position(verb: Token, outcome: Token) -> arguments.Roles:
    """Doer and victim of a verb the parser read as a noun, by word order: the nearest subject before it and
    the head of the first noun phrase after its "dead" (the parse around such a verb cannot be trusted)."""
    sentence = verb.sent
    subject = next(
        (t for t in reversed(sentence[: verb.i - sentence.start]) if t.dep_ in {"nsubj", "nsubjpass"}), None
    )
    victim = None
    for t in verb.doc[outcome.i + 1 : sentence.end]:
        if t.is_punct or t.pos_ in {"ADP", "VERB", "CCONJ", "SCONJ"}:
            break
        if t.pos_ in {"NOUN", "PROPN", "PRON"} and t.dep_ not in _PHRASE_INNER_DEPS:
            victim = t
            break
    return arguments.Roles(source=[subject] if subject is not None else [], target=[victim] if victim else [])


def _gerund_before_its_object(token: Token, lexicon: Lexicon) -> bool:
    """A gerund the small model reads as an adjective of its own object ("gathered in the square chanting
    slogans"): an event when that noun is an object the verb's entry codes, never a state ("the ruling party")."""
    if token.tag_ != "VBG" or token.head.i != token.i + 1:
        return False
    entry = lexicon.verbs.get(verb_lemma(token, lexicon.verbs))
    return entry is not None and token.head.lemma_.casefold() in entry.objects


def find_candidates(sentence: Span, lexicon: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    for token in sentence:
        outcome = verb_read_as_noun(token)
        if outcome is not None:
            match = lexicon.code_verb(token)
            if match is not None:
                found.append(
                    Candidate(
                        token,
                        match.code,
                        token,
                        True,
                        verb_entry=match.entry,
                        roles=_roles_by_position(token, outcome),
                    )
                )
                continue
        if token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX"):
            _repair_misread_particle(token, lexicon)
            if (
                (token.dep_ == "amod" and token.tag_ != "VBD" and not _gerund_before_its_object(token, lexicon))
                or any(child.dep_ == "det" for child in token.children)
            ):
                # "the outlawed party", "the accused": a state or a person, not an event; a finite past
                # form is never an adjective ("militiamen gang-raped several women" misparsed as amod)
                continue
            if _describes_a_state(token):
                continue
            match = lexicon.code_verb(token)
            entry = lexicon.verbs.get(verb_lemma(token, lexicon.verbs))
            if match is None and entry is not None and entry.governs == "threat":
                match = VerbMatch("130", entry, None)  # "vowed to", "swore to": coded from what they frame
            if match is not None and not _yields_to_noun(token, match.refined_by, lexicon):
                particle = next((c for c in token.children if c.dep_ == "prt"), None)
                theme = (
                    match.refined_by is not None
                    and match.refined_by in _object_words(token)
                    and not (lexicon.in_class(match.refined_by, "person"))
                )
                roles = arguments.verb_roles(token, match.entry.target_preps, theme)
                _hyphened_passive_roles(token, roles)
                if match.code[:2] == "07":  # "Kyiv received weapons from the US": the giver provides the aid
                    theme_object = next((c for c in token.children if c.dep_ == "dobj"), None)
                    roles = arguments.received_from(token, theme_object) or roles
                _orient(roles, token, match)
                found.append(
                    Candidate(
                        token,
                        match.code,
                        token,
                        True,
                        verb_entry=match.entry,
                        refined_by=match.refined_by,
                        roles=roles,
                        particle=particle,
                    )
                )
        elif token.pos_ == "ADJ" and token.lower_ in INTENT_ADJECTIVES:
            stance = _stated_readiness(token, lexicon)
            if stance is not None:
                found.append(stance)
        elif token.pos_ in {"NOUN", "PROPN"} and token.tag_ not in {"NNP"}:
            coded = lexicon.code_noun(token)
            if coded is None:
                continue
            code, entry = coded
            holder = _holding_noun(token, lexicon)  # "issued arrest warrants for two men": the warrant holds it
            light = _light_verb_of(holder or token, lexicon)
            if light is not None and existential(light) and code[:2] not in EXISTENTIAL_ROOTS:
                light = None  # "there is a security threat", "there is demand for books": a state, not an act
            if entry.light_only and light is None and not _happened(token, code):
                continue
            if entry.carriers and (light is None or light.lemma_.casefold() not in entry.carriers):
                continue  # "expressed sorrow" is a statement; "sorrow" alone, or "gave hope", is none
            light_match = lexicon.code_verb(light) if light is not None else None
            if (
                light is not None
                and light_match is not None
                and not _yields_to_noun(light, light_match.refined_by, lexicon)
            ):
                continue  # the verb codes it ("imposed sanctions")
            roles = arguments.noun_roles(token, light)
            if holder is not None:
                roles = arguments.noun_roles(holder, light)
                if not roles.target:  # "warrants for two men", or "issued warrants for two men"
                    roles.target = arguments.first_prep_object(holder, ("for", "against"))
                if not roles.target and light is not None:
                    roles.target = arguments.first_prep_object(light, ("for", "against"))
            if entry.protest_code and code == entry.code and _crowd_action(token, light, roles):
                code = entry.protest_code
            found.append(
                Candidate(
                    token,
                    code,
                    light if light is not None else token,
                    False,
                    noun_entry=entry,
                    roles=roles,
                    light=light is not None,
                )
            )
    _claimed_attacks(found)
    _charged_offences(found)
    _natural_doers(found)
    figures.drop_market_rallies_and_props(found)
    precision.verbal_clashes(found)
    precision.fires_and_crops(found)
    precision.risked_harms(found)
    precision.kinds_named_for_an_act(found)
    precision.test_firings(found)
    precision.prices_charged(found)
    ordinary.ordinary_travel(found)
    ordinary.talking_about(found)
    ordinary.origins(found)
    ordinary.armed_descriptions(found)
    ordinary.viewed_as(found)
    ordinary.participles_of_skipped_objects(found)
    ordinary.metaphorical_battles(found)
    ordinary.reactions_met(found)
    ordinary.no_comment(found)
    ordinary.pleas_in_court(found)
    _accidents(found)
    _deliveries_not_visits(found)
    _attackers_as_targets(found)
    _fold_tolls(found)
    _fold_weapon_clauses(found)
    _fold_participles_into_nouns(found)
    _fold_nouns_into_verbs(found)
    _apply_frames(found, lexicon)
    _inherit_targets(found)
    precision.warnings_of_no_act(found, lexicon)  # after the frames, which recode a warning's clause
    return found


# "said it was ready to join talks", "is open to negotiations": a stated intent (CAMEO 03). When what
# they are ready for is itself a coded action ("ready to withdraw", "prepared to strike"), the intent or
# threat is derived from that action instead (sitrep.events.intent).
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "committed", "open", "eager", "keen", "determined"})


def _stated_readiness(adjective: Token, lexicon: Lexicon) -> Candidate | None:
    """'X was willing to ...' as an event of X: the adjective's copula carries subject, mood and negation."""
    copula = adjective.head
    if adjective.dep_ != "acomp" or copula.lemma_.casefold() not in {"be", "remain", "stand", "appear", "seem"}:
        return None
    complements = [
        child
        for child in adjective.children
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "to" and any(
            grand.dep_ in {"pobj", "pcomp"} for grand in child.children))
    ]  # fmt: skip
    if not complements:
        return None  # "the border is open", "we are ready": no intent named
    if adjective.lower_ == "open" and all(child.dep_ == "xcomp" for child in complements):
        return None  # "open to" a thing, not "open to do"
    inner = [lexicon.code_verb(token) for head in complements for token in head.subtree if token.pos_ == "VERB"]
    if any(match is not None for match in inner):
        return None  # "ready to withdraw": the stated intent is derived from the coded action (events.intent)
    roles = arguments.verb_roles(copula, (), False)
    return Candidate(adjective, "030", copula, True, roles=roles, light=True)


# Words whose "with / of / for" names the offence of a legal step: "charged with murder, attempted murder,
# assault", "convicted of killing", "arrested on suspicion of arson". The offence is what the charge says,
# not an act of force the sentence reports (the arrest or the charge is that act).
LEGAL_STEPS = frozenset(
    {"charge", "convict", "indict", "sentence", "arrest", "detain", "jail", "imprison", "suspect", "confess",
     "plead", "acquit", "prosecute", "try", "guilty", "innocent", "suspicion", "conviction", "indictment",
     "count", "trial", "prosecution", "allegation", "allege", "investigate", "investigation", "extradite"}
)  # fmt: skip
OFFENCE_PREPS = frozenset({"with", "of", "for", "on", "in"})


def _offence_of(token: Token) -> bool:
    """Is the token (or the list it is a member of) the offence named by a legal step?"""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if _offence_related_to_charges(token):
        return True
    if token.dep_ not in {"pobj", "pcomp"} or token.head.lower_ not in OFFENCE_PREPS:
        return False
    governor = token.head.head
    if token.head.lower_ == "on" and governor.lemma_.casefold() != "suspicion":
        # "arrested on suspicion of murder" reaches the step through "suspicion"; "on" alone is a target
        return governor.lemma_.casefold() in {"count"}
    return governor.lemma_.casefold() in LEGAL_STEPS or governor.lower_ in LEGAL_STEPS


def _offence_related_to_charges(token: Token) -> bool:
    """ "charges related to post-electoral violence", "charges linked to the killings": the offence named by the
    charges through a participle of relation (voa10)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"to", "with"}:
        return False
    relation = prep.head
    if relation.dep_ != "acl" or relation.lemma_.casefold() not in {"relate", "link", "connect", "tie"}:
        return False
    return relation.head.lemma_.casefold() in LEGAL_STEPS or relation.head.lower_ in LEGAL_STEPS


def _charged_offences(candidates: list[Candidate]) -> None:
    """'have been charged with murder, attempted murder, assault': the crimes named are no events."""
    for candidate in candidates:
        if candidate.root in FORCE_LIKE_ROOTS and _offence_of(candidate.trigger):
            candidate.suppressed = True


# Doers that are no political actors: animals and natural forces ("elephants kill people", "crops were
# destroyed by floods", "the storm damaged houses"). Their harm is a disaster, not an event between actors.
NATURAL_DOERS = frozenset(
    {"animal", "wildlife", "elephant", "lion", "tiger", "leopard", "wolf", "bear", "crocodile", "snake", "shark",
     "hippo", "hippopotamus", "hyena", "dog", "buffalo", "boar", "bee", "locust", "mosquito", "flood", "flooding",
     "storm", "rain", "rainfall", "cyclone", "hurricane", "typhoon", "tornado", "earthquake", "quake", "tsunami",
     "landslide", "mudslide", "avalanche", "drought", "wildfire", "lightning", "wind", "heatwave", "blizzard",
     "eruption", "volcano", "virus", "disease", "outbreak", "pest", "erosion", "weather", "tide", "snow",
     "bushfire", "fire", "blaze", "flame", "building", "debris", "tree"}
)  # fmt: skip


# Instruments of policy "target", "hit" or "strike" only in a figure: "tariffs targeting Canada", "sanctions
# hit Russian banks", "the law targeted gaming addictions". The act is the policy, coded on its own verb.
POLICY_DOERS = frozenset(
    {"tariff", "duty", "levy", "tax", "sanction", "embargo", "ban", "law", "bill", "measure", "policy",
     "regulation", "restriction", "decree", "investigation", "probe", "price", "inflation", "effort", "initiative",
     "program", "programme", "strategy"}
)  # fmt: skip


# Verbs that only say how long or how surely their complement happens: its doer is their subject.
_ASPECT_VERBS = frozenset({"continue", "keep", "begin", "start", "seem", "appear"})


def _doer_tokens(verb: Token) -> list[Token]:
    """A verb's subjects and passive agents, looked up through conjoined verbs ("destroyed or submerged by
    floods")."""
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj"]]
    if verb.dep_ == "conj" or (verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in _ASPECT_VERBS):
        verbs.append(verb.head)  # "fires continue to burn": the subject of the verb it continues
    doers: list[Token] = []
    for holder in verbs:
        for child in holder.children:
            if child.dep_ == "nsubj":
                doers.append(child)
            elif child.dep_ == "agent":
                doers.extend(g for g in child.children if g.dep_ == "pobj")
    return doers


def _doer_words(verb: Token) -> set[str]:
    """Lemmas of a verb's doers (``_doer_tokens``), or of the noun a participle describes ("tariffs
    targeting Canada")."""
    words = {doer.lemma_.casefold() for doer in _doer_tokens(verb)}
    if verb.dep_ == "acl":
        words.add(verb.head.lemma_.casefold())
    return words


# Mishaps of a vehicle: the deaths they cause ("crashed ..., killing all 12 on board") are an accident.
ACCIDENT_VERBS = frozenset({"crash", "collide", "capsize", "sink", "derail", "overturn", "plunge", "ditch"})
# A drone or missile that "crashed into" a building was a strike, not a mishap.
STRIKING_CRAFT = frozenset({"drone", "missile", "rocket", "projectile", "uav", "shell", "bomb", "munition"})


def _after_an_accident(verb: Token) -> bool:
    """Does the verb hang (as a participle, a conjunct or a result) off a vehicle's crash?"""
    current = verb
    for _ in range(3):
        if current.dep_ not in {"advcl", "conj", "xcomp", "pcomp", "pobj", "prep"} or current.head is current:
            return False
        current = current.head
        if current.lemma_.casefold() in ACCIDENT_VERBS:
            subjects = {c.lemma_.casefold() for c in current.children if c.dep_ == "nsubj"}
            return not subjects & STRIKING_CRAFT
    return False


def _accidents(candidates: list[Candidate]) -> None:
    for candidate in candidates:
        if candidate.verbal and candidate.root in VIOLENT_ROOTS and _after_an_accident(candidate.trigger):
            candidate.suppressed = True


# Words that name a storm: "Hurricane Melissa hit Jamaica", "struck by Chido" after "Cyclones Chido and ...".
STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm"})


def _named_storm(verb: Token) -> bool:
    """Is a named doer of the verb called a storm, here or anywhere in the document?"""
    names = {doer.lower_ for doer in _doer_tokens(verb) if doer.pos_ == "PROPN"}
    return bool(names) and any(
        token.lower_ in names
        and any(child.dep_ == "compound" and child.lower_.removesuffix("s") in STORM_WORDS for child in token.children)
        for token in verb.doc
    )


def _natural_doers(candidates: list[Candidate]) -> None:
    """Force done by nature, animals or a policy instrument is no event between actors."""
    for candidate in candidates:
        if not (candidate.verbal and candidate.root in FORCE_LIKE_ROOTS):
            continue
        if _doer_words(candidate.trigger) & (NATURAL_DOERS | POLICY_DOERS) or _named_storm(candidate.trigger):
            candidate.suppressed = True


CLAIMING_VERBS = frozenset({"claim", "accept", "take", "admit", "acknowledge", "assume", "bear"})


def _claimed_attacks(candidates: list[Candidate]) -> None:
    """'Al-Shabab claimed responsibility for the attack': the claimant is who carried it out."""
    for candidate in candidates:
        noun = candidate.trigger
        if candidate.verbal or candidate.roles.source:
            continue
        if noun.dep_ == "dobj" and noun.head.lemma_.casefold() == "claim":  # "Hezbollah claimed an attack on ..."
            subject = next((child for child in noun.head.children if child.dep_ == "nsubj"), None)
            if subject is not None:
                candidate.roles.source = [subject]
            continue
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            continue
        responsibility = noun.head.head
        if responsibility.lemma_.casefold() not in {"responsibility", "credit"}:
            continue
        verb = responsibility.head
        if responsibility.dep_ != "dobj" or verb.lemma_.casefold() not in CLAIMING_VERBS:
            continue
        subject = next((child for child in verb.children if child.dep_ in {"nsubj"}), None)
        if subject is not None:
            candidate.roles.source = [subject]


def _orient(roles: arguments.Roles, verb: Token, match: VerbMatch) -> None:
    """An external pattern that puts the source after the verb ("+ WAS * BY $") or the target before it
    overrides a parse that read the sides the other way round."""
    if match.source_after is None and match.target_after is None:
        return
    source_after = roles.source[0].i > verb.i if roles.source else None
    target_after = roles.target[0].i > verb.i if roles.target else None
    contradicts = match.source_after is not None and source_after is not None and source_after != match.source_after
    contradicts |= match.target_after is not None and target_after is not None and target_after != match.target_after
    if contradicts:
        roles.source, roles.target = roles.target, roles.source
        # the object side read as a fallback target is now the doer: it is no target ("the town fell to the rebels")
        roles.fallback_target = [token for token in roles.fallback_target if token not in roles.source]


def _by_token(candidates: list[Candidate]) -> dict[int, Candidate]:
    return {candidate.trigger.i: candidate for candidate in candidates}


def _fold_tolls(candidates: list[Candidate]) -> None:
    """'shelled the village, killing 12' / 'an airstrike killed 5' / 'killed in an airstrike': one event."""
    index = _by_token(candidates)
    for candidate in candidates:
        entry = candidate.verb_entry
        if entry is None or not entry.absorbed:
            continue
        verb = candidate.trigger
        host: Candidate | None = None
        if verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head.i in index:
            other = index[verb.head.i]
            if other.root in FORCE_LIKE_ROOTS and other is not candidate:
                host = other
        if host is None:
            for child in verb.children:
                # "Twelve people were killed after four suicide bombers struck"
                if child.dep_ == "advcl" and child.i in index and index[child.i].root in VIOLENT_ROOTS:
                    host = index[child.i]
                    break
                if child.dep_ in {"nsubj"} and child.i in index and index[child.i].root in VIOLENT_ROOTS:
                    host = index[child.i]
                elif child.dep_ in {"prep", "agent"} and child.lower_ in _TOLL_PREPS:
                    for grand in child.children:
                        if grand.dep_ == "pobj" and grand.i in index and index[grand.i].root in VIOLENT_ROOTS:
                            host = index[grand.i]
        if host is None or host.suppressed:
            continue
        candidate.suppressed = True
        host.absorbed.append(verb)
        if not host.roles.target:
            host.roles.target = list(candidate.roles.target)
        else:  # "killed 46 Afghan civilians in an attack on a village": the victims, if the village is no actor
            host.roles.fallback_target.extend(candidate.roles.target)
        if not host.roles.source and candidate.roles.source and candidate.roles.source[0] is not host.trigger:
            host.roles.source = list(candidate.roles.source)


def _attackers_as_targets(candidates: list[Candidate]) -> None:
    """'repelled an attack by Hezbollah': the target of the repelling is the attacker."""
    index = _by_token(candidates)
    for candidate in candidates:
        if not candidate.verbal or candidate.root not in VIOLENT_ROOTS:
            continue
        if len(candidate.roles.target) == 1 and candidate.roles.target[0].i in index:
            attack = index[candidate.roles.target[0].i]
            if not attack.verbal and attack.roles.source:
                candidate.roles.target = list(attack.roles.source)


def _fold_weapon_clauses(candidates: list[Candidate]) -> None:
    """'The missile fired by the army destroyed the warship': one event, whose source is the army."""
    index = _by_token(candidates)
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or verb.dep_ != "acl" or candidate.root not in VIOLENT_ROOTS:
            continue
        subject = verb.head
        if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.head.i not in index:
            continue
        host = index[subject.head.i]
        if host.root not in VIOLENT_ROOTS or host is candidate:
            continue
        candidate.suppressed = True
        host.absorbed.append(verb)
        if candidate.roles.source:
            host.roles.source = list(candidate.roles.source)


def _fold_participles_into_nouns(candidates: list[Candidate]) -> None:
    """'a deadly attack targeting non-Muslims': the participle says whom the attack was aimed at; one event."""
    index = _by_token(candidates)
    for candidate in candidates:
        verb = candidate.trigger
        if not candidate.verbal or verb.dep_ != "acl" or verb.tag_ != "VBG" or candidate.root not in VIOLENT_ROOTS:
            continue
        host = index.get(verb.head.i)
        if host is None or host.verbal or host.suppressed or host.root not in VIOLENT_ROOTS:
            continue
        candidate.suppressed = True
        host.absorbed.append(verb)
        if not host.roles.target:
            host.roles.target = list(candidate.roles.target)


def _fold_nouns_into_verbs(candidates: list[Candidate]) -> None:
    """'attacked Kyiv with drones in a night strike': the noun names the verb's own event."""
    index = _by_token(candidates)
    for candidate in candidates:
        if candidate.verbal or candidate.suppressed or candidate.light:
            continue
        noun = candidate.trigger
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in {"in", "with", "during", "by"}:
            continue
        verb = noun.head.head
        host = index.get(verb.i)
        if host is None or host.suppressed or not host.verbal:
            continue
        if host.root in VIOLENT_ROOTS and candidate.root in VIOLENT_ROOTS:
            candidate.suppressed = True
            if host.code in cues.GENERIC_FORCE:
                host.code = candidate.code


def _complement_heads(governor: Token) -> list[Token]:
    """Clauses and phrases a framing verb is about: "threatened to strike", "accused X of shelling"."""
    heads: list[Token] = []
    for child in governor.children:
        if child.dep_ == "ccomp" and _before_a_semicolon(child, governor):
            continue  # "A youth was shot dead; police blamed militants": a clause of its own, told before
        if child.dep_ in {"xcomp", "ccomp", "dobj"}:
            heads.append(child)
        elif child.dep_ == "advcl" and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children):
            heads.append(child)  # "have sworn to fight", parsed as an infinitival adverbial clause
        elif child.dep_ == "prep" and child.lower_ in {"of", "for", "with", "against", "over"}:
            heads.extend(grand for grand in child.children if grand.dep_ in {"pobj", "pcomp"})
        elif child.dep_ in {"oprd", "acomp"}:  # "held the US responsible for the killing"
            heads.extend(
                grand
                for prep in child.children
                if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}
                for grand in prep.children
                if grand.dep_ in {"pobj", "pcomp"}
            )
    return heads


def _before_a_semicolon(clause: Token, governor: Token) -> bool:
    """The clause ends before the governor with a semicolon between them (the parse may still hang it on the
    governor as its complement)."""
    if clause.i > governor.i:
        return False
    return any(token.text == ";" for token in governor.doc[clause.right_edge.i + 1 : governor.i])


def _inside(token: Token, heads: list[Token]) -> bool:
    return any(head.left_edge.i <= token.i <= head.right_edge.i for head in heads)


def threat_code(inner_codes: list[str], words: set[str]) -> str:
    if words & cues.NUCLEAR:
        return "1385"
    for code in inner_codes:
        root = code[:2]
        if code == "192":
            return "1382"
        if code == "191":
            return "1381"
        if root in VIOLENT_ROOTS:
            return "138"
        if code == "163":
            return "1312"
        if code in {"161", "166"}:
            return "1313"
        if code.startswith("162"):
            return "1311"
        if code in {"164", "165"}:
            return "134"
        if code.startswith("172"):
            return {"1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324"}.get(code, "132")
        if code in {"173", "175"}:
            return "137"
        if root == "14":
            return "133"
    if words & {
        "retaliate",
        "retaliation",
        "revenge",
        "vengeance",
        "response",
        "respond",
        "force",
        "war",
        "strike",
        "attack",
        "destroy",
        "invade",
    }:
        return "138"
    if words & {"sanction", "tariff", "embargo"}:
        return "1312"
    return "130"


def _accusation_code(inner_codes: list[str], words: set[str], base: str) -> str:
    if words & WAR_CRIMES and words & {"crime", "genocide", "atrocity", "cleansing"}:
        return "1124"
    if words & CORRUPTION:
        return "1121"
    if words & ESPIONAGE:
        return "1125"
    if words & RIGHTS:
        return "1122"
    if any(code[:2] in VIOLENT_ROOTS for code in inner_codes) or words & {"aggression", "attack", "invasion"}:
        return "1123"
    return base


def _same_actor(governor: Candidate, inner: Candidate) -> bool:
    """Is the framed event the governor's own ("warned it would strike") or someone else's?"""
    if not inner.roles.source:
        return True
    head = inner.roles.source[0]
    if head.pos_ == "PRON" and head.lower_ not in {"you"}:
        return True
    return bool(governor.roles.source) and governor.roles.source[0].lower_ == head.lower_


def _warned_off(verb: Token) -> bool:
    """'warned Beijing against supplying arms': an addressee (the object) told not to do something."""
    children = list(verb.children)
    return any(child.dep_ == "dobj" for child in children) and any(
        child.dep_ == "prep" and child.lower_ == "against" for child in children
    )


def _apply_frames(candidates: list[Candidate], lexicon: Lexicon) -> None:
    for governor in candidates:
        entry = governor.verb_entry
        if entry is None or entry.governs not in {"threat", "accuse", "cancel"} or governor.suppressed:
            continue
        heads = _complement_heads(governor.trigger)
        if entry.governs == "cancel":  # "called off the strike": the strike is not reported as happening
            for other in candidates:
                if other is not governor and not other.verbal and _inside(other.trigger, heads):
                    other.suppressed = True
            continue
        inner = [
            other
            for other in candidates
            if other is not governor and not other.suppressed and _inside(other.trigger, heads)
        ]
        words = cues.lemmas(token for head in heads for token in head.subtree)
        nouns = [
            coded[0]
            for head in heads
            for token in head.subtree
            if token.pos_ == "NOUN" and (coded := lexicon.code_noun(token)) is not None
        ]
        inner_codes = [other.code for other in inner] + nouns
        if entry.governs == "threat":
            own = [other for other in inner if _same_actor(governor, other)]
            if inner and not own and governor.trigger.lemma_ != "threaten" and not _warned_off(governor.trigger):
                governor.suppressed = True  # "NATO warned that Russia could attack": a warning about others
                continue
            if _warned_off(governor.trigger) and not own:
                # "warned Beijing against supplying weapons": a warning to the one addressed, who has done nothing yet
                governor.code = threat_code(inner_codes, words)
                for other in inner:
                    other.suppressed = True
                continue
            violent = any(code[:2] in VIOLENT_ROOTS for code in inner_codes) or bool(
                words & {"retaliate", "retaliation", "war", "force", "destroy", "strike", "revenge", "vengeance"}
            )
            if entry.code is None and not violent:
                governor.suppressed = True  # "vowed to keep supporting": the complement is the event
                continue
            governor.code = threat_code(inner_codes, words)
            for other in own or inner:
                other.suppressed = True
                if not governor.roles.target and other.roles.target:
                    governor.roles.target = list(other.roles.target)
        else:
            governor.code = _accusation_code(inner_codes, words, governor.code)
            for other in inner:
                other.suppressed = True
    # Violence "as part of threats", "as a warning": the clause is itself a threat.
    for candidate in candidates:
        if candidate.suppressed or candidate.root not in VIOLENT_ROOTS:
            continue
        clause = candidate.clause_head
        for child in clause.children:
            framing = child.dep_ in {"prep", "npadvmod", "advcl"} and child.lower_ in {"as", "in"}
            if framing and cues.lemmas(child.subtree) & THREAT_NOUNS:
                words = cues.lemmas(clause.subtree)
                candidate.code = "1385" if words & cues.NUCLEAR else "138"
                break


def _inherit_targets(candidates: list[Candidate]) -> None:
    """', taking several settlements': a participle clause acts on the main clause's target region."""
    index = _by_token(candidates)
    for candidate in candidates:
        if candidate.suppressed or not candidate.verbal or candidate.roles.target:
            continue
        verb = candidate.trigger
        host = verb
        for _ in range(3):
            if host.dep_ not in {"advcl", "conj"}:
                break
            host = host.head
            hosted = index.get(host.i)
            if hosted is not None and hosted.roles.target:
                candidate.roles.target = list(hosted.roles.target)
                break
            if host.pos_ == "VERB":
                objects = arguments._direct_objects(host, ("into", "in", "on", "against"))
                if objects:
                    candidate.roles.target = objects
                    break
