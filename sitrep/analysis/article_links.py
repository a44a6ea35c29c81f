"""Articles that report an incident without an event of theirs joining it.

Many reports of an event code no event of its kind: the Kremlin's denial that it blew up a dam
(a REJECT), the African Union's condemnation of a coup (an ACCUSE), a follow-up the coder finds no
event in at all ("Putin offers condolences after Tver crash"). Each is still a report of the
incident, and an analyst counting its sources or reading what the parties say about it wants it
there. Such an article, when none of its events joined another article's incident, is linked as a
whole to the incident its headline and lead describe: the article published between the day before
the incident and the day after it, headline and lead sharing enough of the words specific to it
(weighted by how few of the incidents around it use them: "strike" and "Russia" say little,
"Kakhovka" and "Bazoum" say much), give or take a tenth of how much more alike than usual its headline
and lead are to the headlines of the incident's reports (static sentence vectors, ``sitrep.nlp.embeddings``:
a denial whose words differ from the reports' but whose headline reads like theirs). An article with an
event of its own other than a reaction (a
strike, a visit, sanctions, a ceasefire) is another event, and is never linked; talks about the event
("leaders discussed the strike", a CONSULT that is neither a visit nor a summit) are not, nor is a withdrawal
or a concession that names the incident's place ("Wagner leaves Rostov after the deal"). A follow-up below the
bar is still linked when its lead names two names only that incident uses among the stories of its days ("the
US sanctions on Rosneft and Lukoil" in a story on oil prices) and its headline reads like the reports'. Of the
incidents an article may be linked to, one with a material act is chosen over what was said about it (the
strike, not the demand for answers over it, clustered apart). A headline and lead that name countries, none of them
the incident's, and none of its places or names, tell another story (``elsewhere``): a terrorist cell broken up in
Morocco shares "attack", "bomb" and "group" with a train hijacked in Pakistan the same week. Reactions that
clustered together apart from the act
(two outlets' reports of a protest lodged over it) do not keep their articles from the act: an incident of words
alone does not count as another article's incident, and they are linked only to an incident of an act. An aftermath
story with no event at all that no
incident's words claim ("Sumy death toll climbs to 14 as rescuers finish search of clinic") is linked to the use of
force in the town its headline names, when that is the only incident of its days, already happened, at a place it
names, and it speaks of the act or its harm (``HARM_WORDS``: "Kherson water supply restored in Dniprovskyi district"
is another story of the town); or to the one use of force whose reports use a name its headline names and no other
story of its days uses ("Wounded from Tizegorou flown to Niamey", a village the gazetteer does not know). An article
is read on the days it tells as well as the day it was published: a follow-up that counts the days
since the attack it follows ("flights resumed on Friday, a day after a drone struck a hangar there", an event the
coder keeps as the story's background) is read on the day of the attack, and when that is the very day of an
incident of force, at the lower share a name earns (``TOLD_MIN_SHARE``).

Linking does not depend on the order articles arrive in: whenever an incident is created or changed, the
articles of its days that could report it and are not linked yet are looked at again
(``sitrep.analysis.update``), so a reaction stored before the incident it reacts to is linked when the
incident comes. (How specific a word is still depends on the incidents loaded at the time, which a
batch sees more of than a run of a few articles: a link on the threshold may differ.)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np

from sitrep.analysis.incidents import NAME_WEIGHT, IncidentState, ascii_folded, incident_days, keywords, names
from sitrep.analysis.statements import countries_named

ARTICLE_EVENT_ID = "article"  # the event id of a mention that links a whole article, not one of its events
LEAD_CHARS = 320  # the headline and first sentences say what the article is about; the rest is background
DAYS_BEFORE = 1  # a report dated the day before the incident's first date (time zones, "overnight")
DAYS_AFTER = 1  # reactions and follow-ups of the next day
MIN_SHARED = 4  # specific words in common, at least
MIN_SHARE = 0.15  # of the weight of the article's own words (headline and lead)
# Likeness of the article's headline and lead to the incident's headlines (cosine of sentence vectors) moves
# the share: +0.1 x (likeness - 0.4). Word share alone cannot tell a denial sharing few of the reports' words
# (right) from a same-day story on the same subject (China's retaliatory tariffs the day after the US tariffs)
# at 0.14-0.15; the headlines can (0.63 against 0.35 on the development sets). Likeness alone cannot: a story on
# the same subject reads as alike as a report of the same event (topic, not event). Hence a small weight.
HEADLINE_WEIGHT = 0.1
USUAL_LIKENESS = 0.4  # about what the headlines of two unrelated stories of the same war or crisis score
# A follow-up that names the incident by its own names ("the US sanctions on Rosneft and Lukoil") in a lead
# about something else (oil prices, a refiner's compliance) shares a small part of its words, whatever they
# are. Two names that no other incident of its days uses, in a headline and lead that read like the reports',
# still say which event it follows: it is linked at a lower share. One shared name is not enough ("Taliban"
# in a story on the Taliban minister's visit to New Delhi, the day after the strike on Kabul).
MIN_OWN_NAMES = 2
NAMED_MIN_SHARE = 0.1
NAMED_LIKENESS = 0.55  # well above USUAL_LIKENESS: the lead reads like the incident's headlines
# Quad classes of material acts (cooperation 2, conflict 4): an article reporting an event is linked to the
# event, not to what one party said about it, when both clear the bar (the denial's words match the
# accusation made over the same strike, clustered apart, as well as the strike).
MATERIAL_QUADS = frozenset({2, 4})
# A follow-up on the aftermath of an attack (the death toll rising, funerals, an investigation, the damage counted)
# tells it in words of its own ("clinic", "rescuers", "bodies") and shares too few of the reports' words for the
# bar; what it shares is the town ("Sumy death toll climbs to 14"). An article with no event at all (a visit, talks,
# a reaction are read by the rules above: "India to upgrade Kabul mission" the day after the strike on Kabul is
# another story), published on or after the day of a use of force, whose headline names the town it happened in,
# is linked to it when no other incident of its days happened at a place its headline or lead names, it shares
# PLACE_MIN_SHARED words with the reports, and its headline and lead read at least as much like the reports' as two
# stories of one crisis usually do (USUAL_LIKENESS). A town, not a region or a country (an incident's place names
# are its points'): a region is where many things happen on one day.
# A headline may name the event by a name the gazetteer does not know instead (the village, the market, the ship):
# a name that one use of force's reports use and no other story of its days does says which event it follows as the
# town does, and counts as two shared words (``incidents.NAME_WEIGHT``). Such a follow-up often names where the
# wounded or the displaced went (the capital's hospital), where other stories of the day happen: only another use of
# force at a place it names keeps it apart. Its headline tells the aftermath, not the act, and need not read like
# the reports' ("Wounded from Tizegorou flown to Niamey" scores below USUAL_LIKENESS against "Gunmen kill 17
# worshippers at mosque in western Niger"): the name is what says which event it follows.
PLACE_MIN_SHARED = 2
PLACE_QUAD = 4  # material conflict: the strike, the bombing, the clash
# What a follow-up of an attack speaks of: the act, its dead and wounded, their burial and mourning, the damage and
# the search ("Sumy death toll climbs to 14 as rescuers finish search of clinic"). A story of the same town on the
# same day that shares its name and a word or two ("Kherson water supply restored in Dniprovskyi district",
# "Novorossiysk grain terminal resumes loadings", "Cucuta border bridge reopens to lorries") speaks of none of it,
# and is another story however few stories its day has. An article linked by the town or the name its headline
# names (``_place_follow_up``) must use one of these words in its headline or lead.
HARM_WORDS = keywords(
    "attack attacked attacker strike struck bomb bomber bombing blast explosion exploded shelling shelled missile "
    "drone raid ambush ambushed massacre gunmen gunfire gunfight shooting shot kill killed killing dead death deaths "
    "toll died victim victims wounded wounding injured injuries casualties survivors hostages kidnapped abducted "
    "funeral funerals buried burial mourners mourning mourn coffin coffins bodies rubble debris damaged destroyed "
    "burned rescuers evacuated fled massacre"
)
# A follow-up published days after the event ("Flights resume at Erbil airport", two days after the drone attack)
# is outside the days its publication may report, but it tells the day it follows: "a day after a drone struck a
# hangar there" (an event the coder reads as the story's background, with the day ``sitrep.time.days_apart`` gives
# it). An article is also read on the days of its background events dated to a day in the week before it was
# published: a week is as far back as a follow-up that names its event's day by counting days reaches.
TOLD_DAYS_BACK = 7
# An article that tells an attack on the very day of an incident of force ("Thousands followed the coffin of the
# commander on Wednesday, a day after he was killed in his car") says which event it follows in its own words, as a
# name does (``MIN_OWN_NAMES``): it is linked at the lower share too. Its headline and lead tell the funeral, the
# rubble, the flights resuming, and share few of the reports' words.
TOLD_MIN_SHARE = NAMED_MIN_SHARE
# A follow-up published days after an attack that neither dates it nor counts the days ("Maiduguri buries market
# victims" on Monday, the bombing on Saturday; "Kharkiv names teachers among school dead") is outside every window
# above. What says which attack it follows is a name the reports gave and no other story of those days uses (the
# market, the school's district, the ship), beside the town: it is linked to the one use of force, in the
# LATE_DAYS after the incident's window, whose reports share two of the lead's names that no other story of its
# days uses (``MIN_OWN_NAMES``), or one besides a place of the incident the lead names (a book fair in the same
# city two days later shares the city's name only). The incident's place is not required: many attacks are placed
# at a region or a district the follow-up does not name. A headline that names the attack's own name, over a lead
# that speaks of its harm (``HARM_WORDS``: "Widows of Boulkessi soldiers appeal for support"), says which attack it
# follows as it does in the attack's days (``_place_follow_up``). Not the town alone: a city's next bombing or its
# traders' losses days later are told under its name too.
LATE_DAYS = 3
# What the parties say about an event, not another event: an article whose events are only of these
# kinds may report the incident it reacts to. One with an event of its own (a strike, a meeting, a
# ceasefire, sanctions) is another event, however many words it shares: the retaliation a day later,
# the leader's visit to the flooded town, the other side's tariffs.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# Talks about an event ("leaders discussed the strike by phone") are what the parties say about it too;
# a visit or a summit is an event of its own (the leader's visit to the flooded town), and is kept apart
# by its kind: "CONSULT:visit", "CONSULT:multilateral" (see ``link_kind``).
OWN_EVENT_MODES = {"CONSULT": frozenset({"visit", "multilateral"})}
# Statements PLOVER has no type for (CAMEO 01: condolences, appreciation, a claim of responsibility) are
# what the parties say about an event as well.
STATEMENT_KIND = "UNMAPPED"
# Statements of support, sympathy or mourning (SUPPORT: "the junta declared three days of mourning for the soldiers
# who died defending the garrison") are said about an event too; the coder gives them a type of the cooperation
# group, which the type-group veto keeps from the attack they mourn.
LINKABLE_KINDS = REACTION_TYPES | {"CONSULT", "SUPPORT", STATEMENT_KIND}
# A withdrawal or a concession that follows an incident ("Wagner leaves Rostov after the deal", "the prime
# minister resigns after the attack on students") is an act of its own, of another type group than the
# incident, and is often reported without a sentence on the incident itself. It is linked like a reaction
# only to an incident whose place it names: the retreat from Rostov follows the seizure of Rostov, while a
# ceasefire or a finance bill withdrawn the next day, naming no place of the fighting or the protest, stays an
# event of its own.
FOLLOW_UP_KINDS = frozenset({"RETREAT", "CONCEDE"})
ELIGIBLE_KINDS = LINKABLE_KINDS | FOLLOW_UP_KINDS


def link_kind(plover_type: str, plover_mode: str | None) -> str:
    """The kind of an article's event as linking reads it: its type, with the mode where the mode makes it
    an event of its own ("CONSULT:visit"). An article may be linked when every kind is in LINKABLE_KINDS."""
    if plover_mode and plover_mode in OWN_EVENT_MODES.get(plover_type, ()):
        return f"{plover_type}:{plover_mode}"
    return plover_type

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What linking reads of an article: headline, lead, date, and the incidents its own events joined."""

    article_id: str
    title: str
    text: str
    published: date | None
    own_incidents: frozenset[str] = frozenset()
    own_types: frozenset[str] = frozenset()  # the kinds of its factual events (``link_kind``)
    # The days its background acts of force are dated to, in the week before it was published (``TOLD_DAYS_BACK``):
    # "flights resumed on Friday, a day after a drone struck a hangar there" tells Thursday's strike.
    told_days: frozenset[date] = frozenset()

    def days(self) -> list[date]:
        """The days it may report an incident of (``_by_publication_day``): its publication day, and the days it
        tells of an earlier event (``told_days``)."""
        assert self.published is not None
        return [self.published, *sorted(self.told_days - {self.published})]

    @property
    def lead(self) -> str:
        """The first sentences, up to ``LEAD_CHARS`` (at least the first sentence)."""
        lead = ""
        for sentence in _SENTENCE_END.split(self.text.strip()):
            if lead and len(lead) + len(sentence) > LEAD_CHARS:
                break
            lead = f"{lead} {sentence}".strip()
        return lead


@dataclass(frozen=True, slots=True)
class ArticleLink:
    article_id: str
    incident_id: str
    score: float


def link_articles(articles: Iterable[ArticleText], incidents: Mapping[str, IncidentState]) -> list[ArticleLink]:
    """Links for the articles that report one of ``incidents`` without an event of theirs in it."""
    eligible = [
        article for article in articles
        if article.published is not None and article.own_types <= ELIGIBLE_KINDS and _isolated(article, incidents)
    ]
    if not eligible:
        return []
    weights = _specificity(incidents.values())
    by_day = _by_publication_day(incidents.values())
    late_by_day = _by_late_day(incidents.values())
    headlines = _Headlines()
    links = []
    for article in eligible:
        assert article.published is not None  # for the type checker: filtered above
        headline_and_lead = f"{article.title} {article.lead}"
        words = keywords(headline_and_lead)
        if len(words) < MIN_SHARED:
            continue
        total = sum(weights.get(word, weights[""]) for word in words)
        named_countries = countries_named(headline_and_lead)
        named = _inner_names(article)
        candidates = []
        follow_up = bool(article.own_types & FOLLOW_UP_KINDS)
        acts_only = _among_acts(article, incidents)
        for incident in _of_days(article, by_day):
            if not incident.article_ids - {article.article_id}:
                continue  # an article is not linked to its own events' incident
            if acts_only and (incident.incident_id in article.own_incidents or not _material(incident)):
                continue
            if follow_up and not names_place(words, incident):
                continue
            if elsewhere(named_countries, words, named, incident):
                continue
            shared = words & incident.words.keys()
            if len(shared) >= MIN_SHARED:
                candidates.append((_share(shared, total, weights), incident))
        if not candidates:
            _link_follow_up(article, words, by_day, late_by_day, headlines, links)
            continue
        lead_vector = headlines.encode(headline_and_lead)  # once per article, only if it has a candidate
        lead_names = name_phrases(article.lead)
        day_incidents = [other for other in _of_days(article, by_day) if other.article_ids - {article.article_id}]
        chosen = []
        for share, incident in candidates:
            likeness = headlines.likeness(lead_vector, incident, article.article_id)
            score = _link_score(share, likeness)
            told = _tells_its_day(score, article, incident)
            if told or _clears(score, likeness, lead_names, incident, day_incidents):
                chosen.append((_material(incident), score, _is_force(incident), incident.incident_id))
        # No margin over the runner-up: the runner-up is as often another part of the same event
        # (the strike and the accusation over it, clustered apart) as another event. Of the parts, the
        # material act is what the article reports. Two parts scored alike (one sentence coded as two acts of two
        # type groups, clustered apart: the attack, and the same words read as aid) go to the use of force, not to
        # the order of their ids.
        if chosen:
            _, best, _, incident_id = max(chosen)
            links.append(ArticleLink(article.article_id, incident_id, round(best, 3)))
        else:
            _link_follow_up(article, words, by_day, late_by_day, headlines, links)
    return links


def elsewhere(
    named_countries: set[str], words: frozenset[str], lead_names: list[frozenset[str]], incident: IncidentState
) -> bool:
    """Whether a headline and lead point only away from the incident: they name countries, none of the incident's
    (its parties', its places'), and neither one of its places nor a name its reports use.

    A report of an event, or of a reaction to it, names the country it happened in, a party to it, its town or its
    own names ("Afghanistan denies link to train attack in Pakistan", "Wagner leaves Rostov-on-Don after
    Belarus-brokered deal"); a story of the same days whose lead names only other countries ("the Moroccan
    counterterror agency broke up a terrorist cell" the day after a train was hijacked in Pakistan) is another
    story, however many of the days' common words ("attack", "group", "authorities", "bomb") it shares. A lead
    that names no country, or an incident whose reports give none, says nothing either way."""
    incident_countries = set(incident.parties) | set(incident.countries)
    if not named_countries or not incident_countries or named_countries & incident_countries:
        return False
    if names_place(words, incident):
        return False
    return not any(name <= incident.words.keys() for name in lead_names)


# A closing quotation mark after a sentence end: the capital after it opens a sentence, and names nothing.
_QUOTED_END = re.compile(r"([.!?])[\"\u201d\u2019]")


def _inner_names(article: ArticleText) -> list[frozenset[str]]:
    """The names of the headline and lead (``name_phrases``), less the first word of a sentence after a quotation
    ('... Al Aqsa." Authorities said')."""
    return name_phrases(_QUOTED_END.sub(r"\1", f"{article.title}. {article.lead}"))


def _of_days(article: ArticleText, by_day: Mapping[int, list[IncidentState]]) -> list[IncidentState]:
    """The incidents an article may report, by its days (``ArticleText.days``), each once."""
    found: dict[str, IncidentState] = {}
    for day in article.days():
        for incident in by_day.get(day.toordinal(), ()):
            found.setdefault(incident.incident_id, incident)
    return list(found.values())


def _link_follow_up(
    article: ArticleText, words: frozenset[str], by_day: Mapping[int, list[IncidentState]],
    late_by_day: Mapping[int, list[IncidentState]], headlines: _Headlines, links: list[ArticleLink],
) -> None:
    """The fallbacks for an article the word share linked to nothing: the town its headline names, then a name
    of a recent attack's reports (``LATE_DAYS``)."""
    if not _link_by_place(article, words, by_day, headlines, links):
        _link_late(article, words, by_day, late_by_day, links)


def _link_by_place(
    article: ArticleText, words: frozenset[str], by_day: Mapping[int, list[IncidentState]], headlines: _Headlines,
    links: list[ArticleLink],
) -> bool:
    """Adds the link of an article with no event at all that no incident's words claim, by the town its headline
    names (``_place_follow_up``); whether it did."""
    if not article.own_types:
        link = _place_follow_up(article, words, by_day, headlines)
        if link is not None:
            links.append(link)
            return True
    return False


def _link_late(
    article: ArticleText, words: frozenset[str], by_day: Mapping[int, list[IncidentState]],
    late_by_day: Mapping[int, list[IncidentState]], links: list[ArticleLink],
) -> bool:
    """Adds the link of a follow-up published in the days after an attack's window (``LATE_DAYS``) to the one
    attack at a place it names whose reports share a name of its lead besides the place; whether it did."""
    assert article.published is not None
    late = [
        incident for incident in late_by_day.get(article.published.toordinal(), ())
        if incident.article_ids - {article.article_id}
    ]
    if not late:
        return False
    others = [other for other in _of_days(article, by_day) if other.article_ids - {article.article_id}]
    lead_names = name_phrases(f"{article.title}. {article.lead}")
    title_names = name_phrases(article.title)
    harm = bool(words & HARM_WORDS)
    found = []
    for incident in late:
        own = _own_names(lead_names, incident, [*others, *late])
        beside_place = any(_beside_places(name, incident) for name in own)
        named = len(set(own)) >= MIN_OWN_NAMES or (beside_place and names_place(words, incident))
        # A headline naming the attack's own name (not its town) over a lead of its harm: as in the attack's days.
        named = named or (harm and any(_beside_places(name, incident)
                                       for name in _own_names(title_names, incident, [*others, *late])))
        if named and len(words & incident.words.keys()) >= PLACE_MIN_SHARED:
            found.append(incident)
    if len(found) != 1:
        return False
    links.append(ArticleLink(article.article_id, found[0].incident_id, 0.0))
    return True


def _clears(
    score: float, likeness: float, lead_names: list[frozenset[str]], incident: IncidentState,
    day_incidents: list[IncidentState],
) -> bool:
    """Whether a candidate clears the bar: its score, or, a little below it, the incident's own names (see
    ``MIN_OWN_NAMES``)."""
    if score >= MIN_SHARE:
        return True
    # The cheap tests first: the names are compared with every story of the day.
    return (score >= NAMED_MIN_SHARE and likeness >= NAMED_LIKENESS
            and len(set(_own_names(lead_names, incident, day_incidents))) >= MIN_OWN_NAMES)


def _tells_its_day(score: float, article: ArticleText, incident: IncidentState) -> bool:
    """Whether an article that tells an attack on one of the days of an incident of force (``TOLD_MIN_SHARE``)
    clears the lower bar."""
    return score >= TOLD_MIN_SHARE and bool(article.told_days & incident_days(incident)) and _is_force(incident)


def _place_follow_up(
    article: ArticleText, words: frozenset[str], by_day: Mapping[int, list[IncidentState]], headlines: _Headlines,
) -> ArticleLink | None:
    """The link of an aftermath story to the use of force in the town its headline names (``PLACE_MIN_SHARED``), or
    by a name only that incident's reports use (``_headline_own_name``), when it speaks of harm (``HARM_WORDS``); or
    None."""
    assert article.published is not None
    if not words & HARM_WORDS:
        return None  # another story of the town: it tells no act, harm or aftermath
    day = article.published.toordinal()
    title_words = keywords(article.title)
    # Incidents that had happened by the day it was published: a follow-up does not precede its event, and a
    # strike on the same town the next day is another incident.
    happened = [
        incident for incident in by_day.get(day, ())
        if incident.article_ids - {article.article_id} and incident.first_date is not None
        and incident.first_date.toordinal() <= day
    ]
    named = [incident for incident in happened if names_place(words, incident)]
    force = [incident for incident in named if _is_force(incident)]
    by_name = False
    if len(force) == 1 and names_place(title_words, force[0]):
        incident = force[0]
    else:
        own = _headline_own_name(article, happened)
        if own is None:
            return None
        incident, by_name = own, True
    # Another story at a place it names (what was said about the strike shares its reports); for a follow-up linked
    # by its name, another use of force only: the wounded of a village are flown to the capital, where other
    # stories of the day happen.
    rivals = [other for other in named if other is not incident and not other.article_ids & incident.article_ids]
    if any(_is_force(other) or not by_name for other in rivals):
        return None
    shared = words & incident.words.keys()
    # The name only its reports use counts as two words (``incidents.NAME_WEIGHT``).
    if len(shared) + (NAME_WEIGHT - 1 if by_name else 0) < PLACE_MIN_SHARED:
        return None
    likeness = headlines.likeness(headlines.encode(f"{article.title} {article.lead}"), incident, article.article_id)
    if likeness < USUAL_LIKENESS and not by_name:
        return None  # the name, not the headline, says which event a follow-up linked by its name follows
    return ArticleLink(article.article_id, incident.incident_id, round(_link_score(0.0, likeness), 3))


def _headline_own_name(article: ArticleText, happened: list[IncidentState]) -> IncidentState | None:
    """The one use of force, of the incidents that had happened by the article's day, whose reports use a name its
    headline names and no other story of those days uses (a village the gazetteer does not know, the market, the
    ship: "Wounded from Tizegorou flown to Niamey"), or None."""
    title_names = name_phrases(article.title)
    if not title_names:
        return None
    found = [
        incident for incident in happened
        if _is_force(incident) and any(_beside_places(name, incident)
                                       for name in _own_names(title_names, incident, happened))
    ]
    return found[0] if len(found) == 1 else None


def _beside_places(name: frozenset[str], incident: IncidentState) -> bool:
    """Whether a name the incident's reports use is more than its places' names (the town is the town rules')."""
    places = set().union(*incident.place_names) if incident.place_names else set()
    return bool((name - places) & incident.words.keys())


def _is_force(incident: IncidentState) -> bool:
    """Whether most of the incident's reports are of material conflict (a strike, a bombing, a clash)."""
    force = sum(1 for mention in incident.mentions if mention.quad_class == PLACE_QUAD)
    return 2 * force > len(incident.mentions)


def names_place(words: frozenset[str], incident: IncidentState) -> bool:
    """Whether ``words`` (a headline and lead's) name one of the incident's places ("Rostov-on-Don", "Novi Sad")."""
    return any(stems <= words for stems in incident.place_names)


def _material(incident: IncidentState) -> bool:
    """Whether one of the incident's reports is of a material act (not only words: accusations, talks)."""
    return any(mention.quad_class in MATERIAL_QUADS for mention in incident.mentions)


_NAME_PHRASE = re.compile(r"(?<=[a-z,;:'\"()] )[A-Z][A-Za-z'-]{2,}(?: [A-Z][A-Za-z'-]{2,})*")


def name_phrases(text: str) -> list[frozenset[str]]:
    """The names inside ``text``'s sentences, each as the stems of its words (``incidents.names``: no
    countries, peoples, capitals or months): "Russian President Vladimir Putin" is one name, not three."""
    found = []
    for phrase in _NAME_PHRASE.findall(ascii_folded(text)):
        stems = names(f"a {phrase}")
        if stems:
            found.append(stems)
    return found


def _own_names(
    lead_names: list[frozenset[str]], incident: IncidentState, day_incidents: list[IncidentState]
) -> list[frozenset[str]]:
    """The names of the lead that ``incident`` uses and no incident of another story on the article's days
    does (an incident that shares a report with it is a part of the same story: the sanctions and the
    agreement the same article reports)."""
    others = [
        other for other in day_incidents if other is not incident and not other.article_ids & incident.article_ids
    ]
    return [
        name for name in lead_names
        if name & incident.words.keys() and not any(name & other.words.keys() for other in others)
    ]


def _by_publication_day(incidents: Iterable[IncidentState]) -> dict[int, list[IncidentState]]:
    """Incidents by the days a report of them may be published: from the day before the first date to
    the day after the last; a month- or year-dated incident is too vague to be reported on a given day. The last day
    is the last of the days two of its reports agree on, when two do (``IncidentState.agreed_days``): one report
    dated a day later (a second attack on the town, joined on its words) must not carry the incident's reports a day
    further, where the next attack's own follow-ups are published."""
    found: dict[int, list[IncidentState]] = {}
    for incident in incidents:
        if incident.first_date is None or incident.last_date is None or _vague(incident.precision):
            continue
        first, last = incident.first_date.toordinal() - DAYS_BEFORE, _last_day(incident).toordinal() + DAYS_AFTER
        for day in range(first, last + 1):
            found.setdefault(day, []).append(incident)
    return found


def _by_late_day(incidents: Iterable[IncidentState]) -> dict[int, list[IncidentState]]:
    """Incidents of force by the days after their window (``_by_publication_day``) on which a follow-up naming
    them may still be published (``LATE_DAYS``)."""
    found: dict[int, list[IncidentState]] = {}
    for incident in incidents:
        if incident.last_date is None or _vague(incident.precision) or not _is_force(incident):
            continue
        after = _last_day(incident).toordinal() + DAYS_AFTER
        for day in range(after + 1, after + LATE_DAYS + 1):
            found.setdefault(day, []).append(incident)
    return found


def _last_day(incident: IncidentState) -> date:
    """The incident's last day as linking reads it: the last day two reports agree on, or its last date."""
    assert incident.last_date is not None
    agreed = incident.agreed_days()
    return max(agreed) if agreed else incident.last_date


def publication_days(incidents: Iterable[IncidentState]) -> set[date]:
    """The days on which a report linked to one of ``incidents`` may have been published (late follow-ups too)."""
    incidents = list(incidents)
    return {date.fromordinal(day) for day in [*_by_publication_day(incidents), *_by_late_day(incidents)]}


def _share(shared: set[str], total: float, weights: Mapping[str, float]) -> float:
    """The weight of the shared words, as a share of the ``total`` weight of the article's own words."""
    return sum(weights.get(word, weights[""]) for word in shared) / total


def _link_score(share: float, likeness: float) -> float:
    """The word share, moved a little by how much more alike than usual the headlines are."""
    return share + HEADLINE_WEIGHT * (likeness - USUAL_LIKENESS)


class _Headlines:
    """Sentence vectors of headlines, each encoded once per call of ``link_articles`` (an incident's headlines
    are compared with every article of its days)."""

    def __init__(self) -> None:
        self._vectors: dict[str, np.ndarray] = {}

    def encode(self, text: str) -> np.ndarray:
        if text not in self._vectors:
            self._vectors[text] = _sentence_vectors([text])[0]
        return self._vectors[text]

    def likeness(self, vector: np.ndarray, incident: IncidentState, article_id: str) -> float:
        """The cosine of ``vector`` with the most alike headline of the incident's other articles (0 if none)."""
        titles = sorted({m.title for m in incident.mentions if m.article_id != article_id and m.title.strip()})
        missing = [title for title in titles if title not in self._vectors]
        if missing:
            self._vectors.update(zip(missing, _sentence_vectors(missing), strict=True))
        return max((float(self._vectors[title] @ vector) for title in titles), default=0.0)


def _sentence_vectors(texts: list[str]) -> np.ndarray:
    # Imported here: sitrep.nlp loads spaCy, which clustering without a new article to link does not need.
    from sitrep.nlp.embeddings import sentence_vectors

    return sentence_vectors(texts)


def _vague(precision: str) -> bool:
    return precision in ("month", "year")


def _isolated(article: ArticleText, incidents: Mapping[str, IncidentState]) -> bool:
    """Whether none of the article's events joined an incident another article reports too, but one of words alone
    (no material act, ``_material``). Two outlets' reports of one protest over an act ("Manila accuses Beijing of
    dangerous manoeuvres", "Philippines summons Chinese envoy over water cannon incident") cluster together apart
    from the act; each is still a report of the act, and may be linked to an incident of a material act
    (``_among_acts``), never to another of words."""
    return all(
        incidents[incident_id].article_ids <= {article.article_id} or not _material(incidents[incident_id])
        for incident_id in article.own_incidents
        if incident_id in incidents
    )


def _among_acts(article: ArticleText, incidents: Mapping[str, IncidentState]) -> bool:
    """Whether the article's events joined another article's incident of words: it may then be linked only to an
    incident of a material act."""
    return any(
        incidents[incident_id].article_ids - {article.article_id}
        for incident_id in article.own_incidents
        if incident_id in incidents
    )


def _specificity(incidents: Iterable[IncidentState]) -> dict[str, float]:
    """Inverse document frequency of each word over the incidents at hand ("" for a word none uses)."""
    frequency: Counter[str] = Counter()
    count = 0
    for incident in incidents:
        count += 1
        frequency.update(incident.words.keys())
    weights = {word: math.log((count + 1) / (seen + 0.5)) for word, seen in frequency.items()}
    weights[""] = math.log((count + 1) / 0.5)
    return weights


def why_not_linked(article: ArticleText, incident: IncidentState, incidents: Mapping[str, IncidentState]) -> str:
    """The linking rule that keeps ``article`` from ``incident`` (for `sitrep eval incidents --why`): the
    same tests as ``link_articles``, in its order, with words weighed among ``incidents`` ("shared words below" is
    the share after the headline likeness's correction, when the incident's own names do not make up for it). An
    article with no event that the town its headline names did not link either is told by the word tests: they
    are the rule for most articles, the town a fallback for a few."""
    if article.published is None:
        return "undated article"
    if not article.own_types <= ELIGIBLE_KINDS:
        return "has an event of its own"
    if not _isolated(article, incidents):
        return "its event is in another article's incident"
    if incident.first_date is None or incident.last_date is None or _vague(incident.precision):
        return "incident not dated to a day"
    first, last = incident.first_date.toordinal() - DAYS_BEFORE, _last_day(incident).toordinal() + DAYS_AFTER
    if not any(first <= told.toordinal() <= last for told in article.days()):
        if incident in _by_late_day([incident]).get(article.published.toordinal(), ()):
            return "published after the incident's days: a late follow-up, not linked by the reports' own names"
        return "published outside the incident's days"
    words = keywords(f"{article.title} {article.lead}")
    if article.own_types & FOLLOW_UP_KINDS and not names_place(words, incident):
        return "a withdrawal or concession naming none of its places"
    lead_names = _inner_names(article)
    if elsewhere(countries_named(f"{article.title} {article.lead}"), words, lead_names, incident):
        return "its headline and lead name other countries, none of the incident's, its places or names"
    shared = words & incident.words.keys()
    if len(words) < MIN_SHARED or len(shared) < MIN_SHARED:
        return f"fewer than {MIN_SHARED} shared words"
    weights = _specificity(incidents.values())
    total = sum(weights.get(word, weights[""]) for word in words)
    headlines = _Headlines()
    likeness = headlines.likeness(headlines.encode(f"{article.title} {article.lead}"), incident, article.article_id)
    day_incidents = [
        other for other in _of_days(article, _by_publication_day(incidents.values()))
        if other.article_ids - {article.article_id}
    ]
    score = _link_score(_share(shared, total, weights), likeness)
    if not _clears(score, likeness, name_phrases(article.lead), incident, day_incidents) and not _tells_its_day(
            score, article, incident):
        return f"shared words below {MIN_SHARE} of its weight"
    return "another incident scored higher"
