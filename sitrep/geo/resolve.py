"""Toponym resolution: pick the gazetteer entry each mention refers to, with a score.

Evidence, added up per candidate:
- a prior by feature and population (a country over an admin1 region over a big city over a
  village), and by how the name matched (the entry's own name over an alternate spelling);
- the feature the wording implies ("Kharkiv region" -> admin1, "the town of Sudzha" -> city);
- containment stated in the text ("Sudzha, in Russia's Kursk region"; "Paris, Texas");
- the article's country focus (countries named, and countries implied by unambiguous toponyms);
- coherence with the other toponyms of the article (candidates near the others).
The score is the softmax share of the winner, damped when its evidence is thin: a low score says
"this is a guess".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from sitrep.geo.gazetteer import Candidate, Gazetteer
from sitrep.geo.names import ADMIN_WORDS, normalise_name
from sitrep.geo.sources import demonyms
from sitrep.model import Place

_ADMIN_AFTER = re.compile(r"^\s+(" + "|".join(sorted(ADMIN_WORDS, key=len, reverse=True)) + r")\b", re.I)
_ADMIN_OF_BEFORE = re.compile(r"\b(region|province|oblast|governorate|state|district)\s+of\s+(the\s+)?$", re.I)
_CITY_OF_BEFORE = re.compile(r"\b(city|town|village|settlement|port|hamlet)\s+of\s+(the\s+)?$", re.I)
_CITY_BEFORE = re.compile(r"\b(city|town|village|settlement|hamlet)\s+$", re.I)
# Between a place and the place that contains it: "Sudzha, in", "Sudzha in the", "Paris, ".
_CONTAINED_GAP = re.compile(r"^\s*,?\s*(?:(?:in|of)\s+)?(?:the\s+)?$", re.I)
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:the\s+)?$")
_DIRECTION = re.compile(
    r"^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|upper|lower)\s+",
    re.I,
)
_LEADING_THE = re.compile(r"^the\s+", re.I)
_TRAILING_ADMIN = re.compile(r"\s+(" + "|".join(sorted(ADMIN_WORDS, key=len, reverse=True)) + r")$", re.I)

MAX_CANDIDATES = 30
SHARPNESS = 2.0  # softmax temperature of the score: evidence points are coarse, so sharpen them
FEATURE_PRIOR = {"country": 5.0, "continent": 4.5, "water": 4.0, "region": 4.0, "admin1": 3.0, "admin2": 1.5}


@dataclass(slots=True)
class MentionEvidence:
    start: int
    end: int
    text: str
    lookup: str
    hint: str | None = None
    candidates: tuple[Candidate, ...] = ()
    containers: list[int] = field(default_factory=list)  # indexes of mentions stated to contain this one
    focus_votes: Counter[str] = field(default_factory=Counter)  # this mention's share of the country focus


def _prior(candidate: Candidate) -> float:
    if candidate.feature == "city":
        base = 0.6 * math.log10(candidate.population + 1)
        if candidate.fcode == "PPLC" and candidate.name_kind == 0:
            base += 1.5  # a national capital ("Washington") is what a bare name means in news
    else:
        base = FEATURE_PRIOR.get(candidate.feature, 0.8)
        if candidate.feature == "admin1":
            base += 0.08 * math.log10(candidate.population + 1)
    return base - (0.8 if candidate.name_kind == 2 else 0.1 * candidate.name_kind)


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _contains(outer: Candidate, inner: Candidate) -> bool | None:
    """True/False when containment can be judged from the index, None when it cannot."""
    if outer.id == inner.id:
        return None
    if outer.feature == "country":
        return inner.country2 == outer.country2 if inner.country2 else None
    if outer.feature in {"admin1"}:
        if inner.country2 != outer.country2:
            return False
        return inner.admin1 == outer.admin1 if inner.admin1 else None
    if outer.feature in {"admin2", "region"}:
        return _distance_km((outer.lat, outer.lon), (inner.lat, inner.lon)) < 150
    return None


class Resolver:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.demonyms = demonyms()

    def evidence(
        self, text: str, spans: list[tuple[int, int]], hints: list[str | None] | None = None
    ) -> list[MentionEvidence]:
        mentions: list[MentionEvidence] = []
        for index, (start, end) in enumerate(spans):
            surface = text[start:end]
            hint = hints[index] if hints else None
            lookup, hint = self._lookup_name(text, start, end, surface, hint)
            mention = MentionEvidence(start, end, surface, lookup, hint)
            # Names such as "Washington" have hundreds of entries; the long tail never wins.
            mention.candidates = tuple(
                sorted(self._candidates(lookup, surface), key=_prior, reverse=True)[:MAX_CANDIDATES]
            )
            mentions.append(mention)
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        for position, i in enumerate(order):
            for j in order[position + 1 : position + 3]:
                gap = text[mentions[i].end : mentions[j].start]
                if _CONTAINED_GAP.match(gap):
                    mentions[i].containers.append(j)  # "Sudzha, in Kursk", "Paris, Texas"
                elif _POSSESSIVE_GAP.match(gap):
                    mentions[j].containers.append(i)  # "Russia's Kursk region"
                if gap.strip(" ,") and not _POSSESSIVE_GAP.match(gap):
                    break
        # "Sudzha, in Russia's Kursk region": Russia contains Kursk, which contains Sudzha.
        for mention in mentions:
            for j in list(mention.containers):
                mention.containers.extend(k for k in mentions[j].containers if k not in mention.containers)
        return mentions

    def _lookup_name(self, text: str, start: int, end: int, surface: str, hint: str | None) -> tuple[str, str | None]:
        lookup = _LEADING_THE.sub("", surface.strip())
        trailing = _TRAILING_ADMIN.search(lookup)
        if trailing and trailing.start() > 0:
            hint = hint or "admin1"
        if hint is None:
            before = text[max(0, start - 40) : start]
            if _ADMIN_AFTER.match(text[end : end + 20]) or _ADMIN_OF_BEFORE.search(before):
                hint = "admin1"
            elif _CITY_OF_BEFORE.search(before) or _CITY_BEFORE.search(before):
                hint = "city"
        return lookup, hint

    def _candidates(self, lookup: str, surface: str) -> tuple[Candidate, ...]:
        found = self.gazetteer.candidates(lookup)
        if found:
            # "Canadian" is a town in Texas, but as a given span it names Canada.
            return found + tuple(c for c in self._demonym(lookup) if c not in found)
        trailing = _TRAILING_ADMIN.search(lookup)
        if trailing and trailing.start() > 0:
            return self.gazetteer.candidates(lookup[: trailing.start()])
        if lookup.endswith(("'s", "’s")):
            return self.gazetteer.candidates(lookup[:-2])
        direction = _DIRECTION.match(lookup)
        if direction and direction.end() < len(lookup):
            # "Western Cambodia", "southern Lebanon": the part of a place is placed at the place.
            return self.gazetteer.candidates(lookup[direction.end() :])
        return self._demonym(lookup)

    def _demonym(self, lookup: str) -> tuple[Candidate, ...]:
        """A given span such as "Russian" or "Europeans" names its country or continent."""
        key = normalise_name(lookup)
        code = self.demonyms.get(key) or (self.demonyms.get(key[:-1]) if key.endswith("s") else None)
        if code is None:
            return ()
        if code.startswith("@"):
            return tuple(c for c in self.gazetteer.candidates(code[1:]) if c.feature == "continent")
        country = self.gazetteer.country(code)
        return (country,) if country is not None else ()

    def resolve(self, text: str, spans: list[tuple[int, int]], hints: list[str | None] | None = None) -> list[Place]:
        mentions = self.evidence(text, spans, hints)
        first = [self._rank(m, mentions, None, {}) for m in mentions]
        focus = self._country_focus(mentions, first)
        tops = {i: ranked[0][1] for i, ranked in enumerate(first) if ranked}
        second = [self._rank(m, mentions, focus, tops, self_index=i) for i, m in enumerate(mentions)]
        tops = {i: ranked[0][1] for i, ranked in enumerate(second) if ranked}
        final = [self._rank(m, mentions, focus, tops, self_index=i) for i, m in enumerate(mentions)]
        return [self._place(m, ranked) for m, ranked in zip(mentions, final, strict=True)]

    def _country_focus(
        self, mentions: list[MentionEvidence], ranked: list[list[tuple[float, Candidate]]]
    ) -> Counter[str]:
        """Weight of each country among the article's toponyms, by how sure each one is.

        Each mention's own contribution is kept on the mention, so that its focus can leave it
        out: "Georgia" must not vote for the country Georgia when deciding what "Georgia" is.
        """
        weights: Counter[str] = Counter()
        for mention, options in zip(mentions, ranked, strict=True):
            mention_weights: Counter[str] = Counter()
            if options:
                top = options[0][0]
                total = sum(math.exp(s - top) for s, _ in options)
                for s, candidate in options:
                    if candidate.country2:
                        mention_weights[candidate.country2] += math.exp(s - top) / total
            mention.focus_votes = mention_weights
            weights.update(mention_weights)
        return weights

    @staticmethod
    def _focus_without(focus: Counter[str], mention: MentionEvidence, country: str | None) -> float:
        if not country:
            return 0.0
        own = mention.focus_votes
        total = sum(focus.values()) - sum(own.values())
        if total <= 1e-9:
            return 0.0
        return (focus.get(country, 0.0) - own.get(country, 0.0)) / total

    def _rank(
        self,
        mention: MentionEvidence,
        mentions: list[MentionEvidence],
        focus: Counter[str] | None,
        tops: dict[int, Candidate],
        self_index: int | None = None,
    ) -> list[tuple[float, Candidate]]:
        if not mention.candidates:
            return []
        cities = {(c.country2, c.admin1) for c in mention.candidates if c.feature == "city" and c.population >= 20_000}
        anchors = _anchors(tops)
        # Admin1 regions the article names ("Georgia", "Kursk region"): places inside them gain.
        regions_named = {
            (other.country2, other.admin1)
            for index, other in tops.items()
            if index != self_index and other.feature == "admin1"
        }
        countries_held = {
            other.country2 for index, other in tops.items() if index != self_index and other.feature != "country"
        }
        scored = []
        for candidate in mention.candidates:
            score = _prior(candidate)
            if mention.hint == "admin1":
                score += 2.5 if candidate.feature == "admin1" else (-1.5 if candidate.feature == "city" else 0.0)
            elif mention.hint == "city":
                score += 1.5 if candidate.feature == "city" else -2.0
            elif candidate.feature == "admin1" and (candidate.country2, candidate.admin1) in cities:
                score -= 1.5  # "Kursk" alone is the city; its namesake region needs "region"
            if focus:
                score += 2.5 * self._focus_without(focus, mention, candidate.country2)
            for j in mention.containers:
                outer = tops.get(j)
                if outer is None:
                    continue
                inside = _contains(outer, candidate)
                if inside is True:
                    score += 3.0
                elif inside is False:
                    score -= 1.5
            if tops and candidate.feature in {"city", "admin2", "admin1"}:
                score += self._coherence(candidate, anchors, self_index)
                if candidate.feature != "admin1" and (candidate.country2, candidate.admin1) in regions_named:
                    score += 1.0
            elif tops and candidate.feature == "country" and candidate.country2 in countries_held:
                score += 1.5  # a country that holds the article's other places ("Mexico" beside "Tijuana")
            scored.append((score, candidate))
        scored.sort(key=lambda pair: (-pair[0], -pair[1].population))
        return scored

    @staticmethod
    def _coherence(
        candidate: Candidate, anchors: list[tuple[int, float, float, frozenset[int]]], self_index: int | None
    ) -> float:
        """Bonus for being near the other toponyms' current choices (city, admin1, admin2 only)."""
        nearest = math.inf
        cos_lat = math.cos(math.radians(candidate.lat))
        for place_id, lat, lon, indexes in anchors:
            if place_id == candidate.id or indexes == {self_index}:
                continue
            # Equirectangular distance: exact enough below a few hundred kilometres.
            nearest = min(nearest, 111.2 * math.hypot(lat - candidate.lat, (lon - candidate.lon) * cos_lat))
        if nearest < 50:
            return 1.5
        if nearest < 150:
            return 1.0
        if nearest < 400:
            return 0.4
        return 0.0

    @staticmethod
    def _place(mention: MentionEvidence, ranked: list[tuple[float, Candidate]]) -> Place:
        place = Place(text=mention.text, start=mention.start, end=mention.end)
        if not ranked:
            return place
        best_score, best = ranked[0]
        total = sum(math.exp(SHARPNESS * (s - best_score)) for s, _ in ranked)
        share = 1.0 / total
        # Thin evidence (a village known only by an alternate spelling) keeps a low score.
        strength = 1.0 / (1.0 + math.exp(-(best_score - 1.0)))
        place.name = best.name
        place.geonameid = best.geonameid
        place.lat = round(best.lat, 5)
        place.lon = round(best.lon, 5)
        place.country = best.country3
        place.admin1 = best.admin1_name if best.feature != "admin1" else best.name
        place.feature = best.feature
        place.score = round(share * strength, 3)
        return place


def normalised(text: str) -> str:
    return normalise_name(text)


def _anchors(tops: dict[int, Candidate]) -> list[tuple[int, float, float, frozenset[int]]]:
    """The distinct places currently chosen for the article's local toponyms, with who chose them."""
    chosen: dict[int, tuple[Candidate, set[int]]] = {}
    for index, candidate in tops.items():
        if candidate.feature in {"city", "admin2", "admin1"}:
            chosen.setdefault(candidate.id, (candidate, set()))[1].add(index)
    return [(c.id, c.lat, c.lon, frozenset(indexes)) for c, indexes in chosen.values()]
