"""``sitrep actors``: look up actors in text, inspect the dictionary, score the resolver."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer

from sitrep.actors.dictionary import ActorDictionary
from sitrep.actors.resolver import ActorResolver


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _dictionary(actors: Path | None, agents: Path | None) -> ActorDictionary:
    dictionary = ActorDictionary.default()
    if actors is None and agents is None:
        return dictionary
    for path in (actors, agents):
        if path is not None and not path.is_file():
            raise typer.BadParameter(f"{path} is not a file")
    try:
        return dictionary.merged_with(ActorDictionary.from_petrarch(actors, agents))
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def register(app: typer.Typer) -> None:
    actors_app = typer.Typer(help="Actors: the dictionary and mention -> actor resolution.", no_args_is_help=True)

    @actors_app.command("resolve")
    def resolve(
        text: str = typer.Argument(..., help="Text to read; every actor mention is printed, one JSON line each."),
        on: str | None = typer.Option(None, "--date", help="Date of the text (YYYY-MM-DD): picks people's roles."),
        petrarch_actors: Path | None = typer.Option(None, help="A PETRARCH .actors file to add."),
        petrarch_agents: Path | None = typer.Option(None, help="A PETRARCH .agents file to add."),
    ) -> None:
        """Print every actor mentioned in TEXT with its code, country, sector and character offsets."""
        from sitrep.nlp import get_nlp

        resolver = ActorResolver(_dictionary(petrarch_actors, petrarch_agents))
        doc = get_nlp()(text)
        for ref in resolver.find_mentions(doc, _parse_day(on)):
            record = ref.to_dict() | {"office": ref.office, "start": ref.start, "end": ref.end}
            typer.echo(json.dumps(record, ensure_ascii=False))

    @actors_app.command("stats")
    def stats() -> None:
        """How many entries of each kind the shipped dictionary holds."""
        dictionary = ActorDictionary.default()
        counts: dict[str, int] = {}
        for entry in dictionary.entries:
            counts[entry.type] = counts.get(entry.type, 0) + 1
        typer.echo(json.dumps(counts | {"aliases": len(dictionary.index)}))

    @actors_app.command("evaluate")
    def evaluate(
        data: Path = typer.Option(
            Path("../shared/data/events/plover_gsr_dev.json"), help="PLOVER gold records (plover_gsr_dev.json)."
        ),
        limit: int | None = typer.Option(None, help="Score only the first N records."),
    ) -> None:
        """Resolve each gold actor's text in its sentence and score country and sector agreement."""
        from sitrep.actors.evaluation import evaluate_plover_actors
        from sitrep.nlp import get_nlp

        if not data.is_file():
            raise typer.BadParameter(f"{data} is not a file")
        score = evaluate_plover_actors(data, ActorResolver(), get_nlp(), limit=limit)
        typer.echo(json.dumps(score.to_dict(), indent=2))

    @actors_app.command("territory")
    def territory(
        name: str = typer.Argument(..., help='A territory or place: "Crimea", "Sevastopol", "Golan Heights".'),
        on: str | None = typer.Option(None, "--date", help="Date (YYYY-MM-DD); without it, who holds it now."),
        country: str | None = typer.Option(None, help="Its de jure country (ISO alpha-3), to tell namesakes apart."),
    ) -> None:
        """Who held NAME on a date, from the project's table of occupied and contested territory (one JSON
        line per period the table knows; ``held_on`` marks the one in force)."""
        from sitrep.actors.territory import territory_control

        day = _parse_day(on)
        table = territory_control()
        rows = table.periods(name, country)
        if not rows:
            typer.echo(json.dumps({"territory": name, "held_by": None, "note": "not in the territory table"}))
            return
        for row in rows:
            typer.echo(json.dumps(row.to_dict() | {"held_on": row.held_on(day)}, ensure_ascii=False))

    app.add_typer(actors_app, name="actors")
