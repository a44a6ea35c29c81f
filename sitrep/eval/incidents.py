"""``sitrep eval incidents``: incident clustering on the project's set of many outlets reporting the same events.

Each article of sitrep/data/evalsets/incidents.jsonl carries its gold incident. The
pipeline codes and clusters the articles; an article's predicted incident is, of the
incidents its events joined, the one reported by the most articles, then the one holding
its most confident event (see ``article_incidents``; an article with no event is alone).
Scored by pairwise precision/recall/F1 and the adjusted Rand index. ``--dataset`` scores
another set in the same format, such as the development set incidents_dev.jsonl. ``--runs N``
feeds the articles in N runs in a shuffled order (``--seed``), updating incidents after each, as a
live feed would: the figures should not depend on the order articles arrive in. ``--why`` adds the
missed and wrong pairs counted by the clusterer's reason (``sitrep.eval.incident_why``): counts only, so
the evaluation set stays blind.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from sitrep.eval.clustering import article_incidents, articles_of, code_into_store, pairwise_scores, read_corpus
from sitrep.eval.incident_why import pair_reasons
from sitrep.store import Store

INCIDENTS_SET = Path(__file__).resolve().parent.parent / "data" / "evalsets" / "incidents.jsonl"


def evaluate_incidents(path: Path = INCIDENTS_SET, runs: int = 1, seed: int = 0, why: bool = False) -> dict[str, Any]:
    """Scores of the clustering; ``runs`` > 1 feeds the articles in that many runs, shuffled with ``seed``;
    ``why`` adds the counts of missed and wrong pairs by reason (``"why"``: {"missed": ..., "wrong": ...})."""
    records = read_corpus(path)
    articles = articles_of(records)
    gold = {article.id: record["incident"] for article, record in zip(articles, records, strict=True)}
    with Store.open(":memory:") as store:
        code_into_store(store, articles, runs=runs, seed=seed)
        found = article_incidents(store)
        predicted = {article_id: found.get(article_id, f"alone:{article_id}") for article_id in gold}
        reasons = pair_reasons(store, gold, predicted) if why else None
        # The reading before the seventh session's second round (the incident most articles report, whatever the
        # article leads with), scored beside it: see ``article_incidents``.
        before = article_incidents(store, lead=False)
        old_scores = pairwise_scores(gold, {article_id: before.get(article_id, f"alone:{article_id}")
                                            for article_id in gold})
    scores = pairwise_scores(gold, predicted)
    result = {
        "articles": len(gold),
        "gold_incidents": len(set(gold.values())),
        "predicted_incidents": len(set(predicted.values())),
        "articles_without_incident": sum(1 for article_id in gold if article_id not in found),
        **{key: round(value, 4) for key, value in scores.items()},
    }
    result["old_reading"] = {key: round(old_scores[key], 4) for key in ("precision", "recall", "f1")}
    if reasons is not None:
        result["why"] = reasons
    return result


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("incidents")
    def incidents_command(
        dataset: Path = typer.Option(INCIDENTS_SET, "--dataset", help="Articles with gold incident labels (JSONL)."),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
        runs: int = typer.Option(1, "--runs", min=1,
                                 help="Feed the articles in this many runs, shuffled, incidents updated after each."),
        seed: int = typer.Option(0, "--seed", help="Seed of the shuffle when --runs > 1."),
        why: bool = typer.Option(False, "--why", help="Count missed and wrong pairs by the clusterer's reason "
                                 "(counts only: no item is shown)."),
    ) -> None:
        """Incident clustering: pairwise precision/recall/F1 and adjusted Rand index."""
        result = evaluate_incidents(dataset, runs=runs, seed=seed, why=why)
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        typer.echo(
            f"{result['articles']} articles, {result['gold_incidents']} gold incidents, "
            f"{result['predicted_incidents']} predicted ({result['articles_without_incident']} articles without one)\n"
            f"pairwise precision {result['precision']:.3f} recall {result['recall']:.3f} F1 {result['f1']:.3f}; "
            f"ARI {result['ari']:.3f}"
        )
        old = result["old_reading"]
        typer.echo(f"old reading (an article's incident: the one most articles report): "
                   f"precision {old['precision']:.3f} recall {old['recall']:.3f} F1 {old['f1']:.3f}")
        for kind, label in (("missed", "missed gold pairs"), ("wrong", "wrong predicted pairs")):
            if "why" in result:
                counts = result["why"][kind]
                typer.echo(f"{label}: {sum(counts.values())}")
                for reason, count in counts.items():
                    typer.echo(f"  {count:4d}  {reason}")
