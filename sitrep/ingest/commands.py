"""CLI commands of this stage: ``sitrep ingest`` and ``sitrep watch``."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape

from sitrep.ingest.records import parse_field_mapping
from sitrep.ingest.run import IngestReport, ingest_memory_limit
from sitrep.ingest.watch import parse_interval, poll, read_feed_list
from sitrep.store import DEFAULT_PATH

if TYPE_CHECKING:
    from sitrep.store import Store

_SHOWN_REJECTIONS = 20
# JSONL and CSV are read a record at a time, so for them the cap is on each record, not the file.
_MAX_MB_HELP = "Refuse inputs larger than this (MB): a file, or one record of a JSONL or CSV file."


def _console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _max_bytes(max_mb: float) -> int:
    return max(1, int(max_mb * 1_000_000))


def print_report(report: IngestReport, console: Console, prefix: str = "") -> None:
    """The summary: counts, then each rejected input with its reason."""
    rejected = len(report.rejected)
    console.print(
        f"{prefix}read {report.read} article(s): {report.new} new, {report.duplicates} duplicate(s); "
        f"{rejected} input(s) rejected"
    )
    for item in report.rejected[:_SHOWN_REJECTIONS]:
        detail = f" ({item.detail})" if item.detail else ""
        console.print(f"  [red]rejected[/] {escape(item.source_ref)}: {escape(item.reason)}{escape(detail)}")
    if rejected > _SHOWN_REJECTIONS:
        console.print(f"  … and {rejected - _SHOWN_REJECTIONS} more (kept in the store's rejected table)")


def _with_store(
    db: str,
    console: Console,
    work: Callable[[Store], IngestReport],
    *,
    max_bytes: int,
    fatal: bool = True,
) -> IngestReport | None:
    """Run ``work`` with the store open (its cache capped for records up to ``max_bytes``). A locked
    or unusable store is said plainly and ends the command (exit 2), or, when not ``fatal`` (a long
    watch), gives None so the next poll can retry."""
    import duckdb

    from sitrep.store import Store, StoreError

    try:
        with Store.open(db, memory_limit=ingest_memory_limit(max_bytes)) as store:
            return work(store)
    except (StoreError, duckdb.IOException) as error:  # locked, wrong schema, or a path DuckDB cannot open
        console.print(f"[red]error:[/] {escape(str(error))}")
        if fatal:
            raise typer.Exit(2) from None
        return None


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the ``sitrep`` app."""

    @app.command("ingest")
    def ingest_command(
        sources: list[str] = typer.Argument(
            ..., metavar="PATH_OR_URL...", help="Files, folders, http(s) URLs or feeds; - reads stdin."
        ),
        db: str = typer.Option(DEFAULT_PATH, "--db", help="The DuckDB store to write to (created if missing)."),
        field: list[str] = typer.Option(
            None, "--field", help="Take an article field from another key: FIELD=KEY, e.g. text=body (repeatable)."
        ),
        follow: bool = typer.Option(False, "--follow", help="For feeds, fetch each entry's page for its full text."),
        max_mb: float = typer.Option(50.0, "--max-mb", min=0.000001, help=_MAX_MB_HELP),
    ) -> None:
        """Read articles from files, folders, URLs and feeds into the store; report what was rejected and why.

        Exit code 0 when every input was read, 1 when some were rejected (the rest are stored).
        """
        from sitrep.ingest.run import ingest

        try:
            fields = parse_field_mapping(field or [])
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--field") from None
        console = _console()
        report = _with_store(
            db,
            console,
            lambda store: ingest(
                sources,
                store,
                fields=fields,
                follow=follow,
                max_bytes=_max_bytes(max_mb),
                progress=True,
            ),
            max_bytes=_max_bytes(max_mb),
        )
        if report is None:  # unreachable: a fatal store error has already exited
            raise typer.Exit(2)
        print_report(report, console)
        if not report.complete:
            raise typer.Exit(1)

    @app.command("watch")
    def watch_command(
        feeds_file: Path = typer.Argument(
            ..., metavar="FEEDS_FILE", help="Feed URLs or paths, one a line (# starts a comment)."
        ),
        every: str = typer.Option("15m", "--every", help="Time between polls: 30s, 15m, 1h."),
        db: str = typer.Option(DEFAULT_PATH, "--db", help="The DuckDB store to write to (created if missing)."),
        follow: bool = typer.Option(False, "--follow", help="Fetch each new entry's page for its full text."),
        once: bool = typer.Option(False, "--once", help="Poll once and exit (for cron)."),
        max_polls: int | None = typer.Option(None, "--max-polls", min=1, help="Stop after this many polls."),
        max_mb: float = typer.Option(50.0, "--max-mb", min=0.000001, help=_MAX_MB_HELP),
    ) -> None:
        """Poll feeds and store what is new; a feed that is down is reported and the watch goes on.

        The store is opened only while a poll runs, so other commands can use it in between. Exit code
        0 after the last poll even when a feed was down (each poll reports it); 2 when the store
        cannot be opened for a single poll (--once).
        """
        try:
            interval = parse_interval(every)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--every") from None
        console = _console()
        seen: set[str] = set()
        polls = 1 if once else max_polls
        count = 0
        try:
            while True:
                count += 1
                try:
                    feeds = read_feed_list(feeds_file)
                except (OSError, UnicodeDecodeError) as error:
                    console.print(f"[red]error:[/] cannot read the feeds file {feeds_file}: {escape(str(error))}")
                    raise typer.Exit(2) from None
                stamp = time.strftime("%Y-%m-%d %H:%M:%S")
                report = _with_store(
                    db,
                    console,
                    lambda store, feeds=feeds: poll(
                        feeds, store, seen=seen, follow=follow, max_bytes=_max_bytes(max_mb)
                    ),
                    max_bytes=_max_bytes(max_mb),
                    fatal=polls == 1,
                )
                if report is not None:
                    print_report(report, console, prefix=f"{stamp} poll {count} of {len(feeds)} feed(s): ")
                if polls is not None and count >= polls:
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            console.print("watch stopped")
