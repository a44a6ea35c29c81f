"""Did the event happen? Negation, hypotheticals, future/intent and reported claims, from the parse.

The modality of a trigger is read from the trigger itself (its auxiliaries, its negation, "no" before a
noun) and from the chain of clauses that embed it: "denied attacking" (negated), "plans to strike"
(future), "if Russia attacks" (hypothetical), "the ministry said it repelled" (reported, still factual).
The walk up the chain stops at the first clause that is not a complement of the one above it.
"""

from __future__ import annotations

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
     "willing", "prepared", "determined", "eager", "commit", "swear", "intent", "keen"}
)  # fmt: skip
# Governing verbs whose complement is a possibility.
HYPOTHETICAL_GOVERNORS = frozenset(
    {"consider", "contemplate", "weigh", "mull", "fear", "risk", "suspect", "imagine", "discuss", "debate",
     "study", "explore", "doubt", "question", "speculate", "worry"}
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
FUTURE_MODIFIERS = frozenset(
    {"planned", "imminent", "upcoming", "future", "expected", "impending", "proposed", "looming", "threatened"}
)
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "conj", "pobj", "relcl", "acl"})


def _aux_words(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}


def _is_negated_here(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "det" and child.lower_ in {"no", "neither"}:
            return True
    return False


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
        if child.dep_ in {"amod", "compound"}:
            if child.lower_ in HYPOTHETICAL_MODIFIERS:
                modality.hypothetical = True
            elif child.lower_ in FUTURE_MODIFIERS:
                modality.future = True
    # "no shelling was reported": the noun is the subject of a passive reporting verb
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"nsubj", "nsubjpass"}:
        verb = token.head
        if verb.lemma_ in {"report", "record", "observe", "hear", "see"} and _is_negated_here(verb):
            modality.negated = True


def modality_of(trigger: Token, clause_head: Token | None = None) -> Modality:
    """Modality of the event whose trigger (and, for nominal events, clause verb) is given."""
    modality = Modality()
    _local(trigger, modality)
    current = trigger
    if clause_head is not None and clause_head is not trigger:
        _local(clause_head, modality)
        current = clause_head
    seen = 0
    while current.dep_ in _COMPLEMENT_DEPS and current.head is not current and seen < 8:
        seen += 1
        dep = current.dep_
        governor = current.head
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
            current = governor
            continue
        if dep == "relcl" or dep == "acl":
            break
        if dep == "advcl":
            # "if Russia attacks, ..." is marked on the advcl itself (handled by _local); an advcl of a
            # future or hypothetical clause shares it: "will strike, killing..."
            marks = {child.lower_ for child in current.children if child.dep_ == "mark"}
            if marks & {"until", "before", "once"}:
                # "vowed to fight until they gain control": the later step is as unrealised as the vow
                governor_future = bool(_aux_words(governor) & FUTURE_AUX) or lemma in FUTURE_GOVERNORS
                modality.future = modality.future or governor_future
                break
            if marks:
                break
            if any(child.dep_ == "aux" and child.lower_ == "to" for child in current.children):
                modality.future = True  # "met to discuss", "launched a campaign to oust": the purpose
            aux = _aux_words(governor)
            modality.future = modality.future or bool(aux & FUTURE_AUX)
            modality.hypothetical = modality.hypothetical or bool(aux & HYPOTHETICAL_AUX)
            modality.negated = modality.negated or _is_negated_here(governor)
            current = governor
            continue
        if lemma in NEGATING_GOVERNORS:
            modality.negated = True
        if lemma in FUTURE_GOVERNORS:
            modality.future = True
        if lemma in HYPOTHETICAL_GOVERNORS:
            modality.hypothetical = True
        if lemma in REPORTING_GOVERNORS:
            modality.reported = True
        if lemma in {"deny"} and _is_negated_here(governor):  # "did not deny attacking": still not asserted
            modality.negated = False
        # "did not plan to attack", "has not said it will": a negated governor leaves the event unasserted
        if _is_negated_here(governor) and lemma not in REPORTING_GOVERNORS:
            modality.negated = True
        aux = _aux_words(governor)
        if aux & HYPOTHETICAL_AUX:
            modality.hypothetical = True
        if any(child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS for child in governor.children):
            modality.hypothetical = True
        current = governor
    if _sentence_reports(trigger):
        modality.reported = True
    return modality


def _sentence_reports(token: Token) -> bool:
    """'according to the ministry', anywhere in the sentence."""
    sentence = token.sent
    return any(
        word.lower_ == "according" and word.i + 1 < len(token.doc) and token.doc[word.i + 1].lower_ == "to"
        for word in sentence
    )
