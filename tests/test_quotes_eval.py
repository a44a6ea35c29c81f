"""Evaluation of quotations: scorers, readers, the CLI and floors a little below measured figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.eval import quotes as quote_eval
from sitrep.model import ActorRef, Quote


def test_brat_reader_and_scorer(tmp_path: Path) -> None:
    text = "Putin said the attack was a provocation. “We will respond,” he said."
    ann = tmp_path / "a_0000.ann"
    ann.write_text(
        "T1\tSource 0 5\tPutin\nT2\tCue 6 10\tsaid\nT3\tContent 11 39\tthe attack was a provocation\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        "T4\tContent 41 58\t“We will respond,”\nT5\tSource 59 61\the\nT6\tCue 62 66\tsaid\n"
        "E2\tAttribution:T6 Content:T4 Source:T5 Cue:T6\n",
        encoding="utf-8",
    )
    article = quote_eval.read_brat(ann, text, "a")
    assert len(article.attributions) == 2
    assert quote_eval.gold_type(text, article.attributions[1].content) == "direct"
    right = Quote("q1", "a", "the attack was a provocation", 11, 39, "indirect", "said", 6, 10,
                  ActorRef("Putin", start=0, end=5))
    half = Quote("q2", "a", "We will", 42, 49, "direct", "said", 62, 66, ActorRef("Putin", start=0, end=5))
    result = quote_eval.score_polnear([article], [[right, half]])
    assert result["detection"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    # The second prediction covers 2 of the 3 gold words: recall 2/3 for it, precision 1.
    assert result["content_overlap"]["r"] == pytest.approx((1 + 2 / 3) / 2, abs=1e-3)
    assert result["content_overlap"]["p"] == 1.0
    assert result["speaker_accuracy"] == 0.5  # "Putin" is not the gold "he" span


def test_missing_dataset_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--dataset", "polnear", "--polnear", str(tmp_path)])
    assert result.exit_code == 2
    assert "not found" in result.output


def test_unknown_dataset_is_rejected() -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--dataset", "nonsense"])
    assert result.exit_code != 0


def test_evaluation_sets_are_well_formed() -> None:
    from sitrep.quotes.stance import LABELS

    stance = quote_eval.read_jsonl(quote_eval.EVALSETS / "stance.jsonl")
    assert len(stance) >= 150
    assert {r["label"] for r in stance} == {*LABELS, None}
    speakers = quote_eval.read_jsonl(quote_eval.EVALSETS / "speakers.jsonl")
    assert len(speakers) >= 20
    for record in speakers:
        for quote in record["quotes"]:
            assert quote["content_start"] in record["text"]


def test_speakers_floor_through_the_cli() -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--dataset", "speakers", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["speakers"]
    assert figures["quotes"] >= 90
    assert figures["accuracy"] >= 0.95  # measured 0.990 on the articles written before the fixes (dev)


def test_stance_floor() -> None:
    figures = quote_eval.evaluate_stance()
    assert figures["by_part"]["dev"]["macro_f1"] >= 0.93  # measured 0.968 (rules iterated on this part)
    assert figures["by_part"]["heldout"]["macro_f1"] >= 0.83  # measured 0.885 (never tuned on)
    assert figures["about_accuracy"] >= 0.72  # measured 0.769
    # Written after the eighth-round precision rules, from VOA patterns (optimistic): 18/18 (3/18 before them).
    assert figures["by_part"]["precision"]["accuracy"] >= 0.88


@pytest.mark.slow
def test_polnear_floor(shared_data: Path) -> None:
    figures = quote_eval.evaluate_polnear(shared_data / "quotes" / "polnear", "dev", limit=40)
    # Measured on the first 40 dev articles (2026-11-28, sixth session: one statement per claim): detection
    # F1 0.810, content overlap F1 0.746 (0.745 with the earlier grouping of floating quotations), speaker
    # 0.866, direct 0.910, statements only 0.691. Before (2026-11-27, sixth round): detection F1 0.804, content
    # overlap F1 0.738, speaker accuracy 0.863, direct quotations content overlap F1 0.908; statements
    # only (attitudes left out) content overlap F1 0.681. (Fifth round: 0.801 / 0.736 / 0.862 / 0.908 /
    # 0.680; fourth round: 0.757 / 0.698 / 0.863 / 0.909 / 0.673, before nested statements became part
    # of the outer one.)
    assert figures["detection"]["f1"] >= 0.785
    assert figures["content_overlap"]["f1"] >= 0.72
    assert figures["speaker_accuracy"] >= 0.845
    assert figures["by_type"]["direct"]["content_overlap"]["f1"] >= 0.89
    assert figures["statements_only"]["content_overlap"]["f1"] >= 0.66
    assert 0 < figures["predicted_attitudes"] < figures["predicted"]


def test_statements_only_figure_leaves_attitudes_out(tmp_path: Path) -> None:
    """Through the CLI on a one-article PolNeAR folder: the attitude ("wants") counts in the main
    figure and not in the statements-only one."""
    text = "The senator said the sanctions will fail. The campaign wants a progressive chair for the committee."
    said, wants = text.index("said"), text.index("wants")
    content1 = text.index("the sanctions"), text.index(" will fail") + len(" will fail")
    content2 = text.index("a progressive"), len(text) - 1
    for folder in ("text", "attributions"):
        (tmp_path / "dev" / folder).mkdir(parents=True)
    (tmp_path / "dev" / "text" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a_0000.ann").write_text(
        f"T1\tSource 0 11\tThe senator\nT2\tCue {said} {said + 4}\tsaid\n"
        f"T3\tContent {content1[0]} {content1[1]}\tx\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        f"T4\tCue {wants} {wants + 5}\twants\nT5\tContent {content2[0]} {content2[1]}\tx\n"
        "E2\tAttribution:T4 Cue:T4 Content:T5\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["eval", "quotes", "--dataset", "polnear", "--polnear", str(tmp_path),
                                         "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["polnear"]
    assert figures["matched"] == 2 and figures["predicted_attitudes"] == 1
    assert figures["statements_only"]["matched"] == 1
    assert figures["statements_only"]["detection"]["r"] == 0.5
