"""``sitrep actors`` commands, the PLOVER evaluation floor, and the cost of resolution."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.actors import ActorResolver
from sitrep.actors.evaluation import evaluate_plover_actors
from sitrep.cli import app

runner = CliRunner()


def test_resolve_command_prints_mentions_with_offsets():
    text = "Ukrainian President Volodymyr Zelensky met NATO Secretary General Mark Rutte."
    result = runner.invoke(app, ["actors", "resolve", text, "--date", "2025-02-01"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    by_name = {record["name"]: record for record in records}
    assert by_name["Volodymyr Zelensky"]["code"] == "UKRGOV"
    assert by_name["Mark Rutte"]["code"] == "IGONATO" and by_name["Mark Rutte"]["country"] is None
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]


def test_resolve_command_rejects_a_bad_date():
    result = runner.invoke(app, ["actors", "resolve", "Russian troops", "--date", "yesterday"])
    assert result.exit_code != 0
    assert "not a date" in result.output


def test_resolve_command_with_petrarch_files(tmp_path):
    actors = tmp_path / "x.actors"
    actors.write_text("GONDOR [GON]\n+MINAS_TIRITH\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "resolve", "Minas Tirith protested.", "--petrarch-actors", str(actors)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0])["code"] == "GON"


def test_stats_command():
    result = runner.invoke(app, ["actors", "stats"])
    counts = json.loads(result.output)
    assert counts["person"] >= 300 and counts["country"] >= 240


def test_resolution_is_cheap(nlp):
    resolver = ActorResolver()
    doc = nlp(
        "Russian forces struck Kharkiv overnight, Ukraine's air force said, while the Kremlin accused Kyiv "
        "of attacking the Zaporizhzhia nuclear plant. Hungarian and Romanian officials called for talks."
    )
    spans = [doc[token.left_edge.i : token.right_edge.i + 1] for token in doc if token.dep_ in ("nsubj", "dobj")]
    resolver.resolve_span(spans[0])  # warm
    started = time.perf_counter()
    for _ in range(20):
        for span in spans:
            resolver.resolve_span(span)
    per_span = (time.perf_counter() - started) / (20 * len(spans))
    assert per_span < 0.005  # measured about 0.2 ms; the coder calls this many times per article


@pytest.mark.slow
def test_plover_gold_actor_floor(shared_data: Path, nlp):
    score = evaluate_plover_actors(shared_data / "events" / "plover_gsr_dev.json", ActorResolver(), nlp).to_dict()
    # Measured 0.847 country and 0.717 sector accuracy on 392 / 230 gold actors (`sitrep actors evaluate`).
    assert score["country_accuracy"] >= 0.82
    assert score["sector_accuracy"] >= 0.69
