"""Did the event happen? Negation, hypotheticals, future/intent and reported claims, from the parse.

The modality of a trigger is read from the trigger itself (its auxiliaries, its negation, "no" before a
noun) and from the chain of clauses that embed it: "denied attacking" (negated), "plans to strike"
(future), "if Russia attacks" (hypothetical), "the ministry said it repelled" (reported, still factual).
The walk up the chain stops at the first clause that is not a complement of the one above it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sitrep.model import Modality

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "can", "must", "ought", "'d"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest", "should"})
# Governing verbs whose complement did not happen.
NEGATING_GOVERNORS = frozenset(
    {"deny", "refuse", "fail", "refrain", "avoid", "decline", "reject", "dismiss", "rule", "halt", "stop",
     "cancel", "postpone"}
)  # fmt: skip
# Governing verbs whose complement is intended or announced, not yet done.
FUTURE_GOVERNORS = frozenset(
    {"plan", "intend", "prepare", "aim", "seek", "want", "decide", "vow", "pledge", "promise", "threaten",
     "expect", "hope", "agree", "offer", "propose", "warn", "vote", "order", "resolve", "mean", "wish",
     "schedule", "set", "go", "gear", "poise", "ready", "demand", "urge", "ask", "call", "push",
     "need", "insist", "plot", "pray", "request", "appeal", "authorize", "authorise", "approve", "allow",
     "willing", "prepared", "determined", "eager", "commit", "swear", "intent", "keen", "suppose", "due",
     "press", "pressure", "pressurise", "pressurize", "instruct", "direct", "undertake"}
)  # fmt: skip
# Governing verbs whose complement is a possibility.
HYPOTHETICAL_GOVERNORS = frozenset(
    {"consider", "contemplate", "weigh", "mull", "fear", "risk", "suspect", "imagine", "discuss", "debate",
     "study", "explore", "doubt", "question", "speculate", "worry", "tend", "likely", "unlikely"}
)  # fmt: skip
# Governing verbs that report a claim by a party.
REPORTING_GOVERNORS = frozenset(
    {"say", "claim", "report", "tell", "announce", "state", "add", "confirm", "allege", "insist", "assert",
     "write", "post", "tweet", "note", "explain", "acknowledge", "admit", "declare", "estimate", "reveal",
     "indicate", "show", "suggest", "believe", "accuse", "blame", "charge"}
)  # fmt: skip
# Adjectives before an event noun: "a possible attack", "the planned offensive", "an imminent strike".
HYPOTHETICAL_MODIFIERS = frozenset(
    {"possible", "potential", "alleged", "hypothetical", "feared", "rumoured", "rumored"}
)
# Adverbs that make a clause tell what happens as a rule, not an occurrence: "the group frequently
# conducts bombings", "they usually kill". Marked hypothetical: no one event is asserted.
HABITUAL_ADVERBS = frozenset(
    {"frequently", "often", "usually", "typically", "regularly", "routinely", "generally", "normally", "commonly"}
)
# Adjectives that make an event noun a pattern, not an occurrence: "protect herders from regular attacks".
HABITUAL_MODIFIERS = frozenset(
    {"regular", "frequent", "routine", "periodic", "recurrent", "recurring", "constant", "habitual"}
)
# Adverbs that make a present-tense clause a pattern: "the group mainly targets security vehicles" (a past
# "mainly targeted police posts" may tell one attack, and is kept).
PRESENT_PATTERN_ADVERBS = frozenset({"mainly", "mostly", "largely", "primarily", "chiefly", "always"})
# Adjectives that put an event noun in the past: "past attacks were claimed by Islamic State".
PAST_MODIFIERS = frozenset({"past", "previous", "earlier", "prior", "former"})
FUTURE_MODIFIERS = frozenset(
    {"planned", "imminent", "upcoming", "future", "expected", "impending", "proposed", "looming", "threatened"}
)
# Verbs whose noun object has not happened yet: "planned an attack", "threatened an invasion".
NOMINAL_FUTURE_GOVERNORS = frozenset({"plan", "prepare", "threaten", "intend", "propose", "plot", "contemplate"})
PREVENTING_GOVERNORS = frozenset({"prevent", "avert", "thwart", "foil", "deter", "avoid", "preempt", "forestall"})
INCITING_GOVERNORS = frozenset({"incite", "encourage", "provoke", "glorify", "advocate", "risk", "fear"})
# Nouns whose "of"/"to" phrase names an event that is not reported as happening: "threats of violence".
UNREALISED_HEADS = frozenset(
    {"threat", "risk", "fear", "danger", "prospect", "possibility", "likelihood", "end", "halt", "cessation",
     "prevention", "incitement", "warning", "spectre", "specter", "call", "plan", "plot", "authority", "power",
     "right", "ability", "process", "mandate", "intention", "intent"}
)  # fmt: skip
# Nouns whose "that" clause is something claimed: "claims that its troops massacred civilians".
ALLEGATION_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "report", "rumour", "rumor", "charge", "suggestion", "assertion"}
)
# Verbs that dismiss a claim they take as object: "rejected claims that ...", "denied reports that ...".
DISMISSING_GOVERNORS = frozenset({"reject", "deny", "dismiss", "refute", "rebut", "debunk", "disprove", "dispute"})
# Nouns whose "in" phrase names an event that has stopped: "a pause in the bombing".
PAUSE_HEADS = frozenset({"pause", "lull", "halt", "break", "letup", "let-up", "respite", "suspension"})
# Texts that define what would count as an event: events in their relative clauses are not reports.
NORM_NOUNS = frozenset(
    {"doctrine", "law", "rule", "policy", "definition", "treaty", "constitution", "provision", "clause",
     "article", "resolution", "bill", "decree", "strategy", "principle", "charter", "regulation", "statute",
     "guideline", "code", "framework", "amendment", "legislation", "protocol", "concept"}
)  # fmt: skip
# Subjects that make their clause a tale, not a report: "the legend is he set fire to ...".
TALE_NOUNS = frozenset({"legend", "myth", "folklore", "tale", "fable", "lore", "rumor", "rumour", "saying"})
# Prepositions that place a noun event before the reported one: "after Russia's invasion".
BACKGROUND_PREPS = frozenset({"since", "after", "following", "before"})
# Head nouns of "the start of the war", "the anniversary of the invasion".
ONSET_NOUNS = frozenset({"start", "beginning", "outbreak", "onset", "anniversary", "launch", "eve", "aftermath"})
# Words that say a background event is not recent.
LONG_AGO = frozenset({"year", "years", "decade", "decades", "full-scale", "scale", "initial", "original", "first"})
# Spans of time that put a clause ("a day after ...") on an earlier day than its governor.
DAY_OR_LONGER = frozenset({"day", "week", "month", "year", "decade", "days", "weeks", "months", "years"})
# A crowd that gathers "to protest" is protesting: the purpose clause is the act itself.
CROWD_GATHERING_VERBS = frozenset(
    {"gather", "assemble", "rally", "march", "take", "converge", "pour", "turn", "come", "flock", "throng", "mass",
     "form"}  # "formed a human chain to protest"
)
PROTEST_PURPOSES = frozenset({"protest", "demonstrate", "demand", "denounce", "condemn", "chant", "rally", "decry"})
# "Police caned the protesters to disperse them", "burst tear gas shells to disperse the crowd": the force
# used to disperse a crowd is the dispersal told (ACLED's intervention), not a purpose still to come.
DISPERSAL_PURPOSES = frozenset({"disperse"})
# Verbs whose infinitive after the object tells what happened: "forced residents to flee", "used tear gas to
# disperse the crowd"; after other verbs it tells what the object is for ("hired a gunman to kill", "built bombs
# to carry out attacks").
RESULT_GOVERNORS = frozenset(
    {"force", "compel", "oblige", "cause", "drive", "lead", "help", "enable", "let", "get", "prompt", "spur",
     "persuade", "convince", "trigger", "see", "watch", "hear", "leave", "use", "employ", "utilize", "utilise"}
)  # fmt: skip
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "conj", "pobj", "relcl", "acl"})


def _aux_words(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}


def _habitual(verb: Token) -> bool:
    """'they tend to ...', 'they usually ...': a clause that tells a rule, not an occurrence."""
    return verb.lemma_.casefold() == "tend" or any(
        child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS for child in verb.children
    )


def _has_to(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _purpose_of_an_object(clause: Token, governor: Token) -> bool:
    """'hired a gunman to kill the activist', 'used the bases to carry out attacks': the infinitive after a
    verb's object says what the object is for, as the advcl of 'deployed troops to attack' does (the parser
    labels the two alike at random)."""
    return (
        _has_to(clause)
        and governor.lemma_.casefold() not in RESULT_GOVERNORS
        and clause.lemma_.casefold() not in PROTEST_PURPOSES | DISPERSAL_PURPOSES
        and any(child.dep_ == "dobj" for child in governor.children)
    )


def _describes_its_noun(clause: Token) -> bool:
    """'fighters who fight to control villages', 'a militia that attacks convoys': a present-tense relative
    clause tells what its noun is or does as a rule, not an occurrence (a statement such as 'Russia, which
    denies the attack' is left to the statement's own reading)."""
    return (
        clause.dep_ == "relcl"
        and clause.tag_ in {"VBP", "VBZ"}
        and not _aux_words(clause)
        and clause.lemma_.casefold() not in REPORTING_GOVERNORS
        and not any(child.dep_ == "ccomp" for child in clause.children)
    )


def _is_negated_here(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "det" and child.lower_ in {"no", "neither"}:
            return True
    return False


# Adjectives of readiness whose denial refuses the act they govern: "was not ready to resume talks".
_READINESS_WORDS = frozenset({"ready", "willing", "prepared"})


def unready(word: Token) -> bool:
    """'was not prepared to accept', 'is unwilling to negotiate': readiness denied. The parser hangs the
    negation on the copula ("was"), not on the adjective, so the adjective alone does not show it."""
    if word.dep_ not in {"acomp", "ROOT"}:
        return False
    if word.lower_ == "unwilling":
        return True
    return word.lower_ in _READINESS_WORDS and (_is_negated_here(word) or _is_negated_here(word.head))


def _local(token: Token, modality: Modality) -> None:
    """Marks carried by the trigger's own words."""
    aux = _aux_words(token)
    if _is_negated_here(token):
        modality.negated = True
    if aux & FUTURE_AUX:
        modality.future = True
    if aux & HYPOTHETICAL_AUX:
        modality.hypothetical = True
    # "is going to strike", "is about to attack"
    if token.tag_ == "VB" and token.head.lower_ in {"going", "about"}:
        modality.future = True
    for child in token.children:
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            modality.hypothetical = True
        if child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS and token.pos_ in {"VERB", "AUX"}:
            modality.hypothetical = True
        if child.dep_ == "advmod" and child.lower_ in PRESENT_PATTERN_ADVERBS and token.tag_ in {"VBZ", "VBP"}:
            modality.hypothetical = True
        if child.dep_ in {"amod", "compound"}:
            if child.lower_ in HYPOTHETICAL_MODIFIERS or (child.lower_ in HABITUAL_MODIFIERS and token.pos_ == "NOUN"):
                modality.hypothetical = True
            elif child.lower_ in FUTURE_MODIFIERS:
                modality.future = True
            elif child.lower_ in PAST_MODIFIERS and token.pos_ in {"NOUN", "PROPN"}:
                modality.historical = True
    # "no shelling was reported": the noun is the subject of a passive reporting verb
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"nsubj", "nsubjpass"}:
        verb = token.head
        if verb.lemma_ in {"report", "record", "observe", "hear", "see"} and _is_negated_here(verb):
            modality.negated = True


# Administrative measures that an authority's order carries out by itself: "ordered police to suspend the licences
# of three newspapers" is the suspension (PLOVER COERCE), where "ordered troops to attack" tells no attack yet.
ORDERED_MEASURES = frozenset({"suspend", "close", "shut", "ban", "freeze", "expel", "dissolve", "revoke", "outlaw"})


def _decision_taken(governor: Token, lemma: str, complement: Token | None = None) -> bool:
    """"The EU decided to impose sanctions": a decision taken is the act, not a plan or a threat of it; so is an
    order given for an administrative measure ("ordered the ministry to close the newspaper")."""
    if governor.tag_ not in {"VBD", "VBN"}:
        return False  # "will decide", "decides to": still to be done
    ordered_measure = lemma == "order" and complement is not None and complement.lemma_.casefold() in ORDERED_MEASURES
    if lemma != "decide" and not ordered_measure:
        return False
    return not _aux_words(governor) & (FUTURE_AUX | HYPOTHETICAL_AUX)


# Verbs of choosing whose "against" + gerund names what was chosen not to do.
CHOOSING_VERBS = frozenset({"decide", "opt", "vote", "choose", "elect", "resolve"})


def decided_against(verb: Token) -> bool:
    """'The EU decided against imposing new sanctions', 'voted against sending troops': a gerund after "against"
    under a verb of choosing was chosen not to be done (not "fought against occupying the town")."""
    preposition = verb.head
    return (
        verb.dep_ == "pcomp"
        and preposition.lower_ == "against"
        and preposition.head.lemma_.casefold() in CHOOSING_VERBS
    )


def is_be_to(infinitive: Token) -> bool:
    """'The leaders are to meet next week': present "be" + a bare "to"-infinitive (no "ready", "crucial") is a
    plan. The past "was to free" is left as it was: news often tells so what was arranged and then done."""
    governor = infinitive.head
    return (
        infinitive.dep_ == "xcomp"
        and governor.lemma_.casefold() == "be"
        and governor.tag_ in {"VBP", "VBZ"}
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in infinitive.children)
        and not any(child.dep_ in {"acomp", "attr", "neg"} for child in governor.children)
    )


def modality_of(trigger: Token, clause_head: Token | None = None) -> Modality:
    """Modality of the event whose trigger (and, for nominal events, clause verb) is given."""
    modality = Modality()
    _local(trigger, modality)
    current = trigger
    if clause_head is not None and clause_head is not trigger:
        _local(clause_head, modality)
        current = clause_head
    elif trigger.pos_ in {"NOUN", "PROPN"}:
        modality.historical = (
            modality.historical or is_background(trigger) or names_a_topic(trigger) or told_as_ongoing(trigger)
        )
        governor = _noun_governor(trigger)
        if governor is not None:
            # "an attack ... can be treated as", "fear an attack": the noun shares its verb's mood
            aux = _aux_words(governor)
            modality.hypothetical = modality.hypothetical or bool(aux & HYPOTHETICAL_AUX)
            modality.future = modality.future or bool(aux & FUTURE_AUX)
            lemma = governor.lemma_.casefold()
            if trigger.dep_ == "dobj" and lemma in HYPOTHETICAL_GOVERNORS:
                modality.hypothetical = True
            if trigger.dep_ == "dobj" and lemma in NOMINAL_FUTURE_GOVERNORS:
                modality.future = True
            if _in_norm_clause(governor):
                modality.hypothetical = True
            if trigger.dep_ == "dobj" and lemma in PREVENTING_GOVERNORS:
                modality.negated = True  # "thwarted an attack": it did not happen
            if trigger.dep_ == "dobj" and lemma in INCITING_GOVERNORS:
                modality.hypothetical = True  # "inciting violence": the speech is the act, not the violence
            if trigger.dep_ == "dobj" and any(child.lower_ == "never" for child in governor.children):
                # "China has never condemned Russia's invasion": a stance held over time names the event as
                # background, not as news of the day
                modality.historical = True
            current = governor
        if _under_unrealised_noun(trigger):
            modality.hypothetical = True  # "threats of violence", "an end to the hostilities"
    if _describes_its_noun(current):
        modality.hypothetical = True
    seen = 0
    while current.dep_ in _COMPLEMENT_DEPS and current.head is not current and seen < 8:
        seen += 1
        dep = current.dep_
        governor = current.head
        if decided_against(current):
            modality.negated = True  # "decided against extending the ceasefire": the act was turned down
        if governor.pos_ == "ADP" or governor.dep_ == "prep":  # "accused Russia of attacking": skip the preposition
            governor = governor.head
        lemma = governor.lemma_.casefold()
        if dep == "conj":
            # Verbs joined by "or"/"nor" share a negation; every conjunct shares the auxiliaries.
            cc = {child.lower_ for child in governor.children if child.dep_ == "cc"}
            if _is_negated_here(governor) and cc & {"or", "nor"}:
                modality.negated = True
            aux = _aux_words(governor)
            if not _aux_words(current):
                modality.future = modality.future or bool(aux & FUTURE_AUX)
                modality.hypothetical = modality.hypothetical or bool(aux & HYPOTHETICAL_AUX)
                if current.tag_ in {"VBP", "VBZ"} and _habitual(governor):
                    # "they tend to change their behaviour and they kill people": a present-tense conjunct
                    # of a habitual clause tells what happens as a rule too
                    modality.hypothetical = True
            current = governor
            continue
        approver = approved_plan(current)
        if approver is not None:
            # "the cabinet approved a plan to send troops": the plan approved is the decision taken, as in
            # "decided to send troops"; its mood is the approving verb's
            current = approver
            continue
        if dep in {"acl", "relcl"} and _infinitive_of_unrealised_noun(current):
            modality.hypothetical = True  # the parser labels "threats to use force" either way
        if dep in {"acl", "ccomp"} and governor.pos_ == "NOUN" and governor.lemma_.casefold() in ALLEGATION_NOUNS:
            # "claims that its troops massacred civilians": told by someone; "rejected claims that ...": denied
            modality.reported = True
            verb = _noun_governor(governor)
            if verb is not None and governor.dep_ == "dobj" and verb.lemma_.casefold() in DISMISSING_GOVERNORS:
                modality.negated = True
            break
        if dep == "relcl" or dep == "acl":
            break
        if dep == "advcl":
            # "if Russia attacks, ..." is marked on the advcl itself (handled by _local); an advcl of a
            # future or hypothetical clause shares it: "will strike, killing..."
            marks = {child.lower_ for child in current.children if child.dep_ == "mark"}
            if marks & {"after", "since"} and _days_back(current):
                # "agreed to disarm, a day after Azerbaijan launched its offensive": an earlier day's event,
                # told as the background of this one (reported on its own day elsewhere)
                modality.historical = True
                break
            if _dates_a_state(current, governor, marks):
                # "prices have risen since Russia invaded Ukraine", "trade is smaller than before Russia
                # invaded": a past event named to date the state the sentence describes, not news
                modality.historical = True
                break
            if "for" in marks and any(child.dep_ == "aux" and child.lower_ == "to" for child in current.children):
                # "pushing for Iran to free the sailors", "called for the army to withdraw": what is pressed
                # for has not happened
                modality.future = True
                break
            if marks & {"until", "before", "once"}:
                # "vowed to fight until they gain control": the later step is as unrealised as the vow
                governor_future = bool(_aux_words(governor) & FUTURE_AUX) or lemma in FUTURE_GOVERNORS
                modality.future = modality.future or governor_future
                break
            if governor.pos_ in {"VERB", "AUX"} and _habitual(governor):
                # "regularly escape into Cameroon when attacked by government forces": the occasions of a habit
                # are a pattern too, not an attack that happened
                modality.hypothetical = True
                break
            if marks:
                break
            if current.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in current.children):
                # "was not ready to fight when the rebels attacked Goma": a past-tense "when" clause tells
                # what happened, whatever the main clause's mood ("will retaliate when attacked" stays unrealised)
                break
            if (
                _has_to(current)
                and not (lemma in CROWD_GATHERING_VERBS and current.lemma_.casefold() in PROTEST_PURPOSES)
                and current.lemma_.casefold() not in DISPERSAL_PURPOSES
            ):
                # "met to discuss", "launched a campaign to oust": the purpose is still to come; but
                # "gathered outside parliament to protest": gathering to protest is the protest
                modality.future = True
            aux = _aux_words(governor)
            modality.future = modality.future or bool(aux & FUTURE_AUX)
            modality.hypothetical = modality.hypothetical or bool(aux & HYPOTHETICAL_AUX)
            modality.negated = modality.negated or _is_negated_here(governor)
            current = governor
            continue
        if lemma in NEGATING_GOVERNORS and (lemma != "rule" or any(c.lower_ == "out" for c in governor.children)):
            modality.negated = True  # "ruled out talks", but "the court ruled that the detention was illegal"
        # an order for a measure is the measure ("ordered police to suspend the licences"), not its purpose
        taken = _decision_taken(governor, lemma, current)
        if dep == "xcomp" and _purpose_of_an_object(current, governor) and not taken:
            modality.future = True
        if (lemma in FUTURE_GOVERNORS and not taken) or (dep == "xcomp" and is_be_to(current)):
            modality.future = True  # "is set to meet", "the leaders are to meet next week"
        if lemma in HYPOTHETICAL_GOVERNORS:
            modality.hypothetical = True
        if lemma == "tell" and dep == "xcomp":
            modality.future = True  # "told Manila to withdraw its ships": an order, not a report
        elif lemma in REPORTING_GOVERNORS:
            modality.reported = True
        if lemma in {"deny"} and _is_negated_here(governor):  # "did not deny attacking": still not asserted
            modality.negated = False
        # "did not plan to attack", "has not said it will": a negated governor leaves the event unasserted
        if _is_negated_here(governor) and lemma not in REPORTING_GOVERNORS:
            modality.negated = True
        if dep == "xcomp" and unready(governor):
            modality.negated = True  # "was not ready to resume talks": the negation sits on the copula
        aux = _aux_words(governor)
        if aux & HYPOTHETICAL_AUX:
            modality.hypothetical = True
        if dep == "xcomp" and aux & FUTURE_AUX:
            # "will be crucial to fight", "will try to seize": the complement shares the governor's future (a
            # ccomp does not: "he will argue that Russia attacked" tells a past attack)
            modality.future = True
        if any(child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS for child in governor.children):
            modality.hypothetical = True
        if _tells_a_tale(governor):
            modality.hypothetical = True  # "legend has it that he burned the fort": told, not reported
        current = governor
    if _asked_whether(trigger):
        modality.hypothetical = True
    if _sentence_reports(trigger):
        modality.reported = True
        if told_as_tale(trigger):
            modality.hypothetical = True
    return modality


def _tells_a_tale(governor: Token) -> bool:
    """'The legend is ...', 'legend has it ...', 'as the story goes': the complement is a tale."""
    return any(
        child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.casefold() in TALE_NOUNS for child in governor.children
    )


def _noun_governor(noun: Token) -> Token | None:
    """The verb a noun event is the subject or object of ("the attack can be treated", "feared an attack")."""
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _under_unrealised_noun(noun: Token) -> bool:
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return False
    if head.lower_ == "in":  # "a pause in the bombing", "a lull in the fighting": it is not going on
        return head.head.lemma_.casefold() in PAUSE_HEADS and head.head.pos_ == "NOUN"
    if head.lower_ not in {"of", "to", "for"}:
        return False
    return head.head.lemma_.casefold() in UNREALISED_HEADS and head.head.pos_ == "NOUN"


# Verbs by which a body adopts a plan, and the nouns for the plan: an approved plan to act is a decision taken.
APPROVING_VERBS = frozenset({"approve", "adopt", "endorse", "pass", "ratify", "authorize", "authorise"})
PLAN_NOUNS = frozenset({"plan", "proposal", "decision", "bill", "motion", "measure"})


def approved_plan(verb: Token) -> Token | None:
    """The approving verb when ``verb`` is the infinitive of a plan already approved: "the cabinet approved a plan
    to send troops", "parliament passed a bill to extend the state of emergency" (not "will approve", "did not
    approve", "is expected to approve": the plan then is still a plan)."""
    noun = verb.head
    if verb.dep_ != "acl" or not _has_to(verb) or noun.lemma_.casefold() not in PLAN_NOUNS:
        return None
    approver = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or approver.lemma_.casefold() not in APPROVING_VERBS:
        return None
    if approver.tag_ not in {"VBD", "VBN"} or _aux_words(approver) & (FUTURE_AUX | HYPOTHETICAL_AUX):
        return None
    return None if _is_negated_here(approver) or approver.dep_ == "xcomp" else approver


def _infinitive_of_unrealised_noun(verb: Token) -> bool:
    """'a threat to boycott the ceremony', 'calls to strike', 'a plan to attack': the act is not done."""
    return (
        verb.dep_ in {"acl", "relcl"}
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_.casefold() in UNREALISED_HEADS
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    )


def _in_norm_clause(verb: Token) -> bool:
    """Is the verb's clause a relative clause of a doctrine, law or rule ("a doctrine under which ...")?"""
    current = verb
    for _ in range(6):
        if current.dep_ in {"relcl", "acl"}:
            return current.head.lemma_.casefold() in NORM_NOUNS
        if current.dep_ not in {"conj", "xcomp", "ccomp", "advcl"} or current.head is current:
            return False
        current = current.head
    return False


def is_background(noun: Token) -> bool:
    """A nominal event the sentence mentions as past background, not as news.

    "since Russia's invasion", "after Russia's full-scale invasion of Ukraine" (with a sign it is not
    recent: a year, "full-scale", "years after"), "since the start of the war", "the war, which began in
    2022". A bare "after clashes" may be the news itself ("were detained after clashes") and is kept.
    """
    for child in noun.children:
        onset = child.dep_ in {"relcl", "acl"} and child.lemma_.casefold() in {"begin", "start", "erupt", "break"}
        if onset and _long_ago(child.subtree):  # "the war, which began in 2022" (not "violence that began Monday")
            return True
    phrase = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.casefold() in ONSET_NOUNS:
        phrase = noun.head.head  # "since the start of the war"
        if phrase.dep_ != "pobj":
            return phrase.lemma_.casefold() == "anniversary"
    if phrase.dep_ != "pobj" or phrase.head.dep_ != "prep":
        return False
    preposition = phrase.head.lower_
    if preposition not in BACKGROUND_PREPS:
        return False
    if preposition == "since" or phrase is not noun:
        return True
    # signs within the phrase itself ("years after", "Russia's full-scale invasion in 2022")
    words = {token.lower_ for token in phrase.head.subtree} | {
        grand.lower_ for child in phrase.head.children for grand in child.subtree if child.dep_ == "npadvmod"
    }
    years = any(t.like_num and len(t.text) == 4 and t.text.startswith(("19", "20")) for t in noun.subtree)
    # "joined in May 2022 after Russia's invasion": the clause itself is dated in the past
    dated = any(
        t.like_num and len(t.text) == 4 and t.text.startswith(("19", "20"))
        for child in phrase.head.head.children
        if child.dep_ == "prep" and child is not phrase.head
        for t in child.subtree
    )
    # "a day after the offensive": the span before the preposition puts the event on an earlier day
    days_back = _days_back(phrase.head) and preposition in {"after", "since"}
    # "after the museum shooting last week", "since the raid two months ago": a day or more back
    dated_back = bool(words & DAY_OR_LONGER) and bool(words & {"last", "ago", "earlier", "previous"})
    return bool(words & LONG_AGO) or years or dated or days_back or dated_back


# Determiners that name a known event ("the Russia attack on Ukraine", "this war"), not a new one.
_KNOWN_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Adverbs that make a verbless phrase an answer to a question: "Probably the war in Sudan."
_ANSWER_ADVERBS = frozenset({"probably", "perhaps", "maybe", "mostly", "mainly", "likely", "certainly", "definitely"})


def names_a_topic(noun: Token) -> bool:
    """A known event named as the answer to a question, in a sentence that asserts nothing of it:
    "Armitage: Probably the Russia attack on Ukraine, because we are so invested" in an interview
    transcript. The noun is definite ("the", a possessive), no verb stands anywhere above it, and the
    phrase is an answer: it follows a speaker's label ("Name:") or is hedged ("probably", "mostly"). An
    ongoing or past war named as the topic is context, not an event of the day. A verbless heading or
    caption ("The attack on the embassy in Nairobi.") is kept: it may be the news itself."""
    if not any(
        (child.dep_ == "det" and child.lower_ in _KNOWN_DETERMINERS) or child.dep_ == "poss"
        for child in noun.children
    ):
        return False
    current = noun
    for _ in range(12):
        if current.pos_ in {"VERB", "AUX"}:
            return False
        if current.head.i == current.i:
            break
        current = current.head
    else:
        return False
    root, doc = current, noun.doc
    labelled = root.i < noun.i and root.i + 1 < len(doc) and doc[root.i + 1].text == ":"
    hedged = any(child.dep_ == "advmod" and child.lower_ in _ANSWER_ADVERBS for child in noun.children)
    return labelled or hedged


# Predicates that tell a campaign or war as a state that goes on: "the crackdown is ongoing".
_ONGOING_WORDS = frozenset({"ongoing", "continuing", "underway", "unabated", "relentless", "persistent"})
_GOING_ON_VERBS = frozenset({"continue", "persist", "rage", "drag", "grind", "deepen", "intensify"})


def told_as_ongoing(noun: Token) -> bool:
    """A known campaign or war told in the present tense as going on: "their crackdown on human rights is
    ongoing", "the war in Sudan continues to rage". A state of affairs named as context, not an event of
    the day (the day's fighting is told by its own verbs: "troops shelled ... on Tuesday"). A past tense
    ("fighting continued on Tuesday") or a date in the clause keeps it news."""
    if noun.dep_ != "nsubj" or not any(
        (child.dep_ == "det" and child.lower_ in _KNOWN_DETERMINERS) or child.dep_ == "poss"
        for child in noun.children
    ):
        return False
    verb = noun.head
    if verb.tag_ not in {"VBZ", "VBP"} or any(child.ent_type_ in {"DATE", "TIME"} for child in verb.subtree):
        return False
    if verb.lemma_.casefold() == "be":
        return any(child.dep_ == "acomp" and child.lower_ in _ONGOING_WORDS for child in verb.children)
    return verb.lemma_.casefold() in _GOING_ON_VERBS


def _dates_a_state(clause: Token, governor: Token, marks: set[str]) -> bool:
    """A past-tense clause that only dates its governor: any "since" clause ("has slowed since Russia
    invaded"), and "before"/"after" under a present-tense governor ("is smaller than before the war
    began"). Under a past governor ("withdrew after rebels attacked") both may be the day's news."""
    if clause.tag_ != "VBD":
        return False
    if "since" in marks:
        return True
    present = governor.tag_ in {"VBZ", "VBP"} or (
        governor.pos_ in {"ADJ", "NOUN"}
        and any(child.dep_ == "cop" or (child.lemma_ == "be" and child.tag_ in {"VBZ", "VBP"})
                for child in governor.children)
    )  # fmt: skip
    return bool(marks & {"before", "after"}) and present


def _days_back(clause: Token) -> bool:
    """'a day after', 'two weeks after': the clause is dated a day or more before the one it modifies
    ("hours after", "minutes after" may be the same incident and are kept)."""
    spans = [child for child in clause.children if child.dep_ == "npadvmod"]
    # the parse may hang the span on the clause's "after" instead: "two weeks after rebels kidnapped ..."
    spans += [grand for child in clause.children if child.dep_ == "mark" for grand in child.children
              if grand.dep_ == "npadvmod"]  # fmt: skip
    return any(span.lemma_.casefold() in DAY_OR_LONGER for span in spans)


def _long_ago(tokens: Iterable[Token]) -> bool:
    """A year ("in 2022") or a span of years ("three years ago") among the tokens."""
    return any(
        (t.like_num and len(t.text) == 4 and t.text.startswith(("19", "20"))) or t.lower_ in {"years", "decades"}
        for t in tokens
    )


_QUESTION_WORDS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _asked_whether(token: Token) -> bool:
    """'By banning the trade, will it end?': a yes-or-no question asserts nothing. A question with a question
    word ('Why did they bomb the school?') takes its act as given, and is left as it is."""
    sentence = token.sent
    for word in sentence[token.i - sentence.start :]:
        if word.is_sent_end or word.text in {".", "!", "?"}:
            if word.text != "?":
                return False
            question = sentence[: word.i - sentence.start]
            return not any(t.tag_ in _QUESTION_WORDS for t in question)
    return False


def _sentence_reports(token: Token) -> bool:
    """'according to the ministry', anywhere in the sentence."""
    sentence = token.sent
    return any(
        word.lower_ == "according" and word.i + 1 < len(token.doc) and token.doc[word.i + 1].lower_ == "to"
        for word in sentence
    )


def told_as_tale(token: Token) -> bool:
    """'According to legend, ...', 'legend has it': the sentence retells a tale, not news."""
    doc = token.doc
    for word in token.sent:
        if word.lower_ == "according" and word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "to":
            phrase = doc[word.i + 2 : min(word.i + 4, len(doc))]  # "according to (the) legend"
            if any(t.lemma_.casefold() in TALE_NOUNS for t in phrase):
                return True
    return False
