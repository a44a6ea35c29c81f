"""Towns named as modifiers of an event noun: where it happened, not who did it.

"the Kabul attack", "responded to the Bouake attack": a city, town or region written as a compound of
the event noun says where the event took place. A nationality ("the Russian attack"), a country ("the US
strike"), a possessive ("Moscow's offensive") and the dictionary's hand-listed metonyms ("the Kremlin
statement", "a Pentagon review") still name the doer, so only a compound that the places stage resolved
to a non-country place, or that is a national capital of the actor dictionary, is taken off the event's
sources.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from sitrep.actors.loading import DATA_DIR, load_countries, load_metonyms
from sitrep.events.parties import DocumentContext

# Gazetteer features that name a whole country (which may act: "the US strike"), not a place in one.
_COUNTRY_FEATURES = frozenset({"country"})


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """National capitals of the shipped dictionary (some of them listed by hand as metonyms too: "Kabul")."""
    return frozenset(
        alias.casefold()
        for entry in load_countries(DATA_DIR / "countries.tsv")
        if entry.key.startswith("capital:")
        for alias in entry.aliases
    )


@lru_cache(maxsize=1)
def _listed_metonyms() -> frozenset[str]:
    """Institutions and seats of power listed by hand ("Kremlin", "Pentagon", "Downing Street")."""
    return frozenset(alias.casefold() for entry in load_metonyms(DATA_DIR / "metonyms.tsv") for alias in entry.aliases)


def _modifies(modifier: Token, noun: Token) -> bool:
    """A compound of the event noun, or of a compound of it ("the Kabul suicide attack")."""
    head = modifier.head
    while modifier.dep_ == "compound" and head.i != modifier.i:
        if head.i == noun.i:
            return True
        modifier, head = head, head.head
    return False


def _name_of(modifier: Token) -> str:
    """The whole name the modifier ends ("Downing Street", "Gaza City")."""
    words = [t for t in modifier.subtree if t.dep_ == "compound" or t.i == modifier.i]
    return " ".join(t.text for t in words).casefold()


def names_where(modifier: Token, noun: Token, context: DocumentContext) -> bool:
    """Whether ``modifier``, a source read off the event noun ``noun``, says where the event was."""
    if not _modifies(modifier, noun):
        return False
    name = _name_of(modifier)
    if name in _capitals():
        return True  # "the Kabul attack"; "Kabul's attack" is a possessive, and no compound
    if name in _listed_metonyms() or modifier.lower_ in _listed_metonyms():
        return False  # "the Kremlin statement", "a Pentagon strike": the institution acted
    place = context.place_at(modifier)
    return place is not None and place.feature is not None and place.feature not in _COUNTRY_FEATURES


def without_places(sources: list[Token], noun: Token, context: DocumentContext) -> list[Token]:
    """The sources of a nominal event, less the towns that only say where it happened."""
    if not sources:
        return sources
    return [source for source in sources if not names_where(source, noun, context)]


# Modifiers that can name who did an event: "the Russian shelling", "Moscow's offensive", "the Hamas attack".
_NAMING_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
_NAMING_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})


def named_only_by_place(head: Token, context: DocumentContext, is_event_noun: Callable[[Token], bool]) -> bool:
    """'The Kharkiv shelling killed four people', 'the Kabul attack, which killed 12': a subject that is
    itself an event named only by where it happened names no doer."""
    if head.pos_ != "NOUN" or any(child.dep_ == "prep" and child.lower_ == "by" for child in head.children):
        return False
    named = [
        child
        for child in head.children
        if child.dep_ in _NAMING_DEPS and (child.pos_ == "PROPN" or child.ent_type_ in _NAMING_ENTITIES)
    ]
    return (
        bool(named)
        and all(child.dep_ == "compound" and names_where(child, head, context) for child in named)
        and is_event_noun(head)
    )
