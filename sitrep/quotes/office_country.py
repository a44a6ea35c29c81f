"""The country of a speaker named by a state office the actor dictionary gives no country.

"Finance Minister Muhammad Aurangzeb", "Lieutenant General Ahmed Sharif Chaudhry" or "Central Java Governor
Ganjar Pranowo": the dictionary reads the title (GOV, MIL, JUD ...) but does not know the holder, so the
speaker has a sector and no country, and an analyst filtering statements by country loses them. A reader
takes the country from the text, in this order:

1. a place named inside the speaker's phrase, before the name ("Central Java Governor", "Solo Mayor"): an
   office of a place is of that place's country;
2. the country the story is about, for offices that only a state fills (minister, governor, mayor,
   general, judge, lawmaker ...; not "spokesman", "secretary general", "chairman", which companies and
   international bodies have too) and for bodies only a state has, named by their noun ("the military",
   "the government", "police"), when one country holds a clear majority of the story's places (at least three mentions
   and half of all) and the sentence naming the speaker names no other country.

A place or country of another state in that sentence ("... met Pakistan's Finance Minister", "the visiting
Chinese general") leaves the speaker without a country: the text then does not say whose office it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from sitrep.actors.legislatures import countries_named_in
from sitrep.actors.tracking import STATE_SECTORS
from sitrep.model import ActorRef, Place
from sitrep.nlp.text import doc_text

# Offices only a state fills: companies, parties and international bodies have spokesmen, chairmen and
# secretaries general, but no ministers, governors or generals.
_STATE_OFFICES = frozenset({
    "minister", "governor", "mayor", "general", "colonel", "lieutenant", "brigadier", "admiral", "judge",
    "prime minister", "deputy minister", "chief minister", "lieutenant general", "major general",
    "lawmaker", "legislator", "senator", "parliamentarian",
})  # fmt: skip
# Bodies only a state has, named by their noun alone ("the military said", "the government said"): a company or
# an international body has no army, police or ministry of its own.
_STATE_BODIES = frozenset({
    "military", "army", "navy", "police", "government", "ministry", "cabinet", "parliament", "presidency", "junta",
})  # fmt: skip
_NO_COUNTRY_FEATURES = frozenset({"water", "continent", "sea", "ocean"})
_MIN_HOME_MENTIONS = 3


def home_country(places: Sequence[Place]) -> str | None:
    """The country most of a story's places are in: at least three mentions and half of those with a country."""
    counts = Counter(place.country for place in places if place.country and place.feature not in _NO_COUNTRY_FEATURES)
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    if count >= _MIN_HOME_MENTIONS and 2 * count >= sum(counts.values()):
        return country
    return None


def office_country(actor: ActorRef, span: Span, places: Sequence[Place], home: str | None) -> str | None:
    """The country of a person ``actor`` read from ``span`` ("Finance Minister Muhammad Aurangzeb") whose
    state office has no country; None when the text does not say (see the module's docstring)."""
    if actor.country is not None or actor.sector not in STATE_SECTORS:
        return None
    inside = _place_before_name(actor, span, places)
    if inside is not None:
        return inside
    if home is None or not _state_only(actor, span):
        return None
    sentence = span.sent
    named = countries_named_in(sentence.text)
    named |= {
        place.country
        for place in places
        if place.country and sentence.start_char <= place.start < sentence.end_char
        and place.feature not in _NO_COUNTRY_FEATURES
    }
    return home if named <= {home} else None


def _place_before_name(actor: ActorRef, span: Span, places: Sequence[Place]) -> str | None:
    """ "Central Java Governor Ganjar Pranowo": a place in the phrase before the holder's name."""
    name_start = span.end_char
    if actor.name:
        found = doc_text(span.doc).find(actor.name, span.start_char, span.end_char)
        name_start = found if found >= 0 else name_start
    countries = {
        place.country
        for place in places
        if place.country and span.start_char <= place.start and place.end <= name_start
        and place.feature not in _NO_COUNTRY_FEATURES
    }
    return countries.pop() if len(countries) == 1 else None


def _state_only(actor: ActorRef, span: Span) -> bool:
    """Whether only a state fills the office ("Finance Minister ...", "federal lawmaker ...") or is the body
    ("the military", "the government") the speaker's phrase names."""
    if actor.office:
        return actor.office.lower() in _STATE_OFFICES
    root = span.root
    # "governments said": bodies of several states, not the story's own ("police" is its own lemma)
    return root.lemma_.lower() in _STATE_BODIES and root.lower_ == root.lemma_.lower()
