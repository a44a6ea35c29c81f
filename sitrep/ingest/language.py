"""Language of an article's text, only where the detector can be trusted.

py3langid confuses short English headlines full of names ("Zelensky meets Biden
in Washington") with Frisian or Latin. A wrong non-English label would stop an
English article from being coded, so short or low-confidence texts get no
label (None), which the model treats as codable.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Confidence (normalised probability) needed to label a text, by its length in characters.
_SHORT_TEXT = 200
_CONFIDENCE_SHORT = 0.95
_CONFIDENCE_LONG = 0.70
_SAMPLE_CHARS = 1500  # plenty for a confident label; the detector costs ~2 ms per 1000 chars


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or unclear."""
    sample = text[:_SAMPLE_CHARS].strip()
    if not sample:
        return None
    code, confidence = _identifier().classify(sample)
    needed = _CONFIDENCE_SHORT if len(sample) < _SHORT_TEXT else _CONFIDENCE_LONG
    return str(code) if float(confidence) >= needed else None
