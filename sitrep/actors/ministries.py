"""Which country's ministry a phrase with no country means, from the ministries its article named before.

"Afghanistan's Ministry of Foreign Affairs called Pakistan's assertions baseless. ... 'We categorically
reject ...,' foreign ministry spokesperson Abdul Qahar Balkhi said": the spokesperson's phrase names a
foreign ministry but no country; the story named one foreign ministry with a country before it, so the
spokesperson is that ministry's (AFG), not a person of no country. Only a ministry of the same portfolio
named with its country counts (a defence ministry says nothing of whose foreign ministry is meant), and
the last one before the phrase wins (the story may move from one government to the other).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from sitrep.nlp.text import doc_text

# Portfolios, with the other words a story uses for the same one ("external affairs", "home ministry").
_PORTFOLIOS = {
    "foreign": "foreign",
    "external": "foreign",
    "defense": "defense",
    "defence": "defense",
    "interior": "interior",
    "home": "interior",
    "justice": "justice",
    "finance": "finance",
    "information": "information",
    "health": "health",
    "trade": "trade",
    "commerce": "trade",
    "energy": "energy",
    "agriculture": "agriculture",
    "education": "education",
}
_WORDS = "|".join(sorted(_PORTFOLIOS))
# "foreign ministry", "Foreign Affairs Ministry", "Ministry of Foreign Affairs", "Ministry of the Interior".
_MINISTRY = re.compile(
    rf"\b(?P<before>{_WORDS})(?:\s+affairs)?\s+(?:ministry|department)\b"
    rf"|\b(?:ministry|department)\s+of\s+(?:the\s+)?(?P<after>{_WORDS})\b",
    re.IGNORECASE,
)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
_CACHE_KEY = "sitrep_ministries"

# (end offset, portfolio, country) of each ministry a document names with its country.
Named = tuple[int, str, str]
# Resolves a span to (country, sector) pairs, without the article context (no recursion back here).
CountriesOf = Callable[[Span], list[tuple[str | None, str | None]]]


def portfolio(text: str) -> str | None:
    """The portfolio a phrase's ministry has ("foreign ministry spokesperson" -> "foreign"), if it names one."""
    match = _MINISTRY.search(text)
    if match is None:
        return None
    return _PORTFOLIOS[(match.group("before") or match.group("after")).lower()]


def country_before(doc: Doc, position: int, wanted: str, countries_of: CountriesOf) -> str | None:
    """The country of the last ministry of the ``wanted`` portfolio the document names with a country before
    character ``position``; None when there is none."""
    named = doc.user_data.get(_CACHE_KEY)
    if named is None:
        named = _named_ministries(doc, countries_of)
        doc.user_data[_CACHE_KEY] = named
    found = None
    for end, kind, country in named:
        if end > position:
            break
        if kind == wanted:
            found = country
    return found


def _named_ministries(doc: Doc, countries_of: CountriesOf) -> list[Named]:
    """Each ministry phrase of the document that resolves, with its own words, to one state's arm."""
    named: list[Named] = []
    for match in _MINISTRY.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        phrase = _noun_phrase(span)
        countries = {country for country, sector in countries_of(phrase) if country and sector in _STATE_SECTORS}
        if len(countries) == 1:
            named.append((match.end(), _PORTFOLIOS[(match.group("before") or match.group("after")).lower()],
                          countries.pop()))  # fmt: skip
    return named


def _noun_phrase(span: Span) -> Span:
    """The ministry's phrase with its modifiers on the left ("Afghanistan's Ministry of Foreign Affairs",
    "the Taliban foreign ministry spokesperson"): from the left edge of the noun the ministry word modifies."""
    doc = span.doc
    ministry = next((token for token in span if token.lower_ in {"ministry", "department"}), span[-1])
    head = ministry
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    start = min(head.left_edge.i, span.start)
    end = max(span.end, ministry.i + 1, head.i + 1)
    return doc[start:end]
