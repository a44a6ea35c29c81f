"""Running the whole pipeline over an evaluation corpus into a scratch store, and scoring clusterings."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
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


def article_incidents(store: Store) -> dict[str, str]:
    """Each article's incident: of the incidents its events joined or it was linked to as a whole, the one
    reported by the most articles (an article is about the event others report too), then one of a
    material event (the blast, not the accusation over it), then the one holding its most confident event."""
    rows = store.connection.execute(
        """
        SELECT m.article_id, m.incident_id FROM incident_mentions m
        LEFT JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        JOIN incidents i ON i.incident_id = m.incident_id
        QUALIFY row_number() OVER (
            PARTITION BY m.article_id
            ORDER BY i.num_articles DESC, coalesce(i.quad_class IN (2, 4), false) DESC,
                     e.confidence DESC NULLS LAST, e.start NULLS LAST, m.incident_id
        ) = 1
        """
    ).fetchall()
    return dict(rows)


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
