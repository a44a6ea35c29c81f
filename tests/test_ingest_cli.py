"""``sitrep ingest`` end to end: files into a DuckDB store, summaries, exit codes, re-runs."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import ingest
from sitrep.model import article_id, normalise_text

STORY = (
    "Ukrainian troops crossed into Russia's Kursk region on Tuesday, the Russian defence ministry said.\n\n"
    "The Pentagon said the incursion was not escalatory; President Putin called it a major provocation."
)
OTHER = "Israeli strikes hit southern Lebanon overnight, the Lebanese army said, after rockets were fired at the north."
GERMAN = (
    "Die ukrainische Armee hat nach eigenen Angaben in der Nacht mehrere Drohnen über der Hauptstadt "
    "abgeschossen. Trümmerteile fielen in drei Bezirken herab, vier Menschen wurden verletzt, teilte die "
    "Militärverwaltung der Stadt am Mittwoch mit."
)


def corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "kursk.txt").write_text(f"Troops cross into Kursk\n\n{STORY}\n")
    # The same story from another outlet's page: one article.
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    (folder / "kursk-copy.html").write_text(
        f"<html><head><title>Kursk</title></head><body><article>{paragraphs}</article></body></html>"
    )
    (folder / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "body": OTHER, "headline": "Strikes in Lebanon"})
        + "\n"
        + json.dumps({"id": "w2", "body": GERMAN})
        + "\n"
    )
    return folder


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_ingest_folder_then_rerun_adds_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "news")
    db = str(tmp_path / "s.duckdb")
    first = run("ingest", str(folder), "--db", db)
    assert first.exit_code == 0, first.output
    assert "read 4 article(s): 3 new, 1 duplicate(s); 0 input(s) rejected" in first.output
    again = run("ingest", str(folder), "--db", db)
    assert again.exit_code == 0, again.output
    assert "read 4 article(s): 0 new, 4 duplicate(s)" in again.output

    from sitrep.store import Store

    with Store.open(db) as store:
        assert store.stats()["articles"]["total"] == 3
        german = store.get_article(article_id(normalise_text(GERMAN)))
        english = store.get_article(article_id(normalise_text(OTHER)))
    assert german is not None and german.language == "de" and not german.codable
    assert english is not None and english.codable and english.title == "Strikes in Lebanon"
    assert english.external_id == "w1"


def test_some_inputs_rejected_exit_1_and_the_rest_stored(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "news")
    (folder / "broken.jsonl").write_text(json.dumps({"id": "ok", "text": OTHER + " More."}) + '\n{"id": "cut')
    (folder / "latin1.txt").write_bytes("Kyïv was shelled.".encode("latin-1"))
    (folder / "big.txt").write_text("word " * 400)
    db = str(tmp_path / "s.duckdb")
    result = run("ingest", str(folder), str(tmp_path / "missing.csv"), "--db", db, "--max-mb", "0.001")
    assert result.exit_code == 1, result.output
    assert "4 input(s) rejected" in result.output
    for reason in ("broken.jsonl:2: invalid JSON line", "latin1.txt: invalid UTF-8", "big.txt: too large", "not found"):
        assert reason in result.output
    assert "4 new" in result.output

    from sitrep.store import Store

    with Store.open(db) as store:
        stats = store.stats()
    assert stats["articles"]["total"] == 4
    assert "rejected" in json.dumps(stats)


def test_field_mapping_option(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"key": "k1", "message": STORY}) + "\n")
    db = str(tmp_path / "s.duckdb")
    unmapped = run("ingest", str(path), "--db", db)
    assert unmapped.exit_code == 1 and "no text" in unmapped.output and "--field" in unmapped.output
    mapped = run("ingest", str(path), "--field", "text=message", "--field", "id=key", "--db", db)
    assert mapped.exit_code == 0, mapped.output
    assert "1 new" in mapped.output
    bad = run("ingest", str(path), "--field", "body", "--db", db)
    assert bad.exit_code == 2 and "FIELD=KEY" in bad.output


def test_api_batches_and_counts(tmp_path: Path) -> None:
    from sitrep.store import Store

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(7):
        (folder / f"{n}.txt").write_text(f"Report number {n}: {OTHER}")
    (folder / "dup.txt").write_text(f"Report number 0: {OTHER}")
    with Store.open(tmp_path / "s.duckdb") as store:
        report = ingest([str(folder)], store, batch_size=3, progress=False)
        assert (report.read, report.new, report.duplicates, report.rejected) == (8, 7, 1, [])
        assert store.stats()["articles"]["total"] == 7


def test_locked_store_is_reported_plainly(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ready', flush=True); "
         "time.sleep(30)"],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        (tmp_path / "a.txt").write_text(STORY)
        started = time.monotonic()
        result = run("ingest", str(tmp_path / "a.txt"), "--db", str(db))
        assert time.monotonic() - started < 20
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and str(holder.pid) in result.output


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_stdin_is_rejected(tmp_path: Path, text: str) -> None:
    result = CliRunner().invoke(app, ["ingest", "-", "--db", str(tmp_path / "s.duckdb")], input=text)
    assert result.exit_code == 1 and "<stdin>: empty file" in result.output


def test_stdin_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", "-", "--db", str(tmp_path / "s.duckdb")], input=STORY)
    assert result.exit_code == 0 and "1 new" in result.output
