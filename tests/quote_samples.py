"""Helpers for tests of quotation attribution: the speaker of a quote, the cue model's build script, and small
PolNeAR folders."""

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
