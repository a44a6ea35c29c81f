"""CLI commands of this stage: ``sitrep serve``."""

from __future__ import annotations

import os
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the ``sitrep`` app."""

    @app.command("serve")
    def serve(
        db: Path = typer.Option(Path("sitrep.duckdb"), "--db", help="The DuckDB store (held while serving)."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; 127.0.0.1 keeps it local."),
        port: int = typer.Option(8000, "--port", help="TCP port."),
        token_env: str = typer.Option(
            "SITREP_TOKEN", "--token-env", help="Environment variable holding the token that enables writes."
        ),
        allow_private_urls: bool = typer.Option(
            False, "--allow-private-urls", help="Let ingest fetch private and loopback addresses."
        ),
    ) -> None:
        """Serve the JSON API (OpenAPI at /docs) and the dashboard at / ."""
        import uvicorn
        from rich.console import Console

        from sitrep.api import create_app
        from sitrep.store import StoreError

        console = Console(stderr=True)
        token = os.environ.get(token_env) or None
        try:
            application = create_app(db, token=token, allow_private_urls=allow_private_urls)
        except StoreError as error:
            console.print(f"[red]{error}[/red]")
            raise typer.Exit(2) from None
        missing = application.state.missing_vendor
        if missing:
            console.print(f"[yellow]dashboard assets missing ({', '.join(missing)}): run `make setup`[/yellow]")
        writes = "enabled" if token else f"disabled (set ${token_env} to enable)"
        console.print(f"sitrep serving {db} on http://{host}:{port}/ ; writes {writes}")
        uvicorn.run(application, host=host, port=port, log_level="warning")
