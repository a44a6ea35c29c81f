"""``sitrep eval escalation``: do the known turning points rank among the top escalation weeks?

The project's timeline corpus (sitrep/data/evalsets/timeline_ukr_rus.jsonl) is coded,
clustered and turned into the weekly RUS–UKR series; every week gets its escalation
score (sitrep.analysis.signals). The turning points of turning_points.json are looked up
by their week, and their ranks reported beside the ranks a no-change baseline gives them
(weeks ranked by the absolute week-on-week change in conflict intensity).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import typer

from sitrep.analysis.series import build_series, normalise_key
from sitrep.analysis.signals import assess_series
from sitrep.eval.clustering import articles_of, code_into_store, read_corpus
from sitrep.store import Store

EVALSETS = Path(__file__).resolve().parent.parent / "data" / "evalsets"
TIMELINE = EVALSETS / "timeline_ukr_rus.jsonl"
TURNING_POINTS = EVALSETS / "turning_points.json"


def _rank(values: dict[date, float], week: date) -> int:
    """1 = the highest value; ties share the better rank."""
    return 1 + sum(1 for value in values.values() if value > values.get(week, 0.0))


def evaluate_escalation(timeline: Path = TIMELINE, turning_points: Path = TURNING_POINTS) -> dict[str, Any]:
    gold = json.loads(turning_points.read_text(encoding="utf-8"))
    spec = gold["series"]
    articles = articles_of(read_corpus(timeline))
    with Store.open(":memory:") as store:
        code_into_store(store, articles)
        key = normalise_key(spec["scope"], spec["key"])
        points = build_series(store.connection, spec["scope"], spec["period"], key).get(key, [])
        periods = assess_series(store.connection, points)
    scores = {period.point.period_start: period.score for period in periods}
    baseline = {period.point.period_start: period.baseline_score for period in periods}
    results = []
    for point in gold["turning_points"]:
        day = date.fromisoformat(point["date"])
        week = day - timedelta(days=day.weekday())
        results.append({
            "name": point["name"],
            "week": week.isoformat(),
            "rank": _rank(scores, week) if week in scores else None,
            "baseline_rank": _rank(baseline, week) if week in baseline else None,
            "score": round(scores.get(week, 0.0), 3),
            "signals": [s.explanation for p in periods if p.point.period_start == week for s in p.signals],
        })
    ranked = [r["rank"] for r in results if r["rank"] is not None]
    baseline_ranked = [r["baseline_rank"] for r in results if r["baseline_rank"] is not None]
    return {
        "articles": len(articles),
        "weeks": len(periods),
        "weeks_with_incidents": sum(1 for p in periods if p.point.incidents),
        "turning_points": results,
        "mean_rank": sum(ranked) / len(ranked) if ranked else None,
        "baseline_mean_rank": sum(baseline_ranked) / len(baseline_ranked) if baseline_ranked else None,
        "in_top_10": sum(1 for rank in ranked if rank <= 10),
        "baseline_in_top_10": sum(1 for rank in baseline_ranked if rank <= 10),
    }


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("escalation")
    def escalation_command(
        timeline: Path = typer.Option(TIMELINE, "--timeline", help="Dated reports (JSONL)."),
        turning_points: Path = typer.Option(TURNING_POINTS, "--turning-points", help="Gold turning points (JSON)."),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Ranks of known turning points among the weeks of the escalation series, against a no-change baseline."""
        result = evaluate_escalation(timeline, turning_points)
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        typer.echo(f"{result['articles']} reports, {result['weeks']} weeks "
                   f"({result['weeks_with_incidents']} with incidents)")
        for point in result["turning_points"]:
            typer.echo(f"  {point['name']} (week of {point['week']}): rank {point['rank']} "
                       f"(no-change baseline: {point['baseline_rank']})")
        typer.echo(f"in the top 10: {result['in_top_10']} of {len(result['turning_points'])} "
                   f"(baseline {result['baseline_in_top_10']}); mean rank {result['mean_rank']} "
                   f"(baseline {result['baseline_mean_rank']})")
