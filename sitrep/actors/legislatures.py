"""Whose legislature a bare "Senate" or "Congress" is, from the country its article is about.

metonyms.tsv reads "Senate", "Congress" and "House of Representatives" as the US legislature, which is
right in most wire copy; but Cambodia, the Philippines, Pakistan, Colombia, Japan, Nigeria and many more
have bodies of the same name. "CamboJA said Mech Dara was released after apologizing to Senate head Hun
Sen" is in a story about Cambodia, so its Senate is Cambodia's, not the USA's. A bare name (no "U.S.",
"American" in the phrase) is taken as the legislature of the country the article names most, when that
country is named at least twice and more often than the United States, and has a body of that name
(legislature_names.tsv: Turkey has no Congress); otherwise it stays the USA's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from sitrep.actors.dictionary import ActorDictionary
from sitrep.nlp.text import doc_text

# Legislatures many states share the name of.
_SHARED_NAMES = re.compile(r"\b(?:Senate|Congress|House of Representatives)\b")
# A phrase that says the body is the US one ("U.S. Senate", "American lawmakers in Congress").
_US_MARK = re.compile(r"(?:\bU\.S\.|\bUS\b|\bUnited States\b|\bAmerica|\bCapitol\b)")
_CACHE_KEY = "sitrep_main_country"
# A country named once in passing does not make a story about it.
_MIN_TIMES = 2


_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "legislature_names.tsv"


@lru_cache(maxsize=1)
def _states_with_name() -> dict[str, frozenset[str]]:
    """For each shared name ("Senate"), the states with a national chamber or body of that name."""
    states: dict[str, frozenset[str]] = {}
    for line in _NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, countries = line.split("\t")
        states[name] = frozenset(countries.split(";"))
    return states


def has_body_named(country: str, phrase: str) -> bool:
    """Whether the state has a legislature of the shared name in ``phrase`` ("the Senate" -> Cambodia: yes,
    "Congress" -> Turkey: no); a phrase without a shared name is any state's."""
    match = _SHARED_NAMES.search(phrase)
    if match is None or _in_longer_name(phrase, match):
        return True  # "National Congress Party", "World Uyghur Congress": no legislature's name to check
    return country in _states_with_name().get(match.group(0), frozenset())


def _in_longer_name(phrase: str, match: re.Match[str]) -> bool:
    """ "his National Congress Party", "the World Uyghur Congress": the shared name inside a longer name."""
    before = phrase[: match.start()].split()
    after = phrase[match.end() :].split()
    return bool(before and before[-1][:1].isupper() and before[-1] not in {"The", "A"}) or bool(
        after and after[0][:1].isupper()
    )


def is_shared_name(phrase: str) -> bool:
    """True for a phrase naming a legislature by a name many states share, with nothing saying it is the US's."""
    return _SHARED_NAMES.search(phrase) is not None and _US_MARK.search(phrase) is None


def main_country(doc: Doc) -> str | None:
    """The country the document names most often (names and adjectives), when it is named more often than
    the United States; None otherwise (the US reading stands)."""
    if _CACHE_KEY in doc.user_data:
        return doc.user_data[_CACHE_KEY]
    pattern, country_of = _country_names()
    counts = Counter(country_of[match.group(0)] for match in pattern.finditer(doc_text(doc)))
    found = None
    if counts:
        country, times = counts.most_common(1)[0]
        if country != "USA" and times >= _MIN_TIMES and times > counts.get("USA", 0):
            found = country
    doc.user_data[_CACHE_KEY] = found
    return found


def country_named(text: str) -> str | None:
    """The country a name or adjective is ("Myanmar" -> MMR); None when it names none."""
    return _country_names()[1].get(text)


def country_name(code: str) -> str | None:
    """The dictionary's name of a country code ("IRN" -> "Iran"); None for a code it does not know."""
    for entry in ActorDictionary.default().countries:
        if entry.roles and entry.roles[0].country == code:
            return entry.name
    return None


def countries_named_in(text: str) -> set[str]:
    """The countries a text names by name or adjective ("Pakistan's", "Pakistani" -> {"PAK"})."""
    pattern, country_of = _country_names()
    return {country_of[match.group(0)] for match in pattern.finditer(text)}


@lru_cache(maxsize=1)
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One compiled pattern over every country's names and adjectives, and which country each one is."""
    country_of: dict[str, str] = {}
    for entry in ActorDictionary.default().countries:
        country = entry.roles[0].country if entry.roles else None
        if country is None:
            continue
        for alias in (entry.name, *entry.aliases):
            country_of.setdefault(alias, country)
    names = sorted(country_of, key=len, reverse=True)  # longest first: "South Sudan" before "Sudan"
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w])")
    return pattern, country_of
