"""Events dated by their distance from another: "flights resumed on Friday morning, a day after a drone struck a
hangar there" (the strike: Thursday); "engineers restored power on Tuesday, two days after Russian drones damaged a
substation" (the strike: Sunday); "the ceasefire was agreed on Wednesday, two days before the offensive resumed".

The sentence's date ("on Friday morning") is the main clause's; the event told in the "N days after" clause or
phrase happened N days before it (after it, for "before"). Only a count of days (or a week) is read: "hours after"
is the same day, and "weeks after" says too little for a day. The test reads the dependency parse along the
trigger's chain of heads: a handful of tokens per date tried.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_UNITS = {"day": 1, "days": 1, "week": 7}
_DIRECTIONS = {"after": -1, "before": 1}
_MAX_STEPS = 12


@dataclass(frozen=True, slots=True)
class DaysApart:
    """The clause or phrase that tells an event at a distance from the sentence's date: ``days`` to add to that
    date (negative for "after"), the characters it spans, and its words ("two days after")."""

    days: int
    start: int
    end: int
    text: str


def _count(unit: Token) -> int | None:
    """Days in "a day", "two days", "3 days", "a week"; None for anything else ("hours", "weeks", "several days")."""
    per_unit = _UNITS.get(unit.lower_)
    if per_unit is None:
        return None
    counts = [child for child in unit.children if child.dep_ in {"det", "nummod"}]
    if len(counts) != 1:
        return None
    word = counts[0].lower_
    number = _COUNTS.get(word) or (int(word) if word.isdigit() and 0 < int(word) <= 7 else None)
    if number is None or (per_unit == 7 and number != 1):
        return None
    return number * per_unit


def _unit_of(marker: Token) -> Token | None:
    """The "day(s)" of "two days after": a child of the marker, of the clause the marker introduces, or the
    marker's own head ("a day after the attack" hangs "after" under "day")."""
    for child in (*marker.children, *marker.head.children):
        if child.dep_ == "npadvmod" and child.lower_ in _UNITS:
            return child
    if marker.head.dep_ == "npadvmod" and marker.head.lower_ in _UNITS:
        return marker.head
    return None


def days_apart(trigger: Token) -> DaysApart | None:
    """The "N days after/before" clause or phrase the trigger is told in, nearest first; None when there is none."""
    current = trigger
    for _ in range(_MAX_STEPS):
        marker = None
        if current.dep_ == "advcl":
            marker = next((child for child in current.children
                           if child.dep_ == "mark" and child.lower_ in _DIRECTIONS), None)
        elif current.dep_ == "pobj" and current.head.lower_ in _DIRECTIONS:
            marker = current.head
        if marker is not None:
            unit = _unit_of(marker)
            days = _count(unit) if unit is not None else None
            if unit is None or days is None:
                return None
            tokens = [*current.subtree, marker, *unit.subtree]
            first = min(tokens, key=lambda token: token.i)
            last = max(tokens, key=lambda token: token.i)
            words = current.doc[unit.left_edge.i : unit.i + 1].text + " " + marker.text
            return DaysApart(_DIRECTIONS[marker.lower_] * days, first.idx, last.idx + len(last.text), words)
        head = current.head
        if head.i == current.i:
            return None
        current = head
    return None
