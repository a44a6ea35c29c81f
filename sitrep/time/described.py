"""Events told only to describe someone or something: "the nine people killed when a drone hit an apartment block",
"the 23 travellers seized near Katari", "Khalil Rahhal, the official killed in an Israeli strike".

A follow-up names the event it follows in a past participle or a past relative clause under a noun, while the
sentence's own date belongs to the follow-up: "Odesa observed a day of mourning on Saturday for the nine people
killed when a drone hit an apartment block" tells when the city mourned, not when the drone hit; "Relatives of the
travellers seized near Katari appealed on Saturday" tells when they appealed. A date outside the described noun's
phrase dates the clause the noun is part of; only a date inside the phrase ("the five people killed on Monday") dates
the event told in it. Only a day is read so: a year or a month is the setting of the description as of the
clause around it. "With five people killed" is no description but the event's own outcome, told with it; so is
a clause describing a word for an event ("the drone attack on the outpost that killed three soldiers"): the killing is
the attack's, and takes the date the attack is given.

The test reads the dependency parse along the trigger's chain of heads only: a handful of tokens per date tried.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.spans import outside_phrase
from sitrep.time.remention import EVENT_WORDS

_DESCRIBING = frozenset({"acl", "relcl"})
_PAST_TAGS = frozenset({"VBN", "VBD"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MAX_STEPS = 12  # a clause nests a few levels at most; the walk stops at the root anyway
_STATES = frozenset({"be", "have"})  # "a ship that was part of a flotilla": a state, not an event told before
_PLACE_OR_TIME = frozenset({"where", "when"})


def _of_its_place_or_time(clause: Token) -> bool:
    """Whether the clause tells where or when ("the coastal region, where security forces clashed"): what happened
    there and then is the sentence's own event, dated with it."""
    return any(child.lower_ in _PLACE_OR_TIME and child.dep_ == "advmod" for child in clause.children)


def described_noun(trigger: Token) -> Token | None:
    """The noun whose past-tense describing clause (a participle or a relative clause) holds the trigger, nearest
    first; None when the trigger is in no such clause, or the clause is the outcome told with the event ("with
    five people killed")."""
    current = trigger
    for _ in range(_MAX_STEPS):
        head = current.head
        if head.i == current.i:
            return None  # the root: Token objects are made afresh, so indexes are compared
        if (current.dep_ in _DESCRIBING and current.tag_ in _PAST_TAGS and head.pos_ in _NOUNS
                and current.lemma_.casefold() not in _STATES and not _of_its_place_or_time(current)):
            if (head.dep_ == "pobj" and head.head.lower_ == "with") or _in_event_phrase(head):
                return None
            return head
        current = head
    return None


_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "appos"})


def _in_event_phrase(noun: Token) -> bool:
    """Whether the noun is, or is in the prepositional phrase of, a word for an event: "the attack on a U.S. outpost
    in Jordan that killed three soldiers", whichever noun the parser hangs the clause on."""
    current = noun
    for _ in range(_MAX_STEPS):
        if current.pos_ in _NOUNS and EVENT_WORDS.fullmatch(current.text):
            return True
        if current.dep_ not in _PHRASE_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


def dated_outside_description(trigger: Token, date_start: int, date_end: int) -> bool:
    """True when the trigger is told in a past clause describing a noun and the date at ``date_start``-``date_end``
    (characters of the document), in the trigger's sentence, lies outside that noun's phrase: the date is of the
    clause the noun is part of, not of the event that describes it."""
    noun = described_noun(trigger)
    return noun is not None and outside_phrase(trigger, noun, date_start, date_end)
