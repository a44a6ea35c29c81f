"""Places named by description rather than by name: "the Ukrainian capital", "Russia's capital",
"the capital" (of the country the article is about).

News writers avoid repeating a city's name: the second mention of Kyiv is often "the Ukrainian
capital", and a report from Iraq says "in the capital". These phrases are where events happen, so
they are places. The country comes from a national adjective ("Ukrainian", via the demonym table),
a possessive ("Ukraine's capital"), or, for a bare "the capital" or "the country's capital", from
the article's country focus, which only the resolver knows (``FOCUS_COUNTRY``).

Left out on purpose: "the capital of X" and "the capital, Kyiv" (the named place is a toponym
itself), "capital markets" and "venture capital" (money), and provincial, regional or state
capitals, whose country's capital is the wrong place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitrep.geo.names import normalise_name

FOCUS_COUNTRY = "*"  # the country is the article's focus, settled during resolution
# "the capital" whose sentence names its actors' nations ("Georgian police ... in the capital"): the
# marker followed by their ISO2 codes, "*GE" or "*GE,RU", read back by ``actor_countries``.
_ACTOR_SEPARATOR = ","
_CAPITAL_WORD = re.compile(r"\bcapital\b", re.I)
# A capital that is not the nation's, or not a place at all.
_NOT_NATIONAL = frozenset(
    "provincial regional state district county departmental prefectural financial commercial economic "
    "cultural business tech technology political administrative former ancient old winter summer de facto "
    "rebel-held".split()
)
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
# "raise the capital", "the capital needed": money, not a city.
_MONEY_HEADS = frozenset("raise need require invest inject lack provide return attract spend lend borrow".split())
CountryOf = Callable[[str], str | None]


def is_focus_capital(capital_of: str | None) -> bool:
    """A bare "the capital", whose country the resolver settles (with or without its sentence's actors)."""
    return capital_of is not None and capital_of.startswith(FOCUS_COUNTRY)


def actor_countries(capital_of: str) -> frozenset[str]:
    """The ISO2 codes of the nations named in the sentence of a bare "the capital" (maybe none)."""
    codes = capital_of.removeprefix(FOCUS_COUNTRY)
    return frozenset(code for code in codes.split(_ACTOR_SEPARATOR) if code)


def _with_actors(token: Token, demonyms: dict[str, str]) -> str:
    """FOCUS_COUNTRY plus the countries of the national adjectives and nouns in the token's sentence
    ("Georgian police", "Russian troops"): who acts there is evidence for whose capital it is. Only the
    sentence of a bare "the capital" is read, so this costs a few dozen tokens per such mention."""
    codes = set()
    for word in token.sent:
        if word.i != token.i and word.text[:1].isupper():
            code = demonyms.get(normalise_name(word.text))
            if code is not None and len(code) == 2:
                codes.add(code)
    return FOCUS_COUNTRY + _ACTOR_SEPARATOR.join(sorted(codes))


def descriptive_capitals(
    doc: Doc, text: str, demonyms: dict[str, str], country_of: CountryOf
) -> list[tuple[int, int, str]]:
    """(first token, end token, ISO2 country or FOCUS_COUNTRY with its sentence's actor countries) for each
    descriptive capital.

    ``demonyms`` maps a normalised national adjective to its code ("ukrainian" -> "UA");
    ``country_of`` gives the ISO2 code of a country's name ("Ukraine" -> "UA"), else None. Only the word
    "capital" is looked at (found by a regular expression over the text), so the cost per article is
    a few tokens, not a pass over all of them.
    """
    found: list[tuple[int, int, str]] = []
    for match in _CAPITAL_WORD.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        reference = _capital_reference(doc, token, demonyms, country_of)
        if reference is not None:
            found.append(reference)
    return found


def _capital_reference(
    doc: Doc, token: Token, demonyms: dict[str, str], country_of: CountryOf
) -> tuple[int, int, str] | None:
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
        return None  # "capital markets", "capital gains"
    if token.head.lemma_.lower() in _MONEY_HEADS or any(c.lower_ in {"needed", "required"} for c in token.rights):
        return None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lower_ in {"of", "city"}:
        return None  # "the capital of Zamfara": the named place is the toponym; "capital city of"
    if any(child.dep_ == "appos" and child.i > token.i for child in token.children):
        return None  # "the Sudanese capital, Khartoum": Khartoum is found by name
    if following is not None and following.pos_ == "PROPN" and following.ent_type_ in {"GPE", "PERSON", ""}:
        return None  # "the capital Kyiv" (parsed as a compound or a person)
    lefts = [child for child in token.lefts]
    if not any(child.lower_ in {"the", "its"} or child.dep_ == "poss" for child in lefts):
        return None  # "capital" without a determiner is money or a title ("Capital Gazette")
    country = FOCUS_COUNTRY
    start = token.i
    for child in lefts:
        word = normalise_name(child.text)
        if word in _NOT_NATIONAL or child.lower_ in _NOT_NATIONAL:
            return None
        if child.dep_ == "poss":
            owner = country_of(" ".join(t.text for t in child.subtree if t.dep_ != "case"))
            if owner is not None:
                country, start = owner, min(start, child.left_edge.i)
            elif child.lower_ not in _COUNTRY_NOUNS and child.lower_ != "its":
                return None  # "the rebels' capital", "Kurdistan's capital": not a country's
        elif child.dep_ in {"amod", "compound", "nmod"}:
            code = demonyms.get(word)
            if code is not None and len(code) == 2:
                country, start = code, min(start, child.i)
            elif child.ent_type_ in {"NORP", "GPE"}:
                return None  # a people or region without a country of its own ("Kurdish capital")
    if country == FOCUS_COUNTRY:
        country = _with_actors(token, demonyms)
    return start, token.i + 1, country
