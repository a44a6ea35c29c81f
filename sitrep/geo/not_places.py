"""Proper names the gazetteer knows only as small towns but that news uses for something else.

Three general cases, found reading event places on the VOA corpus (train):

- an acronym written in capitals ("BLA", "PISA", "AI") that matches a town's name or one of its
  other names: organisations and programmes, not places, unless the gazetteer has a country, region
  or other non-town entry under it ("UK", "DRC", "UAE");
- a name known only as another name of a small town ("Taliban" is an alternate name of a Turkish
  village): a place's other names are weak evidence, and without a town of size they are noise;
- the surname of a public figure the actors' data knows ("Obama administration", "a letter to Rubio"):
  a person, unless the name is also a country or region, or a city of a million people;
- a town's name written before a word of commodity or market ("Brent crude", "Brent futures", "Dubai
  benchmark"): a grade or an index named after the place, not where anything happens;
- a town's name written before an institution's noun ("the Obama administration") or a street's ("Wall
  Street": Wall, South Dakota), a word naming an
  institution ("in Congress": Congress, Arizona), a bare compass word ("the West": Cameroon's West
  region) and the first part of a hyphenated name ("Dasht-e-Barchi", a district of Kabul).
"""

from __future__ import annotations

import functools
import logging
import re

from sitrep.geo.gazetteer import Candidate

logger = logging.getLogger(__name__)

TOWN_FEATURES = frozenset({"city", "admin2"})
ALIAS_ONLY_MIN_POPULATION = 100_000  # an other-name-only town smaller than this is not taken by itself
SURNAME_CITY_MIN_POPULATION = 1_000_000  # "Jackson" the person, but a surname this big a city stays a place
# Nouns that make the word before them a person's or a body's name: "the Obama administration".
INSTITUTION_NOUNS = frozenset(
    {"administration", "government", "presidency", "cabinet", "campaign", "era", "doctrine", "family", "regime"}
)
# Institutions whose English name is also a town's (Congress, Arizona; Parliament, ...).
INSTITUTION_WORDS = frozenset({"congress", "parliament", "senate", "assembly", "council", "cabinet", "ministry"})
# "Brent crude", "Brent futures", "the Shanghai index": a town's name before these names a market, not a place.
MARKET_NOUNS = frozenset(
    "crude futures benchmark benchmarks index blend grade contract contracts price prices oil gas".split()
)
# ... but "the Kirkuk oil field", "the Basra oil terminal" are places where things happen.
OIL_SITE_NOUNS = frozenset(
    "field fields refinery refineries terminal terminals pipeline pipelines facility facilities plant plants "
    "depot depots well wells port ports installation installations complex".split()
)
# "the Schengen Agreement", "the Minsk accords", "the Schengen system": a town's name before these names a pact.
PACT_NOUNS = frozenset(
    "agreement agreements accord accords treaty protocol protocols convention conventions deal pact system "
    "rules format process".split()
)
# A town named after a pact in a story is that pact wherever else the story names it alone, if it is this small.
PACT_TOWN_MAX_POPULATION = 100_000
_PACT_NAME = re.compile(r"\b([A-Z][a-z]+) (?:" + "|".join(sorted(PACT_NOUNS)) + r")\b", re.IGNORECASE)
COMPASS_WORDS = frozenset({"north", "south", "east", "west"})
# "Wall Street", "Pennsylvania Avenue": a town's name before one of these names a street of some city.
STREET_NOUNS = frozenset({"street", "avenue", "boulevard", "lane"})
# "Dasht-e-Barchi", "Mazar-i-Sharif", "Deir-ez-Zor": a name continued by a linking particle after a hyphen.
NAME_PARTICLES = frozenset({"e", "i", "ye", "al", "el", "ul", "ez", "es", "ash", "ad", "ar", "an", "as", "at"})


@functools.cache
def public_figure_surnames() -> frozenset[str]:
    """Casefolded surnames that name a known person alone (the actors' data, which leaves out common words)."""
    from sitrep.actors.loading import DATA_DIR, load_people  # late: only when places are recognised

    try:
        people = load_people(DATA_DIR / "people.yaml")
    except Exception as error:  # a broken data file must not stop place recognition
        logger.warning("people.yaml unreadable, surnames not used to filter places: %s", error)
        return frozenset()
    return frozenset(surname.casefold() for person in people for surname in person.surname_aliases)


ACRONYM_MAX_LETTERS = 5  # longer words in capitals are names written in capitals ("BAGHDAD"), not acronyms


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= ACRONYM_MAX_LETTERS and word.isalpha() and word.isupper()


def not_a_place_in_context(surface: str, after: str) -> str | None:
    """Why a one-word span is no place, read from the text right after it (``after``: up to ~20
    characters), or None. Applies to any place, whatever the gazetteer holds."""
    if after[:1] == "-":
        particle = after[1:].split("-", 1)[0]
        if after[1 + len(particle) : 2 + len(particle)] == "-" and particle.casefold() in NAME_PARTICLES:
            return "part of a hyphenated name"
    if surface.casefold() in COMPASS_WORDS:
        return "compass word"
    return None


def pact_names(text: str) -> frozenset[str]:
    """The capitalised words a text writes before a word of a pact ("Schengen" in "the Schengen system")."""
    return frozenset(match.group(1) for match in _PACT_NAME.finditer(text) if match.group(1)[:1].isupper())


def names_a_pact_elsewhere(surface: str, candidates: tuple[Candidate, ...], pacts: frozenset[str]) -> bool:
    """ "railed against Schengen" in a story that wrote "the Schengen Agreement": a small town's name the
    story uses as a pact's; no country, region or town of size goes by it."""
    return (
        surface in pacts
        and bool(candidates)
        and all(c.feature in TOWN_FEATURES and c.population < PACT_TOWN_MAX_POPULATION for c in candidates)
    )


def person_name_parts(full_names: list[str]) -> frozenset[str]:
    """The words of the people a text names in full ("Mahmoud Khalil", "Florence Ozor"): written alone
    elsewhere in that text, such a word is more likely the person than a town of the same name."""
    return frozenset(word for name in full_names if len(name.split()) >= 2 for word in name.split() if word.istitle())


def names_a_person_in_the_text(surface: str, candidates: tuple[Candidate, ...], parts: frozenset[str]) -> bool:
    """ "Khalil" (another name of Hebron) in a story about Mahmoud Khalil, "Aden" in one quoting Shamsa
    Mohamed Aden: a town's name that is part of a person's name the story gives in full; never a country's
    or a region's."""
    return surface in parts and bool(candidates) and all(c.feature in TOWN_FEATURES for c in candidates)


def names_a_market(next_word: str, word_after: str = "") -> bool:
    """ "Brent crude", "Brent futures": the name modifies a commodity or market word (``word_after``, the
    word after ``next_word``, keeps "Kirkuk oil field" a place)."""
    return next_word.casefold() in MARKET_NOUNS and word_after.casefold() not in OIL_SITE_NOUNS


def not_a_place(
    surface: str,
    candidates: tuple[Candidate, ...],
    has_cue: bool,
    next_word: str = "",
    in_capitals: bool = False,
    word_after: str = "",
) -> str | None:
    """Why a one-word span is no place (a short reason), or None. ``has_cue``: a preposition of being
    somewhere or a settlement word stands before it ("in Obama", "the town of Rubio"); ``next_word``:
    the word after it, and ``word_after`` the one after that; ``in_capitals``: a word beside it is written
    in capitals too (a headline or a dateline in capitals, where "ROME" is no acronym)."""
    if " " in surface or not candidates:
        return None
    if any(c.feature not in TOWN_FEATURES and c.name_kind <= 1 for c in candidates):
        return None  # a country, region, sea or continent goes by this name
    if _is_acronym(surface) and not in_capitals:
        return "acronym"
    if names_a_market(next_word, word_after):
        return "names a commodity or market"
    if next_word.casefold() in INSTITUTION_NOUNS:
        return "names an institution's holder"
    if next_word.casefold() in PACT_NOUNS and not has_cue:
        return "names a pact"
    if next_word[:1].isupper() and next_word.casefold() in STREET_NOUNS:
        return "names a street"
    if surface.casefold() in INSTITUTION_WORDS:
        return "institution"
    if all(c.name_kind >= 2 for c in candidates) and all(c.population < ALIAS_ONLY_MIN_POPULATION for c in candidates):
        return None if has_cue else "other name of a small town"
    if (
        not has_cue
        and surface.casefold() in public_figure_surnames()
        and all(c.population < SURNAME_CITY_MIN_POPULATION for c in candidates)
    ):
        return "surname"
    return None
