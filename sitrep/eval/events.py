"""Evaluation of this capability (readers, scorers and the CLI subcommand)."""

from __future__ import annotations

import typer


def register(eval_app: typer.Typer) -> None:
    """Add this capability's ``sitrep eval`` subcommand."""
