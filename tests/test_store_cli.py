"""``sitrep export`` and ``sitrep stats`` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from store_samples import make_article, make_doc
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.model import Rejected
from sitrep.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "sitrep.duckdb"
    with Store.open(path) as store:
        store.add_articles([make_article(9, language="de")])
        store.add_coded([make_doc(make_article(number), variant=number % 3) for number in range(3)], "v1")
        store.add_rejected([Rejected("feed.xml", "not a feed", "no <rss> element")])
    return path


def test_export_events_jsonl_to_stdout(db: Path) -> None:
    result = runner.invoke(app, ["export", "events", "--db", str(db)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1 + 2 + 3
    assert {"article_id", "event_id", "plover", "cameo", "source", "target", "location"} <= records[0].keys()


def test_export_csv_and_parquet_to_files(db: Path, tmp_path: Path) -> None:
    csv_path, parquet_path = tmp_path / "out" / "places.csv", tmp_path / "out" / "quotes.parquet"
    result = runner.invoke(app, ["export", "places", "--format", "csv", "--db", str(db), "--output", str(csv_path)])
    assert result.exit_code == 0, result.output
    assert csv_path.read_text(encoding="utf-8").splitlines()[0].startswith("article_id,place_index,text,start,end")
    assert len(csv_path.read_text(encoding="utf-8").splitlines()) == 1 + 1 + 2 + 1
    result = runner.invoke(app, ["export", "quotes", "-f", "parquet", "--db", str(db), "-o", str(parquet_path)])
    assert result.exit_code == 0, result.output
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{parquet_path}')").fetchall() == [(3,)]


def test_parquet_to_stdout_is_refused(db: Path) -> None:
    result = runner.invoke(app, ["export", "events", "--format", "parquet", "--db", str(db)])
    assert result.exit_code == 2
    assert "--output" in result.output


def test_stats_json_and_table(db: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert stats["articles"]["total"] == 4 and stats["articles"]["not_coded"] == 1
    assert stats["articles"]["by_language"] == {"en": 3, "de": 1}
    assert stats["rejected"]["by_reason"] == {"not a feed": 1}
    table = runner.invoke(app, ["stats", "--db", str(db)])
    assert table.exit_code == 0, table.output
    assert "ASSAULT" in table.stdout and "not a feed" in table.stdout


@pytest.mark.parametrize("command", [["stats"], ["export", "articles"]])
def test_missing_store_is_a_clear_error_and_not_created(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "none.duckdb"
    result = runner.invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 2
    assert "no sitrep store" in result.output and str(missing) in result.output
    assert not missing.exists()


def test_db_can_come_from_the_environment(db: Path) -> None:
    result = runner.invoke(app, ["stats", "--json"], env={"SITREP_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"]["total"] == 4
