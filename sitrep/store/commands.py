"""``sitrep export`` and ``sitrep stats``: read what a store holds."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from sitrep.store.errors import StoreError
from sitrep.store.store import DEFAULT_PATH, Store

DB_OPTION_HELP = "The sitrep database file (DuckDB)."


class ExportKind(StrEnum):
    articles = "articles"
    events = "events"
    quotes = "quotes"
    places = "places"
    rejected = "rejected"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def open_for_reading(db: Path) -> Store:
    """Open an existing store read-only, or exit 2 with a plain message (never creates a file)."""
    try:
        return Store.open(db, read_only=True)
    except StoreError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the ``sitrep`` app."""

    @app.command("export")
    def export_command(
        kind: ExportKind = typer.Argument(..., help="What to export."),
        fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="Output format."),
        db: Path = typer.Option(Path(DEFAULT_PATH), "--db", envvar="SITREP_DB", help=DB_OPTION_HELP),
        output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    ) -> None:
        """Export articles, events, quotes, places or rejected inputs: one record per line or row."""
        if fmt is ExportFormat.parquet and output is None:
            typer.echo("Error: Parquet is a binary file format: give an output file (--output FILE.parquet)", err=True)
            raise typer.Exit(2)
        with open_for_reading(db) as store:
            try:
                count = store.export(kind.value, fmt.value, output)
            except StoreError as error:
                typer.echo(f"Error: {error}", err=True)
                raise typer.Exit(2) from None
        if output is not None:
            typer.echo(f"Wrote {count} {kind.value} to {output}", err=True)

    @app.command("stats")
    def stats_command(
        db: Path = typer.Option(Path(DEFAULT_PATH), "--db", envvar="SITREP_DB", help=DB_OPTION_HELP),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    ) -> None:
        """What the store holds: articles by language and coding state, events by type, quotes, places, rejects."""
        with open_for_reading(db) as store:
            summary = store.stats()
        if as_json:
            typer.echo(json.dumps(summary, indent=2, ensure_ascii=False))
            return
        Console().print(_stats_table(summary))


def _stats_table(summary: dict[str, Any]) -> Table:
    table = Table(title=f"sitrep store {summary['path']}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    articles = summary["articles"]
    table.add_row("articles", str(articles["total"]))
    for language, count in articles["by_language"].items():
        table.add_row(f"  language {language}", str(count))
    table.add_row("  coded", str(articles["coded"]))
    for version, count in articles["by_coded_version"].items():
        table.add_row(f"    with version {version}", str(count))
    table.add_row("  coded with an error", str(articles["coded_with_error"]))
    table.add_row("  not coded", str(articles["not_coded"]))
    published = summary["published"]
    table.add_row("published from", published["first"] or "-")
    table.add_row("published to", published["last"] or "-")
    table.add_row("events", str(summary["events"]["total"]))
    for plover_type, count in summary["events"]["by_plover_type"].items():
        table.add_row(f"  {plover_type}", str(count))
    table.add_row("  factual (not negated, hypothetical, future or background)", str(summary["factual_events"]))
    table.add_row("quotes", str(summary["quotes"]))
    table.add_row("  with a stance", str(summary["quotes_with_stance"]))
    table.add_row("incidents", str(summary["incidents"]))
    breakdown = summary["incident_breakdown"]
    table.add_row("  reported by more than one article", str(breakdown["reported_by_several_articles"]))
    table.add_row("  between two countries", str(breakdown["between_two_countries"]))
    table.add_row("  within one country (source = target)", str(breakdown["within_one_country"]))
    table.add_row("  placed at a point", str(breakdown["placed_at_a_point"]))
    table.add_row("places", str(summary["places"]))
    table.add_row("rejected inputs", str(summary["rejected"]["total"]))
    for reason, count in summary["rejected"]["by_reason"].items():
        table.add_row(f"  {reason}", str(count))
    return table
