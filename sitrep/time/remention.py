"""A past event named again without its date: "the 2004 bombing of a French base ... France responded to the
Bouake attack by destroying Ivory Coast's air force" (a story of 2021). The response happened in 2004.

A story about a trial, an anniversary or an inquiry names its past event once with its date ("the 2004
bombing") and then again by a definite noun ("the attack", "the Bouake attack", "the bombing"). Those
re-mentions carry the date of the first naming; so do a past-tense reaction built on one ("responded to the
attack by ...", "retaliated for") and a harm done in one ("was killed in the attack"), but not an arrest, a
charge or a trial "over the attack", which may come years later. The chain is broken, for good, by any
mention of the same kind of event that is not of that past: "gunmen attacked a hotel on Monday ... the
deadliest since the 2004 bombing ... The attack killed 20" keeps "the attack" the story's own. Only a date
two or more years before publication starts a chain (a recent one is the news itself, which the publication
date already dates near enough).
"""

from __future__ import annotations

import re
from datetime import datetime

from spacy.tokens import Doc, Span, Token

from sitrep.model import EventDate
from sitrep.time.narrative import PAST_SETTING_YEARS, _clause_verb, _is_past, _mentions, _resolved

# Kinds of event a later definite noun may name again; a verb of the same kind ("gunmen attacked") is a
# mention too. Killing is left out: "killed" is in every story and names no one event.
_KINDS: dict[str, str] = {
    **dict.fromkeys(("attack", "bombing", "bomb", "blast", "explosion", "assault", "raid", "strike", "airstrike",
                     "shelling", "ambush", "massacre", "shooting", "bombard", "bombardment", "shell", "explode"),
                    "attack"),
    **dict.fromkeys(("invasion", "invade", "incursion"), "invasion"),
    **dict.fromkeys(("coup", "putsch"), "coup"),
    **dict.fromkeys(("siege", "besiege"), "siege"),
    **dict.fromkeys(("hijacking", "hijack"), "hijacking"),
    **dict.fromkeys(("kidnapping", "abduction", "kidnap", "abduct"), "kidnapping"),
    **dict.fromkeys(("genocide",), "genocide"),
}
# Words for an event of those kinds (also read by ``sitrep.time.described``).
EVENT_WORDS = re.compile(
    r"\b(?:attack|bomb|blast|explosion|assault|raid|strike|airstrike|shell|ambush|massacre|shooting|bombard|explod"
    r"|invasion|invad|incursion|coup|putsch|siege|besieg|hijack|kidnap|abduct|genocide)\w*",
    re.IGNORECASE,
)
_DEFINITE = frozenset({"the", "that", "this", "those", "these"})
_REACTIONS = frozenset({"respond", "retaliate", "react", "reply", "answer", "avenge", "counter"})
_HARMS = frozenset({"kill", "wound", "injure", "die", "destroy", "damage", "hurt", "maim"})
_DATE_PREPS = frozenset({"in", "on", "of", "during"})
_BROKEN = "broken"


def _own_date(noun: Token, published: datetime) -> EventDate | None:
    """The date the noun phrase itself carries: "the 2004 bombing", "the attack in March 2019"."""
    parts: list[Span] = [noun.doc[noun.left_edge.i : noun.i + 1]]
    parts += [child.subtree for child in noun.rights if child.dep_ == "prep" and child.lower_ in _DATE_PREPS]
    for part in parts:
        text = part.text if isinstance(part, Span) else " ".join(token.text for token in part)
        for mention in _mentions(text):
            resolved = _resolved(mention, published)
            if resolved is not None and resolved.value is not None:
                return resolved
    return None


def _sentence_past_date(token: Token, published: datetime) -> EventDate | bool:
    """A date of a past setting in the token's sentence, or ``False`` when it states none or a recent one."""
    for mention in _mentions(token.sent.text):
        resolved = _resolved(mention, published)
        if resolved is not None and resolved.value is not None:
            return resolved if _is_past_setting(resolved, published) else False
    return False


def _is_past_setting(date: EventDate, published: datetime) -> bool:
    return date.value is not None and int(date.value[:4]) <= published.year - PAST_SETTING_YEARS


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


_NEAR_CHARS = 60  # "the 2004 bombing", "the attack on the base in March 2019": a year close to its event noun


def _names_a_past_year(text: str, published: datetime) -> bool:
    """Most stories name no year of a past setting near a word for an event: they need no chain at all."""
    return any(
        int(match.group(0)) <= published.year - PAST_SETTING_YEARS
        and EVENT_WORDS.search(text, max(0, match.start() - _NEAR_CHARS), match.end() + _NEAR_CHARS) is not None
        for match in _YEAR.finditer(text)
    )


def _is_definite(noun: Token) -> bool:
    return any(
        (child.dep_ == "det" and child.lower_ in _DEFINITE) or child.dep_ == "poss" for child in noun.lefts
    )


class PastReMentions:
    """The definite re-mentions of a past, dated event in one document, and the clauses built on them."""

    def __init__(self, doc: Doc, text: str, published: datetime | None) -> None:
        self.nouns: dict[int, EventDate] = {}
        self.clauses: dict[int, EventDate] = {}
        if published is None or not _names_a_past_year(text, published):
            return
        chains: dict[str, EventDate | str] = {}
        for match in EVENT_WORDS.finditer(text):
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1:
                continue
            token = span[0]
            kind = _KINDS.get(token.lemma_.casefold())
            if kind is None or chains.get(kind) == _BROKEN:
                continue
            chain = chains.get(kind)
            if token.pos_ == "NOUN":
                own = _own_date(token, published)
                if own is not None:
                    chains[kind] = own if _is_past_setting(own, published) else _BROKEN
                    continue
                if _is_definite(token):
                    if isinstance(chain, EventDate):
                        self._remember(token, chain)
                    else:
                        chains[kind] = _BROKEN  # the story's own event, named first as "the attack"
                    continue
            elif token.pos_ != "VERB":
                continue
            # a verb or an indefinite noun: a fresh mention, unless its sentence is set in the same past
            stated = _sentence_past_date(token, published)
            chains[kind] = stated if isinstance(stated, EventDate) else _BROKEN

    def _remember(self, noun: Token, date: EventDate) -> None:
        self.nouns[noun.i] = date
        verb = _clause_verb(noun)
        if verb is None or not _is_past(verb):
            return
        lemma = verb.lemma_.casefold()
        preposition = noun.head.lower_ if noun.dep_ == "pobj" else None
        # Only a reaction ("responded to the attack by ...") or a harm done in it ("was killed in the attack")
        # happened then; an arrest, a charge or a trial "over the attack" may come years later.
        if lemma in _REACTIONS or (lemma in _HARMS and preposition in {"in", "during"}):
            self.clauses.setdefault(verb.i, date)

    def date_of(self, trigger: Token) -> EventDate | None:
        """The past date the trigger takes: it is a re-mention, or its past-tense clause is built on one."""
        if trigger.i in self.nouns:
            return self.nouns[trigger.i]
        verb = _clause_verb(trigger)
        return self.clauses.get(verb.i) if verb is not None else None
