"""``sitrep code``: the stable, scriptable face of the pipeline (JSONL in, JSONL out)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import typer

from sitrep.ingest.records import RecordError, article_from_record
from sitrep.model import Article, CodedDocument


def _read_lines(stream: IO[str]) -> Iterator[tuple[int, Article | str, str | None]]:
    """(line number, article or error message, the input id if any) for each non-blank line."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"line {number}: invalid JSON: {error.msg}", None
            continue
        if not isinstance(record, dict):
            yield number, f"line {number}: expected a JSON object", None
            continue
        record_id = record.get("id")
        try:
            yield number, article_from_record(record, source_ref=f"line {number}"), record_id
        except RecordError as error:
            yield number, f"line {number}: {error}", record_id


def code_stream(
    input_stream: IO[str], output_stream: IO[str], stages: list[str] | None = None, events_stage: object = None
) -> tuple[int, int]:
    """Code every input line; one output line per input line, in order. Returns (coded, failed).

    ``events_stage``: a configured events stage (e.g. PETRARCH dictionaries) in place of the default one."""
    from sitrep.pipeline import DEFAULT_STAGES, Coder

    coder = Coder(stages or DEFAULT_STAGES)
    if events_stage is not None:
        coder.stages = [(name, events_stage if name == "events" else stage) for name, stage in coder.stages]
    entries = list(_read_lines(input_stream))
    articles = [entry for _, entry, _ in entries if isinstance(entry, Article)]
    coded_docs: Iterator[CodedDocument] = coder.code_many(articles)
    failed = 0
    for _, entry, record_id in entries:
        if isinstance(entry, Article):
            result = next(coded_docs).to_dict()
        else:
            result = {"id": record_id, "events": [], "quotes": [], "places": [], "error": entry}
        if "error" in result and not str(result["error"]).startswith("not coded"):
            failed += 1
        output_stream.write(json.dumps(result, ensure_ascii=False) + "\n")
    return len(entries) - failed, failed


def register(app: typer.Typer) -> None:
    @app.command("code")
    def code(
        input: str = typer.Option("-", "--input", "-i", help="JSONL file of articles, or - for stdin."),
        output: str = typer.Option("-", "--output", "-o", help="JSONL file to write, or - for stdout."),
        stage: list[str] = typer.Option(None, "--stage", help="Run only these pipeline stages (repeatable)."),
        petrarch_dir: Path = typer.Option(
            None, "--petrarch-dir", help="Code events the PETRARCH way with the dictionaries in this folder."
        ),
        verbs: Path = typer.Option(None, "--verbs", help="PETRARCH verb dictionary (codes events the PETRARCH way)."),
        actors: Path = typer.Option(None, "--actors", help="PETRARCH actor dictionary (with --verbs)."),
        agents: Path = typer.Option(None, "--agents", help="PETRARCH agent dictionary (with --verbs)."),
        discards: Path = typer.Option(None, "--discards", help="PETRARCH discard list (with --verbs)."),
    ) -> None:
        """Code articles: one JSON line in ({id, text, title?, published?, url?}), one coded line out."""
        from sitrep.events.petrarch_coding import petrarch_stage_from_options

        try:
            events_stage = petrarch_stage_from_options(petrarch_dir, verbs, actors, agents, discards)
        except ValueError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None
        with ExitStack() as stack:
            source = sys.stdin if input == "-" else stack.enter_context(Path(input).open(encoding="utf-8"))
            sink = sys.stdout if output == "-" else stack.enter_context(Path(output).open("w", encoding="utf-8"))
            _, failed = code_stream(source, sink, stage or None, events_stage)
        if failed:
            typer.echo(f"{failed} input line(s) could not be coded; see their 'error' fields.", err=True)
            raise typer.Exit(1)

    @app.command("run")
    def run(
        sources: list[str] = typer.Argument(..., help="Files, folders, feeds, URLs, or - for stdin."),
        db: Path = typer.Option(Path("sitrep.duckdb"), "--db", help="The DuckDB store to write."),
        field: list[str] = typer.Option(None, "--field", help="Map a field name, e.g. text=body (repeatable)."),
        follow: bool = typer.Option(False, "--follow", help="For feeds, fetch each entry's page for its full text."),
        batch_size: int = typer.Option(32, "--batch-size", help="Articles parsed and written per transaction."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
    ) -> None:
        """Ingest, code and store in one go: what `sitrep ingest` then coding every new article would do."""
        from rich.console import Console

        from sitrep.analysis.update import update_incidents
        from sitrep.ingest import ingest, parse_field_mapping
        from sitrep.ingest.run import ingest_memory_limit
        from sitrep.pipeline import Coder
        from sitrep.store import Store, StoreLockedError

        console = Console(stderr=True)
        try:
            with Store.open(db, memory_limit=ingest_memory_limit()) as store:
                report = ingest(sources, store, fields=parse_field_mapping(field or []), follow=follow,
                                progress=not quiet)
                coder = Coder(batch_size=batch_size)
                coded, failed = code_store(store, coder, progress=not quiet)
                incidents = update_incidents(store)
        except StoreLockedError as error:
            console.print(f"[red]{error}[/red]")
            raise typer.Exit(2) from None
        console.print(
            f"read {report.read}, new {report.new}, duplicates {report.duplicates}, "
            f"rejected {len(report.rejected)}; coded {coded} article(s)"
            + (f", {failed} failed (see `sitrep export articles`)" if failed else "")
            + f"; {incidents.incidents_total} incidents"
        )
        for rejected in report.rejected:
            console.print(f"  [yellow]rejected[/yellow] {rejected.source_ref}: {rejected.reason}")
        if report.rejected or failed:
            raise typer.Exit(1)


def code_store(store, coder, *, progress: bool = True) -> tuple[int, int]:
    """Code every article of the store that this pipeline version has not coded yet.

    Each batch is written in one transaction, so a run killed mid-way resumes where
    it stopped. Returns (articles coded, articles whose coding failed).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    pending = store.count_to_code(coder.version)
    coded = failed = 0
    columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, disable=not progress, transient=True) as bar:
        task = bar.add_task("coding", total=pending)
        for batch in store.articles_to_code(coder.version, batch_size=coder.batch_size):
            docs = list(coder.code_many(batch))
            store.add_coded(docs, coder.version)
            coded += len(docs)
            failed += sum(1 for doc in docs if doc.error and not doc.error.startswith("not coded"))
            bar.advance(task, len(docs))
    return coded, failed
