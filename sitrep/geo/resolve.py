"""Toponym resolution: pick the gazetteer entry each mention refers to, with a score.

Evidence, added up per candidate:
- a prior by feature and population (a country over an admin1 region over a big city over a
  village), and by how the name matched (the entry's own name over an alternate spelling);
- the feature the wording implies ("Kharkiv region" -> admin1, "the town of Sudzha" -> city);
- containment stated in the text ("Sudzha, in Russia's Kursk region"; "Paris, Texas"), also by a state or
  country after a comma that is not itself a given span ("Springfield, Ill.");
- a name that is a country's own name means the country unless the text places a namesake town;
- the article's country focus (countries named, and countries implied by unambiguous toponyms), and its
  admin1 focus between namesakes in one country (the state where the article's other places are);
- coherence with the other toponyms of the article (candidates near the others).
Repeats of one name are no evidence for one another (focus and coherence leave them all out), and all
mentions of one name in an article get one place, from their pooled evidence.
The score is the softmax share of the winner, damped when its evidence is thin: a low score says
"this is a guess".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from sitrep.geo.descriptive import FOCUS_COUNTRY, actor_countries, is_focus_capital
from sitrep.geo.gazetteer import Candidate, Gazetteer
from sitrep.geo.names import ADMIN_WORDS, admin_hint, normalise_name
from sitrep.geo.not_places import STREET_NOUNS
from sitrep.geo.sources import demonyms, news_prominence, region_codes
from sitrep.geo.sub_places import placed_at_container, unknown_in_container
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
# "the southern Russian city of Rostov", "the Syrian border town of Azaz": a national adjective before the
# settlement word states the country.
_DEMONYM_SETTLEMENT = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:(?:port|border|frontline|front-line|coastal|industrial|northern|southern|eastern|"
    r"western|central|north-?eastern|north-?western|south-?eastern|south-?western|besieged|occupied)\s+){0,2}"
    r"(?:city|town|village|settlement|port|region|province|district|oblast|governorate)\s+of\s+(?:the\s+)?$"
)
_COMMA_NAME = re.compile(r",\s*((?:[A-Z][\w'.]*)(?:\s+[A-Z][\w'.]*){0,2})")
_EXPANSIONS = {"st": "Saint", "ste": "Sainte", "ft": "Fort", "mt": "Mount", "pt": "Point"}
_ABBREVIATED = re.compile(r"\b(St|Ste|Ft|Mt|Pt)\.?\s+", re.I)
_REGION_CODE = re.compile(r"^[A-Z]{2,3}$")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_TRAILING_ADMIN = re.compile(r"\s+(" + "|".join(sorted(ADMIN_WORDS, key=len, reverse=True)) + r")$", re.I)

MAX_CANDIDATES = 30
SHARPNESS = 2.0  # softmax temperature of the score: evidence points are coarse, so sharpen them
# "Kursk region" prefers the admin1 region; "Knox County" the admin2 one, then an admin1 called a county.
HINTED_ADMIN = {
    "admin1": {"admin1": 2.5, "city": -1.5},
    "admin2": {"admin2": 2.5, "admin1": 1.5, "city": -1.5},
}
# "Kursk" alone is the city; its namesake region needs "region". Likewise "Dnipro" without "the" is the
# city: English names a river or sea with "the" ("the Dnipro", "the Nile").
CITY_OVER_NAMESAKE_REGION = 1.5
CITY_OVER_REGION_POPULATION = 20_000  # a town this large, inside its namesake region, is what the bare name means
CITY_OVER_BARE_WATER = 2.0
CITY_REACH_KM = 30.0  # a place this close to a city stated as its container lies in it
COHERENCE = 1.0  # scale of the nearness bonus (1.5 points within 50 km)
# Penalty of a town named like a country, without a stated container: decisive, since the article's
# focus alone must not turn "their home in China" into China, Texas in a story set in Texas (1.0 until
# the fourth session, which the US focus and coherence of such a story outweighed).
COUNTRY_NAMESAKE = 1.0
# ... and when the article also names the country's people ("Chinese" beside "China"), the town must be
# stated outright: without this, a Texas story's "their home in China" became China, Texas. Not made the
# rule everywhere: in US local news (LGL) the bare "Lebanon" or "Mexico" is often the nearby town
# (5.0 everywhere: GWN +0.4 points, LGL -0.3 within 161 km; measured 28 Nov 2026).
COUNTRY_NAMESAKE_WITH_PEOPLE = 5.0
COUNTRY_FOCUS = 2.5  # at most: every other toponym of the article is in the candidate's country
POPULATION_WEIGHT = 0.5  # points per tenfold population of a city (0.6 until 27 Nov 2026: size outweighed context)
REGION_FOCUS = 2.0  # at most: every other local toponym of the article lies in the candidate's admin1 region
_LOCAL = frozenset({"city", "admin2", "admin1"})
NEAR_CAPITAL_CHARS = 250  # "the capital" takes the country of a town named this close before it
FIRM_NEAR_SHARE = 0.8  # ... when that town's first reading puts at least this share of it in one country
# A bare "the capital" takes the story's country only when it outweighs the next by this factor; a story
# split between two countries (a summit, a war) leaves "the capital" unresolved.
DOMINANT_FOCUS_RATIO = 2.0
FEATURE_PRIOR = {
    "country": 5.0,
    "continent": 4.5,
    "water": 4.0,
    "region": 4.0,
    "landmark": 4.0,  # a seat of government under its own name beats towns' other names ("White House")
    "terrain": 3.5,  # a mountain range ("the Alps") over a village named for it
    "admin1": 3.0,
    "admin2": 1.5,
}
# Building and religious nouns that are also towns' names (Temple, Texas; Mosque, Egypt): a span the
# index does not know that starts with one names a site ("Temple Mount", "Church Street"), not a place
# in that town. Landform words ("Fort", "Lake", "Mount") are left out: they begin real places' names.
COMMON_NOUN_HEADS = frozenset(
    {
        "temple", "church", "mosque", "cathedral", "chapel", "shrine", "synagogue", "monastery", "abbey",
        "palace", "castle", "tower", "gate", "market", "bridge", "hospital", "school", "college",
        "university", "prison", "station", "square", "park", "garden", "house", "hall", "court",
    }
)  # fmt: skip
# "Gaza" in the news is the Palestinian city, not Mozambique's Gaza Province: a documented bonus for places
# that conflict reporting names far more often than their namesakes (less than a country focus is worth).
PROMINENCE = news_prominence()


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
    region_votes: Counter[tuple[str, str]] = field(default_factory=Counter)  # ... and of the admin1 focus
    # Indexes of the mentions with this one's name ("Alexandria" three times): repeats are no evidence
    # for one another, so focus and coherence leave them all out.
    same_name: frozenset[int] = frozenset()
    partial: bool = False  # placed by a part of its name only
    # A state or country written after a comma but not given as a span: "Springfield, Ill.".
    stated_in: tuple[Candidate, ...] = ()
    # A descriptive capital ("the Ukrainian capital"): its country, or FOCUS_COUNTRY for "the capital".
    capital_of: str | None = None
    after_the: bool = False  # "the Dnipro" (a river) rather than "Dnipro" (the city)
    country_people_named: bool = False  # the article names the people of the country so called ("Chinese")


def _prior(candidate: Candidate) -> float:
    if candidate.feature == "city":
        base = POPULATION_WEIGHT * math.log10(candidate.population + 1)
        if candidate.fcode == "PPLC" and candidate.name_kind == 0:
            base += 1.5  # a national capital ("Washington") is what a bare name means in news
    else:
        base = FEATURE_PRIOR.get(candidate.feature, 0.8)
        if candidate.feature == "admin1":
            base += 0.08 * math.log10(candidate.population + 1)
    base += PROMINENCE.get(candidate.geonameid or 0, 0.0)
    return base - (0.8 if candidate.name_kind == 2 else 0.1 * candidate.name_kind)


def _seat_of(city: Candidate, region: Candidate) -> bool:
    """The city lies in the region: by its admin1 code, or within 150 km of the region's point when the city
    is a region of its own ("Kyiv" is Kyiv City, not in Kyiv Oblast by code, but in the middle of it)."""
    if city.country2 != region.country2:
        return False
    if city.admin1 == region.admin1:
        return True
    return _distance_km((city.lat, city.lon), (region.lat, region.lon)) < 150


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
    if outer.feature == "city" and inner.feature == "city":
        # a district of a city lies within its reach ("Brooklyn, New York"); farther away says nothing
        return True if _distance_km((outer.lat, outer.lon), (inner.lat, inner.lon)) < CITY_REACH_KM else None
    return None


class Resolver:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.demonyms = demonyms()
        self._people_pattern: dict[str, re.Pattern[str] | None] = {}  # country -> its demonyms, compiled lazily
        self.region_codes = region_codes()

    def evidence(
        self,
        text: str,
        spans: list[tuple[int, int]],
        hints: list[str | None] | None = None,
        capitals: list[str | None] | None = None,
    ) -> list[MentionEvidence]:
        mentions: list[MentionEvidence] = []
        for index, (start, end) in enumerate(spans):
            surface = text[start:end]
            hint = hints[index] if hints else None
            capital_of = capitals[index] if capitals else None
            if capital_of is not None:
                mentions.append(self._capital_mention(start, end, surface, capital_of))
                continue
            lookup, hint = self._lookup_name(text, start, end, surface, hint)
            mention = MentionEvidence(start, end, surface, lookup, hint)
            mention.after_the = surface[:4].lower() == "the " or text[max(0, start - 4) : start].lower() == "the "
            # Names such as "Washington" have hundreds of entries; the long tail never wins.
            found = self._candidates(lookup, surface)
            if not found:
                # Placed by its leading words only ("Texas A&M University"): said with a lower score.
                found = self._leading_place(lookup)
                mention.partial = bool(found)
            mention.candidates = tuple(sorted(found, key=_prior, reverse=True)[:MAX_CANDIDATES])
            mention.country_people_named = self._names_country_people(text, mention.candidates)
            mentions.append(mention)
        by_name: dict[str, list[int]] = {}
        for index, mention in enumerate(mentions):
            by_name.setdefault(normalise_name(mention.lookup), []).append(index)
        for indexes in by_name.values():
            for index in indexes:
                mentions[index].same_name = frozenset(indexes)
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        for position, i in enumerate(order):
            for j in order[position + 1 : position + 3]:
                gap = text[mentions[i].end : mentions[j].start]
                if _CONTAINED_GAP.match(gap) and not _names_a_country(mentions[i]):
                    # "Sudzha, in Kursk", "Paris, Texas"; not "Iraq, Iran, Syria": a country by its own name
                    # lies in no other place, so a name after its comma is the next of a list
                    mentions[i].containers.append(j)
                elif _POSSESSIVE_GAP.match(gap):
                    mentions[j].containers.append(i)  # "Russia's Kursk region"
                if gap.strip(" ,") and not _POSSESSIVE_GAP.match(gap):
                    break
        starts = {m.start for m in mentions}
        for mention in mentions:
            if not mention.containers:
                mention.stated_in = self._stated_container(text, mention.end, starts) or self._demonym_country(
                    text, mention.start
                )
        # "Sudzha, in Russia's Kursk region": Russia contains Kursk, which contains Sudzha.
        for mention in mentions:
            for j in list(mention.containers):
                mention.containers.extend(k for k in mentions[j].containers if k not in mention.containers)
        return mentions

    def _names_country_people(self, text: str, candidates: tuple[Candidate, ...]) -> bool:
        """Whether the text names the people of a country that one of ``candidates`` is by its own name.
        Only names that are a country's are searched, so an article pays for a few regex scans at most."""
        for candidate in candidates:
            if candidate.feature != "country" or candidate.name_kind != 0 or not candidate.country2:
                continue
            code = candidate.country2
            if code not in self._people_pattern:
                words = sorted(word for word, country in self.demonyms.items() if country == code)
                self._people_pattern[code] = (
                    re.compile(r"\b(?:" + "|".join(re.escape(w.title()) for w in words) + r")s?\b") if words else None
                )
            pattern = self._people_pattern[code]
            if pattern is not None and pattern.search(text):
                return True
        return False

    def _capital_mention(self, start: int, end: int, surface: str, country: str) -> MentionEvidence:
        """ "the Ukrainian capital" has one candidate, Kyiv; "the capital" gets its candidate once the
        article's country focus is known (``_capitals_of_focus``)."""
        capital = self.gazetteer.capital(country) if not is_focus_capital(country) else None
        lookup = capital.name if capital is not None else f"{FOCUS_COUNTRY}capital"
        candidates = (capital,) if capital is not None else ()
        return MentionEvidence(start, end, surface, lookup, "city", candidates, capital_of=country)

    def _capitals_of_focus(
        self, mentions: list[MentionEvidence], focus: Counter[str], first: list[list[tuple[float, Candidate]]]
    ) -> None:
        """ "the capital": the capital of the country of a town or region named just before it ("officials in
        Kabul ... a school in the capital"), else of the country the article's other toponyms are mostly in
        (which a story full of "U.S. troops" would tilt to Washington)."""
        waiting = [m for m in mentions if is_focus_capital(m.capital_of)]
        if not waiting:
            return
        story = _dominant_country(focus)
        for mention in waiting:
            country = self._country_named_just_before(mentions, first, mention)
            if country is None:
                country = _capital_country(story, actor_countries(mention.capital_of or ""))
            capital = self.gazetteer.capital(country) if country else None
            if capital is not None:
                mention.candidates = (capital,)

    @staticmethod
    def _country_named_just_before(
        mentions: list[MentionEvidence], first: list[list[tuple[float, Candidate]]], mention: MentionEvidence
    ) -> str | None:
        nearest: MentionEvidence | None = None
        country = None
        for other, ranked in zip(mentions, first, strict=True):
            if not ranked or other.end > mention.start or mention.start - other.end > NEAR_CAPITAL_CHARS:
                continue
            top = ranked[0][1]
            if top.feature in _LOCAL and top.country2 and (nearest is None or other.end > nearest.end):
                nearest, country = other, top.country2
        if nearest is None or country is None:
            return None
        # "Protesters in Georgia ... in the capital": a name read as a US state only just ahead of the
        # country says nothing sure about whose capital follows.
        votes = nearest.focus_votes
        total = sum(votes.values())
        return country if total and votes.get(country, 0.0) / total >= FIRM_NEAR_SHARE else None

    def _demonym_country(self, text: str, start: int) -> tuple[Candidate, ...]:
        """The country (or US state) of "the Russian city of X": a national adjective before the settlement word."""
        match = _DEMONYM_SETTLEMENT.search(text, max(0, start - 80), start)
        if match is None:
            return ()
        code = self.demonyms.get(normalise_name(match.group(1)))
        if code is None or code.startswith("@"):
            return ()  # not a national adjective, or a continent's ("European")
        # "the Texan town of Paris": a state's adjective states the state.
        region = self.gazetteer.admin1(*code.split(".", 1)) if "." in code else self.gazetteer.country(code)
        return (region,) if region is not None else ()

    def _stated_container(self, text: str, end: int, starts: set[int]) -> tuple[Candidate, ...]:
        """The admin1 regions or countries named right after ", " ("Paris, Texas"; "Springfield, Ill.")."""
        match = _COMMA_NAME.match(text, end, end + 40)
        if match is None or match.start(1) in starts:
            return ()
        words = match.group(1).split()
        for size in range(len(words), 0, -1):  # "New York" before "New"
            found = tuple(
                c
                for c in self.gazetteer.candidates(" ".join(words[:size]))
                if c.feature in {"admin1", "country"} and c.name_kind <= 1
            )
            if found:
                return found
        return ()

    def _lookup_name(self, text: str, start: int, end: int, surface: str, hint: str | None) -> tuple[str, str | None]:
        lookup = _LEADING_THE.sub("", surface.strip())
        trailing = _TRAILING_ADMIN.search(lookup)
        if trailing and trailing.start() > 0:
            hint = hint or admin_hint(trailing.group(1))
        if hint is None:
            before = text[max(0, start - 40) : start]
            after = _ADMIN_AFTER.match(text[end : end + 20])
            if after:
                hint = admin_hint(after.group(1))
            elif _ADMIN_OF_BEFORE.search(before):
                hint = "admin1"
            elif _CITY_OF_BEFORE.search(before) or _CITY_BEFORE.search(before):
                hint = "city"
        return lookup, hint

    def _candidates(self, lookup: str, surface: str) -> tuple[Candidate, ...]:
        found = self.gazetteer.candidates(lookup)
        if found:
            # "Canadian" is a town in Texas, but as a given span it names Canada; "WA" is Wa in Ghana,
            # but written in capitals it is a state.
            extra = self._demonym(lookup) + self._region_code(lookup)
            return found + tuple(c for c in extra if c not in found)
        trailing = _TRAILING_ADMIN.search(lookup)
        if trailing and trailing.start() > 0:
            return self.gazetteer.candidates(lookup[: trailing.start()])
        if lookup.endswith(("'s", "’s")):
            return self.gazetteer.candidates(lookup[:-2])
        direction = _DIRECTION.match(lookup)
        if direction and direction.end() < len(lookup):
            # "Western Cambodia", "southern Lebanon": the part of a place is placed at the place.
            return self.gazetteer.candidates(lookup[direction.end() :])
        regions = self._region_code(lookup)
        if regions:
            return regions
        expanded = _ABBREVIATED.sub(lambda m: _EXPANSIONS[m.group(1).lower()] + " ", lookup)
        if expanded != lookup:  # "St. Clair County" is "Saint Clair County" in GeoNames
            found = self.gazetteer.candidates(expanded)
            if found:
                return found
        return self._demonym(lookup)

    def _region_code(self, lookup: str) -> tuple[Candidate, ...]:
        """A given span "TX", "B.C." or "NSW" is a region; the index leaves such codes out ("IN", "ON")."""
        code = lookup.replace(".", "")
        if not _REGION_CODE.match(code) or code not in self.region_codes:
            return ()
        regions = (self.gazetteer.admin1(cc, admin1) for cc, admin1 in self.region_codes[code])
        return tuple(region for region in regions if region is not None)

    def _leading_place(self, lookup: str) -> tuple[Candidate, ...]:
        """A multi-word span the index does not know, named for a place: "Texas A&M University",
        "Islamabad High Court", "Red River Valley". The longest leading run of words that is a place's
        own or official name stands for it. Measured on GWN and LGL, this is right about as often as
        wrong for the span itself, but the place it gives anchors the article's other toponyms
        (coherence, region focus) and gains overall; its score stays low (thin evidence)."""
        words = lookup.split()
        if words and words[0].casefold() in COMMON_NOUN_HEADS:
            return ()  # "Temple Mount", "Church Street": the word is a noun here, not the town Temple, Texas
        if len(words) > 1 and words[-1].casefold() in STREET_NOUNS:
            # "Wall Street", "Pennsylvania Avenue" as one span: a street of some city, not the town Wall, South Dakota.
            return ()
        for size in range(len(words) - 1, 0, -1):
            head = " ".join(words[:size])
            if not head[:1].isupper():
                break
            found = tuple(c for c in self.gazetteer.candidates(head) if c.name_kind <= 1)
            if found:
                return found
        return ()

    def _demonym(self, lookup: str) -> tuple[Candidate, ...]:
        """A given span such as "Russian" or "Europeans" names its country or continent."""
        key = normalise_name(lookup)
        code = self.demonyms.get(key) or (self.demonyms.get(key[:-1]) if key.endswith("s") else None)
        if code is None:
            return ()
        if "." in code:  # "Texan" -> US.TX, a state
            region = self.gazetteer.admin1(*code.split(".", 1))
            return (region,) if region is not None else ()
        if code.startswith("@"):
            return tuple(c for c in self.gazetteer.candidates(code[1:]) if c.feature in {"continent", "region"})
        country = self.gazetteer.country(code)
        return (country,) if country is not None else ()

    def resolve(
        self,
        text: str,
        spans: list[tuple[int, int]],
        hints: list[str | None] | None = None,
        capitals: list[str | None] | None = None,
    ) -> list[Place]:
        """``capitals``: per span, the ISO2 country of a descriptive capital ("the Ukrainian capital"),
        FOCUS_COUNTRY for "the capital", None for a toponym."""
        mentions = self.evidence(text, spans, hints, capitals)
        first = [self._rank(m, mentions, None, {}) for m in mentions]
        focus = self._country_focus(mentions, first)
        self._capitals_of_focus(mentions, focus, first)
        tops = {i: ranked[0][1] for i, ranked in enumerate(first) if ranked}
        anchors = _anchors(tops)  # once per round: each mention's rank leaves out its own
        second = [self._rank(m, mentions, focus, tops, i, anchors=anchors) for i, m in enumerate(mentions)]
        # The admin1 focus is read from the second round, once the country focus has settled
        # which "Springfield" and "Jackson" the article means.
        regions = self._region_focus(mentions, second)
        tops = {i: ranked[0][1] for i, ranked in enumerate(second) if ranked}
        anchors = _anchors(tops)
        final = [self._rank(m, mentions, focus, tops, i, regions, anchors) for i, m in enumerate(mentions)]
        final = _one_sense_per_name(mentions, final)
        places = [self._place(m, ranked) for m, ranked in zip(mentions, final, strict=True)]
        return _districts_in_their_containers(mentions, final, places)

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
        _pool_same_name(mentions, "focus_votes")
        return weights

    @staticmethod
    def _region_focus(
        mentions: list[MentionEvidence], ranked: list[list[tuple[float, Candidate]]]
    ) -> Counter[tuple[str, str]]:
        """Weight of each admin1 region (a US state, a province) among the article's local toponyms."""
        weights: Counter[tuple[str, str]] = Counter()
        for mention, options in zip(mentions, ranked, strict=True):
            votes: Counter[tuple[str, str]] = Counter()
            if options:
                top = options[0][0]
                total = sum(math.exp(s - top) for s, _ in options)
                for s, candidate in options:
                    if candidate.country2 and candidate.admin1 and candidate.feature in _LOCAL:
                        votes[(candidate.country2, candidate.admin1)] += math.exp(s - top) / total
            mention.region_votes = votes
            weights.update(votes)
        _pool_same_name(mentions, "region_votes")
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
        regions: Counter[tuple[str, str]] | None = None,
        anchors: list[tuple[int, float, float, frozenset[int]]] | None = None,
    ) -> list[tuple[float, Candidate]]:
        if not mention.candidates:
            return []
        cities = [c for c in mention.candidates if c.feature == "city" and c.population >= CITY_OVER_REGION_POPULATION]
        big_city = any(c.population >= 100_000 for c in cities)
        if anchors is None:
            anchors = _anchors(tops)
        # Local namesakes per country: the admin1 focus decides between "Springfield, Ill." and
        # "Springfield, Mo.", not between a town abroad and one at home (the country focus does that).
        namesakes = Counter(c.country2 for c in mention.candidates if c.feature in {"city", "admin2"})
        # Leave-one-out: the mention's own votes do not count towards its region focus.
        region_total = sum(regions.values()) - sum(mention.region_votes.values()) if regions else 0.0
        if region_total <= 1e-9:
            regions = None
        # Admin1 regions the article names ("Georgia", "Kursk region"): places inside them gain.
        regions_named = {
            (other.country2, other.admin1)
            for index, other in tops.items()
            if index != self_index and other.feature == "admin1"
        }
        countries_held = {
            other.country2 for index, other in tops.items() if index != self_index and other.feature != "country"
        }
        # "China", "Lebanon", "Mexico" are also small towns (in the US, Maine, Missouri): a name that is
        # a country's own or official name means the country unless the text places it ("Mexico, Mo.").
        country_named = (
            not mention.stated_in
            and not mention.containers
            and mention.hint is None
            and any(c.feature == "country" and c.name_kind == 0 for c in mention.candidates)
        )
        scored = []
        for candidate in mention.candidates:
            score = _prior(candidate)
            if country_named and candidate.feature in {"city", "admin2"}:
                score -= COUNTRY_NAMESAKE_WITH_PEOPLE if mention.country_people_named else COUNTRY_NAMESAKE
            if mention.hint in {"admin1", "admin2"}:
                score += HINTED_ADMIN[mention.hint].get(candidate.feature, 0.0)
            elif mention.hint == "city":
                score += 1.5 if candidate.feature == "city" else -2.0
            elif candidate.feature == "admin1" and any(_seat_of(city, candidate) for city in cities):
                score -= CITY_OVER_NAMESAKE_REGION
            elif candidate.feature == "water" and not mention.after_the and big_city:
                score -= CITY_OVER_BARE_WATER
            if focus:
                score += COUNTRY_FOCUS * self._focus_without(focus, mention, candidate.country2)
            if (
                regions
                and candidate.feature in {"city", "admin2"}
                and candidate.admin1
                and namesakes[candidate.country2] > 1
            ):
                region = (candidate.country2 or "", candidate.admin1)
                score += (
                    REGION_FOCUS * (regions.get(region, 0.0) - mention.region_votes.get(region, 0.0)) / region_total
                )
            if mention.stated_in:
                inside_any = [_contains(outer, candidate) for outer in mention.stated_in]
                if True in inside_any:
                    score += 3.0
                elif False in inside_any:
                    score -= 1.5
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
                score += COHERENCE * self._coherence(candidate, anchors, mention.same_name)
                if candidate.feature != "admin1" and (candidate.country2, candidate.admin1) in regions_named:
                    score += 1.0
            elif tops and candidate.feature == "country" and candidate.country2 in countries_held:
                score += 1.5  # a country that holds the article's other places ("Mexico" beside "Tijuana")
            scored.append((score, candidate))
        scored.sort(key=lambda pair: (-pair[0], -pair[1].population))
        return scored

    @staticmethod
    def _coherence(
        candidate: Candidate, anchors: list[tuple[int, float, float, frozenset[int]]], same_name: frozenset[int]
    ) -> float:
        """Bonus for being near the other toponyms' current choices (city, admin1, admin2 only); a place
        chosen only by mentions of the same name is no anchor."""
        nearest = math.inf
        cos_lat = math.cos(math.radians(candidate.lat))
        for place_id, lat, lon, indexes in anchors:
            if place_id == candidate.id or indexes <= same_name:
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
        damping = 0.5 if mention.partial else 0.7 if is_focus_capital(mention.capital_of) else 1.0
        place.score = round(share * strength * damping, 3)
        return place


def _names_a_country(mention: MentionEvidence) -> bool:
    """ "Iraq": a name that is a country's own (not only another name of a town, such as Arak's)."""
    return any(c.feature == "country" and c.name_kind == 0 for c in mention.candidates)


def _dominant_country(focus: Counter[str]) -> str | None:
    """The article's country when it clearly outweighs every other (``DOMINANT_FOCUS_RATIO``), else None."""
    ranked = focus.most_common(2)
    if not ranked or ranked[0][1] <= 0:
        return None
    if len(ranked) == 2 and ranked[0][1] < DOMINANT_FOCUS_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]


def _capital_country(story: str | None, actors: frozenset[str]) -> str | None:
    """Whose capital a bare "the capital" is: the story's country, unless its sentence's actors name only
    other nations ("Russian missiles hit the capital" in a story on Ukraine is ambiguous: nothing); with no
    clear story country, the one nation its sentence names ("Georgian police detained dozens in the capital")."""
    if story is not None:
        return story if not actors or story in actors else None
    return next(iter(actors)) if len(actors) == 1 else None


def normalised(text: str) -> str:
    return normalise_name(text)


def _one_sense_per_name(
    mentions: list[MentionEvidence], ranked: list[list[tuple[float, Candidate]]]
) -> list[list[tuple[float, Candidate]]]:
    """One place per name per article: the mentions of a name share the evidence each one has
    ("Springfield, Ill." early on decides the later bare "Springfield")."""
    result = list(ranked)
    done: set[frozenset[int]] = set()
    for mention in mentions:
        group = mention.same_name
        if len(group) < 2 or group in done:
            continue
        done.add(group)
        totals: dict[int, float] = {}
        candidates: dict[int, Candidate] = {}
        members = [index for index in group if ranked[index]]
        if not members:
            continue
        best_top = max(ranked[index][0][0] for index in members)
        for index in members:
            top = ranked[index][0][0]
            # Each mention adds its evidence relative to its own best, so that no mention outweighs
            # the others by the length of its candidate list.
            for score, candidate in ranked[index]:
                totals[candidate.id] = totals.get(candidate.id, 0.0) + (score - top)
                candidates[candidate.id] = candidate
        # Mentions of one name share their candidates; the group's score of each is the mean evidence.
        shared = sorted(
            ((best_top + total / len(members), candidates[place_id]) for place_id, total in totals.items()),
            key=lambda pair: (-pair[0], -pair[1].population),
        )
        for index in members:
            result[index] = shared
    return result


def _pool_same_name(mentions: list[MentionEvidence], attribute: str) -> None:
    """Give every mention the summed votes of all mentions of its name, for leave-one-name-out."""
    pooled: dict[frozenset[int], Counter] = {}
    for mention in mentions:
        if len(mention.same_name) > 1 and mention.same_name not in pooled:
            total: Counter = Counter()
            for index in mention.same_name:
                total.update(getattr(mentions[index], attribute))
            pooled[mention.same_name] = total
    for mention in mentions:
        if mention.same_name in pooled:
            setattr(mention, attribute, pooled[mention.same_name])


def _districts_in_their_containers(
    mentions: list[MentionEvidence], ranked: list[list[tuple[float, Candidate]]], places: list[Place]
) -> list[Place]:
    """ "The Kyivskyi district of Kharkiv": a district whose name the index knows only elsewhere is placed at
    the city or region the text puts it in (``sub_places``)."""
    for index, mention in enumerate(mentions):
        if not mention.containers:
            continue
        container = mention.containers[0]  # the nearest: "of Kharkiv" before "Kharkiv's region, Ukraine"
        chosen = ranked[container][0][1] if ranked[container] else None
        if unknown_in_container(mention.text, mention.candidates, chosen, _contains):
            places[index] = placed_at_container(places[index], places[container])
    return places


def _anchors(tops: dict[int, Candidate]) -> list[tuple[int, float, float, frozenset[int]]]:
    """The distinct places currently chosen for the article's local toponyms, with who chose them."""
    chosen: dict[int, tuple[Candidate, set[int]]] = {}
    for index, candidate in tops.items():
        if candidate.feature in {"city", "admin2", "admin1"}:
            chosen.setdefault(candidate.id, (candidate, set()))[1].add(index)
    return [(c.id, c.lat, c.lon, frozenset(indexes)) for c, indexes in chosen.values()]
