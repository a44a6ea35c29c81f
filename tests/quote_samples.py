"""Helpers for tests of quotation attribution: the speaker of a quote, what the attribution rules find, the cue
model's build script, and small PolNeAR folders."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

BUILD_SCRIPT = Path(__file__).resolve().parents[1] / "sitrep" / "data" / "training" / "build_quote_model.py"


def speaker_saying(quotes: list[Any], fragment: str) -> Any:
    """The speaker of the first quote whose content holds ``fragment`` (None when it has none); the test fails when
    no quote holds it."""
    found = [quote.speaker for quote in quotes if fragment in quote.content]
    assert found, f"no quote holds {fragment!r}"
    return found[0]


def contents_by_cue(nlp: Any, text: str, cue_model: bool = False) -> dict[str, list[str]]:
    """The contents ``find_attributions`` gives ``text``, by the text of their cue word ("" for none)."""
    from sitrep.quotes import find_attributions

    doc = nlp(text)
    found: dict[str, list[str]] = {}
    for attribution in find_attributions(doc, cue_model=cue_model):
        cue = doc[attribution.cue_token].text if attribution.cue_token is not None else ""
        found.setdefault(cue, []).append(text[attribution.start : attribution.end])
    return found


def rule_attributions(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of each attribution the rules alone (no learned cue model) find in ``text``."""
    from sitrep.quotes import find_attributions

    doc = nlp(text)
    rows = []
    for attribution in find_attributions(doc, cue_model=False):
        cue = text[attribution.cue_start : attribution.cue_end] if attribution.cue_start is not None else ""
        speaker = ""
        if attribution.speaker_start is not None and attribution.speaker_end is not None:
            speaker = doc[attribution.speaker_start : attribution.speaker_end].text
        rows.append((cue, speaker, text[attribution.start : attribution.end]))
    return rows


def build_script() -> ModuleType:
    """``build_quote_model.py`` loaded as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("build_quote_model", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_polnear(root: Path, names: list[str]) -> None:
    """A small PolNeAR train folder under ``root``: each article one "said" attribution."""
    for folder in ("text", "attributions"):
        (root / "train" / folder).mkdir(parents=True)
    for name in names:
        text = f"The senator from {name} said the sanctions will fail."
        said = text.index("said")
        content = text.index("the sanctions"), len(text) - 1
        (root / "train" / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "train" / "attributions" / f"{name}_0000.ann").write_text(
            f"T1\tSource 0 11\tThe senator\nT2\tCue {said} {said + 4}\tsaid\n"
            f"T3\tContent {content[0]} {content[1]}\tx\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n",
            encoding="utf-8",
        )
