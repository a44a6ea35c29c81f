"""Statements of intent and demands, which are events in their own right in CAMEO and PLOVER.

"Syria will withdraw its troops" reports no withdrawal (the withdrawal is kept, flagged future), but
it does report that Syria *expressed intent* to de-escalate (CAMEO 0356, PLOVER AGREE) — something
that happened. Likewise "said they would blockade Paris" is a threat (1381), and "Russia said Sudan
must return the helicopter" a demand by Russia on Sudan (1053, REQUEST).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.events import detect
from sitrep.events.modality import decided_against, is_be_to, unready

INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
OBLIGATION_AUX = frozenset({"must", "should"})
POSSIBILITY_AUX = frozenset({"may", "might", "could", "can"})
# Governing words that announce the subject's own intention: "plans to", "is ready to", "agreed to".
INTENT_GOVERNORS = frozenset(
    {"plan", "intend", "prepare", "ready", "willing", "prepared", "vow", "pledge", "promise", "agree", "decide",
     "offer", "commit", "committed", "determined", "resolve", "aim", "want", "seek", "hope", "swear", "go",
     "schedule", "slate", "due", "set", "undertake"}  # "undertook to withdraw": a formal promise
)  # fmt: skip
# ... of which these state a wish, not an announced act: "wants to attack" is a threat (138) but no
# attack to come, where "will attack" and "pledged to attack" announce one.
DESIRE_GOVERNORS = frozenset({"want", "seek", "hope", "wish", "aim", "desire", "try", "strive", "long"})
# Verbs that refuse what their infinitive names: the refusal is coded from that action (CAMEO 12x).
REFUSING_VERBS = frozenset({"refuse", "decline"})
# Verbs that ask someone else to act: "asked Russia to release", "wants Iran to free" (CAMEO 02, appeals).
APPEALING_VERBS = frozenset({"ask", "want", "request", "implore", "beg", "beseech"})
# ... and verbs that tell or press another to act: "told Manila to withdraw" (CAMEO 10, demands).
DEMANDING_VERBS = frozenset({"tell", "press", "pressure", "pressurise", "pressurize", "instruct", "direct"})
# ... and verbs that ask "for" another to act: "pushing for Iran to free the sailors" (CAMEO 02).
FOR_APPEALING_VERBS = frozenset({"push", "call", "appeal", "lobby", "campaign", "plead", "urge", "argue"})
_REPORTING = frozenset(
    {"say", "announce", "tell", "state", "declare", "confirm", "add", "quote", "report", "insist", "stress",
     "reiterate", "maintain", "tweet", "write", "conclude", "recommend"}
)  # fmt: skip


def _aux(token: Token) -> set[str]:
    return {child.lower_ for child in token.children if child.dep_ in {"aux", "auxpass"}}


def intent_marker(trigger: Token) -> str | None:
    """'intent' when the clause announces its subject's intention, 'demand' for an obligation, else None."""
    if any(child.dep_ == "neg" for child in trigger.children):
        return None
    aux = _aux(trigger)
    if aux & OBLIGATION_AUX:
        return "demand"
    if aux & INTENT_AUX:
        return "intent"
    if aux & POSSIBILITY_AUX:
        return None  # "they may be arrested": a possibility, whatever the clause it is joined to announces
    current = trigger
    for _ in range(3):
        if current.dep_ not in {"xcomp", "conj"} or current.head is current:
            break
        if current.dep_ == "conj" and any(child.dep_ in {"nsubj", "nsubjpass"} for child in current.children):
            break  # "X will receive a notice or they may be arrested": a clause with its own subject
        previous, current = current, current.head
        if any(child.dep_ == "neg" for child in current.children):
            return None
        lemma = current.lemma_.casefold()
        if lemma in INTENT_GOVERNORS:
            return "intent"
        if lemma == "be" and is_be_to(previous):
            return "intent"  # "the leaders are to meet next week": a plan
        if lemma == "be":
            # "will be ready to fight" announces; "will be crucial to fight" says what something is good for
            complement = next((child for child in current.children if child.dep_ == "acomp"), None)
            return "intent" if complement is not None and complement.lemma_.casefold() in INTENT_GOVERNORS else None
        if _aux(current) & INTENT_AUX:
            return "intent"
    return None


def desired(trigger: Token) -> bool:
    """'wants to attack', 'are seeking to deepen ties': the nearest governor that states an intention
    (``intent_marker``) is a wish. A will of its own on the trigger ("wants it to be clear he will go")
    or a governor that announces ("plans to try to") makes it no mere wish."""
    if _aux(trigger) & INTENT_AUX:
        return False
    current = trigger
    for _ in range(3):
        if current.dep_ not in {"xcomp", "conj"} or current.head is current:
            return False
        current = current.head
        if _aux(current) & INTENT_AUX:
            return False
        lemma = current.lemma_.casefold()
        if lemma in INTENT_GOVERNORS:
            return lemma in DESIRE_GOVERNORS
    return False


def refuses(trigger: Token) -> bool:
    """'will not attend', 'said he would not provide', 'decided not to sign': a stated refusal, not a
    negated fact ("did not attend" tells what did not happen, and is no refusal)."""
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.casefold() in REFUSING_VERBS:
        return True  # "refused to release the hostages", "declined to meet"
    if decided_against(trigger):
        return True  # "decided against extending the ceasefire", "voted against resuming talks"
    if trigger.dep_ == "xcomp" and unready(trigger.head):
        # "said it was not prepared to accept the proposal": readiness denied is a refusal, but "not ready to
        # be repatriated" is the patient's wish, no refusal of an act of its own
        return not any(child.dep_ == "auxpass" for child in trigger.children)
    if not any(child.dep_ == "neg" for child in trigger.children):
        return False
    if any(child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"} for child in trigger.children):
        return False  # "if it would not help": a condition
    if _aux(trigger) & INTENT_AUX:
        return True
    governor = trigger.head
    return trigger.dep_ == "xcomp" and governor.lemma_.casefold() in INTENT_GOVERNORS | {"say", "announce"}


def refuses_by_none(noun: Token, copula: Token) -> bool:
    """'There will be no talks with the rebels', 'there can be no negotiations with terrorists': a refusal told
    as the absence to come of an act (CAMEO 12, REJECT), where 'there were no talks' tells what did not happen."""
    return (
        noun.dep_ == "attr"
        and noun.head.i == copula.i
        and copula.lemma_.casefold() == "be"
        and any(child.dep_ == "expl" for child in copula.children)
        and any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children)
        and bool(_aux(copula) & (INTENT_AUX | {"can"}))
    )


def appeal_of(trigger: Token) -> tuple[Token, Token] | None:
    """(appealing verb, addressee) when the trigger is what someone asks another to do: "asked Russia to
    release the prisoners" (ask, Russia), "wants Iran to free the hostages" (want, Iran). A subject asking
    nothing of anyone else ("wants to help") states its own intent instead, and gets ``None`` here."""
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in trigger.children):
        return None
    governor = trigger.head
    lemma = governor.lemma_.casefold()
    if any(child.dep_ == "neg" for child in governor.children):
        return None
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children):
        # "Britain is pushing for Iran to free the sailors", "called for the army to withdraw"
        if lemma not in APPEALING_VERBS | DEMANDING_VERBS | FOR_APPEALING_VERBS:
            return None
        addressee = next((child for child in trigger.children if child.dep_ == "nsubj"), None)
        return None if addressee is None else (governor, addressee)
    if trigger.dep_ not in {"xcomp", "ccomp"} or lemma not in APPEALING_VERBS | DEMANDING_VERBS:
        return None
    if trigger.dep_ == "xcomp":  # "asked Russia to release": the addressee is the asking verb's object
        addressee = next((child for child in governor.children if child.dep_ == "dobj"), None)
    else:  # "wants Iran to release": the parse makes the addressee the infinitive's subject
        addressee = next((child for child in trigger.children if child.dep_ == "nsubj"), None)
    return None if addressee is None else (governor, addressee)


def appealer_of(governor: Token) -> Token | None:
    """Who asks: the appealing verb's subject, or its agent in the passive ("Obama was asked by ...")."""
    subject = next((child for child in governor.children if child.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    agent = next((child for child in governor.children if child.dep_ == "agent"), None)
    return next((child for child in agent.children if child.dep_ == "pobj"), None) if agent is not None else None


def speaker_of(trigger: Token) -> Token | None:
    """The subject of the reporting verb the clause hangs off ("Russia said ..."), if any."""
    current = trigger
    for _ in range(6):
        if current.head is current:
            return None
        governor = current.head
        if current.dep_ in {"ccomp", "parataxis"} and governor.lemma_.casefold() in _REPORTING:
            return next((child for child in governor.children if child.dep_ == "nsubj"), None)
        if current.dep_ not in {"ccomp", "xcomp", "conj", "advcl", "parataxis"}:
            return None
        current = governor
    return None


# Intent code for the code of the intended action, by prefix (longest first).
_INTENT_CODES: tuple[tuple[str, str], ...] = (
    ("0841", "0353"), ("0842", "0353"), ("085", "0354"), ("086", "0355"), ("087", "0356"), ("081", "0351"),
    ("0831", "0341"), ("083", "034"), ("08", "035"),
    ("071", "0331"), ("072", "0332"), ("073", "0333"), ("074", "0334"), ("07", "033"),
    ("061", "0311"), ("062", "0312"), ("063", "0313"), ("064", "0314"), ("06", "031"),
    ("045", "039"), ("046", "036"), ("04", "036"), ("057", "030"), ("05", "032"), ("03", ""),
)  # fmt: skip
_DEMAND_CODES: tuple[tuple[str, str], ...] = (
    ("0841", "1053"), ("0842", "1053"), ("085", "1054"), ("086", "1055"), ("087", "1056"), ("08", "105"),
    ("07", "103"), ("06", "101"), ("04", "106"), ("05", "102"), ("03", "107"), ("19", "1056"), ("18", "1056"),
)  # fmt: skip
# Appeal code for the code of the act asked for, by prefix (longest first): CAMEO 02.
_APPEAL_CODES: tuple[tuple[str, str], ...] = (
    ("081", "0251"), ("082", "0252"), ("083", "024"), ("084", "0253"), ("085", "0254"), ("086", "0255"),
    ("087", "0256"), ("08", "025"),
    ("071", "0231"), ("072", "0232"), ("073", "0233"), ("074", "0234"), ("07", "023"),
    ("061", "0211"), ("062", "0212"), ("063", "0213"), ("064", "0214"), ("06", "021"),
    ("046", "026"), ("045", "028"), ("04", "026"), ("05", "022"),
)  # fmt: skip
_HOSTILE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})


def intent_code(code: str, words: set[str]) -> str | None:
    """The CAMEO code of announcing the intention to do ``code`` (AGREE for cooperation, THREATEN for
    conflict), or ``None`` when announcing it is not an event of its own."""
    if code[:2] in {"09", "12"}:
        return code  # announcing an investigation or a refusal is investigating or refusing
    if code[:2] in _HOSTILE_ROOTS:
        return detect.threat_code([code], words)
    for prefix, intent in _INTENT_CODES:
        if code.startswith(prefix):
            return intent or None
    return None


# Refusal code for the code of the refused action, by prefix (longest first): CAMEO 12.
_REFUSAL_CODES: tuple[tuple[str, str], ...] = (
    ("081", "1241"), ("082", "1242"), ("083", "123"), ("084", "1243"), ("085", "1244"), ("086", "1245"),
    ("087", "1246"), ("08", "124"),
    ("071", "1221"), ("072", "1222"), ("073", "1223"), ("074", "1224"), ("07", "122"),
    ("061", "1211"), ("062", "1212"), ("063", "1213"), ("064", "1214"), ("06", "121"),
    ("04", "125"), ("05", "120"), ("03", "120"),
)  # fmt: skip


def refusal_code(code: str) -> str | None:
    """The CAMEO code of refusing to do ``code`` (cooperation only: "will not attack" is no refusal)."""
    for prefix, refusal in _REFUSAL_CODES:
        if code.startswith(prefix):
            return refusal
    return None


def appeal_code(code: str) -> str:
    """The CAMEO code of asking someone to do ``code`` (020, a generic appeal, for what has no code of its
    own: asking another to attack is an appeal, not a threat by the one who asks)."""
    for prefix, appeal in _APPEAL_CODES:
        if code.startswith(prefix):
            return appeal
    return "020"


def demand_code(code: str) -> str:
    """The CAMEO code of demanding that someone do ``code``."""
    for prefix, demand in _DEMAND_CODES:
        if code.startswith(prefix):
            return demand
    return "100"
