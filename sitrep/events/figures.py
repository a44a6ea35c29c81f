"""Words of protest and force said of markets or of objects on show: no event between actors.

"The stock market staged a rally", "oil prices rallied": a rally of prices is a market's rise, not a
demonstration. "The mayor used the old cannon as a backdrop": a weapon used as a prop or a symbol is on show,
not used against anyone. Both read as events to the lexicon (a rally is a protest, "use" + "cannon" is force
against a crowd); these passes take them out once the candidates are found, by looking at the doer and at
the role the object is given ("as a backdrop").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from sitrep.events.detect import Candidate

_PROTEST_ROOT = "14"
# Doers that are prices, markets or traded things: their "rally" is a rise in value.
# Only the doer's head word counts: "oil workers rallied" is a protest, "oil rallied" is not.
MARKET_WORDS = frozenset(
    {"market", "stock", "share", "equity", "bond", "price", "index", "currency", "dollar", "euro", "yen", "yuan",
     "rupee", "peso", "ruble", "rouble", "oil", "gold", "commodity", "crude", "bitcoin", "nasdaq", "dow", "bourse"}
)  # fmt: skip
# What an object shown or displayed is used as: a prop, not a weapon in use.
_DISPLAY_ROLES = frozenset(
    {"backdrop", "background", "prop", "symbol", "decoration", "ornament", "display", "exhibit", "monument",
     "memorial", "reminder", "centrepiece", "centerpiece", "setting", "stage", "landmark", "souvenir", "trophy",
     "emblem", "mascot", "logo", "metaphor", "example", "illustration", "photo"}
)  # fmt: skip


def drop_market_rallies_and_props(candidates: list[Candidate]) -> None:
    """Suppress a protest done by a market or price, and "used X as a backdrop"."""
    for candidate in candidates:
        if not candidate.suppressed and (_market_rally(candidate) or _prop_in_use(candidate)):
            candidate.suppressed = True


def _market_rally(candidate: Candidate) -> bool:
    return candidate.root == _PROTEST_ROOT and _market_doer(candidate)


def _prop_in_use(candidate: Candidate) -> bool:
    return candidate.verbal and candidate.trigger.lemma_.casefold() == "use" and _used_for_show(candidate.trigger)


def _market_doer(candidate: Candidate) -> bool:
    """ "Shares rallied", "the stock market staged a rally", "a rally in oil prices"."""
    holders = [candidate.trigger]
    if candidate.clause_head is not candidate.trigger:
        holders.append(candidate.clause_head)  # the light verb of "staged a rally"
    for holder in holders:
        for child in holder.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and _names_a_market(child):
                return True
    if candidate.verbal:
        return False
    return any(
        child.dep_ == "prep" and child.lower_ == "in"
        and any(obj.dep_ == "pobj" and _names_a_market(obj) for obj in child.children)
        for child in candidate.trigger.children
    )


def _names_a_market(head: Token) -> bool:
    return head.lemma_.casefold() in MARKET_WORDS or head.lower_ in MARKET_WORDS


def _used_for_show(verb: Token) -> bool:
    return any(
        child.dep_ == "prep" and child.lower_ == "as"
        and any(obj.dep_ == "pobj" and obj.lemma_.casefold() in _DISPLAY_ROLES for obj in child.children)
        for child in verb.children
    )
