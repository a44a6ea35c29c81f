"""Incidents: one record per real-world event, however many articles and sentences report it.

Coded events are joined to an incident when nothing that coding gets reliably right rules it out —
a PLOVER type of the same group (ASSAULT/COERCE/MOBILIZE, ...; the mode decides for COERCE: a tariff
is a measure, not force; another type of the group costs a little; a protest and the force used on it at home, or
two material acts whose reports share two names, at one point on one day, join across groups), dates within the
window their precisions allow (a night runs into the next day; a report dated only by its publication comes out a day
after the event; an event dated to a day is within a day of the day two articles agree on, when two do), precise
places within reach (or named in each other's reports: one strike on several places; a point across a border from
the incident's is another place, however near, and so is another town 25 km or more away when both are dated to the
day; a province or a state's region, with no point, sharing no
country and a continent away from every place of the incident, is another place), on a day none of the incident's
reports tell, words of
what happened in common besides the place (another attack on the same town the next day shares the place, the sides
and the window), sides not the
other way round from what two reports already agree on (the retaliation a day later; on the word of one report,
the sides reversed are no agreement on parties, not a veto) — and when they are similar enough overall: parties
(named on both sides in the same role and none shared counts against; force used abroad with no
target named is used on the country it happens in), place (a country-level place is weak evidence:
it is often an actor's nationality), date (a month-level date is weak evidence) and wording (stems
of the sentence and the article's headline; names count double, titles such as "President" do not; in a
many-article incident, words only one article uses count half). Clustering is incremental: a new event is
compared with the incidents that already exist, and either joins the best one or starts its own; a merge pass then
joins touched incidents that now fit a neighbour as a whole, tried both ways round (which of two incidents
was touched last is an accident of arrival order), an incident of one article at the join bar (it is what
that article would have joined had it come later). Nothing is re-clustered from scratch. ``judge`` gives
the reason an event did not join an incident, for `sitrep eval incidents --why`.
An incident's dates, places and fit as a whole are those of its reports dated to a week or better: the
month- or year-dated background a story gives ("last month, a bus was ambushed in Kalat") neither places
nor vetoes the event it is about. Its summary takes one type (the most severe of the well-supported ones)
and the rung, codes and sentence of that type's reports, and the centre of a region or country it is placed
to, with that precision.
Articles that report an incident without an event of theirs in it are linked to it as a whole by
sitrep.analysis.article_links.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}|\d+")
_STEM_CHARS = 6  # "strikes"/"striking", "Ukraine"/"Ukrainian", "Kerman's": one crude stem each
_STOPWORDS = frozenset(
    """about after again against also among around because been before being between both could during each
    from further have having here into just more most other over said says same some such than that their them
    then there these they this those through under until very were what when where which while with would
    according officials official told reported statement added that's it's week weeks monday tuesday wednesday
    thursday friday saturday sunday yesterday today""".split()
    # Words about the reporting, not the event: any two features of one news day share them.
    + """analyst analysts expert experts media spoke speaking condition anonymity recent recently following
    effort efforts including several""".split()
)

# Kinds of gazetteer place that are areas: their coordinates are a centre, not where anything happened.
AREA_FEATURES = frozenset({"continent", "country", "admin1", "region", "water"})

# How far apart two mentions of one incident may be, by the coarser of their date precisions.
DATE_WINDOW_DAYS = {"day": 1, "reported": 2, "week": 7, "month": 31, "year": 366}
SAME_PLACE_KM = 25.0
FAR_PLACE_KM = 75.0
JOIN_THRESHOLD = 0.5
AGREEING_ARTICLES = 2  # articles dating an incident to one day: the day is the incident's (``agreed_days``)
MERGE_THRESHOLD = 0.6  # stricter: a merge moves every event of an incident at once

# Outlets code one event with neighbouring types ("attack" ASSAULT, "seize" COERCE): a type of the same
# group may join at a cost; a type of another group never does. A member is a type or "TYPE/mode": COERCE
# is force when ground is seized or people detained, but a tariff or a ban ("restrict") is an economic
# or administrative measure, and must never join the air strike reported the same day.
TYPE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"ASSAULT", "COERCE", "MOBILIZE"}),  # force used, ground taken, troops sent in
    frozenset({"SANCTION", "COERCE/restrict", "COERCE/withhold", "COERCE/censor"}),  # measures, not force
    frozenset({"ACCUSE", "REJECT", "THREATEN"}),
    frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"}),
    # a threatened tariff or ban is a measure to come: never the same act as a threat to kill told nearby
    frozenset({"THREATEN/restrict"}),
)
OTHER_TYPE_PENALTY = 0.1
# One measure against a state, typed by the verb each outlet uses: "imposed sanctions" and "slapped tariffs" are
# SANCTION `discontinue` (the PLOVER manual), "banned the transshipment of its gas" is COERCE `restrict`. Between
# these two, a change of type is no sign of another act and costs nothing (``judge``).
SAME_MEASURE: frozenset[str] = frozenset({"SANCTION", "COERCE/restrict"})
DISJOINT_PARTIES = -0.5
MIN_TEXT_SCORE = 0.15  # below it, and without a shared place, nothing specific says "the same event"
SAME_PLACE_SCORE = 0.7
# On a day the incident's reports do not tell (``_another_day``), the place and the parties are what two attacks on
# one town on consecutive days share: what happened must be told alike too (``_what_score``).
MIN_WHAT_SCORE = 0.15
ACROSS_BORDER_SCORE = 0.2  # points within reach but in two countries: as weak as two regions of one country
# Places far apart when no point is given (``_far_apart``): a province or a state's region ("Hirshabelle", the Sahel
# region of Burkina Faso) reaches about this far from its centre, and beyond both places' reach by ``FAR_APART_KM``
# (a few countries' width) they are on opposite sides of a continent, or on two.
AREA_REACH_KM = 1000.0
FAR_APART_KM = 2000.0
# Kinds of area within one country whose centre says roughly where (a country's centre does not: Russia's is in
# Siberia, and a country-level place is often an actor's nationality; a sea's or a many-country region's reach, from
# the Gulf of Guinea to the Indo-Pacific, is not known).
_SUB_COUNTRY_AREAS = frozenset({"admin1", "region"})
_FORCE_GROUP = "+".join(sorted(TYPE_GROUPS[0]))


_GROUP_OF = {member: "+".join(sorted(group)) for group in TYPE_GROUPS for member in group}
# The groups each type's modes fall in, for the types whose modes fall in several (COERCE: force and measures).
_MODE_GROUPS = {
    plover_type: groups for plover_type in {member.split("/")[0] for member in _GROUP_OF}
    if len(groups := {key for member, key in _GROUP_OF.items() if member.split("/")[0] == plover_type}) > 1
}


def type_group(plover_type: str, plover_mode: str | None = None) -> str:
    """The key under which a type's incidents are looked up: its group (the mode's, when the mode
    decides it), or the type itself when it has none."""
    if plover_mode:
        by_mode = _GROUP_OF.get(f"{plover_type}/{plover_mode}")
        if by_mode is not None:
            return by_mode
    return _GROUP_OF.get(plover_type, plover_type)

# How incidents are ranked for an analyst: how severe (the rung, discounted by how sure the coding
# is) and how widely reported, by outlets and, less, by articles (a single-outlet corpus such as one
# newsroom's stories still tells the story it followed for days from a passing mention).
# A lone, doubtful report of a strike ranks below a well-sourced one.
PRIORITY_SQL = (
    "coalesce(rung, 0) * coalesce(confidence, 0) + 2 * ln(1 + coalesce(num_sources, 0))"
    " + 1.5 * ln(greatest(coalesce(num_articles, 1), 1))"
)


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
    night: bool = False  # dated by a night ("overnight", "on Tuesday night"): it runs into the next day
    # The gazetteer's kind of place ("city", "admin1", "country", ...). An area's centre is kept apart from
    # lat/lon, which clustering compares as points: the centre of a region says nothing about where in it.
    feature: str | None = None
    area_lat: float | None = None
    area_lon: float | None = None
    _keywords: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _names: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _told: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def parties(self) -> frozenset[str]:
        return self.source_countries | self.target_countries

    @property
    def group(self) -> str:
        return type_group(self.plover_type, self.plover_mode)

    @property
    def keywords(self) -> frozenset[str]:
        if self._keywords is None:  # compared with every candidate incident: worked out once
            self._keywords = keywords(f"{self.title} {self.sentence}")
        return self._keywords

    @property
    def told_places(self) -> frozenset[str]:
        """Stems of the names its headline and sentence give after a preposition of place ("near Tera", "in
        Tizegorou"), less countries and their peoples: where it says it happened, known to the gazetteer or not."""
        if self._told is None:
            found = _TOLD_PLACE.findall(ascii_folded(f"{self.title}. {self.sentence}"))
            self._told = frozenset(_stem(word.lower()) for word in found) - _common_names() - _STOPWORDS
        return self._told

    @property
    def names(self) -> frozenset[str]:
        """Stems of the names in the sentence, less countries: "Kakhovka", "Bazoum", "Galaxy Leader" are
        what one event's reports share and another day's do not."""
        if self._names is None:
            self._names = names(self.sentence)
        return self._names


def keywords(text: str) -> frozenset[str]:
    """Content-word stems and numbers: differently worded reports of one event share few exact words."""
    return frozenset(
        _stem(word) for word in (w.lower() for w in _WORD.findall(ascii_folded(text))) if word not in _STOPWORDS
    )


_NAME = re.compile(r"(?<=[a-z,;:'\"()] )[A-Z][A-Za-z'-]{2,}")  # a capital after a lower-case word: not a sentence start
NAME_WEIGHT = 2.0  # a shared name counts as much as two shared words


def name_weight(name: str) -> float:
    """What a name the event shares with an incident counts for, in shared words: ``NAME_WEIGHT``, but a
    title ("President", "Prime Minister") only as a word. A title is capitalised before every name a
    day's talks, statements and decrees give, and says nothing about which of them an event is: counted as a
    name, "President" made a summit announced in Alaska and a peace declaration signed at the White House,
    both with President Donald Trump named, share three names."""
    return 1.0 if name in _TITLES else NAME_WEIGHT


def names(text: str) -> frozenset[str]:
    """Stems of capitalised words inside a sentence, less countries, their peoples and capitals and the months."""
    found = (_stem(word) for word in (w.lower() for w in _NAME.findall(ascii_folded(text))) if word not in _STOPWORDS)
    return frozenset(stem for stem in found if stem not in _common_names())


@lru_cache(maxsize=1)
def _common_names() -> frozenset[str]:
    """Countries, adjectives, demonyms and capitals (parties, scored on their own) and months."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "countries.tsv"
    words = set(keywords("January February March April June July August September October November December"))
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "code\t")) or not line.strip():
            continue
        for field_ in line.split("\t")[1:]:
            for name in field_.split(";"):
                words |= keywords(name)
    return frozenset(words)


def ascii_folded(text: str) -> str:
    """Accents folded: the gazetteer's "Īlām" is the reporter's "Ilam"."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=8192)  # asked for every candidate incident's regions: the same few names again and again
def place_stems(name: str | None) -> frozenset[str]:
    """The stems of a place name ("Irkutsk Oblast" -> irkuts, oblast), less generic administrative words."""
    return keywords(name or "") - _ADMIN_WORDS


_SUFFIXES = ("'s", "ings", "ing", "ies", "es", "ed", "s", "e")


_SOFT_END = re.compile(r"(?<=[aeiou])[hw]$")


@lru_cache(maxsize=65536)  # the same few thousand words, every mention of every incident
def _stem(word: str) -> str:
    """A crude stem: "bombings"/"bombs", "strike"/"strikes"/"striking", "Ukraine"/"Ukrainian" meet; a final "h"
    or "w" after a vowel is dropped, as transliterations differ there ("Fordow"/"Fordo", "Hodeidah"/"Hodeida")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return _SOFT_END.sub("", word)[:_STEM_CHARS]


_ADMIN_WORDS = keywords("oblast province region governorate district county state city krai republic")
# Titles written with a capital before a name (``name_weight``).
_TITLES = keywords("President Presidential Prime Minister Ministry Foreign Defence Defense Secretary Chancellor "
                   "General Commander Chief King Queen Prince Sheikh Emir Senator Governor Mayor Spokesman Spokeswoman")


@dataclass(slots=True)
class IncidentState:
    """What the clusterer keeps of an incident to compare new events with it."""

    incident_id: str
    plover_type: str
    parties: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)  # first-named attacker / target of each mention
    targets: Counter[str] = field(default_factory=Counter)
    place_names: set[frozenset[str]] = field(default_factory=set)
    first_date: date | None = None
    last_date: date | None = None
    precision: str = "reported"
    points: list[tuple[float, float]] = field(default_factory=list)
    # Points of mentions dated only by a month or a year ("earlier this month, a bomber struck Kalat"): a
    # story's background, which must not place, nor veto, the dated event the story is about.
    background_points: list[tuple[float, float]] = field(default_factory=list)
    point_countries: dict[tuple[float, float], str] = field(default_factory=dict)  # the country each point is in
    # Points that are the centre of a district (the gazetteer's "admin2"), not a town: see ``_two_towns``.
    district_points: set[tuple[float, float]] = field(default_factory=set)
    # Centres of the areas within one country its reports are placed at, with no point (``_far_apart``).
    area_centres: set[tuple[float, float]] = field(default_factory=set)
    area_names: set[frozenset[str]] = field(default_factory=set)  # the stems of those areas' names
    countries: Counter[str] = field(default_factory=Counter)
    admin1s: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    told_places: set[str] = field(default_factory=set)  # the places its reports say it happened at (``_two_named``)
    article_words: Counter[str] = field(default_factory=Counter)  # in how many of its articles a word is
    _article_vocab: dict[str, set[str]] = field(default_factory=dict, repr=False)
    types: Counter[str] = field(default_factory=Counter)
    groups: Counter[str] = field(default_factory=Counter)  # type groups of its mentions (``type_group``)
    article_ids: set[str] = field(default_factory=set)
    mentions: list[EventMention] = field(default_factory=list)
    # The articles that date it to each day (mentions dated to the day): see ``agreed_days``.
    day_articles: dict[date, set[str]] = field(default_factory=dict)

    def add(self, mention: EventMention) -> None:
        self.mentions.append(mention)
        self.article_ids.add(mention.article_id)
        self.types[mention.plover_type] += 1
        self.groups[mention.group] += 1
        self.parties.update(mention.parties)
        if mention.source_country and mention.source_country != mention.target_country:
            self.sources[mention.source_country] += 1
            if mention.target_country:
                self.targets[mention.target_country] += 1
        elif mention.target_country and not mention.source_country:
            self.targets[mention.target_country] += 1
        self.words.update(mention.keywords)
        self.told_places |= mention.told_places
        vocab = self._article_vocab.setdefault(mention.article_id, set())
        fresh = mention.keywords - vocab
        vocab |= fresh
        self.article_words.update(fresh)
        if mention.lat is not None and mention.location_name:
            stems = place_stems(mention.location_name)
            if stems:
                self.place_names.add(stems)
        if mention.event_date is not None:
            self._date(mention.event_date, mention.date_precision)
            if mention.night:  # reported the next morning as "early on Wednesday"
                self._date(mention.event_date + timedelta(days=1), mention.date_precision)
            if mention.date_precision == "day":
                for day in {mention.event_date, _last_day(mention)}:
                    self.day_articles.setdefault(day, set()).add(mention.article_id)
        if mention.lat is not None and mention.lon is not None:
            (self.background_points if _coarse(mention.date_precision) else self.points).append(
                (mention.lat, mention.lon))
            if mention.country:
                self.point_countries[(mention.lat, mention.lon)] = mention.country
            if mention.feature == "admin2":
                self.district_points.add((mention.lat, mention.lon))
        elif (centre := _area_centre(mention)) is not None:
            self.area_centres.add(centre)
            if stems := place_stems(mention.location_name):
                self.area_names.add(stems)
        if mention.country:
            self.countries[mention.country] += 1
        if mention.admin1:
            self.admin1s[mention.admin1] += 1


    def agreed_days(self) -> list[date]:
        """The days that two articles or more date the incident to. One follow-up's misread day ("traders kept
        their shops closed on Friday to mourn the victims of the bombing", the bombing dated Friday) widens the
        incident's span by a day; the day the reports agree on is where the event is."""
        return [day for day, articles in self.day_articles.items() if len(articles) >= AGREEING_ARTICLES]

    @property
    def places(self) -> list[tuple[float, float]]:
        """The points an event is compared with: those of the dated reports once there are any, as the
        incident's dates are theirs (see ``_date``); a month-dated incident has only the others."""
        return self.points if self.points or not _coarse(self.precision) else self.background_points

    def core(self) -> list[EventMention]:
        """The mentions that say what the incident is: those dated as finely as a week or better, when
        there are any (the month- and year-dated ones are most often the story's background)."""
        dated = [m for m in self.mentions if not _coarse(m.date_precision)]
        return dated or self.mentions

    @property
    def group(self) -> str:
        """The type group of the incident: that of the event that founded it."""
        return self.mentions[0].group if self.mentions else type_group(self.plover_type)

    def _date(self, day: date, precision: str) -> None:
        """The incident's dates are those of its most precisely dated mentions: "earlier this month" in a
        background sentence neither widens a dated incident's span nor lets it swallow the whole month."""
        if self.first_date is None or self.last_date is None or _window(precision) < _window(self.precision):
            self.precision, self.first_date, self.last_date = precision, day, day
        elif _window(precision) == _window(self.precision):
            self.first_date, self.last_date = min(self.first_date, day), max(self.last_date, day)


def _last_day(mention: EventMention) -> date:
    """The last day a dated mention covers: the next one for a night."""
    assert mention.event_date is not None
    return mention.event_date + timedelta(days=1) if mention.night else mention.event_date


def _coarse(precision: str) -> bool:
    """A date vaguer than a week: a month, a year."""
    return _window(precision) > DATE_WINDOW_DAYS["week"]


def _window(precision: str) -> int:
    return DATE_WINDOW_DAYS.get(precision, DATE_WINDOW_DAYS["reported"])


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# Why an event did not join an incident (``judge``): the rule that ruled it out, or, when none did, the part
# of the score that fell furthest short. Read by `sitrep eval incidents --why`; clustering only reads the score.
VETO_TYPE = "type group"
VETO_SIDES = "reversed sides"
VETO_DATE = "date window"
VETO_CHAIN = "publication-dated chain"
VETO_PLACE = "place distance"
VETO_NOTHING_SHARED = "no shared place or words"
VETO_OTHER_DAY = "another day, only the place shared"
PARTS = ("parties", "date", "place", "words")
_WEIGHTS = (0.15, 0.2, 0.25, 0.4)  # of PARTS in the score


class Judgement(NamedTuple):  # a tuple: made for every candidate of every event, it must be cheap
    """An event against an incident: its score (None when ruled out), the rule that ruled it out, and the
    parts of the score (parties, date, place, words: each 0..1) as far as they were worked out."""

    score: float | None
    veto: str | None = None
    parts: tuple[float, ...] = ()

    def shortfall(self) -> str:
        """The part of the score that fell furthest below its best, by its weight."""
        if len(self.parts) < len(PARTS):
            return "?"
        deficits = [weight * (1.0 - part) for weight, part in zip(_WEIGHTS, self.parts, strict=True)]
        return PARTS[deficits.index(max(deficits))]


def similarity(mention: EventMention, incident: IncidentState) -> float | None:
    """How well an event fits an incident, 0..1; None when something rules it out.

    Only contradictions that coding gets reliably right are hard: a type of another group, dates
    out of each other's window, two precise places far apart. Parties and country-level places are
    often misread (a nationality taken for the place, one side's actor missed), so they only score.
    """
    return judge(mention, incident).score


def judge(mention: EventMention, incident: IncidentState) -> Judgement:
    """``similarity`` with its reasons: the rule that ruled the event out, or the parts of its score."""
    other_mode = mention.group != incident.group and not _joined_protest_and_force(mention, incident)
    if other_mode and not _same_act_other_mode(mention, incident) and not _protest_and_force_on_it(mention, incident) \
            and not _named_act_other_group(mention, incident):
        return Judgement(None, VETO_TYPE)
    if reversed_roles(mention, incident):
        return Judgement(None, VETO_SIDES)
    same_type = mention.plover_type in incident.types or _one_measure(mention, incident)
    type_penalty = 0.0 if same_type and not other_mode else OTHER_TYPE_PENALTY

    parties = _effective_parties(mention)
    known = set(incident.parties)
    if parties and known:
        # Parties named on both sides and none shared ("Russia invaded Ukraine" in a story on a train
        # hijacking in Pakistan) count against, not merely for nothing.
        if parties & known:
            party_score = len(parties & known) / len(parties | known)
        elif _same_role_named(mention, incident):
            party_score = DISJOINT_PARTIES
        else:
            # One names only the attacker, the other only the target ("Ukraine did not claim the blast"
            # against "the blast on Russia's bridge"): different parties, but no disagreement.
            party_score = 0.5
    else:
        party_score = 0.5
    if party_score > 0.5 and leans_reversed(mention, incident):
        # The same two parties the other way round from what the incident's reports say: one report is too
        # few to rule it out (``reversed_roles``), but the parties are then no agreement either (the border
        # clash two days after the air strike on Kabul, the Taliban the attacker this time).
        party_score = 0.5

    if mention.event_date is None or incident.first_date is None:
        date_score = 0.5
    else:
        gap = max((incident.first_date - _last_day(mention)).days, (mention.event_date - incident.last_date).days, 0)
        window = max(_window(mention.date_precision), _window(incident.precision))
        # The gap less the day a report dated only by its publication comes out after the event (``_lagged``): a
        # follow-up three days after a killing, naming it without a date ("no arrests yet in the killing of the
        # mayor"), is in the window the day after it was reported, as it is in the score below.
        lagged = _lagged(gap, mention, incident.first_date, incident.last_date, incident.precision)
        if lagged > window or _off_agreed_days(mention, incident):
            return Judgement(None, VETO_DATE, (party_score,))
        if mention.date_precision == incident.precision == "reported" and (
            max(incident.last_date, mention.event_date) - min(incident.first_date, mention.event_date)
        ).days > window:
            # Dated only by publication, each report puts the event in the two days before it: a chain
            # of reports a day apart must not stretch one incident over a week of different strikes.
            return Judgement(None, VETO_CHAIN, (party_score,))
        date_score = 1.0 - lagged / (window + 1)
        if _coarse(mention.date_precision) != _coarse(incident.precision):
            # "Earlier this month" fits any day of the month: it neither confirms a dated incident nor
            # is confirmed by one, and is most often a story's background, another event.
            date_score = min(date_score, 0.5)

    place_score = _place_score(mention, incident)
    if place_score is None:
        return Judgement(None, VETO_PLACE, (party_score, date_score))

    words = mention.keywords
    common = incident.words.keys() & words
    # The share of the smaller side's words found in the other: a short follow-up matches a long report.
    # In an incident of several articles, a word only one of them uses (its background, its quotes)
    # counts half: a large incident holds almost every word, and would otherwise match anything.
    shared = sum((1.0 if incident.article_words[word] > 1 or len(incident.article_ids) == 1 else 0.5)
                 * (name_weight(word) if word in mention.names else 1.0) for word in common)
    text_score = shared / max(1, min(len(words), len(incident.words))) if words else 0.0
    text_score = min(1.0, 1.5 * text_score)

    same_article = mention.article_id in incident.article_ids
    if not same_article and _another_day(mention, incident) and (
            _what_score(mention, incident) < MIN_WHAT_SCORE or _headline_name_unknown(mention, incident)
            or told_again(mention)):
        return Judgement(None, VETO_OTHER_DAY, (party_score, date_score, place_score, text_score))
    if not same_article and text_score < MIN_TEXT_SCORE and place_score < SAME_PLACE_SCORE:
        # Neither the place nor the words agree: a day and a country in common are what any two
        # stories of one news day share ("Trump attacked the Journal" and a Hong Kong trial).
        return Judgement(None, VETO_NOTHING_SHARED, (party_score, date_score, place_score, text_score))
    score = 0.15 * party_score + 0.2 * date_score + 0.25 * place_score + 0.4 * text_score - type_penalty
    if same_article:
        score += 0.15  # the same article returning to its event ("the attack", "the strike")
    return Judgement(max(0.0, min(1.0, score)), None, (party_score, date_score, place_score, text_score))


def incident_days(incident: IncidentState) -> set[date]:
    """The days an incident happened on: those two of its articles agree on (``agreed_days``), or else, when it is
    dated to days, every day of its span."""
    agreed = incident.agreed_days()
    if agreed:
        return set(agreed)
    if incident.precision != "day" or incident.first_date is None or incident.last_date is None:
        return set()
    return {incident.first_date + timedelta(days=offset)
            for offset in range((incident.last_date - incident.first_date).days + 1)}


def _another_day(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a mention dated to a day by its own words is dated to none of the incident's days
    (``incident_days``): the day after, within the date window, but not the day the reports tell."""
    if mention.date_precision != "day" or mention.event_date is None:
        return False
    days = incident_days(incident)
    return bool(days) and not {mention.event_date, _last_day(mention)} & days


# Words by which a report says its act repeats an earlier one: "Nikopol shelled again", "fresh strikes on Kharkiv".
# Dated to another day than an incident's, such an act is the next attack on the same place, not a late report of the
# first, however alike their words are. Not "for a second day" nor "renewed fighting": an operation that goes on
# ("troops searched homes for a second day" in the Jenin camp) is one incident.
_AGAIN = re.compile(
    r"\b(?:again|once more|anew|fresh (?:attacks?|strikes?|shelling|raids?|bombing|drone attacks?|missile attacks?))\b",
    re.IGNORECASE,
)


def told_again(mention: EventMention) -> bool:
    """Whether the mention's headline or sentence says its act happened again (``_AGAIN``)."""
    return bool(_AGAIN.search(f"{mention.title}. {mention.sentence}"))


def _headline_name_unknown(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a mention placed at no more than a country names, in its sentence and as where it happened in its
    headline ("near", "at", "in", "off" a name), a place none of the incident's reports use: the country is all the
    place they share, and the name ("collide near Scarborough Shoal", the day after the water cannon at another
    shoal) says where it happened instead. A person the headline names ("Biden vows response") is not a place."""
    if mention.lat is not None or mention.admin1 is not None:
        return False
    headline_places = {_stem(word.lower()) for word in _HEADLINE_PLACE.findall(ascii_folded(mention.title))}
    return any(name in headline_places and name not in incident.words and name not in _TITLES
               for name in mention.names)


# A capitalised word after a preposition of place in a headline: where the headline says it happened.
_HEADLINE_PLACE = re.compile(r"\b(?:near|at|in|off|outside|over)\s+(?:the\s+)?([A-Z][A-Za-z'-]{2,})")


def _what_score(mention: EventMention, incident: IncidentState) -> float:
    """The text score (as ``judge`` works it out) over the words that are not places nor countries: what the
    mention says happened, less where. "Mortar shells land near Mogadishu airport" and "Car bomb kills eight at
    Mogadishu market" share the city and nothing else; "Russian drone hits ambulance in Kherson" and the shelling of
    a bus stop there the day before share "Kherson", "Russian" and "wounded"."""
    where = set(place_stems(mention.location_name)) | place_stems(mention.admin1)
    for stems in incident.place_names:
        where |= stems
    for admin1 in incident.admin1s:
        where |= place_stems(admin1)
    common = _common_names()  # countries and their peoples: the parties, scored on their own
    words = {word for word in mention.keywords if word not in where and word not in common}
    if not words:
        return 0.0
    theirs = {word for word in incident.words if word not in where and word not in common}
    shared = sum((1.0 if incident.article_words[word] > 1 or len(incident.article_ids) == 1 else 0.5)
                 * (name_weight(word) if word in mention.names else 1.0) for word in words & theirs)
    return min(1.0, 1.5 * shared / max(1, min(len(words), len(theirs))))


def _one_measure(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a sanction joins an incident of COERCE `restrict` measures, or a restriction one of sanctions
    (``SAME_MEASURE``); the incident's reports are then of the measures group, whatever COERCE mode they gave."""
    key = mention.plover_type if mention.plover_type == "SANCTION" else f"{mention.plover_type}/{mention.plover_mode}"
    if key not in SAME_MEASURE:
        return False
    other = "COERCE" if mention.plover_type == "SANCTION" else "SANCTION"
    return incident.types[other] > 0 and incident.group == type_group("SANCTION")


def _same_act_other_mode(mention: EventMention, incident: IncidentState) -> bool:
    """Whether an event of a type the incident's reports give, in a mode of another group, is at the same point on
    the same day: the officers who "closed the borders" (COERCE, a measure) on the day and in the city where
    soldiers seized the palace (COERCE, force) are one coup. A tariff, a ban or a blockade is told at a country or
    a sea, not at the town a strike hit, and stays out."""
    return mention.plover_type in incident.types and _same_day_and_point(mention, incident)


def _protest_and_force_on_it(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a protest and force used at home (police firing tear gas, arrests, a crowd storming a building) are
    told of one another at the same point on the same day: "Thousands rally outside parliament" and "Police use
    water cannon on the avenue" are one night in Tbilisi, reported by two outlets as a PROTEST and an ASSAULT. Force
    a foreign side uses (a missile on the city where people march the same day) is another event."""
    groups = {mention.group, incident.group}
    if groups != _PROTEST_AND_FORCE or mention.lat is None or mention.lon is None or mention.country is None:
        return False
    if not _same_day_and_point(mention, incident):
        return False
    if mention.group == _FORCE_GROUP:
        return mention.source_countries <= {mention.country}
    return set(incident.sources) <= set(incident.point_countries.values())


_PROTEST_AND_FORCE = {"PROTEST", _FORCE_GROUP}
MIN_SHARED_NAMES = 2  # one shared name is the town both happened in
# Verbal groups (accusations, threats; talks, agreements): never joined to an act of another group by its names.
_VERBAL_GROUPS = frozenset({"+".join(sorted(TYPE_GROUPS[2])), "+".join(sorted(TYPE_GROUPS[3]))})


def _named_act_other_group(mention: EventMention, incident: IncidentState) -> bool:
    """Whether two acts of different groups are told of one event: both material (no accusation, talks or
    agreement: what is said about an event stays apart, and its article is linked as a whole), at the same point on
    the same day, the mention's sentence sharing two names or more with the incident's reports ("evacuating Nova
    Kakhovka", an AID, with "the Kakhovka dam destroyed", an ASSAULT). A name is a capitalised word inside a
    sentence other than a country, its people, its capital or a title (``names``)."""
    groups = {mention.group, incident.group}
    if groups & _VERBAL_GROUPS or groups == _PROTEST_AND_FORCE:  # a protest and force: ``_protest_and_force_on_it``
        return False
    if not _same_day_and_point(mention, incident):
        return False
    shared = [name for name in mention.names if name in incident.words and name not in _TITLES]
    return len(shared) >= MIN_SHARED_NAMES


def _joined_protest_and_force(mention: EventMention, incident: IncidentState) -> bool:
    """Whether the incident is a protest and the force used on it, already joined, with reports of the mention's
    group: the next day's report of the protests ("anger in the capital after deadly unrest") is then compared with
    the incident as one of its own kind, whichever of the two founded it."""
    return {mention.group, incident.group} == _PROTEST_AND_FORCE and incident.groups[mention.group] > 0


def _same_day_and_point(mention: EventMention, incident: IncidentState) -> bool:
    """Whether the mention is dated within the incident's days and within ``SAME_PLACE_KM`` of one of its points, in
    the same country."""
    if mention.event_date is None or incident.first_date is None or incident.last_date is None:
        return False
    if mention.lat is None or mention.lon is None:
        return False
    if not incident.first_date <= mention.event_date <= incident.last_date:
        return False
    point = (mention.lat, mention.lon)
    return any(distance_km(point, place) <= SAME_PLACE_KM and not _across_border(mention, incident.point_countries.get(
        place)) for place in incident.points)


def _off_agreed_days(mention: EventMention, incident: IncidentState) -> bool:
    """Whether an event dated to a day is further than a day's window from every day that two of the incident's
    articles agree on, when they agree on one (``agreed_days``): a second attack on the same town two days after
    the first must not join it through a follow-up that dated the first to the day after."""
    if mention.date_precision != "day" or mention.event_date is None:
        return False
    agreed = incident.agreed_days()
    if not agreed:
        return False
    window = DATE_WINDOW_DAYS["day"]
    first, last = mention.event_date, _last_day(mention)
    return all(max((day - last).days, (first - day).days) > window for day in agreed)


def _same_role_named(mention: EventMention, incident: IncidentState) -> bool:
    """Whether the mention and the incident both name an attacker, or both a target (or either names a
    party without a side)."""
    sides_named = bool(incident.sources or incident.targets)
    if not sides_named or not (mention.source_country or mention.target_country):
        return True
    return bool(mention.source_country and incident.sources) or bool(mention.target_country and incident.targets)


def _effective_parties(mention: EventMention) -> frozenset[str]:
    """The parties of a mention, with the country force is used in as its target when no target is named:
    "India struck nine sites in Pakistan" names only India, but is an attack on Pakistan."""
    parties = mention.parties
    if (
        not mention.target_countries and mention.source_countries and mention.country
        and mention.country not in mention.source_countries and mention.group == _FORCE_GROUP
    ):
        return parties | {mention.country}
    return parties


def reversed_roles(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a use of force has the incident's sides the other way round: its attacker is the party the
    incident's reports name as the target, or its target their attacker. A strike and the retaliation
    for it a day later share parties, place and words; only the direction tells them apart.

    Only a mention that names both sides can contradict: one that names one side ("the army said the
    RSF launched drones", the RSF coded by its country) is too often read from the other side, and in
    a civil war both sides are one country. Exchanges (prisoners freed by both sides) are reciprocal.
    """
    source, target = mention.source_country, mention.target_country
    if not source or not target or source == target or mention.group != _FORCE_GROUP:
        return False
    # The incident's direction must rest on two reports at least, and be clear: one report read
    # backwards ("Israeli air defences failed to intercept", coded Israel as the attacker) must not turn
    # the others away, and where a country is on both sides about as often (an army and the rebels of
    # one country, as coded) there is no direction to contradict.
    return _one_way(incident.targets[source], incident.sources[source]) or _one_way(
        incident.sources[target], incident.targets[target]
    )


def leans_reversed(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a use of force naming both sides has them the other way round from how more of the incident's
    reports name them than not (one report may do: the soft counterpart of ``reversed_roles``)."""
    source, target = mention.source_country, mention.target_country
    if not source or not target or source == target or mention.group != _FORCE_GROUP:
        return False
    return incident.targets[source] > incident.sources[source] and incident.sources[target] > incident.targets[target]


def _one_way(this_side: int, other_side: int) -> bool:
    """A party named on one side of an incident by two reports at least, and by twice as many as on the other."""
    return this_side >= 2 and this_side > 2 * other_side


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
    points = incident.places
    if mention.lat is not None and mention.lon is not None and points:
        nearest, point = min((distance_km((mention.lat, mention.lon), point), point) for point in points)
        across = _across_border(mention, incident.point_countries.get(point))
        if nearest <= SAME_PLACE_KM and not across:
            return 1.0
        if _names_each_other(mention, incident):
            return 0.6  # one strike on several places: each report locates it at one of those it names
        if across:
            # Two towns a few kilometres apart on either side of a border are two places: the rocket that fell
            # near Kiryat Shmona and the drone strike in Nabatieh, the shelling of Shebekino and of Vovchansk.
            return ACROSS_BORDER_SCORE if nearest <= FAR_PLACE_KM else None
        if nearest > FAR_PLACE_KM or _two_towns(mention, point, incident):
            return None
        # Two towns of one region a hundred kilometres apart are two places, not one: the shared region
        # only keeps the score from falling to nothing (one of the points may be a vague "near").
        closeness = 1.0 - (nearest - SAME_PLACE_KM) / (FAR_PLACE_KM - SAME_PLACE_KM)
        same_region = mention.admin1 is not None and mention.admin1 in incident.admin1s
        return max(closeness, 0.3) if same_region else max(0.0, closeness)
    if _far_apart(mention, incident) or _other_region(mention, incident) or _two_named_places(mention, incident):
        return None
    if mention.admin1 and incident.admin1s:
        return 0.8 if mention.admin1 in incident.admin1s else 0.2
    if mention.country and incident.countries:
        # A country-level place is often an actor's nationality read as the place: weak either way, and
        # no contradiction at all when that country is one of the sides ("Ukraine smuggled drones into
        # Russia" placed in Ukraine, joining the strike on Russian air bases).
        if mention.country in incident.countries:
            return 0.6
        return 0.5 if mention.country in incident.parties or mention.country in mention.parties else 0.2
    return 0.5


def _area_centre(mention: EventMention) -> tuple[float, float] | None:
    """The centre of the area within one country a mention is placed at, with no point ("Hirshabelle", "Sahel" the
    Burkina Faso region); None for a point, a country, a sea, a many-country region or a continent."""
    if mention.feature not in _SUB_COUNTRY_AREAS or mention.country is None:
        return None
    if mention.area_lat is None or mention.area_lon is None:
        return None
    return (mention.area_lat, mention.area_lon)


def _far_apart(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a mention and an incident, one of them placed only at an area within a country and sharing no
    country, are further apart than the two places' reach (``AREA_REACH_KM`` for an area's centre, none for a point)
    by ``FAR_APART_KM``: "ending the hotel siege" in Hirshabelle, Somalia, and ECOWAS's force in the Sahel region of
    Burkina Faso, 5,000 km apart, said on one day in words any two security stories share. Two points are compared
    by ``_place_score``'s own bars; a country-level place is no evidence here (see ``_SUB_COUNTRY_AREAS``). A place
    named in the other's reports is no distance: the gazetteer put one of two "Nara"s (the Japanese prefecture where
    Shinzo Abe was shot, a town in Mali) on another continent."""
    # The cheap tests first: most mentions that get here are placed at a country.
    if mention.lat is not None and mention.lon is not None:
        own, own_reach = (mention.lat, mention.lon), 0.0
    elif (centre := _area_centre(mention)) is not None:
        own, own_reach = centre, AREA_REACH_KM
    else:
        return False
    if own_reach == 0.0 and not incident.area_centres:
        return False
    if mention.country is not None and mention.country in incident.countries:
        return False
    theirs = [(place, 0.0) for place in (*incident.points, *incident.background_points)]
    theirs += [(centre, AREA_REACH_KM) for centre in incident.area_centres]
    if not theirs:
        return False
    own_name = place_stems(mention.location_name)
    if own_name and own_name <= incident.words.keys():
        return False
    if any(stems <= mention.keywords for stems in (*incident.place_names, *incident.area_names)):
        return False
    return all(distance_km(own, place) - own_reach - reach > FAR_APART_KM for place, reach in theirs)


def _other_region(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a town and a province of one country that is not the town's, the province's centre further than
    ``FAR_PLACE_KM`` from the town, neither named in the other's reports, are two places: an ambush "near Menaka"
    (the gazetteer's Ménaka region) the day after the assault on the army camp in Gao, 300 km away in Gao region,
    is another attack, though the words of two attacks on soldiers in Mali agree. One side must be placed only at
    the province (with its centre) and the other at towns only; the towns' own provinces are the incident's or the
    mention's ``admin1``. Within one article, places of two provinces are most often one story told from several
    places (a ban on books in Kabul and a bookseller in Nangarhar, on the VOA stories): the article's own rules keep
    them together or apart."""
    if mention.admin1 is None or mention.admin1 in incident.admin1s or not incident.admin1s:
        return False
    if mention.article_id in incident.article_ids:
        return False
    if mention.lat is not None and mention.lon is not None:
        if incident.points or not incident.area_centres:
            return False  # two towns are compared by ``_place_score``'s own bars
        towns, centres = [(mention.lat, mention.lon)], list(incident.area_centres)
        countries = set(incident.countries)
    elif (centre := _area_centre(mention)) is not None and incident.points and not incident.area_centres:
        towns, centres = list(incident.points), [centre]
        countries = set(incident.point_countries.values())
    else:
        return False
    if mention.country is None or countries != {mention.country}:
        return False
    if _names_each_other(mention, incident):
        return False
    return all(distance_km(town, centre) > FAR_PLACE_KM for town in towns for centre in centres)


# A capitalised word after a preposition of place: where a report says its event happened.
_TOLD_PLACE = re.compile(r"\b(?:near|at|in|outside|off)\s+(?:the\s+)?([A-Z][A-Za-z'-]{2,})")


def _two_named_places(mention: EventMention, incident: IncidentState) -> bool:
    """Whether a town and an incident of one region placed at no town (or the reverse), each say they happened at a
    place the other's reports never name, the town's among them: an ambush "near Tera" (a town the gazetteer knows)
    and gunmen at a mosque "in Tizegorou" (a village it does not, so the incident is placed at the region) are two
    attacks of the Tillaberi region on one day, though the region and the words of killing agree. Both dated to the
    day by their own words (see ``_two_towns``); within one article, the article's own rules decide."""
    if mention.article_id in incident.article_ids or not mention.date_precision == incident.precision == "day":
        return False
    if mention.lat is not None:
        if incident.places:
            return False  # two towns: ``_two_towns``
        towns = [place_stems(mention.location_name)]
    elif incident.places:
        towns = list(incident.place_names)
    else:
        return False
    # The areas both are placed at are no place of their own: "in the Tillaberi region".
    region = set(place_stems(mention.admin1))
    if mention.feature in AREA_FEATURES:
        region |= place_stems(mention.location_name)
    for admin1 in incident.admin1s:
        region |= place_stems(admin1)
    for stems in incident.area_names:
        region |= stems
    own = mention.told_places - region
    theirs = incident.told_places - region
    told_town = own if mention.lat is not None else theirs
    return (any(town and town <= told_town for town in towns) and bool(own) and bool(theirs)
            and not own & incident.words.keys() and not theirs & mention.keywords)


def _two_towns(mention: EventMention, point: tuple[float, float], incident: IncidentState) -> bool:
    """Whether the mention's town and the incident's town nearest to it (``point``), further apart than
    ``SAME_PLACE_KM`` and neither named in the other's reports, are two places: the strike on Bint Jbeil and the
    drone strike in Nabatieh, 27 km apart in one region on one day, are two strikes, and a rocket that joins either
    must not chain them. A district's centre (the gazetteer's "admin2": "Anantnag", the district a survivors' story
    names for the massacre at a meadow in it) is an area, not a town: it keeps the graded score. So does a report
    not dated to a day by its own words, or an incident not dated to one: dated only by publication, a report is as
    often a follow-up told from a nearby town (on the 2022-2024 Ukraine timeline, vetoing those too moved two
    turning points' ranks, one up and one down)."""
    return (mention.feature != "admin2" and point not in incident.district_points
            and mention.date_precision == incident.precision == "day")


def _across_border(mention: EventMention, country: str | None) -> bool:
    """Whether the mention's point is in another country than the incident's point nearest to it."""
    return bool(mention.country and country and mention.country != country)


def _names_each_other(mention: EventMention, incident: IncidentState) -> bool:
    """Whether the mention's place is named in the incident's reports, or one of the incident's places in
    the mention's: "airfields in the Murmansk, Irkutsk and Ryazan regions" is one attack, wherever each
    report's coded place falls."""
    # A town named like its region ("Kharkiv", "Kharkiv region") says nothing: the region is named anyway.
    regions = [place_stems(admin1) for admin1 in incident.admin1s]
    own = place_stems(mention.location_name)
    if own and own <= incident.words.keys() and not any(own <= region for region in regions):
        return True
    words, own_region = mention.keywords, place_stems(mention.admin1)
    return any(stems <= words and not stems <= own_region for stems in incident.place_names)


class IncidentClusterer:
    """Incremental clustering: ``add`` one event at a time; existing incidents can be seeded.

    Candidates are looked up by type group and then by the weeks an incident's dates (widened by
    their precision's window) cover, so adding an event costs the number of same-group incidents
    near its date, not the number of incidents.
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
        # group -> week number -> incidents whose dates, widened by their window, reach into that week.
        # Entries go stale when an incident is merged away or its dates narrow; _candidates checks again.
        self._by_week: dict[str, dict[int, dict[str, IncidentState]]] = {}
        self._undated: dict[str, dict[str, IncidentState]] = {}
        self._order: dict[str, int] = {}  # arrival order: ties go to the later incident, as before
        self.threshold = threshold
        for state in incidents or []:
            self._index(state)

    def _index(self, state: IncidentState) -> None:
        self.incidents[state.incident_id] = state
        self._order.setdefault(state.incident_id, len(self._order))
        self._by_type.setdefault(state.group, []).append(state)
        self._index_dates(state)

    def _index_dates(self, state: IncidentState) -> None:
        if state.first_date is None or state.last_date is None:
            self._undated.setdefault(state.group, {})[state.incident_id] = state
            return
        window = _window(state.precision)
        weeks = self._by_week.setdefault(state.group, {})
        first, last = state.first_date.toordinal() - window, state.last_date.toordinal() + window
        for week in range(first // 7, last // 7 + 1):
            weeks.setdefault(week, {})[state.incident_id] = state

    def _candidates(self, mention: EventMention) -> list[IncidentState]:
        group = mention.group
        if mention.event_date is None:
            return self._by_type.get(group, [])
        day, own_window = mention.event_date, _window(mention.date_precision)
        found = dict(self._undated.get(group, {}))
        # A type whose modes fall in several groups (COERCE) is looked up in each: ``_same_act_other_mode``.
        for each in (group, *(other for other in _MODE_GROUPS.get(mention.plover_type, ()) if other != group),
                     # A material act is looked up among the other material groups' incidents too (a protest
                     # among those of force, and back): ``_protest_and_force_on_it``, ``_named_act_other_group``.
                     *((other for other in self._by_week if other != group and other not in _VERBAL_GROUPS)
                       if group not in _VERBAL_GROUPS else ())):
            weeks = self._by_week.get(each, {})
            for week in range((day.toordinal() - own_window) // 7, (day.toordinal() + own_window) // 7 + 1):
                found.update(weeks.get(week, {}))
        # The same rule as similarity's: the gap may be as wide as the vaguer of the two dates allows.
        near = [
            incident for incident_id, incident in found.items()
            if self.incidents.get(incident_id) is incident and (
                incident.first_date is None or incident.last_date is None
                or _lagged(max((incident.first_date - _last_day(mention)).days, (day - incident.last_date).days),
                           mention, incident.first_date, incident.last_date, incident.precision)
                <= max(own_window, _window(incident.precision))
            )
        ]
        return sorted(near, key=lambda incident: self._order[incident.incident_id])

    def add(self, mention: EventMention) -> str:
        """The id of the incident the event joins (a new one when none fits)."""
        best, best_score = None, self.threshold
        for incident in self._candidates(mention):
            score = similarity(mention, incident)
            if score is not None and score >= best_score:
                best, best_score = incident, score
        if best is None:
            best = IncidentState(incident_id_for(mention), mention.plover_type)
            best.add(mention)
            self._index(best)  # indexed under the group of its founding event, known once it is added
            return best.incident_id
        best.add(mention)
        self._index_dates(best)  # its dates may have widened
        return best.incident_id


    def merge_pass(self, incident_ids: Iterable[str]) -> dict[str, str]:
        """Merge each given incident into a compatible one it now fits: {absorbed id: surviving id}.

        Events join in arrival order, so a report that came before its event's best-described
        version can found an incident of its own; once the incidents are complete, each touched
        incident is compared again, as a whole (the mean fit of its events), with its neighbours, both
        ways round (``_merge_margin``).
        """
        merged: dict[str, str] = {}
        for incident_id in sorted(incident_ids):
            incident = self.incidents.get(incident_id)
            if incident is None or not incident.mentions:
                continue
            best, best_margin = None, 0.0
            for other in self._candidates(incident.core()[0]):
                if other is incident:
                    continue
                margin = self._merge_margin(incident, other)
                if margin is not None and margin >= best_margin:
                    best, best_margin = other, margin
            if best is None:
                continue
            survivor, absorbed = (best, incident) if len(best.mentions) >= len(incident.mentions) else (incident, best)
            for mention in absorbed.mentions:
                survivor.add(mention)
            self._index_dates(survivor)
            del self.incidents[absorbed.incident_id]
            self._by_type[absorbed.group].remove(absorbed)
            for earlier, into in merged.items():  # incidents absorbed before now live in the survivor
                if into == absorbed.incident_id:
                    merged[earlier] = survivor.incident_id
            merged[absorbed.incident_id] = survivor.incident_id
        return merged


    def _merge_margin(self, incident: IncidentState, other: IncidentState) -> float | None:
        """By how much one incident, as a whole, clears its bar to join the other, the better of the two ways
        round; None when neither does. Both ways, as which of two incidents was touched last is an accident of
        arrival order. An incident of one article is what that article would have joined had it come later:
        it merges at the join bar; only an incident several articles agree on needs the stricter merge bar."""
        if _repeats(incident, other) or _repeats(other, incident):
            return None
        margins = []
        for this, into in ((incident, other), (other, incident)):
            score = incident_fit(this, into)
            if score is not None:
                margins.append(score - (self.threshold if len(this.article_ids) == 1 else self.merge_threshold))
        best = max(margins, default=None)
        return best if best is not None and best >= 0.0 else None


def _repeats(incident: IncidentState, other: IncidentState) -> bool:
    """Whether an event that says what the incident is tells its act as a repeat (``told_again``) on another day
    than the other's: "Nikopol shelled again" on Tuesday is not Monday's shelling, and the incident it founded must
    not merge into Monday's through the reports of Tuesday that do not say "again"."""
    return any(told_again(mention) and _another_day(mention, other) for mention in incident.core())


def incident_fit(incident: IncidentState, other: IncidentState) -> float | None:
    """How well a whole incident fits another: the mean fit of the events that say what it is (``core``);
    None if any is ruled out. A background sentence ("last month, a bus was ambushed in Kalat") that
    joined with the story's other events must not keep two reports of one attack apart for ever."""
    scores = []
    for mention in incident.core():
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
    # How precise the place (and its coordinates) is: "point" for a town or site, or the kind of area
    # whose centre the coordinates are ("admin2", "admin1", "region", "water", "country"; "continent" has none).
    location_precision: str | None = None


def _holder(place: EventMention, day: date | None, acting: str | None) -> str | None:
    """The country an act at the place falls on: whoever held it that day (Crimea in 2022: Russia), or the
    one the gazetteer puts it in; the acting side's own holding stays its de jure country's (see
    sitrep.actors.territory)."""
    from sitrep.actors.territory import held_country

    if place.country is None:
        return None
    return held_country(place.country, admin1=place.admin1, geonameid=place.geonameid, name=place.location_name,
                        on=day, acting={acting} if acting else (), text=place.sentence)


# Places an incident's summary may carry the centre of, as a marker at that precision: a region, a country, a
# sea. A continent's centre ("Africa", "Europe") is no place a reader could take the event to be.
_NO_CENTRE = frozenset({"continent"})
WELL_SUPPORTED = 0.5  # a type given by at least this share of the mentions the best-supported type has


def chosen_type(mentions: list[EventMention], rungs: list[int]) -> str:
    """The incident's type: of the types its mentions give often enough (``WELL_SUPPORTED`` of the most
    given one's count), the most severe (the highest rung it reaches), then the most given. One sentence
    read as an assault ("charged with murder and assault") does not make six arrests an assault, while
    three reports of an attack beside four of "seized" make the incident the attack."""
    counts = Counter(m.plover_type for m in mentions)
    top = max(counts.values())
    reached: dict[str, int] = {}
    for mention, rung in zip(mentions, rungs, strict=True):
        reached[mention.plover_type] = max(rung, reached.get(mention.plover_type, 0))
    supported = [plover_type for plover_type, count in counts.items() if count >= WELL_SUPPORTED * top]
    return max(supported, key=lambda plover_type: (reached[plover_type], counts[plover_type]))


def location_precision(mention: EventMention) -> str | None:
    """How precise a mention's place is: "point" for a town or site, else the gazetteer's kind of area
    ("admin2", "admin1", "country", "region", "water", "continent"); None without a place."""
    if mention.feature in AREA_FEATURES or mention.feature == "admin2":
        return mention.feature
    if mention.lat is not None:
        return "point"
    return "country" if mention.country and mention.location_name else None


def _dyad(mentions: list[EventMention], place: EventMention | None, day: date | None) -> tuple[str | None, str | None]:
    """The incident's (source, target) countries as most of these reports give them."""
    source_country = most_said(mentions, "source_country")
    target_country = most_said(mentions, "target_country")
    place_country = _holder(place, day, source_country) if place else None
    if target_country == source_country and place_country and place_country != source_country:
        # A side is not its own target abroad: a report read backwards ("Ukraine's missile attack", coded
        # UKR->UKR) about a strike in Russia. At home it may be (an army and rebels of one country).
        target_country = place_country
    if target_country is None and source_country and place_country and place_country != source_country:
        # Force used in another country's territory is used on that country, whoever the text names.
        target_country = place_country
    return source_country, target_country


def summarise(state: IncidentState) -> IncidentSummary:
    from sitrep.analysis.ladder import EventFacts, load_ladder

    mentions = state.mentions
    # The facts of the incident are those of the reports that say what it is, not of the story's background
    # ("last month, a bus was ambushed in Kalat" in a report of a train attack): see ``IncidentState.core``.
    core = state.core()
    ladder = load_ladder()
    # The place below country level that most reports give: "Ukraine" in a quote about a strike on
    # Bryansk is the speaker's country, not where the missiles fell.
    located = [m for m in core if m.admin1 or m.lat is not None] or core
    place_id = most_said(located, "geonameid")
    place = next((m for m in located if place_id is not None and m.geonameid == place_id), None)
    if place is None:
        # A country, or else a sea or a region of several countries ("Red Sea", "Darfur"); never a continent.
        place = next((m for m in core if m.country), None) or next(
            (m for m in core if m.location_name and m.area_lat is not None and m.feature not in _NO_CENTRE), None)
    dated = [m for m in mentions if m.event_date is not None]
    best_precision = min((m.date_precision for m in dated), key=_window, default="reported")
    day = most_supported([m.event_date for m in dated if m.date_precision == best_precision])
    outlets = {m.outlet or m.article_id for m in mentions}
    source_country, target_country = _dyad(mentions, place, day)
    # A report that names no side stands on the incident's sides: a strike on Bryansk told without
    # its target is still a strike inside Russia when the other reports say Ukraine fired on Russia.
    # And every report stands at the incident's place: a sentence that mentions where the attackers
    # came from ("based in Afghanistan") does not move a train attack in Pakistan across the border.
    sides = frozenset({source_country} if source_country else ()), frozenset({target_country} if target_country else ())
    where = (place.country, place.location_name) if place else (None, None)
    rungs = [
        ladder.rung_of(EventFacts(m.plover_type, m.plover_mode, m.cameo_code, m.source_countries or sides[0],
                                  m.target_countries or sides[1], *where, m.sentence))
        for m in core
    ]
    # Type and rung are one choice: the incident's type (``chosen_type``) and the highest rung a report of
    # that type reaches; its codes and Goldstein score come from the reports of that type too, so that
    # "COERCE" never stands beside the rung or the score of an assault one sentence reported.
    plover_type = chosen_type(core, rungs)
    typed = [(m, rung) for m, rung in zip(core, rungs, strict=True) if m.plover_type == plover_type]
    rung = max(rung for _, rung in typed)
    of_type = [m for m, _ in typed]
    # The sides are those of the reports of that type where they name any: the state of emergency Russia
    # declared (RUS->RUS) does not make Ukraine's incursion, the incident it joined, a Russian one.
    typed_source, typed_target = _dyad(of_type, place, day)
    if typed_source is not None:
        source_country, target_country = typed_source, typed_target or target_country
    # The summary is the sentence that puts the incident on its rung (the earliest of the surest of
    # those): the rung shown beside a background sentence would read as a claim it does not make.
    lead = max((m for m, reached in typed if reached == rung), key=lambda m: (m.confidence, -m.start))
    published = [m.published for m in mentions if m.published is not None]
    precision = location_precision(place) if place else None
    lat, lon = (place.lat, place.lon) if place else (None, None)
    if place and lat is None and precision not in _NO_CENTRE:
        # A region- or country-level place still has a centre: a map draws it as a marker of that precision.
        lat, lon = place.area_lat, place.area_lon
    return IncidentSummary(
        incident_id=state.incident_id,
        plover_type=plover_type,
        plover_mode=most_said(of_type, "plover_mode"),
        cameo_code=most_said(of_type, "cameo_code"),
        goldstein=min((m.goldstein for m in of_type if m.goldstein is not None), default=None),
        quad_class=most_supported([m.quad_class for m in of_type]),
        acled_event_type=most_said(of_type, "acled_event_type"),
        acled_sub_event_type=most_said(of_type, "acled_sub_event_type"),
        rung=rung,
        source_country=source_country,
        target_country=target_country,
        date_value=day,
        date_precision=best_precision if day else "reported",
        location_name=place.location_name if place else None,
        location_geonameid=place.geonameid if place else None,
        location_lat=lat,
        location_lon=lon,
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
        location_precision=precision,
    )
