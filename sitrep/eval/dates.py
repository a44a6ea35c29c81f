"""``sitrep eval dates``: event dates on the project's own test set (sitrep/data/evalsets/dates.jsonl).

Each item gives a sentence, its publication date, the event's trigger word, whether
the event is in the future, and the expected date and precision. The event is
dated by the same function the ``event_dates`` stage uses; an item counts as right
when both the value and the precision match.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer

from sitrep.ingest.records import article_from_record
from sitrep.model import CodedDocument, Event, Modality
from sitrep.time.stage import EventDateStage

DATES_SET = Path(__file__).resolve().parent.parent / "data" / "evalsets" / "dates.jsonl"


@dataclass(frozen=True, slots=True)
class DateItem:
    id: str
    published: str
    text: str
    trigger: str
    future: bool
    value: str | None
    precision: str


def read_dates(path: Path = DATES_SET) -> list[DateItem]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            items.append(
                DateItem(row["id"], row["published"], row["text"], row["trigger"], row.get("future", False),
                         row["expected"]["value"], row["expected"]["precision"])
            )
    return items


def predict(item: DateItem) -> tuple[str | None, str]:
    article = article_from_record({"id": item.id, "text": item.text, "published": item.published})
    trigger_start = article.text.index(item.trigger)
    event = Event(
        event_id="e1", article_id=article.id, sentence=article.text, start=0, end=len(article.text),
        trigger=item.trigger, plover_type="OTHER", modality=Modality(future=item.future),
        trigger_start=trigger_start, trigger_end=trigger_start + len(item.trigger),
    )
    from sitrep.nlp import get_nlp

    # The stage itself, as `sitrep code` runs it: the trigger's parse decides tense, reactions and re-mentions.
    coded = CodedDocument(article)
    coded.events = [event]
    EventDateStage()(get_nlp()(article.text), coded)
    assert event.date is not None
    return event.date.value, event.date.precision


def evaluate_dates(items: list[DateItem]) -> dict[str, Any]:
    right = Counter()
    total = Counter()
    errors = []
    for item in items:
        value, precision = predict(item)
        total[item.precision] += 1
        if (value, precision) == (item.value, item.precision):
            right[item.precision] += 1
        else:
            errors.append({"id": item.id, "text": item.text, "expected": [item.value, item.precision],
                           "got": [value, precision]})
    return {
        "items": len(items),
        "exact": sum(right.values()) / len(items) if items else 0.0,
        "by_precision": {key: {"n": total[key], "exact": right[key] / total[key]} for key in sorted(total)},
        "errors": errors,
    }


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("dates")
    def dates_command(
        dataset: Path = typer.Option(DATES_SET, "--dataset", help="A dates test set in the project's JSONL format."),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Event dates: share of events dated exactly right (value and precision)."""
        from rich.console import Console
        from rich.table import Table

        result = evaluate_dates(read_dates(dataset))
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        table = Table(title=f"Event dates ({result['items']} items): exact {result['exact']:.1%}")
        table.add_column("precision")
        table.add_column("n", justify="right")
        table.add_column("exact", justify="right")
        for key, figures in result["by_precision"].items():
            table.add_row(key, str(figures["n"]), f"{figures['exact']:.1%}")
        console = Console()
        console.print(table)
        for error in result["errors"]:
            console.print(f"[red]{error['id']}[/red] {error['text']} expected {error['expected']} got {error['got']}")
