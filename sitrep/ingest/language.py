"""Language of an article's text, only where the detector can be trusted.

Most of what sitrep reads is English news, and running the statistical detector
(py3langid) on every article used to be most of ingestion's time. So a cheap
test comes first: running English prose is dense with function words ("the",
"of", "that", "said") that no other language uses, and a text whose opening
words are dense enough with them is English without asking the detector, which
is then never even loaded. Only texts the cheap test cannot settle (short ones,
foreign ones, lists of names) go to py3langid, on a short sample.

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
# The detector's cost grows with the sample (~1.4 ms for 500 characters, 6.6 ms for 5,000) while
# its label on news prose is already settled well before 1,000 characters.
_SAMPLE_CHARS = 800

# English function words that are not everyday words of another language written in Latin
# letters; ambiguous ones ("in", "a", "is", "was", "an", "on", "die", "so", "as") are left out, so a
# German, Dutch, French or Spanish text scores near zero while English news scores 0.2-0.35.
_ENGLISH_MARKERS = frozenset(
    "the and of to that for with said from this which would were their been who its they his her "
    "have has are not but it he she be by at will after had than there also about over into could".split()
)
_MARKER_CHARS = 800  # the opening the cheap test looks at: about 130 English words
_MIN_WORDS = 40  # fewer words than this: too short to decide without the detector
# Share of marker words from which a text is English: the lowest among the 86 VOA stories is 0.17;
# German, French, Spanish, Italian and Dutch news score 0 to 0.02 (tests).
_ENGLISH_SHARE = 0.12


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_share(text: str) -> tuple[float, int]:
    """(share of English function words, number of words) among the text's opening words.

    Words are what lies between spaces, punctuation and all ("said," is not a marker): a regex
    tokenizer cost more than everything else ingest does to an article, and function words seldom
    carry punctuation.
    """
    words = text[:_MARKER_CHARS].lower().split()
    if not words:
        return 0.0, 0
    hits = sum(map(_ENGLISH_MARKERS.__contains__, words))
    return hits / len(words), len(words)


def is_clearly_english(text: str) -> bool:
    """True when the text's opening words settle it as English prose without the detector."""
    share, words = english_share(text)
    return words >= _MIN_WORDS and share >= _ENGLISH_SHARE


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or unclear."""
    if is_clearly_english(text):
        return "en"
    sample = text[:_SAMPLE_CHARS].strip()
    if not sample:
        return None
    code, confidence = _identifier().classify(sample)
    needed = _CONFIDENCE_SHORT if len(sample) < _SHORT_TEXT else _CONFIDENCE_LONG
    return str(code) if float(confidence) >= needed else None
