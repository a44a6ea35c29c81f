"""Running the whole pipeline over an evaluation corpus into a scratch store, and scoring clusterings."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from datetime import date
from itertools import combinations
from pathlib import Path

from sitrep.analysis.update import update_incidents
from sitrep.ingest.records import article_from_record
from sitrep.model import Article
from sitrep.store import Store


def read_corpus(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def articles_of(records: Iterable[dict]) -> list[Article]:
    return [article_from_record(record, source_ref=record.get("id")) for record in records]


def code_into_store(
    store: Store, articles: list[Article], progress: bool = False, runs: int = 1, seed: int = 0
) -> None:
    """Store, code and cluster ``articles`` as `sitrep run` would. With ``runs`` > 1 the articles arrive in
    that many runs, in an order shuffled with ``seed``, incidents updated after each: a reaction may come
    before the incident it reacts to, as in a live feed."""
    from sitrep.pipeline import Coder
    from sitrep.pipeline.commands import code_store

    if runs < 1:
        raise ValueError(f"runs must be at least 1, not {runs}")
    order = list(articles)
    if runs > 1:
        random.Random(seed).shuffle(order)
    coder = Coder()
    size = -(-len(order) // runs) if order else 1
    for first in range(0, max(len(order), 1), size):
        store.add_articles(order[first:first + size])
        code_store(store, coder, progress=progress)
        update_incidents(store)


def article_incidents(store: Store, lead: bool = True) -> dict[str, str]:
    """Each article's incident: of the incidents its events joined or it was linked to as a whole, the one
    reported by the most articles (an article is about the event others report too), then one of a
    material event (the blast, not the accusation over it), then the one holding its most confident event.

    With ``lead`` (the reading scored since the seventh session, second round): an article whose first clustered
    event is an act of material conflict (quad class 4) dated to a day, more than a day from the day of the incident
    chosen above, is about that act: "Drones hit Ust-Luga port again", whose later sentences recall Sunday's strike and
    join its incident, reports Wednesday's attack, however many articles reported Sunday's. A lead of material
    cooperation or retreat ("Power restored in Zaporizhzhia two days after drone strike", "troops pull out of the
    camp") is the aftermath of the act the article follows (tenth session; quad class 2 was read as a lead too before).
    ``lead=False`` is the reading before."""
    rows = store.connection.execute(
        """
        SELECT m.article_id, m.incident_id, i.date_value, i.date_precision FROM incident_mentions m
        LEFT JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        JOIN incidents i ON i.incident_id = m.incident_id
        QUALIFY row_number() OVER (
            PARTITION BY m.article_id
            ORDER BY i.num_articles DESC, coalesce(i.quad_class IN (2, 4), false) DESC,
                     e.confidence DESC NULLS LAST, e.start NULLS LAST, m.incident_id
        ) = 1
        """
    ).fetchall()
    chosen = {article_id: incident_id for article_id, incident_id, _, _ in rows}
    if not lead:
        return chosen
    leads = store.connection.execute(
        """
        SELECT e.article_id, m.incident_id, e.date_value, e.date_precision, e.quad_class FROM events e
        JOIN incident_mentions m ON m.article_id = e.article_id AND m.event_id = e.event_id
        QUALIFY row_number() OVER (PARTITION BY e.article_id ORDER BY e.start, e.event_id) = 1
        """
    ).fetchall()
    days = {article_id: (day, precision) for article_id, _, day, precision in rows}
    for article_id, incident_id, day, precision, quad_class in leads:
        other_day, other_precision = days.get(article_id, (None, None))
        if (quad_class == 4 and precision == "day" and other_precision == "day" and day and other_day
                and abs((_as_date(day) - _as_date(other_day)).days) > 1):
            chosen[article_id] = incident_id
    return chosen


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def pairwise_scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 over items clustered together, and the adjusted Rand index."""
    from sklearn.metrics import adjusted_rand_score

    items = sorted(gold)
    true_pairs = {(a, b) for a, b in combinations(items, 2) if gold[a] == gold[b]}
    predicted_pairs = {(a, b) for a, b in combinations(items, 2) if predicted[a] == predicted[b]}
    hits = len(true_pairs & predicted_pairs)
    precision = hits / len(predicted_pairs) if predicted_pairs else 0.0
    recall = hits / len(true_pairs) if true_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    ari = adjusted_rand_score([gold[i] for i in items], [predicted[i] for i in items])
    return {"precision": precision, "recall": recall, "f1": f1, "ari": float(ari)}
