"""``sitrep eval events``: score event coding on PETRARCH2, the UniversalPetrarch GSR, PLOVER,
CASE 2021 and ConfliBERT quad classes (readers in ``event_readers``, runs in ``event_harness``)."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitrep.eval.event_harness import (
    DATASETS,
    DatasetResult,
    EvalSetupError,
    EventCoder,
    build_coder,
    check_data_dir,
    dataset_size,
    evaluate,
)
from sitrep.eval.event_readers import EvalDataError

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data"

# Goals the project set itself (BENCHMARKS.md), by dataset and figure.
GOALS: dict[tuple[str, str], float] = {
    ("petrarch2", "exact_record_accuracy"): 0.80,
    ("gsr", "triple_f1"): 0.75,
    ("plover", "type_accuracy"): 0.80,
    ("case", "weighted_f1"): 0.84,
    ("quad", "macro_f1"): 0.75,
}


def run_evaluations(
    datasets: list[str],
    data_dir: Path,
    limit: int | None,
    console: Console | None = None,
    head_sets_quad_class: bool = False,
) -> list[DatasetResult]:
    """Evaluate each dataset; one coder is shared by all datasets that use sitrep's own actors."""
    check_data_dir(data_dir, datasets)
    shared_coder: EventCoder | None = None
    results = []
    for dataset in datasets:
        if dataset == "petrarch2":
            coder = build_coder(dataset, data_dir)
        else:
            options = {"head_sets_quad_class": True} if head_sets_quad_class else {}
            shared_coder = shared_coder or build_coder(dataset, data_dir, **options)
            coder = shared_coder
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=console is None,
        ) as progress:
            task = progress.add_task(dataset, total=dataset_size(dataset, data_dir, limit))
            results.append(evaluate(dataset, data_dir, limit, coder=coder, progress=partial(progress.advance, task)))
    return results


def results_table(results: list[DatasetResult]) -> Table:
    table = Table(title="sitrep event coding")
    for column in ("dataset", "n", "figure", "value", "goal", "docs/s"):
        table.add_column(column, justify="right" if column in ("n", "value", "goal", "docs/s") else "left")
    for result in results:
        speed = f"{result.items / result.seconds:.0f}" if result.seconds else "-"
        for index, (name, value) in enumerate(result.figures.items()):
            goal = GOALS.get((result.dataset, name))
            first = index == 0
            table.add_row(
                result.dataset if first else "",
                str(result.items) if first else "",
                name,
                f"{value:.3f}",
                "" if goal is None else f"{'✓' if value >= goal else '✗'} {goal:.2f}",
                speed if first else "",
            )
        table.add_section()
    return table


def categories_table(result: DatasetResult) -> Table:
    table = Table(title=f"{result.dataset}: per category")
    for column in ("category", "n", "right", "accuracy"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for category, row in result.per_category.items():
        table.add_row(category, str(row["n"]), str(row["right"]), f"{row['accuracy']:.3f}")
    return table


def confusion_table(result: DatasetResult, limit: int = 10) -> Table:
    """The ``limit`` most frequent (gold, predicted) confusions of a set; all of them when ``limit`` is 0."""
    rows = result.confusion if limit == 0 else result.confusion[:limit]
    shown = "all" if len(rows) == len(result.confusion) else f"top {len(rows)} of {len(result.confusion)}"
    table = Table(title=f"{result.dataset}: most frequent confusions ({shown})")
    for column in ("gold", "predicted", "count"):
        table.add_column(column, justify="right" if column == "count" else "left")
    for gold, predicted, count in rows:
        table.add_row(gold, predicted, str(count))
    return table


def results_json(results: list[DatasetResult], data_dir: Path, limit: int | None) -> dict[str, Any]:
    return {
        "data_dir": str(data_dir),
        "limit": limit,
        "goals": {f"{dataset}.{figure}": goal for (dataset, figure), goal in GOALS.items()},
        "results": {result.dataset: result.to_dict() for result in results},
    }


def register(eval_app: typer.Typer) -> None:
    """Add ``sitrep eval events``."""

    @eval_app.command("events")
    def events(
        dataset: str = typer.Option("all", "--dataset", "-d", help=f"One of {', '.join(DATASETS)}, or all."),
        data_dir: Path = typer.Option(DEFAULT_DATA_DIR, "--data-dir", help="The shared evaluation data folder."),
        limit: int = typer.Option(None, "--limit", "-n", min=1, help="Score only the first N items of each set."),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON instead of tables."),
        output: Path = typer.Option(None, "--output", "-o", help="Also write the figures as JSON to this file."),
        confusion: bool = typer.Option(False, "--confusion", help="Show the most frequent confusions."),
        confusion_limit: int = typer.Option(
            10, "--confusion-limit", min=0, help="How many confusions --confusion shows (0: all)."
        ),
        head_quad: bool = typer.Option(
            False, "--head-quad", help="Let the learned head set QuadClass (an experiment; off in `sitrep code`)."
        ),
    ) -> None:
        """Score event coding against PETRARCH2, GSR, PLOVER, CASE 2021 and quad-class gold data."""
        datasets = list(DATASETS) if dataset == "all" else [dataset]
        if any(name not in DATASETS for name in datasets):
            raise typer.BadParameter(f"unknown dataset {dataset!r}; choose from {', '.join(DATASETS)} or all")
        console = Console(stderr=True)
        try:
            results = run_evaluations(
                datasets, data_dir, limit, console=None if as_json else console, head_sets_quad_class=head_quad
            )
        except (EvalDataError, EvalSetupError) as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None
        figures = results_json(results, data_dir, limit)
        if output is not None:
            output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        if as_json:
            typer.echo(json.dumps(figures, indent=2))
            return
        out = Console()
        out.print(results_table(results))
        for result in results:
            if result.per_category:
                out.print(categories_table(result))
            if confusion and result.confusion:
                out.print(confusion_table(result, confusion_limit))
