"""Article-level reference: pronouns and definite descriptions -> the actor mentioned before them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.actors.entries import COUNTRY, KIND_ORG, KIND_PEOPLE, KIND_PERSON, METONYM, ORGANISATION, SECTOR
from sitrep.model import ActorRef

if TYPE_CHECKING:
    from sitrep.actors.resolver import ActorResolver, ResolvedActor

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_THING = {"it", "its", "itself"}
_GROUP = {"they", "them", "their", "theirs", "themselves"}
_DETERMINERS = {"the", "this", "that", "these", "those"}
# Words of a definite description that name the same thing in other words.
_SYNONYMS = {
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman", "press secretary", "spokespeople"},
    "spokesman": {"spokesperson", "spokesman", "spokeswoman", "press secretary"},
    "spokeswoman": {"spokesperson", "spokesman", "spokeswoman", "press secretary"},
    "minister": {"minister", "secretary"},
    "ministry": {"ministry", "department"},
    "military": {"military", "army", "forces", "armed forces"},
    "army": {"army", "military", "forces", "armed forces"},
    "president": {"president"},
    "premier": {"prime minister", "premier"},
    "government": {"government", "administration", "cabinet"},
}
# Nouns that refer back to a kind of entry rather than a sector ("the country said").
_GENERIC_NOUNS = {
    "country": {COUNTRY},
    "nation": {COUNTRY},
    "state": {COUNTRY},
    "alliance": {ORGANISATION},
    "bloc": {ORGANISATION},
    "organisation": {ORGANISATION},
    "organization": {ORGANISATION},
    "agency": {ORGANISATION, METONYM},
    "body": {ORGANISATION},
    "movement": {ORGANISATION},
    "group": {ORGANISATION},
    "militia": {ORGANISATION},
}
_STATE_WORDS = {"government", "authorities", "administration", "cabinet"}
_GROUP_SECTORS = {"REB", "UAF", "PRM", "NGO", "SOC", "IGO", "OPP", "CRM"}


class ActorTracker:
    """The actors of one article, in order, to resolve what refers back to them.

    ``resolve(token_or_span)``: a pronoun ("she", "they", "it") or a definite description
    ("the ministry", "the president") -> the last compatible actor before it, as an ActorRef whose
    ``text`` is the referring phrase; any other phrase -> its own resolution; None when nothing fits.
    """

    def __init__(self, resolver: ActorResolver, doc: Doc, when: date | datetime | None = None) -> None:
        self.resolver = resolver
        self.doc = doc
        self.when = when
        self.actors: list[ResolvedActor] = []
        # A description ("the ministry") stands for its antecedent from then on, so that a later
        # "it" reaches the ministry the article named, not the bare description.
        for actor in resolver.find_actor_mentions(doc, when):
            if _is_bare_description(actor):
                description = actor
                antecedent = self._described(actor.ref.start or 0, description)
                if antecedent is not None:
                    span = doc.char_span(actor.ref.start, actor.ref.end, alignment_mode="expand")
                    sector = description.ref.sector if antecedent.entry_type == COUNTRY else None
                    actor = replace(antecedent, ref=_refer(antecedent, span, sector))
            self.actors.append(actor)

    @property
    def mentions(self) -> list[ActorRef]:
        return [actor.ref for actor in self.actors]

    def resolve(self, token_or_span: Token | Span, avoid: ActorRef | None = None) -> ActorRef | None:
        """``avoid``: an actor a pronoun cannot stand for (the subject of its own clause: "they shot them")."""
        span = _phrase_of(token_or_span)
        words = [token for token in span if token.lower_ not in _DETERMINERS and not token.is_punct]
        if not words:
            return None
        if len(words) == 1 and words[0].lower_ in _MALE | _FEMALE | _THING | _GROUP:
            return self._pronoun(words[0], span, avoid)
        own = self.resolver.resolve_actors(span, self.when)
        description = _description(own, span)
        if description is None:
            if own:
                return own[0].ref
            return self._generic(span, words)
        antecedent = self._described(span.start_char, description)
        if antecedent is None:
            return description.ref
        return _refer(antecedent, span, description.ref.sector if antecedent.entry_type == COUNTRY else None)

    def namesake(self, actor: ActorRef) -> ActorRef | None:
        """'Chaudhry said' after 'Lieutenant General Ahmed Sharif Chaudhry': a name the dictionary does not
        know stands for the first person named before with the same surname whose role is known (a story
        gives a person's title at the first mention; later phrases with appositions are less reliable). A one-word
        name that is no one's surname may be the first word of such a person's name ("Kim" after "Kim Jong Un")."""
        if actor.code or actor.country or actor.sector or not actor.name or actor.start is None:
            return None
        surname = actor.name.split()[-1].casefold()
        earlier_people = [
            earlier.ref
            for earlier in self.actors
            if earlier.ref.end is not None
            and earlier.ref.end <= actor.start
            and earlier.kind == KIND_PERSON
            and earlier.ref.name
            and (earlier.ref.code or earlier.ref.country or earlier.ref.sector)
        ]
        found = next((ref for ref in earlier_people if ref.name.split()[-1].casefold() == surname), None)
        if found is None and " " not in actor.name.strip():
            # "Trump met with Kim" after "North Korean leader Kim Jong Un": a family name written first (Korean,
            # Chinese, Vietnamese, Hungarian names) is the name a story goes on calling the person by
            found = next(
                (ref for ref in earlier_people if " " in ref.name and ref.name.split()[0].casefold() == surname), None
            )
        if found is None:
            return None
        return ActorRef(
            actor.text, found.name, found.code, found.country, found.sector, actor.start, actor.end, found.office
        )

    def _generic(self, span: Span, words: list[Token]) -> ActorRef | None:
        """ "the country", "the alliance", "the agency": a noun that names no sector but a kind of actor."""
        if len(words) != 1 or span[0].lower_ not in _DETERMINERS:
            return None
        wanted = _GENERIC_NOUNS.get(words[0].lower_)
        if wanted is None:
            return None
        antecedent = self._antecedent(span.start_char, lambda actor: actor.entry_type in wanted)
        return _refer(antecedent, span, None) if antecedent is not None else None

    def _pronoun(self, token: Token, span: Span, avoid: ActorRef | None = None) -> ActorRef | None:
        word = token.lower_

        def other(actor: ResolvedActor) -> bool:
            return avoid is None or (actor.ref.code, actor.ref.name) != (avoid.code, avoid.name)

        if word in _MALE or word in _FEMALE:
            gender = "m" if word in _MALE else "f"
            # A person known to have this gender first; one of unknown gender only if there is none.
            known = self._antecedent(
                span.start_char, lambda actor: actor.kind == KIND_PERSON and actor.gender == gender and other(actor)
            )
            if known is not None:
                return _refer(known, span, None)

            def fits(actor: ResolvedActor) -> bool:
                return actor.kind == KIND_PERSON and actor.gender is None and other(actor)

        elif word in _THING:

            def fits(actor: ResolvedActor) -> bool:
                return actor.kind == KIND_ORG and other(actor)

        else:

            def fits(actor: ResolvedActor) -> bool:
                return (
                    actor.kind == KIND_PEOPLE or (actor.kind == KIND_ORG and actor.entry_type != COUNTRY)
                ) and other(actor)

        antecedent = self._antecedent(span.start_char, fits)
        return _refer(antecedent, span, None) if antecedent is not None else None

    def _described(self, position: int, description: ResolvedActor) -> ResolvedActor | None:
        """The antecedent of a description: the last actor named in its words ("the security forces" ->
        "Somali security forces"), else the last of its sector. "The government" and "the authorities" are
        the last state named, whether by name or by a sector (the home government of the story)."""
        if _head_word(description) in _STATE_WORDS:
            return self._antecedent(position, lambda actor: _fits_description(actor, description, loose=True))
        return self._antecedent(position, lambda actor: _fits_description(actor, description)) or self._antecedent(
            position, lambda actor: _fits_description(actor, description, loose=True)
        )

    def _antecedent(self, position: int, fits) -> ResolvedActor | None:
        for actor in reversed(self.actors):
            if actor.ref.end is not None and actor.ref.end <= position and fits(actor):
                return actor
        return None


def _phrase_of(token_or_span: Token | Span) -> Span:
    if isinstance(token_or_span, Span):
        return token_or_span
    token = token_or_span
    if token.pos_ in ("NOUN", "PROPN"):
        return token.doc[token.left_edge.i : token.i + 1]
    return token.doc[token.i : token.i + 1]


def _description(own: list[ResolvedActor], span: Span) -> ResolvedActor | None:
    """A definite description: "the ministry" names a kind of actor, not which one."""
    if len(own) != 1:
        return None
    actor = own[0]
    starts_definite = span[0].lower_ in _DETERMINERS
    if actor.entry_type == SECTOR and actor.ref.country is None and actor.ref.name is None and starts_definite:
        return actor
    return None


def _is_bare_description(actor: ResolvedActor) -> bool:
    ref = actor.ref
    return (
        actor.entry_type == SECTOR
        and ref.country is None
        and ref.name is None
        and (ref.text.split(" ", 1)[0].lower() in _DETERMINERS)
    )


def _fits_description(actor: ResolvedActor, description: ResolvedActor, loose: bool = False) -> bool:
    """Whether an earlier actor can be what a description names: by its words ("the ministry" after "the
    defence ministry"); with ``loose``, by its sector alone (any military actor for "the troops")."""
    if actor.entry_type == SECTOR and actor.ref.country is None and actor.ref.name is None:
        return False  # another bare description is no antecedent
    wanted_kind = description.kind
    if (wanted_kind == KIND_PERSON) != (actor.kind == KIND_PERSON):
        return False
    if (
        _side(actor.ref.sector)
        and _side(description.ref.sector)
        and _side(actor.ref.sector) != _side(description.ref.sector)
    ):
        return False  # "the military" is not the "Baloch Liberation Army": a state's arm is no armed group
    head = _head_word(description)
    variants = _SYNONYMS.get(head, {head})
    described = " ".join(filter(None, [actor.ref.text, actor.ref.office, actor.ref.name])).lower()
    if any(_names_itself(variant, described) for variant in variants):
        return True
    if head == "group":
        return actor.ref.sector in _GROUP_SECTORS and actor.kind != KIND_PERSON
    if actor.entry_type == COUNTRY:
        return description.ref.sector == "GOV" and head in ("government", "authorities", "administration")
    return loose and actor.ref.sector == description.ref.sector and head not in ("ministry",)


def _names_itself(variant: str, described: str) -> bool:
    """Whether the words name the kind itself, not an owner of what they name: "the military" is not
    "the Pakistani military's media wing" (its media wing), nor "paramilitary" inside another word."""
    return re.search(rf"\b{re.escape(variant)}\b(?!['’]s\b)", described) is not None


# Arms of a state (government, forces, police, courts, legislature, intelligence).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_NON_STATE_SECTORS = frozenset({"REB", "UAF", "INS", "CRM", "OPP"})


def _side(sector: str | None) -> str | None:
    """Whether a sector is an arm of a state or an armed group outside it (None: neither, or unknown)."""
    if sector in STATE_SECTORS:
        return "state"
    if sector in _NON_STATE_SECTORS:
        return "non-state"
    return None


def _head_word(actor: ResolvedActor) -> str:
    text = actor.ref.text.lower().split()
    words = [word for word in text if word not in _DETERMINERS]
    return words[-1] if words else ""


def _refer(antecedent: ResolvedActor, span: Span, sector_override: str | None) -> ActorRef:
    ref = antecedent.ref
    sector = sector_override or ref.sector
    code = ref.code
    if sector_override and ref.country:
        code = ref.country + sector_override
    return ActorRef(
        text=span.text,
        name=ref.name,
        code=code,
        country=ref.country,
        sector=sector,
        start=span.start_char,
        end=span.end_char,
        office=ref.office,
    )
