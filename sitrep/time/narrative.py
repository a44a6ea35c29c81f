"""The past period a story's narrative is set in, for a sentence that names no date of its own.

Features and explainers tell a past in a run of past-tense sentences after one that states when:
"David Gee migrated to the U.S. in the late 1920s. ... After arriving, he was detained at Angel Island
for almost a year." The detention carries the 1920s, not the day the story was published. The period
holds while the story stays in the past tense: a sentence in the present ("Today the station is a
museum", "the group has fought since") brings the story back to its own day, and a date near the
publication date means the narrative is the news itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache

from spacy.tokens import Span, Token

from sitrep.model import EventDate
from sitrep.time.expressions import DateMention, find_date_expressions
from sitrep.time.resolve import resolve_mention

# How many sentences back a stated period is looked for (a quoted aside or two often sits in between).
LOOK_BACK_SENTENCES = 8
# A period this many years or more before publication is a past setting, not the news of the story.
PAST_SETTING_YEARS = 2
_REPORTING_LEMMAS = frozenset({"say", "tell", "add", "recall", "explain", "note", "write", "remember"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# "from 1910 to 1940", "between 1910 and 1940", "1910-1940": a span says how long, not when the story is.
_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+$|(?:to|and|-|–)\s*$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^\s*(?:to|and|-|–)\s*(?:the\s+)?\d", re.IGNORECASE)


_NON_FINITE = frozenset({"VBG", "VB"})
_NON_FINITE_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj"})


def _clause_verb(token: Token) -> Token | None:
    """The finite verb that tells the tense of a trigger's clause: itself, or the first verb above it; a
    participle or infinitive ("After arriving, he was detained") takes the tense of the verb it hangs on."""
    current = token
    for _ in range(8):
        if current.pos_ in {"VERB", "AUX"} and not (
            current.tag_ in _NON_FINITE and current.dep_ in _NON_FINITE_DEPS
            and not any(child.dep_ in {"aux", "auxpass"} and child.lower_ != "to" for child in current.children)
        ):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _is_past(verb: Token) -> bool:
    """'was detained', 'had fled', 'migrated': a verb told in the past tense."""
    if verb.tag_ == "VBD":
        return True
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBN" and any(aux.tag_ == "VBD" for aux in auxiliaries)


def told_in_present(trigger: Token) -> bool:
    """'Critics blame ...', 'the army holds the town': the event's clause is in the present tense, so a
    date in the sentence before ("since gaining independence in 1947") does not date it."""
    verb = _clause_verb(trigger)
    if verb is None:
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if auxiliaries:
        return all(aux.tag_ in _PRESENT_TAGS for aux in auxiliaries) and verb.tag_ != "VBN"
    return verb.tag_ in _PRESENT_TAGS


def _in_the_present(sentence: Span) -> bool:
    """A sentence that speaks of now: a present-tense main verb that is not a reporting verb ("said" with a
    quotation in the present is still a past narrative's aside), or a present or future auxiliary."""
    root = sentence.root
    if root.lemma_.casefold() in _REPORTING_LEMMAS:
        return False
    auxiliaries = [child for child in root.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.tag_ in _PRESENT_TAGS or aux.lower_ in {"will", "'ll", "shall"} for aux in auxiliaries):
        return True
    return root.tag_ in _PRESENT_TAGS


@lru_cache(maxsize=4096)
def _mentions(text: str) -> tuple[DateMention, ...]:
    """A sentence's date mentions, read once however many events look back over it."""
    return tuple(find_date_expressions(text))


@lru_cache(maxsize=4096)
def _resolved(mention: DateMention, published: datetime) -> EventDate | None:
    """A mention resolved once (dateparser is slow) however many events look back over its sentence."""
    return resolve_mention(mention, published)


def _is_range(text: str, mention: DateMention) -> bool:
    return bool(_RANGE_BEFORE.search(text[: mention.start]) or _RANGE_AFTER.match(text[mention.end :]))


def _stated_period(
    sentence: Span, published_year: int, resolve: Callable[[DateMention], EventDate | None]
) -> EventDate | bool | None:
    """The period a sentence states (its last date that is no span), ``False`` when it states a recent
    date (the narrative is the news), ``None`` when it states none."""
    text = sentence.text
    mentions = [mention for mention in _mentions(text) if not _is_range(text, mention)]
    for mention in reversed(mentions):
        resolved = resolve(mention)
        if resolved is None or resolved.value is None:
            continue
        if int(resolved.value[:4]) <= published_year - PAST_SETTING_YEARS:
            return resolved
        return False
    return None


def narrative_period(
    trigger: Token, sentences: list[Span], index: int, published: datetime | None
) -> EventDate | None:
    """The past period set earlier in the story for the event at ``trigger`` in sentence ``index``, or
    None when its clause is not in the past tense, the story came back to the present, or no period
    was stated within a few sentences."""
    if published is None:
        return None
    verb = _clause_verb(trigger)
    if verb is None or not _is_past(verb) or _mentions(sentences[index].text):
        return None  # a date in its own sentence, even one only of the telling, dates it from there

    def resolve(mention: DateMention) -> EventDate | None:
        return _resolved(mention, published)

    for back in range(index - 1, max(-1, index - 1 - LOOK_BACK_SENTENCES), -1):
        sentence = sentences[back]
        stated = _stated_period(sentence, published.year, resolve)
        if stated is False:
            return None
        if stated is not None:
            return stated
        if _in_the_present(sentence):
            return None
    return None
