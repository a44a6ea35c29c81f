"""CLI commands of the geo stage: ``sitrep gazetteer build|load|info`` and ``sitrep geo resolve``."""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import typer

_PATH_HELP = "Gazetteer file (default: $SITREP_HOME/gazetteer-<version>-<digest>.sqlite; ~/.cache/sitrep if unset)."


def resolve_stream(source: IO[str], sink: IO[str], path: Path | None = None) -> tuple[int, int]:
    """One output line per input line: the given spans resolved. Returns (resolved, failed)."""
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.resolve import Resolver

    resolver = Resolver(get_gazetteer(path))
    done = failed = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        record_id: Any = None
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"invalid JSON: {error.msg}") from None
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object")
            record_id = record.get("id")
            text, spans = _validated(record)
            places = resolver.resolve(text, spans)
            result: dict[str, Any] = {"id": record_id, "resolved": [_resolved(p) for p in places]}
            done += 1
        except (ValueError, TypeError) as error:
            result = {"id": record_id, "resolved": [], "error": f"line {number}: {error}"}
            failed += 1
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    return done, failed


def _validated(record: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("'text' must be a string")
    raw = record.get("spans")
    if not isinstance(raw, list):
        raise ValueError("'spans' must be a list of [start, end] pairs")
    spans = []
    for span in raw:
        if not (isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            raise ValueError(f"bad span {span!r}: expected [start, end] integers")
        start, end = span
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {span!r} is outside the text (length {len(text)})")
        spans.append((start, end))
    return text, spans


def _resolved(place: Any) -> dict[str, Any]:
    return {
        "start": place.start,
        "end": place.end,
        "geonameid": place.geonameid,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "feature": place.feature,
        "score": place.score,
    }


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the ``sitrep`` app."""
    gazetteer_app = typer.Typer(help="The local gazetteer index (GeoNames).", no_args_is_help=True)
    geo_app = typer.Typer(help="Places: toponym resolution.", no_args_is_help=True)

    @gazetteer_app.command("build")
    def build_command(path: Path = typer.Option(None, "--path", help=_PATH_HELP)) -> None:
        """Compile the gazetteer from the installed GeoNames packages (cities500, countries, admin1)."""
        from sitrep.geo.gazetteer import build, default_path, forget_opened

        target = path or default_path()
        typer.echo(f"building {target} ...", err=True)
        figures = build(target)
        forget_opened()
        typer.echo(json.dumps({"path": str(target), **figures}))

    @gazetteer_app.command("load")
    def load_command(
        dump: Path = typer.Argument(..., help="GeoNames dump: allCountries.txt, UA.txt, cities500.txt format."),
        path: Path = typer.Option(None, "--path", help=_PATH_HELP),
    ) -> None:
        """Add the places of a full GeoNames dump to the gazetteer (builds it first if missing)."""
        from sitrep.geo.dump import DumpError, load_dump
        from sitrep.geo.gazetteer import build, default_path, forget_opened

        target = path or default_path()
        if not target.exists():
            typer.echo(f"building {target} first ...", err=True)
            build(target)
        try:
            figures = load_dump(target, dump)
        except DumpError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from error
        forget_opened()
        typer.echo(json.dumps({"path": str(target), **figures}))
        if figures["errors"]:
            typer.echo(f"{len(figures['errors'])} malformed line(s) skipped", err=True)

    @gazetteer_app.command("info")
    def info_command(path: Path = typer.Option(None, "--path", help=_PATH_HELP)) -> None:
        """Size and counts of the gazetteer."""
        from sitrep.geo.gazetteer import Gazetteer, GazetteerError, default_path

        target = path or default_path()
        try:
            typer.echo(json.dumps({"path": str(target), **Gazetteer(target).stats()}))
        except GazetteerError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from error

    @geo_app.command("resolve")
    def resolve_command(
        input: str = typer.Option("-", "--input", "-i", help="JSONL of {id, text, spans: [[start, end], ...]}."),
        output: str = typer.Option("-", "--output", "-o", help="JSONL to write, or - for stdout."),
        path: Path = typer.Option(None, "--path", help=_PATH_HELP),
    ) -> None:
        """Resolve given toponym spans to gazetteer entries: one line in, one line out."""
        with ExitStack() as stack:
            try:
                source = sys.stdin if input == "-" else stack.enter_context(Path(input).open(encoding="utf-8"))
            except OSError as error:
                typer.echo(f"error: cannot read {input}: {error.strerror}", err=True)
                raise typer.Exit(2) from error
            sink = sys.stdout if output == "-" else stack.enter_context(Path(output).open("w", encoding="utf-8"))
            _, failed = resolve_stream(source, sink, path)
        if failed:
            typer.echo(f"{failed} input line(s) could not be resolved; see their 'error' fields.", err=True)
            raise typer.Exit(1)

    app.add_typer(gazetteer_app, name="gazetteer")
    app.add_typer(geo_app, name="geo")
