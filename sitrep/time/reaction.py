"""Events named only as what a reaction is about: "kept their shops closed on Friday to mourn the victims
of the bombing" tells when the shops were closed, not when the bombing happened.

A verb of reaction (mourn, condemn, protest, investigate, ...) names an earlier event in its object or
purpose clause. A date attached outside that clause (to the reaction, or to a verb above it) dates the
reaction; only a date inside the clause ("condemned the bombing on Friday in Kabul" read with "on Friday"
under "bombing") can date the event named there. The test reads the dependency parse only along the
trigger's chain of heads, so it costs a handful of tokens per date tried.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.spans import outside_phrase

# Verbs whose object is an event that happened before them.
REACTION_VERBS = frozenset(
    "mourn condemn denounce decry deplore protest investigate probe commemorate remember honour honor mark "
    "avenge criticise criticize blame".split()
)
_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})


def _reaction_branch(trigger: Token) -> tuple[Token, Token] | None:
    """(the reaction verb, its child on the way down to the trigger) for the nearest reaction verb above
    the trigger whose object side holds it, else None. The trigger as the reaction's subject ("the strike
    protested ...") is the reaction's own doer, not its object."""
    child = trigger
    head = trigger.head
    while head.i != child.i:  # the root is its own head (Token objects are made afresh: compare indexes)
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in REACTION_VERBS:
            return (head, child) if child.dep_ not in _SUBJECTS else None
        child, head = head, head.head
    return None


def dated_outside_reaction(trigger: Token, date_start: int, date_end: int) -> bool:
    """True when the trigger is named inside a reaction verb's object or purpose clause and the date at
    ``date_start``-``date_end`` (characters of the document) lies outside that clause: the date is the
    reaction's, not the event's."""
    branch = _reaction_branch(trigger)
    return branch is not None and outside_phrase(trigger, branch[1], date_start, date_end)
