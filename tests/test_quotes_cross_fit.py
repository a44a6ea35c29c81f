"""Cross-fits of the learned cue model (tenth session): ``build_quote_model.py --skip START:END`` leaves a
slice of the train shuffle out of the fit, and ``sitrep eval quotes --cue-model FILE`` scores with that
model, so a change can be judged on a second unfitted slice besides 720:840."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from quote_samples import build_script, write_polnear
from spacy.language import Language
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.eval.quotes import EvalDataError, fitted_in_slice
from sitrep.quotes import quotes_of
from sitrep.quotes.learned import CueModel


def _cross_fit_file(path: Path, limit: int, skip: str, weights: dict[str, float]) -> Path:
    build = build_script()
    args: argparse.Namespace = build.arguments().parse_args(["--limit", str(limit), "--skip", skip])
    path.write_text(build.model_json(args, 0, weights), encoding="utf-8")
    return path


def test_a_cross_fit_file_says_what_it_left_out(tmp_path: Path) -> None:
    model = json.loads(_cross_fit_file(tmp_path / "cross.json", 840, "600:720", {"bias": -1.0}).read_text())
    assert model["limit"] == 840 and model["skip"] == [600, 720]
    assert "--skip 600:720" in model["source"]


@pytest.mark.parametrize(("start", "end", "fitted"), [(600, 720, 0), (580, 620, 20), (700, 760, 40), (0, 10, 10),
                                                      (830, 900, 10)])
def test_fitted_articles_of_a_cross_fit(tmp_path: Path, start: int, end: int, fitted: int) -> None:
    path = _cross_fit_file(tmp_path / "cross.json", 840, "600:720", {"bias": -1.0})
    assert fitted_in_slice(path, start, end) == fitted


def test_fitted_articles_of_the_shipped_model() -> None:
    assert fitted_in_slice(None, 0, 10) == 10
    assert fitted_in_slice(None, 720, 840) == 0


def test_an_unreadable_model_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(EvalDataError):
        fitted_in_slice(broken, 0, 10)
    result = CliRunner().invoke(app, ["eval", "quotes", "--dataset", "polnear", "--polnear", str(tmp_path),
                                      "--cue-model", str(tmp_path / "missing.json")])
    assert result.exit_code == 2
    assert "cannot read the cue model" in result.output


def test_quotes_of_takes_a_cue_model_of_ones_own(nlp: Language) -> None:
    """The model is passed through to attribution: one that accepts every candidate finds the attitude,
    none finds no attitude."""
    doc = nlp("The campaign wants a progressive chair.")
    eager = CueModel({"bias": 30.0}, 0.5)
    assert any(quote.attitude for quote in quotes_of(doc, cue_model=eager))
    assert not any(quote.attitude for quote in quotes_of(doc, cue_model=False))


def test_cross_fit_through_the_cli(tmp_path: Path) -> None:
    names = ["Ohio", "Texas", "Maine", "Idaho"]
    write_polnear(tmp_path, names)
    model = _cross_fit_file(tmp_path / "cross.json", 4, "1:3", {"bias": -5.0})
    result = CliRunner().invoke(app, ["eval", "quotes", "--dataset", "polnear", "--polnear", str(tmp_path),
                                      "--split", "train", "--articles", "1:3", "--cue-model", str(model), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["polnear"]
    assert figures["slice"]["fitted_articles"] == 0  # the skipped slice is unfitted
    assert figures["cue_model"] == str(model)
    assert figures["detection"]["r"] == 1.0
