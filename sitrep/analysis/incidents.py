"""Incidents: one record per real-world event, however many articles and sentences report it.

Coded events are joined to an incident when nothing that coding gets reliably right rules it out —
a PLOVER type of the same group (ASSAULT/COERCE/MOBILIZE, ...; another type of the group costs a
little), dates within the window their precisions allow, precise places within reach — and when
they are similar enough overall: parties, place (a country-level place is weak evidence: it is often
an actor's nationality), date and wording (stems of the sentence and the article's headline).
Clustering is incremental: a new event is compared with the incidents that already exist, and
either joins the best one or starts its own; a merge pass then joins touched incidents that now fit
a neighbour as a whole. Nothing is re-clustered from scratch.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}|\d+")
_STEM_CHARS = 6  # "strikes"/"striking", "Ukraine"/"Ukrainian", "Kerman's": one crude stem each
_STOPWORDS = frozenset(
    """about after again against also among around because been before being between both could during each
    from further have having here into just more most other over said says same some such than that their them
    then there these they this those through under until very were what when where which while with would
    according officials official told reported statement added that's it's week weeks monday tuesday wednesday
    thursday friday saturday sunday yesterday today""".split()
)

# How far apart two mentions of one incident may be, by the coarser of their date precisions.
DATE_WINDOW_DAYS = {"day": 1, "reported": 2, "week": 7, "month": 31, "year": 366}
SAME_PLACE_KM = 25.0
FAR_PLACE_KM = 120.0
JOIN_THRESHOLD = 0.5
MERGE_THRESHOLD = 0.6  # stricter: a merge moves every event of an incident at once

# Outlets code one event with neighbouring types ("attack" ASSAULT, "seize" COERCE): a type of the same
# group may join at a cost; a type of another group never does.
TYPE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"ASSAULT", "COERCE", "MOBILIZE"}),  # force used, ground taken, troops sent in
    frozenset({"ACCUSE", "REJECT", "THREATEN"}),
    frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"}),
)
OTHER_TYPE_PENALTY = 0.1


_GROUP_OF = {plover_type: "+".join(sorted(group)) for group in TYPE_GROUPS for plover_type in group}


def type_group(plover_type: str) -> str:
    """The key under which a type's incidents are looked up: its group, or itself when it has none."""
    return _GROUP_OF.get(plover_type, plover_type)

# How incidents are ranked for an analyst: how severe (the rung, discounted by how sure the coding
# is) and how widely reported. A lone, doubtful report of a strike ranks below a well-sourced one.
PRIORITY_SQL = "coalesce(rung, 0) * coalesce(confidence, 0) + 2 * ln(1 + coalesce(num_sources, 0))"


@dataclass(slots=True)
class EventMention:
    """One coded event as the clusterer sees it."""

    article_id: str
    event_id: str
    plover_type: str
    sentence: str
    start: int
    end: int
    outlet: str | None = None
    published: datetime | None = None
    source_countries: frozenset[str] = frozenset()
    target_countries: frozenset[str] = frozenset()
    event_date: date | None = None
    date_precision: str = "reported"
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    location_name: str | None = None
    geonameid: int | None = None
    dead: int | None = None
    injured: int | None = None
    captured: int | None = None
    plover_mode: str | None = None
    cameo_code: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    confidence: float = 0.0
    source_country: str | None = None  # the first-named party on each side, for dyads
    target_country: str | None = None
    title: str = ""  # the article's headline: names the event in the words the sentence may lack
    _keywords: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def parties(self) -> frozenset[str]:
        return self.source_countries | self.target_countries

    @property
    def keywords(self) -> frozenset[str]:
        if self._keywords is None:  # compared with every candidate incident: worked out once
            self._keywords = keywords(f"{self.title} {self.sentence}")
        return self._keywords


def keywords(text: str) -> frozenset[str]:
    """Content-word stems and numbers: differently worded reports of one event share few exact words."""
    return frozenset(
        _stem(word) for word in (w.lower() for w in _WORD.findall(text)) if word not in _STOPWORDS
    )


_SUFFIXES = ("'s", "ings", "ing", "ies", "es", "ed", "s", "e")


def _stem(word: str) -> str:
    """A crude stem: "bombings"/"bombs", "strike"/"strikes"/"striking", "Ukraine"/"Ukrainian" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:_STEM_CHARS]


@dataclass(slots=True)
class IncidentState:
    """What the clusterer keeps of an incident to compare new events with it."""

    incident_id: str
    plover_type: str
    parties: Counter[str] = field(default_factory=Counter)
    first_date: date | None = None
    last_date: date | None = None
    precision: str = "reported"
    points: list[tuple[float, float]] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    admin1s: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    article_ids: set[str] = field(default_factory=set)
    mentions: list[EventMention] = field(default_factory=list)

    def add(self, mention: EventMention) -> None:
        self.mentions.append(mention)
        self.article_ids.add(mention.article_id)
        self.types[mention.plover_type] += 1
        self.parties.update(mention.parties)
        self.words.update(mention.keywords)
        if mention.event_date is not None:
            self._date(mention.event_date, mention.date_precision)
        if mention.lat is not None and mention.lon is not None:
            self.points.append((mention.lat, mention.lon))
        if mention.country:
            self.countries[mention.country] += 1
        if mention.admin1:
            self.admin1s[mention.admin1] += 1


    def _date(self, day: date, precision: str) -> None:
        """The incident's dates are those of its most precisely dated mentions: "earlier this month" in a
        background sentence neither widens a dated incident's span nor lets it swallow the whole month."""
        if self.first_date is None or self.last_date is None or _window(precision) < _window(self.precision):
            self.precision, self.first_date, self.last_date = precision, day, day
        elif _window(precision) == _window(self.precision):
            self.first_date, self.last_date = min(self.first_date, day), max(self.last_date, day)


def _window(precision: str) -> int:
    return DATE_WINDOW_DAYS.get(precision, DATE_WINDOW_DAYS["reported"])


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def similarity(mention: EventMention, incident: IncidentState) -> float | None:
    """How well an event fits an incident, 0..1; None when something rules it out.

    Only contradictions that coding gets reliably right are hard: a type of another group, dates
    out of each other's window, two precise places far apart. Parties and country-level places are
    often misread (a nationality taken for the place, one side's actor missed), so they only score.
    """
    if type_group(mention.plover_type) != type_group(incident.plover_type):
        return None
    type_penalty = 0.0 if mention.plover_type in incident.types else OTHER_TYPE_PENALTY

    parties = mention.parties
    known = set(incident.parties)
    party_score = len(parties & known) / len(parties | known) if parties and known else 0.5

    if mention.event_date is None or incident.first_date is None:
        date_score = 0.5
    else:
        gap = max((incident.first_date - mention.event_date).days, (mention.event_date - incident.last_date).days, 0)
        window = max(_window(mention.date_precision), _window(incident.precision))
        if gap > window:
            return None
        date_score = 1.0 - _lagged(gap, mention, incident.first_date, incident.last_date, incident.precision) / (
            window + 1
        )

    place_score = _place_score(mention, incident)
    if place_score is None:
        return None

    words = mention.keywords
    common = incident.words.keys() & words
    # The share of the smaller side's words found in the other: a short follow-up matches a long report.
    text_score = len(common) / max(1, min(len(words), len(incident.words))) if words else 0.0
    text_score = min(1.0, 1.5 * text_score)

    score = 0.15 * party_score + 0.2 * date_score + 0.25 * place_score + 0.4 * text_score - type_penalty
    if mention.article_id in incident.article_ids:
        score += 0.15  # the same article returning to its event ("the attack", "the strike")
    return max(0.0, min(1.0, score))


def _lagged(gap: int, mention: EventMention, first: date, last: date, precision: str) -> int:
    """The gap less a day when the later side is only dated by publication: reports come out the day after."""
    day = mention.event_date
    if day is not None and day > last and mention.date_precision == "reported":
        return max(0, gap - 1)
    if day is not None and day < first and precision == "reported":
        return max(0, gap - 1)
    return gap


def _place_score(mention: EventMention, incident: IncidentState) -> float | None:
    """0..1 for how well the places agree; None when two precise places are too far apart."""
    if mention.lat is not None and mention.lon is not None and incident.points:
        nearest = min(distance_km((mention.lat, mention.lon), point) for point in incident.points)
        same_region = mention.admin1 is not None and mention.admin1 in incident.admin1s
        if nearest > FAR_PLACE_KM and not same_region:
            return None
        if nearest <= SAME_PLACE_KM:
            return 1.0
        if same_region:
            return 0.7
        return max(0.0, 1.0 - (nearest - SAME_PLACE_KM) / (FAR_PLACE_KM - SAME_PLACE_KM))
    if mention.admin1 and incident.admin1s:
        return 0.8 if mention.admin1 in incident.admin1s else 0.2
    if mention.country and incident.countries:
        # A country-level place is often an actor's nationality read as the place: weak either way.
        return 0.6 if mention.country in incident.countries else 0.2
    return 0.5


class IncidentClusterer:
    """Incremental clustering: ``add`` one event at a time; existing incidents can be seeded.

    Candidates are looked up by PLOVER type and then by date, so adding an event costs the
    number of same-type incidents near its date, not the number of incidents.
    """

    def __init__(
        self,
        incidents: list[IncidentState] | None = None,
        threshold: float = JOIN_THRESHOLD,
        merge_threshold: float = MERGE_THRESHOLD,
    ) -> None:
        self.merge_threshold = merge_threshold
        self.incidents: dict[str, IncidentState] = {}
        self._by_type: dict[str, list[IncidentState]] = {}
        self.threshold = threshold
        for state in incidents or []:
            self._index(state)

    def _index(self, state: IncidentState) -> None:
        self.incidents[state.incident_id] = state
        self._by_type.setdefault(type_group(state.plover_type), []).append(state)

    def _candidates(self, mention: EventMention) -> list[IncidentState]:
        same_type = self._by_type.get(type_group(mention.plover_type), [])
        if mention.event_date is None:
            return same_type
        day, own_window = mention.event_date, _window(mention.date_precision)
        # The same rule as similarity's: the gap may be as wide as the vaguer of the two dates allows.
        return [
            incident for incident in same_type
            if incident.first_date is None or incident.last_date is None
            or max((incident.first_date - day).days, (day - incident.last_date).days)
            <= max(own_window, _window(incident.precision))
        ]

    def add(self, mention: EventMention) -> str:
        """The id of the incident the event joins (a new one when none fits)."""
        best, best_score = None, self.threshold
        for incident in self._candidates(mention):
            score = similarity(mention, incident)
            if score is not None and score >= best_score:
                best, best_score = incident, score
        if best is None:
            best = IncidentState(incident_id_for(mention), mention.plover_type)
            self._index(best)
        best.add(mention)
        return best.incident_id


    def merge_pass(self, incident_ids: Iterable[str]) -> dict[str, str]:
        """Merge each given incident into a compatible one it now fits: {absorbed id: surviving id}.

        Events join in arrival order, so a report that came before its event's best-described
        version can found an incident of its own; once the incidents are complete, each touched
        incident is compared again, as a whole (the mean fit of its events), with its neighbours.
        """
        merged: dict[str, str] = {}
        for incident_id in sorted(incident_ids):
            incident = self.incidents.get(incident_id)
            if incident is None or not incident.mentions:
                continue
            best, best_score = None, self.merge_threshold
            for other in self._candidates(incident.mentions[0]):
                if other is incident:
                    continue
                score = incident_fit(incident, other)
                if score is not None and score >= best_score:
                    best, best_score = other, score
            if best is None:
                continue
            survivor, absorbed = (best, incident) if len(best.mentions) >= len(incident.mentions) else (incident, best)
            for mention in absorbed.mentions:
                survivor.add(mention)
            del self.incidents[absorbed.incident_id]
            self._by_type[type_group(absorbed.plover_type)].remove(absorbed)
            for earlier, into in merged.items():  # incidents absorbed before now live in the survivor
                if into == absorbed.incident_id:
                    merged[earlier] = survivor.incident_id
            merged[absorbed.incident_id] = survivor.incident_id
        return merged


def incident_fit(incident: IncidentState, other: IncidentState) -> float | None:
    """How well a whole incident fits another: the mean fit of its events; None if any is ruled out."""
    scores = []
    for mention in incident.mentions:
        score = similarity(mention, other)
        if score is None:
            return None
        scores.append(score)
    return sum(scores) / len(scores)


def incident_id_for(mention: EventMention) -> str:
    """Stable id of the incident a mention founded: the same input gives the same ids."""
    import hashlib

    key = f"{mention.article_id}:{mention.event_id}".encode()
    return "inc-" + hashlib.sha256(key).hexdigest()[:12]


def most_said(mentions: list[EventMention], attribute: str) -> Any:
    """The label most mentions give (a country, a code); a tie goes to the surest mention's, then the
    earliest's — an alphabetical tie-break would make RUS the attacker of every tied UKR→RUS incident."""
    ranked = sorted(
        mentions,
        key=lambda m: (-m.confidence, m.published is None, m.published.timestamp() if m.published else 0.0, m.start),
    )
    values = [getattr(m, attribute) for m in ranked]
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(value for value in values if value is not None and counts[value] == top)


def most_supported(values: list, default=None):
    """The figure reported most often; ties go to the smaller (the conservative figure)."""
    present = [value for value in values if value is not None]
    if not present:
        return default
    counts = Counter(present)
    top = max(counts.values())
    return min(value for value, count in counts.items() if count == top)


@dataclass(slots=True)
class IncidentSummary:
    """The incident as stored: the best-supported facts of its mentions."""

    incident_id: str
    plover_type: str
    plover_mode: str | None
    cameo_code: str | None
    goldstein: float | None
    quad_class: int | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    rung: int
    source_country: str | None
    target_country: str | None
    date_value: date | None
    date_precision: str
    location_name: str | None
    location_geonameid: int | None
    location_lat: float | None
    location_lon: float | None
    location_country: str | None
    location_admin1: str | None
    dead: int | None
    injured: int | None
    captured: int | None
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: datetime | None
    last_seen: datetime | None
    summary: str
    confidence: float


def summarise(state: IncidentState) -> IncidentSummary:
    from sitrep.analysis.ladder import EventFacts, load_ladder

    mentions = state.mentions
    lead = max(mentions, key=lambda m: (m.confidence, -m.start))  # the earliest of the surest: the lead
    ladder = load_ladder()
    rungs = [
        ladder.rung_of(EventFacts(m.plover_type, m.plover_mode, m.cameo_code, m.source_countries,
                                  m.target_countries, m.country, m.location_name, m.sentence))
        for m in mentions
    ]
    place_id = most_said(mentions, "geonameid")
    place = next((m for m in mentions if place_id is not None and m.geonameid == place_id), None)
    if place is None:
        place = next((m for m in mentions if m.country), None)
    dated = [m for m in mentions if m.event_date is not None]
    best_precision = min((m.date_precision for m in dated), key=_window, default="reported")
    day = most_supported([m.event_date for m in dated if m.date_precision == best_precision])
    outlets = {m.outlet or m.article_id for m in mentions}
    source_country = most_said(mentions, "source_country")
    target_country = most_said(mentions, "target_country")
    place_country = place.country if place else None
    if target_country is None and source_country and place_country and place_country != source_country:
        # Force used in another country's territory is used on that country, whoever the text names.
        target_country = place_country
    published = [m.published for m in mentions if m.published is not None]
    return IncidentSummary(
        incident_id=state.incident_id,
        plover_type=state.plover_type,
        plover_mode=most_said(mentions, "plover_mode"),
        cameo_code=most_said(mentions, "cameo_code"),
        goldstein=min((m.goldstein for m in mentions if m.goldstein is not None), default=None),
        quad_class=most_supported([m.quad_class for m in mentions]),
        acled_event_type=most_said(mentions, "acled_event_type"),
        acled_sub_event_type=most_said(mentions, "acled_sub_event_type"),
        rung=max(rungs),
        source_country=source_country,
        target_country=target_country,
        date_value=day,
        date_precision=best_precision if day else "reported",
        location_name=place.location_name if place else None,
        location_geonameid=place.geonameid if place else None,
        location_lat=place.lat if place else None,
        location_lon=place.lon if place else None,
        location_country=place.country if place else None,
        location_admin1=place.admin1 if place else None,
        dead=most_supported([m.dead for m in mentions]),
        injured=most_supported([m.injured for m in mentions]),
        captured=most_supported([m.captured for m in mentions]),
        num_mentions=len(mentions),
        num_articles=len(state.article_ids),
        num_sources=len(outlets),
        first_seen=min(published, default=None),
        last_seen=max(published, default=None),
        summary=lead.sentence,
        confidence=round(min(1.0, max(m.confidence for m in mentions) * (0.6 + 0.1 * min(4, len(outlets)))), 3),
    )
