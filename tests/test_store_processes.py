"""The store across processes: a clear message when another process holds it, and exact resumption
after a writer is killed with SIGKILL part-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store, StoreLockedError

TESTS = Path(__file__).resolve().parent
WRITER = TESTS / "store_writer.py"
TABLES = ("articles", "events", "quotes", "places", "rejected")
# Set by the store at write time, so they differ between any two runs.
WRITE_TIMES = ("coded_at", "rejected_at")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and DuckDB file locks as on POSIX")


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS.parent), env.get("PYTHONPATH", "")])
    return env


@contextmanager
def holding_the_store(path: Path) -> Iterator[subprocess.Popen]:
    """A separate process with the store open for writing, until the block ends."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom sitrep.store import Store\n"
            "store = Store.open(sys.argv[1])\nprint('open', flush=True)\ntime.sleep(120)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=_environment(),
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        yield holder
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_locked_store_names_the_process_that_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.duckdb"
    Store.open(path).close()
    with holding_the_store(path) as holder:
        for read_only in (False, True):
            with pytest.raises(StoreLockedError) as caught:
                Store.open(path, read_only=read_only)
            assert caught.value.pid == holder.pid
            message = str(caught.value)
            assert f"process {holder.pid}" in message and "sitrep serve" in message and str(path) in message
            assert "time.sleep" in (caught.value.command or "") or "python" in (caught.value.command or "")
        result = CliRunner().invoke(app, ["stats", "--db", str(path)])
        assert result.exit_code == 2
        assert f"process {holder.pid}" in result.output and "Traceback" not in result.output
    with Store.open(path, read_only=True) as store:  # free again once the holder is gone
        assert store.stats()["articles"]["total"] == 0


def _run_writer(path: Path, batches: int, batch_size: int, pause: float = 0.0) -> None:
    subprocess.run(
        [sys.executable, str(WRITER), str(path), str(batches), str(batch_size), str(pause)],
        check=True,
        env=_environment(),
        capture_output=True,
        timeout=300,
    )


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    with Store.open(path, read_only=True) as store:
        snapshot = {}
        for table in TABLES:
            columns = [
                name
                for (name,) in store.connection.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                    [table],
                ).fetchall()
                if name not in WRITE_TIMES
            ]
            selected = ", ".join(f'"{name}"' for name in columns)
            snapshot[table] = store.connection.execute(f"SELECT {selected} FROM {table} ORDER BY ALL").fetchall()
        return snapshot


def test_writer_killed_mid_run_resumes_to_the_same_rows_as_a_clean_run(tmp_path: Path) -> None:
    batches, batch_size = 20, 20
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    _run_writer(clean, batches, batch_size)

    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(crashed), str(batches), str(batch_size), "0.005"],
        stdout=subprocess.PIPE,
        text=True,
        env=_environment(),
    )
    assert writer.stdout is not None
    committed = 0
    while committed < 3:  # let a few batches commit, then kill it without warning
        line = writer.stdout.readline()
        assert line.startswith("committed"), f"writer ended early: {line!r}"
        committed += 1
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    partial = _snapshot(crashed)
    assert batch_size * 3 <= len(partial["articles"]) < batch_size * batches  # it really stopped part-way

    _run_writer(crashed, batches, batch_size)
    assert _snapshot(crashed) == _snapshot(clean)
    _run_writer(crashed, batches, batch_size)  # and running it once more adds nothing
    assert _snapshot(crashed) == _snapshot(clean)
