"""Reading the structure of a noun phrase: coordination, affiliation prefixes, clauses to ignore."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitrep.actors.matching import Match

_CONJUNCTIONS = {"and", "or", "&", "nor"}
_EDGE_PUNCT = {",", ";", ":", "(", ")", '"', "'", "“", "”", "-", "–", "—"}
# "Kyiv-allied", "Iran-backed", "Hamas-run": the named actor is a patron, not the actor itself.
ALLY_WORDS = {
    "allied",
    "backed",
    "aligned",
    "supported",
    "sponsored",
    "funded",
    "armed",
    "trained",
    "friendly",
    "leaning",
    "installed",
    "appointed",
    "run",
    "controlled",
    "held",
    "linked",
    "affiliated",
    "occupied",
    "loyal",
    "proxy",
    "inspired",
    "based",
}
NEGATION_PREFIXES = {"anti", "non", "counter"}
# Prepositions that keep an attached country part of the actor ("the president of Russia", "troops from Chad").
_BINDING_PREPOSITIONS = {"of", "from"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}


def trim(tokens: Sequence[Token]) -> list[Token]:
    """Drop punctuation and conjunctions at the edges of a phrase."""
    items = list(tokens)
    while items and (items[0].text in _EDGE_PUNCT or items[0].lower_ in _CONJUNCTIONS):
        items.pop(0)
    while items and (items[-1].text in _EDGE_PUNCT or items[-1].lower_ in _CONJUNCTIONS or items[-1].text == "'s"):
        items.pop()
    return items


def split_coordination(tokens: Sequence[Token], matches: Sequence[Match]) -> list[list[Token]]:
    """ "Hungarian and Romanian officials" -> [Hungarian], [Romanian officials].

    A conjunction inside a dictionary phrase ("Bosnia and Herzegovina") does not split. Commas split
    only in lists ("Russia, China and Iran"), not appositions ("Singh, the Pentagon's spokesperson").
    """
    inside = {token.i for match in matches for token in match.tokens}
    for match in matches:
        inside.update(range(match.start, match.end))
    cut_points: list[tuple[int, int]] = []  # (first index of separator, first index after it) in tokens
    position = 0
    has_conjunction = False
    while position < len(tokens):
        token = tokens[position]
        if token.i not in inside:
            if token.lower_ in _CONJUNCTIONS:
                cut_points.append((position, position + 1))
                has_conjunction = True
            elif (
                token.lower_ == "as"
                and position + 2 < len(tokens)
                and tokens[position + 1].lower_ == "well"
                and tokens[position + 2].lower_ == "as"
            ):
                cut_points.append((position, position + 3))
                has_conjunction = True
                position += 2
            elif token.text == ",":
                cut_points.append((position, -1))  # decided below
        position += 1
    segments: list[list[Token]] = []
    start = 0
    last_conjunction = max((cut for cut, after in cut_points if after != -1), default=-1)
    for cut, after in cut_points:
        if after == -1:
            if not has_conjunction or cut > last_conjunction:
                continue
            after = cut + 1
        segment = trim(tokens[start:cut])
        if segment:
            segments.append(segment)
        start = after
    tail = trim(tokens[start:])
    if tail:
        segments.append(tail)
    return segments


def previous_word(token: Token) -> Token | None:
    """The word before ``token``, stepping over a hyphen ("anti-Kremlin")."""
    doc = token.doc
    index = token.i - 1
    while index >= 0 and doc[index].text in {"-", "–"}:
        index -= 1
    return doc[index] if index >= 0 else None


def next_word(token: Token) -> Token | None:
    doc = token.doc
    index = token.i + 1
    while index < len(doc) and doc[index].text in {"-", "–"}:
        index += 1
    return doc[index] if index < len(doc) else None


def is_negated(match: Match) -> bool:
    """ "anti-Kremlin", "non-state": the phrase names what the actor opposes or is not."""
    first = match.tokens[0]
    before = previous_word(first)
    if before is not None and before.lower_ in NEGATION_PREFIXES and before.i >= first.i - 2:
        return True
    return first.lower_.startswith(("anti-", "non-"))


def is_affiliation(match: Match) -> bool:
    """ "Kyiv-allied", "pro-Russian", "Iran-backed": a patron, not the actor's own identity."""
    last = match.tokens[-1]
    after = next_word(last)
    if after is not None and after.lower_ in ALLY_WORDS and after.i <= last.i + 2:
        return True
    before = previous_word(match.tokens[0])
    return before is not None and before.lower_ == "pro" and before.i >= match.tokens[0].i - 2


INSIDE = "inside"  # part of the actor's description
LOCATED = "located"  # a place the actor is in: "rebels in Darfur"
OUTSIDE = "outside"  # something else: "the ambassador to the US", "troops who attacked Russia"
_LOCATING_PREPOSITIONS = {"in", "inside", "throughout", "across"}


def attachment(token: Token, phrase: set[int]) -> str:
    """How a token relates to the actor its phrase names.

    "the president of Russia": Russia is INSIDE (the president's country); "rebels in Darfur":
    LOCATED; "the ambassador to the US" or a relative clause: OUTSIDE.
    """
    current = token
    located = False
    while current.head.i != current.i and current.head.i in phrase:
        if current.dep_ in _CLAUSE_DEPS:
            return OUTSIDE
        preposition = current.head if current.dep_ == "pobj" else None
        if preposition is not None and speaks_for(preposition):
            preposition = None  # "the spokesperson for Pakistan's foreign ministry": Pakistan's
        if preposition is not None and preposition.lower_ not in _BINDING_PREPOSITIONS:
            if preposition.lower_ not in _LOCATING_PREPOSITIONS or located:
                return OUTSIDE
            located = True
        current = current.head
    return LOCATED if located else INSIDE


# Nouns of people who speak for the body named after "for" ("a spokesman for the Taliban"); an envoy or
# a representative "for" a country may be another state's ("the U.S. special envoy for Afghanistan").
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons"})


def speaks_for(preposition: Token) -> bool:
    """Whether a preposition is the "for" of "the spokesperson for X" (X is whose spokesperson)."""
    return preposition.lower_ == "for" and preposition.dep_ == "prep" and preposition.head.lower_ in SPOKESPEOPLE


def outside_actor(token: Token, phrase: set[int]) -> bool:
    return attachment(token, phrase) != INSIDE
