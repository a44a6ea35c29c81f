"""`sitrep run`: ingest, code and store in one command, idempotent and resumable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()

REPORTS = [
    ("kursk.txt", "Ukrainian troops enter Kursk region\n\nUkrainian troops crossed into Russia's Kursk region on "
                  "Tuesday, taking several settlements, Russian officials said."),
    ("sudan.txt", "Shelling in El Fasher\n\nThe Rapid Support Forces shelled El Fasher in North Darfur on Sunday, "
                  "killing at least 12 civilians, local activists said."),
    ("talks.txt", "Envoys meet in Doha\n\nQatari and Egyptian mediators met Hamas officials in Doha on Monday "
                  "to discuss a ceasefire in Gaza."),
]


def write_corpus(folder: Path, count: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in REPORTS[:count]:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def table_rows(db: Path, table: str, columns: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall())


def test_run_ingests_codes_and_stores(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    db = tmp_path / "store.duckdb"
    result = runner.invoke(app, ["run", str(corpus), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert len(table_rows(db, "articles", "id")) == 3
    coded = table_rows(db, "articles", "id, coded_version")
    assert all(version for _, version in coded)
    places = table_rows(db, "places", "text")
    assert ("Kursk",) in places or any("Kursk" in text for (text,) in places)
    # `sitrep stats` counts what an analyst reads first: the incursion is UKR→RUS, El Fasher's shelling
    # is within Sudan, and the statements and incidents agree with the tables.
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).output)
    breakdown = stats["incident_breakdown"]
    assert stats["incidents"] == len(table_rows(db, "incidents", "incident_id"))
    assert breakdown["between_two_countries"] >= 1 and breakdown["within_one_country"] >= 1
    assert 0 < stats["factual_events"] <= stats["events"]["total"]


def test_run_twice_adds_nothing(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    db = tmp_path / "store.duckdb"
    runner.invoke(app, ["run", str(corpus), "--db", str(db), "--quiet"])
    before = {table: table_rows(db, table, "*") for table in ("articles", "events", "places", "quotes")}
    result = runner.invoke(app, ["run", str(corpus), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    after = {table: table_rows(db, table, "*") for table in ("articles", "events", "places", "quotes")}
    assert after == before  # nothing re-ingested, nothing recoded


def test_one_bad_file_is_reported_and_the_rest_coded(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary\x00junk")
    db = tmp_path / "store.duckdb"
    result = runner.invoke(app, ["run", str(corpus), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    assert "broken.txt" in result.output
    assert len(table_rows(db, "articles", "id")) == 3


def _comparable(db: Path) -> dict[str, list[tuple]]:
    return {
        "articles": table_rows(db, "articles", "id, title, text, coded_version"),
        "events": table_rows(db, "events", "article_id, event_id, plover_type, cameo_code, start, \"end\""),
        "places": table_rows(db, "places", "article_id, text, start, \"end\""),
    }


def test_run_killed_mid_way_resumes_to_the_rows_of_a_clean_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [
        {"id": f"r{n}", "title": f"Report {n}",
         "text": f"Report number {n}. Russian forces shelled the city of Kharkiv on Monday, killing {n} civilians. "
                 "Ukrainian air defences shot down several drones over Kyiv, officials said." * 3}
        for n in range(160)
    ]
    (corpus / "many.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "sitrep", "run", str(corpus), "--quiet", "--batch-size", "8"]
    assert subprocess.run([*command, "--db", str(clean_db)], capture_output=True).returncode == 0

    process = subprocess.Popen([*command, "--db", str(killed_db)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.5)
        coded = _count_coded_while_running(killed_db)
        if coded >= 16:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert subprocess.run([*command, "--db", str(killed_db)], capture_output=True).returncode == 0
    assert _comparable(killed_db) == _comparable(clean_db)


def _count_coded_while_running(db: Path) -> int:
    """The writer holds the lock; a copy of the file shows what it has committed so far."""
    import shutil
    import tempfile

    if not db.exists():
        return 0
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.duckdb"
        try:
            shutil.copy(db, copy)
            wal = db.with_name(db.name + ".wal")
            if wal.exists():
                shutil.copy(wal, copy.with_name(copy.name + ".wal"))
            with duckdb.connect(str(copy)) as connection:
                return connection.execute("SELECT count(*) FROM articles WHERE coded_version IS NOT NULL").fetchone()[0]
        except (duckdb.Error, OSError):
            return 0
