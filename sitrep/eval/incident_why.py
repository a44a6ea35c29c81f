"""Why pairs of articles were clustered wrongly, as counts by reason (`sitrep eval incidents --why`).

A gold pair that was missed is put down to the first rule of the clusterer that kept its two articles
apart, judged on the incidents as they stand at the end: one side has no event to cluster and was not
linked as a whole (and why not), its events are of another type group, a veto (sides, date window,
place distance, nothing shared), a score below the join bar (and the part of it that fell shortest), an
event that fits the other's incident but was never merged into it, or articles whose events did meet
in one incident while another was chosen as the article's. A wrong pair is put down to how the two
came together: a whole-article link, or events joined (and how far their places agree).

Only counts come out, never an item: the evaluation set stays blind when its reasons are read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import combinations

from sitrep.analysis.article_links import ARTICLE_EVENT_ID, ELIGIBLE_KINDS, ArticleText, why_not_linked
from sitrep.analysis.incidents import (
    JOIN_THRESHOLD,
    MERGE_THRESHOLD,
    VETO_CHAIN,
    VETO_DATE,
    VETO_NOTHING_SHARED,
    VETO_OTHER_DAY,
    VETO_PLACE,
    VETO_SIDES,
    VETO_TYPE,
    EventMention,
    IncidentState,
    Judgement,
    judge,
)
from sitrep.store import Store
from sitrep.store import incidents as incident_rows

# Of several vetoes between two articles' events, the one nearest to a join is told: a pair kept apart by
# distance between one pair of events and by type between another was lost to the distance.
# Another day's act sharing only the place (or naming another place) is as near a join as a pair sharing nothing.
_VETO_ORDER = (VETO_NOTHING_SHARED, VETO_OTHER_DAY, VETO_PLACE, VETO_CHAIN, VETO_DATE, VETO_SIDES, VETO_TYPE)


class _Clustering:
    """The store's incidents, each article's events in them, its whole-article link and its text."""

    def __init__(self, store: Store, article_ids: list[str]) -> None:
        connection = store.connection
        ids = [row[0] for row in connection.execute("SELECT incident_id FROM incidents").fetchall()]
        self.states: dict[str, IncidentState] = {}
        self.own: dict[str, list[tuple[str, EventMention]]] = {article_id: [] for article_id in article_ids}
        for incident_id, mentions in incident_rows.mentions_of(connection, ids).items():
            if not mentions:
                continue
            state = IncidentState(incident_id, mentions[0].plover_type)
            for mention in mentions:
                state.add(mention)
                self.own.setdefault(mention.article_id, []).append((incident_id, mention))
            self.states[incident_id] = state
        self.linked: dict[str, str] = dict(connection.execute(
            "SELECT article_id, incident_id FROM incident_mentions WHERE event_id = ?", [ARTICLE_EVENT_ID]
        ).fetchall())
        self.coded = {row[0] for row in connection.execute("SELECT DISTINCT article_id FROM events").fetchall()}
        self.texts: dict[str, ArticleText] = {
            text.article_id: replace(text, own_incidents=frozenset(i for i, _ in self.own.get(text.article_id, [])))
            for text in incident_rows.article_texts(connection, article_ids)
        }

    def incidents_of(self, article_id: str) -> set[str]:
        found = {incident_id for incident_id, _ in self.own.get(article_id, [])}
        if article_id in self.linked:
            found.add(self.linked[article_id])
        return found


def pair_reasons(store: Store, gold: dict[str, str], predicted: dict[str, str]) -> dict[str, dict[str, int]]:
    """Counts of missed gold pairs and wrong predicted pairs, by reason (see the module's docstring)."""
    items = sorted(gold)
    clustering = _Clustering(store, items)
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for a, b in combinations(items, 2):
        same_gold, same_predicted = gold[a] == gold[b], predicted[a] == predicted[b]
        if same_gold and not same_predicted:
            missed[_why_apart(clustering, a, b, predicted)] += 1
        elif same_predicted and not same_gold:
            wrong[_why_together(clustering, a, b, predicted[a])] += 1
    return {"missed": dict(missed.most_common()), "wrong": dict(wrong.most_common())}


def _why_apart(clustering: _Clustering, a: str, b: str, predicted: dict[str, str]) -> str:
    if clustering.incidents_of(a) & clustering.incidents_of(b):
        return "met in an incident, another chosen as an article's"
    if a in clustering.linked or b in clustering.linked:
        return "linked as a whole to another incident"
    # (the event's own incident, the other article's incident, how the event fits the latter)
    judged = [
        (own_id, incident_id, judge(mention, clustering.states[incident_id]))
        for this, other in ((a, b), (b, a))
        for own_id, mention in clustering.own.get(this, [])
        for incident_id in sorted({incident_id for incident_id, _ in clustering.own.get(other, [])})
    ]
    judgements = [judgement for _, _, judgement in judged]
    if not judgements:
        if not clustering.own.get(a) and not clustering.own.get(b):
            return "neither has a factual event"
        side = a if not clustering.own.get(a) else b
        other = b if side == a else a
        kind = "no factual event" if side in clustering.coded else "no coded event"
        return f"{kind}; link: {_link_reason(clustering, side, predicted[other])}"
    compatible = [judgement for judgement in judgements if judgement.veto != VETO_TYPE]
    if not compatible:
        for side, other in ((a, b), (b, a)):
            text = clustering.texts.get(side)
            if text is not None and text.own_types <= ELIGIBLE_KINDS:
                return f"reactions only; link: {_link_reason(clustering, side, predicted[other])}"
        return f"vetoed: {VETO_TYPE}"
    fitting = [(own_id, incident_id) for own_id, incident_id, judgement in judged
               if judgement.score is not None and judgement.score >= JOIN_THRESHOLD]
    if fitting:
        return f"fits, not merged: {_merge_reason(clustering, *fitting[0])}"
    scored = [judgement for judgement in compatible if judgement.score is not None]
    if scored:
        best = max(scored, key=lambda judgement: judgement.score or 0.0)
        return f"below join score (short on {best.shortfall()})"
    return f"vetoed: {min((j.veto or VETO_TYPE for j in compatible), key=_VETO_ORDER.index)}"


def _link_reason(clustering: _Clustering, article_id: str, incident_id: str) -> str:
    incident = clustering.states.get(incident_id)
    text = clustering.texts.get(article_id)
    if incident is None or text is None:
        return "the other has no incident of events"
    return why_not_linked(text, incident, clustering.states)


def _merge_reason(clustering: _Clustering, first: str, second: str) -> str:
    """Why an event's incident (``first``) was not merged, as a whole, into one it fits (``second``): the
    test of ``IncidentClusterer.merge_pass``, the mean fit of its core reports against the other's bar."""
    this, other = clustering.states.get(first), clustering.states.get(second)
    if this is None or other is None:
        return "one side linked, not clustered"
    judgements: list[Judgement] = [judge(mention, other) for mention in this.core()]
    vetoes = [judgement.veto for judgement in judgements if judgement.score is None]
    if vetoes:
        return f"a report vetoed ({min((v or VETO_TYPE for v in vetoes), key=_VETO_ORDER.index)})"
    mean = sum(judgement.score or 0.0 for judgement in judgements) / len(judgements)
    bar = JOIN_THRESHOLD if len(this.article_ids) == 1 else MERGE_THRESHOLD
    return f"mean fit below {bar}" if mean < bar else "fits as a whole (another merge came first)"


def _why_together(clustering: _Clustering, a: str, b: str, incident_id: str) -> str:
    if clustering.linked.get(a) == incident_id or clustering.linked.get(b) == incident_id:
        return "linked as a whole"
    incident = clustering.states.get(incident_id)
    later = [mention for i, mention in clustering.own.get(b, []) if i == incident_id]
    if incident is None or not later:
        return "events joined"
    others = IncidentState(incident_id, incident.plover_type)
    for mention in incident.mentions:
        if mention.article_id != b:
            others.add(mention)
    if not others.mentions:
        return "events joined"
    best = max((judge(mention, others) for mention in later), key=lambda judgement: judgement.score or -1.0)
    if best.score is None:
        return "events joined (through the merge pass)"
    place = best.parts[2]
    where = "same place" if place >= 1.0 else "same region or named place" if place >= 0.6 else "no place agreement"
    return f"events joined, {where}"
