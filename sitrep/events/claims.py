"""A party's statement about an act: the claim or accusation CAMEO codes, next to the act itself.

CAMEO codes what the sentence's actor did. In "The US claimed that ISIL had attacked Iraq" the US did
one thing: it accused ISIL (112, US -> ISIL); in "al-Shabab is claiming responsibility for the attack"
and "the US claimed that they had attacked Iraq" the speaker claimed an act of its own (015,
"acknowledge or claim responsibility"). The codebook's verb categories for statements (01, 11) exist for
exactly this: the statement is the speaker's act, the attack it mentions is not established by it.

sitrep keeps both: the act stays an event, flagged ``reported`` (told by a party), so users who count
attacks still see it; the statement is derived here as an event of its own, a little less confident
than the act, so the act stays the main event of such a sentence. A view that wants CAMEO's one coding
per statement drops the acts a statement is about (sitrep.eval.event_views.cameo_view).

Only a *leading* report makes a statement of this kind ("X said that Y did Z"): a trailing attribution
("Y did Z, X said") or "according to X" names the reporter's source, and the act is the news. A side
telling of its own act with a plain "said" is not a claim either ("the ministry said its forces
repelled ..."); "claimed", "admitted", "acknowledged" are. Reporters by trade (police, journalists,
medics, residents) report; they do not accuse.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.events.detect import CLAIMING_VERBS
from sitrep.model import ActorRef

REPORTING_VERBS = frozenset(
    {"say", "claim", "report", "tell", "state", "announce", "add", "insist", "assert", "charge", "maintain",
     "contend", "declare", "tweet", "write", "post", "argue", "admit", "acknowledge"}
)  # fmt: skip
# Verbs by which a side takes an act as its own: "claimed that they had attacked", "admitted it struck".
OWNING_VERBS = frozenset({"claim", "admit", "acknowledge"})
# Acts a party is accused of when another party tells of them: coercion, assault, fighting, mass violence.
ACCUSABLE_ROOTS = frozenset({"17", "18", "19", "20"})
# Sectors that report what others did as their trade, without taking a side in it.
REPORTER_SECTORS = frozenset({"COP", "JRN", "MED", "CVL"})
_CLIMBING_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl"})


def _clause_verb(trigger: Token) -> Token | None:
    """The verb of the trigger's clause (the trigger itself for a verb; the verb a noun hangs off)."""
    current = trigger
    for _ in range(5):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def leading_report(trigger: Token) -> Token | None:
    """The reporting verb of "X said (that) ... <trigger> ...", with its subject before it and the
    reported clause after it; ``None`` for a trailing attribution ("..., X said") or no report."""
    governor = report_of(trigger)
    if governor is None or governor.i > trigger.i:
        return None  # "Y attacked Z, X said": the attribution follows what it attributes
    subject = speaker_of(governor)
    return governor if subject is not None and subject.i < governor.i else None


def report_of(trigger: Token) -> Token | None:
    """The reporting verb whose reported clause holds ``trigger``, before or after it ("X said Y violated ...",
    "Y violated ..., X said"); ``None`` when the clause is no one's report."""
    current = _clause_verb(trigger)
    for _ in range(6):
        if current is None or current.head is current:
            return None
        governor = current.head
        if current.dep_ == "ccomp" and governor.lemma_.casefold() in REPORTING_VERBS:
            return governor
        if current.dep_ not in _CLIMBING_DEPS:
            return None
        current = governor
    return None


def speaker_of(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ == "nsubj"), None)


def claimed_responsibility(noun: Token) -> Token | None:
    """The verb of "claimed responsibility for the attack" / "claimed the attack" when ``noun`` is the act."""
    if noun.dep_ == "dobj" and noun.head.lemma_.casefold() == "claim":
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    responsibility = noun.head.head
    if responsibility.lemma_.casefold() not in {"responsibility", "credit"} or responsibility.dep_ != "dobj":
        return None
    verb = responsibility.head
    return verb if verb.lemma_.casefold() in CLAIMING_VERBS else None


def _countries(actors: list[ActorRef]) -> set[str]:
    return {actor.country or actor.code or "" for actor in actors} - {""}


def is_party(actors: list[ActorRef]) -> bool:
    """A speaker that is a side (a state, body or group), not a reporter by trade."""
    return any((actor.country or actor.code) and actor.sector not in REPORTER_SECTORS for actor in actors)


def may_state(verb: Token, act_code: str) -> bool:
    """Can a report by ``verb`` of an act coded ``act_code`` make a statement at all (before the sides are known)?"""
    return act_code[:2] in ACCUSABLE_ROOTS or verb.lemma_.casefold() in OWNING_VERBS


# Subjects by which a speaker tells of its own act: "officers said they had taken power".
SELF_PRONOUNS = frozenset({"they", "we", "it", "i", "he", "she"})


def told_of_itself(doer_heads: list[Token]) -> bool:
    """Is the reported act's doer a personal pronoun? In "X said they had taken power" the pronoun stands for
    the speaker (the actors stage reads it so), whether or not the speaker's phrase names a country."""
    return bool(doer_heads) and all(head.lower_ in SELF_PRONOUNS for head in doer_heads)


def statement_code(
    verb: Token,
    act_code: str,
    speaker: list[ActorRef],
    doer: list[ActorRef],
    pronoun_doer: bool = False,
    harmed: list[ActorRef] | None = None,
) -> str | None:
    """015 when the speaker owns the act ("claimed they had attacked"), 112 when it tells of another
    side's hostile act ("said ISIL had attacked"), else ``None`` (the report adds no statement).

    An accusation names whom it accuses: "the spokesperson said 37 passengers were injured", "officials told media
    63 people had been killed" tell of harm no one is named doing, and accuse no one. Only a side telling of an
    attack on itself accuses its unnamed attackers ("the army said it had repelled an assault on its base in
    Djibo": ``harmed`` shares the speaker's country). A speaker the text gives no country speaks of its own side's
    act when the doer is of its own sector ("the military spokesperson said the army took part in the
    operation")."""
    own = pronoun_doer or bool(_countries(speaker) & _countries(doer)) or _own_sector(speaker, doer)
    if own:
        return "015" if verb.lemma_.casefold() in OWNING_VERBS else None
    if not doer and not _countries(speaker) & _countries(harmed or []):
        return None
    return "112" if act_code[:2] in ACCUSABLE_ROOTS else None


def _own_sector(speaker: list[ActorRef], doer: list[ActorRef]) -> bool:
    """A speaker of no country whose sector is the doer's ("the military spokesperson" of "the army")."""
    if not speaker or not doer or any(actor.country for actor in speaker):
        return False
    sectors = {actor.sector for actor in speaker if actor.sector}
    return bool(sectors) and all(actor.sector in sectors for actor in doer)
