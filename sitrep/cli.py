"""The ``sitrep`` command: one Typer app; each stage registers its own subcommands."""

from __future__ import annotations

import typer

from sitrep import __version__
from sitrep.actors import commands as actors_commands
from sitrep.analysis import commands as analysis_commands
from sitrep.api import commands as api_commands
from sitrep.eval import commands as eval_commands
from sitrep.geo import commands as geo_commands
from sitrep.ingest import commands as ingest_commands
from sitrep.pipeline import commands as pipeline_commands
from sitrep.store import commands as store_commands

app = typer.Typer(
    name="sitrep",
    help="Turn news reports about war and international politics into a sourced, structured record.",
    no_args_is_help=True,
    add_completion=False,
)

for stage in (
    ingest_commands, pipeline_commands, store_commands, analysis_commands, geo_commands, eval_commands, api_commands
):
    stage.register(app)
actors_commands.register(app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Turn news reports about war and international politics into a sourced, structured record."""


def main() -> None:
    app()
