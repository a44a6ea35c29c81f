"""``sitrep eval``: score sitrep on the evaluation datasets, one subcommand per capability."""

from __future__ import annotations

import typer

from sitrep.eval import dates, escalation, events, geo, incidents, quotes


def register(app: typer.Typer) -> None:
    eval_app = typer.Typer(help="Measure sitrep against evaluation datasets.", no_args_is_help=True)
    for capability in (events, geo, dates, quotes, incidents, escalation):
        capability.register(eval_app)
    app.add_typer(eval_app, name="eval")
