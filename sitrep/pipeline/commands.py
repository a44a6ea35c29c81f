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


def code_stream(input_stream: IO[str], output_stream: IO[str], stages: list[str] | None = None) -> tuple[int, int]:
    """Code every input line; one output line per input line, in order. Returns (coded, failed)."""
    from sitrep.pipeline import DEFAULT_STAGES, Coder

    coder = Coder(stages or DEFAULT_STAGES)
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
    ) -> None:
        """Code articles: one JSON line in ({id, text, title?, published?, url?}), one coded line out."""
        with ExitStack() as stack:
            source = sys.stdin if input == "-" else stack.enter_context(Path(input).open(encoding="utf-8"))
            sink = sys.stdout if output == "-" else stack.enter_context(Path(output).open("w", encoding="utf-8"))
            _, failed = code_stream(source, sink, stage or None)
        if failed:
            typer.echo(f"{failed} input line(s) could not be coded; see their 'error' fields.", err=True)
            raise typer.Exit(1)
