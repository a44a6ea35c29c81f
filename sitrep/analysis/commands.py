"""CLI commands of the analysis stage: incidents, series, assess, report."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import typer

from sitrep.analysis.incidents import PRIORITY_SQL
from sitrep.analysis.series import Scope

DB_OPTION = typer.Option(Path("sitrep.duckdb"), "--db", help="The DuckDB store.")


@contextmanager
def _store(db: Path, read_only: bool = True):
    from rich.console import Console

    from sitrep.store import Store, StoreError

    try:
        store = Store.open(db, read_only=read_only)
    except StoreError as error:
        Console(stderr=True).print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    with store:
        yield store


def _window(connection, since: str | None, start: date | None, end: date | None) -> tuple[date, date]:
    """The period asked for; it ends at --to, or at the latest incident in the store (so archives work)."""
    from sitrep.analysis.assess import latest_incident_date, parse_span

    last = end or latest_incident_date(connection) or date.today()
    if start is None:
        try:
            start = last - parse_span(since or "7d")
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--since") from None
    return start, last


def _scope(dyad: str | None, pair: str | None, region: str | None) -> tuple[Scope, str]:
    chosen = [(scope, key) for scope, key in (("dyad", dyad), ("pair", pair), ("region", region)) if key]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one of --dyad, --pair, --region (or --incident)")
    return chosen[0]  # type: ignore[return-value]


def register(app: typer.Typer) -> None:
    @app.command("incidents")
    def incidents_command(
        db: Path = DB_OPTION,
        update: bool = typer.Option(False, "--update", help="First cluster events not yet in an incident."),
        limit: int = typer.Option(20, "--limit", help="How many incidents to list."),
        as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
    ) -> None:
        """List incidents (one per real-world event), most severe and best sourced first."""
        from rich.console import Console

        from sitrep.analysis.assess import counted

        with _store(db, read_only=not update) as store:
            if update:
                from sitrep.analysis.update import update_incidents

                result = update_incidents(store)
                Console(stderr=True).print(
                    f"{result.new_mentions} new mention(s), {result.articles_linked} article(s) linked as a whole; "
                    f"{result.incidents_total} incidents"
                )
            cursor = store.connection.execute(
                f"""SELECT incident_id, CAST(date_value AS VARCHAR) AS date, rung, plover_type, source_country,
                          target_country, location_name, num_articles, num_sources, summary
                   FROM incidents ORDER BY {PRIORITY_SQL} DESC, date_value DESC LIMIT ?""",
                [limit],
            )
            names = [column[0] for column in cursor.description]
            rows = cursor.fetchall()
        if as_json:
            for row in rows:
                typer.echo(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False))
            return
        console = Console()
        for (incident_id, day, rung, plover_type, source, target, place, articles, outlets, summary) in rows:
            who = f"{source or '?'}→{target or '?'}" if source or target else "?"
            console.print(
                f"[bold]{day or 'undated'}[/bold]  rung {rung}  {plover_type}  {who}  {place or '?'}  "
                f"{counted(articles or 0, 'article')}, {counted(outlets or 0, 'outlet')}  [dim]{incident_id}[/dim]",
                highlight=False,
                soft_wrap=True,
            )
            console.print(f"    {summary}", highlight=False, markup=False, soft_wrap=True)

    @app.command("series")
    def series_command(
        db: Path = DB_OPTION,
        scope: str = typer.Option("pair", "--scope", help="dyad (directed), pair (undirected) or region."),
        key: str = typer.Option(None, "--key", help="e.g. UKR-RUS; all series when omitted."),
        period: str = typer.Option("week", "--period", help="day or week."),
    ) -> None:
        """Escalation series as JSON: incidents, conflict intensity, cooperation, highest rung, ACLED counts."""
        from sitrep.analysis.series import build_series, series_to_json

        if scope not in ("dyad", "pair", "region") or period not in ("day", "week"):
            raise typer.BadParameter("--scope is dyad, pair or region; --period is day or week")
        with _store(db) as store:
            typer.echo(series_to_json(build_series(store.connection, scope, period, key)))  # type: ignore[arg-type]

    @app.command("assess")
    def assess_command(
        db: Path = DB_OPTION,
        dyad: str = typer.Option(None, "--dyad", help="Directed dyad, e.g. UKR-RUS (UKR acting on RUS)."),
        pair: str = typer.Option(None, "--pair", help="Undirected pair, e.g. UKR-RUS."),
        region: str = typer.Option(None, "--region", help="Admin1 region as COUNTRY/Region, e.g. RUS/Kursk."),
        incident: str = typer.Option(None, "--incident", help="One incident id."),
        since: str = typer.Option("7d", "--since", help="Length of the period: 7d, 2w, 3m, 1y."),
        start: str = typer.Option(None, "--from", help="Start date (YYYY-MM-DD); overrides --since."),
        end: str = typer.Option(None, "--to", help="End date; default: the latest incident in the store."),
        as_json: bool = typer.Option(False, "--json", help="The assessment with all its evidence, as JSON."),
    ) -> None:
        """Is this escalating? A short verdict with the signals, statements and sources behind it."""
        from sitrep.analysis.assess import assess, assess_incident

        with _store(db) as store:
            if incident:
                try:
                    result = assess_incident(store.connection, incident)
                except LookupError as error:
                    raise typer.BadParameter(str(error), param_hint="--incident") from None
            else:
                scope, key = _scope(dyad, pair, region)
                first, last = _window(store.connection, since, _date(start), _date(end))
                result = assess(store.connection, scope, key, first, last)
        if as_json:
            typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str))
            return
        typer.echo(result.headline)
        for signal in result.signals[:5]:
            evidence = ", ".join(item.incident_id for item in signal.evidence)
            typer.echo(f"  {signal.kind} ({signal.period_start}): {signal.explanation} [{evidence}]")
        typer.echo(f"  {result.baseline}")

    @app.command("report")
    def report_command(
        db: Path = DB_OPTION,
        since: str = typer.Option("7d", "--since", help="Length of the period: 7d, 2w, 3m, 1y."),
        start: str = typer.Option(None, "--from", help="Start date (YYYY-MM-DD); overrides --since."),
        end: str = typer.Option(None, "--to", help="End date; default: the latest incident in the store."),
        dyad: str = typer.Option(None, "--dyad", help="Only this pair of countries, e.g. UKR-RUS."),
        region: str = typer.Option(None, "--region", help="Only this admin1 region or country code."),
        fmt: str = typer.Option("md", "--format", help="md, html or pdf."),
        output: Path = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    ) -> None:
        """A situation report: top incidents, escalation changes with charts, key statements, a map."""
        from sitrep.analysis.report import build_report, render_html, render_markdown

        fmt = fmt.casefold()
        if fmt not in ("md", "html", "pdf"):
            raise typer.BadParameter(f"--format is md, html or pdf, not {fmt!r}.", param_hint="--format")
        if fmt == "pdf" and output is None and sys.stdout.isatty():
            raise typer.BadParameter("a PDF is not written to a terminal: give --output FILE or redirect stdout.",
                                     param_hint="--output")
        with _store(db) as store:
            first, last = _window(store.connection, since, _date(start), _date(end))
            report = build_report(store.connection, first, last, dyad=dyad, region=region)
        if fmt == "pdf":
            from sitrep.analysis.report_pdf import render_pdf

            document = render_pdf(report)
            if output:
                output.write_bytes(document)
            else:
                typer.echo(document, nl=False)
            return
        text = render_markdown(report) if fmt == "md" else render_html(report)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            typer.echo(text)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None
