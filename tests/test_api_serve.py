"""`sitrep serve`: the real command in a subprocess, bound to 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from test_api_support import build_store
from typer.testing import CliRunner

from sitrep.api.server import free_port
from sitrep.cli import app


def test_serve_help_lists_its_options() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token-env"):
        assert option in result.output


def test_serve_answers_on_localhost_and_takes_its_token_from_the_environment(tmp_path: Path) -> None:
    db = build_store(tmp_path / "serve.duckdb")
    port = free_port()
    env = {**os.environ, "MY_TOKEN": "abc"}
    process = subprocess.Popen(
        [sys.executable, "-m", "sitrep", "serve", "--db", str(db), "--port", str(port), "--token-env", "MY_TOKEN"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                response = httpx.get(f"{base}/api/stats", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None:
                    raise AssertionError(process.stdout.read() if process.stdout else "serve exited") from None
                time.sleep(0.1)
        assert response.status_code == 200 and response.json()["articles"]["total"] == 4
        event = httpx.get(f"{base}/api/events", params={"plover": "PROTEST"}).json()["items"][0]
        url = f"{base}/api/events/{event['article_id']}/{event['event_id']}/review"
        body = {"reviewer": "ana", "false_positive": True}
        assert httpx.post(url, json=body).status_code == 401
        assert httpx.post(url, json=body, headers={"Authorization": "Bearer abc"}).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=20)
